"""Station memory under a flood (docs/security.md, "The station under a flood"): a real `epcr-station serve`
in its own process, its resident memory at idle, then its peak under 100 parallel oversized, lying, stalled
and unauthenticated requests, then under parallel pushes of the heaviest body a device token can send."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the flood itself is the test's (tests/sync/test_station_limits.py)

from tests.sync.test_station_limits import (  # noqa: E402
    FLOOD_CEILING_MIB,
    PUSH_CEILING_MIB,
    enrolled_device,
    flood,
    serving,
    station_command,
)


def bench_station_flood() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="epcr-flood-") as tmp:
        home = Path(tmp) / "station"
        home.mkdir()
        station_command(home, "devices")  # creates the database
        with serving(home) as running:
            result = flood(running, enrolled_device(home, running.url))
    return {
        "station_idle_rss_mib": result.idle_rss_mib,
        "station_flood_peak_rss_mib": result.flood_peak_rss_mib,
        "station_flood_ceiling_mib": round(result.idle_rss_mib + FLOOD_CEILING_MIB, 1),
        "station_push_flood_peak_rss_mib": result.push_peak_rss_mib,
        "station_push_flood_ceiling_mib": round(result.idle_rss_mib + PUSH_CEILING_MIB, 1),
        "station_flood_s": result.seconds,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(bench_station_flood(), indent=2))
