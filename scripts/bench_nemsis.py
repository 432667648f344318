"""NEMSIS figures: export of one large report (100 vital sets, 100 procedures, 100 medications) to XML, its
XSD validation and national Schematron check; and a batch of 1,000 demo reports exported as `epcr export
--all --format nemsis` does (one EMSDataSet file each, XSD + Schematron checked, written atomically) in a
fresh process, with its throughput and peak memory (VmHWM)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from epcr.demo import demo_report, large_report
from epcr.exports.nemsis.export import Header, full_check, to_xml, write_xml, xsd_check

RUNS = 20
BATCH = 1000
HEADER = Header(state_agency_id="S-0001", agency_number="351-0001", state="08")


def _median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    action()  # warm: XSD layout read, schema compiled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 2)


def bench_large() -> dict[str, float]:
    report = large_report()
    xml = to_xml([report], HEADER, validate=None)
    return {
        "nemsis_export_large_report_median_ms": _median_ms(lambda: to_xml([report], HEADER, validate=None)),
        "nemsis_xsd_validation_large_report_median_ms": _median_ms(lambda: xsd_check(xml)),
        "nemsis_schematron_large_report_median_ms": _median_ms(lambda: full_check(xml), runs=5),
        "nemsis_large_report_kib": round(len(xml) / 1024, 1),
    }


def _peak_rss_mib() -> float:
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so it would show the parent's peak.
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_batch() -> dict[str, float]:
    """In this process: 1,000 reports, each exported, checked and written to its own file."""
    elapsed = 0.0
    with tempfile.TemporaryDirectory(prefix="epcr-bench-nemsis-") as tmp:
        folder = Path(tmp)
        for number in range(BATCH):
            report = demo_report(number, seed=7)  # one at a time, as the CLI opens them
            target = folder / f"{number:04d}.xml"
            start = time.perf_counter()
            write_xml([report], target, HEADER, validate=full_check)
            elapsed += time.perf_counter() - start
            target.unlink()  # the disk is not what is measured
    return {
        "nemsis_batch_1000_total_ms": round(elapsed * 1000, 1),
        "nemsis_batch_reports_per_s": round(BATCH / elapsed, 1),
        "nemsis_batch_peak_rss_mib": round(_peak_rss_mib(), 1),
    }


def bench_batch() -> dict[str, float]:
    """The batch in a fresh process, so its peak memory is its own."""
    result = subprocess.run(
        [sys.executable, __file__, "--batch"], capture_output=True, text=True, check=True, timeout=1800
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def bench_nemsis() -> dict[str, float]:
    return bench_large() | bench_batch()


if __name__ == "__main__":
    figures = run_batch() if "--batch" in sys.argv else bench_nemsis()
    print(json.dumps(figures, indent=2))
