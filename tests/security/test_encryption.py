"""Encryption at rest: without a valid credential the database file reads as noise."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from epcr.demo import demo_report
from epcr.device import Device
from epcr.security.accounts import Account
from epcr.security.roles import Role
from epcr.store.database import Database


@pytest.fixture
def device(tmp_path: Path) -> Device:
    place = Device.at(tmp_path / "home")
    session, _ = place.set_up(Account(id="A-0001", name="Ada Admin", role=Role.ADMIN), "900001")
    session.db.import_reports([demo_report(6)], "A-0001")  # Jürgen Schäfer, chainsaw injury
    session.db.save_field(demo_report(6).uuid, "narrative.text", "Tourniquet R thigh held, pt calm", "A-0001")
    session.log_out()
    return place


def test_plain_sqlite_cannot_read_it(device: Device) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(device.database).execute("SELECT * FROM sqlite_master").fetchall()


def test_a_wrong_key_cannot_read_it(device: Device) -> None:
    with pytest.raises(Exception, match="not a database"):
        Database(device.database, key=os.urandom(32))


def test_no_patient_data_in_any_file(device: Device) -> None:
    for path in device.home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in (
                "Schäfer".encode(),
                b"Tourniquet R thigh",
                b"chainsaw",
                b"Medic 12",
                b"SQLite format 3",
            ):
                assert needle not in data, f"{needle!r} readable in {path.name}"
