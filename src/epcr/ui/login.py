"""The login screen: crew ID and PIN. The slow key derivation runs on the worker, never on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMessageBox, QWidget

from epcr.security.keyslots import KeySlotError, KeySlots
from epcr.ui.forms.ui_login import Ui_LoginWindow
from epcr.ui.runner import Runner

if TYPE_CHECKING:  # the store, rules and demo load on the worker at login: the screen paints first
    from epcr.demo import DemoLoad
    from epcr.device import Device


class LoginWindow(QWidget):
    logged_in = Signal(object)  # Session

    def __init__(self, device: Device, runner: Runner) -> None:
        super().__init__()
        self.device, self.runner = device, runner
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)
        self.ui.logIn.clicked.connect(self.log_in)
        self.ui.pin.returnPressed.connect(self.log_in)
        self.ui.loadDemo.clicked.connect(self.load_demo)
        self.ui.setUp.clicked.connect(self.set_up)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor waits in the crew ID: the first key a crew types goes where it belongs."""
        super().showEvent(event)
        if self.ui.user.isVisibleTo(self):
            self.ui.user.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """First run: offer the demo or a new database; otherwise the login form."""
        first_run = not self.device.is_set_up()
        self.ui.firstRun.setVisible(first_run)
        for widget in (self.ui.user, self.ui.pin, self.ui.logIn, self.ui.userLabel, self.ui.pinLabel):
            widget.setVisible(not first_run)
        self.ui.user.clear()
        if not first_run:
            try:  # the crew IDs of this device's key slots: no secret, and no database needed to list them
                for account in KeySlots.load(self.device.keys).accounts():
                    self.ui.user.addItem(account)
            except KeySlotError as error:
                self.say(str(error))
        self.ui.user.setCurrentText("")

    def load_demo(self) -> None:
        self.say("Setting up the demo database...")
        self.ui.firstRun.setEnabled(False)

        def work() -> DemoLoad:
            from epcr.demo import load_demo

            return load_demo(self.device)

        self.runner.run(work, self._demo_loaded, self._failed)

    def _demo_loaded(self, loaded: DemoLoad) -> None:
        from epcr.demo import demo_accounts

        self.ui.firstRun.setEnabled(True)
        self.refresh()
        accounts = ", ".join(f"{a.id} (PIN {pin}, {a.role.value})" for a, pin in demo_accounts()[:4])
        self.say(
            f"Demo ready: {loaded.total} calls. Demo accounts include {accounts}. Recovery key (shown once): "
            f"{loaded.recovery_key}"
        )

    def set_up(self) -> None:
        dialog = SetUpDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.pin.text() != dialog.repeat.text():
            self.say("The two PINs differ; nothing was set up.")
            return
        from pydantic import ValidationError

        from epcr.domain.errors import as_invalid_input
        from epcr.security.accounts import Account
        from epcr.security.roles import Role

        try:
            admin = Account(
                id=dialog.admin_id.text().strip(), name=dialog.name.text().strip(), role=Role.ADMIN
            )
        except ValidationError as error:
            self.say("; ".join(str(p) for p in as_invalid_input(error).problems))
            return
        pin = dialog.pin.text()
        self.runner.run(lambda: self.device.set_up(admin, pin), self._set_up_done, self._failed)

    def _set_up_done(self, result: tuple[Any, str]) -> None:
        session, recovery = result
        QMessageBox.information(
            self,
            "Recovery key",
            "Write this recovery key down and lock it away. It is shown "
            f"only now and opens the database if every PIN is lost:\n\n{recovery}",
        )
        self.refresh()
        self.logged_in.emit(session)

    def say(self, text: str) -> None:
        self.ui.message.setText(text)

    def log_in(self) -> None:
        user, pin = self.ui.user.currentText().strip(), self.ui.pin.text()
        if not user or not pin:
            self.say("Enter your crew ID and PIN.")
            return
        self.ui.logIn.setEnabled(False)
        self.say("Checking...")
        self.runner.run(lambda: self.device.log_in(user, pin), self._done, self._failed)

    def _done(self, session: Any) -> None:
        self.ui.pin.clear()
        self.ui.logIn.setEnabled(True)
        self.say("")
        self.logged_in.emit(session)

    def _failed(self, error: Exception) -> None:
        self.ui.pin.clear()
        self.ui.logIn.setEnabled(True)
        self.ui.firstRun.setEnabled(True)
        self.say(str(error))


class SetUpDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up this device")
        form = QFormLayout(self)
        self.admin_id, self.name, self.pin, self.repeat = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        for label, field in (
            ("Admin crew ID", self.admin_id),
            ("Admin name", self.name),
            ("PIN", self.pin),
            ("Repeat PIN", self.repeat),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        for field in (self.pin, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
