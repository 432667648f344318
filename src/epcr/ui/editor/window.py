"""The report editor: section pages, the live findings panel, the "saved" indicator, lock and addenda.
Every edit goes to the database worker at once (no Save button); findings come back from it."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QListView,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from epcr.domain.code_mode import reads as arrest_reads
from epcr.domain.errors import InvalidInput
from epcr.domain.nemsis.codes import SignatureReason, SignatureStatus, SignerType
from epcr.domain.report import Report, Status
from epcr.exports.files import print_folder
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity, Stage
from epcr.session import Session
from epcr.store.errors import LockRefused
from epcr.ui import theme
from epcr.ui.binding import local_now
from epcr.ui.editor.clock import next_time
from epcr.ui.editor.dialogs import AddendumDialog, LockDialog
from epcr.ui.editor.page import Page
from epcr.ui.editor.sections import sections
from epcr.ui.fit import fit_width
from epcr.ui.forms.ui_editor import Ui_ReportEditor
from epcr.ui.runner import Runner

COLOURS = {Severity.ERROR: theme.INVALID, Severity.WARNING: theme.WARNING, Severity.INFO: "#4a6fa5"}


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
        self._finished = False  # left (list, log out, close): edits are no longer taken
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
            self.ui.sections.addItem(title)  # a long title wraps at large text sizes (no fixed row height)
        for listing in (self.ui.sections, self.ui.findings):  # wrap, never scroll sideways
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._stacked: dict[int, QWidget] = {}  # section index -> its page in the stack, once built
        for widget in (self.ui.pages, self.ui.findings):  # long findings or wide pages never widen the window
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ui.split.setStretchFactor(1, 1)
        self.ui.split.setSizes([200, 860, 300])
        theme.colour_roles(self)
        self.ui.sections.currentRowChanged.connect(self.open_page)
        self.ui.sections.setCurrentRow(0)
        self.ui.findings.itemActivated.connect(self._jump)
        self.ui.findings.itemClicked.connect(self._jump)
        self.ui.back.clicked.connect(self.closed)
        self.ui.lock.clicked.connect(self.lock)
        self.stamp = QPushButton()  # the next time of the call, from any page
        self.stamp.setObjectName("nextTime")
        self.stamp.setVisible(False)
        self.stamp.clicked.connect(self.stamp_next_time)
        self.ui.header.insertWidget(self.ui.header.indexOf(self.ui.savedIndicator), self.stamp)
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
            page.edited_together.connect(self.save_fields)
            page.added.connect(self.add_entry)
            page.voided.connect(self.void_entry)
            page.problem.connect(self.show_problem)
            self._stacked[index] = fit_width(page)
            self.ui.pages.addWidget(self._stacked[index])  # stacked as built: a report opens with one page
            self._built[index] = page
            if self.report is not None:
                page.show_report(self.report, _call_day(self.report))
                page.set_read_only(self.report.status is Status.LOCKED)
        self.ui.pages.setCurrentWidget(self._stacked[index])
        if self.ui.sections.currentRow() != index:
            self.ui.sections.setCurrentRow(index)
        return page

    def finish(self) -> None:
        """Leaving the report (back to the list, log out, closing the app): commit what is typed, then take
        no more edits, so a field losing focus as the window goes cannot save after the session ended."""
        self.flush()
        self._finished = True

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
        following = None if locked else next_time(report)
        self.stamp.setVisible(following is not None)
        self.stamp.setEnabled(True)
        if following is not None:
            self.stamp.setText(f"{following[1]}: Now")
            self.stamp.setAccessibleName(f"Stamp {following[1]} now")
            self.stamp.setProperty("stamps", following[0])
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
        if self._finished:  # the report was left: nothing more is written from this editor
            return
        self.set_indicator("saving...")
        rid = self.report_id
        # An edit the eArrest fields are derived from is saved with their re-derivation (code mode).
        save = self.session.save_arrest_field if arrest_reads(path) else self.session.save_field
        self.runner.run(
            lambda: self._write(lambda: save(rid, path, value)),
            lambda loaded: self._saved(path, loaded),
            lambda error: self._failed(path, error),
        )

    def save_fields(self, fields: dict[str, Any]) -> None:
        """Several fields one pick decides (a destination, a unit): all saved in one transaction, or none."""
        if self._finished or not fields:
            return
        self.set_indicator("saving...")
        rid, paths = self.report_id, list(fields)
        self.runner.run(
            lambda: self._write(lambda: self.session.save_fields(rid, fields)),
            lambda loaded: self._saved_all(paths, loaded),
            lambda error: self._failed_all(paths, error),
        )

    def _saved_all(self, paths: list[str], loaded: tuple[Report, list[Finding]]) -> None:
        for path in paths[:-1]:
            for page in self.built_pages():
                page.confirmed(path)
        self._saved(paths[-1], loaded)

    def _failed_all(self, paths: list[str], error: Exception) -> None:
        for path in paths[:-1]:
            for page in self.built_pages():
                page.forget(path)
        self._failed(paths[-1], error)
        self.reload()  # nothing of the pick was written: the other fields show what is stored again

    def stamp_next_time(self) -> None:
        """This moment, to the second, into the next time of the call the header names."""
        path = self.stamp.property("stamps")
        if isinstance(path, str):
            self.stamp.setEnabled(False)  # a double tap stamps once: the next time is named by the echo
            self.save_field(path, local_now().isoformat())

    def add_entry(self, group: str, data: Any) -> None:
        if self._finished:  # the report was left: nothing more is written from this editor
            return
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
        if self._finished:
            return
        self.set_indicator("saving...")
        rid = self.report_id
        void = self.session.void_cpr_event if path.startswith("cpr_events") else self.session.void_entry
        self.runner.run(
            lambda: self._write(lambda: void(rid, path, reason)),
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
        """Problems with what was entered first (they name the field and show on it); then what is still
        missing before lock, as a checklist: a report just opened is a to-do list, not a wall of errors."""
        self.findings = findings
        listing = self.ui.findings
        listing.clear()
        entered = [f for f in findings if f.stage is Stage.ENTRY]
        todo = [f for f in findings if f.stage is Stage.LOCK and f.path not in ASKED_AT_LOCK]
        for finding in entered:  # errors first: the engine sorts them
            label = finding.severity.label.upper()
            item = QListWidgetItem(f"{label}  {finding.message}\n{finding.path}")
            item.setForeground(QColor(COLOURS[finding.severity]))
            item.setData(Qt.ItemDataRole.UserRole, finding.path)
            item.setToolTip(f"{finding.source} [{finding.rule}]")
            listing.addItem(item)
        blocking = sum(1 for f in todo if f.blocks_lock)
        heading = QListWidgetItem(f"Before lock: {blocking} left" if blocking else "Ready to lock")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        heading.setData(Qt.ItemDataRole.AccessibleTextRole, heading.text())
        listing.addItem(heading)
        for finding in todo:
            optional = "" if finding.blocks_lock else " (recommended)"
            item = QListWidgetItem(f"\u2610  {finding.message}{optional}")
            item.setData(Qt.ItemDataRole.UserRole, finding.path)
            item.setToolTip(f"{finding.path}: {finding.source} [{finding.rule}]")
            listing.addItem(item)
        self.ui.lock.setText(f"Lock report ({blocking} left)" if blocking else "Lock report")
        self._flag_fields(entered)
        self.findings_shown.emit(findings)

    def _flag_fields(self, entered: list[Finding]) -> None:
        """An entry finding shows on its field too: a coloured frame and the message as its tooltip."""
        flags = {f.path: f for f in reversed(entered)}  # the most severe wins (errors are listed first)
        for page in self.built_pages():
            binder = getattr(page, "binder", None)
            if binder is not None:
                binder.flag({p: (f.severity.label, f.message) for p, f in flags.items()})

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
        rid, session, validator = self.report_id, self.session, self.validator
        folder = print_folder(session.db.path.parent)

        def work() -> Path:
            from epcr.exports.pdf import HandoffPdf, snapshot_of
            from epcr.sync.agency import settings

            report = session.export_report(rid, "handoff sheet (print)")
            agency = settings(session.db.path.parent)
            snapshot = snapshot_of(
                report, agency_name=agency.agency_name if agency else "", validator=validator
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
        """Whatever is typed and not yet committed is saved first; the check runs on the findings after it."""
        self.flush()
        self.runner.run(lambda: None, lambda _: self._lock_checked())  # FIFO: after the flushed saves' echoes

    def _lock_checked(self) -> None:
        """The lock gate, then the primary caregiver signs and re-enters their PIN; then it is read-only."""
        blocking = [
            f
            for f in self.findings
            if f.blocks_lock and f.rule != "lock.signatures" and f.path not in ASKED_AT_LOCK
        ]
        if blocking:
            QMessageBox.warning(
                self,
                "Cannot lock yet",
                f"{len(blocking)} item(s) left before lock; they are listed on the right. "
                "Taking you to the first one.",
            )
            for row in range(self.ui.findings.count()):
                item = self.ui.findings.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == blocking[0].path:
                    self._jump(item)
                    break
            return
        in_service = self.report.times.back_in_service if self.report is not None else None
        notified = self.report.times.unit_notified if self.report is not None else None
        started = notified if isinstance(notified, datetime) else None
        dialog = LockDialog(self, self.session.account.name, in_service, _call_day(self.report), started)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pin, image, rid = dialog.pin.text(), dialog.pad.png_base64(), self.report_id
        back_in_service = dialog.back_in_service
        name = self.session.account.name.split()

        def work() -> tuple[Report, list[Finding]]:
            self.session.confirm_pin(pin)  # re-entry of the PIN: it is really them
            if back_in_service is not None:  # eTimes.13: tapped in the lock dialog, when it happened
                self.session.save_field(rid, "times.back_in_service", back_in_service.isoformat())
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


ASKED_AT_LOCK = frozenset({"times.back_in_service"})  # the lock dialog asks for these, when they happen


def _call_day(report: Report | None) -> date | None:
    if report is None:
        return None
    notified = report.times.unit_notified
    return notified.astimezone().date() if isinstance(notified, datetime) else None


SECTION_PARTS = {  # what each section edits, as path prefixes (a finding's path opens its section)
    "Incident and times": ("response", "dispatch", "times"),
    "Crew": ("crew",),
    "Patient": ("patient",),
    "Scene": ("scene",),
    "Situation and assessment": ("situation", "assessment"),
    "History": ("assessment.sample",),
    "Physical exam": ("assessment.exam_findings",),
    "Injury": ("injury",),
    "Vital signs": ("vitals",),
    "Cardiac arrest: code mode": ("arrest", "cpr_events"),
    "Airway": ("airway",),
    "Bleeding control": ("__bleeding__",),
    "Procedures": ("procedures",),
    "Medications": ("medications",),
    "Protocols": ("protocols",),
    "Narrative": ("narrative",),
    "Disposition": ("disposition",),
    "Delays and mileage": (
        *(f"response.{kind}_delays" for kind in ("dispatch", "response", "scene", "transport", "turnaround")),
        "response.response_mode_descriptors",
        "dispatch.emd_performed",
        *(f"response.odometer_{at}" for at in ("begin", "on_scene", "destination", "end")),
    ),
    "Billing": ("payment",),
    "Signatures": ("signatures",),
}


def _section_of(title: str, path: str) -> bool:
    """The section whose prefix names the most of the path (assessment.sample.* is History, not Situation)."""
    if "bleeding_control" in path:
        return title == "Bleeding control"
    bare = ".".join(segment.split("[")[0] for segment in path.split("."))

    def reach(prefixes: tuple[str, ...]) -> int:
        return max((len(p) for p in prefixes if bare == p or bare.startswith(p + ".")), default=0)

    best = max(SECTION_PARTS.values(), key=reach)
    return reach(best) > 0 and SECTION_PARTS.get(title) == best
