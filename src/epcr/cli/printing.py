"""`epcr export --format pdf|handoff`: one report to a PDF file, or every report the user may see into a
folder, with a progress bar on stderr. Each export is audited (Session.export_report)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from epcr.cli.auth import open_session
from epcr.cli.batch import (
    Progress,
    call_dates,
    check_target,
    chosen_reports,
    file_name,
    out_folder,
    wants_all,
)
from epcr.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, CommandError, home_folder

if TYPE_CHECKING:
    from epcr.exports.pdf import HandoffPdf, ReportPdf, ReportSnapshot
    from epcr.rules.scope.table import ScopeTable
    from epcr.session import Session

SUFFIX = {"pdf": ".pdf", "handoff": "_handoff.pdf"}


def cmd_export_pdf(args: argparse.Namespace) -> int:
    if args.format == "json":
        raise CommandError("--all: writes PDFs; add --format pdf or --format handoff", EXIT_BAD_INPUT)
    return _export_all(args) if wants_all(args, "FILE.pdf") else _export_one(args)


def _export_one(args: argparse.Namespace) -> int:
    from epcr.cli.reports import _report_id
    from epcr.exports.pdf import ExportError
    from epcr.store.errors import ReportNotFound

    report_id = _report_id(args.uuid)
    output: Path = args.output
    check_target(output)  # before logging in: a bad path is bad input, and nothing is audited or written
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
    from epcr.exports.pdf import ExportError

    folder, within = out_folder(args), call_dates(args)
    scope = _scope_table(args)
    session = open_session(args)
    written = 0
    try:
        chosen = chosen_reports(session, args, within)
        names: set[str] = set()
        bar = Progress(len(chosen), sys.stderr)
        for summary in chosen:
            target = folder / file_name(summary, SUFFIX[args.format], names)
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
    # The device's rules judge it: the agency's scope table (`scope`, its problems printed) and its clinical
    # and drug tables, as the lock gate does.
    return snapshot_of(report, audit=audit, validator=session.db.validator)


def _renderer(fmt: str, snapshot: ReportSnapshot) -> ReportPdf | HandoffPdf:
    from epcr.exports.pdf import HandoffPdf, ReportPdf

    return HandoffPdf(snapshot) if fmt == "handoff" else ReportPdf(snapshot)


def _scope_table(args: argparse.Namespace) -> ScopeTable:
    from epcr.rules.scope.library import active_scope

    scope = active_scope(home_folder(args))
    for problem in scope.problems:
        print(f"epcr: scope table: {problem}", file=sys.stderr)
    return scope.table


__all__ = ["cmd_export_pdf"]
