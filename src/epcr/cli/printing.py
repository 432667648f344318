"""`epcr export --format pdf|handoff`: one report to a PDF file, or every report the user may see into a
folder, with a progress bar on stderr. Each export is audited (Session.export_report)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from epcr.cli.auth import open_session
from epcr.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, CommandError, home_folder

if TYPE_CHECKING:
    from epcr.domain.summary import ReportSummary
    from epcr.exports.pdf import HandoffPdf, ReportPdf, ReportSnapshot
    from epcr.rules.scope.table import ScopeTable
    from epcr.session import Session

SUFFIX = {"pdf": ".pdf", "handoff": "_handoff.pdf"}


def cmd_export_pdf(args: argparse.Namespace) -> int:
    if args.format == "json":
        raise CommandError("--all: writes PDFs; add --format pdf or --format handoff", EXIT_BAD_INPUT)
    if args.all:
        if args.uuid is not None:
            raise CommandError("export: give either a UUID or --all, not both", EXIT_BAD_INPUT)
        return _export_all(args)
    if args.uuid is None:
        raise CommandError("export: give a report UUID, or --all", EXIT_BAD_INPUT)
    if args.out_dir is not None or args.status or args.since or args.until or args.search:
        raise CommandError("--out-dir, --status, --since, --until, --search go with --all", EXIT_BAD_INPUT)
    if args.output is None:
        raise CommandError(f"--format {args.format}: give the file to write with -o FILE.pdf", EXIT_BAD_INPUT)
    return _export_one(args)


def _export_one(args: argparse.Namespace) -> int:
    from epcr.cli.reports import _report_id
    from epcr.exports.pdf import ExportError
    from epcr.store.errors import ReportNotFound

    report_id = _report_id(args.uuid)
    output: Path = args.output
    _check_target(output)  # before logging in: a bad path is bad input, and nothing is audited or written
    scope = _scope_table(args)
    session = open_session(args)
    try:
        snapshot = _snapshot(session, report_id, f"{args.format} to {output}", scope)
    except ReportNotFound as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    finally:
        session.log_out()
    try:
        pages = _renderer(args.format, snapshot).write(output)
    except ExportError as error:
        raise CommandError(f"output: {error}", EXIT_BAD_INPUT) from None
    print(f"{output}: {pages} page{'s' if pages != 1 else ''}")
    return EXIT_OK


def _export_all(args: argparse.Namespace) -> int:
    from epcr.domain.report import Status
    from epcr.exports.pdf import ExportError

    folder: Path | None = args.out_dir
    if folder is None:
        raise CommandError("--all: give the folder to write into with --out-dir DIR", EXIT_BAD_INPUT)
    if not folder.is_dir():
        raise CommandError(f"--out-dir: {folder} is not an existing folder", EXIT_BAD_INPUT)
    since, until = _day(args.since, "--since"), _day(args.until, "--until")
    scope = _scope_table(args)
    session = open_session(args)
    written = 0
    try:
        found = session.list_reports(Status(args.status) if args.status else None, args.search)
        chosen = [s for s in found if _within(s, since, until)]
        names: set[str] = set()
        bar = Progress(len(chosen), sys.stderr)
        for summary in chosen:
            target = folder / _file_name(summary, args.format, names)
            snapshot = _snapshot(session, summary.uuid, f"{args.format} to {target}", scope)
            try:
                _renderer(args.format, snapshot).write(target)
            except ExportError as error:
                bar.done()
                raise CommandError(
                    f"output: {error} ({written} file(s) written before it)", EXIT_BAD_INPUT
                ) from None
            written += 1
            bar.step(target.name)
        bar.done()
    finally:
        session.log_out()
    print(f"{written} file{'s' if written != 1 else ''} written to {folder}")
    return EXIT_OK


def _snapshot(session: Session, report_id: str, what: str, scope: ScopeTable) -> ReportSnapshot:
    from epcr.exports.pdf import snapshot_of

    report = session.export_report(report_id, what)  # audited, and refused if the user may not see it
    audit = session.db.audit_trail(report_id)
    return snapshot_of(report, audit=audit, scope_table=scope)


def _renderer(fmt: str, snapshot: ReportSnapshot) -> ReportPdf | HandoffPdf:
    from epcr.exports.pdf import HandoffPdf, ReportPdf

    return HandoffPdf(snapshot) if fmt == "handoff" else ReportPdf(snapshot)


def _scope_table(args: argparse.Namespace) -> ScopeTable:
    from epcr.rules.scope.library import active_scope

    scope = active_scope(home_folder(args))
    for problem in scope.problems:
        print(f"epcr: scope table: {problem}", file=sys.stderr)
    return scope.table


def _check_target(output: Path) -> None:
    if output.is_dir():
        raise CommandError(
            f"output: {output} is a folder; give a file name such as report.pdf", EXIT_BAD_INPUT
        )
    if not output.parent.is_dir():
        raise CommandError(
            f"output: cannot write {output}: the folder {output.parent} does not exist", EXIT_BAD_INPUT
        )


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option}: {text!r} is not a date like 2026-11-01", EXIT_BAD_INPUT) from None


def _call_day(summary: ReportSummary) -> date:
    if summary.incident_at:  # eTimes.03 as documented, in the call's own time zone
        try:
            return datetime.fromisoformat(summary.incident_at).date()
        except ValueError:
            pass
    return summary.created_at.date()


def _within(summary: ReportSummary, since: date | None, until: date | None) -> bool:
    day = _call_day(summary)
    return (since is None or day >= since) and (until is None or day <= until)


def _file_name(summary: ReportSummary, fmt: str, taken: set[str]) -> str:
    """<incident date>_<PCR number or first 8 of the UUID>.pdf, safe on every file system."""
    label = re.sub(r"[^A-Za-z0-9._-]+", "-", summary.pcr_number or "").strip("-.") or summary.uuid[:8]
    name = f"{_call_day(summary).isoformat()}_{label}{SUFFIX[fmt]}"
    if name in taken:  # two reports with the same PCR number on the same day: keep both
        name = f"{_call_day(summary).isoformat()}_{label}_{summary.uuid[:8]}{SUFFIX[fmt]}"
    taken.add(name)
    return name


class Progress:
    """A text progress bar: redrawn in place on a terminal, one line per tenth when piped to a log."""

    WIDTH = 30

    def __init__(self, total: int, out: TextIO) -> None:
        self.total, self.out, self.count = total, out, 0
        self.live = out.isatty()
        self.last_tenth = -1

    def step(self, name: str) -> None:
        self.count += 1
        filled = self.WIDTH * self.count // max(self.total, 1)
        line = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.count}/{self.total} {name}"
        if self.live:
            self.out.write("\r" + line[:100].ljust(100))
            self.out.flush()
            return
        tenth = 10 * self.count // max(self.total, 1)
        if tenth != self.last_tenth:
            self.last_tenth = tenth
            self.out.write(line + "\n")

    def done(self) -> None:
        if self.live and self.count:
            self.out.write("\n")
        self.out.flush()


__all__ = ["Progress", "cmd_export_pdf"]
