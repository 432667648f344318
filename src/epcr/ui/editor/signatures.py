"""The signatures on the report (eOther.SignatureGroup): who signs is picked, never assumed; a signature taken
in error is corrected or voided before lock."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.domain.signatures import Signature
from epcr.ui.binding import local_now, show_value
from epcr.ui.editor.entries import (
    ERROR_STYLE,
    EntryPage,
    enum_options,
    fit_columns,
    fit_combo,
    mark,
    searchable,
)
from epcr.ui.editor.entry_dialog import Field, Kind
from epcr.ui.forms.ui_signatures import Ui_SignaturesPage


def signer_name(s: Signature) -> str:
    return " ".join(x for x in (s.first_name, s.last_name) if x)


class SignaturesPage(EntryPage):
    title, group = "Signatures", "signatures"
    entry_group, noun = "signatures", "signature"

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_SignaturesPage()
        self.ui.setupUi(self)
        self.signer, self.pad, self.table = self.ui.signer, self.ui.pad, self.ui.table
        self.signer.addItem("", None)  # who signs is picked: a wrong signer type is a wrong legal record
        for signer in c.SignerType:
            self.signer.addItem(signer.label, signer.value)
        fit_combo(self.signer)
        searchable(self.signer, "SignerType")
        self.ui.signerError.setStyleSheet(ERROR_STYLE)
        self.signer.currentIndexChanged.connect(lambda _i: self._signer_problem(None))
        self.ui.clear.clicked.connect(self.pad.clear)
        self.ui.save.clicked.connect(self.save)
        fit_columns(self.table, 1, 2, 3)
        self.setup_entries(self.table, self.ui.edit, self.ui.void)

    def save(self) -> None:
        signer = self.signer.currentData()
        if signer is None:
            self._signer_problem("Who signs: pick the signer type (eOther.12)")
            self.problem.emit("signatures.signer_type", "Who signs: pick the signer type; nothing saved")
            return
        image = self.pad.png_base64()
        self.added.emit(
            "signatures",
            {
                "signer_type": signer,  # eOther.12
                "signed_at": local_now().isoformat(),  # eOther.19
                "last_name": self.ui.lastName.text() or None,  # eOther.20
                "first_name": self.ui.firstName.text() or None,  # eOther.21
                "status": c.SignatureStatus.SIGNED.value  # eOther.15
                if image
                else c.SignatureStatus.NOT_SIGNED_REFUSED.value,
                "file_type": "image/png" if image else None,  # eOther.17
                "image_base64": image,  # eOther.18
            },
        )
        self.pad.clear()
        self.ui.lastName.clear()
        self.ui.firstName.clear()
        self.signer.setCurrentIndex(0)  # the next signature starts blank

    def _signer_problem(self, message: str | None) -> None:
        self.ui.signerError.setText(message or "")
        self.ui.signerError.setVisible(message is not None)
        mark(self.signer, message)

    def show_report(self, report: Report, day: date | None) -> None:
        self.show_entries(report, day)

    def entries(self, report: Report) -> Sequence[Signature]:
        return report.signatures

    def row(self, s: Signature) -> Sequence[str]:
        return (
            show_value(s.signed_at, self.day),  # eOther.19
            s.signer_type.label if s.signer_type else "",  # eOther.12
            signer_name(s),  # eOther.21, .20
            s.status.label if s.status else "",  # eOther.15
        )

    def describe(self, s: Signature) -> str:
        kind = s.signer_type.label if s.signer_type else "signer"
        who = signer_name(s)
        return f"{kind}{': ' + who if who else ''} at {show_value(s.signed_at, self.day)}"

    def edit_fields(self, s: Signature) -> list[Field]:
        return [
            Field(
                "signer_type",
                "Who signs",
                Kind.CHOICE,
                s.signer_type,
                enum_options(c.SignerType),
                "eOther.12",
                "SignerType",
            ),
            Field("last_name", "Last name", Kind.TEXT, s.last_name, element="eOther.20"),
            Field("first_name", "First name", Kind.TEXT, s.first_name, element="eOther.21"),
            Field("signed_at", "Time signed", Kind.TIME, s.signed_at, element="eOther.19"),
            Field("status", "Status", Kind.CHOICE, s.status, enum_options(c.SignatureStatus), "eOther.15"),
        ]

    def focus_path(self, path: str) -> bool:
        if not path.startswith("signatures"):
            return False
        if path.endswith("signer_type") and "[" not in path:
            self.signer.setFocus()
            return True
        return self.focus_entry(path) or True
