"""Small readings of a report that many rules share."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from epcr.domain.care import Intervention
from epcr.domain.defined_lists import code_for, medications, procedures
from epcr.domain.fields import Blank
from epcr.domain.nemsis.codes import (
    CardiacArrest,
    PatientEvaluationCare,
    TransportDisposition,
    UnitDisposition,
)
from epcr.domain.report import Report


@cache
def procedure_codes(*names: str) -> frozenset[str]:
    """SNOMED CT codes of NEMSIS defined-list procedures, by their official names (looked up once)."""
    return frozenset(code_for(procedures(), name) for name in names)


@cache
def medication_codes(*names: str) -> frozenset[str]:
    """RxNorm codes of NEMSIS defined-list medications, by their official names (looked up once)."""
    return frozenset(code_for(medications(), name) for name in names)


def when(value: Any) -> datetime | None:
    return value if isinstance(value, datetime) else None


def documented(value: Any) -> bool:
    """A value or a deliberate blank (Not Applicable, a pertinent negative): the crew addressed it. An
    imported Not Reporting is not: it says the source agency never collected the element."""
    return value is not None and value != [] and not (isinstance(value, Blank) and value.not_reporting)


def has_value(value: Any) -> bool:
    return documented(value) and not isinstance(value, Blank)


def at(group: str, entry: Any, field: str = "") -> str:
    path = f"{group}[{entry.id}]"
    return f"{path}.{field}" if field else path


def hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def performed_care(item: Intervention) -> bool:
    """Care this unit actually gave: not before arrival, not another unit's, not a pertinent negative."""
    return item.done_by_this_unit and not item.documented_as_not_done and has_value(item.code)  # type: ignore[attr-defined]


def arrest_yes(report: Report) -> bool:
    return report.arrest.cardiac_arrest in (
        CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS,
        CardiacArrest.YES_AFTER_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS,
    )


def patient_contact(report: Report) -> bool:
    return report.disposition.unit_disposition == UnitDisposition.PATIENT_CONTACT_MADE


def care_provided(report: Report) -> bool:
    return (
        report.disposition.patient_evaluation_care
        == PatientEvaluationCare.PATIENT_EVALUATED_AND_CARE_PROVIDED
    )


def transported_by_this_unit(report: Report) -> bool:
    return report.disposition.transport_disposition in (
        TransportDisposition.TRANSPORT_BY_THIS_EMS_UNIT_THIS_CREW_ONLY,
        TransportDisposition.TRANSPORT_BY_THIS_EMS_UNIT_WITH_A_MEMBER_OF_ANOTHER_CREW,
    )
