"""Receiving a push: a body's items checked (hash, lock, identity) and made ready to store (their canonical
JSON), before the station's transaction opens. The QA index follows behind the receipt (epcr.station.qa).

Two ways through, with the same checks and the same outcome. A body whose JSON values stay under
MAX_BATCH_VALUES (a device cuts its batches so) is parsed and validated in one pass straight from its bytes,
each payload into its Report or Addendum. Anything else (a larger body, an invalid item, a report locked
under an older schema version) is read item by item, so each item gets its own receipt and a bad one does
not sink the batch.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError

from epcr.domain.canonical import canonical_bytes, canonical_with, sha256_hex
from epcr.domain.report import SCHEMA_VERSION, Addendum, Report, Status, model_is_current_form
from epcr.sync.protocol import (
    MAX_BATCH,
    MAX_BATCH_VALUES,
    ItemHead,
    Kind,
    PushItem,
    PushRequest,
    Strict,
    value_bound,
)

# The largest realistic call (epcr.demo.large_report) holds about 10,400 JSON values; ten times that is
# plenty, and validating no more keeps one item's cost bounded (a body of 8 MiB of tiny values is millions).
MAX_PAYLOAD_VALUES = 100_000
TOO_MANY = f"payload: more than {MAX_PAYLOAD_VALUES:,} values; a report holds far fewer"


@dataclass(frozen=True)
class Checked:
    """A pushed item after its checks: why it is refused (or None), the JSON to store."""

    item: ItemHead
    problem: str | None
    payload: str = ""


def read_push(body: bytes) -> list[Checked]:
    """Every item of a push body, checked, in order. A body that is not a push raises ValidationError."""
    checked = _in_one_pass(body)
    if checked is None:
        checked = [prepare(item) for item in PushRequest.model_validate_json(body).items]
    return checked


# -- in one pass -------------------------------------------------------------------------------------------


class ReportItem(ItemHead):
    kind: Literal[Kind.REPORT]
    payload: Report


class AddendumPayload(Strict):
    addendum: Addendum


class AddendumItem(ItemHead):
    kind: Literal[Kind.ADDENDUM]
    payload: AddendumPayload


class TypedPush(Strict):
    items: list[Annotated[ReportItem | AddendumItem, Field(discriminator="kind")]] = Field(
        min_length=1, max_length=MAX_BATCH
    )


def _in_one_pass(body: bytes) -> list[Checked] | None:
    """The items, or None when the body must be read item by item."""
    if value_bound(body) > MAX_BATCH_VALUES:
        return None
    try:
        push = TypedPush.model_validate_json(body)
    except ValidationError:
        return None  # read again item by item: each problem then gets its own receipt
    checked = []
    for item in push.items:
        entry = _typed_report(item) if isinstance(item, ReportItem) else _typed_addendum(item)
        if entry is None:
            return None
        checked.append(entry)
    return checked


def _typed_report(item: ReportItem) -> Checked | None:
    report = item.payload
    if report.schema_version != SCHEMA_VERSION or not model_is_current_form(Report):
        return None  # an older version's form: its own bytes are kept and hashed as that version was
    document = report.model_dump(mode="json", exclude={"lifecycle", "addenda"})
    lifecycle = report.lifecycle.model_dump(mode="json")
    # The content hash covers the report without its lifecycle; the station stores it with it.
    content, whole = canonical_with(document, "lifecycle", lifecycle)
    problem = _report_problem(item, report, sha256_hex(content))
    if problem is not None:
        return Checked(item, problem)
    return Checked(item, None, whole.decode("utf-8"))


def _typed_addendum(item: AddendumItem) -> Checked:
    addendum = item.payload.addendum
    problem = _addendum_problem(item, addendum)
    if problem is not None:
        return Checked(item, problem)
    return Checked(
        item, None, canonical_bytes({"addendum": addendum.model_dump(mode="json")}).decode("utf-8")
    )


# -- item by item ------------------------------------------------------------------------------------------


def payload_values(payload: dict[str, Any], limit: int) -> int:
    """How many JSON values the payload holds, counted without recursion, stopping just past `limit`."""
    count, stack = 0, [payload]
    while stack and count <= limit:
        value = stack.pop()
        count += 1
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return count


def too_many_values(payload: dict[str, Any], canonical: bytes) -> bool:
    """More than MAX_PAYLOAD_VALUES values? The bound from its canonical JSON's separators (counted in C)
    settles almost every payload; only one past it is counted exactly."""
    bound = value_bound(canonical)
    return bound > MAX_PAYLOAD_VALUES and payload_values(payload, MAX_PAYLOAD_VALUES) > MAX_PAYLOAD_VALUES


def prepare(item: PushItem) -> Checked:
    """Check an item (`check`) and make what storing it needs: its canonical JSON."""
    payload = canonical_bytes(item.payload)
    if too_many_values(item.payload, payload):
        return Checked(item, TOO_MANY)
    problem, _ = check(item, payload)
    if problem is not None:
        return Checked(item, problem)
    return Checked(item, None, payload.decode("utf-8"))


def check(item: PushItem, payload: bytes | None = None) -> tuple[str | None, Report | None]:
    """Why an item cannot be stored (or None), and the parsed report: a payload must be what its hash says.
    `payload`: the item's canonical JSON, when the caller has made it already."""
    if payload is None:
        payload = canonical_bytes(item.payload)
        if too_many_values(item.payload, payload):
            return TOO_MANY, None
    try:
        if item.kind is Kind.REPORT:
            report = Report.model_validate_json(payload)
            return _report_problem(item, report, report.content_hash()), report
        return _addendum_problem(item, Addendum.model_validate(item.payload.get("addendum"))), None
    except ValidationError as error:
        # Only the first problem is reported: skip the input copies pydantic would attach to every error.
        first = error.errors(include_url=False, include_context=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "payload"
        return f"payload.{where}: {first['msg']}", None


# -- the checks both ways share ----------------------------------------------------------------------------


def _report_problem(item: ItemHead, report: Report, content_hash: str) -> str | None:
    if str(report.uuid) != item.uuid or item.report_uuid != item.uuid:
        return "payload: the report's uuid differs from the item's uuid"
    if report.status is not Status.LOCKED:
        return "payload: only locked reports are accepted"
    if report.addenda:
        return "payload: addenda travel as their own items"
    if item.content_hash != content_hash or item.content_hash != report.lifecycle.content_hash:
        return "content_hash: does not match the report's content (tampered or damaged in transit)"
    return None


def _addendum_problem(item: ItemHead, addendum: Addendum) -> str | None:
    if str(addendum.id) != item.uuid:
        return "payload: the addendum's id differs from the item's uuid"
    if addendum.hash != item.content_hash or not addendum.verify(uuid.UUID(item.report_uuid)):
        return "content_hash: does not match the addendum's content (tampered or damaged)"
    return None
