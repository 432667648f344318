"""QA review in the app: a reviewer browses the station's reports with filters, opens one read-only, flags a
field, marks it reviewed, and exports the filtered set as PDFs off the GUI thread (with Cancel)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from epcr.device import Device
from epcr.station import qa
from epcr.ui.app import MainWindow
from epcr.ui.qa import QaReportDialog
from epcr.ui.qa_fields import PathRole
from tests.sync.conftest import Station, running_station
from tests.ui.conftest import PINS
from tests.ui.driving import WAIT, log_in
from tests.ui.test_sync_ui import docked_device


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    with running_station(f"sqlite:///{tmp_path / 'station.sqlite3'}") as running:
        yield running


@pytest.fixture
def docked(home: Path, station: Station) -> int:
    """The demo device's locked reports on the station, and the QA reviewer connected to it."""
    waiting = docked_device(home, station)
    crew = Device.at(home).log_in("P-1042", PINS["P-1042"])
    crew.sync()
    crew.log_out()
    reviewer = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    reviewer.connect_qa(station.url, qa.add_reviewer(station.store.engine, "Quinn Reviewer"))
    reviewer.log_out()
    return waiting


def find(item: Any, wanted: Any) -> Any:
    """The first tree item whose field path `wanted` accepts (depth first)."""
    for index in range(item.childCount()):
        child = item.child(index)
        path = child.data(0, PathRole)
        if path and wanted(path):
            return child
        found = find(child, wanted)
        if found is not None:
            return found
    return None


def open_review(qtbot: Any, window: MainWindow) -> Any:
    log_in(qtbot, window, "Q-0100")
    assert window.reports.ui.stationReview.isVisible()
    window.reports.ui.stationReview.click()
    view = window.qa
    qtbot.waitUntil(lambda: view.ui.count.text().endswith("report(s)"), timeout=WAIT)  # the first search
    view.ui.dateFrom.setDate(QDate(2000, 1, 1))  # the demo calls are spread over past weeks
    view.ui.reviewed.setCurrentIndex(2)  # all
    with qtbot.waitSignal(view.model.modelReset, timeout=WAIT):
        view.search(0)
    return view


def test_a_reviewer_flags_a_field_and_marks_the_report_reviewed(
    qtbot: Any, window: MainWindow, station: Station, docked: int, tmp_path: Path
) -> None:
    view = open_review(qtbot, window)
    reports = {uuid for (kind, uuid, _version) in station.store.item_hashes() if kind == "report"}
    assert view.model.rowCount() == len(reports)
    view.ui.table.selectRow(0)
    view.open_selected()
    qtbot.waitUntil(lambda: isinstance(getattr(view, "dialog", None), QaReportDialog), timeout=WAIT)
    dialog: QaReportDialog = view.dialog
    uuid = dialog.uuid
    tree = dialog.ui.fields
    sbp = find(tree.invisibleRootItem(), lambda path: path.startswith("vitals[") and path.endswith("].sbp"))
    assert sbp.text(0) == "sbp  (eVitals.06)"  # the NEMSIS element beside the field
    tree.setCurrentItem(sbp)
    path = sbp.data(0, PathRole)
    assert path.startswith("vitals[") and path.endswith("].sbp")
    assert dialog.ui.target.text() == "Flag applies to: vitals › 1 › sbp"  # in words, not a uuid path
    dialog.ui.flag.setCurrentIndex(dialog.ui.flag.findData("question"))
    dialog.ui.comment.setPlainText("SBP documented but no reassessment after NTG?")
    dialog.ui.addFlag.click()
    qtbot.waitUntil(lambda: dialog.ui.reviews.count() == 1, timeout=WAIT)
    dialog.ui.markReviewed.click()
    qtbot.waitUntil(lambda: dialog.ui.state.text().startswith("Reviewed by Quinn Reviewer"), timeout=WAIT)
    sex = find(tree.invisibleRootItem(), lambda path: path == "patient.sex")
    assert sex is not None and sex.text(1) in {"Male", "Female", "Unknown"}  # in words, not a code
    dialog.export_to(tmp_path / "one.pdf")  # the report as the station holds it, with its addenda
    qtbot.waitUntil(lambda: dialog.ui.message.text().startswith("PDF written"), timeout=WAIT)
    assert (tmp_path / "one.pdf").read_bytes().startswith(b"%PDF")
    dialog.grab().save(str(tmp_path / "qa-report.png"))
    dialog.close()

    stored = qa.reviews_of(station.store.engine, uuid)
    assert [(r["field"], r["flag"], r["reviewer"]) for r in stored] == [(path, "question", "Quinn Reviewer")]
    assert qa.reviewed_state(station.store.engine, uuid)[1] == "Quinn Reviewer"
    view.ui.reviewed.setCurrentIndex(0)  # waiting for review: the reviewed one is gone from the list
    view.search(0)
    qtbot.waitUntil(lambda: view.model.rowCount() == len(reports) - 1, timeout=WAIT)
    assert uuid not in {row.report_uuid for row in view.model.rows}


def test_only_qa_sees_station_review(qtbot: Any, window: MainWindow) -> None:
    log_in(qtbot, window, "P-1042")
    assert not window.reports.ui.stationReview.isVisible()


def test_without_a_connection_the_screen_says_how_to_connect(qtbot: Any, window: MainWindow) -> None:
    log_in(qtbot, window, "Q-0100")
    window.reports.ui.stationReview.click()
    qtbot.waitUntil(lambda: window.qa.ui.station.text().startswith("Not connected"), timeout=WAIT)
    assert not window.qa.ui.search.isEnabled()


def test_batch_export_writes_one_pdf_per_report_off_the_gui_thread_and_cancel_stops_it(
    qtbot: Any, window: MainWindow, station: Station, docked: int, tmp_path: Path
) -> None:
    view = open_review(qtbot, window)
    listed = view.model.rowCount()
    done: list[tuple[int, list[str], bool]] = []
    exporter = view.export_to(tmp_path / "pdfs")
    assert exporter is not None
    exporter.finished.connect(lambda *args: done.append(args))
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    written, problems, cancelled = done[0]
    assert (written, problems, cancelled) == (listed, [], False)
    files = sorted((tmp_path / "pdfs").glob("*.pdf"))
    assert len(files) == listed and all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert view.ui.count.text() == f"Export done: {listed} PDF(s) written"

    stopped: list[tuple[int, list[str], bool]] = []
    exporter = view.export_to(tmp_path / "stopped")
    assert exporter is not None
    exporter.finished.connect(lambda *args: stopped.append(args))
    exporter.cancel()  # as the progress dialog's Cancel does
    started = time.monotonic()
    qtbot.waitUntil(lambda: bool(stopped), timeout=30_000)
    assert stopped[0][2] is True and stopped[0][0] < listed and time.monotonic() - started < 10
    assert not list((tmp_path / "stopped").glob("*.tmp*"))  # never a half-written file left behind


def test_the_new_filters_reach_the_station(qtbot: Any, window: MainWindow, docked: int) -> None:
    view = open_review(qtbot, window)
    everyone = view.model.rowCount()
    assert everyone > 0
    qtbot.keyClicks(view.ui.protocol, "9914083")
    qtbot.keyClicks(view.ui.locationType, " Y92.4 ")
    asked = view.filters()
    assert (asked.protocol, asked.location_type, asked.injury_cause) == ("9914083", "Y92.4", None)
    with qtbot.waitSignal(view.model.modelReset, timeout=WAIT):
        qtbot.keyClick(view.ui.locationType, Qt.Key.Key_Return)  # Enter in the field searches
    assert view.model.rowCount() == 0  # the demo calls document no protocol or location
    view.ui.protocol.clear()
    view.ui.locationType.clear()
    with qtbot.waitSignal(view.model.modelReset, timeout=WAIT):
        qtbot.keyClick(view.ui.protocol, Qt.Key.Key_Return)
    assert view.model.rowCount() == everyone
