"""The physical exam page (eExam) on the real editor, its worker and its SQLite database: a finding of a body
region with its location and side and "not present" is stored as one entry; the code lists are searched by
typing (keys, Tab, Enter); the cursor goes back to the finding for the next one; bad input is named at its
field and nothing is written; an entry is corrected or voided; a locked report is read-only; a rule finding
on an exam entry puts the cursor on it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLineEdit, QListWidgetItem, QWidget

from epcr.domain.assessment import ExamFinding
from epcr.domain.nemsis.codes import PertinentNegative
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.ui.app import MainWindow
from epcr.ui.code_list import code_list_of
from epcr.ui.editor.entry_dialog import EntryDialog
from epcr.ui.editor.exam import AREAS, ExamPage, area_name, check_finding, code_options, normal_code
from tests.ui.driving import WAIT, click, log_in, new_report, page, settle, stored

ABDOMEN, ABDOMEN_WHERE, EXTREMITY, EXTREMITY_WHERE = "eExam.11", "eExam.10", "eExam.16", "eExam.15"
SKIN, EYE, MENTAL = "eExam.04", "eExam.18", "eExam.19"
TENDERNESS, REBOUND, LUQ = "3511051", "3511063", "3510005"  # eExam.11 codes; eExam.10 Left Upper Quadrant
UPPER_ARM_LEFT, EXTREMITY_NORMAL, SKIN_NORMAL = "3515005", "3516049", "3504021"
NOT_PRESENT = PertinentNegative.EXAM_FINDING_NOT_PRESENT


def open_exam(qtbot: Any, main: MainWindow) -> ExamPage:
    new_report(qtbot, main)
    exam: ExamPage = page(main, ExamPage)
    qtbot.waitUntil(exam.isVisible, timeout=WAIT)
    return exam


def focus(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT)
    if isinstance(widget, QComboBox):
        widget.lineEdit().selectAll()  # as Tab into it does: typing replaces


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def holds_focus(widget: QWidget) -> bool:
    now = focused()
    return now is not None and (now is widget or widget.isAncestorOf(now))


def row_texts(exam: ExamPage, row: int) -> list[str]:
    return [exam.table.item(row, col).text() for col in range(exam.table.columnCount())]


def test_a_region_finding_with_its_side_and_not_present_is_typed_and_stored(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    exam = open_exam(qtbot, main)
    assert [exam.area.itemData(i) for i in range(1, exam.area.count())] == list(AREAS)
    assert exam.area.itemText(exam.area.findData(ABDOMEN)) == "Abdomen"  # the dictionary's name
    assert not exam.location.isEnabled()  # no area yet: no location

    focus(qtbot, exam.area)
    qtbot.keyClicks(exam.area, "abdo")
    qtbot.keyClick(exam.area, Qt.Key.Key_Tab)  # takes the match and moves on to the location
    assert exam.area.currentData() == ABDOMEN
    qtbot.waitUntil(lambda: holds_focus(exam.location), timeout=WAIT)
    assert exam.location.isEnabled()
    assert [code for _, code in code_options(ABDOMEN_WHERE)] == [
        exam.location.itemData(i) for i in range(1, exam.location.count())
    ]
    exam.location.lineEdit().selectAll()
    qtbot.keyClicks(exam.location, "left upper")
    qtbot.keyClick(exam.location, Qt.Key.Key_Tab)
    assert exam.location.currentData() == LUQ and exam.location.currentText() == "Left Upper Quadrant"
    qtbot.waitUntil(lambda: holds_focus(exam.finding), timeout=WAIT)
    exam.finding.lineEdit().selectAll()
    qtbot.keyClicks(exam.finding, "tender")
    qtbot.keyClick(exam.finding, Qt.Key.Key_Tab)
    assert exam.finding.currentData() == TENDERNESS
    qtbot.waitUntil(lambda: holds_focus(exam.not_present), timeout=WAIT)
    qtbot.keyClick(exam.not_present, Qt.Key.Key_Space)
    assert exam.not_present.isChecked()
    qtbot.keyClick(exam.not_present, Qt.Key.Key_Return)  # Enter adds
    settle(qtbot, main)

    [finding] = stored(main).assessment.exam_findings
    assert (finding.element, finding.code, finding.location) == (ABDOMEN, TENDERNESS, LUQ)
    assert finding.pertinent_negative is NOT_PRESENT and finding.not_present
    assert finding.assessed_at is None and finding.note is None
    assert row_texts(exam, 0) == ["Abdomen", "Left Upper Quadrant", "Tenderness", "NOT PRESENT", ""]

    # The next finding is quick: same area and side, the cursor on the finding, nothing else carried over.
    assert holds_focus(exam.finding) and exam.finding.currentData() is None
    assert exam.area.currentData() == ABDOMEN and exam.location.currentData() == LUQ
    assert not exam.not_present.isChecked()
    qtbot.keyClicks(exam.finding, "rebound")
    qtbot.keyClick(exam.finding, Qt.Key.Key_Return)  # the first Enter takes the highlighted match
    assert exam.finding.currentData() == REBOUND and not stored(main).assessment.exam_findings[1:]
    qtbot.keyClick(exam.finding, Qt.Key.Key_Return)  # the second adds it
    settle(qtbot, main)
    findings = stored(main).assessment.exam_findings
    assert [(f.code, f.location, f.pertinent_negative) for f in findings] == [
        (TENDERNESS, LUQ, NOT_PRESENT),
        (REBOUND, LUQ, None),
    ]
    # Grouped as read: the area once, then its findings.
    assert row_texts(exam, 1) == ["", "Left Upper Quadrant", "Rebound Tenderness", "present", ""]


def test_enter_on_the_area_moves_on_and_a_skin_finding_has_no_location(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    exam = open_exam(qtbot, main)
    focus(qtbot, exam.area)
    qtbot.keyClicks(exam.area, "skin")
    qtbot.keyClick(exam.area, Qt.Key.Key_Return)  # takes "Skin"
    qtbot.keyClick(exam.area, Qt.Key.Key_Return)  # no finding yet: on to the next field (no location here)
    assert exam.area.currentData() == SKIN and not exam.location.isEnabled()
    qtbot.waitUntil(lambda: holds_focus(exam.finding), timeout=WAIT)
    assert stored(main).assessment.exam_findings == []
    qtbot.keyClicks(exam.finding, "diaph")
    qtbot.keyClick(exam.finding, Qt.Key.Key_Tab)
    focus(qtbot, exam.note)
    qtbot.keyClicks(exam.note, "profuse")
    qtbot.keyClick(exam.note, Qt.Key.Key_Enter)
    settle(qtbot, main)
    [finding] = stored(main).assessment.exam_findings
    assert (finding.element, finding.code, finding.location, finding.note) == (
        SKIN,
        "3504007",
        None,
        "profuse",
    )
    assert row_texts(exam, 0)[:4] == ["Skin", "", "Diaphoretic; profuse", "present"]


def test_now_the_normal_shortcut_and_an_extremity_location(qtbot: Any, window: MainWindow) -> None:
    main = window
    exam = open_exam(qtbot, main)
    exam.area.setCurrentIndex(exam.area.findData(EYE))
    assert normal_code(EYE) is None and not exam.ui.normal.isEnabled()  # no "Normal" code in the eye list
    exam.area.setCurrentIndex(exam.area.findData(EXTREMITY))
    assert exam.ui.normal.isEnabled() and "Extremities" in exam.ui.normal.text()
    focus(qtbot, exam.location)
    qtbot.keyClicks(exam.location, "arm upper left")
    qtbot.keyClick(exam.location, Qt.Key.Key_Tab)
    assert exam.location.currentData() == UPPER_ARM_LEFT
    before = datetime.now().astimezone() - timedelta(seconds=2)
    click(qtbot, main, exam.ui.now)
    assert exam.time.text() and holds_focus(exam.finding)  # Now, then straight on to the finding
    click(qtbot, main, exam.ui.normal)
    [finding] = stored(main).assessment.exam_findings
    assert (finding.element, finding.code, finding.location) == (EXTREMITY, EXTREMITY_NORMAL, UPPER_ARM_LEFT)
    assert finding.pertinent_negative is None
    assert isinstance(finding.assessed_at, datetime)
    assert before <= finding.assessed_at <= datetime.now().astimezone()  # to the second, not the minute
    assert exam.time.text()  # the time of the exam stays for its next findings

    exam.area.setCurrentIndex(exam.area.findData(SKIN))  # the location goes with the region
    assert exam.location.currentData() is None and not exam.location.isEnabled()
    click(qtbot, main, exam.ui.normal)
    exam.area.setCurrentIndex(exam.area.findData(MENTAL))
    click(qtbot, main, exam.ui.normal)  # its list says "Normal Baseline for Patient"
    findings = stored(main).assessment.exam_findings
    assert [(f.element, f.code, f.location) for f in findings[1:]] == [
        (SKIN, SKIN_NORMAL, None),
        (MENTAL, normal_code(MENTAL), None),
    ]
    # Head to toe in the table, whatever the order they were charted in.
    assert [exam.table.item(r, 0).text() for r in range(3)] == ["Skin", "Extremities", "Mental Status"]


def test_bad_input_is_named_at_its_field_and_nothing_is_stored(qtbot: Any, window: MainWindow) -> None:
    main = window
    exam = open_exam(qtbot, main)
    editor = main.editor
    assert editor is not None

    click(qtbot, main, exam.ui.add)  # nothing picked
    assert "Body area: pick the body area" in exam.ui.areaError.text()
    assert "Finding: pick the body area, then the finding" in exam.ui.findingError.text()

    exam.area.setCurrentIndex(exam.area.findData(ABDOMEN))
    assert not exam.ui.areaError.isVisible()
    focus(qtbot, exam.finding)
    qtbot.keyClicks(exam.finding, "zzz")
    qtbot.keyClick(exam.finding, Qt.Key.Key_Return)  # names nothing: flagged, and Enter adds nothing
    settle(qtbot, main)
    assert exam.ui.findingError.isVisible()
    assert "Finding: 'zzz' is not in the list" in exam.ui.findingError.text()
    assert exam.finding.property("invalid")
    problems = [editor.ui.findings.item(i).text() for i in range(editor.ui.findings.count())]
    assert any("assessment.exam_findings.code" in p and "'zzz' is not in the list" in p for p in problems)

    focus(qtbot, exam.finding)
    qtbot.keyClicks(exam.finding, "normal")
    qtbot.keyClick(exam.finding, Qt.Key.Key_Tab)
    exam.not_present.setChecked(True)  # "Normal" cannot be absent
    exam.time.setText("25:99")
    exam.note.setText("x" * 501)  # the domain's own limit: its message is shown
    click(qtbot, main, exam.ui.add)
    assert "Time: '25:99': write the time as HH:MM" in exam.ui.timeError.text()
    assert "Not present: 'Normal' cannot be absent" in exam.ui.findingError.text()
    exam.not_present.setChecked(False)
    exam.time.setText("10:15")
    click(qtbot, main, exam.ui.add)
    assert "Note: String should have at most 500 characters" in exam.ui.noteError.text()
    assert not exam.ui.timeError.isVisible() and not exam.ui.findingError.isVisible()

    focus(qtbot, exam.location)
    qtbot.keyClicks(exam.location, "elbow")  # an extremity's location, not the abdomen's
    qtbot.keyClick(exam.location, Qt.Key.Key_Tab)
    click(qtbot, main, exam.ui.add)
    assert "Location: 'elbow' is not in the list" in exam.ui.locationError.text()
    assert stored(main).assessment.exam_findings == []  # nothing was written

    exam.note.setText("guarding on palpation")
    exam.location.setCurrentIndex(exam.location.findData(LUQ))
    click(qtbot, main, exam.ui.add)
    [finding] = stored(main).assessment.exam_findings
    assert (finding.code, finding.location, finding.note) == ("3511037", LUQ, "guarding on palpation")
    assert not any(label.isVisible() for label in exam.errors.values())
    exam.finding.setCurrentIndex(exam.finding.findData("3511037"))  # the same again (a double tap)
    click(qtbot, main, exam.ui.add)
    assert "Finding: already recorded" in exam.ui.findingError.text()
    assert len(stored(main).assessment.exam_findings) == 1


def test_the_domain_refuses_what_the_lists_would_never_offer() -> None:
    """What a form could only send by mistake, the domain's validators refuse, naming the field."""
    assert check_finding({"element": ABDOMEN, "code": TENDERNESS, "location": LUQ}) == {}
    problems = check_finding({"element": SKIN, "code": SKIN_NORMAL, "location": LUQ})
    assert set(problems) == {"location"} and "only body-region findings" in problems["location"]
    problems = check_finding({"element": EXTREMITY, "code": EXTREMITY_NORMAL, "location": LUQ})
    assert set(problems) == {"location"} and ELEMENTS[EXTREMITY_WHERE].label in problems["location"]
    problems = check_finding({"element": ABDOMEN, "code": SKIN_NORMAL})
    assert set(problems) == {"code"} and "is not a code of eExam.11" in problems["code"]
    assert set(check_finding({"element": "eExam.99", "code": "1"})) == {"element"}
    assert area_name(ABDOMEN) == "Abdomen" and area_name("eExam.14") == "Back and Spine"


def test_a_finding_is_corrected_in_its_dialog_and_voided_with_a_reason(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = window
    exam = open_exam(qtbot, main)
    exam.area.setCurrentIndex(exam.area.findData(ABDOMEN))
    exam.finding.setCurrentIndex(exam.finding.findData(TENDERNESS))
    click(qtbot, main, exam.ui.add)
    [added] = stored(main).assessment.exam_findings
    assert not exam.ui.edit.isEnabled()  # nothing selected yet
    exam.table.selectRow(0)
    assert exam.ui.edit.isEnabled() and exam.ui.void.isEnabled()

    seen: dict[str, Any] = {}

    def exec_(dialog: EntryDialog) -> int:
        seen["fields"] = {w.accessibleName(): w.accessibleDescription() for w in dialog.widgets.values()}
        seen["title"] = dialog.windowTitle()
        for key, code in (("location", LUQ), ("pertinent_negative", NOT_PRESENT.value)):
            combo = dialog.combo(key)
            combo.setCurrentIndex(combo.findData(code))
        note = dialog.widgets["note"]
        assert isinstance(note, QLineEdit)
        note.setText("patient denies on deep palpation")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EntryDialog, "exec", exec_)
    click(qtbot, main, exam.ui.edit)
    assert seen["title"] == "Edit exam finding: Abdomen: Tenderness"
    assert seen["fields"]["Location and side"] == ABDOMEN_WHERE and "Time of assessment" in seen["fields"]
    [edited] = stored(main).assessment.exam_findings
    assert edited.id == added.id and (edited.element, edited.code) == (ABDOMEN, TENDERNESS)
    assert edited.location == LUQ and edited.pertinent_negative is NOT_PRESENT
    assert edited.note == "patient denies on deep palpation"
    assert row_texts(exam, 0)[1:4] == [
        "Left Upper Quadrant",
        "Tenderness; patient denies on deep palpation",
        "NOT PRESENT",
    ]
    assert exam.rows.current_id() == str(added.id)  # still selected after the refresh

    asked: list[str] = []
    answers = iter([("", True), ("charted on the wrong patient", True)])

    def get_text(parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    click(qtbot, main, exam.ui.void)  # no reason: nothing voided
    assert len(stored(main).assessment.exam_findings) == 1
    click(qtbot, main, exam.ui.void)
    assert "Abdomen, Left Upper Quadrant: Tenderness (NOT PRESENT)" in asked[0]
    assert stored(main).assessment.exam_findings == [] and exam.table.rowCount() == 0


def test_a_locked_report_is_read_only(qtbot: Any, window: MainWindow) -> None:
    from epcr.demo import demo_report

    main = window
    log_in(qtbot, main, "P-1042")
    draft = demo_report(4)  # a complete chest-pain call
    draft.assessment.exam_findings = [  # this one finding in place of the demo call's own
        ExamFinding(element="eExam.23", code="3523007", location="3522005")  # breath sounds normal, both
    ]
    assert main.session is not None
    main.session.db.import_reports([draft], "P-1042")
    main.session.db.lock_report(draft.uuid, "P-1042")
    main.open_report(str(draft.uuid))
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    exam: ExamPage = page(main, ExamPage)
    settle(qtbot, main)
    assert row_texts(exam, 0)[:4] == ["Lung", "Bilateral", "Breath Sounds-Normal", "present"]
    exam.rows.select(exam.rows.ids[0])
    for widget in (exam.area, exam.location, exam.finding, exam.not_present, exam.time, exam.note):
        assert not widget.isEnabled(), widget.accessibleName()
    for button in (exam.ui.add, exam.ui.normal, exam.ui.now, exam.ui.edit, exam.ui.void):
        assert not button.isEnabled(), button.text()
    exam.area.setCurrentIndex(exam.area.findData(SKIN))  # even if reached some other way
    exam.finding.setCurrentIndex(exam.finding.findData(SKIN_NORMAL))
    assert not exam.location.isEnabled() and not exam.ui.normal.isEnabled()
    exam.add_finding()
    exam.add_normal()
    settle(qtbot, main)
    assert len(stored(main).assessment.exam_findings) == 1


def test_a_finding_on_an_exam_entry_puts_the_cursor_on_it(qtbot: Any, window: MainWindow) -> None:
    main = window
    exam = open_exam(qtbot, main)
    for code in (SKIN_NORMAL, "3504025"):  # normal, then pale
        exam.area.setCurrentIndex(exam.area.findData(SKIN))
        exam.finding.setCurrentIndex(exam.finding.findData(code))
        click(qtbot, main, exam.ui.add)
    second = stored(main).assessment.exam_findings[1]
    editor = main.editor
    assert editor is not None
    editor.ui.sections.setCurrentRow(0)  # somewhere else
    item = QListWidgetItem("WARNING  pale and normal skin at once")
    item.setData(Qt.ItemDataRole.UserRole, f"assessment.exam_findings[{second.id}].code")
    editor._jump(item)
    assert editor.ui.pages.currentWidget().isAncestorOf(exam) or editor.ui.pages.currentWidget() is exam
    assert exam.rows.current_id() == str(second.id)
    qtbot.waitUntil(lambda: holds_focus(exam.ui.edit), timeout=WAIT)
    assert exam.focus_path(f"assessment.exam_findings.{exam.rows.ids[0]}.code")  # the id as a segment
    assert exam.rows.current_id() == exam.rows.ids[0]
    assert exam.focus_path("assessment.exam_findings.code") and holds_focus(exam.finding)
    assert not exam.focus_path("assessment.gcs.eye") and not exam.focus_path("vitals")
    assert code_list_of(exam.finding) is not None and code_list_of(exam.location) is not None


@pytest.mark.parametrize("points", [13, 20])
def test_the_page_fits_the_cab_screen_at_any_text_size(qtbot: Any, window: MainWindow, points: int) -> None:
    """1366x768 at 13 and 20 pt: nothing past the page's right edge, every column of the table in view."""
    from PySide6.QtCore import QPoint

    from epcr.ui import theme

    main = window
    main.resize(1366, 768)
    exam = open_exam(qtbot, main)
    exam.area.setCurrentIndex(exam.area.findData("eExam.12"))  # Pelvis/Genitourinary: the longest name
    exam.finding.setCurrentIndex(1)
    exam.note.setText("a note long enough to be cut in the table of findings")
    click(qtbot, main, exam.ui.add)
    app = QApplication.instance()
    theme.apply(app, False, points)  # type: ignore[arg-type]
    try:
        settle(qtbot, main)
        qtbot.waitUntil(lambda: exam._wide is (points < 20), timeout=WAIT)  # two fields a row at 13 pt only
        qtbot.wait(30)
        shown = main.editor.ui.pages.currentWidget()
        right = shown.mapToGlobal(QPoint(shown.width(), 0)).x()
        over = [
            w.objectName() or w.accessibleName()
            for w in exam.findChildren(QWidget)
            if w.isVisible() and w.mapToGlobal(QPoint(w.width(), 0)).x() > right + 1
        ]
        assert not over, f"{points} pt: past the edge: {over}"
        header = exam.table.horizontalHeader()
        assert header.length() <= exam.table.viewport().width() + 1
        qtbot.waitUntil(
            lambda: exam.ui.now.width() >= exam.ui.now.sizeHint().width(), timeout=WAIT
        )  # not cut
        assert exam.table.item(0, 2).toolTip().endswith("cut in the table of findings")  # said whole
    finally:
        theme.apply(app)  # type: ignore[arg-type]
