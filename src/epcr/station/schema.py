"""The station's tables (SQLAlchemy Core: the same schema on SQLite and PostgreSQL).

Alembic migrations in epcr/station/migrations create them; this module is their single description.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    text,
)
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Stored in UTC, read back aware: PostgreSQL keeps the offset, SQLite would hand back naive wall time."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: every stored time must carry its UTC offset")
        return value.astimezone(UTC)  # SQLite drops the offset: store every time on one clock

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


def insert_ignoring(
    table: Table, returning: str | None = None, leave: frozenset[str] = frozenset()
) -> TextClause:
    """INSERT ... ON CONFLICT DO NOTHING [RETURNING], one text for SQLite and PostgreSQL alike.

    Built once: the dialects' own insert() constructs carry no cache key, so SQLAlchemy compiled them anew for
    every row of every push (a quarter of the station's time per report). The columns keep their types.
    """
    columns = [
        c for c in table.columns if not (c.primary_key and c.autoincrement is True) and c.name not in leave
    ]
    names = ", ".join(c.name for c in columns)
    values = ", ".join(f":{c.name}" for c in columns)
    tail = f" RETURNING {returning}" if returning else ""
    sql = f"INSERT INTO {table.name} ({names}) VALUES ({values}) ON CONFLICT DO NOTHING{tail}"
    return text(sql).bindparams(*(bindparam(c.name, type_=c.type) for c in columns))


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

station = Table(
    "station",
    metadata,
    Column("id", String(36), primary_key=True),  # this station's identity, shown to devices on /health
    Column("created_at", UtcDateTime(), nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("code_hash", String(64), unique=True),  # SHA-256 of the one-time enrollment code; NULL once used
    Column("code_expires_at", UtcDateTime()),
    Column("token_hash", String(64), unique=True),  # SHA-256 of the token; the token is not kept
    Column("created_at", UtcDateTime(), nullable=False),
    Column("enrolled_at", UtcDateTime()),
    Column("revoked_at", UtcDateTime()),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(10), nullable=False),
    Column("uuid", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("report_uuid", String(36), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("payload", Text, nullable=False),  # the canonical JSON as received
    Column("device_id", String(36), ForeignKey("devices.id"), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    # Exactly once is this constraint, not a check-then-insert.
    UniqueConstraint("kind", "uuid", "version", name="uq_items_kind_uuid_version"),
    Index("ix_items_report_uuid", "report_uuid"),
    Index("ix_items_device_id", "device_id"),
)

deliveries = Table(
    "deliveries",
    metadata,
    # Which device delivered which item (first copy or a later identical one): what /held lists per device.
    Column("item_id", Integer, ForeignKey("items.id"), primary_key=True),
    Column("device_id", String(36), ForeignKey("devices.id"), primary_key=True),
    Column("delivered_at", UtcDateTime(), nullable=False),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(10), nullable=False),
    Column("uuid", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("payload", Text, nullable=False),
    Column("device_id", String(36), ForeignKey("devices.id"), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    # The same conflicting copy sent twice is kept once.
    UniqueConstraint("kind", "uuid", "version", "content_hash", name="uq_conflicts_copy"),
)

# -- QA: what reviewers search and what they write back ---------------------------------------------------

reports = Table(
    "reports",
    metadata,
    # One row per locked report received: the search index (filled behind the receipt, see qa_pending).
    Column("report_uuid", String(36), primary_key=True),
    Column("incident_at", UtcDateTime()),  # eTimes.03
    Column("unit", String(50)),  # eResponse.14
    Column("pcr_number", String(50)),  # eRecord.01
    Column("patient_name", String(120)),
    Column("chief_complaint", Text),  # eSituation.04
    Column("primary_impression", String(20)),  # eSituation.11, ICD-10-CM
    Column("arrest", Boolean, nullable=False),  # eArrest.01 is a "yes"
    Column("crew", Text, nullable=False),  # " id1 id2 " (eCrew.01): word search without a join
    Column("findings", Text, nullable=False),  # " rule-id ... ": the validation rules that fired
    Column("errors", Integer, nullable=False),
    Column("warnings", Integer, nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("reviewed_at", UtcDateTime()),  # QA marked it reviewed (NULL: waiting for review)
    Column("reviewed_by", String(100)),  # the reviewer's name
    Column("location_type", String(20)),  # eScene.09, ICD-10-CM Y92.x
    Column("injury_causes", Text, nullable=False, server_default=" "),  # " V43 Y28.9 " (eInjury.01)
    Column("protocols", Text, nullable=False, server_default=" "),  # " 9914083 9914101 " (eProtocols.01)
    Index("ix_reports_incident_at", "incident_at"),
    Index("ix_reports_location_type", "location_type"),
    Index("ix_reports_unit_incident_at", "unit", "incident_at"),
    Index("ix_reports_primary_impression", "primary_impression"),
)

qa_pending = Table(
    "qa_pending",
    metadata,
    # Reports stored and not yet in the search index: the receipt does not wait for the validation rules.
    # epcr.station.qa.catch_up indexes them soon after (while no push is arriving) and before any QA read.
    Column("item_id", Integer, ForeignKey("items.id"), primary_key=True),
)

reviewers = Table(
    "reviewers",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("token_hash", String(64), unique=True),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("revoked_at", UtcDateTime()),
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_uuid", String(36), ForeignKey("reports.report_uuid"), nullable=False),
    Column("field", Text),  # a field path (vitals[<id>].sbp), or NULL for the whole report
    Column("flag", String(20), nullable=False),
    Column("comment", Text, nullable=False),
    Column("reviewer_id", String(36), ForeignKey("reviewers.id"), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Index("ix_reviews_report_uuid", "report_uuid"),
)

agency_config = Table(
    "agency_config",
    metadata,
    # Append-only: each publish is a new version; devices apply the newest and keep it offline.
    Column("version", Integer, primary_key=True, autoincrement=True),
    Column("scope_toml", Text),
    Column("settings", Text, nullable=False),  # AgencySettings as JSON
    Column("published_at", UtcDateTime(), nullable=False),
    # The facilities and vehicles as published with this version (JSON): a version never changes once served.
    Column("directory", Text),
)

# -- the agency's directory (DEM dFacility, dVehicle, dLocation): replaced whole, published with the config --


def _directory(name: str, key: str, length: int) -> Table:
    """One DEM group per row, in the order given: its key element, the typed row (epcr.domain.directory) as
    JSON, and the group's whole element tree as the DEM reader gave it."""
    return Table(
        name,
        metadata,
        Column("position", Integer, primary_key=True, autoincrement=False),
        Column(key, String(length)),
        Column("data", Text, nullable=False),
        Column("source", Text),
    )


agency_facilities = _directory("agency_facilities", "name", 100)  # dFacility.02
agency_vehicles = _directory("agency_vehicles", "number", 25)  # dVehicle.01
agency_locations = _directory("agency_locations", "name", 100)  # dLocation.02

agency_dataset = Table(
    "agency_dataset",
    metadata,
    # One row: the agency's DEMDataSet as last imported, what the crew and directory tables do not hold.
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("time_stamp", String(40), nullable=False),  # DemographicReport/@timeStamp as written
    Column("sections", Text, nullable=False),  # JSON: section -> element tree, for the sections kept whole
    Column("unplaced", Text, nullable=False),  # JSON: groups no other table could hold, each with why
    Column("layout", Text, nullable=False),  # JSON: the file's personnel order and facility type order
    Column("config_version", Integer),  # the configuration version the import published
    Column("imported_at", UtcDateTime(), nullable=False),
    Column("imported_by", String(100), nullable=False),
)

# -- crew roster: what devices pull to know who may log in ----------------------------------------------

crew = Table(
    "crew",
    metadata,
    Column("id", String(50), primary_key=True),  # eCrew.01 crew member id
    Column("account", Text, nullable=False),  # Account as JSON (name, role, level, certification, active)
    # argon2id PHC string (the PIN itself is never kept); NULL: read from the agency's file, no PIN yet
    Column("pin_verifier", Text),
    Column("pin_key", Text),  # public half of the PIN's key (JSON): devices seal slots to it
    Column("dem", Text),  # the member's dPersonnel.PersonnelGroup as the agency's file had it (JSON tree)
    Column("revision", Integer, nullable=False),  # the roster revision this row last changed in
    Column("updated_at", UtcDateTime(), nullable=False),
)

roster_head = Table(
    "roster_head",
    metadata,
    # One row: the roster's revision; bumped with UPDATE ... RETURNING so concurrent admins never share one.
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("revision", Integer, nullable=False),
    Column("published_at", UtcDateTime()),
)

audit_anchors = Table(
    "audit_anchors",
    metadata,
    # Append-only: each sync's audit chain head of a device. A later head must extend the last one anchored:
    # a device whose log was rewritten or cut back cannot match the hash the station already holds.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(36), ForeignKey("devices.id"), nullable=False),
    Column("entries", Integer, nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("verdict", String(10), nullable=False),  # first | extends | same | diverged
    Column("detail", Text),
    Column("received_at", UtcDateTime(), nullable=False),
    Index("ix_audit_anchors_device_id", "device_id", "id"),
)

audit_seals = Table(
    "audit_seals",
    metadata,
    # Per device, the sealing key at the entry after the last one verified (only the latest: each check
    # derives the later keys forward from it). Set once on trust (the device's first sealed sync).
    Column("device_id", String(36), ForeignKey("devices.id"), primary_key=True),
    Column("position", Integer, nullable=False),  # the entry this key seals: anchored entries + 1
    Column("seal_key", String(64), nullable=False),
    Column("started_at", UtcDateTime(), nullable=False),  # trusted on first use at this time
    Column("updated_at", UtcDateTime(), nullable=False),
)
