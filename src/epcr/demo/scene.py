"""The demo agency: its crew, its patients, and what every call shares (times, crew, disposition)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from epcr.domain.defined_lists import code_for, impressions, medications, procedures
from epcr.domain.levels import Level
from epcr.domain.nemsis import codes as c
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.security.accounts import Account
from epcr.security.roles import Role

MOUNTAIN = timezone(timedelta(hours=-7), "MST")
CARDS_EXPIRE = date(2027, 6, 30)  # the crew's certification cards now: two-year cycles ending 30 June

ROSTER: list[dict[str, Any]] = [
    {"member_id": "P-1042", "name": "Dana Whitfield", "level": Level.PARAMEDIC, "cert": "PM-20931"},
    {"member_id": "E-2210", "name": "Luis Ortega", "level": Level.EMT_BASIC, "cert": "EMT-55120"},
    {"member_id": "A-3307", "name": "Priya Raman", "level": Level.AEMT, "cert": "AEMT-7781"},
    {"member_id": "C-0815", "name": "Jonas Müller", "level": Level.CRITICAL_CARE, "cert": "CCP-1190"},
    {"member_id": "I-4471", "name": "Grace O'Neill", "level": Level.EMT_INTERMEDIATE, "cert": "EMTI-3021"},
    {"member_id": "R-5150", "name": "Sam Kowalski", "level": Level.EMR, "cert": "EMR-8813"},
]

PATIENTS = [
    ("Hernandez", "Maria", c.Sex.FEMALE, 67),
    ("Okafor", "Chidi", c.Sex.MALE, 54),
    ("Lindqvist", "Astrid", c.Sex.FEMALE, 29),
    ("Nguyen", "Bao", c.Sex.MALE, 41),
    ("Brennan", "Siobhan", c.Sex.FEMALE, 78),
    ("Adeyemi", "Tunde", c.Sex.MALE, 35),
    ("Schäfer", "Jürgen", c.Sex.MALE, 72),
    ("Morales", "Ana", c.Sex.FEMALE, 23),
]


# The demo agency and the unit its device rides in: `epcr demo` sets them, so a new report starts prefilled.
AGENCY: dict[str, Any] = {
    "agency_name": "Riverside County EMS",  # eResponse.02
    "agency_number": "S12-4410",  # eResponse.01
    "type_of_service": c.TypeOfService.EMERGENCY_RESPONSE_PRIMARY_RESPONSE_AREA,  # eResponse.05
    "unit_capability": c.UnitCapability.GROUND_TRANSPORT_ALS_EQUIPPED,  # eResponse.07
    "pcr_number_pattern": "{yyyy}-{unit}-{seq:05}",  # eRecord.01
}
UNIT: dict[str, Any] = {"vehicle_number": "M12", "call_sign": "Medic 12"}  # eResponse.13, .14


def proc(label: str) -> str:
    return code_for(procedures(), label)


def code(element: str, label: str) -> str:
    """The code of `element` whose dictionary label is `label` (KeyError names both when there is none)."""
    for value, words in ENUMERATIONS[element].items():
        if words == label:
            return value
    raise KeyError(f"{element} has no code labelled {label!r}")


def med(label: str) -> str:
    return code_for(medications(), label)


def impression(label: str) -> str:
    return code_for(impressions(), label)


def certification_expiry(day: date) -> date:
    """The expiry on the crew's cards on `day`: the end of the two-year cycle in force the day after (a card
    is renewed before it lapses), so a call that runs past midnight on a cycle's last day is still covered."""
    after = day + timedelta(days=1)
    year = CARDS_EXPIRE.year
    while date(year - 2, CARDS_EXPIRE.month, CARDS_EXPIRE.day) >= after:
        year -= 2
    while date(year, CARDS_EXPIRE.month, CARDS_EXPIRE.day) < after:
        year += 2
    return date(year, CARDS_EXPIRE.month, CARDS_EXPIRE.day)


def crew_member(entry: dict[str, Any], roles: list[c.ResponseRole], expires: date) -> dict[str, Any]:
    return {
        "member_id": entry["member_id"],
        "name": entry["name"],
        "level": entry["level"],
        "certification_number": entry["cert"],
        "certification_expires": expires,
        "roles": roles,
    }


def clock(start: datetime) -> Callable[..., str]:
    """Times of the call as offsets from the unit being notified."""

    def at(minutes: float, seconds: int = 0) -> str:
        return (start + timedelta(minutes=minutes, seconds=seconds)).isoformat()

    return at


def base_call(start: datetime, number: int, rng: random.Random, crew: tuple[int, int]) -> dict[str, Any]:
    last, first, sex, age = PATIENTS[number % len(PATIENTS)]
    lead, partner = ROSTER[crew[0]], ROSTER[crew[1]]
    t = clock(start)
    expires = certification_expiry(start.date())
    return {
        "response": {
            "pcr_number": f"{start.year}-{number:06d}",
            "agency_number": AGENCY["agency_number"],
            "agency_name": AGENCY["agency_name"],
            "incident_number": f"INC-{26_000 + number}",
            "response_number": f"R-{number:05d}",
            "type_of_service": AGENCY["type_of_service"],
            "unit_capability": AGENCY["unit_capability"],
            **UNIT,
            "response_mode": c.ResponseMode.EMERGENT_IMMEDIATE_RESPONSE,
            "response_mode_descriptors": [c.ResponseModeDescriptor.LIGHTS_AND_SIRENS],
        },
        "times": {
            "psap_call": t(-2),
            "unit_notified": t(0),
            "en_route": t(1),
            "arrived_on_scene": t(8 + rng.randint(0, 4)),
            "arrived_at_patient": t(13),
            "left_scene": t(31),
            "arrived_at_destination": t(46),
            "transfer_of_care": t(52),
            "back_in_service": t(70),
        },
        "crew": [
            crew_member(
                lead,
                [
                    c.ResponseRole.PRIMARY_PATIENT_CAREGIVER_AT_SCENE,
                    c.ResponseRole.PRIMARY_PATIENT_CAREGIVER_TRANSPORT,
                ],
                expires,
            ),
            crew_member(
                partner,
                [c.ResponseRole.DRIVER_PILOT_RESPONSE, c.ResponseRole.DRIVER_PILOT_TRANSPORT],
                expires,
            ),
        ],
        "patient": {
            "last_name": last,
            "first_name": first,
            "home_county": "06065",
            "home_state": "06",
            "home_zip": "92501",
            "age": age,
            "age_units": c.AgeUnits.YEARS,
            "sex": sex,
            "weight_kg": float(rng.randint(55, 110)),
        },
        "disposition": {
            "unit_disposition": c.UnitDisposition.PATIENT_CONTACT_MADE,
            "patient_evaluation_care": c.PatientEvaluationCare.PATIENT_EVALUATED_AND_CARE_PROVIDED,
            "crew_disposition": c.CrewDisposition.INITIATED_AND_CONTINUED_PRIMARY_CARE,
            "transport_disposition": c.TransportDisposition.TRANSPORT_BY_THIS_EMS_UNIT_THIS_CREW_ONLY,
            "destination_name": "Riverside General Hospital",
            "destination_code": "RGH-01",
            "destination_state": "06",
            "destination_county": "06065",
            "destination_zip": "92503",
            "transport_method": c.TransportMethod.GROUND_AMBULANCE,
            "transport_mode": c.TransportMode.EMERGENT_IMMEDIATE_RESPONSE,
            "destination_type": c.DestinationType.HOSPITAL_EMERGENCY_DEPARTMENT,
            "care_transferred_to": "RN K. Patel, ED",
            "level_of_care": c.LevelOfCare.BLS_ALL_LEVELS,
        },
        "signatures": [
            {
                "signer_type": c.SignerType.EMS_PRIMARY_CARE_PROVIDER_FOR_THIS_EVENT,
                "reasons": [c.SignatureReason.TRANSFER_OF_PATIENT_CARE],
                "status": c.SignatureStatus.SIGNED,
                "signed_at": t(52),
                "last_name": lead["name"].split()[-1],
                "first_name": lead["name"].split()[0],
            },
            {
                "signer_type": c.SignerType.HEALTHCARE_PROVIDER,
                "reasons": [c.SignatureReason.TRANSFER_OF_PATIENT_CARE],
                "status": c.SignatureStatus.SIGNED,
                "signed_at": t(52),
                "last_name": "Patel",
                "first_name": "Kiran",
            },
        ],
    }


def vital_sets(
    start: datetime, minutes: list[int], rng: random.Random, sbp: int, hr: int, **extra: Any
) -> list[Any]:
    sets = []
    for i, m in enumerate(minutes):
        sets.append(
            {
                "taken_at": (start + timedelta(minutes=m)).isoformat(),
                "prior_to_care": c.YesNo.NO,
                "sbp": sbp - 4 * min(i, 5) + rng.randint(-3, 3),
                "dbp": sbp // 2 + 10 + rng.randint(-3, 3),
                "bp_method": c.BloodPressureMethod.CUFF_AUTOMATED,
                "heart_rate": hr - 3 * min(i, 5) + rng.randint(-2, 2),
                "spo2": min(100, 93 + min(i, 5) + rng.randint(0, 2)),
                "respiratory_rate": 18 + rng.randint(-2, 4),
                "etco2": 36 + rng.randint(-3, 3),
                "etco2_unit": c.Etco2Unit.MMHG,
                "glucose": 110 + rng.randint(-10, 30),
                "gcs": {"eye": 4, "verbal": 5, "motor": 6, "total": 15},
                "avpu": c.Avpu.ALERT,
                "pain_score": max(0, 7 - 2 * i),
                "pain_scale": c.PainScaleType.NUMERIC_0_10,
                "temperature_c": 36.8,
                **extra,
            }
        )
    return sets


def demo_accounts() -> list[tuple[Account, str]]:
    """The demo device's roster and their PINs (printed by `epcr demo`; never use them for real)."""
    crew = [
        (
            Account(
                id=m["member_id"],
                name=m["name"],
                role=Role.EMT,
                level=m["level"],
                certification_number=m["cert"],
                certification_expires=CARDS_EXPIRE,
            ),
            m["member_id"][2:] + m["member_id"][:1:-1],  # the number, then backwards: P-1042 -> 10422401
        )
        for m in ROSTER
    ]
    return [
        (Account(id="A-0001", name="Ada Admin", role=Role.ADMIN), "90000001"),
        (Account(id="Q-0100", name="Quinn Reviewer", role=Role.QA), "70000100"),
        *crew,
    ]
