"""The pages for the rest of the record a crew fills at the scene: scene, history, injury, protocols. Driven
with real key events on the real editor and database, then the stored report read back: codes picked by
typing, pertinent negatives ("No known drug allergy") standing instead of codes, codes typed in the
standard's form, bad input refused with the field named and nothing written, and a locked report read-
only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from epcr.domain.fields import Blank
from epcr.domain.nemsis.codes import PertinentNegative
from epcr.domain.nemsis.elements import ENUMERATIONS
from epcr.ui.app import MainWindow
from epcr.ui.code_list import code_list_of
from epcr.ui.code_picks import CodePicks
from epcr.ui.editor.page import FormPage
from tests.ui.driving import WAIT, new_report, page, settle, stored


def typed(qtbot: Any, main: MainWindow, combo: QComboBox, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus, timeout=WAIT)
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), key)
    settle(qtbot, main)


def type_line(qtbot: Any, main: MainWindow, line: QLineEdit, text: str) -> None:
    line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(line.hasFocus, timeout=WAIT)
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    settle(qtbot, main)


def code_of(element: str, words: str) -> str:
    return next(code for code, label in ENUMERATIONS[element].items() if label == words)


def test_scene_fields_typed_and_picked_are_stored(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    scene = page(main, FormPage, "Scene")
    typed(qtbot, main, scene.ui.mci, "no")
    typed(qtbot, main, scene.ui.patientCount, "single")
    type_line(qtbot, main, scene.ui.locationType, "Y92.0")
    type_line(qtbot, main, scene.ui.street, "1200 Main Street")
    type_line(qtbot, main, scene.ui.zip, "90012")
    record = stored(main).scene
    assert record.mass_casualty_incident == code_of("eScene.07", "No")
    assert record.number_of_patients_at_scene == code_of("eScene.06", "Single")
    assert record.incident_location_type == "Y92.0"
    assert record.incident_street_address == "1200 Main Street"
    assert record.incident_zip_code == "90012"


def test_a_zip_code_in_no_allowed_form_is_refused_and_named(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    scene = page(main, FormPage, "Scene")
    type_line(qtbot, main, scene.ui.zip, "9001")
    qtbot.waitUntil(lambda: bool(scene.ui.zip.property("invalid")), timeout=WAIT)
    assert "ZIP" in scene.ui.zip.toolTip() or "zip" in scene.ui.zip.toolTip().lower()
    assert stored(main).scene.incident_zip_code is None
    assert scene.ui.zip.text() == "9001"  # the crew's text stays to be corrected


def test_allergies_picked_by_typing_and_no_known_drug_allergy_stands_instead(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    new_report(qtbot, main)
    history = page(main, FormPage, "History")
    allergies: CodePicks = history.ui.medicationAllergies
    typed(qtbot, main, allergies.add, "morphine")
    picked = stored(main).assessment.sample.medication_allergies
    assert isinstance(picked, list) and len(picked) == 1
    assert "morphine" in allergies.picked.item(0).text().lower()
    typed(qtbot, main, allergies.add, "morphine")  # the same twice (a double tap) is kept once
    assert len(stored(main).assessment.sample.medication_allergies) == 1
    typed(qtbot, main, allergies.add, "z88.0")  # beyond the EMS list: the ICD-10 allergy status code
    assert stored(main).assessment.sample.medication_allergies == [picked[0], "Z88.0"]
    typed(qtbot, main, allergies.add, "no known drug")
    blank = stored(main).assessment.sample.medication_allergies
    assert isinstance(blank, Blank) and blank.pertinent_negative is PertinentNegative.NO_KNOWN_DRUG_ALLERGY
    assert allergies.picked.count() == 1 and "NO KNOWN DRUG ALLERGY" in allergies.picked.item(0).text()
    assert allergies.add.hasFocus() and allergies.add.lineEdit().text() == ""  # ready for the next


def test_medical_history_takes_a_typed_icd10_code_and_refuses_words_it_cannot_place(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    new_report(qtbot, main)
    history = page(main, FormPage, "History")
    past: CodePicks = history.ui.medicalHistory
    typed(qtbot, main, past.add, "I10")
    assert stored(main).assessment.sample.medical_history == ["I10"]
    typed(qtbot, main, past.add, "sugar trouble")
    assert past.add.property("invalid")
    assert "Medical/Surgical History" in past.add.toolTip()
    assert stored(main).assessment.sample.medical_history == ["I10"]  # nothing written
    past.picked.setFocus()
    past.picked.setCurrentRow(0)
    qtbot.keyClick(past.picked, Qt.Key.Key_Delete)
    settle(qtbot, main)
    assert stored(main).assessment.sample.medical_history is None


def test_trauma_triage_and_cause_of_injury(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    injury = page(main, FormPage, "Injury")
    typed(qtbot, main, injury.ui.cause.add, "v43.5")  # ICD-10-CM external cause, typed: upper-cased
    high = ENUMERATIONS["eInjury.03"]
    first = next(iter(high))
    typed(qtbot, main, injury.ui.highRisk.add, high[first][:12], Qt.Key.Key_Tab)
    type_line(qtbot, main, injury.ui.fallHeight, "12")
    record = stored(main).injury
    assert record.cause_of_injury == ["V43.5"]
    assert record.trauma_triage_criteria_high_risk_for_serious_injury == [first]
    assert record.height_of_fall_feet == 12


def test_protocols_used_with_their_age_category(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    protocols = page(main, FormPage, "Protocols")
    picks: CodePicks = protocols.ui.protocols
    adult = code_of("eProtocols.02", "Adult Only")
    age = picks.details[0].widget
    assert isinstance(age, QComboBox)
    age.setCurrentIndex(age.findData(adult))
    label = ENUMERATIONS["eProtocols.01"]
    chest = next(code for code, words in label.items() if "Chest Pain" in words)
    typed(qtbot, main, picks.add, label[chest])
    groups = stored(main).protocols.protocols
    assert [(g.protocols_used, g.protocol_age_category) for g in groups] == [(chest, adult)]
    assert "Adult Only" in picks.picked.item(0).text()


def test_the_pages_are_read_only_when_the_report_is_locked(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    history = page(main, FormPage, "History")
    history.set_read_only(True)
    assert not history.ui.medicationAllergies.isEnabled()
    assert code_list_of(history.ui.medicationAllergies.add) is not None


def test_symptoms_present_and_looked_for_but_absent_stay_apart(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    situation = page(main, FormPage, "Situation and assessment")
    present: CodePicks = situation.ui.otherSymptoms
    absent: CodePicks = situation.ui.symptomsNotPresent
    assert absent.add.findText("Symptom Not Present") < 0  # the field is itself the negation
    typed(qtbot, main, present.add, "R06.02")
    typed(qtbot, main, absent.add, "R07.9")
    typed(qtbot, main, situation.ui.secondaryImpressions.add, "I10")
    transfer = ENUMERATIONS["eSituation.20"]
    first = next(iter(transfer))
    typed(qtbot, main, situation.ui.transferReason, transfer[first], Qt.Key.Key_Tab)
    record = stored(main).situation
    assert record.other_symptoms == ["R06.02"]
    assert record.symptoms_not_present == ["R07.9"]
    assert record.secondary_impressions == ["I10"]
    assert record.interfacility_transfer_reason == first


def test_disposition_destination_reasons_capability_and_alert(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    disposition = page(main, FormPage, "Disposition")
    reasons = ENUMERATIONS["eDisposition.20"]
    closest = next(code for code, words in reasons.items() if "Closest" in words)
    typed(qtbot, main, disposition.ui.destinationReasons.add, reasons[closest])
    capability = ENUMERATIONS["eDisposition.23"]
    stemi = next(code for code, words in capability.items() if "STEMI" in words)
    typed(qtbot, main, disposition.ui.hospitalCapability.add, capability[stemi])
    alert = ENUMERATIONS["eDisposition.24"]
    activation = next(code for code, words in alert.items() if "STEMI" in words)
    typed(qtbot, main, disposition.ui.preArrivalAlert, alert[activation], Qt.Key.Key_Tab)
    type_line(qtbot, main, disposition.ui.destinationZip, "90033")
    record = stored(main).disposition
    assert [r.value for r in record.destination_reasons] == [closest]
    assert record.hospital_capability == [stemi]
    assert record.pre_arrival_alert.value == activation
    assert record.destination_zip == "90033"


def test_delays_with_no_delay_and_an_odometer_reading(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    incident = page(main, FormPage, "Delays and mileage")
    delays = ENUMERATIONS["eResponse.10"]
    none = next(code for code, words in delays.items() if words.startswith("None"))
    typed(qtbot, main, incident.ui.sceneDelays.add, delays[none])
    type_line(qtbot, main, incident.ui.odometerBegin, "10234.5")
    record = stored(main).response
    assert [d.value for d in record.scene_delays] == [none]
    assert record.odometer_begin == 10234.5


def test_race_picked_and_refused_stands_instead(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    patient = page(main, FormPage, "Patient")
    race = ENUMERATIONS["ePatient.14"]
    first = next(iter(race))
    typed(qtbot, main, patient.ui.race.add, race[first])
    assert [r.value for r in stored(main).patient.race] == [first]
    typed(qtbot, main, patient.ui.race.add, "Refused")
    refused = stored(main).patient.race
    assert isinstance(refused, Blank) and refused.pertinent_negative is PertinentNegative.REFUSED


def test_a_current_medication_keeps_its_dose_unit_route_and_frequency(qtbot: Any, window: MainWindow) -> None:
    """The drug picked by a word, Enter goes on to its dose, Tab through unit, route and frequency, Enter
    adds the group; a dose the standard cannot hold is refused naming the element, nothing written."""
    main = window
    new_report(qtbot, main)
    history = page(main, FormPage, "History")
    meds: CodePicks = history.ui.currentMedications
    dose, unit, route, frequency = (d.widget for d in meds.details)
    assert isinstance(dose, QLineEdit)
    typed(qtbot, main, meds.add, "metoprolol")
    qtbot.waitUntil(dose.hasFocus, timeout=WAIT)  # Enter took the drug; the cursor waits at its dose
    assert stored(main).assessment.sample.current_medications is None  # not yet: the details first
    qtbot.keyClicks(dose, "-25")
    qtbot.keyClick(dose, Qt.Key.Key_Return)
    settle(qtbot, main)
    assert dose.property("invalid") and "Current Medication Dose" in dose.toolTip()
    assert stored(main).assessment.sample.current_medications is None
    dose.selectAll()
    qtbot.keyClicks(dose, "25")
    qtbot.keyClick(dose, Qt.Key.Key_Tab)
    units = ENUMERATIONS["eHistory.14"]
    mg = next(code for code, words in units.items() if words.startswith("Milligrams"))
    qtbot.keyClicks(unit.lineEdit(), "Milligrams (mg")
    qtbot.keyClick(unit.lineEdit(), Qt.Key.Key_Tab)
    routes = ENUMERATIONS["eHistory.15"]
    oral = next(code for code, words in routes.items() if words.startswith("Oral"))
    qtbot.keyClicks(route.lineEdit(), "Oral")
    qtbot.keyClick(route.lineEdit(), Qt.Key.Key_Return)
    qtbot.mouseClick(meds.commit_group, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    groups = stored(main).assessment.sample.current_medications
    assert groups is not None and len(groups) == 1
    assert (groups[0].dose, groups[0].dose_unit, groups[0].route) == (25.0, mg, oral)
    assert groups[0].frequency is None and groups[0].drug
    assert "25" in meds.picked.item(0).text() and meds.add.hasFocus()
    assert frequency.currentData() is None


def test_billing_primary_payment_and_service_level(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    billing = page(main, FormPage, "Billing")
    methods, levels = ENUMERATIONS["ePayment.01"], ENUMERATIONS["ePayment.50"]
    medicare = next(code for code, words in methods.items() if words.startswith("Medicare"))
    als1 = next(code for code, words in levels.items() if words.startswith("ALS, Level 1"))
    typed(qtbot, main, billing.ui.paymentMethod, methods[medicare], Qt.Key.Key_Tab)
    typed(qtbot, main, billing.ui.serviceLevel, levels[als1], Qt.Key.Key_Tab)
    typed(qtbot, main, billing.ui.conditionCodes.add, "r07.9")
    record = stored(main).payment
    assert record.primary_method_of_payment == medicare and record.cms_service_level == als1
    assert record.ems_condition_code == ["R07.9"]


def test_etco2_typed_in_the_grid_is_stored_with_its_unit(qtbot: Any, window: MainWindow) -> None:
    """The grid's ETCO2 column is in mmHg (its header says so): the first reading stores the unit with it."""
    from epcr.domain.nemsis.codes import Etco2Unit
    from epcr.ui.editor.vitals import COLUMNS, VitalsPage

    main = window
    new_report(qtbot, main)
    vitals = page(main, VitalsPage)
    vitals.add.click()
    settle(qtbot, main)
    qtbot.waitUntil(lambda: vitals.table.rowCount() == 1, timeout=WAIT)
    vitals.table.item(0, COLUMNS.index("etco2")).setText("35.5")
    settle(qtbot, main)
    reading = stored(main).vitals[0]
    assert reading.etco2 == 35.5 and reading.etco2_unit is Etco2Unit.MMHG
    findings = [main.editor.ui.findings.item(r).text() for r in range(main.editor.ui.findings.count())]
    assert not any("ETCO2" in text and "unit" in text.lower() for text in findings)


def test_a_finding_opens_the_section_that_holds_its_field() -> None:
    from epcr.ui.editor.window import _section_of

    assert _section_of("Delays and mileage", "response.scene_delays")
    assert not _section_of("Incident and times", "response.scene_delays")
    assert _section_of("Incident and times", "response.incident_number")
    assert _section_of("History", "assessment.sample.current_medications")
    assert _section_of("Situation and assessment", "assessment.gcs.eye")
    assert _section_of("Physical exam", "assessment.exam_findings[6f1c2b3a-0000-4000-8000-000000000001].code")
