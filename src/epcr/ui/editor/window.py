"""The report editor: section pages, the live findings panel, the "saved" indicator, lock and addenda.
Every edit goes to the database worker at once (no Save button); findings come back from it."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from epcr.domain.errors import InvalidInput
from epcr.domain.nemsis.codes import SignatureReason, SignatureStatus, SignerType
from epcr.domain.report import Report, Status
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity
from epcr.session import Session
from epcr.store.errors import LockRefused
from epcr.ui.binding import local_now
from epcr.ui.editor.page import Page
from epcr.ui.editor.sections import sections
from epcr.ui.forms.ui_editor import Ui_ReportEditor
from epcr.ui.runner import Runner
from epcr.ui.theme import TOUCH
from epcr.ui.widgets import SignaturePad

COLOURS = {Severity.ERROR: "#d0021b", Severity.WARNING: "#b86e00", Severity.INFO: "#4a6fa5"}


class ReportEditor(QWidget):
    closed = Signal()
    saved = Signal(str)  # path of the edit the database confirmed
    findings_shown = Signal(list)

    def __init__(self, session: Session, runner: Runner, validator: Validator, report_id: str) -> None:
        super().__init__()
        self.session, self.runner, self.validator, self.report_id = session, runner, validator, report_id
        self.report: Report | None = None
        self.findings: list[Finding] = []
        self._locked_shown = False
        self.ui = Ui_ReportEditor()
        self.ui.setupUi(self)
        me = session.account
        me_as_crew = {
            "member_id": me.id,
            "name": me.name,
            "level": me.level.value if me.level else None,
            "endorsements": me.endorsements,
            "certification_number": me.certification_number,
            "certification_expires": me.certification_expires.isoformat()
            if me.certification_expires
            else None,
        }
        self._sections = sections(me_as_crew, time.monotonic, session.db.path.parent)
        self._built: list[Page | None] = [None] * len(self._sections)
        for title, _ in self._sections:
            self.ui.sections.addItem(title)
            self.ui.sections.item(self.ui.sections.count() - 1).setSizeHint(QSize(0, TOUCH))
            self.ui.pages.addWidget(QWidget())  # a place for the page, built when first opened
        for widget in (self.ui.pages, self.ui.findings):  # long findings or wide pages never widen the window
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ui.split.setStretchFactor(1, 1)
        self.ui.split.setSizes([240, 760, 340])
        self.ui.sections.currentRowChanged.connect(self.open_page)
        self.ui.sections.setCurrentRow(0)
        self.ui.findings.itemActivated.connect(self._jump)
        self.ui.findings.itemClicked.connect(self._jump)
        self.ui.back.clicked.connect(self.closed)
        self.ui.lock.clicked.connect(self.lock)
        self.ui.addendum.clicked.connect(self.addendum)
        self.ui.handoff.clicked.connect(self.handoff_sheet)
        self.ui.handoff.setShortcut("Ctrl+P")
        self.set_indicator("opening...")
        self.reload()

    # -- pages ----------------------------------------------------------------------------------------

    def open_page(self, index: int) -> Page:
        """Build the page on first use (a report opens without building thirteen pages), then show it."""
        page = self._built[index]
        if page is None:
            page = self._sections[index][1]()
            page.edited.connect(self.save_field)
            page.added.connect(self.add_entry)
            page.voided.connect(self.void_entry)
            page.problem.connect(self.show_problem)
            placeholder = self.ui.pages.widget(index)
            self.ui.pages.insertWidget(index, page)
            if placeholder is not None:
                self.ui.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self._built[index] = page
            if self.report is not None:
                page.show_report(self.report, _call_day(self.report))
                page.set_read_only(self.report.status is Status.LOCKED)
        self.ui.pages.setCurrentIndex(index)
        if self.ui.sections.currentRow() != index:
            self.ui.sections.setCurrentRow(index)
        return page

    def flush(self) -> None:
        """Commit what is typed but not yet committed (a field still focused, a narrative mid-pause)."""
        for page in self.built_pages():
            page.flush()

    @property
    def pages(self) -> list[Page]:
        """Every page, built (for tests and tools that reach into them)."""
        current = self.ui.sections.currentRow()
        built = [self.open_page(i) for i in range(len(self._sections))]
        self.open_page(max(current, 0))
        return built

    def built_pages(self) -> list[Page]:
        return [page for page in self._built if page is not None]

    # -- loading --------------------------------------------------------------------------------------

    def reload(self) -> None:
        rid = self.report_id
        self.runner.run(lambda: self._read(rid), self._show)

    def _read(self, rid: str) -> tuple[Report, list[Finding]]:
        report = self.session.open_report(rid)
        return report, self.validator.validate(report).findings

    def _show(self, loaded: tuple[Report, list[Finding]]) -> None:
        report, findings = loaded
        self.report = report
        day = _call_day(report)
        locked = report.status is Status.LOCKED
        for page in self.built_pages():
            page.show_report(report, day)
        if locked != self._locked_shown:  # setEnabled on every widget of every page only when it changes
            self._locked_shown = locked
            for page in self.built_pages():
                page.set_read_only(locked)
        self.ui.lock.setVisible(not locked)
        self.ui.addendum.setVisible(locked)
        pcr = report.response.pcr_number or "new report"
        state = (
            f"LOCKED {report.lifecycle.locked_at:%Y-%m-%d %H:%M}"
            if locked and report.lifecycle.locked_at
            else "draft"
        )
        self.ui.title.setText(f"PCR {pcr} - {state}")
        self.set_indicator("saved" if not locked else "locked: read-only")
        self.show_findings(findings)

    # -- edits ----------------------------------------------------------------------------------------

    def save_field(self, path: str, value: Any) -> None:
        self.set_indicator("saving...")
        rid = self.report_id
        self.runner.run(
            lambda: self._write(lambda: self.session.save_field(rid, path, value)),
            lambda loaded: self._saved(path, loaded),
            lambda error: self._failed(path, error),
        )

    def add_entry(self, group: str, data: Any) -> None:
        self.set_indicator("saving...")
        rid = self.report_id

        def add() -> Any:
            if group == "cpr_events":  # a code-mode tap also fills the arrest fields it implies
                return self.session.stamp_cpr_event(rid, data)
            return self.session.add_entry(rid, group, data)

        self.runner.run(
            lambda: self._write(add),
            lambda loaded: self._saved(group, loaded),
            lambda error: self._failed(group, error),
        )

    def void_entry(self, path: str, reason: str) -> None:
        """An entry recorded in error, withdrawn before lock: the audit trail keeps it and the reason."""
        self.set_indicator("saving...")
        rid = self.report_id
        self.runner.run(
            lambda: self._write(lambda: self.session.void_entry(rid, path, reason)),
            lambda loaded: self._saved(path, loaded),
            lambda error: self._failed(path, error),
        )

    def _write(self, work: Any) -> tuple[Report, list[Finding]]:
        work()  # durable when it returns
        return self._read(self.report_id)

    def _saved(self, path: str, loaded: tuple[Report, list[Finding]]) -> None:
        for page in self.built_pages():
            page.confirmed(path)
        self._show(loaded)
        self.set_indicator(f"saved {datetime.now():%H:%M:%S}")
        self.saved.emit(path)

    def _failed(self, path: str, error: Exception) -> None:
        for page in self.built_pages():
            page.forget(path)
        message = "; ".join(str(p) for p in error.problems) if isinstance(error, InvalidInput) else str(error)
        self.show_problem(path, message)
        self.set_indicator("NOT saved: see the finding")

    def show_problem(self, path: str, message: str) -> None:
        item = QListWidgetItem(f"NOT SAVED  {path}\n{message}")
        item.setForeground(QColor(COLOURS[Severity.ERROR]))
        item.setData(Qt.ItemDataRole.UserRole, path)
        self.ui.findings.insertItem(0, item)
        for page in self.built_pages():
            binder = getattr(page, "binder", None)
            if binder is not None:
                binder.mark(path, message)

    def set_indicator(self, text: str) -> None:
        self.ui.savedIndicator.setText(text)
        self.ui.savedIndicator.setAccessibleDescription(text)

    # -- findings -------------------------------------------------------------------------------------

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.ui.findings.clear()
        for finding in findings:  # errors first: the engine sorts them
            label = finding.severity.label.upper()
            item = QListWidgetItem(f"{label}  {finding.message}\n{finding.path}  [{finding.rule}]")
            item.setForeground(QColor(COLOURS[finding.severity]))
            item.setData(Qt.ItemDataRole.UserRole, finding.path)
            item.setToolTip(finding.source)
            self.ui.findings.addItem(item)
        self.findings_shown.emit(findings)

    def _jump(self, item: QListWidgetItem) -> None:
        """Open the page of the field the finding names and put the cursor on it."""
        path = item.data(Qt.ItemDataRole.UserRole)
        for index, (title, _) in enumerate(self._sections):
            if _section_of(title, path):
                self.open_page(index).focus_path(path)
                return

    # -- handoff sheet ------------------------------------------------------------------------------

    open_file: Callable[[QUrl], bool] = QDesktopServices.openUrl  # the system PDF viewer prints it

    def handoff_sheet(self) -> None:
        """The one-page bedside sheet from the report as it is now (a draft too), rendered on the worker after
        every pending edit, audited as an export, then opened in the system viewer to print."""
        self.flush()
        rid, session, table = self.report_id, self.session, self.validator.scope
        folder = print_folder(session.db.path.parent)

        def work() -> Path:
            from epcr.exports.pdf import HandoffPdf, snapshot_of
            from epcr.sync.agency import settings

            report = session.export_report(rid, "handoff sheet (print)")
            agency = settings(session.db.path.parent)
            snapshot = snapshot_of(
                report, agency_name=agency.agency_name if agency else "", scope_table=table
            )
            target = folder / f"handoff-{report.response.pcr_number or rid[:8]}.pdf"
            HandoffPdf(snapshot).write(target)
            return target

        self.set_indicator("preparing the handoff sheet...")
        self.runner.run(work, self._handoff_ready, lambda error: self._failed("handoff", error))

    def _handoff_ready(self, target: Path) -> None:
        self.set_indicator(f"handoff sheet ready ({target.name})")
        type(self).open_file(QUrl.fromLocalFile(str(target)))

    # -- lock and addenda -----------------------------------------------------------------------------

    def lock(self) -> None:
        """The lock gate, then the primary caregiver signs and re-enters their PIN; then it is read-only."""
        blocking = [f for f in self.findings if f.blocks_lock and f.rule != "lock.signatures"]
        if blocking:
            QMessageBox.warning(
                self,
                "Cannot lock yet",
                f"{len(blocking)} error(s) to fix first; they are listed in red on the right.",
            )
            return
        dialog = LockDialog(self, self.session.account.name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pin, image, rid = dialog.pin.text(), dialog.pad.png_base64(), self.report_id
        name = self.session.account.name.split()

        def work() -> tuple[Report, list[Finding]]:
            self.session.confirm_pin(pin)  # re-entry of the PIN: it is really them
            if image is not None:
                self.session.add_entry(
                    rid,
                    "signatures",
                    {
                        "signer_type": SignerType.EMS_PRIMARY_CARE_PROVIDER_FOR_THIS_EVENT.value,
                        "reasons": [SignatureReason.TRANSFER_OF_PATIENT_CARE.value],
                        "status": SignatureStatus.SIGNED.value,
                        "signed_at": local_now().isoformat(),
                        "first_name": name[0],
                        "last_name": name[-1],
                        "file_type": "image/png",
                        "image_base64": image,
                    },
                )
            self.session.lock_report(rid)
            return self._read(rid)

        self.runner.run(work, lambda loaded: self._saved("lock", loaded), self._lock_failed)

    def _lock_failed(self, error: Exception) -> None:
        if isinstance(error, LockRefused):
            self.show_findings(error.findings)
        QMessageBox.warning(self, "Not locked", str(error))

    def addendum(self) -> None:
        dialog = AddendumDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, text, rid = dialog.reason.text(), dialog.text.toPlainText(), self.report_id
        self.runner.run(
            lambda: self._write(lambda: self.session.add_addendum(rid, reason, text)),
            lambda loaded: self._saved("addenda", loaded),
            lambda e: self._failed("addendum", e),
        )


class LockDialog(QDialog):
    """Sign and re-enter the PIN: the signature goes on the report (eOther.SignatureGroup) before it locks."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Lock report")
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                f"{name}: sign as the primary caregiver, then enter your PIN. A locked report can "
                "only be amended by an addendum."
            )
        )
        self.pad = SignaturePad()
        form.addRow("Signature", self.pad)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName("PIN")
        form.addRow("PIN", self.pin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign and lock")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


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


def _call_day(report: Report) -> date | None:
    notified = report.times.unit_notified
    return notified.astimezone().date() if isinstance(notified, datetime) else None


SECTION_PARTS = {  # which report parts each section edits (a finding's path opens its section)
    "Incident and times": ("response", "dispatch", "times"),
    "Crew": ("crew",),
    "Patient": ("patient",),
    "Situation and assessment": ("situation", "assessment"),
    "Vital signs": ("vitals",),
    "Cardiac arrest: code mode": ("arrest", "cpr_events"),
    "Airway": ("airway",),
    "Bleeding control": ("__bleeding__",),
    "Procedures": ("procedures",),
    "Medications": ("medications",),
    "Narrative": ("narrative",),
    "Disposition": ("disposition",),
    "Signatures": ("signatures",),
}


def _section_of(title: str, path: str) -> bool:
    if "bleeding_control" in path:
        return title == "Bleeding control"
    return path.split(".")[0].split("[")[0] in SECTION_PARTS.get(title, ())


PRINT_FOLDER = "print"


def print_folder(home: Path) -> Path:
    """Where sheets wait for the printer: inside the data folder, this user only, emptied at logout."""
    folder = home / PRINT_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def clear_print_folder(home: Path) -> None:
    """Patient data does not stay on disk outside the encrypted database longer than the shift's login."""
    shutil.rmtree(home / PRINT_FOLDER, ignore_errors=True)
