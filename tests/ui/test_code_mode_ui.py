"""Code mode in the real window: an arrest charted by taps and picks on the code mode page reaches no eArrest
error; the epinephrine tap is a scope-checked medication; events are corrected and voided and the arrest
fields follow; a refresh leaves the crew where they are; the page fits 1366x768 at 20 pt."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QListWidget, QMessageBox, QWidget

from epcr.domain.arrest import CprEventKind as K
from epcr.domain.nemsis import codes as c
from epcr.ui import theme
from epcr.ui.app import MainWindow
from epcr.ui.editor.code_events import EventDialog, VoidDialog
from epcr.ui.editor.code_mode import EPINEPHRINE, IO, CodeModePage
from tests.ui.driving import WAIT, click, log_in, settle, stored

CREW = {
    "P-1042": {"name": "Dana Whitfield", "level": "Paramedic"},
    "E-2210": {"name": "Luis Ortega", "level": "EMT-Basic"},
}


def new_report(qtbot: Any, main: MainWindow, *crew: str) -> CodeModePage:
    """A new report with these crew members on it, open on the code mode page."""
    log_in(qtbot, main, "P-1042")
    click(qtbot, main, main.reports.ui.newReport)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    assert main.editor is not None and main.session is not None
    on_crew = {m.member_id for m in stored(main).crew}
    for member_id in crew:
        if member_id not in on_crew:
            main.session.add_entry(main.editor.report_id, "crew", {"member_id": member_id, **CREW[member_id]})
    main.editor.reload()
    settle(qtbot, main)
    code: CodeModePage = section(main, CodeModePage.title)
    return code


def section(main: MainWindow, title: str) -> Any:
    """Open one section by its title (only that page is built)."""
    editor = main.editor
    assert editor is not None
    rows = [editor.ui.sections.item(r).text() for r in range(editor.ui.sections.count())]
    return editor.open_page(rows.index(title))


def tap(qtbot: Any, main: MainWindow, code: CodeModePage, *kinds: K) -> None:
    for kind in kinds:
        code.stamp(kind)
        settle(qtbot, main)


def pick(qtbot: Any, main: MainWindow, combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, main)


def tick(qtbot: Any, main: MainWindow, box: QListWidget, *codes: str) -> None:
    for row in range(box.count()):
        if box.item(row).data(Qt.ItemDataRole.UserRole) in codes:
            box.item(row).setCheckState(Qt.CheckState.Checked)
            settle(qtbot, main)


def arrest_errors(main: MainWindow) -> list[str]:
    assert main.editor is not None
    return [f.path for f in main.editor.findings if f.rule.startswith("arrest.") and f.blocks_lock]


def row_of(code: CodeModePage, kind: K) -> int:
    report = code.report
    assert report is not None
    ids = [str(e.id) for e in report.cpr_events if e.kind is kind]
    return next(r for r in range(code.log.count()) if code.log.item(r).data(Qt.ItemDataRole.UserRole) in ids)


def test_an_arrest_charted_in_code_mode_leaves_no_eArrest_error(qtbot: Any, window: MainWindow) -> None:
    main = window
    code = new_report(qtbot, main, "P-1042")
    incident = section(main, "Incident and times")
    click(qtbot, main, incident.ui.arrivedAtPatientNow)
    code = section(main, CodeModePage.title)
    click(qtbot, main, code.ui.routeIo)
    tap(qtbot, main, code, K.ARREST_RECOGNIZED, K.COMPRESSIONS_STARTED, K.AED_APPLIED)
    tap(qtbot, main, code, K.ANALYSIS_SHOCK_ADVISED, K.SHOCK_DELIVERED, K.MEDICATION_GIVEN, K.ROSC)
    report = stored(main)
    assert len(report.cpr_events) == 7 and len(report.medications) == 1
    assert all(e.at.microsecond == 0 for e in report.cpr_events)  # stored to the second
    assert report.arrest.cardiac_arrest == (
        c.CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS
    )
    assert code.ui.endOfEvent.currentData() == c.EndOfArrestEvent.ROSC_IN_THE_FIELD.value  # shown
    assert "from the event log" in code.ui.endOfEventLabel.text()
    missing = set(arrest_errors(main))
    assert {"arrest.etiology", "arrest.witnessed_by", "arrest.aed_prior_to_arrival"} <= missing

    # What only the crew can say, picked on the same page.
    ui = code.ui
    pick(qtbot, main, ui.etiology, c.ArrestEtiology.CARDIAC_PRESUMED.value)
    tick(qtbot, main, ui.witnessedBy, c.ArrestWitnessedBy.WITNESSED_BY_BYSTANDER.value)
    pick(qtbot, main, ui.aedPriorToArrival, c.AedPriorToArrival.NO.value)
    pick(qtbot, main, ui.whoInitiatedCpr, c.WhoInitiatedCpr.BYSTANDER.value)
    at_patient = stored(main).times.arrived_at_patient
    ui.arrestAt.setText(f"{at_patient.astimezone() - timedelta(minutes=6):%H:%M:%S}")
    ui.arrestAt.editingFinished.emit()
    settle(qtbot, main)
    pick(qtbot, main, ui.arrestAtQualifier, c.PertinentNegative.APPROXIMATE.value)
    situation = section(main, "Situation and assessment")
    click(qtbot, main, situation.ui.lastKnownWellNow)  # eSituation.18, which the arrest rule asks for

    assert arrest_errors(main) == []
    report = stored(main)
    assert report.arrest.who_initiated_cpr == c.WhoInitiatedCpr.BYSTANDER  # the crew's pick
    assert report.arrest.who_applied_aed == c.WhoAppliedAed.EMS_RESPONDER_TRANSPORT_EMS  # no AED before EMS
    assert report.arrest.arrest_at_pertinent_negative == c.PertinentNegative.APPROXIMATE
    assert report.arrest.arrest_at is not None and report.arrest.arrest_at.second == at_patient.second


def test_the_epinephrine_tap_asks_its_route_once_and_is_a_scope_checked_medication(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    code = new_report(qtbot, main, "P-1042", "E-2210")
    assert code.route() is None and not code.ui.routeIv.isChecked() and not code.ui.routeIo.isChecked()
    answers = iter(["Cancel", "IO"])
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        wanted = next(answers)
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()

    QTimer.singleShot(0, answer)
    click(qtbot, main, code.buttons[8])  # Epinephrine
    assert stored(main).cpr_events == [] and stored(main).medications == []  # cancelled: nothing recorded
    QTimer.singleShot(0, answer)
    click(qtbot, main, code.buttons[8])
    assert len(asked) == 2 and code.route() == IO and code.ui.routeIo.isChecked()
    report = stored(main)
    [event], [dose] = report.cpr_events, report.medications
    assert event.kind is K.MEDICATION_GIVEN and event.medication_id == dose.id
    assert (dose.code, dose.route, dose.dose, dose.dose_unit) == (
        EPINEPHRINE,
        IO,
        1.0,
        c.DoseUnit.MILLIGRAMS_MG,
    )
    assert dose.performer_crew_id == "P-1042" and dose.at == event.at  # the logged-in paramedic by default
    assert "Epinephrine 1 mg IO, P-1042" in code.log.item(0).text()

    code.performer.setCurrentIndex(code.performer.findData("E-2210"))  # an EMT-Basic pushes the next dose
    click(qtbot, main, code.buttons[8])  # the route is set for this code: no question
    assert len(asked) == 2
    assert main.editor is not None
    scope = [f for f in main.editor.findings if f.rule == "scope.practice" and f.blocks_lock]
    second = stored(main).medications[1]
    assert second.performer_crew_id == "E-2210" and second.route == IO
    assert scope and scope[0].path.startswith(f"medications[{second.id}]") and "EMT-Basic" in scope[0].message


def test_events_are_corrected_and_voided_and_the_arrest_fields_follow(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    code = new_report(qtbot, main, "P-1042")
    click(qtbot, main, code.ui.routeIv)
    tap(
        qtbot,
        main,
        code,
        K.ARREST_RECOGNIZED,
        K.COMPRESSIONS_STARTED,
        K.MEDICATION_GIVEN,
        K.ROSC,
        K.RE_ARREST,
    )
    assert stored(main).arrest.end_of_event is None  # lost again: the end is not known yet
    assert code.log.item(0).text()[:8].count(":") == 2  # HH:MM:SS

    def void_with(reason: str, medication: bool) -> Any:
        def run(self: VoidDialog) -> QDialog.DialogCode:
            self.reason.setText(reason)
            self.medication.setChecked(medication)
            self.accept()
            return QDialog.DialogCode(self.result())

        return run

    code.log.setCurrentRow(row_of(code, K.RE_ARREST))
    monkeypatch.setattr(VoidDialog, "exec", void_with("tapped by mistake", False))
    click(qtbot, main, code.ui.voidEvent)
    report = stored(main)
    assert K.RE_ARREST not in [e.kind for e in report.cpr_events]
    assert report.arrest.end_of_event == c.EndOfArrestEvent.ROSC_IN_THE_FIELD  # re-derived, same transaction
    assert code.ui.endOfEvent.currentData() == c.EndOfArrestEvent.ROSC_IN_THE_FIELD.value
    assert main.session is not None
    voids = [a for a in main.session.db.audit_trail(main.editor.report_id) if a.action == "void"]
    assert voids[-1].new_value == {"reason": "tapped by mistake"}

    recognized = report.cpr_events[0]
    earlier = recognized.at.astimezone() - timedelta(seconds=47)

    def edit(self: EventDialog) -> QDialog.DialogCode:
        self.time.setText(f"{earlier:%H:%M:%S}")
        self.rhythm.setCurrentIndex(self.rhythm.findData(c.CardiacRhythm.ASYSTOLE.value))
        self.accept()
        return QDialog.DialogCode(self.result())

    code.log.setCurrentRow(row_of(code, K.ARREST_RECOGNIZED))
    monkeypatch.setattr(EventDialog, "exec", edit)
    click(qtbot, main, code.ui.editEvent)
    report = stored(main)
    assert report.cpr_events[0].at == earlier and report.cpr_events[0].at.second == earlier.second
    assert report.arrest.first_monitored_rhythm == c.FirstMonitoredRhythm.ASYSTOLE
    assert f"{earlier:%H:%M:%S}" in code.log.item(0).text()

    code.log.setCurrentRow(row_of(code, K.MEDICATION_GIVEN))
    monkeypatch.setattr(VoidDialog, "exec", void_with("wrong patient", True))
    click(qtbot, main, code.ui.voidEvent)
    report = stored(main)
    assert report.medications == [] and K.MEDICATION_GIVEN not in [e.kind for e in report.cpr_events]


def test_a_refresh_leaves_the_crew_where_they_are(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    code = new_report(qtbot, main, "P-1042")
    tap(qtbot, main, code, K.ARREST_RECOGNIZED, K.COMPRESSIONS_STARTED)
    tap(qtbot, main, code, *[K.RHYTHM_CHECK, K.SHOCK_DELIVERED] * 8)
    log, bar = code.log, code.log.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # it followed the taps
    log.setCurrentRow(1)
    chosen = log.currentItem().data(Qt.ItemDataRole.UserRole)
    bar.setValue(0)  # the crew scrolled back to the start of the code
    end = code.ui.endOfEvent
    end.setFocus()
    qtbot.waitUntil(end.hasFocus, timeout=WAIT)

    tap(qtbot, main, code, K.ROSC)  # a tap saved and echoed while the crew sits in End of event
    assert stored(main).arrest.end_of_event == c.EndOfArrestEvent.ROSC_IN_THE_FIELD
    assert end.hasFocus() and end.currentIndex() == 0  # the field being used is not rewritten under them
    assert log.currentItem().data(Qt.ItemDataRole.UserRole) == chosen and log.currentItem().isSelected()
    assert bar.value() == 0
    code.ui.etiology.setFocus()  # they move on: now it shows what is on the record
    qtbot.waitUntil(lambda: end.currentData() == c.EndOfArrestEvent.ROSC_IN_THE_FIELD.value, timeout=WAIT)

    typed: list[str] = []

    def edit_while_a_save_comes_back(self: EventDialog) -> QDialog.DialogCode:
        self.time.setText("01:02:03")
        tap(qtbot, main, code, K.RHYTHM_CHECK)  # the page refreshes under the open dialog
        typed.append(self.time.text())
        self.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventDialog, "exec", edit_while_a_save_comes_back)
    click(qtbot, main, code.ui.editEvent)
    assert typed == ["01:02:03"] and log.currentItem().data(Qt.ItemDataRole.UserRole) == chosen


@pytest.mark.parametrize("page_width", [None, 520])
def test_the_page_fits_1366x768_at_20_points(qtbot: Any, window: MainWindow, page_width: int | None) -> None:
    main = window
    code = new_report(qtbot, main, "P-1042")
    main.resize(1366, 768)
    theme.apply(QApplication.instance(), False, 20)  # type: ignore[arg-type]
    try:
        if page_width is not None:  # a narrower page still fits (a wider findings panel, a smaller screen)
            assert main.editor is not None
            sizes = main.editor.ui.split.sizes()
            main.editor.ui.split.setSizes([sizes[0], page_width, sum(sizes) - sizes[0] - page_width])
        qtbot.wait(300)
        viewport = code.ui.scroll.viewport()
        right = viewport.mapToGlobal(viewport.rect().topRight()).x()
        assert code.ui.scroll.horizontalScrollBar().maximum() == 0
        assert code.ui.content.minimumSizeHint().width() <= viewport.width()
        beyond = [
            w.objectName() or type(w).__name__
            for w in code.ui.content.findChildren(QWidget)
            if w.isVisible() and w.mapToGlobal(w.rect().topRight()).x() > right + 1
        ]
        assert beyond == []
        assert all(b.height() >= 88 for b in code.buttons)  # gloved hands
        assert code.ui.scroll.verticalScrollBar().maximum() > 0  # it scrolls down instead
    finally:
        theme.apply(QApplication.instance())  # type: ignore[arg-type]
