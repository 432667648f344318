# GENERATED FILE - do not edit. Produced by scripts/generate_sections.py from the NEMSIS v3.5.1 XSDs
# and data dictionary (NEMSIS TAC, www.nemsis.org). Regenerate with: python scripts/generate_sections.py
"""The report sections that mirror the NEMSIS XSD one to one: every element a field (its id beside it),
every group a model, repeating groups lists, attributes fields of their own."""

from __future__ import annotations

from datetime import date

from pydantic import AwareDatetime

from epcr.domain.fields import Blank, NemsisModel, attribute, el, group, value_of
from epcr.domain.nemsis.codes import PertinentNegative

__all__ = [
    "CustomResults",
    "Injury",
    "Labs",
    "Outcome",
    "Payment",
    "Protocols",
    "Scene",
    "SECTIONS",
]


class AcnCallBackPhoneNumberValue(NemsisModel):
    """ACN Call Back Phone Number: one value with its attributes"""

    value: str = value_of("eInjury.13")
    phone_number_type: str | None = attribute("eInjury.13", "PhoneNumberType")


class AcnIncidentDeltaVelocityValue(NemsisModel):
    """ACN Incident Delta Velocity: one value with its attributes"""

    value: int = value_of("eInjury.22")
    delta_velocity_ordinal: str | None = attribute("eInjury.22", "DeltaVelocityOrdinal")
    velocity_unit: str | None = attribute("eInjury.22", "VelocityUnit")


class InsuranceCompanyPhoneNumberValue(NemsisModel):
    """Insurance Company Phone Number: one value with its attributes"""

    value: str = value_of("ePayment.59")
    phone_number_type: str | None = attribute("ePayment.59", "PhoneNumberType")


class ClosestRelativeGuardianPhoneNumberValue(NemsisModel):
    """Closest Relative/ Guardian Phone Number: one value with its attributes"""

    value: str = value_of("ePayment.31")
    phone_number_type: str | None = attribute("ePayment.31", "PhoneNumberType")


class SceneResponder(NemsisModel):
    """eScene.ResponderGroup"""

    other_ems_or_public_safety_agencies_at_scene: str | None = el("eScene.02")
    other_ems_or_public_safety_agency_id_number: str | None = el("eScene.03")
    type_of_other_service_at_scene: str | None = el("eScene.04")
    first_other_ems_or_public_safety_agency_at_scene_to_provide_patient_care: str | Blank | None = el("eScene.24")
    transferred_patient_care_to_from_agency: str | Blank | None = el("eScene.25")


class Scene(NemsisModel):
    """eScene"""

    first_ems_unit_on_scene: str | Blank | None = el("eScene.01")
    responders: list[SceneResponder] = group("eScene.ResponderGroup")
    date_time_initial_responder_arrived_on_scene: AwareDatetime | None = el("eScene.05")
    number_of_patients_at_scene: str | Blank | None = el("eScene.06")
    mass_casualty_incident: str | Blank | None = el("eScene.07")
    triage_classification_for_mci_patient: str | Blank | None = el("eScene.08")
    incident_location_type: str | Blank | None = el("eScene.09")
    incident_facility_code: str | Blank | None = el("eScene.10")
    scene_gps_location: str | None = el("eScene.11")
    scene_us_national_grid_coordinates: str | None = el("eScene.12")
    incident_facility_or_location_name: str | None = el("eScene.13")
    mile_post_or_major_roadway: str | Blank | None = el("eScene.14")
    incident_street_address: str | Blank | None = el("eScene.15")
    incident_street_address_street_address2: str | None = attribute("eScene.15", "StreetAddress2")
    incident_apartment_suite_or_room: str | Blank | None = el("eScene.16")
    incident_city: int | Blank | None = el("eScene.17")
    incident_state: str | Blank | None = el("eScene.18")
    incident_zip_code: str | Blank | None = el("eScene.19")
    scene_cross_street_or_directions: str | Blank | None = el("eScene.20")
    incident_county: str | Blank | None = el("eScene.21")
    incident_country: str | None = el("eScene.22")
    incident_census_tract: str | None = el("eScene.23")


class InjurySeat(NemsisModel):
    """eInjury.SeatGroup"""

    acn_vehicle_seat_location: str | None = el("eInjury.26")
    seat_occupied: str | None = el("eInjury.27")
    acn_incident_seatbelt_use: str | None = el("eInjury.28")
    acn_incident_airbag_deployed: str | None = el("eInjury.29")


class InjuryCollision(NemsisModel):
    """eInjury.CollisionGroup"""

    acn_system_company_providing_acn_data: str | None = el("eInjury.11")
    acn_incident_id: str | None = el("eInjury.12")
    acn_call_back_phone_number: list[AcnCallBackPhoneNumberValue] = el("eInjury.13", default_factory=list)
    date_time_of_acn_incident: AwareDatetime | None = el("eInjury.14")
    acn_incident_location: str | None = el("eInjury.15")
    acn_incident_vehicle_body_type: str | None = el("eInjury.16")
    acn_incident_vehicle_manufacturer: str | None = el("eInjury.17")
    acn_incident_vehicle_make: str | None = el("eInjury.18")
    acn_incident_vehicle_model: str | None = el("eInjury.19")
    acn_incident_vehicle_model_year: int | None = el("eInjury.20")
    acn_incident_multiple_impacts: str | None = el("eInjury.21")
    acn_incident_delta_velocity: list[AcnIncidentDeltaVelocityValue] = el("eInjury.22", default_factory=list)
    acn_high_probability_of_injury: str | None = el("eInjury.23")
    acn_incident_pdof: int | None = el("eInjury.24")
    acn_incident_rollover: str | None = el("eInjury.25")
    seats: list[InjurySeat] = group("eInjury.SeatGroup")


class Injury(NemsisModel):
    """eInjury"""

    cause_of_injury: list[str] | Blank | None = el("eInjury.01")
    mechanism_of_injury: list[str] | Blank | None = el("eInjury.02")
    trauma_triage_criteria_high_risk_for_serious_injury: list[str] | Blank | None = el("eInjury.03")
    trauma_triage_criteria_moderate_risk_for_serious_injury: list[str] | Blank | None = el("eInjury.04")
    main_area_of_the_vehicle_impacted_by_the_collision: int | None = el("eInjury.05")
    location_of_patient_in_vehicle: str | None = el("eInjury.06")
    use_of_occupant_safety_equipment: list[str] | Blank | None = el("eInjury.07")
    airbag_deployment: list[str] | None = el("eInjury.08")
    height_of_fall_feet: int | None = el("eInjury.09")
    osha_personal_protective_equipment_used: list[str] | None = el("eInjury.10")
    collision: InjuryCollision = group("eInjury.CollisionGroup", single=InjuryCollision)


class PaymentCertificate(NemsisModel):
    """ePayment.CertificateGroup"""

    physician_certification_statement: str | None = el("ePayment.02")
    date_physician_certification_statement_signed: AwareDatetime | None = el("ePayment.03")
    reason_for_physician_certification_statement: list[str] | None = el("ePayment.04")
    healthcare_provider_type_signing_physician_certification_statement: str | None = el("ePayment.05")
    last_name_of_individual_signing_physician_certification_statement: str | None = el("ePayment.06")
    first_name_of_individual_signing_physician_certification_statement: str | None = el("ePayment.07")


class PaymentInsurance(NemsisModel):
    """ePayment.InsuranceGroup"""

    insurance_company_id: str | None = el("ePayment.09")
    insurance_company_name: str | None = el("ePayment.10")
    insurance_company_billing_priority: str | None = el("ePayment.11")
    insurance_company_address: str | None = el("ePayment.12")
    insurance_company_address_street_address2: str | None = attribute("ePayment.12", "StreetAddress2")
    insurance_company_city: str | None = el("ePayment.13")
    insurance_company_state: str | None = el("ePayment.14")
    insurance_company_zip_code: str | None = el("ePayment.15")
    insurance_company_country: str | None = el("ePayment.16")
    insurance_group_id: str | None = el("ePayment.17")
    insurance_policy_id_number: str | None = el("ePayment.18")
    last_name_of_the_insured: str | None = el("ePayment.19")
    first_name_of_the_insured: str | None = el("ePayment.20")
    middle_initial_name_of_the_insured: str | None = el("ePayment.21")
    relationship_to_the_insured: str | None = el("ePayment.22")
    insurance_group_name: str | None = el("ePayment.58")
    insurance_company_phone_number: list[InsuranceCompanyPhoneNumberValue] = el("ePayment.59", default_factory=list)
    date_of_birth_of_the_insured: date | None = el("ePayment.60")


class PaymentClosestRelative(NemsisModel):
    """ePayment.ClosestRelativeGroup"""

    closest_relative_guardian_last_name: str | None = el("ePayment.23")
    closest_relative_guardian_first_name: str | None = el("ePayment.24")
    closest_relative_guardian_middle_initial_name: str | None = el("ePayment.25")
    closest_relative_guardian_street_address: str | None = el("ePayment.26")
    closest_relative_guardian_street_address_street_address2: str | None = attribute("ePayment.26", "StreetAddress2")
    closest_relative_guardian_city: str | None = el("ePayment.27")
    closest_relative_guardian_state: str | None = el("ePayment.28")
    closest_relative_guardian_zip_code: str | None = el("ePayment.29")
    closest_relative_guardian_country: str | None = el("ePayment.30")
    closest_relative_guardian_phone_number: list[ClosestRelativeGuardianPhoneNumberValue] = el("ePayment.31", default_factory=list)
    closest_relative_guardian_relationship: str | None = el("ePayment.32")


class PaymentEmployer(NemsisModel):
    """ePayment.EmployerGroup"""

    patients_employer: str | None = el("ePayment.33")
    patients_employers_address: str | None = el("ePayment.34")
    patients_employers_address_street_address2: str | None = attribute("ePayment.34", "StreetAddress2")
    patients_employers_city: str | None = el("ePayment.35")
    patients_employers_state: str | None = el("ePayment.36")
    patients_employers_zip_code: str | None = el("ePayment.37")
    patients_employers_country: str | None = el("ePayment.38")
    patients_employers_primary_phone_number: str | None = el("ePayment.39")
    patients_employers_primary_phone_number_phone_number_type: str | None = attribute("ePayment.39", "PhoneNumberType")


class PaymentSupplyItem(NemsisModel):
    """ePayment.SupplyItemGroup"""

    supply_item_used_name: str | None = el("ePayment.55")
    number_of_supply_item_s_used: int | None = el("ePayment.56")


class Payment(NemsisModel):
    """ePayment"""

    primary_method_of_payment: str | Blank | None = el("ePayment.01")
    certificate: PaymentCertificate = group("ePayment.CertificateGroup", single=PaymentCertificate)
    patient_resides_in_service_area: str | None = el("ePayment.08")
    insurances: list[PaymentInsurance] = group("ePayment.InsuranceGroup")
    closest_relative: PaymentClosestRelative = group("ePayment.ClosestRelativeGroup", single=PaymentClosestRelative)
    employer: PaymentEmployer = group("ePayment.EmployerGroup", single=PaymentEmployer)
    response_urgency: str | None = el("ePayment.40")
    patient_transport_assessment: list[str] | None = el("ePayment.41")
    specialty_care_transport_care_provider: list[str] | None = el("ePayment.42")
    ambulance_transport_reason_code: list[str] | None = el("ePayment.44")
    round_trip_purpose_description: str | None = el("ePayment.45")
    stretcher_purpose_description: str | None = el("ePayment.46")
    ambulance_conditions_indicator: list[str] | None = el("ePayment.47")
    mileage_to_closest_hospital_facility: float | None = el("ePayment.48")
    als_assessment_performed_and_warranted: str | None = el("ePayment.49")
    cms_service_level: str | Blank | None = el("ePayment.50")
    ems_condition_code: list[str] | None = el("ePayment.51")
    cms_transportation_indicator: list[str] | None = el("ePayment.52")
    transport_authorization_code: str | None = el("ePayment.53")
    prior_authorization_code_payer: str | None = el("ePayment.54")
    supply_items: list[PaymentSupplyItem] = group("ePayment.SupplyItemGroup")
    payer_type: str | None = el("ePayment.57")


class LabsLabResult(NemsisModel):
    """eLabs.LabResultGroup"""

    laboratory_result_type: str | None = el("eLabs.03")
    laboratory_result: str | None = el("eLabs.04")


class LabsWaveformGraphic(NemsisModel):
    """eLabs.WaveformGraphicGroup"""

    imaging_study_file_or_waveform_graphic_type: str | None = el("eLabs.07")
    imaging_study_file_or_waveform_graphic: str | None = el("eLabs.08")


class LabsLabImage(NemsisModel):
    """eLabs.LabImageGroup"""

    imaging_study_type: str | None = el("eLabs.05")
    imaging_study_results: str | None = el("eLabs.06")
    waveform_graphics: list[LabsWaveformGraphic] = group("eLabs.WaveformGraphicGroup")


class LabsLab(NemsisModel):
    """eLabs.LabGroup"""

    date_time_of_laboratory_or_imaging_result: AwareDatetime | None = el("eLabs.01")
    study_result_prior_to_this_units_ems_care: str | None = el("eLabs.02")
    lab_results: list[LabsLabResult] = group("eLabs.LabResultGroup")
    lab_images: list[LabsLabImage] = group("eLabs.LabImageGroup")


class Labs(NemsisModel):
    """eLabs"""

    labs: list[LabsLab] = group("eLabs.LabGroup")


class ProtocolsProtocol(NemsisModel):
    """eProtocols.ProtocolGroup"""

    protocols_used: str | Blank | None = el("eProtocols.01")
    protocol_age_category: str | Blank | None = el("eProtocols.02")


class Protocols(NemsisModel):
    """eProtocols"""

    protocols: list[ProtocolsProtocol] = group("eProtocols.ProtocolGroup")


class OutcomeExternalData(NemsisModel):
    """eOutcome.ExternalDataGroup"""

    external_report_id_number_type: str | None = el("eOutcome.03")
    external_report_id_number: str | None = el("eOutcome.04")
    other_report_registry_type: str | None = el("eOutcome.05")


class OutcomeEmergencyDepartmentProcedures(NemsisModel):
    """eOutcome.EmergencyDepartmentProceduresGroup"""

    emergency_department_procedures: str | Blank | None = el("eOutcome.09")
    date_time_emergency_department_procedure_performed: AwareDatetime | Blank | None = el("eOutcome.19")


class OutcomeHospitalProcedures(NemsisModel):
    """eOutcome.HospitalProceduresGroup"""

    hospital_procedures: str | Blank | None = el("eOutcome.12")
    date_time_hospital_procedure_performed: AwareDatetime | Blank | None = el("eOutcome.20")


class Outcome(NemsisModel):
    """eOutcome"""

    emergency_department_disposition: str | Blank | None = el("eOutcome.01")
    hospital_disposition: str | Blank | None = el("eOutcome.02")
    external_data_records: list[OutcomeExternalData] = group("eOutcome.ExternalDataGroup")
    emergency_department_procedures: list[OutcomeEmergencyDepartmentProcedures] = group("eOutcome.EmergencyDepartmentProceduresGroup")
    emergency_department_diagnosis: list[str] | Blank | None = el("eOutcome.10")
    date_time_of_hospital_admission: AwareDatetime | Blank | None = el("eOutcome.11")
    hospital_procedures: list[OutcomeHospitalProcedures] = group("eOutcome.HospitalProceduresGroup")
    hospital_diagnosis: list[str] | Blank | None = el("eOutcome.13")
    date_time_of_hospital_discharge: AwareDatetime | Blank | None = el("eOutcome.16")
    date_time_of_emergency_department_admission: AwareDatetime | Blank | None = el("eOutcome.18")
    injury_severity_score: int | None = el("eOutcome.21")


class CustomResultsResults(NemsisModel):
    """eCustomResults.ResultsGroup"""

    custom_data_element_result: list[str] | None = el("eCustomResults.01")
    custom_element_id_referenced: str | None = el("eCustomResults.02")
    correlationid_of_patientcarereport_element_or_group: str | None = el("eCustomResults.03")


class CustomResults(NemsisModel):
    """eCustomResults"""

    results: list[CustomResultsResults] = group("eCustomResults.ResultsGroup")


# Report field -> (section model, its XSD section).
SECTIONS: dict[str, tuple[type[NemsisModel], str]] = {
    "scene": (Scene, "eScene"),
    "injury": (Injury, "eInjury"),
    "payment": (Payment, "ePayment"),
    "labs": (Labs, "eLabs"),
    "protocols": (Protocols, "eProtocols"),
    "outcome": (Outcome, "eOutcome"),
    "custom_results": (CustomResults, "eCustomResults"),
}
