"""`epcr export --format nemsis` and `epcr import FILE.xml`: NEMSIS v3.5.1 EMSDataSet files.

Export: one report to -o FILE.xml, or with --all one file per report into --out-dir, each its own
EMSDataSet, checked against the XSD and the national Schematron before it is written (refused files are
not written; the reasons name the element). Import: all or nothing per file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

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
    from epcr.domain.report import Report
    from epcr.session import Session


def cmd_export_nemsis(args: argparse.Namespace) -> int:
    return _export_all(args) if wants_all(args, "FILE.xml") else _export_one(args)


def _export_one(args: argparse.Namespace) -> int:
    from epcr.cli.reports import _report_id
    from epcr.store.errors import ReportNotFound

    report_id = _report_id(args.uuid)
    output: Path = args.output
    check_target(output)
    session = open_session(args)
    try:
        try:
            report = session.export_report(report_id, f"nemsis to {output}")
        except ReportNotFound as error:
            raise CommandError(str(error), EXIT_REFUSED) from None
        size = _write(session, report, output, args)
    finally:
        session.log_out()
    print(f"{output}: NEMSIS v3.5.1 EMSDataSet, 1 report, {size:,} bytes")
    return EXIT_OK


def _export_all(args: argparse.Namespace) -> int:

    folder, within = out_folder(args), call_dates(args)
    session = open_session(args)
    written, refused = 0, 0
    try:
        chosen = chosen_reports(session, args, within)
        names: set[str] = set()
        bar = Progress(len(chosen), sys.stderr)
        for summary in chosen:
            target = folder / file_name(summary, ".xml", names)
            report = session.export_report(summary.uuid, f"nemsis to {target}")
            try:
                _write(session, report, target, args)
                written += 1
            except CommandError as error:  # one refused report does not stop the others
                if error.status != EXIT_REFUSED:
                    bar.done()
                    raise
                refused += 1
                print(f"\nepcr: {summary.uuid}: {error}", file=sys.stderr)
            bar.step(target.name)
        bar.done()
    finally:
        session.log_out()
    print(f"{written} NEMSIS file{'s' if written != 1 else ''} written to {folder}; {refused} refused")
    return EXIT_REFUSED if refused else EXIT_OK


def _write(session: Session, report: Report, target: Path, args: argparse.Namespace) -> int:
    from epcr.exports.errors import ExportError
    from epcr.exports.nemsis.errors import ExportRefused
    from epcr.exports.nemsis.export import Header, full_check, to_xml, write_xml

    try:
        header = Header.from_reports([report], state=args.agency_state, state_agency_id=args.state_agency_id)
    except ExportRefused as error:
        # Still look at the report, so one refusal lists everything to fix.
        problems = [*error.problems, "(give --agency-state CODE, e.g. 08 for Colorado)"]
        try:
            to_xml([report], Header("-", "-", "00"), validate=None)
        except ExportRefused as more:
            problems += more.problems
        raise CommandError(str(ExportRefused(problems)), EXIT_REFUSED) from None
    attachments: dict[UUID, bytes] = {}
    if args.attach_pdf:
        attachments[report.uuid] = _pdf(session, report)
    try:
        return write_xml([report], target, header, attachments, validate=full_check)
    except ExportRefused as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    except ExportError as error:
        raise CommandError(f"output: {error}", EXIT_BAD_INPUT) from None


def _pdf(session: Session, report: Report) -> bytes:
    from epcr.exports.pdf import ReportPdf, snapshot_of

    return ReportPdf(snapshot_of(report, audit=session.db.audit_trail(str(report.uuid)))).render()


def import_xml(session: Session, path: Path) -> int:
    """Import one NEMSIS file whole; print the new reports' UUIDs and what the model could not hold."""
    from epcr.cli.limits import read_import_file
    from epcr.domain.errors import InvalidInput
    from epcr.exports.nemsis.errors import ImportRefused
    from epcr.exports.nemsis.reading import read
    from epcr.store.errors import DuplicateReport
    from epcr.store.sources import Source

    try:
        data = read_import_file(path)  # refused before it is read whole if over the size limit
    except InvalidInput as error:
        print(f"epcr: {path}: refused, nothing imported from it: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = read(data, created_by=session.who)
        sources = {
            report.uuid: Source(
                SOURCE_FORMAT, path.name, result.documents[report.uuid], tuple(result.not_kept(report.uuid))
            )
            for report in result.reports
        }
        uuids = session.import_reports(result.reports, sources)
    except ImportRefused as error:
        print(f"epcr: {path}: refused, nothing imported from it:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DuplicateReport as error:
        print(f"epcr: {path}: refused, nothing imported from it: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for uuid in uuids:
        print(uuid)
    if result.not_modelled:
        print(
            f"epcr: {path}: {len(result.not_modelled)} element(s) not kept (no place in a report):",
            file=sys.stderr,
        )
        for line in result.not_modelled:
            print(f"  {line}", file=sys.stderr)
        print(
            "  (each report keeps the file it came from, whole: epcr export UUID --format source)",
            file=sys.stderr,
        )
    return EXIT_OK


SOURCE_FORMAT = "nemsis-3.5.1"


def cmd_export_source(args: argparse.Namespace) -> int:
    """The document an imported report came from, as it arrived (what the report could not hold is there)."""
    from epcr.cli.reports import _report_id

    if args.all or args.uuid is None:
        raise CommandError("export --format source: give one report UUID (not --all)", EXIT_BAD_INPUT)
    if args.output is None:
        raise CommandError("-o: give the file to write, e.g. -o original.xml", EXIT_BAD_INPUT)
    report_id = _report_id(args.uuid)
    session = open_session(args)
    try:
        source = session.report_source(report_id, f"source to {args.output}")
    finally:
        session.log_out()
    if source is None:
        raise CommandError(
            f"{report_id}: made on this device, not imported: it has no source file", EXIT_REFUSED
        )
    from epcr.exports.errors import ExportError
    from epcr.exports.files import write_atomically

    try:
        write_atomically(source.document, args.output)
    except ExportError as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    when = f"{source.imported_at:%Y-%m-%d %H:%M}" if source.imported_at else "earlier"
    print(f"{args.output}: {source.format} from {source.file_name}, imported {when} by {source.imported_by}")
    return EXIT_OK


__all__ = ["cmd_export_nemsis", "import_xml"]
