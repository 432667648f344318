"""Files outside the encrypted database (issue 16, item 7): every export is written mode 0600 from the moment
it exists, whatever the umask; and the print folder, where the handoff sheet waits for the printer, is emptied
at every start of the app and the CLI and at every login, so a sheet a crashed run left behind goes."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from epcr.demo import demo_report
from epcr.device import Device
from epcr.exports import files
from epcr.exports.files import PRINT_FOLDER, write_atomically
from tests.cli import conftest as demo_device
from tests.cli.conftest import PINS, Run

# A copied demo device per test, and `epcr` run on it (tests/cli/conftest.py).
device_template, home, cli = demo_device.device_template, demo_device.home, demo_device.cli


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which a plain open() makes files everyone may read (0644)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_export_kind_is_written_0600(cli: Run, tmp_path: Path, umask_022: None) -> None:
    assert cli("demo", "--count", "2")[0] == 0
    rid = str(demo_report(0).uuid)
    out = tmp_path / "out"
    out.mkdir()
    singles = {
        "json": out / "report.json",
        "pdf": out / "report.pdf",
        "handoff": out / "handoff.pdf",
        "nemsis": out / "report.xml",
        "source": out / "source.json",
    }
    for kind, target in singles.items():
        extra = ["--agency-state", "08"] if kind == "nemsis" else []
        status, _, err = cli("export", rid, "--format", kind, *extra, "-o", str(target), user="Q-0100")
        assert status == 0, err
    for kind in ("pdf", "nemsis"):
        folder = out / f"all-{kind}"
        folder.mkdir()
        extra = ["--agency-state", "08"] if kind == "nemsis" else []
        status, _, err = cli(
            "export", "--all", "--format", kind, *extra, "--out-dir", str(folder), user="Q-0100"
        )
        assert status == 0, err
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert len(written) == len(singles) + 4  # two reports in each folder
    assert {p.name: oct(mode(p)) for p in written} == {p.name: oct(0o600) for p in written}
    assert json.loads(singles["json"].read_text(encoding="utf-8"))["uuid"] == rid
    assert not any(p.name.endswith(".part") for p in out.rglob("*"))  # no temporary file left


def test_an_export_is_private_from_creation_even_with_umask_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The temporary file is already 0600 before it is renamed into place (never chmod-ed afterwards)."""
    seen: list[int] = []
    real_replace = os.replace

    def replace_after_looking(source: Any, target: Any) -> None:
        seen.append(mode(Path(source)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_after_looking)
    old = os.umask(0)
    try:
        target = tmp_path / "report.json"
        target.write_text("an older copy, world-readable", encoding="utf-8")
        os.chmod(target, 0o666)
        write_atomically(b'{"report": 1}', target)
    finally:
        os.umask(old)
    assert seen == [0o600] and mode(target) == 0o600 and target.read_bytes() == b'{"report": 1}'


def test_a_refused_export_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(files.ExportError, match="does not exist"):
        write_atomically(b"x", tmp_path / "missing" / "report.json")
    assert list(tmp_path.iterdir()) == []


def crashed_run_left_a_sheet(home: Path) -> Path:
    """What a run that crashed while the sheet waited for the printer leaves in the data folder."""
    folder = home / PRINT_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    sheet = folder / "handoff-2026-000001.pdf"
    sheet.write_bytes(b"%PDF-1.4 patient: Okafor, Chidi")
    return sheet


def test_the_cli_starting_empties_the_print_folder(cli: Run, home: Path) -> None:
    sheet = crashed_run_left_a_sheet(home)
    assert cli("schema")[0] == 0  # a command that does not even log in
    assert not sheet.exists() and not (home / PRINT_FOLDER).exists()


def test_logging_in_empties_the_print_folder(home: Path) -> None:
    sheet = crashed_run_left_a_sheet(home)
    Device.at(home).log_in("P-1042", PINS["P-1042"]).log_out()
    assert not sheet.exists()


def test_the_app_starting_empties_the_print_folder_before_anyone_logs_in(qtbot: Any, home: Path) -> None:
    from epcr.ui.app import main as desktop

    sheet = crashed_run_left_a_sheet(home)
    seen: list[bool] = []

    def look_then_close() -> None:
        seen.append(sheet.exists())  # the login screen is up; nobody has logged in yet
        QApplication.closeAllWindows()

    QTimer.singleShot(1500, look_then_close)
    assert desktop(home / "epcr.sqlite3") == 0
    assert seen == [False]


def test_a_link_in_place_of_the_print_folder_is_removed_not_followed(
    cli: Run, home: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    kept = elsewhere / "keep.txt"
    kept.write_text("not the app's", encoding="utf-8")
    (home / PRINT_FOLDER).symlink_to(elsewhere, target_is_directory=True)
    assert cli("schema")[0] == 0
    assert not (home / PRINT_FOLDER).exists() and kept.exists()


def test_a_new_device_folder_and_its_database_files_are_the_owners_alone(
    tmp_path: Path, umask_022: None
) -> None:
    from epcr.security.accounts import Account
    from epcr.security.roles import Role

    device = Device.at(tmp_path / "new" / "home")
    session, _ = device.set_up(Account(id="A-0009", name="Ann Admin", role=Role.ADMIN), "86203175")
    session.db.record_event("A-0009", "a write, so the WAL exists")
    try:
        assert mode(device.home) == 0o700
        written = [p for p in device.home.iterdir() if p.name.startswith("epcr.sqlite3")]
        assert {p.name for p in written} >= {"epcr.sqlite3", "epcr.sqlite3-wal", "epcr.sqlite3-shm"}
        assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}
    finally:
        session.log_out()


def test_a_database_an_earlier_version_left_readable_is_tightened_at_login(
    device_template: Path, home: Path
) -> None:
    device = Device.at(home)
    os.chmod(device.database, 0o644)
    session = device.log_in("P-1042", PINS["P-1042"])
    try:
        assert mode(device.database) == 0o600
    finally:
        session.log_out()
