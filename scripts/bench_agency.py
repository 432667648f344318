"""The agency's DEM data set at the station: importing the 2025 DEM compliance case into a fresh station
(checked, placed in the crew roster, directory and a published configuration, one transaction), exporting it
again, and a device's sync that brings the new configuration (scope table, facilities, vehicles) home."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from bench_sync import STATION, running

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from epcr.station.demographics import export_dem, import_dem  # noqa: E402
from epcr.station.store import StationStore  # noqa: E402
from epcr.store.database import Database  # noqa: E402
from epcr.sync.client import Syncer, enroll  # noqa: E402

DEM = ROOT / "tests" / "fixtures" / "nemsis" / "2025-DEM-1_v351.xml"
RUNS = 5


def bench_agency(folder: Path) -> dict[str, float]:
    xml = DEM.read_bytes()
    imports, exports, pulls = [], [], []
    for run in range(RUNS):
        url = f"sqlite:///{folder / f'agency-{run}.sqlite3'}"
        store = StationStore(url)
        code = store.invite("Bench")
        start = time.perf_counter()
        import_dem(store, xml, "bench")
        imports.append(time.perf_counter() - start)
        start = time.perf_counter()
        export_dem(store)
        exports.append(time.perf_counter() - start)
        store.close()
        if run:  # one device pull is enough: a station in its own process takes seconds to start
            continue
        with running(["-c", STATION, url]) as base:
            db = Database(folder / "agency-device.sqlite3")
            enroll(db, base, code, "bench")
            start = time.perf_counter()
            result = Syncer(db).run()
            pulls.append(time.perf_counter() - start)
            assert result.config_version is not None, result.log
            db.close()
    return {
        "dem_import_2025_case_median_ms": round(statistics.median(imports) * 1000, 1),
        "dem_export_2025_case_median_ms": round(statistics.median(exports) * 1000, 1),
        "dem_config_to_device_sync_ms": round(pulls[0] * 1000, 1),
    }


if __name__ == "__main__":
    import json
    import os
    import tempfile

    os.environ.setdefault("EPCR_SECRETS_DIR", tempfile.mkdtemp(prefix="epcr-bench-secrets-"))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    with tempfile.TemporaryDirectory(prefix="epcr-bench-agency-") as tmp:
        print(json.dumps(bench_agency(Path(tmp)), indent=2))
