"""A demo device (encrypted database, demo roster) set up once and copied for each test: argon2id key
derivation is slow on purpose, so eight key slots are made once per run, not per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from epcr.cli import main
from epcr.demo import demo_accounts, set_up_demo
from epcr.device import Device

PINS = {account.id: pin for account, pin in demo_accounts()}
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="session")
def device_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("template")
    session, _ = set_up_demo(Device.at(home))  # a demo database: `epcr demo` may add calls to it
    session.log_out()
    return home


@pytest.fixture
def home(device_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "home"
    shutil.copytree(device_template, target)
    return target


@pytest.fixture
def cli(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run `epcr --db <home>/epcr.sqlite3 ...` logged in as `user` (a demo account; its PIN from EPCR_PIN)."""

    def run(*argv: str, user: str = "A-0001", db: Path | None = None) -> tuple[int, str, str]:
        monkeypatch.setenv("EPCR_USER", user)
        monkeypatch.setenv("EPCR_PIN", PINS[user])
        status = main(["--db", str(db or home / "epcr.sqlite3"), *argv])
        out, err = capsys.readouterr()
        return status, out, err

    return run


def stored_counts(home: Path) -> tuple[int, int]:
    """(reports, report parts) in the device database, read as the QA reviewer."""
    session = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    try:
        with session.db.unit_of_work() as uow:
            return tuple(
                uow.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table in ("reports", "report_parts")
            )
    finally:
        session.log_out()
