"""Values in the words a clinician reads: codes by their NEMSIS description, blanks by their NOT value or
pertinent negative ("None Reported"), nothing as nothing. Never the word "None"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum
from typing import Any

from epcr.domain import defined_lists
from epcr.domain.fields import Blank
from epcr.domain.nemsis.element import NemsisCode
from epcr.domain.nemsis.elements import ENUMERATIONS


def words(value: Any) -> str:
    """Any field value as text: "" for not documented, the official label for a code or a blank."""
    if value is None:
        return ""
    if isinstance(value, Blank):
        return blank_words(value)
    if isinstance(value, NemsisCode):
        return value.label
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(w for w in (words(item) for item in value) if w)
    return str(value)


def blank_words(blank: Blank) -> str:
    code = blank.pertinent_negative if blank.pertinent_negative is not None else blank.not_value
    return code.label if code is not None else ""


def _named(entries: dict[str, defined_lists.CodeEntry], code: Any) -> str:
    if not isinstance(code, str):
        return words(code)
    entry = entries.get(code)
    return f"{entry.label} ({code})" if entry else code


def procedure_name(code: Any) -> str:  # eProcedures.03, SNOMED CT
    return _named(defined_lists.procedures(), code)


def medication_name(code: Any) -> str:  # eMedications.03, RxNorm
    return _named(defined_lists.medications(), code)


def current_medications(value: Any) -> str:
    """eHistory.CurrentMedsGroup in words, each drug with its own dose, unit, route and frequency:
    "Metformin (6809) 500 Milligrams (mg) Oral bid (twice a day); ..."."""
    if not isinstance(value, list):
        return words(value)
    shown = []
    for medication in value:
        parts = [medication_name(medication.drug)]
        if medication.dose is not None:
            parts.append(words(medication.dose))
        for element, code in (
            ("eHistory.14", medication.dose_unit),
            ("eHistory.15", medication.route),
            ("eHistory.20", medication.frequency),
        ):
            if code is not None:
                parts.append(ENUMERATIONS.get(element, {}).get(code, code))
        shown.append(" ".join(p for p in parts if p))
    return "; ".join(shown)


# ICD-10-CM Z88.x "Allergy status to ..." titles: eHistory.06 takes them beside RxNorm codes.
ALLERGY_STATUS = {
    "Z88.0": "penicillin",
    "Z88.1": "other antibiotic agents",
    "Z88.2": "sulfonamides",
    "Z88.3": "other anti-infective agents",
    "Z88.4": "anesthetic agent",
    "Z88.5": "narcotic agent",
    "Z88.6": "analgesic agent",
    "Z88.7": "serum and vaccine",
    "Z88.8": "other drugs, medicaments and biological substances",
    "Z88.9": "unspecified drugs, medicaments and biological substances",
}


def allergy_name(code: Any) -> str:  # eHistory.06: RxNorm, or ICD-10-CM Z88.x
    if isinstance(code, str) and code in ALLERGY_STATUS:
        return f"Allergy to {ALLERGY_STATUS[code]} ({code})"
    return medication_name(code)


def impression_name(code: Any) -> str:  # eSituation.11/.12, ICD-10-CM
    return _named(defined_lists.impressions(), code)


def symptom_name(code: Any) -> str:  # eSituation.09/.10, ICD-10-CM
    return _named(defined_lists.symptoms(), code)


def history_name(code: Any) -> str:  # eHistory.08, ICD-10-CM: impressions first, then symptoms
    if isinstance(code, str) and code not in defined_lists.impressions():
        return symptom_name(code)
    return impression_name(code)


def names(value: Any, name: Any) -> str:
    """A coded list (or a blank) in words, each code through `name`."""
    if isinstance(value, list):
        return ", ".join(name(item) for item in value)
    return words(value)


def duration(seconds: float) -> str:
    """An interval as a clinician says it: "8 min 05 s", "1 h 02 min"; negative ones keep their sign."""
    sign = "-" if seconds < 0 else ""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours} h {minutes:02d} min"
    if minutes:
        return f"{sign}{minutes} min {secs:02d} s"
    return f"{sign}{secs} s"


def between(start: Any, end: Any) -> str:
    if isinstance(start, datetime) and isinstance(end, datetime):
        return duration((end - start).total_seconds())
    return ""


@dataclass(frozen=True, slots=True)
class CallClock:
    """Times shown in the call's own time zone; the zone is named once, in the page header."""

    zone: tzinfo
    day: date

    @classmethod
    def of(cls, moment: datetime) -> CallClock:
        zone = moment.tzinfo
        assert zone is not None  # every report time is timezone-aware (AwareDatetime)
        return cls(zone, moment.date())

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def time(self, value: Any) -> str:
        """HH:MM:SS, with the date in front when it is not the call's day; blanks in words."""
        if not isinstance(value, datetime):
            return words(value)
        local = self.local(value)
        clock = local.strftime("%H:%M:%S")
        return clock if local.date() == self.day else f"{local:%Y-%m-%d} {clock}"

    def short(self, value: Any) -> str:
        if not isinstance(value, datetime):
            return words(value)
        local = self.local(value)
        clock = local.strftime("%H:%M")
        return clock if local.date() == self.day else f"{local:%m-%d} {clock}"

    def stamp(self, value: Any) -> str:
        if not isinstance(value, datetime):
            return words(value)
        return f"{self.local(value):%Y-%m-%d %H:%M}"

    @property
    def zone_label(self) -> str:
        offset = self.zone.utcoffset(datetime(self.day.year, self.day.month, self.day.day)) or timedelta()
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "−"
        hours, mins = divmod(abs(minutes), 60)
        name = self.zone.tzname(datetime(self.day.year, self.day.month, self.day.day)) or ""
        utc = f"UTC{sign}{hours:02d}:{mins:02d}"
        # A fixed offset's name is the offset itself ("-07:00"): say it once, as UTC-07:00.
        return utc if not name or name.startswith(("UTC", "+", "-")) else f"{name}, {utc}"
