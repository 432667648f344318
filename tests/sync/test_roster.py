"""Pull: the crew roster. A member added at the station can log in on the device after its next sync with the
PIN set at the station, and nothing the station holds can open the device; details, PIN resets and removals
follow; a PIN changed on the device survives later syncs; a bad roster is refused whole."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from epcr.device import Device
from epcr.domain.levels import Level
from epcr.security.accounts import Account
from epcr.security.keyslots import KeySlots, UnknownAccount, WrongPin
from epcr.security.roles import NotPermitted, Role
from epcr.session import Session
from epcr.station import roster
from epcr.station.schema import crew
from epcr.station.store import StationError
from epcr.sync.client import Syncer
from tests.sync.conftest import Station

ADMIN = Account(id="A-0001", name="Ada Admin", role=Role.ADMIN)
JANA = Account(
    id="P-2001",
    name="Jana Müller",
    role=Role.EMT,
    level=Level.PARAMEDIC,
    certification_number="NR-P-88120",
    certification_expires=date(2027, 6, 30),
)


@pytest.fixture
def device(tmp_path: Path, station: Station) -> tuple[Device, Session]:
    place = Device.at(tmp_path / "ambulance")
    session, _ = place.set_up(ADMIN, "900001")
    session.enroll_station(station.url, station.store.invite("Medic 12"))
    return place, session


def test_a_member_added_at_the_station_logs_in_after_the_next_sync(
    device: tuple[Device, Session], station: Station
) -> None:
    place, admin = device
    revision = roster.add(station.store.engine, JANA, "24681357")
    with pytest.raises(UnknownAccount):
        place.log_in("P-2001", "24681357")  # not on this device before it syncs

    result = admin.sync()
    assert result.roster_revision == revision
    assert any("P-2001 added" in line for line in result.log)
    jana = place.log_in("P-2001", "24681357")
    assert jana.account == JANA
    jana.log_out()
    with pytest.raises(WrongPin):
        place.log_in("P-2001", "24682469")
    assert admin.sync().roster_revision is None  # the device has the newest revision: nothing applied
    admin.log_out()


def test_the_station_holds_nothing_that_opens_the_device(
    device: tuple[Device, Session], station: Station
) -> None:
    place, admin = device
    roster.add(station.store.engine, JANA, "24681357")
    admin.sync()
    admin.log_out()
    with station.store.engine.connect() as conn:
        row = conn.execute(crew.select()).one()
    stored = row.pin_verifier + row.pin_key + row.account
    assert "24681357" not in stored
    slot = KeySlots.load(place.keys).slots["P-2001"]
    held = json.loads(row.pin_key)
    # The slot is sealed to the PIN key's public half; using that public key as a secret does not open it.
    assert slot.sealed is not None and bytes.fromhex(held["public"]) != slot.sealed
    for guess in (held["public"], row.pin_verifier):
        with pytest.raises(WrongPin):
            place.log_in("P-2001", guess)


def test_details_pin_resets_and_removal_follow_the_station(
    device: tuple[Device, Session], station: Station
) -> None:
    place, admin = device
    engine = station.store.engine
    roster.add(engine, JANA, "24681357")
    admin.sync()

    roster.update_member(engine, "P-2001", {"level": "Critical Care", "certification_expires": "2028-01-31"})
    admin.sync()
    jana = place.log_in("P-2001", "24681357")  # the PIN did not change: the slot stays as it was
    assert jana.account.level is Level.CRITICAL_CARE and jana.account.certification_expires == date(
        2028, 1, 31
    )
    jana.log_out()

    roster.update_member(engine, "P-2001", {}, pin="13572468")
    log = admin.sync().log
    assert any("P-2001 PIN set" in line for line in log)
    with pytest.raises(WrongPin):
        place.log_in("P-2001", "24681357")
    place.log_in("P-2001", "13572468").log_out()

    roster.remove(engine, "P-2001")
    admin.sync()
    assert "P-2001" not in KeySlots.load(place.keys).accounts()  # the PIN no longer opens the database
    with pytest.raises(UnknownAccount):
        place.log_in("P-2001", "13572468")
    assert not admin.db.account("P-2001").active
    actions = [(e.actor, e.action) for e in admin.db.audit_trail() if e.path == "accounts[P-2001]"]
    assert ("station roster 1", "account added") in actions and (
        "station roster 4",
        "account removed",
    ) in actions
    admin.log_out()

    roster.update_member(engine, "P-2001", {"active": True}, pin="31427586")  # back on the roster
    place.log_in("A-0001", "900001").sync()
    place.log_in("P-2001", "31427586").log_out()


def test_a_pin_changed_on_the_device_survives_later_syncs(
    device: tuple[Device, Session], station: Station
) -> None:
    place, admin = device
    roster.add(station.store.engine, JANA, "24681357")
    admin.sync()
    jana = place.log_in("P-2001", "24681357")
    jana.change_pin("24681357", "97538642")
    jana.log_out()
    roster.update_member(station.store.engine, "P-2001", {"name": "Jana Müller-Okafor"})
    admin.sync()
    jana = place.log_in("P-2001", "97538642")
    assert jana.account.name == "Jana Müller-Okafor"
    jana.log_out()


class Tampering(httpx.BaseTransport):
    """Between device and station: rewrites the roster in flight, as a hostile or broken station would."""

    def __init__(self, change: Callable[[dict[str, Any]], None]) -> None:
        self.inner, self.change = httpx.HTTPTransport(), change

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path.endswith("/roster") and response.status_code == 200:
            data = json.loads(response.read())
            self.change(data)
            return httpx.Response(200, json=data)
        return response


def _weaken(data: dict[str, Any]) -> None:
    data["members"][-1]["pin_key"]["memory_kib"] = 8  # a PIN key anyone could brute-force


def _twice(data: dict[str, Any]) -> None:
    data["members"].append(data["members"][0])


@pytest.mark.parametrize(("change", "reason"), [(_weaken, "memory_kib"), (_twice, "P-2001 listed twice")])
def test_a_bad_roster_is_refused_whole_and_the_last_one_stays(
    device: tuple[Device, Session], station: Station, change: Callable[[dict[str, Any]], None], reason: str
) -> None:
    place, admin = device
    engine = station.store.engine
    roster.add(engine, JANA, "24681357")
    admin.sync()
    roster.add(engine, JANA.model_copy(update={"id": "P-3001", "name": "Sam Ortiz"}), "55667788")
    keys = (admin._slots, admin._key)
    assert keys[1] is not None
    result = Syncer(admin.db, transport=Tampering(change), keys=(keys[0], bytes(keys[1]))).run()
    assert result.roster_revision is None
    assert any("crew roster refused" in line and reason in line for line in result.log), result.log
    assert "P-3001" not in KeySlots.load(place.keys).accounts() and admin.db.roster_revision() == 1
    place.log_in("P-2001", "24681357").log_out()  # the previous roster is still in force
    admin.sync()  # the honest roster then applies
    place.log_in("P-3001", "55667788").log_out()
    admin.log_out()


def test_bad_input_at_the_station_names_the_field_and_stores_nothing(station: Station) -> None:
    engine = station.store.engine
    with pytest.raises(ValueError, match="pin"):
        roster.add(engine, JANA, "12")
    roster.add(engine, JANA, "24681357")
    with pytest.raises(StationError, match="id: P-2001 is on the roster already"):
        roster.add(engine, JANA, "24681357")
    with pytest.raises(StationError, match="id: no member P-9"):
        roster.update_member(engine, "P-9", {"name": "X"})
    with pytest.raises(ValueError, match="level"):
        roster.update_member(engine, "P-2001", {"level": "Surgeon"})
    assert roster.latest(engine, 0) is not None and roster.latest(engine, 0).revision == 1
    assert roster.latest(engine, 1) is None


def test_a_sync_without_a_logged_in_member_leaves_the_roster_for_later(
    device: tuple[Device, Session], station: Station
) -> None:
    _, admin = device
    roster.add(station.store.engine, JANA, "24681357")
    assert Syncer(admin.db).run().roster_revision is None  # no open key: slots cannot be sealed, so wait
    assert admin.db.roster_revision() == 0
    admin.log_out()


def test_slot_writes_from_two_threads_are_not_lost(device: tuple[Device, Session], station: Station) -> None:
    """The sync worker seals roster slots while the lock screen counts wrong PINs: neither undoes that."""
    place, admin = device
    for n in range(4):
        roster.add(station.store.engine, JANA.model_copy(update={"id": f"P-300{n}"}), f"2468246{n}")

    def three_wrong() -> None:
        for _ in range(3):
            _wrong(admin)

    wrong = threading.Thread(target=three_wrong)
    wrong.start()
    admin.sync()
    wrong.join()
    slots = KeySlots.load(place.keys)
    assert {f"P-300{n}" for n in range(4)} <= set(slots.accounts())
    assert slots.slots["A-0001"].failures == 3
    admin.log_out()


def _wrong(session: Session) -> None:
    with pytest.raises(WrongPin):
        session.confirm_pin("000000")


def test_roster_actions_need_an_admin_at_the_device_only_for_enrollment(
    device: tuple[Device, Session], station: Station
) -> None:
    place, admin = device
    roster.add(station.store.engine, JANA, "24681357")
    admin.sync()
    jana = place.log_in("P-2001", "24681357")
    with pytest.raises(NotPermitted):
        jana.enroll_station(station.url, "whatever")
    roster.add(station.store.engine, JANA.model_copy(update={"id": "E-3001"}), "55667788")
    jana.sync()  # any crew member docks, and the roster comes along
    place.log_in("E-3001", "55667788").log_out()
    jana.log_out()
    admin.log_out()
