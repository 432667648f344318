"""The official NEMSIS files the NEMSIS tests read: every sample and compliance case in ../shared/nemsis
when it is there, else the copies in tests/fixtures/nemsis."""

from __future__ import annotations

from pathlib import Path

SHARED = Path(__file__).resolve().parents[4] / "shared" / "nemsis"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "nemsis"


def _files(shared: Path, pattern: str, fixture_pattern: str) -> list[Path]:
    found = sorted(shared.glob(pattern))
    return found or sorted(FIXTURES.glob(fixture_pattern))


SAMPLES = _files(SHARED / "SampleData" / "EMS" / "xml", "*.xml", "EMSDataset-*.xml")
COMPLIANCE = _files(
    SHARED / "Compliance" / "Pre-Testing" / "xml" / "full", "*-EMS-*.xml", "2025-EMS-[0-9]*.xml"
)
FAILING = _files(
    SHARED / "Compliance" / "Pre-Testing" / "xml" / "fail", "*-EMS-Fail*.xml", "2025-EMS-Fail*.xml"
)
