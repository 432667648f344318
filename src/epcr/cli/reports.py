"""Report commands: list, import, export, validate, demo, schema, rules."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from epcr.cli.auth import device, open_session
from epcr.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_REFUSED,
    CommandError,
    database_path,
    export_json,
    home_folder,
    read_report_file,
    write_or_print,
)

if TYPE_CHECKING:
    from epcr.rules.findings import Finding


def has_screen() -> bool:
    """Linux and the BSDs need an X11 or Wayland display; Windows and macOS always have a screen."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_app(args: argparse.Namespace) -> int:
    """`epcr` alone: the desktop app; on a machine without a screen, log in here and list the reports."""
    if has_screen() and not args.text:
        from epcr.ui.app import main as desktop

        return desktop(database_path(args), night=args.night)
    why = "text mode (--text)" if args.text else "no screen here (DISPLAY is not set)"
    print(f"epcr: {why}; after login, here is your report list (epcr --help lists the commands).")
    return cmd_list(argparse.Namespace(**vars(args), status=None, search=None, json=False))


def cmd_list(args: argparse.Namespace) -> int:
    from epcr.domain.report import Status

    session = open_session(args)
    try:
        summaries = session.list_reports(Status(args.status) if args.status else None, args.search)
        origins = session.report_origins()  # an imported report's authors are its source's, not this crew's
    finally:
        session.log_out()
    if args.json:
        for s in summaries:
            print(
                json.dumps(
                    {
                        "uuid": s.uuid,
                        "status": s.status.value,
                        "pcr_number": s.pcr_number,
                        "incident_at": s.incident_at,
                        "unit": s.unit,
                        "patient": s.patient_name,
                        "chief_complaint": s.chief_complaint,
                        "imported_from": origins[s.uuid].file_name if s.uuid in origins else None,
                        "imported_by": origins[s.uuid].imported_by if s.uuid in origins else None,
                    },
                    ensure_ascii=False,
                )
            )
        return EXIT_OK
    if not summaries:
        print(f"no reports for {session.who} in {database_path(args)}")
        return EXIT_OK
    print(f"{'UUID':36}  {'STATUS':6}  {'PCR':12}  {'INCIDENT':16}  {'UNIT':10}  {'PATIENT':22}  COMPLAINT")
    for s in summaries:
        when = (s.incident_at or "")[:16].replace("T", " ")
        print(
            f"{s.uuid:36}  {s.status.value:6}  {s.pcr_number or '':12.12}  {when:16}  {s.unit or '':10.10}  "
            f"{s.patient_name or '':22.22}  {s.chief_complaint or ''}"
            + (f"  ({origins[s.uuid]})" if s.uuid in origins else "")
        )
    print(f"{len(summaries)} report(s)")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from epcr.domain.errors import InvalidInput
    from epcr.store.errors import DuplicateReport
    from epcr.store.sources import JSON_FORMAT, Source

    status = EXIT_OK
    session = open_session(args)
    try:
        for path in args.files:
            if path.suffix.lower() == ".xml":  # a NEMSIS EMSDataSet
                from epcr.cli.nemsis import import_xml

                status = import_xml(session, path) or status
                continue
            try:
                reports = read_report_file(path)
                # Each report keeps where it came from: its authors stay the file's, marked as imported.
                sources = {
                    r.uuid: Source(JSON_FORMAT, path.name, export_json(r).encode(), ()) for r in reports
                }
                uuids = session.import_reports(reports, sources, entered=True)  # JSON: what a person wrote
            except InvalidInput as error:
                status = EXIT_BAD_INPUT
                print(f"epcr: {path}: refused, nothing imported from it:", file=sys.stderr)
                for problem in error.problems:
                    print(f"  {problem}", file=sys.stderr)
                continue
            except DuplicateReport as error:
                status = EXIT_BAD_INPUT
                print(f"epcr: {path}: refused, nothing imported from it: {error}", file=sys.stderr)
                continue
            for uuid in uuids:
                print(uuid)
    finally:
        session.log_out()
    return status


def _report_id(text: str) -> str:
    from uuid import UUID

    try:
        return str(UUID(text))
    except ValueError:
        raise CommandError(f"uuid: {text!r} is not a UUID (like 3f2b8c1e-...)", EXIT_BAD_INPUT) from None


def cmd_export(args: argparse.Namespace) -> int:
    from epcr.store.errors import ReportNotFound

    if args.format == "nemsis":
        from epcr.cli.nemsis import cmd_export_nemsis

        return cmd_export_nemsis(args)
    if args.format == "source":
        from epcr.cli.nemsis import cmd_export_source

        return cmd_export_source(args)
    if args.all or args.format != "json":
        from epcr.cli.printing import cmd_export_pdf

        return cmd_export_pdf(args)
    if args.uuid is None:
        raise CommandError("export: give a report UUID, or --all with --format pdf", EXIT_BAD_INPUT)
    report_id = _report_id(args.uuid)
    session = open_session(args)
    try:
        report = session.export_report(report_id, f"{args.format} to {args.output or 'stdout'}")
    except ReportNotFound as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    finally:
        session.log_out()
    write_or_print(export_json(report), args.output)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from epcr.domain.report import Report

    print(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """A demo device: set up with the demo roster the first time, then demo reports (idempotent)."""
    from epcr.demo import DemoNotLoaded, NotADemoDatabase, demo_accounts, load_demo

    if not 1 <= args.count <= 10_000:
        raise CommandError(f"--count: must be between 1 and 10000; got {args.count}", EXIT_BAD_INPUT)
    place = device(args)
    try:
        if place.is_set_up():
            session = open_session(args)
            try:
                loaded = load_demo(place, args.count, session)
            finally:
                session.log_out()
        else:
            loaded = load_demo(place, args.count)
    except (NotADemoDatabase, DemoNotLoaded) as error:
        raise CommandError(f"demo: {error}", EXIT_REFUSED) from None
    print(
        f"demo database {database_path(args)}: {loaded.added} report(s) added, {loaded.total} in all "
        f"({loaded.locked} locked)"
    )
    recovery = loaded.recovery_key
    if recovery is not None:
        print("\ndemo accounts (log in with --user ID; the PIN is asked, or taken from EPCR_PIN):")
        for account, pin in demo_accounts():
            level = account.level.value if account.level else ""
            print(f"  {account.id:8} PIN {pin:10} {account.role.value:6} {level:17} {account.name}")
        print(f"\nrecovery key (shown once; it opens this database if every PIN is lost):\n  {recovery}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Exit 0: no error; 1: errors found; 2: the input cannot be read."""
    from epcr.domain.errors import InvalidInput
    from epcr.rules.agency import agency_rules
    from epcr.store.errors import ReportNotFound

    target = Path(args.target)
    if target.exists() or target.suffix == ".json":  # a file needs no database and no login
        try:
            reports = read_report_file(target)
        except InvalidInput as error:
            lines = "\n".join(f"  {p}" for p in error.problems)
            raise CommandError(f"{target}: cannot be read:\n{lines}", EXIT_BAD_INPUT) from None
    else:
        report_id = _report_id(args.target) if _looks_like_uuid(args.target) else None
        if report_id is None:
            raise CommandError(f"{args.target}: no such file, and not a report UUID", EXIT_BAD_INPUT)
        session = open_session(args)
        try:
            reports = [session.open_report(report_id)]
        except ReportNotFound as error:
            raise CommandError(str(error), EXIT_BAD_INPUT) from None
        finally:
            session.log_out()
    rules = agency_rules(home_folder(args))
    for problem in rules.problems:
        print(f"epcr: {problem}", file=sys.stderr)
    validator = rules.validator
    results = [(report, validator.validate(report).findings) for report in reports]
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "uuid": str(r.uuid),
                        "pcr_number": r.response.pcr_number,
                        "findings": [f.as_json() for f in found],
                    }
                    for r, found in results
                ],
                indent=2,
            )
        )
    else:
        for report, found in results:
            print(f"{report.uuid}  PCR {report.response.pcr_number or '-'}: {_count(found)}")
            for f in found:
                print(
                    f"  {f.severity.label.upper():7} {f.rule:28} {f.path}\n"
                    f"          {f.message}  [{f.source}]"
                )
    return EXIT_REFUSED if any(f.blocks_lock for _, found in results for f in found) else EXIT_OK


def _looks_like_uuid(text: str) -> bool:
    return len(text) == 36 and text.count("-") == 4


def _count(findings: list[Finding]) -> str:
    from epcr.rules.findings import Severity

    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    return ", ".join(f"{n} {s.label}{'s' if n != 1 else ''}" for s, n in counts.items())


def cmd_rules(args: argparse.Namespace) -> int:
    from epcr.rules import checks  # noqa: F401  (registers the rules)
    from epcr.rules.clinical import describe, load_clinical, rule_details
    from epcr.rules.registry import RULES

    clinical = load_clinical(home_folder(args))  # the shipped tables and the agency's changes, if any
    for problem in clinical.problems:
        print(f"epcr: clinical tables: {problem}", file=sys.stderr)
    details = rule_details(clinical.latest)  # each rule's age bands and thresholds, with their sources
    print(f"{'RULE':30} {'SEVERITY':8} {'STAGE':5} {'SINCE':10}  TITLE  [SOURCE]")
    for rule in sorted(RULES, key=lambda r: (r.id, r.since)):
        print(
            f"{rule.id:30} {rule.severity.label:8} {rule.stage.value:5} {rule.since.isoformat():10}  "
            f"{rule.title}  [{rule.source_text}]"
        )
        for line in details.get(rule.id, []):
            print(f"{'':32}{line}")
    print()
    for line in describe(clinical):
        print(line)
    return EXIT_OK


__all__ = [
    "cmd_app",
    "cmd_demo",
    "cmd_export",
    "cmd_import",
    "cmd_list",
    "cmd_rules",
    "cmd_schema",
    "cmd_validate",
]
