"""Procedures (eProcedures), one tap each with the performer named; every entry correctable or voidable
before lock (the right performer, or the authorization recorded, is how an out-of-scope finding resolves)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton

from epcr.domain.defined_lists import code_for, procedures
from epcr.domain.nemsis import codes as c
from epcr.domain.procedures import Procedure
from epcr.domain.report import Report
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.entries import (
    EntryPage,
    crew_options,
    crew_short,
    enum_options,
    fill_performer,
    fit_columns,
    fit_combo,
)
from epcr.ui.editor.entry_dialog import Field, Kind
from epcr.ui.forms.ui_procedures import Ui_ProceduresPage

QUICK_PROCEDURES = [
    ("OPA", "Insertion of oropharyngeal airway"),
    ("NPA", "Nasopharyngeal airway insertion"),
    ("BVM", "Bag valve mask ventilation"),
    ("Suction", "Airway suction technique"),
    ("CPR", "Cardiopulmonary resuscitation"),
    ("AED", "Defibrillation using automated external cardiac defibrillator"),
    ("Tourniquet", "Application of tourniquet"),
    ("Wound packing", "Application of chemical hemostatic agents"),
    ("Direct pressure", "Application of pressure to wound"),
    ("Supraglottic airway", "Insertion of Single Lumen Supraglottic Airway Device"),
    ("Intubation", "Orotracheal intubation"),
    ("IV", "Catheterization of vein"),
    ("IO", "Intraosseous cannulation"),
    ("12-lead", "12 lead electrocardiogram"),
]
TOURNIQUET = "Application of tourniquet"
MAX_COLUMNS = 5


def procedure_name(code: Any) -> str:
    entry = procedures().get(code) if isinstance(code, str) else None
    return entry.label if entry else str(code or "")


class ProceduresPage(EntryPage):
    title, group = "Procedures", "procedures"
    entry_group, noun = "procedures", "procedure"

    def __init__(self, me: str) -> None:
        super().__init__()
        self.ui = Ui_ProceduresPage()
        self.ui.setupUi(self)
        self.me = me
        self.performer, self.table = self.ui.performer, self.ui.table
        fit_combo(self.performer)
        self.quick: list[QPushButton] = []
        for label, source in QUICK_PROCEDURES:
            button = QPushButton(label)
            button.setAccessibleName(f"Add procedure: {label}")
            button.clicked.connect(lambda _=False, s=source: self.add_procedure(s))
            self.quick.append(button)
        self._columns = 0
        self._reflow()
        fit_columns(self.table, 1)
        self.setup_entries(self.table, self.ui.edit, self.ui.void)

    def add_procedure(self, source_label: str) -> None:
        now = local_now().isoformat()
        data: dict[str, Any] = {
            "at": now,  # eProcedures.01
            "code": code_for(procedures(), source_label),  # eProcedures.03
            "prior_to_care": c.YesNo.NO.value,  # eProcedures.02
            "attempts": 1,  # eProcedures.05
            "successful": c.YesNo.YES.value,  # eProcedures.06
            **self.performer.performer(self.report),  # eProcedures.09, .10
        }
        if source_label == TOURNIQUET:
            data["bleeding_control"] = {"tourniquet_applied_at": now}
        self.added.emit("procedures", data)

    # -- quick buttons: as many columns as fit, so big text never needs sideways scrolling ------------------

    def _reflow(self) -> None:
        margins = self.ui.outer.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        columns = next((n for n in range(MAX_COLUMNS, 1, -1) if self._width_of(n) <= room), 1)
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.quick:
            self.ui.quick.removeWidget(button)
        for n, button in enumerate(self.quick):
            self.ui.quick.addWidget(button, n // columns, n % columns)

    def _width_of(self, columns: int) -> int:
        """How wide the buttons are in `columns` columns: each column as wide as its widest button."""
        widths = [0] * columns
        for n, button in enumerate(self.quick):
            widths[n % columns] = max(widths[n % columns], button.sizeHint().width())
        return sum(widths) + max(self.ui.quick.horizontalSpacing(), 6) * (columns - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._columns = 0  # the buttons' width changed with the text size
            self._reflow()

    # -- entries --------------------------------------------------------------------------------------------

    def show_report(self, report: Report, day: date | None) -> None:
        fill_performer(self.performer, report, self.me)
        self.show_entries(report, day)

    def entries(self, report: Report) -> Sequence[Procedure]:
        return report.procedures

    def row(self, p: Procedure) -> Sequence[str]:
        name = procedure_name(p.code)
        if p.pertinent_negative is not None:
            name += f" (not done: {p.pertinent_negative.label})"
        return (
            show_value(p.at, self.day),  # eProcedures.01
            name,  # eProcedures.03
            crew_short(self.report, p.performer_crew_id),  # eProcedures.09
        )

    def describe(self, p: Procedure) -> str:
        return f"{procedure_name(p.code)} at {show_value(p.at, self.day)}"

    def edit_fields(self, p: Procedure) -> list[Field]:
        names = [(e.label, k) for k, e in sorted(procedures().items(), key=lambda kv: kv[1].label)]
        return [
            Field("at", "Time performed", Kind.TIME, p.at, element="eProcedures.01"),
            Field("code", "Procedure", Kind.CHOICE, p.code, names, "eProcedures.03", "Procedure"),
            Field(
                "performer_crew_id",
                "Performed by",
                Kind.CHOICE,
                p.performer_crew_id,
                crew_options(self.report),
                "eProcedures.09",
            ),
            Field("attempts", "Attempts", Kind.WHOLE, p.attempts, element="eProcedures.05"),
            Field(
                "successful", "Successful", Kind.CHOICE, p.successful, enum_options(c.YesNo), "eProcedures.06"
            ),
            Field(
                "response",
                "Response",
                Kind.CHOICE,
                p.response,
                enum_options(c.InterventionResponse),
                "eProcedures.08",
            ),
            Field(
                "authorization",
                "Authorization",
                Kind.CHOICE,
                p.authorization,
                enum_options(c.Authorization),
                "eProcedures.11",
            ),
            Field(
                "authorizing_physician",
                "Authorizing physician",
                Kind.TEXT,
                p.authorizing_physician,
                element="eProcedures.12",
            ),
            Field(
                "justification",
                "Confirm as recorded: what happened (care outside scope)",
                Kind.TEXT,
                p.justification,
            ),
        ]

    def focus_path(self, path: str) -> bool:
        if not path.startswith("procedures") or "bleeding_control" in path:
            return False
        return self.focus_entry(path) or True
