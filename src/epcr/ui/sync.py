"""Sync in the app: on "Sync now", every minute, and when the network comes back; on its own worker thread,
so a slow or dead network never holds up the database worker the editor uses."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from epcr.ui.runner import Runner

if TYPE_CHECKING:
    from collections.abc import Callable

    from epcr.session import Session
    from epcr.sync.client import Stop, SyncResult

EVERY_MS = 60_000
LOG_LINES = 500


class SyncController(QObject):
    status_changed = Signal(str)  # one line for the report list's footer
    synced = Signal()  # a sync finished (the list's sync column may have changed)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from epcr.sync.client import Backoff

        self.net = Runner(self, name="epcr-sync")
        self.session: Session | None = None
        self.running = False
        self.log: list[str] = []
        self._backoff = Backoff()
        self._timer = QTimer(self, interval=EVERY_MS)
        self._timer.timeout.connect(self.sync_now)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self.sync_now)
        self._cancel: Callable[[], None] = _nothing
        self._watch_network()

    def start(self, session: Session) -> None:
        from epcr.sync.agency import settings

        self.session = session
        self._backoff.reset()
        agency = settings(session.db.path.parent)  # the agency's interval, once the station has sent one
        self._timer.start(agency.sync_every_seconds * 1000 if agency else EVERY_MS)
        self.sync_now()

    def stop(self) -> None:
        self.session = None
        self._timer.stop()
        self._retry.stop()

    def shutdown(self) -> None:
        """The app is closing: a sync in flight stops at once (its connection closed); nothing is lost, the
        unacknowledged items go with the next sync."""
        self.stop()
        self._cancel()
        self.net.shutdown()

    def sync_now(self) -> None:
        session = self.session
        if session is None or self.running:
            return
        self.running = True
        self._retry.stop()
        self.status_changed.emit("Syncing…")
        from epcr.sync.client import Stop

        self._cancel = stop = Stop()
        self.net.run(lambda: self._run(session, stop), self._done, self._failed)

    @staticmethod
    def _run(session: Session, stop: Stop) -> SyncResult | None:
        return session.sync(stop) if session.enrolled() else None

    def _done(self, result: SyncResult | None) -> None:
        self.running = False
        self._backoff.reset()
        now = datetime.now().strftime("%H:%M")
        if result is None:
            self.status_changed.emit("Not enrolled with a station (an admin runs `epcr sync enroll`)")
            return
        for line in result.log:
            self._note(line)
        trouble = result.conflicts + result.rejected
        self.status_changed.emit(
            f"Synced {now}: {result.acknowledged} sent"
            + (f", {trouble} need attention (sync log)" if trouble else ", all on the station")
        )
        self.synced.emit()

    def _failed(self, error: Exception) -> None:
        self.running = False
        from epcr.sync.client import SyncFailed

        asked = error.retry_after if isinstance(error, SyncFailed) else None  # the station's Retry-After
        wait = self._backoff.next_delay(asked)
        self._note(f"{error}; next try in {wait:.0f} s")
        self.status_changed.emit(f"Sync failed, next try in {wait:.0f} s (sync log)")
        if self.session is not None:
            self._retry.start(int(wait * 1000))
        self.synced.emit()

    def _note(self, line: str) -> None:
        self.log.append(f"{datetime.now().astimezone().isoformat(timespec='seconds')}  {line}")
        del self.log[:-LOG_LINES]

    def _watch_network(self) -> None:
        """Sync as soon as the network comes back (docking), where the platform can tell us."""
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return  # no backend here (e.g. offscreen CI): the timer and "Sync now" still work
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._reachability)

    def _reachability(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability in (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site):
            self._note("network is back: syncing")
            self.sync_now()


def _nothing() -> None:
    return None


class SyncLogDialog(QDialog):
    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync log")
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit("\n".join(lines) or "Nothing has been sent yet.")
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Sync log")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
