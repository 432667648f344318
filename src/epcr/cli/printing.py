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
from epcr.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, CommandError

if TYPE_CHECKING:
    from epcr.exports.pdf import HandoffPdf, ReportPdf, ReportSnapshot
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
    session = open_session(args)
    try:
        _say_rule_problems(session)
        snapshot = _snapshot(session, report_id, f"{args.format} to {output}")
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
    session = open_session(args)
    written = 0
    try:
        _say_rule_problems(session)
        chosen = chosen_reports(session, args, within)
        names: set[str] = set()
        bar = Progress(len(chosen), sys.stderr)
        for summary in chosen:
            target = folder / file_name(summary, SUFFIX[args.format], names)
            snapshot = _snapshot(session, summary.uuid, f"{args.format} to {target}")
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


def _snapshot(session: Session, report_id: str, what: str) -> ReportSnapshot:
    from epcr.exports.pdf import snapshot_of

    report = session.export_report(report_id, what)  # audited, and refused if the user may not see it
    audit = session.db.audit_trail(report_id)
    # The device's rules judge it, as the lock gate does: the agency's scope, clinical and drug tables.
    return snapshot_of(report, audit=audit, validator=session.db.validator)


def _renderer(fmt: str, snapshot: ReportSnapshot) -> ReportPdf | HandoffPdf:
    from epcr.exports.pdf import HandoffPdf, ReportPdf

    return HandoffPdf(snapshot) if fmt == "handoff" else ReportPdf(snapshot)


def _say_rule_problems(session: Session) -> None:
    """An agency file the device's rules refused (and what is used instead), said once per command."""
    session.db.validator  # noqa: B018  built here, once: its problems are known from now on
    for problem in session.db.scope_problems:
        print(f"epcr: {problem}", file=sys.stderr)


__all__ = ["cmd_export_pdf"]
