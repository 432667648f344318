"""A patient care report: every section, its lifecycle, its canonical JSON and content hash."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any
from uuid import UUID, uuid4

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from epcr.domain import canonical
from epcr.domain.airway import Airway
from epcr.domain.arrest import Arrest, CprEvent
from epcr.domain.assessment import Assessment
from epcr.domain.crew import CrewMember
from epcr.domain.custom_elements import CustomConfiguration
from epcr.domain.devices import Device
from epcr.domain.disposition import Disposition
from epcr.domain.fields import Blank, NemsisModel, el
from epcr.domain.medications import Medication
from epcr.domain.nemsis.sections import SECTIONS as GENERATED_SECTIONS
from epcr.domain.nemsis.sections import CustomResults, Injury, Labs, Outcome, Payment, Protocols, Scene
from epcr.domain.other import Other
from epcr.domain.patient import Patient
from epcr.domain.procedures import Procedure
from epcr.domain.response import Dispatch, Response
from epcr.domain.signatures import Signature
from epcr.domain.situation import Situation
from epcr.domain.times import Times
from epcr.domain.vitals import VitalSigns

SCHEMA_VERSION = 6  # the canonical form this model writes (epcr.domain.canonical; resources/canonical/)


class Status(StrEnum):
    DRAFT = "draft"
    LOCKED = "locked"


class Narrative(NemsisModel):
    text: str | Blank | None = el("eNarrative.01")


class Lifecycle(BaseModel):
    """Where the report is in draft -> locked -> addenda; not part of the clinical content hash."""

    model_config = ConfigDict(extra="forbid")

    status: Status = Status.DRAFT
    created_at: AwareDatetime
    created_by: str
    locked_at: AwareDatetime | None = None
    locked_by: str | None = None
    content_hash: str | None = Field(None, pattern=r"^[0-9a-f]{64}$")


class Addendum(BaseModel):
    """An append-only note on a locked report, hash-chained to the report or the addendum before it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: UUID = Field(default_factory=uuid4)
    author: str = Field(min_length=1, max_length=100)
    at: AwareDatetime
    reason: str = Field(min_length=1, max_length=500)
    text: str = Field(min_length=1, max_length=10_000)
    previous_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")

    @staticmethod
    def compute_hash(
        report_uuid: UUID,
        addendum_id: UUID,
        author: str,
        at: datetime,
        reason: str,
        text: str,
        previous_hash: str,
    ) -> str:
        body = {
            "report": str(report_uuid),
            "id": str(addendum_id),
            "author": author,
            "at": at.isoformat(),
            "reason": reason,
            "text": text,
            "previous_hash": previous_hash,
        }
        return canonical.sha256_hex(canonical.canonical_bytes(body))

    def verify(self, report_uuid: UUID) -> bool:
        expected = self.compute_hash(
            report_uuid, self.id, self.author, self.at, self.reason, self.text, self.previous_hash
        )
        return expected == self.hash


class Report(BaseModel):
    """One patient care report (a NEMSIS PatientCareReport). `uuid` is its identity everywhere, forever."""

    model_config = ConfigDict(extra="forbid")

    schema_version: int = SCHEMA_VERSION
    uuid: UUID = Field(default_factory=uuid4, description="PatientCareReport/@UUID")
    lifecycle: Lifecycle
    response: Response = Field(default_factory=Response)
    dispatch: Dispatch = Field(default_factory=Dispatch)
    times: Times = Field(default_factory=Times)
    crew: list[CrewMember] = Field(default_factory=list)
    patient: Patient = Field(default_factory=Patient)
    situation: Situation = Field(default_factory=Situation)
    assessment: Assessment = Field(default_factory=Assessment)
    vitals: list[VitalSigns] = Field(default_factory=list)
    arrest: Arrest = Field(default_factory=Arrest)
    cpr_events: list[CprEvent] = Field(default_factory=list)
    devices: list[Device] = Field(default_factory=list)  # eDevice groups beyond the CPR log's defib events
    airway: Airway = Field(default_factory=Airway)
    procedures: list[Procedure] = Field(default_factory=list)
    medications: list[Medication] = Field(default_factory=list)
    narrative: Narrative = Field(default_factory=Narrative)
    disposition: Disposition = Field(default_factory=Disposition)
    signatures: list[Signature] = Field(default_factory=list)
    # Sections generated from the XSD (epcr.domain.nemsis.sections): scene, injury, payment, labs, ...
    scene: Scene = Field(default_factory=Scene)  # eScene
    injury: Injury = Field(default_factory=Injury)  # eInjury
    payment: Payment = Field(default_factory=Payment)  # ePayment
    labs: Labs = Field(default_factory=Labs)  # eLabs
    protocols: Protocols = Field(default_factory=Protocols)  # eProtocols
    outcome: Outcome = Field(default_factory=Outcome)  # eOutcome: what the hospital reports back
    custom_results: CustomResults = Field(default_factory=CustomResults)  # eCustomResults not ours
    # The Header's eCustomConfiguration definitions those foreign results refer to, kept for a re-export.
    custom_configuration: CustomConfiguration = Field(default_factory=CustomConfiguration)
    other: Other = Field(default_factory=Other)  # eOther but signatures and attachments
    addenda: list[Addendum] = Field(default_factory=list)

    @property
    def status(self) -> Status:
        return self.lifecycle.status

    def content(self) -> dict[str, Any]:
        """The clinical content that the lock hash covers, in the form of the report's schema version."""
        return canonical.hashed_content(self.model_dump(mode="json", exclude={"lifecycle", "addenda"}))

    def content_hash(self) -> str:
        document = self.model_dump(mode="json", exclude={"lifecycle", "addenda"})
        if self.schema_version == SCHEMA_VERSION and model_is_current_form(type(self)):
            # The model's own dump is already the current version's form: pruning would copy it unchanged.
            return canonical.sha256_hex(canonical.canonical_bytes(document))
        return canonical.content_hash(document)

    def last_hash(self) -> str | None:
        """The hash the next addendum chains to."""
        return self.addenda[-1].hash if self.addenda else self.lifecycle.content_hash

    def to_json(self) -> str:
        """The canonical JSON document (sorted keys, compact): what the content hash is taken over."""
        return canonical.canonical_bytes(self.model_dump(mode="json")).decode("utf-8")


@cache
def model_is_current_form(model: type[Report]) -> bool:
    """Whether the model's key tree is the frozen one of SCHEMA_VERSION (tests/unit/test_canonical.py)."""
    return canonical.key_tree(model) == canonical.frozen_tree(SCHEMA_VERSION)


# The sections shaped like the XSD (walked generically by the NEMSIS export and import): the generated ones
# and eOther's hand-written part. Report field -> (model, XSD section).
XSD_SHAPED: dict[str, tuple[type[NemsisModel], str]] = {**GENERATED_SECTIONS, "other": (Other, "eOther")}
