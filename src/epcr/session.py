"""A logged-in crew member's door to the records: every action checks the role, and what changes no record
(a view, an export, logging in and out) still leaves an audit entry."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from pydantic import BaseModel

from epcr.domain.code_mode import rederive
from epcr.domain.report import Addendum, Report, Status
from epcr.domain.summary import ReportSummary
from epcr.domain.unit import Unit
from epcr.security.accounts import Account, check_pin
from epcr.security.audit_chain import ChainCheck
from epcr.security.kdf import hash_pin
from epcr.security.keyslots import KeySlots
from epcr.security.roles import OWN_REPORTS_ONLY, Action, NotPermitted, Role, allowed
from epcr.store import unit as unit_store
from epcr.store.database import Database
from epcr.store.links import Link
from epcr.store.reports import FieldChange, ReportRepository

if TYPE_CHECKING:
    from epcr.store.sources import Origin, Source
    from epcr.sync.client import Stop, SyncResult
    from epcr.sync.qa_client import QaClient

DEFAULT_IDLE_MINUTES = 5


class Session:
    def __init__(self, db: Database, account: Account, slots: KeySlots, database_key: bytes | None) -> None:
        from epcr.exports.files import clear_print_folder

        self.db, self.account, self._slots = db, account, slots
        # A bytearray of our own, zeroed at logout (the bytes it came from are the caller's to drop).
        self._key = bytearray(database_key) if database_key is not None else None
        clear_print_folder(db.path.parent)  # at every login: no sheet outlives the login it was printed in
        self._own: dict[str, bool] = {}
        self.closed = False

    @property
    def who(self) -> str:
        return self.account.id

    # -- access control -------------------------------------------------------------------------------

    def require(self, action: Action, report_id: UUID | str | None = None) -> None:
        if self.closed:
            raise NotPermitted(self.who, self.account.role, action, "the session has ended; log in again")
        if not allowed(self.account.role, action):
            raise NotPermitted(self.who, self.account.role, action)
        if report_id is not None and self.account.role in OWN_REPORTS_ONLY and not self._owns(str(report_id)):
            raise NotPermitted(self.who, self.account.role, action, "it is not one of your reports")

    def _owns(self, report_id: str) -> bool:
        """Own reports: written by this crew member, or with them on the crew list."""
        if report_id not in self._own:
            self._own[report_id] = bool(self.db.owned_report_ids(self.who, report_id))
        return self._own[report_id]

    # -- sync with the station (epcr.sync.client) -------------------------------------------------------

    def enroll_station(
        self, url: str, code: str, fingerprint: str | None = None, ca_key: str | None = None
    ) -> Link:
        """Pin the station's certificate (`fingerprint`) or the agency CA's key (`ca_key`), as chosen."""
        from epcr.sync.client import enroll

        self.require(Action.ENROLL)
        return enroll(self.db, url, code, self.who, fingerprint, ca_key=ca_key)

    def sync(self, stop: Stop | None = None) -> SyncResult:
        """Push every locked report and addendum; any crew member may dock, whoever wrote the reports.
        `stop()` from another thread ends it at once (the app closing)."""
        from epcr.sync.client import Syncer

        self.require(Action.SYNC)
        return Syncer(self.db, keys=(self._slots, bytes(self._key)) if self._key else None, stop=stop).run()

    def sync_states(self) -> dict[str, str]:
        """report uuid -> waiting | synced | conflict | rejected (drafts have none)."""
        self.require(Action.REPORT_LIST)
        return self.db.sync_states()

    # -- QA review at the station (epcr.sync.qa_client) ----------------------------------------------

    def connect_qa(
        self, url: str, token: str, fingerprint: str | None = None, ca_key: str | None = None
    ) -> None:
        """Check and keep the station and reviewer token this QA reviewer reviews with."""
        from epcr.sync.qa_client import connect

        self.require(Action.REPORT_REVIEW)
        self.db.set_qa_link(connect(url, token, fingerprint, ca_key), self.who)

    def qa_client(self) -> QaClient | None:
        """A client for the station's QA API, or None before `connect_qa`."""
        from epcr.sync.qa_client import QaClient

        self.require(Action.REPORT_REVIEW)
        link = self.db.qa_link()
        return QaClient(link) if link else None

    def enrolled(self) -> bool:
        return self.db.station_link() is not None

    # -- reports --------------------------------------------------------------------------------------

    def create_report(self, **sections: Any) -> Report:
        """A new draft that starts with what is known (epcr.prefill: this EMT on the crew, agency, unit, PCR
        number); `sections` add to it or override it."""
        from epcr.prefill import new_report
        from epcr.sync.agency import settings

        self.require(Action.REPORT_CREATE)
        agency = settings(self.db.path.parent)

        def create(reports: ReportRepository, now: datetime) -> Report:  # one transaction: number and report
            report = new_report(reports.db, self.account, agency, now, sections)
            reports.add(report, self.who, now)
            return report

        report = self.db.write(create)
        self._own[str(report.uuid)] = True
        return report

    def save_field(self, report_id: UUID | str, path: str, value: Any) -> FieldChange:
        self.require(Action.REPORT_EDIT, report_id)
        return self.db.save_field(report_id, path, value, self.who)

    def save_fields(self, report_id: UUID | str, fields: dict[str, Any]) -> list[FieldChange]:
        """Fields one pick decides (a destination from the agency's list), in one transaction: each checked
        and audited as its own edit, all written or none."""
        self.require(Action.REPORT_EDIT, report_id)

        def save(reports: ReportRepository, now: datetime) -> list[FieldChange]:
            return [
                reports.save_field(report_id, path, value, self.who, now) for path, value in fields.items()
            ]

        return self.db.write(save)

    def add_entry(self, report_id: UUID | str, group: str, data: dict[str, Any] | BaseModel) -> UUID:
        self.require(Action.REPORT_EDIT, report_id)
        return self.db.add_entry(report_id, group, data, self.who)

    # -- cardiac arrest: code mode (epcr.domain.code_mode) ----------------------------------------------

    def stamp_cpr_event(self, report_id: UUID | str, event: dict[str, Any]) -> UUID:
        """A code-mode tap, in one transaction: the event; the eMedications entry of a drug given with it
        (`event["medication_entry"]`, linked by the event's `medication_id`, scope-checked like any dose);
        and the arrest fields re-derived from the whole log."""
        self.require(Action.REPORT_EDIT, report_id)
        entry = dict(event)
        medication = entry.pop("medication_entry", None)

        def stamp(reports: ReportRepository, now: datetime) -> UUID:
            before = reports.get(report_id)
            if medication is not None:
                given = reports.add_entry(report_id, "medications", medication, self.who, now)
                entry["medication_id"] = str(given)
            added: UUID = reports.add_entry(report_id, "cpr_events", entry, self.who, now)
            self._rederive_arrest(reports, report_id, before, now)
            return added

        return self.db.write(stamp)

    def save_arrest_field(self, report_id: UUID | str, path: str, value: Any) -> FieldChange:
        """An edit the arrest fields are derived from (a CPR event corrected, an eArrest field picked, the
        at-patient time) and the re-derivation, in one transaction. A field the crew picks stays theirs."""
        self.require(Action.REPORT_EDIT, report_id)

        def save(reports: ReportRepository, now: datetime) -> FieldChange:
            before = reports.get(report_id)
            change = reports.save_field(report_id, path, value, self.who, now)
            self._rederive_arrest(reports, report_id, before, now, chosen=path)
            return change

        return self.db.write(save)

    def void_cpr_event(self, report_id: UUID | str, path: str, reason: str) -> None:
        """A CPR event recorded in error, withdrawn (the audit trail keeps it and the reason), and the
        arrest fields re-derived without it, in one transaction."""
        self.require(Action.REPORT_EDIT, report_id)

        def void(reports: ReportRepository, now: datetime) -> None:
            before = reports.get(report_id)
            reports.remove_entry(report_id, path, self.who, now, reason)
            self._rederive_arrest(reports, report_id, before, now)

        self.db.write(void)

    def _rederive_arrest(
        self,
        reports: ReportRepository,
        report_id: UUID | str,
        before: Report,
        now: datetime,
        chosen: str | None = None,
    ) -> None:
        for path, value in rederive(before, reports.get(report_id), chosen).items():
            reports.save_field(report_id, path, value, self.who, now)

    def remove_entry(self, report_id: UUID | str, path: str) -> None:
        self.require(Action.REPORT_EDIT, report_id)
        self.db.remove_entry(report_id, path, self.who)

    def void_entry(self, report_id: UUID | str, path: str, reason: str) -> None:
        self.require(Action.REPORT_EDIT, report_id)
        self.db.void_entry(report_id, path, reason, self.who)

    def lock_report(self, report_id: UUID | str) -> Report:
        self.require(Action.REPORT_LOCK, report_id)
        return self.db.lock_report(report_id, self.who)

    def add_addendum(self, report_id: UUID | str, reason: str, text: str) -> Addendum:
        self.require(Action.REPORT_ADDENDUM, report_id)
        return self.db.add_addendum(report_id, self.who, reason, text)

    def open_report(self, report_id: UUID | str) -> Report:
        self.require(Action.REPORT_VIEW, report_id)
        return self.db.open_report(report_id, self.who)  # the store records the view, once

    def list_reports(self, status: Status | None = None, search: str | None = None) -> list[ReportSummary]:
        self.require(Action.REPORT_LIST)
        found = self.db.list_reports(status, search)
        if self.account.role in OWN_REPORTS_ONLY:
            own = self.db.owned_report_ids(self.who)
            found = [s for s in found if s.uuid in own]
        return found

    def import_reports(
        self, reports: Sequence[Report], sources: Mapping[UUID, Source] | None = None, entered: bool = False
    ) -> list[UUID]:
        """All or nothing; `sources` keeps the document each report came from beside it. `entered`: drafts a
        person wrote (a JSON file), which may not hold what only a source file says (Not Reporting)."""
        self.require(Action.REPORT_IMPORT)
        return self.db.import_reports(reports, self.who, sources, entered)

    def report_origins(self) -> dict[str, Origin]:
        """Where each imported report came from (file, importer), by report id: shown beside its authors."""
        self.require(Action.REPORT_LIST)
        origins = self.db.report_origins()
        if self.account.role in OWN_REPORTS_ONLY:  # a file name can name a patient: own reports only
            own = self.db.owned_report_ids(self.who)
            origins = {rid: origin for rid, origin in origins.items() if rid in own}
        return origins

    def report_source(self, report_id: UUID | str, what: str) -> Source | None:
        """The original document of an imported report; handing it out is audited like an export."""
        self.require(Action.REPORT_EXPORT, report_id)
        source = self.db.report_source(report_id)
        if source is not None:
            self.db.record_event(self.who, "export", report_id, {"to": what})
        return source

    def export_report(self, report_id: UUID | str, what: str) -> Report:
        """The report to write out; the export itself is audited (format and destination in `what`)."""
        self.require(Action.REPORT_EXPORT, report_id)
        return self.db.open_report(report_id, self.who, "export", {"to": what})  # one entry: the export

    # -- roster ---------------------------------------------------------------------------------------

    def accounts(self) -> list[Account]:
        self.require(Action.ROSTER)
        return self.db.accounts()

    def crew_roster(self) -> list[Account]:
        """The active EMTs on this device, to pick a partner from: names, levels and certifications only (an
        account holds no PIN and no patient data), so whoever documents a call may read it."""
        self.require(Action.REPORT_EDIT)
        return sorted(
            (a for a in self.db.accounts() if a.active and a.role is Role.EMT), key=lambda a: (a.name, a.id)
        )

    # -- the unit this device rides in (epcr.store.unit) ----------------------------------------------

    def unit(self) -> Unit | None:
        with self.db.reading() as reports:
            return unit_store.get(reports.db)

    def set_unit(self, unit: Unit | None) -> None:
        """Set (None: clear) the vehicle and call sign new reports start with; audited in its transaction."""
        self.require(Action.DEVICE_UNIT)
        self.db.write(lambda reports, now: unit_store.put(reports.db, unit, self.who, now))

    def add_account(self, account: Account, pin: str) -> None:
        """A new crew member: roster row and key slot (they can open this database from now on)."""
        self.require(Action.ROSTER)
        check_pin(pin)
        assert self._key is not None
        self.db.add_account(account, hash_pin(pin), self.who)
        self._slots.add(account.id, pin, self._key)

    def remove_account(self, account_id: str) -> None:
        """Deactivate on the roster and delete the key slot: that PIN no longer opens the database."""
        self.require(Action.ROSTER)
        if account_id == self.who:
            raise NotPermitted(
                self.who, self.account.role, Action.ROSTER, "you cannot remove your own account"
            )
        self._slots.remove(account_id)
        self.db.deactivate_account(account_id, self.who)

    def change_pin(self, old_pin: str, new_pin: str) -> None:
        """Re-wrap this account's key slot under the new PIN (the old one must be right)."""
        check_pin(new_pin)
        key = self._slots.unlock(self.who, old_pin)
        self._slots.add(self.who, new_pin, key)
        self.db.set_pin_hash(self.who, hash_pin(new_pin))

    def confirm_pin(self, pin: str) -> None:
        """Re-entry of this account's PIN (to sign a lock, to unlock an idle screen); wrong PINs count."""
        self._slots.unlock(self.who, pin)

    # -- audit ----------------------------------------------------------------------------------------

    def verify_audit(self) -> ChainCheck:
        self.require(Action.AUDIT_VERIFY)
        return self.db.verify_audit()

    def log_out(self) -> None:
        if not self.closed:
            self.db.record_event(self.who, "logout")
            self.db.close()
            if self._key is not None:
                self._key[:] = bytes(len(self._key))
            self.closed, self._key = True, None


class IdleLock:
    """Locks a session after `minutes` without activity (45 CFR 164.312(a)(2)(iii), automatic logoff). The
    screen shows the lock; the PIN of the same account resumes exactly where the user was, and clinical timers
    keep running because only input is blocked, not the session."""

    def __init__(
        self,
        session: Session,
        minutes: float = DEFAULT_IDLE_MINUTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if minutes <= 0:
            raise ValueError("the idle time before locking must be more than 0 minutes")
        self.session, self.seconds, self._clock = session, minutes * 60, clock
        self._last = clock()
        self._locked = False

    def touch(self) -> None:
        """Any keystroke or tap: the user is still here."""
        if not self.locked:
            self._last = self._clock()

    @property
    def locked(self) -> bool:
        if not self._locked and self._clock() - self._last >= self.seconds:
            self._locked = True
            self.session.db.record_event(self.session.who, "screen locked")
        return self._locked

    @property
    def seconds_left(self) -> float:
        return max(0.0, self.seconds - (self._clock() - self._last))

    def unlock(self, pin: str) -> None:
        """Wrong PINs count towards the account's lockout, as at login."""
        self.session.confirm_pin(pin)
        self._locked, self._last = False, self._clock()
        self.session.db.record_event(self.session.who, "screen unlocked")


__all__ = ["DEFAULT_IDLE_MINUTES", "IdleLock", "Role", "Session"]
