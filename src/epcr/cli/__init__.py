"""The `epcr` command: the app, and the tools admins, QA and scripts use on a device database.

Every command that opens the database logs in: `--user ID` (or EPCR_USER) and the PIN (asked, or EPCR_PIN).
Exit status: 0 done; 1 not found, not permitted, or refused by the record's state; 2 bad input (nothing
written).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from epcr.cli import admin, reports, sync, unit
from epcr.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_REFUSED,
    CommandError,
    default_home,
    export_json,
    home_folder,
    read_report_file,
)

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_OK",
    "EXIT_REFUSED",
    "build_parser",
    "default_home",
    "export_json",
    "main",
    "read_report_file",
]

LEVELS = ["EMR", "EMT-Basic", "AEMT", "EMT-Intermediate", "Paramedic", "Critical Care"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="epcr",
        description="Offline-first electronic patient care report (NEMSIS v3.5.1).",
        epilog="The database is --db PATH, else $EPCR_HOME/epcr.sqlite3, else the per-user data folder. "
        "Commands that open it log in with --user ID (or EPCR_USER) and a PIN (asked, or EPCR_PIN).",
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: $EPCR_HOME/epcr.sqlite3)")
    parser.add_argument(
        "--user", metavar="ID", help="crew member id to log in as (default: $EPCR_USER, or asked)"
    )
    parser.add_argument("--night", action="store_true", help="open the desktop app in the night theme")
    parser.add_argument("--text", action="store_true", help="no desktop app: log in and list reports here")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list reports, newest call first")
    listing.add_argument("--status", choices=["draft", "locked"], help="only drafts or only locked reports")
    listing.add_argument(
        "--search", metavar="TEXT", help="PCR number, patient, complaint or unit contains TEXT"
    )
    listing.add_argument("--json", action="store_true", help="one JSON object per line")

    importing = commands.add_parser(
        "import",
        help="import reports from JSON or NEMSIS v3.5.1 XML files (all or nothing per file)",
        epilog="a .xml file is read as a NEMSIS EMSDataSet: checked against the XSD and the national "
        "Schematron first; elements a report has no place for are listed on stderr",
    )
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE.json|FILE.xml")

    exporting = commands.add_parser(
        "export",
        help="export one report (JSON, PDF, bedside handoff, NEMSIS XML), or every report you may see",
        epilog="examples: epcr export UUID --format pdf -o report.pdf; "
        "epcr export --all --status locked --since 2026-11-01 --format pdf --out-dir reports/; "
        "epcr export UUID --format nemsis -o report.xml; epcr export --all --format nemsis --out-dir xml/ "
        "(NEMSIS: one EMSDataSet file per report, each checked against the XSD and national Schematron; "
        "a report that would not be valid is refused with the element and the reason, and not written)",
    )
    exporting.add_argument("uuid", nargs="?", help="the report's UUID (or --all)")
    exporting.add_argument(
        "--format",
        choices=["json", "pdf", "handoff", "nemsis", "source"],
        default="json",
        help="json (default), pdf (the full report), handoff (the one-page bedside sheet), nemsis "
        "(NEMSIS v3.5.1 EMSDataSet XML) or source (the file an imported report came from, as it arrived)",
    )
    exporting.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="file to write (default: stdout; PDFs need it)"
    )
    exporting.add_argument("--all", action="store_true", help="every report you may see, one file each")
    exporting.add_argument("--out-dir", type=Path, metavar="DIR", help="with --all: the folder to write into")
    exporting.add_argument("--status", choices=["draft", "locked"], help="with --all: only drafts or locked")
    exporting.add_argument("--since", metavar="DATE", help="with --all: calls on or after DATE (YYYY-MM-DD)")
    exporting.add_argument("--until", metavar="DATE", help="with --all: calls on or before DATE (YYYY-MM-DD)")
    exporting.add_argument("--search", metavar="TEXT", help="with --all: PCR, patient, complaint or unit")
    exporting.add_argument(
        "--agency-state", metavar="CODE", help="nemsis: dAgency.04 agency state, ANSI code (e.g. 08)"
    )
    exporting.add_argument(
        "--state-agency-id", metavar="ID", help="nemsis: dAgency.01 state agency ID (default: eResponse.01)"
    )
    exporting.add_argument(
        "--attach-pdf", action="store_true", help="nemsis: attach the full PDF report in eOther.FileGroup"
    )

    validate = commands.add_parser("validate", help="findings for a report file or a stored report")
    validate.add_argument(
        "target", metavar="FILE|UUID", help="a report JSON file, or the UUID of a stored report"
    )
    validate.add_argument("--format", choices=["text", "json"], default="text", help="output format")

    commands.add_parser("schema", help="print the JSON Schema of a report")
    commands.add_parser("rules", help="the validation rules: id, severity, stage, source")

    demo = commands.add_parser("demo", help="a demo database with crew accounts and reports (idempotent)")
    demo.add_argument("--count", type=int, default=12, help="number of demo reports (default 12)")

    init = commands.add_parser("init", help="set up a new encrypted database and its first admin account")
    init.add_argument("--admin-id", required=True, help="the admin's crew member id")
    init.add_argument("--name", required=True, help="the admin's full name")

    recover = commands.add_parser("recover", help="with the recovery key, give an admin a new PIN")
    recover.add_argument("--admin-id", required=True)
    recover.add_argument("--name", help="full name, when the admin account is new")

    account = commands.add_parser("account", help="the crew roster on this device")
    account_commands = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    account_commands.add_parser("list", help="every account (admin)")
    add = account_commands.add_parser("add", help="add a crew member (admin); PIN asked or EPCR_NEW_PIN")
    add.add_argument("--id", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=["emt", "qa", "admin"], default="emt")
    add.add_argument("--level", choices=LEVELS)
    add.add_argument("--cert", help="certification number")
    add.add_argument("--expires", help="certification expiry date, YYYY-MM-DD")
    add.add_argument("--endorsement", action="append", help="an endorsement held (repeatable)")
    remove = account_commands.add_parser(
        "remove", help="remove a crew member (admin): their PIN stops working"
    )
    remove.add_argument("id")
    account_commands.add_parser("pin", help="change your own PIN")

    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="check the hash chain; names the first broken entry")

    scope = commands.add_parser("scope", help="scope-of-practice tables")
    scope_commands = scope.add_subparsers(dest="scope_command", metavar="ACTION", required=True)
    show = scope_commands.add_parser("show", help="the table in force, or what one level may do")
    show.add_argument("--level", help="e.g. EMT-Basic")
    show.add_argument("--on", help="date (YYYY-MM-DD) the table is read for; default today")
    check = scope_commands.add_parser(
        "check", help="check a table file (after its state file, if given) without installing it"
    )
    check.add_argument("file", type=Path, nargs="+", help="STATE.toml AGENCY.toml, or one file")
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
    sync.add_parser(commands)
    unit.add_parser(commands)
    return parser


HANDLERS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: reports.cmd_app,
    "list": reports.cmd_list,
    "import": reports.cmd_import,
    "export": reports.cmd_export,
    "validate": reports.cmd_validate,
    "schema": reports.cmd_schema,
    "rules": reports.cmd_rules,
    "demo": reports.cmd_demo,
    "init": admin.cmd_init,
    "recover": admin.cmd_recover,
    "account": admin.cmd_account,
    "audit": admin.cmd_audit,
    "scope": admin.cmd_scope,
    "sync": sync.cmd_sync,
    "unit": unit.cmd_unit,
}


def main(argv: Sequence[str] | None = None) -> int:
    from epcr.security.process import no_core_dumps

    no_core_dumps()  # the key and the reports this process opens never land in a core file
    args = build_parser().parse_args(argv)
    from epcr.exports.files import clear_print_folder

    clear_print_folder(home_folder(args))  # a handoff sheet a crashed app left for the printer goes now
    try:
        return HANDLERS[args.command](args)
    except CommandError as error:
        print(f"epcr: {error}", file=sys.stderr)
        return error.status
    except PermissionError as error:  # NotPermitted: the role or the report's owner says no
        print(f"epcr: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `epcr list | head`: the reader left; that is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
