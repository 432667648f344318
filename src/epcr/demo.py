"""Demo data: a crew roster and realistic calls (chest pain, cardiac arrest, hemorrhage, overdose), for
trying the app, for screenshots and for benchmarks. Every code is looked up in the NEMSIS lists."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from uuid import UUID, uuid4

from epcr.domain.arrest import CprEventKind
from epcr.domain.defined_lists import code_for, impressions, medications, procedures
from epcr.domain.levels import Level
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Lifecycle, Report

MOUNTAIN = timezone(timedelta(hours=-7), "MST")

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


def _proc(label: str) -> str:
    return code_for(procedures(), label)


def _med(label: str) -> str:
    return code_for(medications(), label)


def _impression(label: str) -> str:
    return code_for(impressions(), label)


def crew_member(entry: dict[str, Any], roles: list[c.ResponseRole]) -> dict[str, Any]:
    return {
        "member_id": entry["member_id"],
        "name": entry["name"],
        "level": entry["level"],
        "certification_number": entry["cert"],
        "certification_expires": date(2027, 6, 30),
        "roles": roles,
    }


def _clock(start: datetime) -> Callable[..., str]:
    """Times of the call as offsets from the unit being notified."""

    def at(minutes: float, seconds: int = 0) -> str:
        return (start + timedelta(minutes=minutes, seconds=seconds)).isoformat()

    return at


def _base(start: datetime, number: int, rng: random.Random, crew: tuple[int, int]) -> dict[str, Any]:
    last, first, sex, age = PATIENTS[number % len(PATIENTS)]
    lead, partner = ROSTER[crew[0]], ROSTER[crew[1]]
    t = _clock(start)
    return {
        "response": {
            "pcr_number": f"2026-{number:06d}",
            "agency_number": "S12-4410",
            "agency_name": "Riverside County EMS",
            "incident_number": f"INC-{26_000 + number}",
            "response_number": f"R-{number:05d}",
            "type_of_service": c.TypeOfService.EMERGENCY_RESPONSE_PRIMARY_RESPONSE_AREA,
            "unit_capability": c.UnitCapability.GROUND_TRANSPORT_ALS_EQUIPPED,
            "vehicle_number": "M12",
            "call_sign": "Medic 12",
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
            ),
            crew_member(
                partner, [c.ResponseRole.DRIVER_PILOT_RESPONSE, c.ResponseRole.DRIVER_PILOT_TRANSPORT]
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
        },
    }


def _vitals(
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


def chest_pain(start: datetime, number: int, rng: random.Random) -> dict[str, Any]:
    data = _base(start, number, rng, (0, 1))
    at = _clock(start)
    medic = ROSTER[0]
    data["dispatch"] = {
        "reason": c.DispatchReason.CHEST_PAIN_NON_TRAUMATIC,
        "emd_performed": c.EmdPerformed.NO,
    }
    data["situation"] = {
        "chief_complaint": "Crushing substernal chest pain radiating to left arm",
        "complaint_type": c.ComplaintType.CHIEF_PRIMARY,
        "anatomic_location": c.AnatomicLocation.CHEST,
        "organ_system": c.OrganSystem.CARDIOVASCULAR,
        "symptom_onset": at(-40),
        "primary_impression": _impression("ST elevation (STEMI) myocardial infarction of unspecified site"),
        "acuity": c.Acuity.CRITICAL_RED,
        "possible_injury": c.PossibleInjury.NO,
    }
    data["assessment"] = {
        "avpu": c.Avpu.ALERT,
        "gcs": {"eye": 4, "verbal": 5, "motor": 6, "total": 15},
        "opqrst": {
            "onset": "At rest watching TV",
            "provocation": "Worse with exertion",
            "quality": "Pressure",
            "region_radiation": "Substernal to left arm and jaw",
            "severity": 8,
            "time": "40 minutes",
        },
        "sample": {
            "signs_symptoms": "Diaphoretic, nauseated",
            "events": "Sudden onset at rest",
            "current_medications": [_med("aspirin")],
        },
    }
    data["vitals"] = _vitals(
        start, [14, 24, 38], rng, 158, 102, cardiac_rhythm=[c.CardiacRhythm.STEMI_INFERIOR_ISCHEMIA]
    )
    data["procedures"] = [
        {
            "at": at(16),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("12 lead electrocardiogram"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.UNCHANGED,
            "performer_crew_id": medic["member_id"],
            "performer_level": medic["level"].caregiver_code,
            "authorization": c.Authorization.PROTOCOL_STANDING_ORDER,
        },
        {
            "at": at(20),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("Catheterization of vein"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.UNCHANGED,
            "performer_crew_id": medic["member_id"],
            "performer_level": medic["level"].caregiver_code,
            "vascular_access_location": c.VascularAccessLocation.ANTECUBITAL_LEFT,
            "authorization": c.Authorization.PROTOCOL_STANDING_ORDER,
        },
    ]
    data["medications"] = [
        {
            "at": at(17),
            "prior_to_care": c.YesNo.NO,
            "code": _med("aspirin"),
            "route": c.MedicationRoute.ORAL,
            "dose": 324,
            "dose_unit": c.DoseUnit.MILLIGRAMS_MG,
            "response": c.InterventionResponse.UNCHANGED,
            "performer_crew_id": medic["member_id"],
            "performer_level": medic["level"].caregiver_code,
        },
        {
            "at": at(22),
            "prior_to_care": c.YesNo.NO,
            "code": _med("nitroglycerin"),
            "route": c.MedicationRoute.SUBLINGUAL,
            "dose": 0.4,
            "dose_unit": c.DoseUnit.MILLIGRAMS_MG,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": medic["member_id"],
            "performer_level": medic["level"].caregiver_code,
        },
    ]
    data["disposition"] |= {
        "pre_arrival_alert": c.PreArrivalAlert.YES_STEMI,
        "pre_arrival_alert_at": at(33),
        "acuity_on_release": c.AcuityOnRelease.CRITICAL_RED,
        "level_of_care": c.LevelOfCare.ALS_PARAMEDIC,
    }
    data["narrative"] = {
        "text": "Dispatched emergent for chest pain. Found 67 y/o female seated, diaphoretic, "
        "reporting crushing substernal pain 8/10. 12-lead: inferior STEMI, transmitted. ASA 324 mg "
        "PO, NTG 0.4 mg SL with relief to 5/10. IV L AC. STEMI alert to RGH. Care transferred to ED RN."
    }
    return data


def cardiac_arrest(start: datetime, number: int, rng: random.Random) -> dict[str, Any]:
    data = _base(start, number, rng, (3, 1))
    at = _clock(start)
    cc, emt = ROSTER[3], ROSTER[1]
    sga_id, epi_id = str(uuid4()), str(uuid4())
    data["dispatch"] = {
        "reason": c.DispatchReason.CARDIAC_ARREST_DEATH,
        "emd_performed": c.EmdPerformed.YES_WITH_PRE_ARRIVAL_INSTRUCTIONS,
    }
    data["situation"] = {
        "chief_complaint": "Unresponsive, not breathing",
        "primary_impression": _impression("Cardiac arrest, cause unspecified"),
        "acuity": c.Acuity.CRITICAL_RED,
        "possible_injury": c.PossibleInjury.NO,
        "last_known_well": at(-6),
    }
    data["arrest"] = {
        "cardiac_arrest": c.CardiacArrest.YES_PRIOR_TO_ANY_EMS_ARRIVAL_INCLUDES_TRANSPORT_EMS_MEDICAL_FIRST_RESPONDERS,  # noqa: E501
        "etiology": c.ArrestEtiology.CARDIAC_PRESUMED,
        "resuscitation_attempted": [
            c.ResuscitationAttempted.ATTEMPTED_DEFIBRILLATION,
            c.ResuscitationAttempted.ATTEMPTED_VENTILATION,
            c.ResuscitationAttempted.INITIATED_CHEST_COMPRESSIONS,
        ],
        "witnessed_by": [c.ArrestWitnessedBy.WITNESSED_BY_FAMILY_MEMBER],
        "aed_prior_to_arrival": c.AedPriorToArrival.NO,
        "cpr_types": [c.CprType.COMPRESSIONS_MANUAL, c.CprType.VENTILATION_BAG_VALVE_MASK],
        "first_monitored_rhythm": c.FirstMonitoredRhythm.UNKNOWN_AED_SHOCKABLE_RHYTHM,
        "rosc": [c.Rosc.YES_PRIOR_TO_ARRIVAL_AT_THE_ED],
        "arrest_at": at(-5),
        "end_of_event": c.EndOfArrestEvent.ONGOING_RESUSCITATION_IN_ED
        if number % 2
        else c.EndOfArrestEvent.ROSC_IN_THE_FIELD,
        "initial_cpr_at": at(13, 20),
        "who_initiated_cpr": c.WhoInitiatedCpr.FAMILY_MEMBER,
        "who_applied_aed": c.WhoAppliedAed.EMS_RESPONDER_TRANSPORT_EMS,
        "who_defibrillated": c.WhoDefibrillated.EMS_RESPONDER_TRANSPORT_EMS,
        "rhythm_at_destination": [c.CardiacRhythm.SINUS_TACHYCARDIA],
    }
    events: list[tuple[int, int, CprEventKind, dict[str, Any]]] = [
        (13, 5, CprEventKind.ARREST_RECOGNIZED, {}),
        (13, 20, CprEventKind.COMPRESSIONS_STARTED, {}),
        (14, 0, CprEventKind.AED_APPLIED, {}),
        (14, 20, CprEventKind.ANALYSIS_SHOCK_ADVISED, {}),
        (14, 30, CprEventKind.SHOCK_DELIVERED, {"energy_joules": 200}),
        (14, 35, CprEventKind.COMPRESSIONS_RESUMED, {}),
        (16, 30, CprEventKind.RHYTHM_CHECK, {"rhythm": c.CardiacRhythm.VENTRICULAR_FIBRILLATION}),
        (16, 40, CprEventKind.SHOCK_DELIVERED, {"energy_joules": 300}),
        (
            17,
            0,
            CprEventKind.MEDICATION_GIVEN,
            {"medication": _med("epinephrine 0.1 MG/ML"), "medication_id": epi_id},
        ),
        (18, 0, CprEventKind.AIRWAY_PLACED, {}),
        (18, 35, CprEventKind.RHYTHM_CHECK, {"rhythm": c.CardiacRhythm.SINUS_RHYTHM}),
        (18, 40, CprEventKind.ROSC, {}),
    ]
    data["cpr_events"] = [
        {"at": at(m, s), "kind": kind, "crew_member_id": cc["member_id"], **extra}
        for m, s, kind, extra in events
    ]
    data["procedures"] = [
        {
            "at": at(13, 20),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("Cardiopulmonary resuscitation"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": emt["member_id"],
            "performer_level": emt["level"].caregiver_code,
        },
        {
            "at": at(14, 30),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("Defibrillation using automated external cardiac defibrillator"),
            "attempts": 2,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": emt["member_id"],
            "performer_level": emt["level"].caregiver_code,
        },
        {
            "id": sga_id,
            "at": at(18),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("Insertion of Single Lumen Supraglottic Airway Device"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "equipment_size": "4",
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": cc["member_id"],
            "performer_level": cc["level"].caregiver_code,
        },
    ]
    data["airway"] = {
        "indications": [c.AirwayIndication.APNEA_OR_AGONAL_RESPIRATIONS],
        "confirmations": [
            {
                "procedure_id": sga_id,
                "confirmed_at": at(18, 30),
                "device": c.AirwayDevice.SAD_OTHER,
                "methods": [
                    c.AirwayConfirmationMethod.WAVEFORM_ETCO2,
                    c.AirwayConfirmationMethod.AUSCULTATION,
                ],
                "confirmed_by": c.AirwayConfirmedBy.PERSON_PERFORMING_INTUBATION,
                "confirmed_by_crew_id": cc["member_id"],
            }
        ],
        "complications": {"pertinent_negative": c.PertinentNegative.NONE_REPORTED},
    }
    data["medications"] = [
        {
            "id": epi_id,
            "at": at(17),
            "prior_to_care": c.YesNo.NO,
            "code": _med("epinephrine 0.1 MG/ML"),
            "route": c.MedicationRoute.INTRAOSSEOUS_IO,
            "dose": 1,
            "dose_unit": c.DoseUnit.MILLIGRAMS_MG,
            "response": c.InterventionResponse.UNCHANGED,
            "performer_crew_id": cc["member_id"],
            "performer_level": cc["level"].caregiver_code,
        },
    ]
    data["vitals"] = _vitals(
        start,
        [19, 29, 40],
        rng,
        96,
        118,
        avpu=c.Avpu.UNRESPONSIVE,
        gcs={"eye": 1, "verbal": 1, "motor": 1, "total": 3},
    )
    data["disposition"] |= {
        "pre_arrival_alert": c.PreArrivalAlert.YES_CARDIAC_ARREST,
        "level_of_care": c.LevelOfCare.CRITICAL_CARE,
    }
    data["narrative"] = {
        "text": "Witnessed arrest, family CPR with dispatcher instructions. AED: shock advised x2, "
        "i-gel #4 placed and confirmed by waveform capnography, epi 1 mg IO. ROSC at 18:40."
    }
    return data


def hemorrhage(start: datetime, number: int, rng: random.Random) -> dict[str, Any]:
    data = _base(start, number, rng, (4, 5))
    at = _clock(start)
    lead, emr = ROSTER[4], ROSTER[5]
    data["dispatch"] = {"reason": c.DispatchReason.HEMORRHAGE_LACERATION}
    data["situation"] = {
        "chief_complaint": "Arterial bleeding from right thigh after chainsaw injury",
        "anatomic_location": c.AnatomicLocation.EXTREMITY_LOWER,
        "primary_impression": _impression("Injury, unspecified"),
        "acuity": c.Acuity.CRITICAL_RED,
        "possible_injury": c.PossibleInjury.YES,
    }
    data["procedures"] = [
        {
            "at": at(13),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("Application of tourniquet"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": emr["member_id"],
            "performer_level": emr["level"].caregiver_code,
            "bleeding_control": {
                "tourniquet_limb": "right_leg",
                "tourniquet_applied_at": at(13),
                "wound_location": "Right anterior thigh",
                "direct_pressure": True,
            },
        },
        {
            "at": at(16),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("Application of chemical hemostatic agents"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": lead["member_id"],
            "performer_level": lead["level"].caregiver_code,
            "bleeding_control": {
                "wound_location": "Right anterior thigh",
                "wound_packed": True,
                "hemostatic_agent": "Kaolin-impregnated gauze",
                "pressure_dressing": True,
            },
        },
    ]
    data["vitals"] = _vitals(start, [14, 22, 34], rng, 98, 124)
    data["narrative"] = {
        "text": "Tourniquet applied high and tight R thigh at 13 min by first responder, "
        "bleeding controlled. Wound packed with hemostatic gauze, pressure dressing."
    }
    return data


def overdose(start: datetime, number: int, rng: random.Random) -> dict[str, Any]:
    data = _base(start, number, rng, (1, 2))
    at = _clock(start)
    emt, aemt = ROSTER[1], ROSTER[2]
    data["dispatch"] = {"reason": c.DispatchReason.OVERDOSE_POISONING_INGESTION}
    data["situation"] = {
        "chief_complaint": "Found unresponsive, pinpoint pupils, slow breathing",
        "primary_impression": _impression("Transient alteration of awareness"),
        "acuity": c.Acuity.EMERGENT_YELLOW,
        "possible_injury": c.PossibleInjury.NO,
    }
    data["procedures"] = [
        {
            "at": at(14),
            "prior_to_care": c.YesNo.NO,
            "code": _proc("Bag valve mask ventilation"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": emt["member_id"],
            "performer_level": emt["level"].caregiver_code,
        },
    ]
    data["medications"] = [
        {
            "at": at(15),
            "prior_to_care": c.YesNo.NO,
            "code": _med("naloxone"),
            "route": c.MedicationRoute.INTRANASAL,
            "dose": 4,
            "dose_unit": c.DoseUnit.MILLIGRAMS_MG,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": emt["member_id"],
            "performer_level": emt["level"].caregiver_code,
        },
        {
            "at": at(15),
            "prior_to_care": c.YesNo.NO,
            "code": _med("aspirin"),
            "pertinent_negative": c.PertinentNegative.CONTRAINDICATION_NOTED,
            "performer_crew_id": aemt["member_id"],
            "performer_level": aemt["level"].caregiver_code,
        },
    ]
    data["vitals"] = _vitals(
        start,
        [14, 20, 32],
        rng,
        112,
        58,
        respiratory_rate=6,
        spo2=84,
        avpu=c.Avpu.UNRESPONSIVE,
        gcs={"eye": 1, "verbal": 2, "motor": 4, "total": 7},
    )
    data["narrative"] = {
        "text": "Pt found by roommate. RR 6, SpO2 84%. BVM, naloxone 4 mg IN with good effect."
    }
    return data


SCENARIOS = (chest_pain, cardiac_arrest, hemorrhage, overdose)


def demo_report(
    number: int, start: datetime | None = None, seed: int = 0, created_by: str = "P-1042"
) -> Report:
    rng = random.Random(seed * 100_003 + number)
    start = start or datetime(2026, 11, 1, 6, 0, tzinfo=MOUNTAIN) + timedelta(
        hours=7 * number + rng.randint(0, 5)
    )
    data = SCENARIOS[number % len(SCENARIOS)](start, number, rng)
    uuid = UUID(int=rng.getrandbits(128), version=4)
    return Report.model_validate(
        {
            "uuid": uuid,
            "lifecycle": Lifecycle(created_at=start.astimezone(UTC), created_by=created_by),
            **data,
        }
    )


def large_report(seed: int = 0) -> Report:
    """100 vital sets, 100 procedures, 100 medications, 200 CPR events: a long critical-care transfer."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 2, 1, 0, tzinfo=MOUNTAIN)
    data = cardiac_arrest(start, 1, rng)
    data["vitals"] = _vitals(start, list(range(19, 119)), rng, 140, 120)
    base_proc, base_med = data["procedures"][0], data["medications"][0]
    data["procedures"] = [
        {**base_proc, "id": str(uuid4()), "at": (start + timedelta(minutes=14 + i // 2)).isoformat()}
        for i in range(100)
    ]
    data["medications"] = [
        {**base_med, "id": str(uuid4()), "at": (start + timedelta(minutes=17 + i // 2)).isoformat()}
        for i in range(100)
    ]
    kinds = list(CprEventKind)
    data["cpr_events"] = [
        {"at": (start + timedelta(minutes=13, seconds=15 * i)).isoformat(), "kind": kinds[i % len(kinds)]}
        for i in range(200)
    ]
    data["airway"]["confirmations"][0]["procedure_id"] = data["procedures"][2]["id"]
    return Report.model_validate(
        {"lifecycle": Lifecycle(created_at=start.astimezone(UTC), created_by="C-0815"), **data}
    )
