"""Who was there: the crew on this call, and the signatures on the report."""

from __future__ import annotations

from datetime import date
from typing import Any

from epcr.domain.levels import Level
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.page import Page, fill_table
from epcr.ui.forms.ui_crew import Ui_CrewPage
from epcr.ui.forms.ui_signatures import Ui_SignaturesPage

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


class SignaturesPage(Page):
    title, group = "Signatures", "signatures"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_SignaturesPage()
        self.ui.setupUi(self)
        self.signer, self.pad, self.list = self.ui.signer, self.ui.pad, self.ui.list
        for signer in c.SignerType:
            self.signer.addItem(signer.label, signer.value)
        self.ui.clear.clicked.connect(self.pad.clear)
        self.ui.save.clicked.connect(self.save)

    def save(self) -> None:
        image = self.pad.png_base64()
        self.added.emit(
            "signatures",
            {
                "signer_type": self.signer.currentData(),
                "signed_at": local_now().isoformat(),
                "last_name": self.ui.lastName.text() or None,
                "first_name": self.ui.firstName.text() or None,
                "status": c.SignatureStatus.SIGNED.value
                if image
                else c.SignatureStatus.NOT_SIGNED_REFUSED.value,
                "file_type": "image/png" if image else None,
                "image_base64": image,
            },
        )
        self.pad.clear()

    def show_report(self, report: Report, day: date | None) -> None:
        self.list.clear()
        for s in report.signatures:
            who = " ".join(x for x in (s.first_name, s.last_name) if x)
            kind = s.signer_type.label if s.signer_type else "signer"
            self.list.addItem(
                f"{show_value(s.signed_at, day)}  {kind}: {who}  "
                f"({s.status.label if s.status else 'no status'})"
            )

    def focus_path(self, path: str) -> bool:
        return path.startswith("signatures")
