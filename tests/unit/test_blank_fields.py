"""Every field of an element that allows Not Applicable (7701001) or a pertinent negative can hold a Blank,
the way the generated sections do (scripts/generate_sections.py): a deliberate blank is never refused for
want of a type. Attributes (ETCO2Type, CodeType), denied values (`negated`) and a PN written beside a value
(`*_pertinent_negative`) are how their elements' other forms are held; the value field itself takes the
Blank, and a value-with-attributes (a phone number and its type) takes it on the list that holds it."""

from __future__ import annotations

import types
from typing import Any, Union, get_args, get_origin

import pytest
from pydantic import BaseModel, ValidationError

from epcr.domain.crew import CrewMember
from epcr.domain.fields import (
    NOT_REPORTING,
    Blank,
    attribute_of,
    element_of,
    is_not_reporting,
    is_value_of,
    negation_of,
    not_reporting_in,
)
from epcr.domain.nemsis.codes import CrewLevel, NotValue, PertinentNegative
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.report import Report
from epcr.domain.situation import Situation
from epcr.domain.vitals import VitalSigns
from epcr.exports.nemsis.binding import ATTRIBUTE_FIELDS


def _arguments(annotation: Any) -> tuple[Any, ...]:
    if get_origin(annotation) in (Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


def _models() -> list[type[BaseModel]]:
    """The report and every model inside it, however held (single, list, beside a Blank)."""
    seen: list[type[BaseModel]] = []
    stack: list[type[BaseModel]] = [Report]
    while stack:
        model = stack.pop()
        if model in seen or model is Blank:
            continue
        seen.append(model)
        for info in model.model_fields.values():
            for argument in _arguments(info.annotation):
                inner = get_args(argument)[0] if get_origin(argument) is list else argument
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    stack.append(inner)
    return seen


def _value_fields() -> list[tuple[type[BaseModel], str, str]]:
    """(model, field, element) of every field holding an element's value."""
    found = []
    for model in _models():
        for name, info in model.model_fields.items():
            element = element_of(model, name)
            if element is None or element not in ELEMENTS:
                continue
            if (
                attribute_of(model, name) is not None
                or (element, name) in ATTRIBUTE_FIELDS
                or negation_of(model, name) is not None
                or is_value_of(model, name)  # its list field takes the Blank
                or info.annotation == PertinentNegative | None  # a PN beside the value
            ):
                continue
            found.append((model, name, element))
    return found


def test_the_walk_sees_the_hand_written_and_the_generated_fields() -> None:
    seen = {(model.__name__, name) for model, name, _ in _value_fields()}
    assert {("Gcs", "total"), ("CrewMember", "other_level"), ("PatientComplaint", "complaint")} <= seen
    assert ("SceneResponder", "transferred_patient_care_to_from_agency") in seen
    assert len(seen) > 400


def test_every_field_whose_element_allows_a_blank_can_hold_one() -> None:
    missing = [
        f"{model.__name__}.{name} ({element})"
        for model, name, element in _value_fields()
        if (
            NotValue.NOT_APPLICABLE.value in ELEMENTS[element].not_values
            or ELEMENTS[element].pertinent_negatives
        )
        and Blank not in _arguments(model.model_fields[name].annotation)
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (VitalSigns, {"gcs": {"total": {"pertinent_negative": "8801023"}}}),  # eVitals.23 Refused
        (VitalSigns, {"gcs": {"qualifiers": {"not_value": "7701001"}}}),
        (VitalSigns, {"stroke_scale_type": {"not_value": "7701001"}}),
        (
            Situation,
            {"complaint_type": {"not_value": "7701001"}, "complaint_duration": {"not_value": "7701001"}},
        ),
        (CrewMember, {"member_id": {"not_value": "7701001"}, "roles": {"not_value": "7701001"}}),
    ],
)
def test_a_blank_the_element_allows_is_kept(model: type[BaseModel], data: dict[str, Any]) -> None:
    assert model.model_validate(data).model_dump(exclude_defaults=True, exclude={"id"}) == data


def test_a_pertinent_negative_the_element_does_not_take_is_still_refused() -> None:
    with pytest.raises(ValidationError, match=r"8801019 is not allowed for eVitals\.30"):
        VitalSigns.model_validate({"stroke_scale_type": {"pertinent_negative": "8801019"}})


def test_a_level_off_the_ladder_is_kept_as_its_code_and_a_ladder_code_is_a_level() -> None:
    nurse = CrewMember.model_validate({"other_level": "9925043"})
    assert nurse.other_level is CrewLevel.REGISTERED_NURSE and nurse.level is None
    with pytest.raises(ValidationError, match="is a level of our ladder; set it as level"):
        CrewMember.model_validate({"other_level": CrewLevel.PARAMEDIC.value})
    with pytest.raises(ValidationError, match="a member has one level"):
        CrewMember.model_validate({"other_level": "9925043", "level": "Paramedic"})


def test_not_reporting_is_a_blank_where_the_element_allows_it() -> None:
    # 7701005: what an imported file states; the store refuses it from a person (tests/store)
    vitals = VitalSigns.model_validate({"pain_scale": {"not_value": "7701005"}})
    assert vitals.pain_scale == NOT_REPORTING and NOT_REPORTING.not_reporting
    assert is_not_reporting(vitals.pain_scale) and is_not_reporting({"not_value": "7701005"})
    assert not is_not_reporting(Blank(not_value=NotValue.NOT_APPLICABLE))
    assert not_reporting_in(vitals.model_dump(mode="json")) == [("pain_scale",)]
    with pytest.raises(ValidationError, match=r"eSituation\.07 Chief Complaint Anatomic Location does not "):
        Situation.model_validate({"anatomic_location": {"not_value": "7701005"}})


def test_not_recorded_is_never_stored() -> None:
    with pytest.raises(ValidationError, match=r"7701003 \(Not Recorded\) is never stored"):
        Blank(not_value=NotValue.NOT_RECORDED)
