"""A whole call through the real window: log in, new report, times, crew, patient, vitals, an arrest in code
mode with two shocks and ROSC, OPA and BVM, a tourniquet, a medication; an out-of-scope entry flagged at
once; lock and addendum; and everything saved is there after the app is closed and opened again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from epcr.demo import demo_report
from epcr.device import Device
from epcr.domain.arrest import CprEventKind
from epcr.domain.report import Status
from epcr.ui.app import MainWindow
from epcr.ui.editor.bleeding import BleedingPage
from epcr.ui.editor.code_mode import CodeModePage
from epcr.ui.editor.crew import CrewPage
from epcr.ui.editor.dialogs import AddendumDialog, LockDialog
from epcr.ui.editor.medications import MedicationsPage
from epcr.ui.editor.page import FormPage
from epcr.ui.editor.procedures import ProceduresPage
from epcr.ui.editor.signatures import SignaturesPage
from epcr.ui.editor.vitals import VitalsPage
from tests.ui.conftest import PINS
from tests.ui.driving import WAIT, button, click, log_in, page, settle, stored, type_into


def test_a_whole_call(qtbot: Any, window: MainWindow, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    main = window
    log_in(qtbot, main, "P-1042")
    assert main.stack.currentWidget() is main.reports and main.reports.model.rowCount() == 0

    click(qtbot, main, main.reports.ui.newReport)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    editor = main.editor
    assert editor is not None

    incident = page(main, FormPage, "Incident and times")
    type_into(qtbot, main, incident.ui.pcrNumber, "2026-100001")
    for now in ("unitNotifiedNow", "enRouteNow", "arrivedOnSceneNow", "arrivedAtPatientNow"):
        click(qtbot, main, getattr(incident.ui, now))
    assert editor.ui.savedIndicator.text().startswith("saved")

    crew = page(main, CrewPage)
    assert crew.table.item(0, 0).text() == "P-1042"  # a new report starts with me as primary caregiver
    crew.member_id.setText("E-2210")
    crew.name.setText("Luis Ortega")
    crew.level.setCurrentText("EMT-Basic")
    crew.role.setCurrentIndex(crew.role.findText("Driver/Pilot-Response"))  # no role is preselected
    click(qtbot, main, button(crew, "Add crew member"))

    patient = page(main, FormPage, "Patient")
    type_into(qtbot, main, patient.ui.lastName, "Müller")
    type_into(qtbot, main, patient.ui.firstName, "Jürgen")
    type_into(qtbot, main, patient.ui.age, "64")
    patient.ui.sex.setCurrentIndex(patient.ui.sex.findText("Male"))
    patient.ui.sex.activated.emit(patient.ui.sex.currentIndex())
    settle(qtbot, main)
    type_into(qtbot, main, patient.ui.age, "640")  # out of range: refused, named, nothing written
    assert "between 1 and 120" in editor.ui.findings.item(0).text()

    vitals = page(main, VitalsPage)
    for _ in range(3):
        click(qtbot, main, vitals.add)
    for row, (sbp, hr) in enumerate(((88, 132), (96, 124), (112, 108))):
        vitals.table.item(row, 1).setText(str(sbp))
        settle(qtbot, main)
        vitals.table.item(row, 3).setText(str(hr))
        settle(qtbot, main)

    code = page(main, CodeModePage)
    for kind in (
        CprEventKind.ARREST_RECOGNIZED,
        CprEventKind.COMPRESSIONS_STARTED,
        CprEventKind.AED_APPLIED,
        CprEventKind.ANALYSIS_SHOCK_ADVISED,
        CprEventKind.SHOCK_DELIVERED,
        CprEventKind.ANALYSIS_SHOCK_ADVISED,
        CprEventKind.SHOCK_DELIVERED,
        CprEventKind.ROSC,
    ):
        code.stamp(kind)
        settle(qtbot, main)
    assert code.log.count() == 8

    procedures = page(main, ProceduresPage)
    for label in ("OPA", "BVM", "Tourniquet"):
        click(qtbot, main, button(procedures, label))
    bleeding = page(main, BleedingPage)
    assert "TOURNIQUET" in bleeding.tourniquets.text() and "ON 0:00" in bleeding.tourniquets.text()
    bleeding.ui.limb.setCurrentIndex(bleeding.ui.limb.findData("right_leg"))
    click(qtbot, main, bleeding.ui.setLimb)
    assert "TOURNIQUET right leg" in bleeding.tourniquets.text()

    medications = page(main, MedicationsPage)
    medications.drug.setCurrentIndex(medications.drug.findData("7242"))
    medications.route.setCurrentIndex(medications.route.findData("9927017"))  # intranasal
    medications.dose.setText("4")
    medications.unit.setCurrentIndex(medications.unit.findData("3706021"))  # mg
    click(qtbot, main, button(medications, "Give (now)"))

    # An EMT-Basic picked as the performer of an intubation: flagged the moment it is entered.
    procedures = page(main, ProceduresPage)
    procedures.performer.setCurrentIndex(procedures.performer.findData("E-2210"))
    click(qtbot, main, button(procedures, "Intubation"))
    scope = [f for f in editor.findings if f.rule == "scope.practice"]
    assert scope and "EMT-Basic" in scope[0].message and scope[0].blocks_lock
    assert not any(f.rule == "arrest.implied" for f in editor.findings)  # code mode recorded the arrest

    disposition = page(main, FormPage, "Disposition")
    combo = disposition.ui.unitDisposition
    combo.setCurrentIndex(combo.findText("Patient Contact Made"))
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, main)

    signatures = page(main, SignaturesPage)
    signatures.ui.lastName.setText("Patel")
    signatures.signer.setCurrentIndex(signatures.signer.findText("Healthcare Provider"))
    qtbot.mousePress(signatures.pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 60))
    for x in range(40, 320, 20):
        qtbot.mouseMove(signatures.pad, QPoint(x, 60 + (x % 30)))
    click(qtbot, main, signatures.ui.save)
    assert signatures.table.rowCount() == 1

    report = stored(main)
    assert report.disposition.unit_disposition == "4227001"
    assert report.signatures[0].last_name == "Patel" and report.signatures[0].image_base64
    assert report.patient.last_name == "Müller" and report.patient.age == 64
    assert [v.sbp for v in report.vitals] == [88, 96, 112] and [v.heart_rate for v in report.vitals] == [
        132,
        124,
        108,
    ]
    kinds = [e.kind for e in report.cpr_events]
    assert kinds.count(CprEventKind.SHOCK_DELIVERED) == 2 and kinds[-1] is CprEventKind.ROSC
    assert report.arrest.cardiac_arrest is not None and report.arrest.rosc  # filled from the taps
    assert report.arrest.initial_cpr_at == report.cpr_events[1].at
    assert len(report.procedures) == 4 and len(report.medications) == 1
    assert report.procedures[2].bleeding_control.tourniquet_applied_at is not None
    assert report.procedures[2].bleeding_control.tourniquet_limb == "right_leg"
    report_id = str(report.uuid)

    # Close the app; open it again: everything saved is there.
    main.log_out()
    settle(qtbot, main)
    again = MainWindow(Device.at(home))
    qtbot.addWidget(again)
    log_in(qtbot, again, "P-1042")
    again.open_report(report_id)
    qtbot.waitUntil(lambda: again.editor is not None and again.editor.report is not None, timeout=WAIT)
    assert again.editor.report.patient.first_name == "Jürgen"
    assert page(again, FormPage, "Patient").ui.lastName.text() == "Müller"
    again.log_out()
    settle(qtbot, again)


def test_lock_and_addendum(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.conftest import PINS as pins

    main = window
    log_in(qtbot, main, "P-1042")
    draft = demo_report(4)  # a complete chest-pain call, still a draft
    main.session.db.import_reports([draft], "P-1042")
    main.open_report(str(draft.uuid))
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    editor = main.editor
    assert not [f for f in editor.findings if f.blocks_lock]

    def sign_and_enter_pin(self: LockDialog) -> QDialog.DialogCode:
        qtbot.mousePress(self.pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
        for x in range(30, 300, 15):
            qtbot.mouseMove(self.pad, QPoint(x, 40 + (x % 40)))
        self.pin.setText(pins["P-1042"])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LockDialog, "exec", sign_and_enter_pin)  # the modal sign-and-PIN dialog
    click(qtbot, main, editor.ui.lock)
    qtbot.waitUntil(lambda: editor.report is not None and editor.report.status is Status.LOCKED, timeout=WAIT)
    assert "LOCKED" in editor.ui.title.text() and not editor.ui.lock.isVisible()
    signature = editor.report.signatures[-1]
    assert signature.image_base64 and signature.last_name == "Whitfield"
    assert not page(main, FormPage, "Patient").ui.lastName.isEnabled()  # read-only now

    def filled_dialog(self: AddendumDialog) -> QDialog.DialogCode:
        self.reason.setText("Late entry")
        self.text.setPlainText("Daughter reports a penicillin allergy.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddendumDialog, "exec", filled_dialog)
    click(qtbot, main, editor.ui.addendum)
    qtbot.waitUntil(lambda: editor.report is not None and len(editor.report.addenda) == 1, timeout=WAIT)
    addendum = editor.report.addenda[0]
    assert addendum.author == "P-1042" and addendum.previous_hash == editor.report.lifecycle.content_hash


def test_first_run_offers_the_demo(qtbot: Any, tmp_path: Path) -> None:
    main = MainWindow(Device.at(tmp_path / "fresh"))
    qtbot.addWidget(main)
    main.show()
    assert main.login.ui.firstRun.isVisible() and not main.login.ui.pin.isVisible()
    qtbot.mouseClick(main.login.ui.loadDemo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.login.ui.pin.isVisible(), timeout=60_000)
    assert (
        "Demo ready: 12 calls" in main.login.ui.message.text()
        and "P-1042 (PIN 10422401" in main.login.ui.message.text()
    )
    log_in(qtbot, main, "Q-0100")
    assert main.reports.model.rowCount() == 12
    main.close()


def test_idle_screen_locks_and_the_pin_resumes_where_the_user_was(
    qtbot: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    main = MainWindow(Device.at(home), idle_minutes=0.002)  # 0.12 s, for the test
    qtbot.addWidget(main)
    main.show()
    log_in(qtbot, main, "P-1042")
    click(qtbot, main, main.reports.ui.newReport)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    code: CodeModePage = page(main, CodeModePage)
    code.stamp(CprEventKind.COMPRESSIONS_STARTED)
    settle(qtbot, main)
    answers = iter([("00000000", True), (PINS["P-1042"], True)])  # a wrong PIN first, then the right one
    asked: list[str] = []

    def ask_pin(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(args[1])
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", ask_pin)
    qtbot.wait(200)
    main.check_idle()
    assert asked == ["Screen locked", "Screen locked"]
    assert main.editor is not None and main.stack.currentWidget() is main.editor  # resumed where they were
    assert main.editor.ui.pages.currentWidget() is code  # still in code mode
    assert code._tick.isActive()  # the CPR cycle timer kept running
    # The editor's own read of the new report ("view") may land in between on a busy machine.
    trail = [a.action for a in main.session.db.audit_trail() if a.action.startswith("screen")]
    assert trail[-2:] == ["screen locked", "screen unlocked"]
    main.close()


def test_closing_the_app_saves_what_is_typed_but_not_committed(qtbot: Any, home: Path) -> None:
    from epcr.ui.editor.page import NarrativePage

    main = MainWindow(Device.at(home))
    qtbot.addWidget(main)
    main.show()
    log_in(qtbot, main, "P-1042")
    click(qtbot, main, main.reports.ui.newReport)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    report_id = main.editor.report_id
    narrative = page(main, NarrativePage)
    narrative.text.setPlainText("Pt found seated, alert")  # still inside the 1.5 s pause before saving
    patient = page(main, FormPage, "Patient")
    patient.ui.lastName.setFocus()
    qtbot.keyClicks(patient.ui.lastName, "Okafor")  # typed, Enter never pressed
    main.close()
    session = Device.at(home).log_in("P-1042", PINS["P-1042"])
    report = session.open_report(report_id)
    assert report.patient.last_name == "Okafor" and report.narrative.text == "Pt found seated, alert"
    session.log_out()


def test_a_refused_value_can_be_retried(qtbot: Any, window: MainWindow) -> None:
    main = window
    log_in(qtbot, main, "P-1042")
    click(qtbot, main, main.reports.ui.newReport)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    patient = page(main, FormPage, "Patient")
    patient.ui.lastName.setText("X" * 61)  # ePatient.02 allows 60 characters
    patient.ui.lastName.editingFinished.emit()
    settle(qtbot, main)
    assert "NOT SAVED" in main.editor.ui.findings.item(0).text()
    patient.ui.lastName.editingFinished.emit()  # same text again: tried again, not silently skipped
    settle(qtbot, main)
    assert main.editor.ui.findings.item(0).text().count("NOT SAVED") == 1
    assert main.editor.ui.findings.item(1).text().startswith("NOT SAVED")


def test_gcs_total_is_computed_from_its_parts(qtbot: Any, window: MainWindow) -> None:
    main = window
    log_in(qtbot, main, "P-1042")
    click(qtbot, main, main.reports.ui.newReport)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    situation = page(main, FormPage, "Situation and assessment")
    for field, value in (("gcsEye", "3"), ("gcsVerbal", "4"), ("gcsMotor", "6")):
        type_into(qtbot, main, getattr(situation.ui, field), value)
    settle(qtbot, main)
    assert situation.ui.gcsTotal.text() == "13" and situation.ui.gcsTotal.isReadOnly()
    assert stored(main).assessment.gcs.total == 13


def test_a_key_after_log_out_does_not_lock_the_closed_session(qtbot: Any, home: Path) -> None:
    main = MainWindow(Device.at(home), idle_minutes=0.0005)  # 30 ms
    qtbot.addWidget(main)
    main.show()
    log_in(qtbot, main, "P-1042")
    main.log_out()
    qtbot.waitUntil(lambda: main.runner.idle, timeout=WAIT)  # the session has closed its database
    qtbot.wait(100)  # past the idle time
    qtbot.keyClick(main.login.ui.pin, Qt.Key.Key_1)  # an exception in the event filter fails the test
    assert main.session is None and main.idle is None
    main.close()
