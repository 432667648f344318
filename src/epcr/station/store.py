"""The station's database: enrolled devices and the reports and addenda they delivered.

SQLite (one file in the station's data folder) by default; PostgreSQL when several stations of an agency
share one database. Either way the schema comes from the station's own alembic migrations, run at open.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.pool import NullPool, QueuePool

from epcr.station import at_rest, qa
from epcr.station.indexer import Indexer
from epcr.station.receiving import Checked, prepare, read_push
from epcr.station.schema import conflicts, deliveries, devices, insert_ignoring, items, station
from epcr.sync.protocol import HeldItem, ItemHead, Kind, Outcome, PushItem, Receipt, token_digest

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L: read aloud over a radio
CODE_LIFETIME = timedelta(hours=24)
MIGRATIONS = Path(__file__).with_name("migrations")


class StationError(Exception):
    """A refused station operation; the message says what to do."""


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    enrolled_at: datetime | None
    revoked_at: datetime | None
    items: int


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL; None for PostgreSQL or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(str(parsed.database))


def open_at_rest(url: str) -> tuple[bytes | None, str]:
    """The SQLCipher key (None for PostgreSQL or memory) and a line saying how the data is protected at rest.
    A new SQLite database gets a key file; one left in plaintext by an earlier version is encrypted now."""
    path = sqlite_path(url)
    if path is None:
        if url.startswith("sqlite"):
            raise StationError("database-url: sqlite:///PATH names the station's database file")
        return None, at_rest.postgres_url(url)[1]
    key, done = at_rest.prepare(path)
    line = f"database: {path.absolute()}, encrypted with SQLCipher (key from {key.source})"
    return key.raw, f"{line}; {done}" if done else line


def make_engine(url: str, key: bytes | None = None, migration: bool = False) -> Engine:
    """An engine for the station database; SQLite is opened with its SQLCipher key (`open_at_rest`)."""
    path = sqlite_path(url)
    if path is not None:
        if key is None:
            key = open_at_rest(url)[0]
        module = at_rest.sqlcipher()
        # A file, though the URL says memory: the pool must be the file's (not one connection per thread).
        pool: dict[str, Any] = {"poolclass": NullPool if migration else QueuePool}
        engine = create_engine(
            "sqlite://",
            module=module,
            creator=lambda: at_rest.connect(path, key),
            **pool,
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # a receipt is only sent for what is on disk
            # Batch migrations rebuild tables: foreign keys are only enforced outside them.
            cursor.execute(f"PRAGMA foreign_keys={'OFF' if migration else 'ON'}")
            cursor.close()

        return engine
    if url.startswith("sqlite"):
        raise StationError("database-url: sqlite:///PATH names the station's database file")
    secured, _ = at_rest.postgres_url(url)
    if migration:
        return create_engine(secured, poolclass=NullPool)
    return create_engine(secured, pool_pre_ping=True, pool_size=5, max_overflow=5)


def migrate(url: str, key: bytes | None = None) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(url, key, migration=True)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


class StationStore:
    def __init__(self, url: str) -> None:
        self.url = url
        key, self.protection = open_at_rest(url)  # `serve` prints how the data is protected
        migrate(url, key)
        self.engine = make_engine(url, key)
        self.indexer = Indexer(self.engine)
        with self.engine.connect() as conn:
            self.station_id: str = conn.execute(select(station.c.id)).scalar_one()

    def close(self) -> None:
        self.indexer.stop()
        self.engine.dispose()

    # -- devices ------------------------------------------------------------------------------------

    def invite(self, name: str, now: datetime | None = None) -> str:
        """A one-time enrollment code for device `name`: a new device, or a revoked one enrolling again."""
        name = name.strip()
        if not name or len(name) > 100:
            raise StationError("device: a name of 1 to 100 characters, e.g. the unit's call sign 'Medic 12'")
        now = now or datetime.now(UTC)
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
        code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
        values = {"code_hash": token_digest(raw), "code_expires_at": now + CODE_LIFETIME}
        with self.engine.begin() as conn:
            row = conn.execute(
                select(devices.c.id, devices.c.revoked_at, devices.c.token_hash).where(devices.c.name == name)
            ).first()
            if row is None:
                conn.execute(
                    devices.insert().values(id=str(uuid.uuid4()), name=name, created_at=now, **values)
                )
            elif row.token_hash is not None and row.revoked_at is None:
                raise StationError(f"device: '{name}' is enrolled; revoke it first to enroll it again")
            else:
                conn.execute(
                    update(devices)
                    .where(devices.c.id == row.id)
                    .values(token_hash=None, revoked_at=None, enrolled_at=None, **values)
                )
        return code

    def enroll(self, code: str, now: datetime | None = None) -> tuple[str, str]:
        """Trade a one-time code for (device id, device token); the code cannot be used twice."""
        now = now or datetime.now(UTC)
        token = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            row = conn.execute(
                select(devices.c.id, devices.c.code_expires_at).where(
                    devices.c.code_hash == token_digest(normalise_code(code))
                )
            ).first()
            expires = row.code_expires_at if row is not None else None
            if row is None or expires is None or expires < now:
                raise StationError("code: unknown, used or expired; ask the station for a new one")
            done = conn.execute(
                update(devices)
                .where(devices.c.id == row.id, devices.c.code_hash.is_not(None))
                .values(code_hash=None, code_expires_at=None, token_hash=token_digest(token), enrolled_at=now)
            )
            if done.rowcount != 1:  # another request used the code in the meantime
                raise StationError("code: unknown, used or expired; ask the station for a new one")
        return row.id, token

    def revoke(self, name: str, now: datetime | None = None) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(devices)
                .where(devices.c.name == name, devices.c.revoked_at.is_(None))
                .values(revoked_at=now or datetime.now(UTC), token_hash=None, code_hash=None)
            )
        if done.rowcount != 1:
            raise StationError(f"device: no enrolled device named '{name}'")

    def authenticate(self, token: str) -> str | None:
        """The device id for a live token; None for an unknown or revoked one."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(devices.c.id).where(
                    devices.c.token_hash == token_digest(token), devices.c.revoked_at.is_(None)
                )
            ).scalar_one_or_none()

    def devices(self) -> list[Device]:
        counts = select(items.c.device_id, func.count().label("n")).group_by(items.c.device_id).subquery()
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(devices, func.coalesce(counts.c.n, 0).label("n"))
                .outerjoin(counts, counts.c.device_id == devices.c.id)
                .order_by(devices.c.name)
            ).all()
        return [Device(r.id, r.name, r.enrolled_at, r.revoked_at, int(r.n)) for r in rows]

    # -- receiving ----------------------------------------------------------------------------------

    def receive(
        self, device_id: str, batch: Sequence[PushItem], now: datetime | None = None
    ) -> list[Receipt]:
        """Store a batch in one transaction and answer one receipt per item, in order.

        Each item is checked first (its hash, its lock), outside the transaction; then the whole batch is
        written with one statement per table, so a batch costs a few round trips, not four per item. The
        unique key on (kind, uuid, version) decides what is new, never a check-then-insert. A new report
        joins the QA index behind the receipt (`qa_pending`, epcr.station.indexer), before any QA read."""
        now = now or datetime.now(UTC)
        with self.indexer.receiving():
            return self._stored(device_id, [prepare(item) for item in batch], now)

    def receive_body(self, device_id: str, body: bytes, now: datetime | None = None) -> list[Receipt]:
        """`receive` for a push body as it came (epcr.station.receiving); ValidationError: not a push."""
        now = now or datetime.now(UTC)
        with self.indexer.receiving():
            return self._stored(device_id, read_push(body), now)

    def _stored(self, device_id: str, checked: list[Checked], now: datetime) -> list[Receipt]:
        with self.engine.begin() as conn:
            receipts, pending = self._store_batch(conn, device_id, checked, now)
        if pending:
            self.indexer.wake()
        return receipts

    def _store_batch(
        self, conn: Connection, device_id: str, checked: list[Checked], now: datetime
    ) -> tuple[list[Receipt], int]:
        receipts: list[Receipt | None] = [None] * len(checked)
        first: dict[tuple[str, str, int], int] = {}  # each key's first good item in this batch
        for n, entry in enumerate(checked):
            if entry.problem is not None:
                receipts[n] = _receipt(entry.item, Outcome.REJECTED, entry.problem)
            else:
                first.setdefault(_key(entry.item), n)
        rows = [self._row(checked[n], device_id, now) for n in first.values()]
        inserted = (
            {(r.kind, r.uuid, r.version): r.id for r in conn.execute(self._insert_items, rows).all()}
            if rows
            else {}
        )
        held = self._held_rows(conn, [key for key in first if key not in inserted])
        deliveries, pending, conflict_rows = [], [], []
        for n, entry in enumerate(checked):
            if entry.problem is not None:
                continue
            key = _key(entry.item)
            if key in inserted and first[key] == n:  # this request stored it
                deliveries.append(inserted[key])
                if key[0] == Kind.REPORT.value:  # waits for the QA index, in the same transaction
                    pending.append({"item_id": inserted[key]})
                receipts[n] = _receipt(entry.item, Outcome.ACCEPTED)
                continue
            item_id, held_hash = (
                (inserted[key], checked[first[key]].item.content_hash) if key in inserted else held[key]
            )
            if held_hash == entry.item.content_hash:
                deliveries.append(item_id)
                receipts[n] = _receipt(entry.item, Outcome.ALREADY_HAVE)
                continue
            conflict_rows.append(self._row(entry, device_id, now))
            receipts[n] = _receipt(
                entry.item,
                Outcome.CONFLICT,
                f"the station holds another copy of {key[0]} {key[1]} version {key[2]}; "
                "both are kept for QA to resolve",
            )
        if deliveries:
            conn.execute(
                INSERT_DELIVERY,
                [
                    {"item_id": i, "device_id": device_id, "delivered_at": now}
                    for i in dict.fromkeys(deliveries)
                ],
            )
        if pending:
            conn.execute(qa.INSERT_PENDING, pending)
        if conflict_rows:
            conn.execute(
                INSERT_CONFLICT, [{k: v for k, v in r.items() if k != "report_uuid"} for r in conflict_rows]
            )
        return [r for r in receipts if r is not None], len(pending)

    @property
    def _insert_items(self) -> Any:
        return INSERT_ITEMS[self.engine.dialect.name]

    @staticmethod
    def _row(entry: Checked, device_id: str, now: datetime) -> dict[str, Any]:
        item = entry.item
        return {
            "kind": item.kind.value,
            "uuid": item.uuid,
            "version": item.version,
            "report_uuid": item.report_uuid,
            "content_hash": item.content_hash,
            "payload": entry.payload,
            "device_id": device_id,
            "received_at": now,
        }

    @staticmethod
    def _held_rows(
        conn: Connection, keys: list[tuple[str, str, int]]
    ) -> dict[tuple[str, str, int], tuple[int, str]]:
        """(id, content hash) of the items already held under these keys (a re-send, or a conflict)."""
        if not keys:
            return {}
        rows = conn.execute(
            select(items.c.id, items.c.kind, items.c.uuid, items.c.version, items.c.content_hash).where(
                items.c.uuid.in_({key[1] for key in keys})
            )
        ).all()
        return {(r.kind, r.uuid, r.version): (r.id, r.content_hash) for r in rows}

    def held(self, device_id: str) -> list[HeldItem]:
        """What this device delivered and the station still has (a copy first sent by another counts)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(items.c.kind, items.c.uuid, items.c.version, items.c.content_hash)
                .join(deliveries, deliveries.c.item_id == items.c.id)
                .where(deliveries.c.device_id == device_id)
                .order_by(items.c.id)
            ).all()
        return [
            HeldItem(kind=Kind(r.kind), uuid=r.uuid, version=r.version, content_hash=r.content_hash)
            for r in rows
        ]

    def item_hashes(self) -> dict[tuple[str, str, int], str]:
        """Every stored item's hash, by (kind, uuid, version): what the reliability tests compare."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(items.c.kind, items.c.uuid, items.c.version, items.c.content_hash)
            ).all()
        return {(r.kind, r.uuid, r.version): r.content_hash for r in rows}

    def payload(self, kind: str, item_uuid: str, version: int = 1) -> dict[str, Any]:
        with self.engine.connect() as conn:
            text = conn.execute(
                select(items.c.payload).where(
                    items.c.kind == kind, items.c.uuid == item_uuid, items.c.version == version
                )
            ).scalar_one()
        return dict(json.loads(text))

    def addenda(self, report_uuid: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            texts = conn.execute(
                select(items.c.payload)
                .where(items.c.kind == Kind.ADDENDUM.value, items.c.report_uuid == report_uuid)
                .order_by(items.c.id)
            ).scalars()
            return [dict(json.loads(text)["addendum"]) for text in texts]

    def conflicts(self) -> list[tuple[str, str, int, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(conflicts.c.kind, conflicts.c.uuid, conflicts.c.version, conflicts.c.content_hash)
            ).all()
        return [(r.kind, r.uuid, r.version, r.content_hash) for r in rows]


def _receipt(item: ItemHead, outcome: Outcome, reason: str | None = None) -> Receipt:
    return Receipt(
        uuid=item.uuid, version=item.version, content_hash=item.content_hash, outcome=outcome, reason=reason
    )


def _key(item: ItemHead) -> tuple[str, str, int]:
    return item.kind.value, item.uuid, item.version


def _insert_items(insert: Any) -> Any:
    # One multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING for the batch (SQLAlchemy's insertmanyvalues):
    # the rows back are the ones this request stored.
    return (
        insert(items)
        .on_conflict_do_nothing()
        .returning(items.c.id, items.c.kind, items.c.uuid, items.c.version)
    )


INSERT_ITEMS = {"sqlite": _insert_items(sqlite_insert), "postgresql": _insert_items(postgresql_insert)}
INSERT_CONFLICT = insert_ignoring(conflicts)
INSERT_DELIVERY = insert_ignoring(deliveries)
