"""The official NEMSIS files the NEMSIS tests read: copies in tests/fixtures/nemsis (every sample, the
compliance cases and the failing files), so a clean clone tests exactly what a developer's checkout does."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "nemsis"

SAMPLES = sorted(FIXTURES.glob("EMSDataset-*.xml"))  # all 40 of SampleData/EMS/xml
COMPLIANCE = sorted(FIXTURES.glob("2025-EMS-[0-9]*.xml"))
FAILING = sorted(FIXTURES.glob("2025-EMS-Fail*.xml"))
