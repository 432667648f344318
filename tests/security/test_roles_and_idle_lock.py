"""Every action checks the role; an idle session locks and the same PIN resumes it."""

from __future__ import annotations

import pytest

from epcr.demo import demo_accounts, demo_report
from epcr.device import Device
from epcr.security.keyslots import WrongPin
from epcr.security.roles import NotPermitted
from epcr.session import IdleLock, Session

PINS = {a.id: p for a, p in demo_accounts()}


@pytest.fixture(scope="module")
def device(tmp_path_factory: pytest.TempPathFactory) -> Device:
    place = Device.at(tmp_path_factory.mktemp("roles") / "home")
    accounts = demo_accounts()
    admin, _ = place.set_up(*accounts[0])
    for account, pin in accounts[1:]:
        admin.add_account(account, pin)
    admin.db.import_reports([demo_report(n) for n in range(4)], "A-0001")
    admin.log_out()
    return place


def login(device: Device, who: str) -> Session:
    return device.log_in(who, PINS[who])


def test_qa_reads_and_reviews_but_never_edits(device: Device) -> None:
    qa = login(device, "Q-0100")
    report = demo_report(0)
    assert qa.open_report(report.uuid).uuid == report.uuid
    assert len(qa.list_reports()) == 4
    for attempt in (
        lambda: qa.save_field(report.uuid, "patient.last_name", "X"),
        lambda: qa.create_report(),
        lambda: qa.lock_report(report.uuid),
        lambda: qa.add_addendum(report.uuid, "r", "t"),
        lambda: qa.accounts(),
    ):
        with pytest.raises(NotPermitted):
            attempt()
    qa.log_out()


def test_an_emt_documents_only_their_own_reports(device: Device) -> None:
    emt = login(device, "E-2210")  # Luis drove the chest pain and the arrest, led the overdose
    own = {s.uuid for s in emt.list_reports()}
    assert own == {str(demo_report(n).uuid) for n in (0, 1, 3)}
    emt.save_field(demo_report(3).uuid, "narrative.text", "Reassessed after naloxone")
    with pytest.raises(NotPermitted, match="not one of your reports"):
        emt.save_field(demo_report(2).uuid, "narrative.text", "not mine")
    with pytest.raises(NotPermitted, match="not one of your reports"):
        emt.open_report(demo_report(2).uuid)
    with pytest.raises(NotPermitted):
        emt.accounts()
    emt.log_out()
    with pytest.raises(NotPermitted, match="session has ended"):
        emt.list_reports()


def test_an_admin_manages_the_roster_but_reads_no_patient_data(device: Device) -> None:
    admin = login(device, "A-0001")
    assert len(admin.accounts()) == 8
    with pytest.raises(NotPermitted):
        admin.open_report(demo_report(0).uuid)
    with pytest.raises(NotPermitted):
        admin.list_reports()
    admin.log_out()


def test_views_and_exports_are_audited(device: Device) -> None:
    qa = login(device, "Q-0100")
    qa.open_report(demo_report(2).uuid)
    qa.export_report(demo_report(2).uuid, "json to court-request.json")
    trail = [(a.actor, a.action) for a in qa.db.audit_trail(demo_report(2).uuid)]
    assert ("Q-0100", "view") in trail and ("Q-0100", "export") in trail
    qa.log_out()


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_lock_locks_and_the_pin_resumes(device: Device) -> None:
    clock = FakeMonotonic()
    session = login(device, "P-1042")
    idle = IdleLock(session, minutes=5, clock=clock)
    clock.now += 4 * 60
    idle.touch()
    clock.now += 4 * 60
    assert not idle.locked  # activity restarted the clock
    clock.now += 61
    assert idle.locked
    idle.touch()
    assert idle.locked  # touching a locked screen does not unlock it
    with pytest.raises(WrongPin):
        idle.unlock("00000000")
    idle.unlock(PINS["P-1042"])
    assert not idle.locked
    assert session.list_reports()  # the same session: the user resumes where they were
    actions = [a.action for a in session.db.audit_trail()]
    assert actions[-2:] == ["screen locked", "screen unlocked"]
    session.log_out()
    with pytest.raises(ValueError):
        IdleLock(session, minutes=0)
