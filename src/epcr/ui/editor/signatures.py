"""The signatures on the report (eOther.SignatureGroup)."""

from __future__ import annotations

from datetime import date

from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.page import Page
from epcr.ui.forms.ui_signatures import Ui_SignaturesPage


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
