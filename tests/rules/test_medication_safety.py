"""Medication safety, told as the calls it catches: doses by age band and weight, allergies and
contraindications.

Each case is the demo chest-pain call (a 67-year-old, aspirin and nitroglycerin) changed into the story it
tells; drug codes come from the NEMSIS Medication list by their RxNorm names."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from epcr.demo import demo_report
from epcr.domain.defined_lists import code_for, medications
from epcr.domain.dosing import load as load_dose_units
from epcr.domain.nemsis import codes as c
from epcr.domain.report import Report
from epcr.rules.checks.medication_safety import ingredients
from epcr.rules.drug_reference import shipped
from epcr.rules.engine import Validator
from epcr.rules.findings import Finding, Severity
from epcr.rules.scope import load

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
VALIDATOR = Validator(load(), clock=lambda: NOW)
RULES = ("medications.dose", "medications.allergy", "medications.contraindication")


def drug(name: str) -> str:
    return code_for(medications(), name)


FENTANYL, MORPHINE, NITRO = drug("fentanyl"), drug("morphine"), drug("nitroglycerin")
EPI_1_MG_ML, EPI_01_MG_ML = drug("epinephrine 1 MG/ML"), drug("epinephrine 0.1 MG/ML")
MCG, MG, MG_KG = c.DoseUnit.MICROGRAMS_MCG, c.DoseUnit.MILLIGRAMS_MG, c.DoseUnit.MILLIGRAMS_PER_KILOGRAM_MG_KG
IV, IM, SL = (
    c.MedicationRoute.INTRAVENOUS_IV,
    c.MedicationRoute.INTRAMUSCULAR_IM,
    c.MedicationRoute.SUBLINGUAL,
)


def call(*doses: tuple[str, float, Any, Any], **patient: Any) -> dict[str, Any]:
    """The chest-pain call with these doses given at 09:22 by its paramedic, and these patient details."""
    data = demo_report(0).model_dump(mode="json")
    given = data["medications"][1]  # the nitroglycerin: time and performer
    kept = {key: value for key, value in given.items() if key != "id"}
    data["medications"] = [
        kept | {"code": code, "dose": dose, "dose_unit": unit, "route": route}
        for code, dose, unit, route in doses
    ]
    data["patient"] |= patient
    return data


def child(age: int = 2, **patient: Any) -> dict[str, Any]:
    return {"age": age, "age_units": c.AgeUnits.YEARS, "weight_kg": None} | patient


def findings(data: dict[str, Any], validator: Validator = VALIDATOR) -> list[Finding]:
    found = validator.validate(Report.model_validate(data)).findings
    return [f for f in found if f.rule in RULES]


def only(found: list[Finding], rule: str) -> list[Finding]:
    return [f for f in found if f.rule == rule]


# -- dose by age band ------------------------------------------------------------------------------------


def test_a_two_year_old_given_adult_doses_is_flagged_with_the_limits_named() -> None:
    found = findings(call((FENTANYL, 200, MCG, IV), (EPI_1_MG_ML, 1, MG, IM), **child()))
    errors = [f for f in only(found, "medications.dose") if f.severity is Severity.ERROR]
    assert len(errors) == 2
    fentanyl, epinephrine = sorted(errors, key=lambda f: "Epinephrine" in f.message)
    assert "Fentanyl 200 mcg IV" in fentanyl.message
    assert "maximum single dose for a 2-year-old (pediatric): 100 mcg" in fentanyl.message
    assert "NMECG v3 (2022), Pain Management" in fentanyl.message
    assert "Epinephrine 1 mg/mL (1:1,000) 1 mg IM" in epinephrine.message
    assert "maximum single dose for a 2-year-old (pediatric): 0.3 mg" in epinephrine.message
    assert "Anaphylaxis" in epinephrine.message
    assert all(f.path.endswith(".dose") and f.blocks_lock for f in errors)


def test_the_same_doses_for_an_adult_are_judged_by_the_adult_limits_not_the_childs() -> None:
    found = findings(call((FENTANYL, 200, MCG, IV), (EPI_1_MG_ML, 1, MG, IM)))
    assert not any("pediatric" in f.message for f in found)
    # 1 mg IM is twice the adult anaphylaxis maximum and 200 mcg twice the adult single dose: a medical
    # director flags both for an adult too (and at 57 kg the weight-based doses); the adult limits are named.
    maxima = [f for f in found if "maximum single dose" in f.message]
    assert sorted(f.message.split(": ")[1].split(" (")[0] for f in maxima) == ["0.5 mg", "100 mcg"]
    assert all("67-year-old (adult)" in f.message for f in found)


def test_adult_doses_within_the_adult_limits_are_silent() -> None:
    adult = call((FENTANYL, 50, MCG, IV), (EPI_1_MG_ML, 0.5, MG, IM), (EPI_01_MG_ML, 1, MG, IV))  # 57 kg
    assert findings(adult) == []


def test_the_large_arrest_call_is_silent() -> None:
    from epcr.demo import large_report

    found = VALIDATOR.validate(large_report()).findings
    assert [f for f in found if f.rule in RULES] == []


# -- dose by weight ------------------------------------------------------------------------------------------


def test_per_kg_dose_with_a_recorded_weight() -> None:
    # 12 kg: fentanyl 1 mcg/kg is 12 mcg. 15 mcg (1.25 times) is a warning; 30 mcg (2.5 times) an error.
    warned = only(findings(call((FENTANYL, 15, MCG, IV), **child(weight_kg=12))), "medications.dose")
    assert [f.severity for f in warned] == [Severity.WARNING]
    assert "1.25 mcg/kg for 12 kg (eExam.01)" in warned[0].message
    assert "1 mcg/kg = 12 mcg" in warned[0].message
    erred = only(findings(call((FENTANYL, 30, MCG, IV), **child(weight_kg=12))), "medications.dose")
    assert [f.severity for f in erred] == [Severity.ERROR]
    assert findings(call((FENTANYL, 12, MCG, IV), **child(weight_kg=12))) == []


def test_per_kg_dose_with_a_tape_colour_uses_the_heaviest_weight_of_its_band() -> None:
    yellow = child(length_based_tape=c_tape("Yellow"))  # 12-14 kg
    found = only(findings(call((EPI_1_MG_ML, 0.3, MG, IM), **yellow)), "medications.dose")
    assert [f.severity for f in found] == [Severity.ERROR]  # 0.3 mg is 0.021 mg/kg at 14 kg: twice 0.01
    assert "12-14 kg (length-based tape Yellow, eExam.02)" in found[0].message
    assert "Broselow" in found[0].message
    assert findings(call((EPI_1_MG_ML, 0.14, MG, IM), **yellow)) == []


def test_a_dose_in_a_per_kg_unit_and_in_millilitres_converts() -> None:
    per_kg = only(findings(call((MORPHINE, 1, MG_KG, IV), **child(weight_kg=12))), "medications.dose")
    assert {f.severity for f in per_kg} == {Severity.ERROR}  # 1 mg/kg: 10 times; 12 mg: above max 10 mg
    assert any("12 mg for 12 kg" in f.message for f in per_kg)
    millilitres = call((EPI_1_MG_ML, 1, c.DoseUnit.MILLILITERS_ML, IM), **child())  # 1 mL of 1 mg/mL
    assert "0.3 mg" in only(findings(millilitres), "medications.dose")[0].message


def test_a_unit_that_does_not_fit_the_drug_is_named() -> None:
    found = only(findings(call((FENTANYL, 2, c.DoseUnit.PUFFS, IV))), "medications.dose")
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "units that fit" in found[0].message and found[0].path.endswith(".dose_unit")


def c_tape(colour: str) -> str:
    from epcr.domain.nemsis.elements import ENUMERATIONS

    return next(code for code, label in ENUMERATIONS["eExam.02"].items() if label == colour)


# -- allergies -------------------------------------------------------------------------------------------


def with_allergies(data: dict[str, Any], allergies: Any) -> dict[str, Any]:
    data["assessment"]["sample"]["medication_allergies"] = allergies
    return data


def test_an_allergy_to_the_drug_given_is_an_error() -> None:
    found = findings(with_allergies(call((MORPHINE, 4, MG, IV)), [MORPHINE]))
    conflict = only(found, "medications.allergy")
    assert [f.severity for f in conflict] == [Severity.ERROR]
    assert "Morphine 4 mg IV was given, but the patient is allergic to it" in conflict[0].message


def test_an_allergy_to_the_same_ingredient_is_an_error() -> None:
    found = findings(with_allergies(call((EPI_01_MG_ML, 1, MG, IV)), [EPI_1_MG_ML]))
    conflict = only(found, "medications.allergy")
    assert len(conflict) == 1 and "same ingredient (epinephrine)" in conflict[0].message


def test_an_icd10_narcotic_allergy_conflicts_with_an_opioid() -> None:
    found = only(findings(with_allergies(call((FENTANYL, 50, MCG, IV)), ["Z88.5"])), "medications.allergy")
    assert len(found) == 1 and "narcotic agent (Z88.5" in found[0].message


def test_no_known_drug_allergy_is_silent() -> None:
    nkda = {"pertinent_negative": c.PertinentNegative.NO_KNOWN_DRUG_ALLERGY}
    assert findings(with_allergies(call((MORPHINE, 4, MG, IV)), nkda)) == []
    assert findings(with_allergies(call((MORPHINE, 4, MG, IV)), [FENTANYL])) == []  # another drug


def test_a_dose_not_given_is_never_a_conflict() -> None:
    data = with_allergies(call((MORPHINE, 4, MG, IV)), [MORPHINE])
    data["medications"][0]["pertinent_negative"] = c.PertinentNegative.MEDICATION_ALLERGY
    assert findings(data) == []


# -- contraindications ---------------------------------------------------------------------------------------


def nitro_call(sbp: int, current: list[str] | None = None) -> dict[str, Any]:
    data = call((NITRO, 0.4, MG, SL))
    for vitals in data["vitals"]:
        vitals["sbp"], vitals["dbp"] = sbp, min(vitals["dbp"], sbp - 10)
    if current is not None:
        data["assessment"]["sample"]["current_medications"] = [{"drug": code} for code in current]
    return data


def test_nitroglycerin_with_a_systolic_of_80_is_an_error() -> None:
    found = only(findings(nitro_call(80)), "medications.contraindication")
    assert [f.severity for f in found] == [Severity.ERROR]
    assert "Nitroglycerin 0.4 mg SL with a systolic pressure of 80 mmHg (vitals at 09:14)" in found[0].message
    assert "below 90 mmHg" in found[0].message and "Chest Pain" in found[0].message


def test_nitroglycerin_while_taking_a_pde5_inhibitor_is_flagged() -> None:
    sildenafil = sorted(shipped().lists["pde5_inhibitors"].codes)[0]
    found = only(findings(nitro_call(140, [sildenafil])), "medications.contraindication")
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "phosphodiesterase-5 inhibitor" in found[0].message and sildenafil in found[0].message


def test_nitroglycerin_with_a_systolic_of_140_is_silent() -> None:
    assert findings(nitro_call(140, [drug("aspirin")])) == []


def test_only_the_pressure_before_the_dose_counts() -> None:
    data = nitro_call(140)
    data["vitals"][1]["sbp"], data["vitals"][1]["dbp"] = 80, 50  # 09:24, after the 09:22 dose
    assert findings(data) == []


def test_a_new_pressure_re_checks_the_dose_given_after_it() -> None:
    before = Report.model_validate(nitro_call(140))
    previous = VALIDATOR.validate(before)
    data = before.model_dump(mode="json")
    data["vitals"][0]["sbp"], data["vitals"][0]["dbp"] = 80, 50
    after = Report.model_validate(data)
    again = VALIDATOR.revalidate(after, previous, [f"vitals[{after.vitals[0].id}].sbp"])
    assert [f.rule for f in again.findings if f.rule in RULES] == ["medications.contraindication"]


# -- the reference itself ------------------------------------------------------------------------------------


def test_every_drug_and_limit_names_its_source_and_a_nemsis_code() -> None:
    reference = shipped()
    for code, entry in reference.drugs.items():
        assert code in medications()
        assert all(limit.source for limit in entry.doses)
        assert all(rule.source for rule in entry.contraindications)


def test_the_units_the_app_offers_for_a_drug_fit_it() -> None:
    offered = load_dose_units()
    for code, entry in shipped().drugs.items():
        assert set(offered.units_for(code, True)) <= entry.units, code


@pytest.mark.parametrize(
    ("code", "expected"),
    [("317361", {"epinephrine"}), ("1795477", {"glucose"}), ("214199", {"albuterol", "ipratropium"})],
)
def test_ingredients_come_from_the_nemsis_rxnorm_names(code: str, expected: set[str]) -> None:
    assert ingredients(code) == expected


def test_an_overdose_confirmed_as_recorded_stays_an_error_and_no_longer_blocks_the_lock() -> None:
    """The record says what happened: the crew confirms the dose was given as recorded, with what happened.
    The lock gate then passes it; the finding stays an error, with the explanation, for QA."""
    data = call((FENTANYL, 200, MCG, IV), **child())
    unconfirmed = [f for f in findings(data) if f.severity is Severity.ERROR]
    assert unconfirmed and all(f.blocks_lock for f in unconfirmed)
    data["medications"][0]["justification"] = "200 mcg drawn up in error; given before the check; ED told"
    confirmed = [f for f in findings(data) if f.severity is Severity.ERROR]
    assert confirmed and not any(f.blocks_lock for f in confirmed)
    assert all("confirmed as recorded by the crew: 200 mcg drawn up in error" in f.message for f in confirmed)
