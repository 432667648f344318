"""Who was there: the crew on this call. Their levels decide the scope check, their roles the lock gate."""

from __future__ import annotations

from datetime import date
from typing import Any

from epcr.domain.levels import Level
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.ui.editor.page import Page, fill_table
from epcr.ui.forms.ui_crew import Ui_CrewPage

CAREGIVER = [
    c.ResponseRole.PRIMARY_PATIENT_CAREGIVER_AT_SCENE,
    c.ResponseRole.PRIMARY_PATIENT_CAREGIVER_TRANSPORT,
]
DRIVER = [c.ResponseRole.DRIVER_PILOT_RESPONSE, c.ResponseRole.DRIVER_PILOT_TRANSPORT]


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
        self.table = self.ui.table
        self.ui.addMeCaregiver.clicked.connect(
            lambda: self.added.emit("crew", {**self.me, "roles": CAREGIVER})
        )
        self.ui.addMeDriver.clicked.connect(lambda: self.added.emit("crew", {**self.me, "roles": DRIVER}))
        for level in Level:
            self.level.addItem(level.value, level.value)
        for role in c.ResponseRole:
            self.role.addItem(role.label, role.value)
        self.ui.addMember.clicked.connect(self._add_manual)

    def _add_manual(self) -> None:
        if not self.member_id.text().strip():
            self.problem.emit("crew", "a crew member needs their ID")
            return
        self.added.emit(
            "crew",
            {
                "member_id": self.member_id.text().strip(),
                "name": self.name.text().strip() or None,
                "level": self.level.currentData(),
                "roles": [self.role.currentData()],
            },
        )

    def show_report(self, report: Report, day: date | None) -> None:
        fill_table(
            self.table,
            [
                (
                    m.member_id or "",
                    m.name or "",
                    m.level.value if m.level else "",
                    ", ".join(r.label for r in m.roles),
                )
                for m in report.crew
            ],
        )

    def focus_path(self, path: str) -> bool:
        return path.startswith("crew")
