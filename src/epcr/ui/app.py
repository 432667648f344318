"""The main window composes login, report list, report editor and idle lock; it decides nothing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMainWindow, QStackedWidget

from epcr.ui import theme, wheel_guard
from epcr.ui.login import LoginWindow
from epcr.ui.runner import Runner

if TYPE_CHECKING:  # loaded on the worker while the user types the PIN: the login screen paints at once
    from epcr.device import Device
    from epcr.domain.summary import ReportSummary
    from epcr.rules.engine import Validator
    from epcr.session import IdleLock, Session
    from epcr.ui.editor.window import ReportEditor
    from epcr.ui.qa import QaReviewView
    from epcr.ui.report_list import ReportListView
    from epcr.ui.sync import SyncController

IDLE_CHECK_MS = 5_000
WARM_UP_AFTER_MS = 300


class MainWindow(QMainWindow):
    def __init__(self, device: Device, idle_minutes: float = 5.0, agency_name: str | None = None) -> None:
        super().__init__()
        self.agency = f" - {agency_name}" if agency_name else ""  # from the station's agency settings
        self.setWindowTitle(f"epcr{self.agency}")
        self.device, self.idle_minutes = device, idle_minutes
        self.runner = Runner(self)
        self.validator: Validator | None = None  # built on the worker, behind the login screen
        self.session: Session | None = None
        self.idle: IdleLock | None = None
        self.editor: ReportEditor | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.login = LoginWindow(device, self.runner)
        self.login.logged_in.connect(self.start)
        self.stack.addWidget(self.login)
        self._reports: ReportListView | None = None
        self._sync: SyncController | None = None
        self._qa: QaReviewView | None = None
        # Warm up once the login screen is on screen: importing in the worker would hold the GIL before paint.
        QTimer.singleShot(WARM_UP_AFTER_MS, lambda: self.runner.run(self._warm_up, self._warmed))
        self._night = False
        self._point_size = 13
        self._actions()
        self._idle_timer = QTimer(self, interval=IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self.check_idle)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        wheel_guard.install(QApplication.instance())  # type: ignore[arg-type]

    def _actions(self) -> None:
        for text, keys, slot in (
            ("Night theme", "Ctrl+T", self.toggle_night),
            ("Larger text", "Ctrl+=", lambda: self.scale(+1)),
            ("Smaller text", "Ctrl+-", lambda: self.scale(-1)),
            ("Log out", "Ctrl+Q", self.log_out),
            ("Sync now", "Ctrl+Shift+S", lambda: self.sync.sync_now()),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

    def _warm_up(self) -> Validator:
        """While the user types the PIN: load the store, the rules and the scope table on the worker."""
        import epcr.device  # noqa: F401
        from epcr.domain.standard_doses import active_standard_doses
        from epcr.rules.agency import agency_rules
        from epcr.ui import code_list

        code_list.use_device_home(self.device.home)  # the agency's own abbreviations, if it has a file
        active_standard_doses(self.device.home)  # and its dose tables: read here, not when a page opens

        return agency_rules(self.device.home).validator  # the agency's scope, clinical and drug tables

    def _warmed(self, validator: Validator) -> None:
        self.validator = validator

    @property
    def reports(self) -> ReportListView:
        if self._reports is None:
            from epcr.ui.report_list import ReportListView

            self._reports = ReportListView()
            self._reports.filters_changed.connect(self.refresh)
            self._reports.open_report.connect(self.open_report)
            self._reports.new_report.connect(self.new_report)
            self._reports.ui.syncNow.clicked.connect(lambda: self.sync.sync_now())
            self._reports.ui.syncLog.clicked.connect(self.show_sync_log)
            self._reports.ui.stationReview.clicked.connect(self.open_station_review)
            self.stack.addWidget(self._reports)
        return self._reports

    @property
    def sync(self) -> SyncController:
        if self._sync is None:
            from epcr.ui.sync import SyncController

            self._sync = SyncController(self)
            self._sync.status_changed.connect(self.reports.ui.syncStatus.setText)
            self._sync.synced.connect(self.refresh)
        return self._sync

    @property
    def qa(self) -> QaReviewView:
        if self._qa is None:
            from epcr.ui.qa import QaReviewView

            self._qa = QaReviewView()
            self._qa.back.connect(lambda: self.stack.setCurrentWidget(self.reports))
            self.stack.addWidget(self._qa)
        return self._qa

    def open_station_review(self) -> None:
        """QA reviewers: the station's reports, with filters, flags and PDF export."""
        if self.session is None:
            return
        self.qa.start(self.session)
        self.stack.setCurrentWidget(self.qa)

    def show_sync_log(self) -> None:
        from epcr.ui.sync import SyncLogDialog

        SyncLogDialog(self.sync.log, self).exec()

    # -- session --------------------------------------------------------------------------------------

    def start(self, session: Session) -> None:
        from epcr.session import IdleLock

        self.session = session
        self.idle = IdleLock(session, self.idle_minutes)
        self._idle_timer.start()
        self.setWindowTitle(f"epcr{self.agency} - {session.account.name} ({session.account.role.value})")
        self.stack.setCurrentWidget(self.reports)
        from epcr.security.roles import Action, allowed

        self.reports.ui.stationReview.setVisible(allowed(session.account.role, Action.REPORT_REVIEW))
        self.refresh()
        # After the list: the first sync reads the database on its own thread once the list is on screen.
        QTimer.singleShot(0, lambda: self.sync.start(session) if self.session is session else None)

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        status, search = self.reports.filters()
        self.runner.run(
            lambda: (session.list_reports(status, search), session.sync_states()), self._show_rows, self._say
        )

    def _show_rows(self, listing: tuple[list[ReportSummary], dict[str, str]]) -> None:
        self.reports.show_rows(*listing)

    def new_report(self) -> None:
        session = self.session
        if session is not None:
            self.runner.run(lambda: str(session.create_report().uuid), self.open_report, self._say)

    def open_report(self, report_id: str) -> None:
        if self.session is None:
            return
        if self.validator is None:  # still warming up on the worker: open right after it (the worker is FIFO)

            def then_open(validator: Validator) -> None:
                self._warmed(validator)
                self.open_report(report_id)

            self.runner.run(self._warm_up, then_open)
            return
        from epcr.ui.editor.window import ReportEditor

        self.editor = ReportEditor(self.session, self.runner, self.validator, report_id)
        self.editor.closed.connect(self.close_report)
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)

    def close_report(self) -> None:
        if self.editor is not None:
            self.editor.finish()  # queued before anything else the worker does next
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None
        self.stack.setCurrentWidget(self.reports)
        self.refresh()

    def log_out(self) -> None:
        session, self.session = self.session, None
        self.idle = None  # its session closes: a key pressed on the login screen must not lock (write to) it
        self.close_report()
        self._idle_timer.stop()
        sync = self._sync
        if sync is not None:
            sync.stop()
        if self._qa is not None:
            self._qa.forget()
        if session is not None:

            def close() -> None:
                from epcr.exports.files import clear_print_folder

                if sync is not None:
                    sync.net.drain()  # a sync in flight finishes before its database closes
                session.log_out()
                clear_print_folder(self.device.home)

            self.runner.run(close)
        self.stack.setCurrentWidget(self.login)

    def _say(self, error: Exception) -> None:
        self.statusBar().showMessage(str(error), 10_000)

    # -- idle lock ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.idle is not None
            and self.session is not None
            and event.type()
            in (
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.TouchBegin,
            )
        ):
            self.idle.touch()
        return False

    def check_idle(self) -> None:
        """Lock the screen after the idle time; the same PIN resumes exactly here. Timers keep running."""
        if self.idle is None or not self.idle.locked or self.session is None:
            return
        self._idle_timer.stop()
        self.centralWidget().setEnabled(False)
        while self.idle.locked:
            pin, ok = QInputDialog.getText(
                self,
                "Screen locked",
                f"{self.session.account.name}: PIN to resume",
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                continue
            try:
                self.idle.unlock(pin)
            except Exception as error:  # wrong PIN or lockout: say so and ask again
                self.statusBar().showMessage(str(error), 10_000)
        self.centralWidget().setEnabled(True)
        self._idle_timer.start()

    # -- fit for the ambulance ------------------------------------------------------------------------

    def toggle_night(self) -> None:
        self._night = not self._night
        theme.apply(QApplication.instance(), self._night, self._point_size)  # type: ignore[arg-type]

    def scale(self, step: int) -> None:
        self._point_size = max(9, min(28, self._point_size + step))
        theme.apply(QApplication.instance(), self._night, self._point_size)  # type: ignore[arg-type]

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        self.idle = None
        self._idle_timer.stop()
        if self.editor is not None:
            self.editor.finish()
        if self._sync is not None:
            self._sync.shutdown()  # a sync in flight stops at once; what it had not confirmed goes next time
        if self._qa is not None:
            self._qa.stop()
        self.runner.shutdown()  # finishes what is queued: every edit the user made is written
        if self.session is not None:
            from epcr.exports.files import clear_print_folder

            self.session.log_out()
            self.session = None
            clear_print_folder(self.device.home)
        super().closeEvent(event)  # type: ignore[arg-type]


def window_for(database: Path) -> MainWindow:
    """The main window for a device, with the agency settings the station last sent (defaults before)."""
    from epcr.device import Device
    from epcr.sync.agency import settings

    device = Device(database)
    agency = settings(device.home)
    if agency is None:
        return MainWindow(device)
    return MainWindow(device, idle_minutes=agency.idle_lock_minutes, agency_name=agency.agency_name)


def main(database: Path, night: bool = False) -> int:
    from epcr.exports.files import clear_print_folder

    clear_print_folder(database.parent)  # a sheet a crashed run left for the printer goes now
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("epcr")
    theme.apply(app, night)  # type: ignore[arg-type]
    window = window_for(database)
    show_on_screen(window)
    return app.exec()


def show_on_screen(window: QMainWindow) -> None:
    """The window follows the screen it is on: maximised on a cab screen (1366x768, 1280x800), a comfortable
    size on a desk monitor; never larger than the screen, so the status bar is never off it."""
    screen = window.screen().availableGeometry()
    if screen.width() <= 1600 or screen.height() <= 900:
        window.setGeometry(screen)  # also where no window manager maximises (a kiosk, Xvfb)
        window.showMaximized()
    else:
        window.resize(1440, 900)
        window.move(screen.center() - window.rect().center())
        window.show()
    window.raise_()
    window.activateWindow()  # the keyboard goes to the app: the cursor waits in the crew ID
