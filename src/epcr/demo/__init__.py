"""Demo data: a crew roster and realistic calls (chest pain, cardiac arrest, hemorrhage, overdose), for
trying the app, for screenshots and for benchmarks. Every code is looked up in the NEMSIS lists."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID, uuid4

from epcr.demo.calls import SCENARIOS, cardiac_arrest
from epcr.demo.scene import AGENCY, MOUNTAIN, ROSTER, UNIT, demo_accounts, vital_sets
from epcr.domain.arrest import CprEventKind
from epcr.domain.report import Lifecycle, Report, Status
from epcr.security.roles import Action

if TYPE_CHECKING:
    from epcr.device import Device
    from epcr.session import Session

__all__ = ["ROSTER", "demo_accounts", "demo_report", "demo_settings", "large_report", "load_demo"]


def demo_report(number: int, start: datetime | None = None, seed: int = 0) -> Report:
    rng = random.Random(seed * 100_003 + number)
    start = start or datetime(2026, 11, 1, 6, 0, tzinfo=MOUNTAIN) + timedelta(
        hours=7 * number + rng.randint(0, 5)
    )
    data = SCENARIOS[number % len(SCENARIOS)](start, number, rng)
    uuid = UUID(int=rng.getrandbits(128), version=4)
    return Report.model_validate(
        {
            "uuid": uuid,
            "lifecycle": Lifecycle(created_at=start.astimezone(UTC), created_by=data["crew"][0]["member_id"]),
            **data,
        }
    )


def large_report(seed: int = 0, scale: int = 1) -> Report:
    """A long critical-care call: 100 vital sets, 100 procedures, 100 medications and 200 CPR events, each
    count multiplied by `scale`, all inside the call's times (for benchmarks and flow tests)."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 2, 1, 0, tzinfo=MOUNTAIN)
    data = cardiac_arrest(start, 1, rng)
    data["times"] |= {
        "arrived_at_destination": (start + timedelta(minutes=125)).isoformat(),
        "transfer_of_care": (start + timedelta(minutes=130)).isoformat(),
        "back_in_service": (start + timedelta(minutes=150)).isoformat(),
    }

    def spread(count: int, first: float, last: float) -> list[str]:
        step = (last - first) / count
        return [(start + timedelta(minutes=first + i * step)).isoformat() for i in range(count)]

    data["vitals"] = vital_sets(start, [19] * (100 * scale), rng, 140, 120)
    for vitals, moment in zip(data["vitals"], spread(100 * scale, 19, 120), strict=True):
        vitals["taken_at"] = moment
    arrest_procedures = data["procedures"]  # CPR, AED, supraglottic airway
    data["procedures"] = [
        {**arrest_procedures[i % 3], "id": str(uuid4()), "at": moment}
        for i, moment in enumerate(spread(100 * scale, 14, 120))
    ]
    data["medications"] = [
        {**data["medications"][0], "id": str(uuid4()), "at": moment}
        for moment in spread(100 * scale, 17, 120)
    ]
    kinds = list(CprEventKind)
    data["cpr_events"] = [
        {"at": moment, "kind": kinds[i % len(kinds)]} for i, moment in enumerate(spread(200 * scale, 13, 120))
    ]
    data["airway"]["confirmations"] = [
        {
            **data["airway"]["confirmations"][0],
            "id": str(uuid4()),
            "procedure_id": p["id"],
            "confirmed_at": p["at"],
        }
        for p in data["procedures"][2::3]
    ]
    return Report.model_validate(
        {"lifecycle": Lifecycle(created_at=start.astimezone(UTC), created_by="C-0815"), **data}
    )


@dataclass(frozen=True)
class DemoLoad:
    added: int
    total: int
    locked: int
    recovery_key: str | None  # only when this call set the device up: shown once, never stored


def load_demo(device: Device, count: int = 12, session: Session | None = None) -> DemoLoad:
    """Demo calls on `device`: the first time it sets the device up with the demo roster; later it adds the
    calls that are missing, as an admin `session`. Some calls are locked, one with a late correction."""
    recovery = None
    if session is None:
        accounts = demo_accounts()
        session, recovery = device.set_up(*accounts[0])
        for account, pin in accounts[1:]:
            session.add_account(account, pin)
        owned = True
    else:
        owned = False
    try:
        session.require(Action.DEMO)
        demo_settings(session)
        db = session.db  # demo calls are stored as written by their crews, then locked by their authors
        present = {s.uuid for s in db.list_reports()}
        added = 0
        for number in range(count):
            report = demo_report(number)
            if str(report.uuid) in present:
                continue
            db.import_reports([report], session.who)
            if number % 3 == 0:
                author = report.lifecycle.created_by
                db.lock_report(report.uuid, author)
                if number % 6 == 0:
                    db.add_addendum(
                        report.uuid,
                        author,
                        "Late entry",
                        "Patient's daughter reported a penicillin allergy after handover.",
                    )
            added += 1
        total, locked = len(db.list_reports()), len(db.list_reports(Status.LOCKED))
    finally:
        if owned:
            session.log_out()
    return DemoLoad(added, total, locked, recovery)


def demo_settings(session: Session) -> None:
    """The demo agency's settings and unit, where the device has none yet (a station's are never replaced)."""
    from epcr.domain.unit import Unit
    from epcr.sync.agency import set_local
    from epcr.sync.protocol import AgencySettings

    set_local(session.db.path.parent, AgencySettings.model_validate(AGENCY))
    if session.unit() is None:
        session.set_unit(Unit.model_validate(UNIT))
