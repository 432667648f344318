"""What every command shares: exit status, where the data lives, writing files, reading report files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from epcr.folders import device_home

if TYPE_CHECKING:
    from epcr.domain.report import Report

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2
DB_FILE = "epcr.sqlite3"


class CommandError(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def default_home() -> Path:
    """EPCR_HOME, else the platform's per-user data folder (XDG on Linux)."""
    return device_home()


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_home() / DB_FILE


def home_folder(args: argparse.Namespace) -> Path:
    return database_path(args).parent


def write_or_print(text: str, output: Path | None) -> None:
    """Exports reach the disk the one way (epcr.exports.files): atomic, synced, mode 0600 from creation."""
    from epcr.exports.files import ExportError, write_atomically

    if output is None:
        sys.stdout.write(text)
        return
    try:
        write_atomically(text.encode("utf-8"), output)
    except ExportError as error:
        raise CommandError(f"output: {error}", EXIT_BAD_INPUT) from None


def export_json(report: Report) -> str:
    """Readable and deterministic: sorted keys, two-space indent, UTF-8 names as they are."""
    return json.dumps(report.model_dump(mode="json"), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def read_report_file(path: Path) -> list[Report]:
    """Reports in a JSON file: one report object, a list of them, or {"reports": [...]}; its size, depth and
    list lengths bounded first (epcr.cli.limits)."""
    from pydantic import ValidationError

    from epcr.cli.limits import parse_json, read_import_file
    from epcr.domain.errors import InvalidInput, Problem, as_invalid_input
    from epcr.domain.report import Report

    try:
        text = read_import_file(path).decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput([Problem("", f"not UTF-8 text: byte {error.start} cannot be read")]) from None
    data = parse_json(text)
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
