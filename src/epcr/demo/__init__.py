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
from epcr.domain.report import SCHEMA_VERSION, Addendum, Lifecycle, Report, Status
from epcr.rules.agency import agency_rules
from epcr.security.roles import Action
from epcr.store.errors import LockRefused
from epcr.store.sources import DEMO_FORMAT, Source

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from epcr.device import Device
    from epcr.rules.findings import Finding
    from epcr.session import Session

DEMO_SOURCE = "epcr demo"  # the file name the demo calls are imported from

__all__ = [
    "ROSTER",
    "DemoNotLoaded",
    "NotADemoDatabase",
    "demo_accounts",
    "demo_report",
    "demo_settings",
    "large_report",
    "load_demo",
    "set_up_demo",
]


# Calls 0-95 are the unit's November 2026, one every 7 hours (what the tests, screenshots and docs show);
# calls from 96 on go back in time from 1 November, 12 a day, so 10,000 calls reach back to mid-2024: every
# call is in the past, none overlaps another (a call takes 72 minutes), and the crew's cards cover each.
NOVEMBER = datetime(2026, 11, 1, 6, 0, tzinfo=MOUNTAIN)
NOVEMBER_CALLS = 96
EARLIER_SLOT = timedelta(hours=2)


def call_start(number: int, rng: random.Random) -> datetime:
    """When the unit was notified of demo call `number` (one draw from `rng`: the minutes vary)."""
    jitter = rng.randint(0, 5)
    if number < NOVEMBER_CALLS:
        return NOVEMBER + timedelta(hours=7 * number + jitter)
    slot = number - NOVEMBER_CALLS + 1  # call 96 is the last before 1 November, 06:00
    return NOVEMBER - slot * EARLIER_SLOT + timedelta(minutes=8 * jitter)  # starts in the slot's first 40 min


def demo_report(number: int, start: datetime | None = None, seed: int = 0) -> Report:
    rng = random.Random(seed * 100_003 + number)
    start = start or call_start(number, rng)
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


class NotADemoDatabase(Exception):
    """`epcr demo` on a database it did not set up: a working device's records are never mixed with demo
    calls, whose authors are the demo crew."""

    def __init__(self, database: Path) -> None:
        super().__init__(
            f"{database} is not a demo database (it was set up with `epcr init`, not `epcr demo`): "
            "demo calls are loaded only where `epcr demo` set the database up. Nothing was added. "
            "For a demo, give a new folder, e.g. `epcr --db /tmp/epcr-demo/epcr.sqlite3 demo`."
        )
        self.database = database


class DemoNotLoaded(Exception):
    """A demo load that failed part-way: none of its calls was stored (they go in one transaction)."""

    def __init__(self, cause: str, recovery_key: str | None = None) -> None:
        message = f"{cause}. No demo call was added: the reports and their audit trail are as they were."
        if recovery_key is not None:  # the device was set up by this call: its key is shown here or never
            message += (
                " The demo device itself is set up (the demo accounts log in); its recovery key, shown once: "
                + recovery_key
            )
        super().__init__(message)


@dataclass(frozen=True)
class DemoLoad:
    added: int
    total: int
    locked: int
    recovery_key: str | None  # only when this call set the device up: shown once, never stored


def set_up_demo(device: Device) -> tuple[Session, str]:
    """A new demo device: the demo roster, and the database marked as a demo one (the mark is the audit
    entry right after the set-up's; only a database marked so takes demo calls). Returns the admin's session
    and the recovery key."""
    accounts = demo_accounts()
    session, recovery = device.set_up(*accounts[0])
    try:
        session.db.mark_demo(session.who)
        for account, pin in accounts[1:]:
            session.add_account(account, pin)
    except BaseException:
        session.log_out()
        raise
    return session, recovery


def load_demo(device: Device, count: int = 12, session: Session | None = None) -> DemoLoad:
    """Demo calls on `device`: the first time it sets the device up as a demo device; later it adds the calls
    that are missing, as an admin `session`, and only on a demo database (else NotADemoDatabase).

    The calls are imported, marked as coming from the demo (`epcr export UUID --format source` gives them):
    their authors, locks and addenda are the demo crew's as the calls record them, and every audit entry
    names the account running the demo. None is queued for the station: the device's crew locked none.

    All or nothing: every call is made and its lock checked before anything is written, then all of them are
    stored in one transaction; a failure raises DemoNotLoaded and leaves the reports as they were."""
    recovery = None
    if session is None:  # a new device: its calls are made and checked before it is set up
        calls = _demo_calls(count, set(), agency_rules(device.home).validator.lock_gate)
        session, recovery = set_up_demo(device)
    else:
        session.require(Action.DEMO)
        if not session.db.is_demo():
            raise NotADemoDatabase(session.db.path)
        present = {s.uuid for s in session.db.list_reports()}
        calls = _demo_calls(count, present, session.db.validator.lock_gate)
    try:
        session.require(Action.DEMO)
        db = session.db
        demo_settings(session)
        if calls:
            reports = [report for report, _ in calls]
            try:
                db.import_reports(reports, session.who, {report.uuid: source for report, source in calls})
            except Exception as error:  # a refused report, a full disk: the transaction rolled back
                raise DemoNotLoaded(f"the demo calls could not be stored: {error}", recovery) from error
        total, locked = len(db.list_reports()), len(db.list_reports(Status.LOCKED))
    finally:
        if recovery is not None:
            session.log_out()
    return DemoLoad(len(calls), total, locked, recovery)


def _demo_calls(
    count: int, present: set[str], gate: Callable[[Report], list[Finding]]
) -> list[tuple[Report, Source]]:
    """Demo calls 0 to `count` - 1 not `present`, each with the document it is imported from; every third
    one locked by its author (the lock gate holds, or DemoNotLoaded names the call), one in six of those
    with a late correction."""
    calls = []
    for number in range(count):
        report = demo_report(number)
        if str(report.uuid) in present:
            continue
        if number % 3 == 0:
            try:
                report = _locked(report, gate, late_entry=number % 6 == 0)
            except LockRefused as refused:
                raise DemoNotLoaded(f"demo call {number} cannot be locked: {refused}") from refused
        document = report.model_dump_json(indent=2).encode()
        calls.append((report, Source(DEMO_FORMAT, DEMO_SOURCE, document, ())))
    return calls


def _locked(report: Report, gate: Callable[[Report], list[Finding]], late_entry: bool) -> Report:
    """The call as its author locked it at the end of the call (the lock gate holds, as at a real lock),
    with the addendum a late entry adds three hours later."""
    if blocking := gate(report):
        raise LockRefused(str(report.uuid), blocking)
    life = report.lifecycle
    author = life.created_by
    at = report.times.back_in_service or life.created_at + timedelta(hours=2)
    report.schema_version = SCHEMA_VERSION
    digest = report.content_hash()
    report.lifecycle = Lifecycle(
        status=Status.LOCKED,
        created_at=life.created_at,
        created_by=author,
        locked_at=at,
        locked_by=author,
        content_hash=digest,
    )
    if late_entry:
        reason, text = "Late entry", "Patient's daughter reported a penicillin allergy after handover."
        added_at, addendum_id = at + timedelta(hours=3), UUID(int=report.uuid.int ^ 1, version=4)
        report.addenda = [
            Addendum(
                id=addendum_id,
                author=author,
                at=added_at,
                reason=reason,
                text=text,
                previous_hash=digest,
                hash=Addendum.compute_hash(report.uuid, addendum_id, author, added_at, reason, text, digest),
            )
        ]
    return report


def demo_settings(session: Session) -> None:
    """The demo agency's settings and unit, where the device has none yet (a station's are never replaced)."""
    from epcr.domain.unit import Unit
    from epcr.sync.agency import set_local
    from epcr.sync.protocol import AgencySettings

    set_local(session.db.path.parent, AgencySettings.model_validate(AGENCY))
    if session.unit() is None:
        session.set_unit(Unit.model_validate(UNIT))
