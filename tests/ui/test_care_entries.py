"""Care entries are recorded safely and can be corrected: nothing preselected, the units that fit the drug
(per kilogram only with a weight), the dose read with its unit and route, a question before a second dose,
Edit... and Void... on every care page, and a refresh that never disturbs what the crew is doing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from epcr.domain.nemsis import codes as c
from epcr.ui import code_list, theme
from epcr.ui.app import MainWindow
from epcr.ui.editor.airway import AirwayPage
from epcr.ui.editor.bleeding import BleedingPage
from epcr.ui.editor.entry_dialog import EntryDialog
from epcr.ui.editor.medications import MedicationsPage
from epcr.ui.editor.procedures import ProceduresPage
from epcr.ui.editor.signatures import SignaturesPage
from epcr.ui.editor.vitals import VitalsPage
from epcr.ui.fit import fit_width
from tests.ui.driving import WAIT, button, click, log_in, page, settle, stored

NITRO, FENTANYL, NALOXONE = "4917", "4337", "7242"  # RxNorm, from the NEMSIS Medication list
MG, MCG, MG_KG, MCG_KG = "3706021", "3706015", "3706039", "3706047"
SL, IN = c.MedicationRoute.SUBLINGUAL.value, c.MedicationRoute.INTRANASAL.value
PARTNER = {"member_id": "E-2210", "name": "Luis Ortega", "level": "EMT-Basic"}


def open_new_report(qtbot: Any, main: MainWindow) -> Any:
    """A draft with this paramedic and an EMT-Basic partner on the crew, open in the editor."""
    log_in(qtbot, main, "P-1042")
    session = main.session
    assert session is not None
    report = session.create_report()
    me = {"member_id": "P-1042", "name": session.account.name, "level": "Paramedic"}
    for member in (me, PARTNER):
        if all(m.member_id != member["member_id"] for m in report.crew):
            session.add_entry(report.uuid, "crew", member)
    main.open_report(str(report.uuid))
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    settle(qtbot, main)
    return main.editor


def pick(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, f"{code} is not offered"
    combo.setCurrentIndex(index)


def give(
    qtbot: Any, main: MainWindow, meds: MedicationsPage, drug: str, dose: str, unit: str, route: str
) -> None:
    pick(meds.drug, drug)
    meds.dose.setText(dose)
    pick(meds.unit, unit)
    pick(meds.route, route)
    click(qtbot, main, meds.ui.give)


def offered(combo: QComboBox) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]


def row_texts(table: Any, row: int) -> list[str]:
    return [table.item(row, col).text() for col in range(table.columnCount())]


def headers(table: Any) -> list[str]:
    return [table.horizontalHeaderItem(col).text() for col in range(table.columnCount())]


def dialog_that(monkeypatch: pytest.MonkeyPatch, values: dict[str, Any], seen: dict[str, Any]) -> None:
    """Edit... opens the dialog; the crew changes `values` (key -> code or text) and taps Save."""

    def exec_(self: EntryDialog) -> int:
        seen["units"] = offered(self.combo("dose_unit")) if "dose_unit" in self.widgets else None
        seen["fields"] = {w.accessibleName(): w.accessibleDescription() for w in self.widgets.values()}
        for key, value in values.items():
            widget = self.widgets[key]
            if isinstance(widget, QComboBox):
                pick(widget, value)
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText(value)
        self.accept()
        return self.result()

    monkeypatch.setattr(EntryDialog, "exec", exec_)


def reason_asked(monkeypatch: pytest.MonkeyPatch, answer: tuple[str, bool], asked: list[str]) -> None:
    def get_text(parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(label)
        return answer

    monkeypatch.setattr(QInputDialog, "getText", get_text)


def test_nothing_is_preselected_and_give_names_what_is_missing(qtbot: Any, window: MainWindow) -> None:
    main = window
    editor = open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    assert (meds.drug.currentData(), meds.route.currentData(), meds.unit.currentData()) == (None, None, None)
    assert page(main, AirwayPage).ui.device.currentData() is None
    assert page(main, SignaturesPage).signer.currentData() is None
    assert page(main, BleedingPage).ui.limb.currentData() is None
    assert page(main, ProceduresPage).performer.currentData() == "P-1042"  # the logged-in EMT, as before

    meds = page(main, MedicationsPage)
    pick(meds.drug, NITRO)
    meds.dose.setText("0.4")
    click(qtbot, main, meds.ui.give)  # no unit, no route
    assert stored(main).medications == []  # nothing recorded
    assert meds.ui.doseError.isVisible() and "Unit: pick the unit" in meds.ui.doseError.text()
    assert meds.ui.routeError.isVisible() and "Route: pick the route" in meds.ui.routeError.text()
    assert not meds.ui.drugError.isVisible()
    assert meds.unit.property("invalid") and meds.route.property("invalid")
    problems = [editor.ui.findings.item(i).text() for i in range(editor.ui.findings.count())]
    assert any("medications.route" in p and "pick the route" in p for p in problems)
    meds.dose.setText("zwei")
    pick(meds.unit, MG)
    pick(meds.route, SL)
    click(qtbot, main, meds.ui.give)
    assert "Dose: 'zwei' is not a number" in meds.ui.doseError.text() and not meds.ui.routeError.isVisible()
    assert stored(main).medications == []

    signatures = page(main, SignaturesPage)
    signatures.ui.lastName.setText("Patel")
    click(qtbot, main, signatures.ui.save)
    assert stored(main).signatures == [] and "pick the signer type" in signatures.ui.signerError.text()


def test_the_units_offered_fit_the_drug_and_per_kilogram_needs_a_weight(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    editor = open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    pick(meds.drug, NITRO)
    assert offered(meds.unit) == [MG, "3706037", "3706003"]  # mg, mcg/min, in: never mg/kg
    assert meds.unit.itemText(1) == "mg (Milligrams)"
    assert meds.route.itemData(1) == SL  # the typical route first; every route still below
    assert len(offered(meds.route)) == len(c.MedicationRoute)
    pick(meds.drug, FENTANYL)
    assert offered(meds.unit) == [MCG]  # no weight on the report: no mcg/kg
    editor.save_field("patient.weight_kg", 18.0)  # eExam.01
    settle(qtbot, main)
    assert offered(meds.unit) == [MCG, MCG_KG]
    assert meds.drug.currentData() == FENTANYL  # the refresh kept the crew's pick


def test_a_dose_reads_with_its_unit_and_route(qtbot: Any, window: MainWindow) -> None:
    main = window
    open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    assert headers(meds.table) == ["Time", "Medication", "Dose", "Route", "By"]
    give(qtbot, main, meds, NITRO, "0.4", MG, SL)
    [given] = stored(main).medications
    assert (given.code, given.dose, given.dose_unit, given.route) == (NITRO, 0.4, MG, SL)
    assert given.performer_crew_id == "P-1042" and given.performer_level == c.CaregiverLevel.PARAMEDIC
    first, *rest = main.session.account.name.split()
    assert row_texts(meds.table, 0)[1:] == ["Nitroglycerin", "0.4 mg", "SL", f"{first[0]}. {' '.join(rest)}"]
    assert meds.table.item(0, 4).toolTip() == meds.table.item(0, 4).text()
    # The next entry starts blank: nothing carried over from this one.
    assert (meds.drug.currentData(), meds.unit.currentData(), meds.route.currentData()) == (None, None, None)
    assert meds.dose.text() == ""


def test_a_second_dose_within_two_minutes_asks_first(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    questions: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    give(qtbot, main, meds, NALOXONE, "4", MG, IN)
    assert questions == [] and len(stored(main).medications) == 1
    give(qtbot, main, meds, NALOXONE, "4", MG, IN)
    assert len(questions) == 1 and len(stored(main).medications) == 1  # No: nothing recorded
    assert "Naloxone (Narcan) 4 mg IN was recorded" in questions[0] and " s ago" in questions[0]
    answer[0] = QMessageBox.StandardButton.Yes
    give(qtbot, main, meds, NALOXONE, "2", MG, IN)
    assert len(questions) == 2 and [m.dose for m in stored(main).medications] == [4.0, 2.0]
    give(qtbot, main, meds, NITRO, "0.4", MG, SL)  # another drug: no question
    assert len(questions) == 2 and len(stored(main).medications) == 3

    # A double tap before the first save is back: the second tap records nothing.
    pick(meds.drug, NITRO)
    meds.dose.setText("0.4")
    pick(meds.unit, MG)
    pick(meds.route, SL)
    answer[0] = QMessageBox.StandardButton.No
    qtbot.mouseClick(meds.ui.give, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(meds.ui.give, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    assert len(stored(main).medications) == 3  # nitro again within two minutes: asked, No


def test_a_medication_is_corrected_in_its_dialog(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    give(qtbot, main, meds, NITRO, "0.4", MG, SL)
    assert not meds.ui.edit.isEnabled()  # nothing selected yet
    meds.table.selectRow(0)
    assert meds.ui.edit.isEnabled() and meds.ui.void.isEnabled()
    seen: dict[str, Any] = {}
    dialog_that(
        monkeypatch,
        {
            "dose": "0,8",
            "performer_crew_id": "E-2210",
            "authorization": c.Authorization.ON_LINE_REMOTE_VERBAL_ORDER.value,
            "authorizing_physician": "Dr. Amara Osei",
            "justification": "medical control ordered a second dose",
        },
        seen,
    )
    click(qtbot, main, meds.ui.edit)
    assert seen["units"] == [MG, "3706037", "3706003"]  # the dialog offers the drug's units too
    labels = set(seen["fields"])
    assert {"Time given", "Medication", "Dose", "Unit", "Route", "Given by", "Response"} <= labels
    assert {
        "Authorization",
        "Authorizing physician",
        "Confirm as recorded: what happened (care outside scope or limits)",
    } <= labels
    assert seen["fields"]["Authorization"] == "eMedications.11"
    assert seen["fields"]["Authorizing physician"] == "eMedications.12"
    [m] = stored(main).medications
    assert (m.dose, m.dose_unit, m.route) == (0.8, MG, SL)  # only what changed was saved
    assert (
        m.performer_crew_id == "E-2210"
        and m.performer_level == c.CaregiverLevel.EMERGENCY_MEDICAL_TECHNICIAN_EMT
    )
    assert m.authorization == c.Authorization.ON_LINE_REMOTE_VERBAL_ORDER
    assert m.authorizing_physician == "Dr. Amara Osei"
    assert m.justification == "medical control ordered a second dose"
    assert row_texts(meds.table, 0)[2:] == ["0.8 mg", "SL", "L. Ortega"]
    assert meds.rows.current_id() == str(m.id)  # still selected after the refresh
    edits = [a.path for a in main.session.db.audit_trail(m_report(main)) if a.action == "edit"]
    assert f"medications[{m.id}].dose" in edits and f"medications[{m.id}].at" not in edits


def m_report(main: MainWindow) -> str:
    assert main.editor is not None
    return main.editor.report_id


def test_bad_input_in_the_dialog_is_named_under_its_field_and_nothing_is_saved(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    give(qtbot, main, meds, NITRO, "0.4", MG, SL)
    meds.table.selectRow(0)
    seen: dict[str, Any] = {}

    def exec_(self: EntryDialog) -> int:
        seen["dialog"] = self
        self.widgets["dose"].setText("lots")  # type: ignore[attr-defined]
        self.widgets["at"].setText("25:99")  # type: ignore[attr-defined]
        self.accept()
        seen["errors"] = {k: label.text() for k, label in self.errors.items() if not label.isHidden()}
        return self.result()

    monkeypatch.setattr(EntryDialog, "exec", exec_)
    click(qtbot, main, meds.ui.edit)
    assert seen["errors"]["dose"] == "Dose: 'lots' is not a number"
    assert seen["errors"]["at"].startswith("Time given: '25:99'")
    assert stored(main).medications[0].dose == 0.4


def test_an_out_of_scope_procedure_is_resolved_from_its_finding(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    editor = open_new_report(qtbot, main)
    procedures = page(main, ProceduresPage)
    pick(procedures.performer, "E-2210")
    click(qtbot, main, button(procedures, "Intubation"))
    [finding] = [f for f in editor.findings if f.rule == "scope.practice"]
    assert finding.blocks_lock and "EMT-Basic" in finding.message
    item = next(
        editor.ui.findings.item(i)
        for i in range(editor.ui.findings.count())
        if editor.ui.findings.item(i).data(Qt.ItemDataRole.UserRole) == finding.path
    )
    editor.ui.findings.itemClicked.emit(item)  # jump: the procedure is selected, Edit... has the keyboard
    assert procedures.isVisible()  # the page on screen (the stack shows one page at a time)
    [intubation] = stored(main).procedures
    assert procedures.rows.current_id() == str(intubation.id)
    seen: dict[str, Any] = {}
    dialog_that(
        monkeypatch,
        {
            "authorization": c.Authorization.ON_LINE_REMOTE_VERBAL_ORDER.value,
            "authorizing_physician": "Dr. Amara Osei",
        },
        seen,
    )
    click(qtbot, main, procedures.ui.edit)  # record what happened: on-line medical control
    [finding] = [f for f in editor.findings if f.rule == "scope.practice"]
    assert (
        finding.blocks_lock and "does not extend it" in finding.message
    )  # medical control never extends scope
    dialog_that(monkeypatch, {"justification": "airway closing; paramedic on the other patient"}, seen)
    click(qtbot, main, procedures.ui.edit)  # or: confirm it happened as recorded
    [finding] = [f for f in editor.findings if f.rule == "scope.practice"]
    assert not finding.blocks_lock and finding.severity.label == "error"
    assert finding.message.startswith("SCOPE VIOLATION (confirmed as recorded by the crew")
    dialog_that(monkeypatch, {"performer_crew_id": "P-1042"}, seen)  # or: pick the right performer
    click(qtbot, main, procedures.ui.edit)
    assert not [f for f in editor.findings if f.rule == "scope.practice"]
    assert stored(main).procedures[0].performer_level == c.CaregiverLevel.PARAMEDIC


def test_a_void_asks_the_reason_and_the_audit_trail_keeps_both(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    give(qtbot, main, meds, NITRO, "0.4", MG, SL)
    meds.table.selectRow(0)
    asked: list[str] = []
    reason_asked(monkeypatch, ("", False), asked)  # Cancel
    click(qtbot, main, meds.ui.void)
    reason_asked(monkeypatch, ("   ", True), asked)  # no reason: nothing voided
    click(qtbot, main, meds.ui.void)
    assert len(stored(main).medications) == 1
    assert "Nitroglycerin 0.4 mg SL" in asked[0]
    reason_asked(monkeypatch, ("charted twice", True), asked)
    [dose] = stored(main).medications
    click(qtbot, main, meds.ui.void)
    assert stored(main).medications == [] and meds.table.rowCount() == 0
    void = [a for a in main.session.db.audit_trail(m_report(main)) if a.action == "void"][-1]
    assert (void.action, void.path, void.new_value) == (
        "void",
        f"medications[{dose.id}]",
        {"reason": "charted twice"},
    )
    assert void.old_value["dose"] == 0.4 and void.old_value["dose_unit"] == MG  # the entry, kept

    # Every care page voids its own entries the same way.
    procedures = page(main, ProceduresPage)
    click(qtbot, main, button(procedures, "Intubation"))
    airway = page(main, AirwayPage)
    pick(airway.ui.device, c.AirwayDevice.ENDOTRACHEAL_TUBE.value)
    click(qtbot, main, airway.ui.confirm)
    vitals = page(main, VitalsPage)
    click(qtbot, main, vitals.add)
    signatures = page(main, SignaturesPage)
    pick(signatures.signer, c.SignerType.HEALTHCARE_PROVIDER.value)
    click(qtbot, main, signatures.ui.save)
    report = stored(main)
    assert (len(report.procedures), len(report.airway.confirmations), len(report.vitals)) == (1, 1, 1)
    assert len(report.signatures) == 1
    for voided in (signatures, vitals, airway, procedures):
        page(main, type(voided))
        voided.rows.table.setCurrentCell(0, 0)
        click(qtbot, main, voided.void_button)
    report = stored(main)
    assert (report.procedures, report.airway.confirmations, report.vitals, report.signatures) == (
        [],
        [],
        [],
        [],
    )
    voids = [a.path.split("[")[0] for a in main.session.db.audit_trail(m_report(main)) if a.action == "void"]
    assert voids == ["medications", "signatures", "vitals", "airway.confirmations", "procedures"]


def test_the_grid_refresh_never_disturbs_the_cell_being_typed_in(qtbot: Any, window: MainWindow) -> None:
    main = window
    editor = open_new_report(qtbot, main)
    vitals = page(main, VitalsPage)
    for _ in range(3):
        click(qtbot, main, vitals.add)
    assert (vitals.table.currentRow(), vitals.table.currentColumn()) == (2, 1)  # the new set's SBP
    vitals.table.item(0, 1).setText("120")
    settle(qtbot, main)
    kept = vitals.table.item(2, 3)
    vitals.table.setCurrentCell(1, 3)
    vitals.table.editItem(vitals.table.item(1, 3))
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.setText("11")  # typing the heart rate when another save's echo arrives
    editor.save_field(f"vitals[{vitals.rows.ids[0]}].heart_rate", 96)
    editor.save_field(f"vitals[{vitals.rows.ids[1]}].heart_rate", 70)  # even this very cell's echo
    settle(qtbot, main)
    assert vitals.table.state() == QAbstractItemView.State.EditingState and cell.text() == "11"
    assert QApplication.focusWidget() is cell
    assert (vitals.table.currentRow(), vitals.table.currentColumn()) == (1, 3)
    assert vitals.table.item(0, 3).text() == "96" and vitals.table.item(2, 3) is kept  # no rebuild
    cell.setText("112")
    vitals.table.commitData(cell)
    vitals.table.closeEditor(cell, QAbstractItemDelegate.EndEditHint.NoHint)
    settle(qtbot, main)
    assert [v.heart_rate for v in stored(main).vitals] == [96, 112, None]
    assert [v.sbp for v in stored(main).vitals] == [120, None, None]

    vitals.table.item(2, 1).setText("900")  # refused: the typed text stays, in red, until fixed
    settle(qtbot, main)
    assert vitals.table.item(2, 1).text() == "900" and stored(main).vitals[2].sbp is None
    assert vitals.table.item(2, 1).toolTip()
    editor.save_field(f"vitals[{vitals.rows.ids[0]}].spo2", 94)  # another save's echo: the typing stays
    settle(qtbot, main)
    assert vitals.table.item(2, 1).text() == "900" and vitals.table.item(0, 5).text() == "94"


def test_selection_and_scroll_survive_a_refresh(qtbot: Any, window: MainWindow) -> None:
    main = window
    editor = open_new_report(qtbot, main)
    rid = editor.report_id
    for n in range(40):
        main.session.add_entry(
            rid,
            "medications",
            {
                "at": f"2026-11-25T11:{n:02d}:00-07:00",
                "code": NITRO,
                "dose": 0.4,
                "dose_unit": MG,
                "route": SL,
            },
        )
    editor.reload()
    settle(qtbot, main)
    meds = page(main, MedicationsPage)
    QApplication.processEvents()
    meds.table.selectRow(30)
    meds.table.scrollToItem(meds.table.item(30, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    QApplication.processEvents()
    chosen, scrolled = meds.rows.current_id(), meds.table.verticalScrollBar().value()
    assert scrolled > 0
    first = meds.table.item(0, 1)
    reset: list[int] = []
    meds.performer.currentIndexChanged.connect(reset.append)
    editor.save_field("patient.last_name", "Okafor")
    settle(qtbot, main)
    assert reset == []  # the performer list was not refilled under the crew's finger
    assert meds.rows.current_id() == chosen and meds.table.verticalScrollBar().value() == scrolled
    assert meds.table.item(0, 1) is first  # the table was not rebuilt
    main.session.void_entry(rid, f"medications[{meds.rows.ids[0]}]", "charted twice")
    editor.reload()  # a row removed above the selection: the same entry stays selected
    settle(qtbot, main)
    assert meds.rows.current_id() == chosen and meds.table.rowCount() == 39


def test_a_refused_agency_dose_table_is_named_and_the_shipped_one_is_used(
    qtbot: Any, window: MainWindow, home: Path
) -> None:
    (home / "agency-dose-units.toml").write_text('[drug."4917"]\nunits = ["mg/kgg"]\n', encoding="utf-8")
    main = window
    open_new_report(qtbot, main)
    meds = page(main, MedicationsPage)
    assert not meds.ui.notice.isHidden()
    assert "agency-dose-units.toml line 1" in meds.ui.notice.text() and "'mg/kgg'" in meds.ui.notice.text()
    pick(meds.drug, NITRO)
    assert offered(meds.unit) == [MG, "3706037", "3706003"]


@pytest.mark.parametrize("point_size", [13, 20])
def test_the_care_pages_fit_a_1366_screen_at_large_text(qtbot: Any, point_size: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, False, point_size)
    try:
        width = 600  # what is left of 1366 px beside the section list and the findings
        for built in (
            MedicationsPage("P-1042"),
            ProceduresPage("P-1042"),
            AirwayPage(),
            BleedingPage(),
            VitalsPage(),
            SignaturesPage(),
        ):
            shown = fit_width(built)  # as the editor puts it on screen: it scrolls down, never sideways
            qtbot.addWidget(shown)
            shown.resize(width, 700)
            shown.show()
            qtbot.waitExposed(shown)
            QApplication.processEvents()
            name = type(built).__name__
            assert built.minimumSizeHint().width() <= width, (
                f"{name} needs {built.minimumSizeHint().width()} px"
            )
            for child in built.findChildren(QPushButton):
                if child.isVisible():
                    assert child.height() >= theme.TOUCH, (
                        f"{name}: {child.text()} is {child.height()} px high"
                    )
                    assert child.width() >= child.fontMetrics().horizontalAdvance(child.text()), (
                        f"{name}: {child.text()!r} is cut"
                    )
                    inside = child.mapTo(shown, QPoint(child.width(), 0)).x()
                    assert inside <= width, f"{name}: {child.text()!r} is off the right edge"
            for label in built.findChildren(QLabel):
                if label.isVisible() and label.text() in ("Dose", "Route", "Medication", "Given by"):
                    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text()), label.text()
            shown.close()
    finally:
        theme.apply(app)


def test_drug_route_unit_device_and_signer_are_found_by_what_a_crew_types(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    open_new_report(qtbot, main)
    combos = [page(main, AirwayPage).ui.device, page(main, SignaturesPage).signer]
    meds = page(main, MedicationsPage)
    for combo in [meds.drug, meds.route, meds.unit, *combos]:
        assert code_list.code_list_of(combo) is not None, combo.accessibleName()

    def type_in(combo: QComboBox, text: str) -> None:
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(combo.hasFocus, timeout=WAIT)
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), text)
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)

    type_in(meds.drug, "NTG")
    assert meds.drug.currentData() == NITRO
    assert offered(meds.unit) == [MG, "3706037", "3706003"]  # the units followed the typed drug
    type_in(meds.unit, "mg")
    type_in(meds.route, "SL")
    meds.dose.setText("0.4")
    click(qtbot, main, meds.ui.give)
    [given] = stored(main).medications
    assert (given.code, given.dose, given.dose_unit, given.route) == (NITRO, 0.4, MG, SL)
    type_in(meds.drug, "zzz")  # names nothing: Give says so beside the field and records nothing
    click(qtbot, main, meds.ui.give)
    assert "'zzz' is not in the list" in meds.ui.drugError.text() and len(stored(main).medications) == 1


def test_a_locked_report_offers_no_edit_or_void(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from epcr.demo import demo_report

    main = window
    log_in(qtbot, main, "P-1042")
    draft = demo_report(4)  # a complete chest-pain call
    assert main.session is not None
    main.session.db.import_reports([draft], "P-1042")
    main.session.db.lock_report(draft.uuid, "P-1042")
    main.open_report(str(draft.uuid))
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    meds = page(main, MedicationsPage)
    assert meds.table.rowCount() == len(draft.medications) > 0
    meds.rows.select(meds.rows.ids[0])
    assert not meds.ui.edit.isEnabled() and not meds.ui.void.isEnabled() and not meds.ui.give.isEnabled()
    asked: list[str] = []
    reason_asked(monkeypatch, ("charted twice", True), asked)
    meds.void()  # even if reached some other way: nothing is asked, nothing is sent
    settle(qtbot, main)
    assert asked == [] and len(stored(main).medications) == len(draft.medications)
