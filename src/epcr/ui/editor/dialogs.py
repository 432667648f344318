"""The editor's two dialogs around a finished report: sign and lock (with the unit's back-in-service time,
asked when it happens), and an addendum to a locked one."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from epcr.ui.binding import local_now, parse_time, show_value
from epcr.ui.theme import INVALID
from epcr.ui.widgets import SignaturePad


class LockDialog(QDialog):
    """Sign and re-enter the PIN: the signature goes on the report (eOther.SignatureGroup) before it locks.
    The unit's back-in-service time (eTimes.13, Mandatory) is asked here, at the end of the call, with a tap
    when it happens: never earlier on the checklist, and never a time still to come."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        in_service: object = None,
        day: date | None = None,
        started: datetime | None = None,  # eTimes.03: a time of day before it belongs to the next morning
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lock report")
        self.day, self.started = day, started
        self.back_in_service: datetime | None = None
        form = QFormLayout(self)
        intro = QLabel(
            f"{name}: sign as the primary caregiver, then enter your PIN. A locked report can "
            "only be amended by an addendum."
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.in_service = QLineEdit()
        self.in_service.setAccessibleName("Back in service")
        self.in_service.setPlaceholderText("HH:MM, or tap Now when the unit is back in service")
        row = QHBoxLayout()
        row.addWidget(self.in_service)
        self.now = QPushButton("Now")
        self.now.setAccessibleName("Back in service now")
        self.now.clicked.connect(lambda: self.in_service.setText(local_now().strftime("%H:%M:%S")))
        row.addWidget(self.now)
        if isinstance(in_service, datetime):
            self.in_service.setText(show_value(in_service, day))
            self.in_service.setReadOnly(True)
            self.now.setEnabled(False)
        else:
            form.addRow("Back in service (eTimes.13)", row)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {INVALID};")
        self.pad = SignaturePad()
        form.addRow("Signature", self.pad)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName("PIN")
        form.addRow("PIN", self.pin)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign and lock")
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._needs_time = not isinstance(in_service, datetime)

    def _check(self) -> None:
        """The time is there and has happened; otherwise say so beside it and stay open."""
        if self._needs_time:
            text = self.in_service.text().strip()
            if not text:
                self.problem.setText("Back in service: tap Now when the unit is back in service.")
                return
            try:
                moment = parse_time(text, self.day, self.started)
            except ValueError as error:
                self.problem.setText(f"Back in service: {error}")
                return
            if moment > local_now() + timedelta(minutes=1):
                self.problem.setText(
                    f"Back in service: {text} has not happened yet; lock when the unit is back in service."
                )
                return
            self.back_in_service = moment
        self.accept()


class AddendumDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add addendum")
        form = QFormLayout(self)
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Reason")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Addendum text")
        form.addRow("Reason", self.reason)
        form.addRow("Text", self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
