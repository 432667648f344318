"""The `epcr` command: the app, and the tools admins, QA and scripts use on a device database.

Exit status: 0 done; 1 not found or refused by the record's state; 2 bad input (nothing written).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from epcr.domain.report import Report
    from epcr.rules.findings import Finding
    from epcr.rules.scope import ScopeTable
    from epcr.store.database import Database

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2
DB_FILE = "epcr.sqlite3"


class CommandError(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def default_home() -> Path:
    """EPCR_HOME, else the platform's per-user data folder (XDG on Linux)."""
    if home := os.environ.get("EPCR_HOME"):
        return Path(home)
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home()) / "epcr"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "epcr"
    # An empty XDG_DATA_HOME counts as unset (XDG Base Directory spec).
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "epcr"


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_home() / DB_FILE


def open_database(args: argparse.Namespace) -> Database:
    from epcr.store.database import Database

    return Database(database_path(args))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="epcr",
        description="Offline-first electronic patient care report (NEMSIS v3.5.1).",
        epilog="The database is --db PATH, else $EPCR_HOME/epcr.sqlite3, else the per-user data folder.",
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: $EPCR_HOME/epcr.sqlite3)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list reports, newest call first")
    listing.add_argument("--status", choices=["draft", "locked"], help="only drafts or only locked reports")
    listing.add_argument(
        "--search", metavar="TEXT", help="PCR number, patient, complaint or unit contains TEXT"
    )
    listing.add_argument("--json", action="store_true", help="one JSON object per line")

    importing = commands.add_parser("import", help="import reports from JSON files (all or nothing per file)")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE.json")
    importing.add_argument("--by", default="import", help="who imports, for the audit log")

    exporting = commands.add_parser("export", help="export one report")
    exporting.add_argument("uuid", help="the report's UUID")
    exporting.add_argument("--format", choices=["json"], default="json", help="output format")
    exporting.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="file to write (default: stdout)"
    )

    commands.add_parser("schema", help="print the JSON Schema of a report")

    demo = commands.add_parser("demo", help="fill the database with demo reports (idempotent)")
    demo.add_argument("--count", type=int, default=12, help="number of demo reports (default 12)")

    validate = commands.add_parser("validate", help="findings for a report file or a stored report")
    validate.add_argument(
        "target", metavar="FILE|UUID", help="a report JSON file, or the UUID of a stored report"
    )
    validate.add_argument("--format", choices=["text", "json"], default="text", help="output format")

    commands.add_parser("rules", help="the validation rules: id, severity, stage, source")

    scope = commands.add_parser("scope", help="scope-of-practice tables")
    scope_commands = scope.add_subparsers(dest="scope_command", metavar="ACTION", required=True)
    show = scope_commands.add_parser("show", help="the table in force, or what one level may do")
    show.add_argument("--level", help="e.g. EMT-Basic")
    show.add_argument("--on", help="date (YYYY-MM-DD) the table is read for; default today")
    check = scope_commands.add_parser("check", help="check a table file without installing it")
    check.add_argument("file", type=Path)
    install = scope_commands.add_parser("install", help="check a table file and make it this agency's table")
    install.add_argument("file", type=Path)
    export = scope_commands.add_parser("export", help="the table in force as NEMSIS dConfiguration XML")
    export.add_argument("--state", default="06", help="dConfiguration.01 ANSI state code (default 06)")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    imported = scope_commands.add_parser("import", help="a table file (TOML) from NEMSIS dConfiguration XML")
    imported.add_argument("file", type=Path, metavar="FILE.xml")
    imported.add_argument("--id", default="imported", help="the new table's id")
    imported.add_argument("--jurisdiction", default="US", help="the new table's jurisdiction")
    imported.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {
        None: cmd_app,
        "list": cmd_list,
        "import": cmd_import,
        "export": cmd_export,
        "schema": cmd_schema,
        "demo": cmd_demo,
        "validate": cmd_validate,
        "scope": cmd_scope,
        "rules": cmd_rules,
    }
    try:
        return handlers[args.command](args)
    except CommandError as error:
        print(f"epcr: {error}", file=sys.stderr)
        return error.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `epcr list | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    # The desktop app (issue #5) is not built yet: show what the database holds.
    print("epcr: the desktop app is not part of this build yet; here is the report list (epcr --help).")
    return cmd_list(argparse.Namespace(**vars(args), status=None, search=None, json=False))


def cmd_list(args: argparse.Namespace) -> int:
    from epcr.domain.report import Status

    with open_database(args) as db:
        summaries = db.list_reports(Status(args.status) if args.status else None, args.search)
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
                    },
                    ensure_ascii=False,
                )
            )
        return EXIT_OK
    if not summaries:
        print(f"no reports in {database_path(args)}")
        return EXIT_OK
    print(f"{'UUID':36}  {'STATUS':6}  {'PCR':12}  {'INCIDENT':16}  {'UNIT':10}  {'PATIENT':22}  COMPLAINT")
    for s in summaries:
        when = (s.incident_at or "")[:16].replace("T", " ")
        print(
            f"{s.uuid:36}  {s.status.value:6}  {s.pcr_number or '':12.12}  {when:16}  {s.unit or '':10.10}  "
            f"{s.patient_name or '':22.22}  {s.chief_complaint or ''}"
        )
    print(f"{len(summaries)} report(s)")
    return EXIT_OK


def read_report_file(path: Path) -> list[Report]:
    """Reports in a JSON file: one report object, a list of them, or {"reports": [...]}."""
    from pydantic import ValidationError

    from epcr.domain.errors import InvalidInput, Problem, as_invalid_input
    from epcr.domain.report import Report

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput([Problem("", f"cannot read: {error}")]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        raise InvalidInput([Problem("", f"not valid JSON: {error.msg} at {where}")]) from None
    if isinstance(data, dict) and "reports" in data and "lifecycle" not in data:
        data = data["reports"]
    if not isinstance(data, list):
        try:
            return [Report.model_validate(data)]
        except ValidationError as error:
            raise as_invalid_input(error) from None
    reports, problems = [], []
    for index, item in enumerate(data):  # every report checked, so one run lists every problem
        try:
            reports.append(Report.model_validate(item))
        except ValidationError as error:
            problems += as_invalid_input(error, f"reports[{index}]").problems
    if problems:
        raise InvalidInput(problems)
    return reports


def cmd_import(args: argparse.Namespace) -> int:
    from epcr.domain.errors import InvalidInput
    from epcr.store.errors import DuplicateReport

    status = EXIT_OK
    with open_database(args) as db:
        for path in args.files:
            try:
                reports = read_report_file(path)
                uuids = db.import_reports(reports, args.by)
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
    return status


def cmd_export(args: argparse.Namespace) -> int:
    from uuid import UUID

    from epcr.store.errors import ReportNotFound

    try:
        report_id = UUID(args.uuid)
    except ValueError:
        raise CommandError(f"uuid: {args.uuid!r} is not a UUID (like 3f2b8c1e-...)", EXIT_BAD_INPUT) from None
    with open_database(args) as db:
        try:
            report = db.open_report(report_id)
        except ReportNotFound as error:
            raise CommandError(str(error), EXIT_REFUSED) from None
    text = export_json(report)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"output: cannot write {args.output}: {error.strerror}", EXIT_BAD_INPUT) from None
    return EXIT_OK


def export_json(report: Report) -> str:
    """Readable and deterministic: sorted keys, two-space indent, UTF-8 names as they are."""
    return json.dumps(report.model_dump(mode="json"), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def cmd_schema(args: argparse.Namespace) -> int:
    from epcr.domain.report import Report

    print(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from epcr.demo import demo_report
    from epcr.domain.report import Status

    if not 1 <= args.count <= 10_000:
        raise CommandError(f"--count: must be between 1 and 10000; got {args.count}", EXIT_BAD_INPUT)
    with open_database(args) as db:
        present = {s.uuid for s in db.list_reports()}
        added = 0
        for number in range(args.count):
            report = demo_report(number)
            if str(report.uuid) in present:
                continue
            db.import_reports([report], "demo")
            if number % 3 == 0:  # some finished calls, one with a late correction
                db.lock_report(report.uuid, report.lifecycle.created_by)
                if number % 6 == 0:
                    db.add_addendum(
                        report.uuid,
                        report.lifecycle.created_by,
                        "Late entry",
                        "Patient's daughter reported a penicillin allergy after handover.",
                    )
            added += 1
        total = len(db.list_reports())
        locked = len(db.list_reports(Status.LOCKED))
    print(f"demo database {database_path(args)}: {added} report(s) added, {total} in all ({locked} locked)")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Exit 0: no error; 1: errors found; 2: the input cannot be read."""
    from uuid import UUID

    from epcr.domain.errors import InvalidInput
    from epcr.rules.engine import Validator
    from epcr.rules.scope.library import active_scope
    from epcr.store.errors import ReportNotFound

    target = Path(args.target)
    if target.exists() or target.suffix == ".json":
        try:
            reports = read_report_file(target)
        except InvalidInput as error:
            lines = "\n".join(f"  {p}" for p in error.problems)
            raise CommandError(f"{target}: cannot be read:\n{lines}", EXIT_BAD_INPUT) from None
        scope = active_scope(default_home() if not args.db else Path(args.db).parent)
    else:
        try:
            report_id = UUID(args.target)
        except ValueError:
            raise CommandError(
                f"{args.target}: no such file, and not a report UUID", EXIT_BAD_INPUT
            ) from None
        with open_database(args) as db:
            try:
                reports = [db.open_report(report_id)]
            except ReportNotFound as error:
                raise CommandError(str(error), EXIT_BAD_INPUT) from None
        scope = active_scope(database_path(args).parent)
    for problem in scope.problems:
        print(f"epcr: scope table: {problem}", file=sys.stderr)
    validator = Validator(scope.table)
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


def _count(findings: list[Finding]) -> str:
    from epcr.rules.findings import Severity

    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    return ", ".join(f"{n} {s.label}{'s' if n != 1 else ''}" for s, n in counts.items())


def cmd_rules(args: argparse.Namespace) -> int:
    from epcr.rules import checks  # noqa: F401  (registers the rules)
    from epcr.rules.registry import RULES

    print(f"{'RULE':30} {'SEVERITY':8} {'STAGE':5} {'SINCE':10}  TITLE  [SOURCE]")
    for rule in sorted(RULES, key=lambda r: (r.id, r.since)):
        print(
            f"{rule.id:30} {rule.severity.label:8} {rule.stage.value:5} {rule.since.isoformat():10}  "
            f"{rule.title}  [{rule.source_text}]"
        )
    return EXIT_OK


def cmd_scope(args: argparse.Namespace) -> int:
    from datetime import date

    from epcr.rules.scope import ScopeTableError, load
    from epcr.rules.scope.dconfiguration import export_xml, import_toml
    from epcr.rules.scope.library import active_scope, install

    home = Path(args.db).parent if args.db else default_home()
    try:
        if args.scope_command == "check":
            table = load(args.file)
            print(
                f"{args.file}: ok ({table.name}: {len(table.skills)} skills, "
                f"layers {' > '.join(table.layers)})"
            )
        elif args.scope_command == "install":
            table = install(home, args.file)
            print(
                f"installed {table.name!r} ({len(table.skills)} skills) "
                f"as the agency table in {home / 'scope'}"
            )
        elif args.scope_command == "import":
            text = import_toml(args.file, args.id, f"Imported from {args.file.name}", args.jurisdiction)
            _write_or_print(text, args.output)
        else:
            scope = active_scope(home)
            for problem in scope.problems:
                print(f"epcr: scope table: {problem}", file=sys.stderr)
            if args.scope_command == "export":
                _write_or_print(export_xml(scope.table, date.today(), args.state), args.output)
            else:
                _show_scope(scope.table, args.level, date.fromisoformat(args.on) if args.on else date.today())
    except ScopeTableError as error:
        raise CommandError(f"scope table refused, nothing changed: {error}", EXIT_BAD_INPUT) from None
    except ValueError as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    return EXIT_OK


def _show_scope(table: ScopeTable, level: str | None, on: date) -> None:
    from epcr.rules.scope import Kind

    print(f"{table.name} ({' > '.join(table.layers)}), read for {on.isoformat()}")
    if level is not None and level not in table.ladder:
        raise ValueError(f"--level: unknown level {level!r}; levels: {', '.join(table.ladder)}")
    for skill in table.skills:
        if not skill.in_effect(on):
            continue
        grants = ", ".join(str(g) for g in skill.grants)
        routes = "; ".join(f"{r}: {', '.join(map(str, g))}" for r, g in skill.routes.items())
        if level is not None:
            held = table.covers(level)
            allowed = [
                g
                for g in (*skill.grants, *(g for gs in skill.routes.values() for g in gs))
                if g.level in held
            ]
            if not allowed:
                continue
            grants = ", ".join(str(g) for g in allowed)
        kind = "proc" if skill.kind is Kind.PROCEDURE else "med "
        print(f"  {kind}  {skill.name:58.58}  {grants}{'  routes ' + routes if routes else ''}")


def _write_or_print(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise CommandError(f"output: cannot write {output}: {error.strerror}", EXIT_BAD_INPUT) from None


if __name__ == "__main__":
    sys.exit(main())
