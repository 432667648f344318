"""Code lists find what a crew types, on the real editor with real key events (QTest): the best match first,
abbreviations, Space typed (never swallowed by a popup), Enter/Tab take a match, Escape keeps the old value,
text that names nothing is flagged and never saved, and a choice is saved exactly once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget

from epcr.domain.nemsis import codes as c
from epcr.ui import code_list
from epcr.ui.app import MainWindow
from epcr.ui.code_list import CodeList, code_list_of, searchable
from epcr.ui.editor.page import FormPage
from tests.ui.driving import WAIT, new_report, page, settle, stored


def focus(qtbot: Any, combo: QComboBox) -> None:
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus, timeout=WAIT)
    combo.lineEdit().selectAll()  # as Tab into it does (also when it has the focus already): typing replaces


def chooser(combo: QComboBox) -> CodeList:
    found = code_list_of(combo)
    assert found is not None, "not a searchable code list"
    return found


def offered(combo: QComboBox) -> list[str]:
    popup = chooser(combo).popup
    return [popup.item(row).text() for row in range(popup.count())] if popup.isVisible() else []


def edits(form: Any, path: str) -> list[Any]:
    """Every value the page sends to the database for `path` from now on."""
    sent: list[Any] = []
    form.edited.connect(lambda p, value: sent.append(value) if p == path else None)
    return sent


def patient_sex(qtbot: Any, main: MainWindow) -> tuple[Any, QComboBox]:
    new_report(qtbot, main)
    patient = page(main, FormPage, "Patient")
    return patient, patient.ui.sex


def impression(main: MainWindow) -> tuple[Any, QComboBox]:
    situation = page(main, FormPage, "Situation and assessment")
    return situation, situation.ui.primaryImpression


def test_typing_male_and_tab_stores_male_once(qtbot: Any, window: MainWindow) -> None:
    main = window
    patient, sex = patient_sex(qtbot, main)
    sent = edits(patient, "patient.sex")
    focus(qtbot, sex)
    qtbot.keyClicks(sex, "male")
    assert offered(sex) == ["Male", "Female"]  # the exact label first
    assert QApplication.focusWidget() is sex and not chooser(sex).popup.isActiveWindow()
    qtbot.keyClick(sex, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert not sex.hasFocus() and not chooser(sex).popup.isVisible()  # Tab took the match and moved on
    assert sex.currentText() == "Male" and sex.currentData() == c.Sex.MALE.value
    assert sent == [c.Sex.MALE.value]
    assert stored(main).patient.sex is c.Sex.MALE


def test_a_stored_value_left_alone_is_never_saved_again(qtbot: Any, window: MainWindow) -> None:
    main = window
    patient, sex = patient_sex(qtbot, main)
    focus(qtbot, sex)
    qtbot.keyClicks(sex, "fem")
    qtbot.keyClick(sex, Qt.Key.Key_Return)
    settle(qtbot, main)
    assert stored(main).patient.sex is c.Sex.FEMALE
    sent = edits(patient, "patient.sex")
    patient.show_report(stored(main), None)  # loaded again from the store
    page(main, FormPage, "Incident and times")
    patient = page(main, FormPage, "Patient")
    focus(qtbot, sex)  # tabbed through without typing
    qtbot.keyClick(sex, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert sent == [] and sex.currentText() == "Female"


def test_escape_keeps_the_old_value(qtbot: Any, window: MainWindow) -> None:
    main = window
    patient, sex = patient_sex(qtbot, main)
    focus(qtbot, sex)
    qtbot.keyClicks(sex, "male")
    qtbot.keyClick(sex, Qt.Key.Key_Return)
    settle(qtbot, main)
    sent = edits(patient, "patient.sex")
    focus(qtbot, sex)
    qtbot.keyClicks(sex, "unk")
    assert offered(sex) == ["Unknown"]
    qtbot.keyClick(sex, Qt.Key.Key_Escape)
    assert not chooser(sex).popup.isVisible()
    assert sex.currentText() == "Male" and sex.currentData() == c.Sex.MALE.value and sex.hasFocus()
    qtbot.keyClick(sex, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert sent == [] and stored(main).patient.sex is c.Sex.MALE


def test_up_and_down_move_in_the_list_and_never_step_the_value(qtbot: Any, window: MainWindow) -> None:
    main = window
    patient, sex = patient_sex(qtbot, main)
    sent = edits(patient, "patient.sex")
    focus(qtbot, sex)
    qtbot.keyClick(sex, Qt.Key.Key_Down)  # a closed list opens whole; the value does not change
    assert offered(sex) == ["Female", "Male", "Unknown"] and sex.currentIndex() == 0
    qtbot.keyClick(sex, Qt.Key.Key_Down)
    qtbot.keyClick(sex, Qt.Key.Key_Down)
    qtbot.keyClick(sex, Qt.Key.Key_Up)
    assert chooser(sex).popup.currentItem().text() == "Male" and sent == []
    qtbot.keyClick(sex, Qt.Key.Key_Return)
    settle(qtbot, main)
    assert sent == [c.Sex.MALE.value] and stored(main).patient.sex is c.Sex.MALE


def test_acs_finds_the_acute_coronary_syndrome_impressions_shown_with_their_code(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    new_report(qtbot, main)
    situation, combo = impression(main)
    sent = edits(situation, "situation.primary_impression")
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "ACS")
    found = offered(combo)
    assert {
        "STEMI (I21.3)",
        "Non-STEMI (I21.4)",
        "Myocardial Infarction, NOS (I21)",
        "Angina (pain related to heart) (I20.9)",
    } <= set(found[:4])
    for _ in range(found.index("Non-STEMI (I21.4)")):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    settle(qtbot, main)
    assert combo.currentText() == "Non-STEMI (I21.4)"  # the chosen code in words
    assert sent == ["I21.4"] and stored(main).situation.primary_impression == "I21.4"
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "coronary")
    assert "Non-STEMI (I21.4)" in offered(combo)[:4]


def test_text_that_names_nothing_is_flagged_and_not_saved(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    situation, combo = impression(main)
    sent = edits(situation, "situation.primary_impression")
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "chest hurts bad")
    assert offered(combo) == []
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert combo.currentText() == "chest hurts bad"  # the crew's words stay, to be corrected
    assert combo.property("invalid") and "not in the list" in combo.toolTip()
    assert combo.currentData() is None and sent == []
    assert "not in the list" in main.editor.ui.findings.item(0).text()
    assert stored(main).situation.primary_impression is None
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "chest pain")
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert sent == ["R07.9"] and stored(main).situation.primary_impression == "R07.9"
    assert not combo.property("invalid")


def test_leaving_with_the_exact_words_takes_them_and_clearing_clears(qtbot: Any, window: MainWindow) -> None:
    main = window
    patient, sex = patient_sex(qtbot, main)
    sent = edits(patient, "patient.sex")
    focus(qtbot, sex)
    qtbot.keyClicks(sex, "unknown")
    qtbot.keyClick(sex, Qt.Key.Key_Escape)
    assert sex.lineEdit().text() == "" and sent == []  # back to nothing chosen, as stored
    qtbot.keyClicks(sex, "unknown")
    main.editor.ui.sections.setFocus()  # a tap elsewhere, no Tab
    settle(qtbot, main)
    assert sent == [c.Sex.UNKNOWN.value]
    focus(qtbot, sex)
    qtbot.keyClick(sex, Qt.Key.Key_Backspace)  # the selected text goes: nothing chosen
    qtbot.keyClick(sex, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert sent == [c.Sex.UNKNOWN.value, None] and stored(main).patient.sex is None


def test_a_programmatic_pick_still_commits_once(qtbot: Any, window: MainWindow) -> None:
    """What tests/ui/test_whole_call.py does: setCurrentIndex, then activated."""
    main = window
    patient, sex = patient_sex(qtbot, main)
    sent = edits(patient, "patient.sex")
    sex.setCurrentIndex(sex.findText("Female"))
    assert sent == []  # setting the index is not a choice
    sex.activated.emit(sex.currentIndex())
    settle(qtbot, main)
    assert sent == [c.Sex.FEMALE.value] and stored(main).patient.sex is c.Sex.FEMALE


@pytest.fixture
def form(qtbot: Any) -> Iterator[tuple[QComboBox, QLineEdit]]:
    """A combo filled the way other pages fill theirs (not editable, (label, code) items) and a next field."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    combo, after = QComboBox(), QLineEdit()
    layout.addWidget(combo)
    layout.addWidget(after)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    yield combo, after
    code_list.use_device_home(None)


def test_space_in_a_route_list_is_typed_not_swallowed(qtbot: Any, form: tuple[QComboBox, QLineEdit]) -> None:
    combo, after = form
    for route in c.MedicationRoute:
        combo.addItem(route.label, route.value)
    assert not combo.isEditable()
    searchable(combo)
    picks: list[int] = []
    combo.activated.connect(picks.append)
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "non rebreather")
    assert combo.lineEdit().text() == "non rebreather"  # every key, the Space too
    assert not combo.view().isVisible()  # the combo's own list did not open
    assert offered(combo)[0] == "Non-Rebreather Mask"
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert after.hasFocus() and combo.currentData() == c.MedicationRoute.NON_REBREATHER_MASK.value
    assert len(picks) == 1
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "sl")  # an abbreviation (resources/code_search/abbreviations.toml)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.currentData() == c.MedicationRoute.SUBLINGUAL.value and combo.currentText() == "Sublingual"
    assert len(picks) == 2


def test_a_click_on_a_match_takes_it_and_the_keyboard_stays(
    qtbot: Any, form: tuple[QComboBox, QLineEdit]
) -> None:
    combo, _ = form
    searchable(combo, [(unit.value, unit.label) for unit in c.DoseUnit], list_name="DoseUnit")
    assert combo.itemText(0) == "" and combo.itemData(0) is None  # nothing chosen until picked
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "mg")
    popup = chooser(combo).popup
    assert offered(combo)[0] == "Milligrams (mg)"
    second = popup.item(1).text()
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualItemRect(popup.item(1)).center()
    )
    assert combo.currentText() == second and combo.currentData() == combo.itemData(combo.findText(second))
    assert combo.hasFocus() and not popup.isVisible()


def test_an_agency_file_adds_what_its_crews_type(
    qtbot: Any, form: tuple[QComboBox, QLineEdit], tmp_path: Path
) -> None:
    combo, _ = form
    (tmp_path / "agency-abbreviations.toml").write_text(
        '[MedicationRoute]\n"under tongue" = ["Sublingual"]\n'
    )
    assert code_list.use_device_home(tmp_path) == ()
    for route in c.MedicationRoute:
        combo.addItem(route.label, route.value)
    searchable(combo)
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "under tongue")
    assert offered(combo) == ["Sublingual"]
    (tmp_path / "agency-abbreviations.toml").write_text('[MedicationRoute]\n"under tongue" = ["Under"]\n')
    problems = code_list.use_device_home(tmp_path)
    assert len(problems) == 1 and "agency-abbreviations.toml:2" in problems[0]
    assert offered(combo) == ["Sublingual"]  # what is shown stays until the next keystroke


def test_in_a_dialog_enter_takes_the_match_then_answers_the_default_button(qtbot: Any) -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    combo, ok = QComboBox(), QPushButton("OK")
    layout.addWidget(combo)
    layout.addWidget(ok)
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    searchable(combo, [(route.value, route.label) for route in c.MedicationRoute], "MedicationRoute")
    picks: list[int] = []
    combo.activated.connect(picks.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focus(qtbot, combo)
    qtbot.keyClicks(combo, "po")
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the open list takes the key: Oral, and the dialog stays
    assert combo.currentText() == "Oral" and dialog.isVisible()
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # nothing left to pick: the default button answers
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert picks == [combo.findText("Oral")]  # one choice, one activated
