"""The login screen: crew ID and PIN. The slow key derivation runs on the worker, never on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from epcr.device import Device
from epcr.security.keyslots import KeySlotError, KeySlots
from epcr.session import Session
from epcr.ui.forms.ui_login import Ui_LoginWindow
from epcr.ui.runner import Runner


class LoginWindow(QWidget):
    logged_in = Signal(object)  # Session

    def __init__(self, device: Device, runner: Runner) -> None:
        super().__init__()
        self.device, self.runner = device, runner
        self.ui = Ui_LoginWindow()
        self.ui.setupUi(self)
        self.ui.logIn.clicked.connect(self.log_in)
        self.ui.pin.returnPressed.connect(self.log_in)
        try:  # the crew IDs of this device's key slots: no secret, and no database needed to list them
            for account in KeySlots.load(device.keys).accounts():
                self.ui.user.addItem(account)
        except KeySlotError as error:
            self.say(str(error))
        self.ui.user.setCurrentText("")

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

    def _done(self, session: Session) -> None:
        self.ui.pin.clear()
        self.ui.logIn.setEnabled(True)
        self.say("")
        self.logged_in.emit(session)

    def _failed(self, error: Exception) -> None:
        self.ui.pin.clear()
        self.ui.logIn.setEnabled(True)
        self.say(str(error))
