"""What every batch export shares: the output folder, which reports (status, search, call dates), one file
name per report, a progress bar; and the check of a single output path."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from epcr.cli.common import EXIT_BAD_INPUT, CommandError

if TYPE_CHECKING:
    from epcr.domain.summary import ReportSummary
    from epcr.session import Session


def wants_all(args: argparse.Namespace, example: str) -> bool:
    """True for --all (with no UUID); else checks that a single export has its UUID and `-o FILE`."""
    if args.all:
        if args.uuid is not None:
            raise CommandError("export: give either a UUID or --all, not both", EXIT_BAD_INPUT)
        return True
    if args.uuid is None:
        raise CommandError("export: give a report UUID, or --all", EXIT_BAD_INPUT)
    if args.out_dir is not None or args.status or args.since or args.until or args.search:
        raise CommandError("--out-dir, --status, --since, --until, --search go with --all", EXIT_BAD_INPUT)
    if args.output is None:
        raise CommandError(
            f"--format {args.format}: give the file to write with -o {example}", EXIT_BAD_INPUT
        )
    return False


def out_folder(args: argparse.Namespace) -> Path:
    folder: Path | None = args.out_dir
    if folder is None:
        raise CommandError("--all: give the folder to write into with --out-dir DIR", EXIT_BAD_INPUT)
    if not folder.is_dir():
        raise CommandError(f"--out-dir: {folder} is not an existing folder", EXIT_BAD_INPUT)
    return folder


def call_dates(args: argparse.Namespace) -> Callable[[ReportSummary], bool]:
    """--since/--until as a test of a report's call date (checked before anything is opened)."""
    since, until = _day(args.since, "--since"), _day(args.until, "--until")

    def within(summary: ReportSummary) -> bool:
        day = call_day(summary)
        return (since is None or day >= since) and (until is None or day <= until)

    return within


def chosen_reports(
    session: Session, args: argparse.Namespace, within: Callable[[ReportSummary], bool]
) -> list[ReportSummary]:
    """The reports this user may see that match --status, --search and the call dates."""
    from epcr.domain.report import Status

    found = session.list_reports(Status(args.status) if args.status else None, args.search)
    return [summary for summary in found if within(summary)]


def check_target(output: Path) -> None:
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


def call_day(summary: ReportSummary) -> date:
    if summary.incident_at:  # eTimes.03 as documented, in the call's own time zone
        try:
            return datetime.fromisoformat(summary.incident_at).date()
        except ValueError:
            pass
    return summary.created_at.date()


def file_name(summary: ReportSummary, suffix: str, taken: set[str]) -> str:
    """<incident date>_<PCR number or first 8 of the UUID><suffix>, safe on every file system."""
    label = re.sub(r"[^A-Za-z0-9._-]+", "-", summary.pcr_number or "").strip("-.") or summary.uuid[:8]
    name = f"{call_day(summary).isoformat()}_{label}{suffix}"
    if name in taken:  # two reports with the same PCR number on the same day: keep both
        name = f"{call_day(summary).isoformat()}_{label}_{summary.uuid[:8]}{suffix}"
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
