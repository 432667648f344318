"""PDF figures: a typical 3-page report rendered warm, against a bare reportlab document of the same page
count (a 50-row table and one chart, built-in fonts) in the same run; and a batch of 1,000 reports written
to files in a fresh process, with its time, peak memory and memory growth (after 1,000 vs after 100)."""

from __future__ import annotations

import io
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

from epcr.demo import demo_report
from epcr.exports.pdf import ReportPdf, snapshot_of

RUNS = 30
BATCH = 1000
TYPICAL = 0  # the demo chest-pain call: three pages


def bare_reportlab(pages: int) -> int:
    """The floor: SimpleDocTemplate, Helvetica, a 50-row table, one line chart, filler to `pages` pages."""
    styles = getSampleStyleSheet()
    rows = [["Time", "BP", "HR", "RR", "SpO2", "EtCO2", "Glucose", "Temp"]]
    rows += [[f"14:{i:02d}:00", "120/80", str(60 + i), "16", "98", "35", "110", "36.8"] for i in range(50)]
    chart = Drawing(500, 160)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 20, 440, 120
    plot.data = [[(i, 100 + (i * 7) % 40) for i in range(50)], [(i, 60 + (i * 3) % 30) for i in range(50)]]
    chart.add(plot)
    story = [Paragraph("Patient care report", styles["Title"]), Table(rows, repeatRows=1), chart]  # 2 pages
    for _ in range(pages - 2):
        story += [PageBreak(), Paragraph("Narrative " * 200, styles["Normal"])]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=LETTER)
    doc.build(story)
    return int(doc.page)


def bench_render() -> dict[str, float]:
    snapshot = snapshot_of(demo_report(TYPICAL))
    pdf = ReportPdf(snapshot)
    ours_pages = _pages(pdf.render())  # warm: fonts registered, code lists loaded
    assert bare_reportlab(ours_pages) == ours_pages, "the floor must have the same page count"
    ours, bare, snapshots = [], [], []
    for _ in range(RUNS):  # interleaved so both see the same CPU weather
        start = time.perf_counter()
        pdf.render()
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare_reportlab(ours_pages)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        snapshot_of(demo_report(TYPICAL))
        snapshots.append(time.perf_counter() - start)
    return {
        f"pdf_render_{ours_pages}_pages_median_ms": round(statistics.median(ours) * 1000, 2),
        f"pdf_bare_reportlab_{ours_pages}_pages_median_ms": round(statistics.median(bare) * 1000, 2),
        "pdf_render_vs_bare_reportlab_ratio": round(statistics.median(ours) / statistics.median(bare), 3),
        "pdf_snapshot_median_ms": round(statistics.median(snapshots) * 1000, 2),
    }


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", data))


def _status_mib(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return 0.0


def _rss_mib() -> float:
    return _status_mib("VmRSS:")


def _peak_rss_mib() -> float:
    # VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss across exec, so a batch started from the big
    # benchmark process would report that process's peak; the high-water mark starts afresh with the exec.
    return _status_mib("VmHWM:")


def run_batch() -> dict[str, float]:
    """In this process: 1,000 reports, each snapshotted and written to its own file, as `export --all`."""
    elapsed = 0.0
    rss_at_100 = 0.0
    with tempfile.TemporaryDirectory(prefix="epcr-bench-pdf-") as tmp:
        folder = Path(tmp)
        for number in range(BATCH):
            report = demo_report(number, seed=7)
            start = time.perf_counter()
            ReportPdf(snapshot_of(report)).write(folder / f"{number:04d}.pdf")
            elapsed += time.perf_counter() - start
            (folder / f"{number:04d}.pdf").unlink()  # the disk is not what is measured
            if number + 1 == 100:
                rss_at_100 = _rss_mib()
        rss_at_end = _rss_mib()
    return {
        "pdf_batch_1000_total_ms": round(elapsed * 1000, 1),
        "pdf_batch_reports_per_s": round(BATCH / elapsed, 1),
        "pdf_batch_peak_rss_mib": round(_peak_rss_mib(), 1),
        "pdf_batch_rss_after_100_mib": round(rss_at_100, 1),
        "pdf_batch_rss_after_1000_mib": round(rss_at_end, 1),
        "pdf_batch_rss_growth_ratio": round(rss_at_end / rss_at_100, 3),
    }


def bench_batch() -> dict[str, float]:
    """The batch in a fresh process, so its peak memory is its own and not the other benchmarks'."""
    result = subprocess.run(
        [sys.executable, __file__, "--batch"], capture_output=True, text=True, check=True, timeout=1800
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def bench_pdf() -> dict[str, float]:
    return bench_render() | bench_batch()


if __name__ == "__main__":
    figures = run_batch() if "--batch" in sys.argv else bench_pdf()
    print(json.dumps(figures, indent=2))
