#!/usr/bin/env python3
"""Render every screen into docs/screenshots/ at 1366x768 (a demo device in a temporary folder).

As users see it, on a virtual X screen:
    QT_QPA_PLATFORM=xcb xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots.py
Offscreen (the window's own grab):  python scripts/screenshots.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.sync.conftest: a station in-process

from epcr.demo import demo_accounts, demo_report, load_demo
from epcr.device import Device
from epcr.ui import theme
from epcr.ui.app import MainWindow, show_on_screen
from epcr.ui.editor.window import ReportEditor

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PINS = {account.id: pin for account, pin in demo_accounts()}
SCREEN = (1366, 768)  # the cab screen; run under `xvfb-run -s "-screen 0 1366x768x24"` to see it as users do


def wait_for(condition: object, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:  # type: ignore[operator]
        QTest.qWait(20)
        waited += 20


def review_screens(window: MainWindow, device: Device) -> None:
    """QA at the station: the demo device docked with a station on this machine, the reviewer connected."""
    from PySide6.QtCore import QDate

    from epcr.domain.report import Status
    from epcr.station import qa
    from epcr.sync.protocol import QaSearch
    from tests.sync.conftest import running_station

    window.log_out()
    with (
        tempfile.TemporaryDirectory() as folder,
        running_station(f"sqlite:///{folder}/station.sqlite3") as station,
    ):
        admin = device.log_in("A-0001", PINS["A-0001"])
        admin.enroll_station(station.url, station.store.invite("Medic 12"))
        admin.log_out()
        crew = device.log_in("C-0815", PINS["C-0815"])
        for summary in crew.db.list_reports(Status.DRAFT):  # imported demo calls dock once locked here
            if crew.db.owned_report_ids(crew.who, summary.uuid):
                crew.lock_report(summary.uuid)
        crew.sync()
        crew.log_out()
        reviewer = device.log_in("Q-0100", PINS["Q-0100"])
        reviewer.connect_qa(station.url, qa.add_reviewer(station.store.engine, "Quinn Reviewer"))
        client = reviewer.qa_client()
        assert client is not None
        rows = client.search(QaSearch()).items
        first = client.fetch(rows[0].report_uuid).report
        if first.vitals:
            client.review(
                str(first.uuid),
                f"vitals[{first.vitals[0].id}].sbp",
                "question",
                "SBP 88 after NTG: was a second BP taken?",
            )
        client.review(str(first.uuid), None, "commendation", "Clear narrative, times complete.")
        client.mark_reviewed(rows[-1].report_uuid)
        client.close()
        reviewer.log_out()

        window.login.ui.user.setCurrentText("Q-0100")
        window.login.ui.pin.setText(PINS["Q-0100"])
        window.login.log_in()
        wait_for(lambda: window.session is not None and window.runner.idle)
        window.reports.ui.stationReview.click()
        view = window.qa
        wait_for(lambda: view.ui.count.text().endswith("report(s)"))
        view.ui.dateFrom.setDate(QDate(2000, 1, 1))
        view.ui.reviewed.setCurrentIndex(2)
        view.ui.count.setText("")
        view.search(0)
        wait_for(lambda: view.ui.count.text().endswith("report(s)"))
        shoot(window, "11-qa-review")
        row = next(i for i, r in enumerate(view.model.rows) if r.report_uuid == str(first.uuid))
        view.ui.table.selectRow(row)
        view.open_selected()
        wait_for(lambda: getattr(view, "dialog", None) is not None)
        dialog = view.dialog
        tree = dialog.ui.fields
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).text(0) == "vitals":
                tree.topLevelItem(i).setExpanded(True)
                tree.topLevelItem(i).child(0).setExpanded(True)
                tree.setCurrentItem(tree.topLevelItem(i).child(0).child(0))
        if os.environ.get("QT_QPA_PLATFORM") == "xcb":
            shoot(window, "12-qa-report-flags")  # the dialog is on the screen, over the window
        else:
            dialog.grab().save(str(OUT / "12-qa-report-flags.png"))
        dialog.close()
        window.log_out()
        QTest.qWait(300)


def shoot(window: MainWindow, name: str) -> None:
    """What the user sees: the whole X screen under Xvfb (import -window root), else the window's own grab."""
    QTest.qWait(250)
    target = OUT / f"{name}.png"
    if os.environ.get("QT_QPA_PLATFORM") == "xcb" and shutil.which("import"):
        subprocess.run(["import", "-window", "root", str(target)], check=True, timeout=30)
    else:
        window.grab().save(str(target))


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        device = Device.at(Path(tmp) / "home")
        load_demo(device)
        pull_directory(Path(tmp), device)
        window = MainWindow(device)
        window.resize(*SCREEN)
        show_on_screen(window)
        QTest.qWait(400)
        window.login.ui.user.setCurrentText("P-1042")
        shoot(window, "01-login")
        window.login.ui.pin.setText(PINS["P-1042"])
        window.login.log_in()
        wait_for(lambda: window.session is not None and window.runner.idle)
        shoot(window, "02-report-list")
        window.new_report()  # prefilled: crew, agency, unit, PCR number; the lock checklist on the right
        wait_for(lambda: window.editor is not None and window.editor.report is not None)
        wait_for(lambda: window.runner.idle)
        shoot(window, "03-new-report-prefilled-checklist")
        window.close_report()
        wait_for(lambda: window.runner.idle)
        window.log_out()
        window.login.ui.user.setCurrentText("C-0815")
        window.login.ui.pin.setText(PINS["C-0815"])
        window.login.log_in()
        wait_for(lambda: window.session is not None and window.runner.idle)
        arrest = str(demo_report(5).uuid)  # a cardiac arrest, still a draft
        window.open_report(arrest)
        wait_for(lambda: window.editor is not None and window.editor.report is not None)
        editor = window.editor
        assert editor is not None
        for index in range(editor.ui.sections.count()):
            title = editor.ui.sections.item(index).text()
            editor.open_page(index)
            wait_for(lambda: window.runner.idle)
            shoot(window, f"page-{index + 1:02d}-{slug(title)}")
        exam_and_history(window, editor)
        disposition = editor.open_page(index_of(editor, "Disposition"))
        disposition.destination.open_picker()  # type: ignore[attr-defined]
        picker = disposition.destination.picker  # type: ignore[attr-defined]
        QTest.keyClicks(picker.search, "trauma")
        QTest.qWait(200)
        shoot(window, "10-destination-picker")
        picker.reject()
        patient = editor.open_page(index_of(editor, "Patient"))
        patient.ui.age.setText("250")  # type: ignore[attr-defined]
        patient.ui.age.editingFinished.emit()  # type: ignore[attr-defined]
        wait_for(lambda: window.runner.idle)
        shoot(window, "04-bad-input-named-on-its-field")
        window.toggle_night()
        editor.open_page(index_of(editor, "Cardiac arrest: code mode"))
        shoot(window, "05-night-code-mode")
        window.toggle_night()
        for _ in range(7):  # 13 pt -> 20 pt
            window.scale(+1)
        editor.open_page(index_of(editor, "Medications"))
        shoot(window, "06-medications-at-20pt")
        editor.open_page(0)
        shoot(window, "07-incident-at-20pt")
        for _ in range(7):
            window.scale(-1)
        review_screens(window, device)
        window.close()
    for path in sorted(OUT.glob("*.png")):
        print(path.relative_to(OUT.parent.parent))
    return 0


def pull_directory(tmp: Path, device: Device) -> None:
    """The 2025 DEM compliance case's hospitals and units on the device, as a station's sync leaves them: the
    destination picker then has something to show (the demo's own settings and scope table stay)."""
    from pydantic import TypeAdapter

    from epcr.domain.directory import Facility, Vehicle
    from epcr.station import config
    from epcr.station.demographics import import_dem
    from epcr.station.store import StationStore
    from epcr.sync import agency

    store = StationStore(f"sqlite:///{tmp / 'station.sqlite3'}")
    dem = OUT.parent.parent / "tests" / "fixtures" / "nemsis" / "2025-DEM-1_v351.xml"
    import_dem(store, dem.read_bytes(), "screenshots")
    published = config.latest(store.engine)
    store.close()
    assert published is not None
    home = device.home
    facilities = TypeAdapter(list[Facility]).dump_json(published.facilities or [], exclude_none=True)
    (home / agency.FACILITIES_FILE).write_bytes(facilities)
    vehicles = TypeAdapter(list[Vehicle]).dump_json(published.vehicles or [], exclude_none=True)
    (home / agency.VEHICLES_FILE).write_bytes(vehicles)


def exam_and_history(window: MainWindow, editor: ReportEditor) -> None:
    """The exam and history pages with what a crew records on them, picked as the crew picks."""
    from epcr.domain.nemsis.elements import ENUMERATIONS

    def code(element: str, words: str) -> str:
        return next(c for c, label in ENUMERATIONS[element].items() if label.startswith(words))

    exam: Any = editor.open_page(index_of(editor, "Physical exam"))
    findings = [
        ("eExam.04", None, code("eExam.04", "Normal"), False),
        ("eExam.11", code("eExam.10", "Left Upper"), code("eExam.11", "Tenderness"), False),
        ("eExam.11", code("eExam.10", "Right Lower"), code("eExam.11", "Guarding"), True),
        ("eExam.16", code("eExam.15", "Arm-Upper-Left"), code("eExam.16", "Normal"), False),
    ]
    for area, where, finding, absent in findings:
        exam.area.setCurrentIndex(exam.area.findData(area))
        if where is not None:
            exam.location.setCurrentIndex(exam.location.findData(where))
        exam.finding.setCurrentIndex(exam.finding.findData(finding))
        exam.not_present.setChecked(absent)
        exam.add_finding()
        wait_for(lambda: window.runner.idle)
    shoot(window, "08-physical-exam")
    history: Any = editor.open_page(index_of(editor, "History"))
    allergies, past = history.ui.medicationAllergies, history.ui.medicalHistory
    for picks, wanted in ((allergies, "Morphine"), (past, "Hypertension")):
        row = next(r for r in range(picks.add.count()) if picks.add.itemText(r).startswith(wanted))
        picks.add.setCurrentIndex(row)
        picks.add.activated.emit(row)
        wait_for(lambda: window.runner.idle)
    shoot(window, "09-history-picked")


def index_of(editor: ReportEditor, title: str) -> int:
    rows = [editor.ui.sections.item(r).text() for r in range(editor.ui.sections.count())]
    return rows.index(title)


def slug(title: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in title.lower()).split())


if __name__ == "__main__":
    sys.exit(main())
