"""The device database: opened (and migrated) once, one writer connection, many readers.

Every write is a unit of work: one `BEGIN IMMEDIATE` transaction holding the change and its audit row,
committed durably before the call returns. Writes come from more than one thread: the app's database worker
(edits, locks, addenda), its sync and QA workers (receipts, the roster, station links, audit events), and
CLI commands. The Database's write lock (a `threading.Lock` each unit of work holds from BEGIN to COMMIT or
rollback) keeps them in order on the one writer connection, one transaction at a time; another process (a
CLI command beside the app) waits on SQLite's own write lock, which BEGIN IMMEDIATE takes. Reads may come
from any thread, each on a pooled connection of its own, and never wait for the write lock.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar, cast
from uuid import UUID

from pydantic import BaseModel
from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert as upsert

from epcr.domain.audit import AuditRecord
from epcr.domain.report import Addendum, Lifecycle, Report, Status
from epcr.domain.summary import ReportSummary
from epcr.rules.agency import agency_rules
from epcr.rules.engine import Validator
from epcr.security.accounts import Account
from epcr.security.audit_chain import ChainCheck, SealedEntry
from epcr.store import audit, links
from epcr.store import sources as report_sources
from epcr.store.accounts import AccountRepository
from epcr.store.engine import create_read_engine, create_write_engine
from epcr.store.links import Link, QaLink
from epcr.store.migrate import ensure_current
from epcr.store.outbox import OutboxRepository, OutboxRow, Outcome
from epcr.store.reports import FieldChange, ReportRepository
from epcr.store.sources import Origin, Source
from epcr.store.sql import audit_log, compiled, params, qa_link

Clock = Callable[[], datetime]
T = TypeVar("T")
UNNAMED = "(reader not named)"  # a read through the store whose caller did not say who reads

DEMO_MARK = "demo database"
_DEMO_MARK = compiled(
    select(
        select(func.min(audit_log.c.id)).where(audit_log.c.action == DEMO_MARK).scalar_subquery(),
        select(func.min(audit_log.c.id)).where(audit_log.c.report_id.is_not(None)).scalar_subquery(),
    )
)
_QA_LINK = compiled(select(qa_link.c.url, qa_link.c.token, qa_link.c.certificate).where(qa_link.c.id == 1))
_QA_COLUMNS = ("url", "token", "certificate", "connected_by")
_qa = upsert(qa_link).values(id=1, **params(*_QA_COLUMNS))
_SET_QA_LINK = compiled(
    _qa.on_conflict_do_update(index_elements=[qa_link.c.id], set_={n: _qa.excluded[n] for n in _QA_COLUMNS}),
    *_QA_COLUMNS,
)


def utc_now() -> datetime:
    return datetime.now(UTC)


class WriteLock:
    """The one writer's lock, knowing which thread holds it: a report read inside that thread's own unit of
    work records its audit entry in that transaction instead of waiting for itself."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None

    def acquire(self) -> None:
        self._lock.acquire()
        self._owner = threading.get_ident()

    def release(self) -> None:
        self._owner = None
        self._lock.release()

    def held_here(self) -> bool:
        return self._owner == threading.get_ident()


class UnitOfWork:
    """Owns one write transaction; repositories inside it never commit on their own.

    The transaction is driven on the DB-API connection SQLAlchemy holds for us. Entering takes the
    Database's write lock first, so a writer on another thread (the sync or QA worker beside the database
    worker) waits for this transaction to end instead of interleaving its statements with it; then BEGIN
    IMMEDIATE takes SQLite's write lock up front (against other processes), so a unit of work never fails
    half-way for want of it.
    """

    def __init__(self, db: sqlite3.Connection, reports: ReportRepository, lock: WriteLock) -> None:
        self.db = db
        self.reports = reports
        self.accounts = AccountRepository(db)
        self.outbox = OutboxRepository(db)
        self._lock = lock

    def __enter__(self) -> UnitOfWork:
        self._lock.acquire()
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise
        return self

    def commit(self) -> None:
        self.db.commit()  # returns only once the WAL is fsynced (synchronous=FULL)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        try:
            if self.db.in_transaction:
                self.db.rollback()  # an exception, or a forgotten commit: nothing half-written
        finally:
            self._lock.release()


class Database:
    def __init__(
        self, path: Path, clock: Clock = utc_now, validator: Validator | None = None, key: bytes | None = None
    ) -> None:
        """`key`: the raw 256-bit SQLCipher key (from a key slot); None opens a plain SQLite file."""
        self.path = Path(path)
        self._validator = validator
        self.scope_problems: list[str] = []  # a bad agency scope file, and which table is used instead
        self.path.parent.mkdir(parents=True, exist_ok=True)
        ensure_current(self.path, key)
        self.clock = clock
        self._write_engine = create_write_engine(self.path, key)
        self._read_engine = create_read_engine(self.path, key)
        self._writer = self._write_engine.connect()  # SQLite has one writer: hold its connection
        raw = _driver(self._writer)
        self._raw_writer, self._writer_reports = raw, ReportRepository(raw)
        self._write_lock = WriteLock()

    def close(self) -> None:
        self._writer.close()
        self._write_engine.dispose()
        self._read_engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self._raw_writer, self._writer_reports, self._write_lock)

    @contextmanager
    def reading(self) -> Iterator[ReportRepository]:
        """A consistent snapshot for reads; never takes the write lock."""
        with self._read_engine.connect() as conn, conn.begin():
            yield ReportRepository(_driver(conn))

    # -- operations (each one durable transaction) ---------------------------------------------------

    def write(self, work: Callable[[ReportRepository, datetime], T]) -> T:
        """Run `work` in one durable transaction: committed when this returns, rolled back if it raises."""
        with self.unit_of_work() as uow:
            result = work(uow.reports, self.clock())
            uow.commit()
        return result

    def create_report(self, created_by: str, **sections: Any) -> Report:
        """A new draft; `sections` may prefill it (e.g. response={...} from the unit's settings)."""
        report = Report.model_validate(
            {"lifecycle": Lifecycle(created_at=self.clock(), created_by=created_by), **sections}
        )
        self.write(lambda reports, now: reports.add(report, created_by, now))
        return report

    def save_field(self, report_id: UUID | str, path: str, value: Any, by: str) -> FieldChange:
        return self.write(lambda reports, now: reports.save_field(report_id, path, value, by, now))

    def add_entry(self, report_id: UUID | str, group: str, data: dict[str, Any] | BaseModel, by: str) -> UUID:
        return self.write(lambda reports, now: reports.add_entry(report_id, group, data, by, now))

    def remove_entry(self, report_id: UUID | str, path: str, by: str) -> None:
        self.write(lambda reports, now: reports.remove_entry(report_id, path, by, now))

    def void_entry(self, report_id: UUID | str, path: str, reason: str, by: str) -> None:
        """An entry recorded in error, withdrawn before lock; the audit trail keeps it and the reason."""
        self.write(lambda reports, now: reports.remove_entry(report_id, path, by, now, reason))

    @property
    def validator(self) -> Validator:
        if self._validator is None:  # loading the scope tables waits until something needs the rules
            rules = agency_rules(self.path.parent, clock=self.clock)  # the agency's good files, if any
            self.scope_problems = rules.problems
            self._validator = rules.validator
        return self._validator

    def lock_report(self, report_id: UUID | str, by: str) -> Report:
        """Lock when the lock gate finds no error (else LockRefused lists them); then it is immutable."""
        return self.write(lambda reports, now: reports.lock(report_id, by, now, self.validator.lock_gate))

    def add_addendum(self, report_id: UUID | str, author: str, reason: str, text: str) -> Addendum:
        return self.write(lambda reports, now: reports.add_addendum(report_id, author, reason, text, now))

    def import_reports(
        self,
        reports: Sequence[Report],
        by: str,
        sources: Mapping[UUID, Source] | None = None,
        entered: bool = False,
    ) -> list[UUID]:
        """All or nothing: either every report (with the document it came from, if any) is stored or none.

        `entered`: the drafts are a person's entry (a JSON file), not what a source file said (a NEMSIS
        import): a Not Reporting or a source-only field (ePatient.13) in them is refused, naming the field."""

        def add_all(repository: ReportRepository, now: datetime) -> None:
            for report in reports:
                repository.add(report, by, now, action="import", as_source=not entered)
                source = (sources or {}).get(report.uuid)
                if source is not None:
                    report_sources.add(repository.db, str(report.uuid), source, now, by)

        self.write(add_all)
        return [r.uuid for r in reports]

    def report_origins(self) -> dict[str, Origin]:
        """Where each imported report came from (by report id): its source file and who imported it."""
        with self._read_engine.connect() as conn:
            return report_sources.origins(_driver(conn))

    def mark_demo(self, by: str) -> None:
        """Record that `epcr demo` set this database up (an audit entry: chained, and no command writes it
        but the demo's set-up)."""
        self.record_event(by, DEMO_MARK)

    def is_demo(self) -> bool:
        """Set up by `epcr demo`: its mark is in the audit trail, before the first entry about a report."""
        with self._read_engine.connect() as conn:
            mark, first_report = _driver(conn).execute(_DEMO_MARK).fetchone()
        return mark is not None and (first_report is None or mark < first_report)

    def report_source(self, report_id: UUID | str) -> Source | None:
        """The document an imported report came from, whole (None for a report made here)."""
        with self._read_engine.connect() as conn:
            return report_sources.get(_driver(conn), str(report_id))

    def record_event(
        self, actor: str, action: str, report_id: UUID | str | None = None, detail: Any = None
    ) -> None:
        """An audit entry for something that changes no record: login, logout, view, export, print, sync."""
        encoded = _encoded(detail)
        rid = str(report_id) if report_id is not None else None
        self.write(
            lambda reports, now: audit.record(
                reports.db, now.isoformat(), actor, action, rid, None, None, encoded
            )
        )

    def owned_report_ids(self, member_id: str, report_id: UUID | str | None = None) -> set[str]:
        with self.reading() as reports:
            return reports.owned_by(member_id, report_id)

    # -- roster ---------------------------------------------------------------------------------------

    def add_account(self, account: Account, pin_hash: str, by: str) -> None:
        self._write_accounts(lambda accounts, now: accounts.add(account, pin_hash, now, by))

    def deactivate_account(self, account_id: str, by: str) -> None:
        self._write_accounts(lambda accounts, now: accounts.deactivate(account_id, now, by))

    def set_pin_hash(self, account_id: str, pin_hash: str) -> None:
        self._write_accounts(lambda accounts, now: accounts.set_pin_hash(account_id, pin_hash, now))

    def account(self, account_id: str) -> Account:
        with self._read_engine.connect() as conn:
            return AccountRepository(_driver(conn)).get(account_id)

    def accounts(self) -> list[Account]:
        with self._read_engine.connect() as conn:
            return AccountRepository(_driver(conn)).all()

    def _write_accounts(self, work: Callable[[AccountRepository, datetime], None]) -> None:
        with self.unit_of_work() as uow:
            work(uow.accounts, self.clock())
            uow.commit()

    # -- sync (epcr.sync.client) ------------------------------------------------------------------------

    def outbox(self) -> list[OutboxRow]:
        with self._read_engine.connect() as conn:
            return OutboxRepository(_driver(conn)).all()

    def pending_outbox(self, limit: int | None = None) -> list[OutboxRow]:
        with self._read_engine.connect() as conn:
            return OutboxRepository(_driver(conn)).pending(limit)

    def outbox_payloads(self, row_ids: list[int]) -> dict[int, bytes]:
        with self._read_engine.connect() as conn:
            return OutboxRepository(_driver(conn)).payloads(row_ids)

    def record_sync(self, outcomes: list[Outcome]) -> None:
        """The station's receipts, committed in one transaction before anything counts as synced."""
        with self.unit_of_work() as uow:
            uow.outbox.record(outcomes, self.clock())
            uow.commit()

    def requeue(self, row_ids: list[int], why: str) -> None:
        with self.unit_of_work() as uow:
            uow.outbox.requeue(row_ids, why)
            uow.commit()

    def sync_states(self) -> dict[str, str]:
        with self._read_engine.connect() as conn:
            return OutboxRepository(_driver(conn)).states()

    def station_link(self) -> Link | None:
        """The enrolled station, its token from the device secret store (a token still in the database, from
        before the store kept it, is moved there first)."""
        with self._read_engine.connect() as conn:
            link = OutboxRepository(_driver(conn)).link()
        vault = links.vault_for(self.path) if link is not None else None
        if link is None or vault is None:
            return link
        token = self._vault_token(vault, links.STATION_TOKEN, link.token, links.BLANK_STATION_TOKEN)
        return replace(link, token=token or "")

    def set_station_link(self, link: Link, by: str) -> None:
        vault = links.vault_for(self.path)
        if vault is not None:  # the token goes to the device secret store, the rest into the database
            vault.put_token(links.STATION_TOKEN, link.token)
        with self.unit_of_work() as uow:
            uow.outbox.set_link(replace(link, token="") if vault is not None else link)
            audit.record(
                uow.db, self.clock().isoformat(), by, "enroll", None, None, None, json.dumps(link.url)
            )
            uow.commit()

    def qa_link(self) -> QaLink | None:
        """The QA station, its reviewer token from the device secret store (moved there first if still here);
        None when the store has lost it (connect again)."""
        with self._read_engine.connect() as conn:
            row = _driver(conn).execute(_QA_LINK).fetchone()
        link = QaLink(*row) if row else None
        vault = links.vault_for(self.path) if link is not None else None
        if link is None or vault is None:
            return link
        token = self._vault_token(vault, links.QA_TOKEN, link.token, links.BLANK_QA_TOKEN)
        return replace(link, token=token) if token else None

    def _vault_token(self, vault: links.TokenVault, name: str, stored: str, blank: str) -> str | None:
        """The token from the device secret store; one still in the database (from before the store kept it)
        is moved there first and blanked here."""
        if stored:
            vault.put_token(name, stored)
            with self.unit_of_work() as uow:
                uow.db.execute(blank)
                uow.commit()
            return stored
        return vault.token(name)

    def set_qa_link(self, link: QaLink, by: str) -> None:
        vault = links.vault_for(self.path)
        if vault is not None:  # the token goes to the device secret store, the rest into the database
            vault.put_token(links.QA_TOKEN, link.token)
        with self.unit_of_work() as uow:
            uow.db.execute(
                _SET_QA_LINK,
                {
                    "url": link.url,
                    "token": "" if vault is not None else link.token,
                    "certificate": link.certificate,
                    "connected_by": by,
                },
            )
            audit.record(
                uow.db, self.clock().isoformat(), by, "qa connect", None, None, None, json.dumps(link.url)
            )
            uow.commit()

    def roster_revision(self) -> int:
        with self._read_engine.connect() as conn:
            return OutboxRepository(_driver(conn)).roster_revision()

    def station_verifiers(self) -> dict[str, str]:
        with self._read_engine.connect() as conn:
            return AccountRepository(_driver(conn)).station_verifiers()

    def apply_roster(self, members: Sequence[tuple[Account, str]], revision: int) -> list[str]:
        """The station's roster in one transaction, with its revision marker: all of it or none."""
        with self.unit_of_work() as uow:
            now = self.clock()
            changes = [
                uow.accounts.apply_member(account, verifier, revision, now) for account, verifier in members
            ]
            uow.outbox.set_roster_revision(revision)
            uow.commit()
        return [change for change in changes if change]

    def audit_head(self) -> tuple[int, str]:
        """(entries, last hash) of this device's audit chain."""
        with self._read_engine.connect() as conn:
            return audit.head(_driver(conn))

    def audit_hash_at(self, entries: int) -> str | None:
        """The chain's hash after its first `entries` entries (None if the log is shorter)."""
        if entries == 0:
            from epcr.security.audit_chain import GENESIS

            return GENESIS
        with self._read_engine.connect() as conn:
            return audit.hash_at(_driver(conn), entries)

    def audit_seal_state(self) -> tuple[int, str, str | None]:
        """(entries, last hash, the key sealing the next entry): what the station trusts on first use."""
        with self._read_engine.connect() as conn:
            return audit.seal_state(_driver(conn))

    def audit_sealed_entries(self, after: int, limit: int) -> list[SealedEntry]:
        """Up to `limit` audit entries after the first `after`, with their seals, for the station."""
        with self._read_engine.connect() as conn:
            return audit.sealed_entries(_driver(conn), after, limit)

    def verify_audit(self) -> ChainCheck:
        with self._read_engine.connect() as conn:
            return audit.verify_chain(_driver(conn))

    def open_report(
        self, report_id: UUID | str, actor: str = UNNAMED, action: str = "view", detail: Any = None
    ) -> Report:
        """A report's clinical content, read for `actor`: the read leaves its audit entry (`action`: a view,
        or what the read is for, e.g. an export) before the report is handed out. Whoever holds the key reads
        through this class on the record, named or not; Session names its crew member."""
        with self.reading() as reports:
            report = reports.get(report_id)
        if self._write_lock.held_here():  # read inside this thread's unit of work: the entry joins it
            at, rid = self.clock().isoformat(), str(report_id)
            audit.record(self._raw_writer, at, actor, action, rid, None, None, _encoded(detail))
        else:
            self.record_event(actor, action, report_id, detail)
        return report

    def list_reports(self, status: Status | None = None, search: str | None = None) -> list[ReportSummary]:
        with self.reading() as reports:
            return reports.summaries(status, search)

    def audit_trail(self, report_id: UUID | str | None = None) -> list[AuditRecord]:
        with self._read_engine.connect() as conn:
            raw = _driver(conn)
            return audit.entries(raw, str(report_id) if report_id else None)


def _encoded(detail: Any) -> str | None:
    return None if detail is None else json.dumps(detail, ensure_ascii=False, separators=(",", ":"))


def _driver(connection: Connection) -> sqlite3.Connection:
    """The DB-API connection under SQLAlchemy's: sqlite3's, or SQLCipher's with the same interface."""
    raw = connection.connection.driver_connection
    assert raw is not None
    return cast(sqlite3.Connection, raw)
