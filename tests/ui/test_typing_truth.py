"""The field the crew is typing in is never rewritten by the echo of a save: Tab into a filled field selects
it and typing replaces it; characters typed right after Tab while another field's save comes back all stay.
Key events go through Qt's input path (QTest), and the database echo is made to arrive mid-typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from epcr.ui.app import MainWindow
from epcr.ui.editor.page import FormPage, NarrativePage
from tests.ui.driving import WAIT, new_report, page, settle, stored


def focus(qtbot: Any, line: QLineEdit) -> None:
    line.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(line.hasFocus, timeout=WAIT)


def test_tab_into_a_filled_field_and_typing_replaces_it(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    incident = page(main, FormPage, "Incident and times")
    first, second = incident.ui.incidentNumber, incident.ui.responseNumber
    focus(qtbot, second)
    qtbot.keyClicks(second, "OLD")
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    settle(qtbot, main)
    focus(qtbot, first)
    qtbot.keyClicks(first, "INC-1")
    qtbot.keyClick(first, Qt.Key.Key_Tab)  # saves the first field and selects the filled second one
    assert second.hasFocus() and second.selectedText() == "OLD"
    settle(qtbot, main)  # the echo of the first field's save arrives while the second is selected
    assert second.selectedText() == "OLD"
    qtbot.keyClicks(second, "NEW")
    qtbot.keyClick(second, Qt.Key.Key_Backtab)  # Shift+Tab back into the first, filled field
    assert first.hasFocus() and first.selectedText() == "INC-1"
    settle(qtbot, main)
    qtbot.keyClicks(first, "INC-2")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    settle(qtbot, main)
    report = stored(main)
    assert report.response.response_number == "NEW"  # not OLDNEW
    assert report.response.incident_number == "INC-2"


def test_characters_right_after_tab_survive_the_echo_of_the_previous_save(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    new_report(qtbot, main)
    incident = page(main, FormPage, "Incident and times")
    first, second = incident.ui.incidentNumber, incident.ui.responseNumber
    focus(qtbot, first)
    qtbot.keyClicks(first, "INC-26104")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.keyClicks(second, "R")  # typed before the save of the first field came back
    settle(qtbot, main)  # ... and now it has: the page refreshed while the second field is half typed
    qtbot.keyClicks(second, "-00104")
    assert second.text() == "R-00104" and second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    settle(qtbot, main)
    report = stored(main)
    assert report.response.incident_number == "INC-26104"
    assert report.response.response_number == "R-00104"


def test_a_refused_value_stays_on_screen_marked_until_fixed(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    patient = page(main, FormPage, "Patient")
    age = patient.ui.age
    focus(qtbot, age)
    qtbot.keyClicks(age, "640")
    qtbot.keyClick(age, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert age.text() == "640" and age.property("invalid")  # refused, named, still what was typed
    assert stored(main).patient.age is None
    patient.ui.lastName.setFocus()
    qtbot.keyClicks(patient.ui.lastName, "Ortiz")
    qtbot.keyClick(patient.ui.lastName, Qt.Key.Key_Tab)  # another save comes back: the mark stays
    settle(qtbot, main)
    assert age.text() == "640" and age.property("invalid")
    focus(qtbot, age)
    age.selectAll()
    qtbot.keyClicks(age, "64")
    qtbot.keyClick(age, Qt.Key.Key_Tab)
    settle(qtbot, main)
    assert stored(main).patient.age == 64 and not age.property("invalid")


def test_typing_the_narrative_while_other_saves_come_back(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    narrative = page(main, NarrativePage)
    narrative.text.setFocus()
    qtbot.waitUntil(narrative.text.hasFocus, timeout=WAIT)
    qtbot.keyClicks(narrative.text, "Pt found seated, ")
    narrative.commit()  # a pause in typing: saved
    qtbot.keyClicks(narrative.text, "diaphoretic")  # typed while that save is on its way back
    settle(qtbot, main)
    assert narrative.text.toPlainText() == "Pt found seated, diaphoretic"
    assert narrative.text.textCursor().position() == len("Pt found seated, diaphoretic")
    narrative.commit()
    settle(qtbot, main)
    assert stored(main).narrative.text == "Pt found seated, diaphoretic"
