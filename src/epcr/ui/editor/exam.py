"""The secondary exam (eExam), head to toe: a body area, where on it (with its side) for the body-region
areas, the finding from that area's own code list, "not present" for a finding looked for and absent, an
optional time of the assessment and a note. Enter adds the finding and the cursor goes back to the finding
field, so the next finding of the same area is a few keys; every entry correctable or voidable before lock."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from epcr.domain.assessment import EXAM_REGIONS, ExamFinding, exam_area
from epcr.domain.fields import Blank
from epcr.domain.nemsis.codes import PertinentNegative
from epcr.domain.nemsis.elements import ELEMENTS, ENUMERATIONS
from epcr.domain.report import Report
from epcr.ui.binding import ValueError_, local_now, parse_time, show_value
from epcr.ui.code_list import code_list_of, not_in_list
from epcr.ui.editor.entries import (
    ERROR_STYLE,
    EntryPage,
    Option,
    chosen,
    fill_choice,
    fit_columns,
    fit_combo,
    mark,
    searchable,
)
from epcr.ui.editor.entry_dialog import Field, Kind
from epcr.ui.forms.ui_exam import Ui_ExamPage

# The body areas, head to toe (eyes with the head, heart after the chest and lungs); mental status and the
# neurological exam last. Each is the eExam element of its findings; names come from the NEMSIS dictionary.
AREAS = (
    "eExam.04",  # Skin
    "eExam.05",  # Head
    "eExam.06",  # Face
    "eExam.18",  # Eye (location eExam.17: left, right, bilateral)
    "eExam.07",  # Neck
    "eExam.25",  # Chest (location eExam.24)
    "eExam.23",  # Lung (location eExam.22)
    "eExam.09",  # Heart
    "eExam.11",  # Abdomen (location eExam.10)
    "eExam.12",  # Pelvis/Genitourinary
    "eExam.14",  # Back and Spine (location eExam.13)
    "eExam.16",  # Extremities (location eExam.15)
    "eExam.19",  # Mental Status
    "eExam.20",  # Neurological
)
NOT_PRESENT = PertinentNegative.EXAM_FINDING_NOT_PRESENT
NORMAL_LABELS = ("Normal", "Normal Baseline for Patient")  # the lists' own "nothing abnormal" codes
NEVER_ABSENT = (*NORMAL_LABELS, "Not Done")  # "not present" beside these says nothing
GROUP = "assessment.exam_findings"
ECHO_WAIT = 10.0  # s: a finding just sent counts as recorded until the report shows it
ABSENT, PRESENT_COLUMN = "NOT PRESENT", 3
LABELS = {  # the entry's fields as the crew sees them: every message starts with one
    "element": "Body area",
    "location": "Location",
    "code": "Finding",
    "pertinent_negative": "Not present",
    "assessed_at": "Time",
    "note": "Note",
}


area_name = exam_area  # the body area's name, as the PDF prints it too


def location_element(element: str | None) -> str | None:
    """The element saying where on the body a finding of this area is (eExam.10 for the abdomen), or None."""
    region = EXAM_REGIONS.get(element or "")
    return region[1] if region else None


def code_options(element: str | None) -> list[Option]:
    """The codes of an element in alphabetical order; deprecated codes are not offered for new entries."""
    codes = ENUMERATIONS.get(element or "", {})
    offered = [(label, code) for code, label in codes.items() if "(DEPRECATED)" not in label]
    return sorted(offered, key=lambda option: option[0].casefold())


def code_label(element: str | None, code: Any) -> str:
    if isinstance(code, Blank) or code is None:
        return ""
    return ENUMERATIONS.get(element or "", {}).get(str(code), str(code))


def normal_code(element: str | None) -> str | None:
    """The area's own "Normal" code (or "Normal Baseline for Patient"), where its list has one."""
    labels = {label: code for code, label in ENUMERATIONS.get(element or "", {}).items()}
    return next((labels[label] for label in NORMAL_LABELS if label in labels), None)


def allows_not_present(element: str | None) -> bool:
    info = ELEMENTS.get(element or "")
    return info is not None and NOT_PRESENT.value in info.pertinent_negatives


def is_not_present(finding: ExamFinding) -> bool:
    blank = finding.code if isinstance(finding.code, Blank) else None
    return finding.not_present or (blank is not None and blank.pertinent_negative is NOT_PRESENT)


def check_finding(data: Mapping[str, Any]) -> dict[str, str]:
    """What the domain refuses in a new finding: field key -> its message (empty when it would be stored).
    The validators of ExamFinding decide (a code of another list, a location for an area without one ...)."""
    try:
        ExamFinding.model_validate(dict(data))
    except ValidationError as error:
        problems: dict[str, str] = {}
        for problem in error.errors():
            message = str(problem["msg"]).removeprefix("Value error, ")
            key = str(problem["loc"][0]) if problem["loc"] else ""
            prefix, _, rest = message.partition(": ")
            if not key and prefix in LABELS:  # a model-level check names its field first ("location: ...")
                key, message = prefix, rest
            key = key if key in LABELS else "code"
            problems.setdefault(key, message)
        return problems
    return {}


class ExamPage(EntryPage):
    title, group = "Physical exam", GROUP
    entry_group, noun = GROUP, "exam finding"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_ExamPage()
        self.ui.setupUi(self)
        self.area, self.location, self.finding = self.ui.area, self.ui.location, self.ui.finding
        self.not_present, self.time, self.note = self.ui.notPresent, self.ui.time, self.ui.note
        self.table = self.ui.table
        self._stamped: datetime | None = None  # the moment Now put in the time field, to the second
        self._first_of_area: set[str] = set()  # entries shown with their area's name (the first of each)
        self._sent: list[tuple[tuple[Any, ...], float]] = []  # findings added here, until their echo is in
        self.errors: dict[str, QLabel] = {
            "element": self.ui.areaError,
            "location": self.ui.locationError,
            "code": self.ui.findingError,
            "pertinent_negative": self.ui.findingError,
            "assessed_at": self.ui.timeError,
            "note": self.ui.noteError,
        }
        for label in set(self.errors.values()):
            label.setStyleSheet(ERROR_STYLE)
        self.area.addItem("", None)  # nothing picked until the crew picks it
        for element in AREAS:
            self.area.addItem(area_name(element), element)
            self.area.setItemData(self.area.count() - 1, ELEMENTS[element].label, Qt.ItemDataRole.ToolTipRole)
        for combo in (self.area, self.location, self.finding):
            fit_combo(combo)
            if combo is not self.area:
                combo.addItem("", None)
            searchable(combo)
        self.area.currentIndexChanged.connect(self._area_changed)
        self.location.currentIndexChanged.connect(lambda _i: self._clear("location"))
        self.finding.currentIndexChanged.connect(lambda _i: self._clear("code"))
        self.not_present.toggled.connect(lambda _on: self._clear("pertinent_negative"))
        self.time.textEdited.connect(lambda _t: self._time_typed())
        self.time.editingFinished.connect(self._check_time)
        self.note.textEdited.connect(lambda _t: self._clear("note"))
        self.ui.now.clicked.connect(self.stamp_now)
        self.ui.add.clicked.connect(self.add_finding)
        self.ui.normal.clicked.connect(self.add_normal)
        fit_columns(self.table, 1, 2)  # location and finding share the width; the rest fit their text
        self.setup_entries(self.table, self.ui.edit, self.ui.void)
        self.area.lineEdit().setPlaceholderText("type to search, e.g. abdo")
        self._wide: bool | None = None
        self._area_changed()
        self._reflow()

    # -- the entry form ---------------------------------------------------------------------------------

    def _reflow(self) -> None:
        """Two fields a row (area and location, finding and "not present", time and note) where they fit at
        the text size in force; one field a row where they do not, so nothing is cut or needs sideways
        scrolling at 20 pt on the cab's screen."""
        ui, grid = self.ui, self.ui.entry
        margins = ui.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        wide = room >= self._wide_width()
        if wide == self._wide:
            return
        self._wide = wide
        rows: list[list[tuple[Any, int]]]  # each row: (widget or layout, columns it spans)
        if wide:
            rows = [
                [(ui.areaLabel, 1), (ui.area, 1), (ui.locationLabel, 1), (ui.location, 1)],
                [(None, 1), (ui.areaError, 1), (None, 1), (ui.locationError, 1)],
                [(ui.findingLabel, 1), (ui.finding, 1), (ui.notPresent, 2)],
                [(None, 1), (ui.findingError, 3)],
                [(ui.timeLabel, 1), (ui.timeRow, 1), (ui.noteLabel, 1), (ui.note, 1)],
                [(None, 1), (ui.timeError, 1), (None, 1), (ui.noteError, 1)],
            ]
        else:
            rows = [
                [(ui.areaLabel, 1), (ui.area, 3)],
                [(None, 1), (ui.areaError, 3)],
                [(ui.locationLabel, 1), (ui.location, 3)],
                [(None, 1), (ui.locationError, 3)],
                [(ui.findingLabel, 1), (ui.finding, 3)],
                [(None, 1), (ui.notPresent, 3)],
                [(None, 1), (ui.findingError, 3)],
                [(ui.timeLabel, 1), (ui.timeRow, 3)],
                [(None, 1), (ui.timeError, 3)],
                [(ui.noteLabel, 1), (ui.note, 3)],
                [(None, 1), (ui.noteError, 3)],
            ]
        for row in rows:
            for item, _ in row:
                if isinstance(item, QWidget):
                    grid.removeWidget(item)
                elif item is not None:
                    grid.removeItem(item)
        for r, row in enumerate(rows):
            column = 0
            for item, span in row:
                if isinstance(item, QWidget):
                    grid.addWidget(item, r, column, 1, span)
                elif item is not None:
                    grid.addLayout(item, r, column, 1, span)
                column += span
        for column, stretch in enumerate((0, 1, 0, 1) if wide else (0, 1, 1, 1)):
            grid.setColumnStretch(column, stretch)

    def _wide_width(self) -> int:
        """The width two fields a row need at the text size in force."""
        ui = self.ui
        spacing = max(ui.entry.horizontalSpacing(), 6)
        labels = max(w.sizeHint().width() for w in (ui.areaLabel, ui.findingLabel, ui.timeLabel))
        fields = max(
            ui.area.minimumSizeHint().width(),
            ui.finding.minimumSizeHint().width(),
            ui.time.sizeHint().width() + spacing + ui.now.sizeHint().width(),  # a time typed in full
        )
        second = max(ui.locationLabel.sizeHint().width(), ui.noteLabel.sizeHint().width()) + spacing
        second += max(ui.location.minimumSizeHint().width(), ui.note.minimumSizeHint().width())
        return labels + spacing + fields + spacing + max(second, ui.notPresent.sizeHint().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._wide = None  # the fields' widths changed with the text size
            self._reflow()
            QTimer.singleShot(0, self, self._reflow)  # again once the fields have their size; dropped if gone

    def _area_changed(self) -> None:
        """The area decides the lists: its locations (with their side) and its findings."""
        self._clear("element")
        element = self.area.currentData()
        where = location_element(element)
        fill_choice(self.location, code_options(where))
        fill_choice(self.finding, code_options(element))
        for combo in (self.location, self.finding):
            combo.lineEdit().setText(combo.currentText())  # a refill leaves no stale typing behind
        self.location.lineEdit().setPlaceholderText(
            f"optional: {ELEMENTS[where].name}" if where else "none for this area"
        )
        self.finding.lineEdit().setPlaceholderText(
            "type to search the findings" if element else "pick the body area first"
        )
        self._clear("location")
        self._clear("code")
        self._enable_form()

    def _enable_form(self) -> None:
        """Location only for the body-region areas; Normal only where the list has its own Normal code."""
        element = self.area.currentData()
        writable = not self._read_only
        self.location.setEnabled(writable and location_element(element) is not None)
        self.not_present.setEnabled(writable and (element is None or allows_not_present(element)))
        normal = normal_code(element)
        self.ui.normal.setEnabled(writable and normal is not None)
        self.ui.normal.setText(f"&Normal: {area_name(element)}" if normal else "&Normal")
        self.ui.normal.setToolTip(
            f"Adds {area_name(element)}: {code_label(element, normal)} ({normal})"
            if normal
            else "Pick a body area whose list has a Normal code"
        )

    def stamp_now(self) -> None:
        """This moment as the time of the assessment; it stays for the next findings of the same exam."""
        self._stamped = local_now()
        self.time.setText(show_value(self._stamped, self._day()))
        self._clear("assessed_at")
        self.finding.setFocus(Qt.FocusReason.OtherFocusReason)

    def _day(self) -> date:
        """The call's day; today while the report has none yet (a time typed as HH:MM is today's too)."""
        return self.day or local_now().date()

    def _time_typed(self) -> None:
        self._stamped = None
        self._clear("assessed_at")

    def _check_time(self) -> None:
        try:
            self._assessed_at()
        except ValueError_ as error:
            self._show("assessed_at", f"{LABELS['assessed_at']}: {error}")

    def _assessed_at(self) -> datetime | None:
        text = self.time.text().strip()
        if not text:
            return None
        if self._stamped is not None and text == show_value(self._stamped, self._day()):
            return self._stamped  # Now: to the second, not to the minute shown
        return parse_time(text, self._day())

    def read_entry(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The finding the form holds, and what is wrong with it (field key -> message, without the field's
        name); the domain's own validators have the last word."""
        wrong: dict[str, str] = {}
        for combo in (self.area, self.location, self.finding):
            chooser = code_list_of(combo)
            if chooser is not None:
                chooser.finish()  # typed text: take what it names without doubt, or flag it
        element = chosen(self.area)
        if element is None:
            wrong["element"] = _unpicked(self.area, "pick the body area")
        location = chosen(self.location)
        if location is None and self.location.currentText().strip():
            wrong["location"] = _unpicked(self.location, "")
        code = chosen(self.finding)
        if code is None:
            first = "pick the finding" if element else "pick the body area, then the finding"
            wrong["code"] = _unpicked(self.finding, first)
        at = None
        try:
            at = self._assessed_at()
        except ValueError_ as error:
            wrong["assessed_at"] = str(error)
        absent = self.not_present.isChecked()
        if absent and code is not None and code_label(element, code) in NEVER_ABSENT:
            wrong["pertinent_negative"] = (
                f"{code_label(element, code)!r} cannot be absent; untick it, or pick the finding looked for"
            )
        data: dict[str, Any] = {
            "element": element,
            "code": code,
            "location": location,
            "pertinent_negative": NOT_PRESENT.value if absent else None,
            "assessed_at": at.isoformat() if at is not None else None,
            "note": self.note.text().strip() or None,
        }
        if not wrong:
            wrong = check_finding(data)
        if not wrong and self._recorded(data):
            wrong["code"] = "already recorded just like this (same area, location, finding and time)"
        return data, wrong

    def _recorded(self, data: Mapping[str, Any]) -> bool:
        """The same finding is in the report, or was sent a moment ago (a double tap before its echo)."""
        key = _key_of(data)
        stored = self.report.assessment.exam_findings if self.report is not None else []
        if any(_key_of(f.model_dump(mode="json")) == key for f in stored):
            return True
        now = time.monotonic()
        self._sent = [(sent, at) for sent, at in self._sent if now - at < ECHO_WAIT]
        return any(sent == key for sent, _ in self._sent)

    def add_finding(self) -> None:
        """Record the finding; a wrong field is named beside it and nothing is recorded."""
        if self._read_only:
            return
        for key in self.errors:
            self._clear(key)
        data, wrong = self.read_entry()
        if wrong:
            for key, message in wrong.items():
                self._show(key, f"{LABELS[key]}: {message}")
                self.problem.emit(f"{GROUP}.{key}", f"{LABELS[key]}: {message}; nothing recorded")
            return
        self.added.emit(GROUP, {key: value for key, value in data.items() if value is not None})
        self._sent.append((_key_of(data), time.monotonic()))
        # The next finding: same area, side and time of the exam; finding, "not present" and note start blank.
        self.finding.setCurrentIndex(0)
        self.finding.lineEdit().clear()
        self.not_present.setChecked(False)
        self.note.clear()
        self.finding.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_normal(self) -> None:
        """One tap: the area's own Normal code, at the location picked (if any)."""
        if self._read_only:
            return
        code = normal_code(self.area.currentData())
        if code is None:
            self._show("element", f"{LABELS['element']}: pick an area whose list has a Normal code")
            return
        self.finding.setCurrentIndex(max(self.finding.findData(code), 0))
        self.finding.lineEdit().setText(self.finding.currentText())
        self.not_present.setChecked(False)
        self.add_finding()

    def _show(self, key: str, message: str) -> None:
        label = self.errors[key]
        text = label.text()
        label.setText(f"{text}\n{message}" if text and not label.isHidden() else message)
        label.show()
        mark(self._widget(key), message)

    def _clear(self, key: str) -> None:
        label = self.errors[key]
        if not label.isHidden():
            label.hide()
            label.clear()
        for other_key, other in self.errors.items():
            if other is label:
                mark(self._widget(other_key), None)

    def _widget(self, key: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "element": self.area,
            "location": self.location,
            "code": self.finding,
            "pertinent_negative": self.not_present,
            "assessed_at": self.time,
            "note": self.note,
        }
        return widgets[key]

    def _entry_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.area, ui.location, ui.finding, ui.notPresent, ui.time, ui.now, ui.note, ui.add, ui.normal)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds the finding; on the area or location with no finding yet it moves on to the next field;
        on a button it presses it; on the table it edits the selected finding."""
        focused = QApplication.focusWidget()
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or self._read_only or focused is None:
            super().keyPressEvent(event)
            return
        event.accept()
        if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            if focused.isEnabled():
                focused.click()
        elif focused is self.table or self.table.isAncestorOf(focused):
            self.edit()
        elif any(w is focused or w.isAncestorOf(focused) for w in (self.area, self.location)) and (
            chosen(self.finding) is None and not self.finding.currentText().strip()
        ):
            on_area = focused is self.area or self.area.isAncestorOf(focused)
            following = self.location if on_area and self.location.isEnabled() else self.finding
            following.setFocus(Qt.FocusReason.TabFocusReason)
            following.lineEdit().selectAll()
        elif any(w is focused or w.isAncestorOf(focused) for w in self._entry_widgets()):
            self.add_finding()
        else:
            event.ignore()
            super().keyPressEvent(event)

    # -- the table of findings ----------------------------------------------------------------------------

    def show_report(self, report: Report, day: date | None) -> None:
        self.show_entries(report, day)
        for row in range(self.table.rowCount()):  # a finding looked for and absent stands out
            item = self.table.item(row, PRESENT_COLUMN)
            if item is not None and item.font().bold() != (item.text() == ABSENT):
                font = item.font()
                font.setBold(item.text() == ABSENT)
                item.setFont(font)

    def entries(self, report: Report) -> Sequence[ExamFinding]:
        """Head to toe, each area's findings together in the order they were recorded."""
        order = {element: n for n, element in enumerate(AREAS)}
        found = sorted(report.assessment.exam_findings, key=lambda f: order.get(f.element, len(AREAS)))
        self._first_of_area = {
            str(f.id) for n, f in enumerate(found) if n == 0 or found[n - 1].element != f.element
        }
        return found

    def row(self, f: ExamFinding) -> Sequence[str]:
        finding = code_label(f.element, f.code)
        return (
            area_name(f.element) if str(f.id) in self._first_of_area else "",  # the area once per group
            code_label(location_element(f.element), f.location),  # eExam.10/.13/.15/.17/.22/.24
            f"{finding}; {f.note}" if f.note else finding,  # the finding, and the crew's note beside it
            ABSENT if is_not_present(f) else "present",  # PN 8801005
            show_value(f.assessed_at, self._day()),  # eExam.03
        )

    def describe(self, f: ExamFinding) -> str:
        where = code_label(location_element(f.element), f.location)
        said = f"{area_name(f.element)}{f', {where}' if where else ''}: {code_label(f.element, f.code)}"
        return f"{said} (NOT PRESENT)" if is_not_present(f) else said

    def edit_fields(self, f: ExamFinding) -> list[Field]:
        """The area stays (its codes are its own): a finding charted under the wrong area is voided and added
        again under the right one."""
        fields = []
        where = location_element(f.element)
        if where is not None:
            fields.append(
                Field("location", "Location and side", Kind.CHOICE, f.location, code_options(where), where)
            )
        fields.append(
            Field(
                "code",
                f"Finding ({area_name(f.element)})",
                Kind.CHOICE,
                f.code,
                code_options(f.element),
                f.element,
            )
        )
        if allows_not_present(f.element):
            fields.append(
                Field(
                    "pertinent_negative",
                    "Not present (empty: present)",
                    Kind.CHOICE,
                    f.pertinent_negative,
                    [(f"Not present (looked for, absent): {NOT_PRESENT.label}", NOT_PRESENT.value)],
                    f.element,
                )
            )
        fields.append(
            Field("assessed_at", "Time of assessment", Kind.TIME, f.assessed_at, element="eExam.03")
        )
        fields.append(Field("note", "Note", Kind.TEXT, f.note))
        return fields

    def focus_path(self, path: str) -> bool:
        """A finding names an exam entry (assessment.exam_findings[<id>]...): its row is selected and the
        keyboard is on Edit...; a field of the entry form (a refused Add) gets the cursor itself."""
        if not path.startswith(GROUP):
            return False
        if self.focus_entry(path):
            return True
        for entry_id in self.rows.ids:  # also a path written with the id as a segment
            if entry_id in path:
                self.rows.select(entry_id)
                self.edit_button.setFocus() if self.edit_button.isEnabled() else self.table.setFocus()
                return True
        key = path.removeprefix(GROUP).strip(".")
        if key in self.errors:
            self._widget(key).setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self._enable_form()


def _key_of(data: Mapping[str, Any]) -> tuple[Any, ...]:
    """What makes two findings the same: area, location, finding, "not present" and the moment."""
    at = data.get("assessed_at")
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    return (*(data.get(k) for k in ("element", "location", "code", "pertinent_negative")), moment)


def _unpicked(combo: QComboBox, ask: str) -> str:
    """Why nothing is chosen: typed text that names no entry, or nothing picked yet."""
    text = combo.currentText().strip()
    return not_in_list(text) if text else ask


__all__ = [
    "AREAS",
    "ExamPage",
    "allows_not_present",
    "area_name",
    "check_finding",
    "code_options",
    "location_element",
    "normal_code",
]
