"""Fidelity figures of the NEMSIS round trip (issue 14): every official sample and compliance case read,
stored in a real device database, opened and exported again, then compared element by element in its group
(tests/exports/nemsis/roundtrip.py). Reported: the share of the sources' values that come back, the elements
the import lists as not kept (beyond this software's own identity, eRecord.02-.04, which a re-export writes
as ours), and the national Schematron warnings a re-export adds that its source did not have."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the comparison and the official files live with the tests

from epcr.exports.nemsis.export import Header, to_xml  # noqa: E402
from epcr.exports.nemsis.reading import read  # noqa: E402
from epcr.exports.nemsis.validate import schematron_problems  # noqa: E402
from epcr.store.database import Database  # noqa: E402
from tests.exports.nemsis.roundtrip import entries  # noqa: E402
from tests.exports.nemsis.samples import COMPLIANCE, SAMPLES  # noqa: E402

SOFTWARE = ("eRecord.02", "eRecord.03", "eRecord.04")


def _warnings(xml: bytes) -> set[str]:
    return {str(p).split(": ", 1)[-1] for p in schematron_problems(xml) if p.severity == "warning"}


def _software(line: str) -> bool:
    """A line about this software's identity (eRecord.02-.04), which a re-export writes as ours."""
    return any(f"{e} " in line for e in SOFTWARE)


def bench_fidelity() -> dict[str, float]:
    values = kept = not_kept = added_warnings = 0
    with tempfile.TemporaryDirectory() as tmp, Database(Path(tmp) / "fidelity.sqlite3") as db:
        for path in [*COMPLIANCE, *SAMPLES]:
            source = path.read_bytes()
            result = read(source, check=None)
            not_kept += sum(1 for line in result.not_modelled if not _software(line))
            db.import_reports(result.reports, "bench")
            back = [db.open_report(r.uuid) for r in result.reports]
            number = back[0].response.agency_number or "0"
            again = to_xml(back, Header(number, number, "09"), validate=None)
            before, after = entries(source), entries(again)
            for uuid, counted in before.items():
                values += sum(counted.values())
                kept += sum((counted & after.get(uuid, counted - counted)).values())
            if path in COMPLIANCE:
                added_warnings += len(_warnings(again) - _warnings(source))
    return {
        "nemsis_round_trip_values_kept_ratio": round(kept / values, 4),
        "nemsis_round_trip_values_count": values,
        "nemsis_import_elements_not_kept_count": not_kept,
        "nemsis_reexport_schematron_warnings_added_count": added_warnings,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(bench_fidelity(), indent=1))
