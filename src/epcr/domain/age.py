"""A patient's age (ePatient.15) and its units (ePatient.16) from the date of birth (ePatient.17) and the
call's date: years, or months under one year, or days under one month."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from epcr.domain.nemsis.codes import AgeUnits
from epcr.domain.nemsis.elements import ELEMENTS

if TYPE_CHECKING:
    from epcr.domain.report import Report

# ePatient.15's range (1-120) bounds what a date of birth may yield
_LOWEST, _HIGHEST = (
    int(str(bound))
    for bound in (ELEMENTS["ePatient.15"].min_inclusive, ELEMENTS["ePatient.15"].max_inclusive)
)


@dataclass(frozen=True, slots=True)
class Age:
    value: int  # ePatient.15
    units: AgeUnits  # ePatient.16

    def __str__(self) -> str:
        return f"{self.value} {self.units.label.lower()}"


def age_on(born: date, on: date) -> Age | None:
    """The age on `on` of someone born on `born`; None when whole units the element allows cannot say it
    (born that day or later: the crew writes hours or minutes; past the element's maximum: a wrong date)."""
    days = (on - born).days
    if days < _LOWEST:
        return None
    months = full_months(born, on)
    if months < 1:
        return Age(days, AgeUnits.DAYS)
    if months < 12:
        return Age(months, AgeUnits.MONTHS)
    years = months // 12
    if years > _HIGHEST:
        return None
    return Age(years, AgeUnits.YEARS)


def full_months(born: date, on: date) -> int:
    """Whole months lived; an anniversary on a day the month lacks (31st, 29 February) is its last day."""
    months = (on.year - born.year) * 12 + (on.month - born.month)
    reached = on.day >= born.day or on.day == monthrange(on.year, on.month)[1]
    return months if reached else months - 1


def call_date(report: Report, today: date | None = None) -> date:
    """The call's date: the unit-notified time (eTimes.03) in its own offset, else today."""
    notified = report.times.unit_notified
    if isinstance(notified, datetime):
        return notified.date()
    return today or date.today()


def patient_age(report: Report, today: date | None = None) -> Age | None:
    """The age the date of birth gives on the call's date; None without a date of birth."""
    born = report.patient.date_of_birth
    return age_on(born, call_date(report, today)) if isinstance(born, date) else None


__all__ = ["Age", "age_on", "call_date", "full_months", "patient_age"]
