"""Who was there: the crew on this call. Their levels decide the scope check, their roles the lock gate. A new
report already holds the logged-in EMT (epcr.prefill); the partner is one pick from the device's roster."""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from epcr.domain.levels import Level
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.prefill import DRIVER, PRIMARY_CAREGIVER, crew_entry
from epcr.security.accounts import Account
from epcr.session import Session
from epcr.ui.editor.entries import level_words
from epcr.ui.editor.page import Page, fill_table
from epcr.ui.forms.ui_crew import Ui_CrewPage
from epcr.ui.runner import Runner

CAREGIVER = PRIMARY_CAREGIVER  # eCrew.03 roles of "Add me: primary caregiver"
ID_CHARS, NAME_CHARS = 12, 24  # the manual boxes show at least this much of a real ID and name
PICK = "Pick your partner from the roster"


@runtime_checkable
class Host(Protocol):
    """The editor a page sits in: the roster is read through its session, on its database worker."""

    session: Session
    runner: Runner


class CrewPage(Page):
    """The crew on this call: their levels decide the scope check, their roles the lock gate."""

    title, group = "Crew", "crew"

    def __init__(self, me: dict[str, Any]) -> None:
        super().__init__()
        self.ui = Ui_CrewPage()
        self.ui.setupUi(self)
        self.me = me
        self.member_id, self.name, self.level, self.role = (
            self.ui.memberId,
            self.ui.name,
            self.ui.level,
            self.ui.role,
        )
        self.partner, self.table = self.ui.partner, self.ui.table
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # names whole
        self.table.verticalHeader().setVisible(False)
        self.roster: list[Account] | None = None  # None: not read yet
        self._on_crew: set[str] = set()
        self._read_only = False
        self.ui.addMeCaregiver.clicked.connect(
            lambda: self.added.emit("crew", {**self.me, "roles": CAREGIVER})
        )
        self.ui.addMeDriver.clicked.connect(lambda: self.added.emit("crew", {**self.me, "roles": DRIVER}))
        self.level.addItem("", None)  # nothing preselected: a guessed level would decide the scope check
        for level in Level:
            self.level.addItem(level.value, level.value)
        self.role.addItem("", None)
        for role in c.ResponseRole:
            self.role.addItem(role.label, role.value)
        self.partner.activated.connect(self._add_partner)
        self.ui.addMember.clicked.connect(self._add_manual)
        self._fill_partners()
        self._size_boxes()

    # -- the partner, one pick from the roster ---------------------------------------------------------

    def _read_roster(self) -> None:
        host = _host(self)
        if host is None:
            return
        self.roster = []  # asked once; the answer fills the pick
        host.runner.run(host.session.crew_roster, self._roster_read, lambda _error: None)

    def _roster_read(self, roster: list[Account]) -> None:
        self.roster = roster
        self._fill_partners()

    def _fill_partners(self) -> None:
        """Every active EMT on the device but me and those already on this call."""
        choices = [
            a for a in self.roster or [] if a.id != self.me.get("member_id") and a.id not in self._on_crew
        ]
        self.partner.clear()
        self.partner.addItem(PICK if choices else "No one else on the roster", None)
        for account in choices:
            level = f", {account.level.value}" if account.level else ""
            self.partner.addItem(f"{account.name} ({account.id}{level})", account.id)
        self.partner.setEnabled(bool(choices) and not self._read_only)

    def _add_partner(self, index: int) -> None:
        chosen = self.partner.itemData(index)
        account = next((a for a in self.roster or [] if a.id == chosen), None)
        self.partner.setCurrentIndex(0)
        if account is not None:  # with their level and certification, as driver (eCrew.03)
            self.added.emit("crew", crew_entry(account, DRIVER))

    # -- someone not on the roster ---------------------------------------------------------------------

    def _add_manual(self) -> None:
        member_id = self.member_id.text().strip()
        level, role = self.level.currentData(), self.role.currentData()
        missing = [
            (widget, what)
            for widget, what, given in (
                (self.member_id, "their crew ID", member_id),
                (self.level, "their certification level", level),
                (self.role, "their role on this call", role),
            )
            if not given
        ]
        for widget in (self.member_id, self.level, self.role):
            _mark(widget, any(widget is w for w, _ in missing))
        if missing:
            self.ui.manualProblem.setText(
                "Not added yet: choose " + " and ".join(what for _, what in missing)
            )
            missing[0][0].setFocus()
            return
        self.ui.manualProblem.setText("")
        self.added.emit(
            "crew",
            {
                "member_id": member_id,
                "name": self.name.text().strip() or None,
                "level": level,
                "roles": [role],
            },
        )
        self.member_id.clear()
        self.name.clear()
        self.level.setCurrentIndex(0)
        self.role.setCurrentIndex(0)

    def _size_boxes(self) -> None:
        digits = self.fontMetrics()
        self.member_id.setMinimumWidth(digits.horizontalAdvance("0" * ID_CHARS) + 16)
        self.name.setMinimumWidth(digits.horizontalAdvance("n" * NAME_CHARS) + 16)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._size_boxes()  # Ctrl+= scales the text: the boxes keep 12 and 24 characters
        super().changeEvent(event)

    # -- showing the report ----------------------------------------------------------------------------

    def show_report(self, report: Report, day: date | None) -> None:
        self._on_crew = {m.member_id for m in report.crew if isinstance(m.member_id, str) and m.member_id}
        fill_table(
            self.table,
            [
                (
                    m.member_id if isinstance(m.member_id, str) else "",
                    m.name or "",
                    m.level.value if m.level else level_words(m).replace("level unknown", ""),
                    ", ".join(r.label for r in m.roles) if isinstance(m.roles, list) else "",
                )
                for m in report.crew
            ],
        )
        if self.roster is None:
            self._read_roster()
        self._fill_partners()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        super().set_read_only(read_only)
        self._fill_partners()

    def focus_path(self, path: str) -> bool:
        return path.startswith("crew")


def _host(page: QWidget) -> Host | None:
    widget = page.parentWidget()
    while widget is not None:
        if isinstance(widget, Host):
            return widget
        widget = widget.parentWidget()
    return None


def _mark(widget: QWidget, invalid: bool) -> None:
    """Red border (the theme's [invalid="true"]) on a box still missing its value."""
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
