"""Age from the date of birth (epcr.domain.age): birthdays, leap days, infants in months and days, the call's
date, and what cannot be said in whole units."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from epcr.domain.age import Age, age_on, call_date, full_months, patient_age
from epcr.domain.nemsis.codes import AgeUnits
from epcr.domain.report import Lifecycle, Report

YEARS, MONTHS, DAYS = AgeUnits.YEARS, AgeUnits.MONTHS, AgeUnits.DAYS


@pytest.mark.parametrize(
    ("born", "on", "expected"),
    [
        (date(1961, 3, 15), date(2026, 3, 14), Age(64, YEARS)),  # the day before the birthday
        (date(1961, 3, 15), date(2026, 3, 15), Age(65, YEARS)),  # on the birthday
        (date(1961, 3, 15), date(2026, 12, 31), Age(65, YEARS)),
        (date(2025, 1, 1), date(2026, 1, 1), Age(1, YEARS)),  # first birthday: years from now on
        (date(2025, 1, 2), date(2026, 1, 1), Age(11, MONTHS)),  # a day short of one year
        (date(2026, 1, 15), date(2026, 3, 14), Age(1, MONTHS)),
        (date(2026, 1, 15), date(2026, 3, 15), Age(2, MONTHS)),
        (date(2026, 2, 20), date(2026, 3, 14), Age(22, DAYS)),  # under a month: days
        (date(2026, 3, 13), date(2026, 3, 14), Age(1, DAYS)),
        (date(2026, 1, 31), date(2026, 2, 28), Age(1, MONTHS)),  # no 31 February: its last day counts
        (date(2026, 1, 31), date(2026, 2, 27), Age(27, DAYS)),
        (date(2024, 2, 29), date(2025, 2, 28), Age(1, YEARS)),  # leap-day birthday in a common year
        (date(2024, 2, 29), date(2025, 2, 27), Age(11, MONTHS)),
        (date(2024, 2, 29), date(2028, 2, 28), Age(3, YEARS)),  # in a leap year the 29th is there
        (date(2024, 2, 29), date(2028, 2, 29), Age(4, YEARS)),
        (date(1906, 6, 1), date(2026, 6, 1), Age(120, YEARS)),  # ePatient.15's maximum
    ],
)
def test_age_on(born: date, on: date, expected: Age) -> None:
    assert age_on(born, on) == expected


@pytest.mark.parametrize(
    ("born", "on"),
    [
        (date(2026, 3, 14), date(2026, 3, 14)),  # born today: hours or minutes, typed by the crew
        (date(2026, 3, 15), date(2026, 3, 14)),  # born after the call: a typing error
        (date(1905, 6, 1), date(2026, 6, 1)),  # 121: beyond ePatient.15's range
    ],
)
def test_no_age_in_whole_allowed_units(born: date, on: date) -> None:
    assert age_on(born, on) is None


def test_full_months_counts_whole_months() -> None:
    assert full_months(date(2020, 5, 10), date(2026, 5, 9)) == 71
    assert full_months(date(2020, 5, 10), date(2026, 5, 10)) == 72
    assert str(Age(3, MONTHS)) == "3 months"


def _report(born: date | None, notified: datetime | None) -> Report:
    return Report.model_validate(
        {
            "lifecycle": Lifecycle(created_at=datetime(2026, 3, 14, tzinfo=UTC), created_by="P-1042"),
            "patient": {"date_of_birth": born.isoformat() if born else None},
            "times": {"unit_notified": notified.isoformat() if notified else None},
        }
    )


def test_the_call_date_is_the_unit_notified_date_in_its_own_offset() -> None:
    mountain = timezone(timedelta(hours=-7))
    late = datetime(2026, 3, 14, 23, 30, tzinfo=mountain)  # already 15 March in UTC
    report = _report(date(1961, 3, 15), late)
    assert call_date(report) == date(2026, 3, 14)
    assert patient_age(report) == Age(64, YEARS)  # not 65: the birthday is tomorrow where the call is


def test_without_a_notified_time_the_call_date_is_today() -> None:
    report = _report(date(2025, 12, 1), None)
    assert call_date(report, today=date(2026, 3, 14)) == date(2026, 3, 14)
    assert patient_age(report, today=date(2026, 3, 14)) == Age(3, MONTHS)


def test_without_a_date_of_birth_there_is_no_derived_age() -> None:
    assert patient_age(_report(None, None)) is None
