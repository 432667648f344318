"""Four calls an EMS crew runs every week, documented the way a good crew would."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any
from uuid import uuid4

from epcr.demo.scene import ROSTER, base_call, clock, code, impression, med, proc, vital_sets
from epcr.domain.arrest import CprEventKind
from epcr.domain.nemsis import codes as c


def chest_pain(start: datetime, number: int, rng: random.Random) -> dict[str, Any]:
    data = base_call(start, number, rng, (0, 1))
    at = clock(start)
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
        "primary_impression": impression("ST elevation (STEMI) myocardial infarction of unspecified site"),
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
            # eHistory.CurrentMedsGroup: aspirin 81 mg by mouth every day
            "current_medications": [
                {
                    "drug": med("aspirin"),
                    "dose": 81,
                    "dose_unit": code("eHistory.14", "Milligrams (mg)"),
                    "route": code("eHistory.15", "Oral"),
                    "frequency": code("eHistory.20", "qd (every day)"),
                }
            ],
            "medication_allergies": {"pertinent_negative": c.PertinentNegative.NO_KNOWN_DRUG_ALLERGY},
            "medical_history": [impression("Essential (primary) hypertension")],  # eHistory.08
            "barriers_to_care": [code("eHistory.01", "None Noted")],
            "history_obtained_from": [code("eHistory.09", "Patient")],
        },
        "exam_findings": [  # eExam.AssessmentGroup
            {"element": "eExam.04", "code": code("eExam.04", "Diaphoretic")},
            {"element": "eExam.04", "code": code("eExam.04", "Pale")},
            {
                "element": "eExam.23",
                "location": code("eExam.22", "Bilateral"),
                "code": code("eExam.23", "Rales"),
                "pertinent_negative": c.PertinentNegative.EXAM_FINDING_NOT_PRESENT,
            },
        ],
    }
    data["scene"] = {
        "first_ems_unit_on_scene": code("eScene.01", "Yes"),
        "number_of_patients_at_scene": code("eScene.06", "Single"),
        "mass_casualty_incident": code("eScene.07", "No"),
        "incident_street_address": "4410 Riverside Drive",
        "incident_zip_code": "92501",
    }
    data["protocols"] = {
        "protocols": [
            {
                "protocols_used": code("eProtocols.01", "Medical-Cardiac Chest Pain"),
                "protocol_age_category": code("eProtocols.02", "Adult Only"),
            }
        ]
    }
    data["vitals"] = vital_sets(
        start, [14, 24, 38], rng, 158, 102, cardiac_rhythm=[c.CardiacRhythm.STEMI_INFERIOR_ISCHEMIA]
    )
    data["procedures"] = [
        {
            "at": at(16),
            "prior_to_care": c.YesNo.NO,
            "code": proc("12 lead electrocardiogram"),
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
            "code": proc("Catheterization of vein"),
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
            "code": med("aspirin"),
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
            "code": med("nitroglycerin"),
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
    data = base_call(start, number, rng, (3, 1))
    at = clock(start)
    cc, emt = ROSTER[3], ROSTER[1]
    sga_id, epi_id = str(uuid4()), str(uuid4())
    data["dispatch"] = {
        "reason": c.DispatchReason.CARDIAC_ARREST_DEATH,
        "emd_performed": c.EmdPerformed.YES_WITH_PRE_ARRIVAL_INSTRUCTIONS,
    }
    data["scene"] = {
        "first_ems_unit_on_scene": code("eScene.01", "Yes"),
        "number_of_patients_at_scene": code("eScene.06", "Single"),
        "mass_casualty_incident": code("eScene.07", "No"),
        "incident_street_address": "2871 Magnolia Avenue",
        "incident_apartment_suite_or_room": "Apt 4B",
        "incident_zip_code": "92506",
    }
    data["protocols"] = {
        "protocols": [
            {
                "protocols_used": code("eProtocols.01", "General-Cardiac Arrest"),
                "protocol_age_category": code("eProtocols.02", "Adult Only"),
            }
        ]
    }
    data["situation"] = {
        "chief_complaint": "Unresponsive, not breathing",
        "primary_impression": impression("Cardiac arrest, cause unspecified"),
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
            {"medication": med("epinephrine 0.1 MG/ML"), "medication_id": epi_id},
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
            "code": proc("Cardiopulmonary resuscitation"),
            "attempts": 1,
            "successful": c.YesNo.YES,
            "response": c.InterventionResponse.IMPROVED,
            "performer_crew_id": emt["member_id"],
            "performer_level": emt["level"].caregiver_code,
        },
        {
            "at": at(14, 30),
            "prior_to_care": c.YesNo.NO,
            "code": proc("Defibrillation using automated external cardiac defibrillator"),
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
            "code": proc("Insertion of Single Lumen Supraglottic Airway Device"),
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
            "code": med("epinephrine 0.1 MG/ML"),
            "route": c.MedicationRoute.INTRAOSSEOUS_IO,
            "dose": 1,
            "dose_unit": c.DoseUnit.MILLIGRAMS_MG,
            "response": c.InterventionResponse.UNCHANGED,
            "performer_crew_id": cc["member_id"],
            "performer_level": cc["level"].caregiver_code,
        },
    ]
    data["vitals"] = vital_sets(
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
    data = base_call(start, number, rng, (4, 5))
    at = clock(start)
    lead, emr = ROSTER[4], ROSTER[5]
    data["dispatch"] = {"reason": c.DispatchReason.HEMORRHAGE_LACERATION}
    data["situation"] = {
        "chief_complaint": "Arterial bleeding from right thigh after chainsaw injury",
        "anatomic_location": c.AnatomicLocation.EXTREMITY_LOWER,
        "primary_impression": impression("Injury, unspecified"),
        "acuity": c.Acuity.CRITICAL_RED,
        "possible_injury": c.PossibleInjury.YES,
    }
    data["procedures"] = [
        {
            "at": at(13),
            "prior_to_care": c.YesNo.NO,
            "code": proc("Application of tourniquet"),
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
            "code": proc("Application of chemical hemostatic agents"),
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
    data["injury"] = {
        "mechanism_of_injury": [code("eInjury.02", "Penetrating")],
        "trauma_triage_criteria_high_risk_for_serious_injury": [
            code(
                "eInjury.03",
                "Active bleeding requiring a tourniquet or wound packing with continuous pressure",
            )
        ],
        "osha_personal_protective_equipment_used": [code("eInjury.10", "Eye and Face Protection")],
    }
    data["scene"] = {
        "number_of_patients_at_scene": code("eScene.06", "Single"),
        "mass_casualty_incident": code("eScene.07", "No"),
        "incident_facility_or_location_name": "Sycamore Canyon trailhead",
    }
    data["vitals"] = vital_sets(start, [14, 22, 34], rng, 98, 124)
    data["narrative"] = {
        "text": "Tourniquet applied high and tight R thigh at 13 min by first responder, "
        "bleeding controlled. Wound packed with hemostatic gauze, pressure dressing."
    }
    return data


def overdose(start: datetime, number: int, rng: random.Random) -> dict[str, Any]:
    data = base_call(start, number, rng, (1, 2))
    at = clock(start)
    emt, aemt = ROSTER[1], ROSTER[2]
    data["dispatch"] = {"reason": c.DispatchReason.OVERDOSE_POISONING_INGESTION}
    data["situation"] = {
        "chief_complaint": "Found unresponsive, pinpoint pupils, slow breathing",
        "primary_impression": impression("Transient alteration of awareness"),
        "acuity": c.Acuity.EMERGENT_YELLOW,
        "possible_injury": c.PossibleInjury.NO,
    }
    data["procedures"] = [
        {
            "at": at(14),
            "prior_to_care": c.YesNo.NO,
            "code": proc("Bag valve mask ventilation"),
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
            "code": med("naloxone"),
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
            "code": med("aspirin"),
            "pertinent_negative": c.PertinentNegative.CONTRAINDICATION_NOTED,
            "performer_crew_id": aemt["member_id"],
            "performer_level": aemt["level"].caregiver_code,
        },
    ]
    data["vitals"] = vital_sets(
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
    for later in data["vitals"][1:]:  # naloxone worked
        later |= {
            "respiratory_rate": 14,
            "spo2": 96,
            "avpu": c.Avpu.VERBAL,
            "gcs": {"eye": 3, "verbal": 4, "motor": 6, "total": 13},
        }
    data["disposition"] |= {"level_of_care": c.LevelOfCare.ALS_AEMT_INTERMEDIATE}
    data["narrative"] = {
        "text": "Pt found by roommate. RR 6, SpO2 84%. BVM, naloxone 4 mg IN with good effect."
    }
    return data


SCENARIOS = (chest_pain, cardiac_arrest, hemorrhage, overdose)
