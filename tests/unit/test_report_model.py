"""The report model: NEMSIS element IDs on every field, facets and blank rules from the dictionary."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from epcr.demo import demo_report, large_report
from epcr.domain.assessment import Gcs
from epcr.domain.errors import problems_from
from epcr.domain.fields import NOT_APPLICABLE, Blank, check_value, element_of, group_of
from epcr.domain.levels import Level
from epcr.domain.nemsis import codes
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.paths import parts
from epcr.domain.report import Report
from epcr.domain.vitals import VitalSigns

LIFECYCLE = {"created_at": "2026-11-25T18:00:00-07:00", "created_by": "P-1042"}


def problems(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        Report.model_validate({"lifecycle": LIFECYCLE, **data})
    return {p.path: p.message for p in problems_from(caught.value)}


def models() -> list[type[BaseModel]]:
    seen: list[type[BaseModel]] = []
    for part in parts().values():
        stack = [part.model]
        while stack:
            model = stack.pop()
            if model in seen:
                continue
            seen.append(model)
            for info in model.model_fields.values():
                for arg in getattr(info.annotation, "__args__", (info.annotation,)):
                    if isinstance(arg, type) and issubclass(arg, BaseModel) and arg is not Blank:
                        stack.append(arg)
    return seen


def test_every_clinical_field_names_its_nemsis_element_or_says_custom() -> None:
    structural = {
        "id",
        "procedure_id",
        "confirmations",
        "exam_findings",
        "gcs",
        "primary_survey",
        "sample",
        "opqrst",
        "bleeding_control",
        "element",
        "code",
        "location",  # an exam finding's: the location element of its region (EXAM_REGIONS)
        "pertinent_negative",  # an exam finding's: beside its code, on its element
        "region_group",  # which region group an imported exam finding came in
        "definitions",  # the Header's eCustomConfiguration groups a report's foreign custom results use
        "element_id",  # a custom definition's @CustomElementID
        "procedure_correlation_id",  # a confirmation's ProcedureGroupCorrelationID naming no procedure
        "file_agency",  # the Header (dAgency.01/.02/.04) of the file an imported report came from
        "correlation_id",  # a group's own @CorrelationID as imported (fields.group_attribute)
    }
    for model in models():
        for name in model.model_fields:
            element = element_of(model, name)
            if (name in structural or group_of(model, name)) and element is None:
                continue  # structure: an entry list, a nested part, or a NEMSIS group (eScene.ResponderGroup)
            assert element is not None, f"{model.__name__}.{name} has no NEMSIS element id"
            assert element == "custom" or element in ELEMENTS, f"{model.__name__}.{name}: {element}"


def test_out_of_range_values_name_the_field_and_the_range() -> None:
    found = problems({"vitals": [{"sbp": 900}], "patient": {"age": 130}})
    assert "between 0 and 500" in found["vitals[0].sbp"] and "eVitals.06" in found["vitals[0].sbp"]
    assert "between 1 and 120" in found["patient.age"]
    found = problems({"vitals": [{"gcs": {"eye": 7}}]})
    assert "between 1 and 4" in found["vitals[0].gcs.eye"]


def test_unknown_codes_list_the_allowed_codes_with_labels() -> None:
    found = problems({"patient": {"sex": "9919999"}})
    assert "9919001 (Female)" in found["patient.sex"] and "9919003 (Male)" in found["patient.sex"]


def test_naive_times_are_refused() -> None:
    found = problems({"times": {"unit_notified": "2025-03-02T14:05:00"}})
    assert "UTC offset" in found["times.unit_notified"]


def test_unknown_fields_are_refused() -> None:
    assert "unknown field" in problems({"patient": {"shoe_size": 44}})["patient.shoe_size"]


def test_blank_values_follow_the_standard() -> None:
    refused = {"pertinent_negative": codes.PertinentNegative.REFUSED}
    report = Report.model_validate({"lifecycle": LIFECYCLE, "vitals": [{"sbp": refused}]})
    assert report.vitals[0].sbp == Blank(pertinent_negative=codes.PertinentNegative.REFUSED)
    # Age allows only "Approximate": Refused is not a pertinent negative NEMSIS allows there.
    assert "8801029 Approximate" in problems({"patient": {"age": refused}})["patient.age"]
    # Not Recorded is filled by the software at export; a person may only choose Not Applicable.
    assert "7701001" in problems({"patient": {"home_zip": {"not_value": "7701003"}}})["patient.home_zip"]
    # A Mandatory element has no NOT values: it can never be "Not Applicable".
    with pytest.raises(ValueError, match="does not accept Not Applicable"):
        check_value(ELEMENTS["eRecord.01"], NOT_APPLICABLE)


def test_fields_that_accept_blanks_map_to_elements_that_allow_them() -> None:
    for model in models():
        for name, info in model.model_fields.items():
            element = element_of(model, name)
            if Blank in getattr(info.annotation, "__args__", ()) and element != "custom":
                if element is None:  # an exam finding's code: checked against the element it names
                    assert (model.__name__, name) == ("ExamFinding", "code")
                    continue
                allowed = ELEMENTS[element]
                assert allowed.nillable or allowed.pertinent_negatives, f"{model.__name__}.{name} ({element})"


def test_pertinent_negative_beside_a_value_is_checked_against_the_element() -> None:
    ok = Report.model_validate(
        {
            "lifecycle": LIFECYCLE,
            "medications": [
                {"code": "1191", "pertinent_negative": codes.PertinentNegative.MEDICATION_ALREADY_TAKEN}
            ],
        }
    )
    assert ok.medications[0].documented_as_not_done
    found = problems({"procedures": [{"code": "20655006", "pertinent_negative": "8801009"}]})
    assert "not allowed for eProcedures.03" in found["procedures[0].pertinent_negative"]


def test_gcs_total_is_computed_from_its_parts() -> None:
    assert Gcs(eye=3, verbal=4, motor=5).computed_total == 12
    assert (
        Gcs(
            eye=3, verbal=Blank(pertinent_negative=codes.PertinentNegative.UNABLE_TO_COMPLETE), motor=5
        ).computed_total
        is None
    )


def test_etco2_value_is_kept_without_its_unit() -> None:
    # ETCO2Type is optional in the XSD: the record keeps what was documented; a rule asks for the unit.
    vitals = VitalSigns.model_validate({"etco2": 35})
    assert (vitals.etco2, vitals.etco2_unit) == (35, None)


def test_content_hash_is_independent_of_key_order() -> None:
    report = demo_report(1)
    shuffled = json.loads(report.to_json(), object_pairs_hook=lambda pairs: dict(reversed(pairs)))
    assert Report.model_validate(shuffled).content_hash() == report.content_hash()
    changed = report.model_copy(deep=True)
    changed.vitals[0].heart_rate = 61 if report.vitals[0].heart_rate != 61 else 62
    assert changed.content_hash() != report.content_hash()


def test_json_round_trip_keeps_every_value() -> None:
    report = large_report()
    again = Report.model_validate_json(report.to_json())
    assert again == report and again.to_json() == report.to_json()
    assert len(again.vitals) == 100 and len(again.cpr_events) == 200


def test_levels_map_to_all_three_nemsis_code_lists() -> None:
    assert Level.EMT_BASIC.crew_code is codes.CrewLevel.EMERGENCY_MEDICAL_TECHNICIAN_EMT
    assert Level.CRITICAL_CARE.caregiver_code is codes.CaregiverLevel.CRITICAL_CARE_PARAMEDIC
    assert Level.from_caregiver_code(codes.CaregiverLevel.PARAMEDIC) is Level.PARAMEDIC
    assert {level.value for level in Level} >= {
        "EMR",
        "EMT-Basic",
        "EMT-Intermediate",
        "AEMT",
        "Paramedic",
        "Critical Care",
    }
