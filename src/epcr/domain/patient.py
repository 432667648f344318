"""Who the patient is (ePatient), plus the estimated weight (eExam.01)."""

from __future__ import annotations

from datetime import date

from epcr.domain.fields import Blank, NemsisModel, as_given, attribute, el, value_of
from epcr.domain.nemsis.codes import AgeUnits, PertinentNegative, Race, Sex


class PhoneNumber(NemsisModel):
    """ePatient.18: one phone number and its type (home, mobile, work ...)."""

    value: str = value_of("ePatient.18")
    phone_number_type: str | None = attribute("ePatient.18", "PhoneNumberType")


class EmailAddress(NemsisModel):
    """ePatient.19: one e-mail address and its type (personal, work)."""

    value: str = value_of("ePatient.19")
    email_address_type: str | None = attribute("ePatient.19", "EmailAddressType")


class Patient(NemsisModel):
    last_name: str | Blank | None = el("ePatient.02")
    first_name: str | Blank | None = el("ePatient.03")
    middle_initial: str | None = el("ePatient.04")
    home_county: str | Blank | None = el("ePatient.07")  # ANSI county code, 5 digits
    home_state: str | Blank | None = el("ePatient.08")  # ANSI state code, 2 digits
    home_zip: str | Blank | None = el("ePatient.09")
    race: list[Race] | Blank | None = el("ePatient.14")
    age: int | Blank | None = el("ePatient.15")
    age_pertinent_negative: PertinentNegative | None = el(
        "ePatient.15"
    )  # 8801029 Approximate, beside a value
    age_units: AgeUnits | Blank | None = el("ePatient.16")
    date_of_birth: date | Blank | None = el("ePatient.17")
    sex: Sex | Blank | None = el("ePatient.25")
    weight_kg: float | Blank | None = el("eExam.01")
    length_based_tape: str | Blank | None = el("eExam.02")  # the color zone, e.g. Broselow
    ems_patient_id: str | None = el("ePatient.01")
    name_suffix: str | None = el("ePatient.23")
    home_address: str | Blank | None = el("ePatient.05")
    home_address_pertinent_negative: PertinentNegative | None = el("ePatient.05")
    home_address_line_2: str | None = attribute("ePatient.05", "StreetAddress2")
    home_city: int | Blank | None = el("ePatient.06")  # GNIS code
    home_city_pertinent_negative: PertinentNegative | None = el("ePatient.06")
    home_country: str | None = el("ePatient.10")
    home_census_tract: str | None = el("ePatient.11")
    alternate_home_residence: str | Blank | None = el("ePatient.22")  # e.g. homeless
    phone_numbers: list[PhoneNumber] | Blank | None = el("ePatient.18")
    email_addresses: list[EmailAddress] = el("ePatient.19", default_factory=list)
    social_security_number: str | Blank | None = el("ePatient.12")
    social_security_number_pertinent_negative: PertinentNegative | None = el("ePatient.12")
    drivers_license_state: str | None = el("ePatient.20")
    drivers_license_number: str | None = el("ePatient.21")
    preferred_languages: list[str] | None = el("ePatient.24")
    # ePatient.13 Gender, deprecated by ePatient.25 Sex (above) but still in the XSD: a 9906xxx code (or a
    # blank) exactly as an imported file held it, so a re-export carries it; the crew documents sex.
    gender: str | Blank | None = as_given("ePatient.13")
