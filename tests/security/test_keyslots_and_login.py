"""Logging in opens the database: wrong PINs, lockouts and their expiry, key slots added and removed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from epcr.device import Device
from epcr.security.accounts import Account
from epcr.security.keyslots import AccountLocked, KeySlotError, KeySlots, UnknownAccount, WrongPin
from epcr.security.roles import NotPermitted, Role


def write_signed(path: Path, data: dict[str, Any]) -> None:
    """Write a key file signed with this device's secret, as only someone holding that secret can."""
    slots = KeySlots.load(path)
    data["mac"] = slots._mac(data)
    path.write_text(json.dumps(data))


ADMIN = Account(id="A-0001", name="Ada Admin", role=Role.ADMIN)
EMT = Account(id="E-2210", name="Luis Ortega", role=Role.EMT, level="EMT-Basic")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def device(tmp_path: Path) -> Device:
    place = Device.at(tmp_path / "home")
    session, _ = place.set_up(ADMIN, "900001")
    session.add_account(EMT, "221022")
    session.log_out()
    return place


def test_the_right_pin_opens_the_database(device: Device) -> None:
    session = device.log_in("E-2210", "221022")
    assert session.account == EMT
    report = session.create_report()
    session.save_field(report.uuid, "patient.last_name", "Okafor")
    session.log_out()
    assert device.log_in("E-2210", "221022").open_report(report.uuid).patient.last_name == "Okafor"


def test_wrong_pins_lock_the_account_for_a_growing_delay(device: Device) -> None:
    clock = Clock()
    for left in (4, 3, 2, 1, 0):
        with pytest.raises(WrongPin) as caught:
            device.log_in("E-2210", "000000", clock)
        assert caught.value.attempts_left == left
    with pytest.raises(AccountLocked) as locked:
        device.log_in("E-2210", "221022", clock)  # even the right PIN waits out the lockout
    assert locked.value.until == clock.now + timedelta(minutes=1)
    clock.now += timedelta(minutes=1, seconds=1)
    for _ in range(5):
        with pytest.raises(WrongPin):
            device.log_in("E-2210", "000000", clock)
    with pytest.raises(AccountLocked) as second:
        device.log_in("E-2210", "221022", clock)
    assert second.value.until == clock.now + timedelta(minutes=2)  # the delay doubles
    clock.now += timedelta(minutes=2, seconds=1)
    session = device.log_in("E-2210", "221022", clock)  # the lockout expired: the right PIN works again
    failed = [a for a in session.db.audit_trail() if a.action == "failed login"]
    assert len(failed) == 10 and all(a.actor == "E-2210" for a in failed)
    session.log_out()
    slot = json.loads(device.keys.read_text())["slots"]["E-2210"]
    assert slot["failures"] == 0 and slot["locked_until"] is None


def test_unknown_account_and_removed_account(device: Device) -> None:
    with pytest.raises(UnknownAccount):
        device.log_in("X-9999", "123456")
    admin = device.log_in("A-0001", "900001")
    admin.remove_account("E-2210")
    assert [a.active for a in admin.accounts() if a.id == "E-2210"] == [False]
    admin.log_out()
    with pytest.raises(UnknownAccount):
        device.log_in("E-2210", "221022")  # its key slot is gone: the PIN opens nothing
    assert "E-2210" not in KeySlots.load(device.keys).accounts()


def test_key_slots_wrap_one_key_per_account(device: Device) -> None:
    slots = KeySlots.load(device.keys)
    assert slots.unlock("A-0001", "900001") == slots.unlock("E-2210", "221022")
    raw = device.keys.read_text()
    assert slots.unlock("A-0001", "900001").hex() not in raw  # the key is never on disk in the clear
    swapped = json.loads(raw)
    swapped["slots"]["E-2210"]["wrapped"] = swapped["slots"]["A-0001"]["wrapped"]
    swapped["slots"]["E-2210"]["nonce"] = swapped["slots"]["A-0001"]["nonce"]
    swapped["slots"]["E-2210"]["kdf"] = swapped["slots"]["A-0001"]["kdf"]
    write_signed(device.keys, swapped)  # as someone holding the device secret could: the HMAC is right
    with pytest.raises(WrongPin):  # a slot moved to another account does not open (bound to the account)
        KeySlots.load(device.keys).unlock("E-2210", "900001")


def test_change_pin(device: Device) -> None:
    session = device.log_in("E-2210", "221022")
    with pytest.raises(WrongPin):
        session.change_pin("999999", "135791")
    session.change_pin("221022", "135791")
    session.log_out()
    with pytest.raises(WrongPin):
        device.log_in("E-2210", "221022")
    device.log_in("E-2210", "135791").log_out()


def test_recovery_key_restores_an_admin(tmp_path: Path) -> None:
    place = Device.at(tmp_path / "home")
    session, recovery = place.set_up(ADMIN, "900001")
    session.log_out()
    with pytest.raises(KeySlotError, match="wrong recovery key"):
        place.recover(recovery.replace(recovery[:4], "AAAA"), ADMIN, "424286")
    place.recover(recovery, ADMIN, "424286").log_out()
    place.log_in("A-0001", "424286").log_out()


def test_the_first_account_must_be_an_admin_and_set_up_happens_once(tmp_path: Path, device: Device) -> None:
    with pytest.raises(NotPermitted):
        Device.at(tmp_path / "other").set_up(EMT, "221022")
    with pytest.raises(KeySlotError, match="already exists"):
        device.set_up(ADMIN, "900001")
