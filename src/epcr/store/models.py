"""The device database's tables (SQLAlchemy 2.0 typed models). The schema itself comes from the alembic
migrations in migrations/; a test keeps the two identical."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Stable constraint names so batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class AwareDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as ISO-8601 text in UTC; naive values are refused."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: every stored time must carry its UTC offset")
        return value.astimezone(UTC).isoformat()

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ReportRow(Base):
    """One report's identity, lifecycle and the summary the report list shows."""

    __tablename__ = "reports"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'locked')", name="status"),
        Index("ix_reports_sort_at", "sort_at", "id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # PatientCareReport/@UUID
    status: Mapped[str] = mapped_column(String(10), default="draft")
    schema_version: Mapped[int] = mapped_column(Integer, server_default="1")  # its canonical form's version
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    created_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())
    revision: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    locked_by: Mapped[str | None] = mapped_column(String(100))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    pcr_number: Mapped[str | None] = mapped_column(String(50))  # eRecord.01
    incident_at: Mapped[str | None] = mapped_column(Text)  # eTimes.03, as documented (with its offset)
    sort_at: Mapped[str] = mapped_column(Text)  # eTimes.03 (else created_at) in UTC: the list's order
    unit: Mapped[str | None] = mapped_column(String(50))  # eResponse.14
    patient_name: Mapped[str | None] = mapped_column(String(200))  # ePatient.02, ePatient.03
    chief_complaint: Mapped[str | None] = mapped_column(String(255))  # eSituation.04


class ReportPart(Base):
    """A section of a report, or one entry of a repeating group, as canonical JSON."""

    __tablename__ = "report_parts"

    report_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[str] = mapped_column(String(40), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # "" for a single section
    position: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class AddendumRow(Base):
    __tablename__ = "addenda"
    __table_args__ = (UniqueConstraint("report_id", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    report_id: Mapped[str] = mapped_column(String(36), ForeignKey("reports.id"))
    seq: Mapped[int] = mapped_column(Integer)
    author: Mapped[str] = mapped_column(String(100))
    at: Mapped[str] = mapped_column(Text)  # as written, with the author's UTC offset
    reason: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditEntry(Base):
    """Append-only: who changed what, when, from which value to which."""

    __tablename__ = "audit_log"
    # No index on report_id: every edit would write one more page; a report's trail is read rarely (QA, PDF).

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(AwareDateTime())
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    report_id: Mapped[str | None] = mapped_column(String(36))
    path: Mapped[str | None] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text)  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64), server_default="0" * 64)  # the entry before's hash
    hash: Mapped[str] = mapped_column(
        String(64), server_default="0" * 64
    )  # SHA-256 over prev_hash + this row
    mac: Mapped[str | None] = mapped_column(String(64))  # HMAC of hash under its position's sealing key


class AuditHead(Base):
    """The chain's far end (entry count and last hash), kept by a trigger: cutting off the tail shows."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    seal_key: Mapped[str | None] = mapped_column(String(64))  # seals the next entry; moved on by the trigger
    sealed_from: Mapped[int | None] = mapped_column(Integer)  # the first entry sealed (migration 0008)


class AccountRow(Base):
    """A crew member who may log in on this device: the roster the station keeps current."""

    __tablename__ = "accounts"
    __table_args__ = (CheckConstraint("role IN ('emt', 'qa', 'admin')", name="role"),)

    id: Mapped[str] = mapped_column(String(50), primary_key=True)  # eCrew.01 / dPersonnel crew member id
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(10))
    level: Mapped[str | None] = mapped_column(String(30))
    certification_number: Mapped[str | None] = mapped_column(String(50))
    certification_expires: Mapped[str | None] = mapped_column(Text)  # ISO date
    endorsements: Mapped[str] = mapped_column(Text)  # JSON list
    pin_hash: Mapped[str] = mapped_column(Text)  # argon2id PHC string
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())


class OutboxItem(Base):
    """A locked report or an addendum waiting to reach the station; written in the same transaction."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("kind", "entity_id", "version"),
        CheckConstraint("kind IN ('report', 'addendum')", name="kind"),
        Index("ix_outbox_pending", "acknowledged_at", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(10))
    entity_id: Mapped[str] = mapped_column(String(36))
    report_id: Mapped[str] = mapped_column(String(36), ForeignKey("reports.id"))
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(AwareDateTime())  # receipt committed
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    last_attempt_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    last_outcome: Mapped[str | None] = mapped_column(String(20))  # accepted, already_have, conflict, rejected
    last_error: Mapped[str | None] = mapped_column(Text)  # in words, for the sync log
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)  # canonical JSON, made in the lock transaction


class StationLink(Base):
    """The one station this device is enrolled with; the token stays inside the encrypted database."""

    __tablename__ = "station_link"
    __table_args__ = (CheckConstraint("id = 1", name="one_station"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    station_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    token: Mapped[str] = mapped_column(Text)
    enrolled_at: Mapped[datetime] = mapped_column(AwareDateTime())
    certificate: Mapped[str | None] = mapped_column(Text)  # pinned TLS certificate (PEM)
    roster_revision: Mapped[int] = mapped_column(Integer, server_default="0")  # last crew roster applied


class RosterMemberRow(Base):
    """A crew member whose account the station's roster manages (details and PIN resets come from it)."""

    __tablename__ = "roster_members"

    account_id: Mapped[str] = mapped_column(String(50), ForeignKey("accounts.id"), primary_key=True)
    station_verifier: Mapped[str] = mapped_column(Text)  # the PIN verifier the station last sent
    revision: Mapped[int] = mapped_column(Integer)


class QaLinkRow(Base):
    """The station a QA reviewer reviews on, with their reviewer token (inside the encrypted database)."""

    __tablename__ = "qa_link"
    __table_args__ = (CheckConstraint("id = 1", name="one_station"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    token: Mapped[str] = mapped_column(Text)
    certificate: Mapped[str | None] = mapped_column(Text)
    connected_by: Mapped[str] = mapped_column(String(50))


class ReportSourceRow(Base):
    """The document an imported report came from, whole: what the report could not hold stays here."""

    __tablename__ = "report_sources"

    report_id: Mapped[str] = mapped_column(String(36), ForeignKey("reports.id"), primary_key=True)
    format: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(Text)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    not_kept: Mapped[str] = mapped_column(Text)  # JSON list of what the report could not hold
    imported_at: Mapped[datetime] = mapped_column(AwareDateTime())
    imported_by: Mapped[str] = mapped_column(String(50))


class DeviceUnitRow(Base):
    """The unit this device rides in, set by an admin (`epcr unit set`); it prefills every new report."""

    __tablename__ = "device_unit"
    __table_args__ = (CheckConstraint("id = 1", name="one_unit"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vehicle_number: Mapped[str] = mapped_column(String(25))  # eResponse.13
    call_sign: Mapped[str] = mapped_column(String(50))  # eResponse.14
    unit_capability: Mapped[str | None] = mapped_column(String(7))  # eResponse.07; NULL: the agency's default
    set_at: Mapped[datetime] = mapped_column(AwareDateTime())
    set_by: Mapped[str] = mapped_column(String(50))


class PcrSequenceRow(Base):
    """This device's report counter: bumped in the transaction that creates a numbered report."""

    __tablename__ = "pcr_sequence"
    __table_args__ = (CheckConstraint("id = 1", name="one_counter"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, server_default="0")
