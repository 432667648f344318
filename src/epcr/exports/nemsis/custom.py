"""Our own fields that have no national element travel as NEMSIS custom elements: the CPR log, the
bleeding-control detail of a procedure and the primary survey. Each field is defined once in the Header
(eCustomConfiguration.CustomGroup, CustomElementID "epcr.<path>") and each value goes in the report's
eCustomResults (.01 the value, .02 the CustomElementID, .03 the CorrelationID of its entry: the CPR event's
or the procedure's id). Import puts them back into the same fields and entries; other systems' custom
results stay in `report.custom_results`, with the definitions they refer to in `report.custom_configuration`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, get_args
from uuid import UUID, uuid5

from lxml import etree
from pydantic import AwareDatetime, BaseModel, ValidationError

from epcr.domain.arrest import CprEvent
from epcr.domain.assessment import PrimarySurvey
from epcr.domain.custom_elements import CustomConfiguration, CustomDefinition, CustomValue
from epcr.domain.fields import element_of
from epcr.domain.nemsis.element import NemsisCode
from epcr.domain.nemsis.sections import CustomResults, CustomResultsResults
from epcr.domain.procedures import BleedingControl
from epcr.domain.report import Report
from epcr.exports.nemsis.layout import NEMSIS_NS

PREFIX = "epcr."
CONFIGURATION = "eCustomConfiguration"
TEXT, DATE_TIME, NUMBER, BOOLEAN = "9902009", "9902003", "9902005", "9902011"  # eCustomConfiguration.03
SINGLE = "9923001"  # eCustomConfiguration.04 recurrence: No, one value
OPTIONAL = "9903007"  # eCustomConfiguration.05 usage


@dataclass(frozen=True, slots=True)
class Place:
    """Where custom fields sit: a single model of the report, or a model in each entry of a list."""

    path: str  # "assessment.primary_survey", "cpr_events", "procedures.bleeding_control"
    model: type[BaseModel]
    nemsis_element: str | None  # what the fields belong to in NEMSIS terms (eCustomConfiguration.01/@)


PLACES = (
    Place("assessment.primary_survey", PrimarySurvey, None),
    Place("cpr_events", CprEvent, "eArrest"),
    Place("procedures.bleeding_control", BleedingControl, "eProcedures.ProcedureGroup"),
)


@dataclass(frozen=True, slots=True)
class OwnElement:
    element_id: str  # CustomElementID: "epcr.cpr_events.kind"
    place: Place
    field: str


@cache
def own_elements() -> dict[str, OwnElement]:
    """CustomElementID -> our field: every `custom(...)` field of the places above, in model order."""
    return {
        f"{PREFIX}{place.path}.{name}": OwnElement(f"{PREFIX}{place.path}.{name}", place, name)
        for place in PLACES
        for name in place.model.model_fields
        if element_of(place.model, name) == "custom"
    }


def entry_id(correlation: str) -> UUID:
    """An entry's id from a CorrelationID: the UUID itself (ours), else a stable UUID derived from it."""
    try:
        return UUID(correlation)
    except ValueError:
        return uuid5(_CORRELATION, correlation)


_CORRELATION = UUID("6f1c3c8e-2d0b-4c63-9a51-3b7f1f1f5e11")


# -- definitions ---------------------------------------------------------------------------------------


@cache
def own_definition(element_id: str) -> CustomDefinition:
    own = own_elements()[element_id]
    info = own.place.model.model_fields[own.field]
    kind = _value_type(info.annotation)
    description = info.description or own.field
    values = []
    if isinstance(kind, type) and issubclass(kind, Enum):
        values = [
            CustomValue(
                value=str(code.value),
                nemsis_code=str(code.value) if isinstance(code, NemsisCode) else None,
                description=code.label
                if isinstance(code, NemsisCode)
                else code.name.lower().replace("_", " "),
            )
            for code in kind
        ]
    return CustomDefinition(
        element_id=element_id,
        title=description[:100],
        nemsis_element=own.place.nemsis_element,
        definition=f"epcr {own.place.path}.{own.field}: {description}"[:255],
        data_type=_DATA_TYPES.get(kind, TEXT),
        recurrence=SINGLE,
        usage=OPTIONAL,
        potential_values=values,
        grouping_id=f"{PREFIX}{own.place.path}",
    )


_DATA_TYPES: dict[Any, str] = {
    AwareDatetime: DATE_TIME,
    datetime: DATE_TIME,
    int: NUMBER,
    float: NUMBER,
    bool: BOOLEAN,
}


def _value_type(annotation: Any) -> Any:
    arguments = [a for a in get_args(annotation) if a is not type(None)] or [annotation]
    return arguments[0]


def definitions(reports: Sequence[Report]) -> list[CustomDefinition]:
    """The Header's definitions: ours that the reports use, then the foreign ones they kept (one per id)."""
    found: dict[str, CustomDefinition] = {}
    for report in reports:
        for result in own_results(report):
            element_id = result.custom_element_id_referenced or ""
            found.setdefault(element_id, own_definition(element_id))
    for report in reports:
        for definition in report.custom_configuration.definitions:
            found.setdefault(definition.element_id, definition)
    return list(found.values())


def write_configuration(header: etree._Element, reports: Sequence[Report]) -> None:
    """eCustomConfiguration in the Header (after DemographicGroup, before the reports), when any is used."""
    used = definitions(reports)
    if not used:
        return
    section = _sub(header, CONFIGURATION)
    for definition in used:
        group = _sub(section, "eCustomConfiguration.CustomGroup")
        group.set("CustomElementID", definition.element_id)
        title = _sub(group, "eCustomConfiguration.01", definition.title)
        if definition.nemsis_element is not None:
            title.set("nemsisElement", definition.nemsis_element)
        _sub(group, "eCustomConfiguration.02", definition.definition)
        _sub(group, "eCustomConfiguration.03", definition.data_type)
        _sub(group, "eCustomConfiguration.04", definition.recurrence)
        _sub(group, "eCustomConfiguration.05", definition.usage)
        for value in definition.potential_values:
            written = _sub(group, "eCustomConfiguration.06", value.value)
            if value.nemsis_code is not None:
                written.set("nemsisCode", value.nemsis_code)
            if value.description is not None:
                written.set("customValueDescription", value.description)
        for code in definition.not_values:
            _sub(group, "eCustomConfiguration.07", code)
        for code in definition.pertinent_negatives:
            _sub(group, "eCustomConfiguration.08", code)
        if definition.grouping_id is not None:
            _sub(group, "eCustomConfiguration.09", definition.grouping_id)


def _sub(parent: etree._Element, name: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, f"{{{NEMSIS_NS}}}{name}")
    element.text = text
    return element


def read_configuration(header: etree._Element, note: Callable[[str], None]) -> dict[str, CustomDefinition]:
    """The definitions of a file's Header by CustomElementID (ours are left out: the model knows them)."""
    found: dict[str, CustomDefinition] = {}
    for group in header.iterfind(
        f"{{{NEMSIS_NS}}}{CONFIGURATION}/{{{NEMSIS_NS}}}eCustomConfiguration.CustomGroup"
    ):
        element_id = group.get("CustomElementID", "")
        if element_id in own_elements():
            continue
        data: dict[str, Any] = {"element_id": element_id, "potential_values": []}
        for child in group:
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child).localname
            field = _DEFINITION_FIELDS.get(name)
            if name == "eCustomConfiguration.01" and child.get("nemsisElement") is not None:
                data["nemsis_element"] = child.get("nemsisElement")
            if name == "eCustomConfiguration.06":
                data["potential_values"].append(
                    {
                        "value": child.text,
                        "nemsis_code": child.get("nemsisCode"),
                        "description": child.get("customValueDescription"),
                    }
                )
            elif field in ("not_values", "pertinent_negatives"):
                data.setdefault(field, []).append(child.text)
            elif field is not None:
                data[field] = child.text
        try:
            found[element_id] = CustomDefinition.model_validate(data)
        except ValidationError as error:
            note(f"Header: eCustomConfiguration {element_id!r} not kept: {error.errors()[0]['msg']}")
    return found


_DEFINITION_FIELDS = {
    "eCustomConfiguration.01": "title",
    "eCustomConfiguration.02": "definition",
    "eCustomConfiguration.03": "data_type",
    "eCustomConfiguration.04": "recurrence",
    "eCustomConfiguration.05": "usage",
    "eCustomConfiguration.07": "not_values",
    "eCustomConfiguration.08": "pertinent_negatives",
    "eCustomConfiguration.09": "grouping_id",
}


# -- results -------------------------------------------------------------------------------------------


def own_results(report: Report) -> list[CustomResultsResults]:
    """One eCustomResults.ResultsGroup per documented value of our custom fields, entry by entry."""
    found = []
    for owner, correlation, place in _owners(report):
        for own in own_elements().values():
            if own.place is not place:
                continue
            value = getattr(owner, own.field)
            if value is None or value is False or value == "":  # not documented (False: the default)
                continue
            found.append(
                CustomResultsResults(
                    custom_data_element_result=[_as_text(value)],
                    custom_element_id_referenced=own.element_id,
                    correlationid_of_patientcarereport_element_or_group=correlation,
                )
            )
    return found


def _owners(report: Report) -> Iterator[tuple[BaseModel, str | None, Place]]:
    survey, events, bleeding = PLACES
    yield report.assessment.primary_survey, None, survey
    for event in report.cpr_events:
        yield event, str(event.id), events  # the defib events' eDevice groups carry the same CorrelationID
    for procedure in report.procedures:
        control = procedure.bleeding_control
        if control is not None:  # .03: the procedure's id, its ProcedureGroup's CorrelationID
            yield control, str(procedure.id), bleeding


def _as_text(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds" if not value.microsecond else "milliseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def read_back(
    report: Report, configuration: dict[str, CustomDefinition], note: Callable[[str], None]
) -> Report:
    """The report with our custom results back in their fields and entries; the rest kept as foreign."""
    ours: dict[tuple[str, str | None], dict[str, str]] = {}  # (place, correlation) -> field -> text
    foreign: list[CustomResultsResults] = []
    for result in report.custom_results.results:
        own = own_elements().get(result.custom_element_id_referenced or "")
        values = result.custom_data_element_result or []
        if own is None or len(values) != 1:
            foreign.append(result)
            continue
        correlation = result.correlationid_of_patientcarereport_element_or_group
        if correlation is None and own.place is not PLACES[0]:  # an entry's value names its entry
            note(f"eCustomResults.02 = {own.element_id!r}: no CorrelationID of its entry; not kept")
            continue
        ours.setdefault((own.place.path, correlation), {})[own.field] = values[0]
    survey, events, bleeding = PLACES
    update: dict[str, Any] = {}
    found = ours.pop((survey.path, None), None)
    if found:
        update["assessment"] = report.assessment.model_copy(
            update={"primary_survey": _validated(PrimarySurvey, found, survey.path, note) or PrimarySurvey()}
        )
    cpr = [
        event
        for (path, correlation), found in ours.items()
        if path == events.path
        and correlation is not None
        and (event := _validated(CprEvent, {**found, "id": str(entry_id(correlation))}, path, note))
    ]
    if cpr:
        update["cpr_events"] = [*cpr, *report.cpr_events]
        derived = {event.id for event in cpr}  # their defibrillator eDevice groups are these events
        update["devices"] = [device for device in report.devices if device.id not in derived]
    procedures = {p.id: p for p in report.procedures}
    for (path, correlation), found in ours.items():
        if path != bleeding.path:
            continue
        procedure = procedures.get(entry_id(correlation)) if correlation else None
        control = _validated(BleedingControl, found, path, note)
        if procedure is None:
            note(f"eCustomResults.03 = {correlation!r} ({path}): no procedure with that CorrelationID")
        elif control is not None:
            procedures[procedure.id] = procedure.model_copy(update={"bleeding_control": control})
    update["procedures"] = list(procedures.values())
    referenced = {r.custom_element_id_referenced for r in foreign}
    update["custom_results"] = CustomResults(results=foreign)
    update["custom_configuration"] = CustomConfiguration(
        definitions=[d for element_id, d in configuration.items() if element_id in referenced]
    )
    return report.model_copy(update=update)


def _validated(model: type[BaseModel], data: dict[str, str], where: str, note: Callable[[str], None]) -> Any:
    """The model from the values; a value it refuses is named with the reason and left out."""
    for _ in range(len(data) + 1):
        try:
            return model.model_validate(data)
        except ValidationError as error:
            refused = {str(p["loc"][0]): p["msg"] for p in error.errors() if p["loc"] and p["loc"][0] in data}
            if not refused:
                note(f"eCustomResults ({where}) not kept: {error.errors()[0]['msg']}")
                return None
            for name, message in refused.items():
                note(f"eCustomResults.01 = {data.pop(name)!r} ({PREFIX}{where}.{name}) not kept: {message}")
    return None
