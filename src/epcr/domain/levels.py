"""The certification ladder crews are documented on, and its three NEMSIS code lists.

NEMSIS describes a person's level three ways: eCrew.02 (9925xxx) for the crew list, eProcedures.10 /
eMedications.10 (9905xxx) for who performed care, dConfiguration.06/.08 (9917xxx) for scope tables.
"""

from __future__ import annotations

from enum import StrEnum

from epcr.domain.nemsis.codes import CaregiverLevel, CrewLevel, ScopeLevel


class Level(StrEnum):
    EMR = "EMR"
    EMT_BASIC = "EMT-Basic"
    AEMT = "AEMT"
    EMT_INTERMEDIATE = "EMT-Intermediate"
    PARAMEDIC = "Paramedic"
    CRITICAL_CARE = "Critical Care"

    @property
    def crew_code(self) -> CrewLevel:  # eCrew.02
        return _CREW[self]

    @property
    def caregiver_code(self) -> CaregiverLevel:  # eProcedures.10 / eMedications.10
        return _CAREGIVER[self]

    @property
    def scope_code(self) -> ScopeLevel:  # dConfiguration.06 / .08
        return _SCOPE[self]

    @classmethod
    def from_caregiver_code(cls, code: CaregiverLevel) -> Level | None:
        return next((level for level, c in _CAREGIVER.items() if c == code), None)

    @classmethod
    def from_crew_code(cls, code: str) -> Level | None:
        """eCrew.02, and dPersonnel.24 / .38 (the same 9925xxx list in the DEMDataSet)."""
        return next((level for level, c in _CREW.items() if c.value == code), None)

    @classmethod
    def from_scope_code(cls, code: str) -> Level | None:
        return next((level for level, c in _SCOPE.items() if c.value == code), None)


_CREW = {
    Level.EMR: CrewLevel.EMERGENCY_MEDICAL_RESPONDER_EMR,
    Level.EMT_BASIC: CrewLevel.EMERGENCY_MEDICAL_TECHNICIAN_EMT,
    Level.AEMT: CrewLevel.ADVANCED_EMERGENCY_MEDICAL_TECHNICIAN_AEMT,
    Level.EMT_INTERMEDIATE: CrewLevel.EMERGENCY_MEDICAL_TECHNICIAN_INTERMEDIATE,
    Level.PARAMEDIC: CrewLevel.PARAMEDIC,
    Level.CRITICAL_CARE: CrewLevel.CRITICAL_CARE_PARAMEDIC,
}
_CAREGIVER = {
    Level.EMR: CaregiverLevel.EMERGENCY_MEDICAL_RESPONDER_EMR,
    Level.EMT_BASIC: CaregiverLevel.EMERGENCY_MEDICAL_TECHNICIAN_EMT,
    Level.AEMT: CaregiverLevel.ADVANCED_EMERGENCY_MEDICAL_TECHNICIAN_AEMT,
    Level.EMT_INTERMEDIATE: CaregiverLevel.EMERGENCY_MEDICAL_TECHNICIAN_INTERMEDIATE,
    Level.PARAMEDIC: CaregiverLevel.PARAMEDIC,
    Level.CRITICAL_CARE: CaregiverLevel.CRITICAL_CARE_PARAMEDIC,
}
_SCOPE = {
    Level.EMR: ScopeLevel.EMERGENCY_MEDICAL_RESPONDER_EMR,
    Level.EMT_BASIC: ScopeLevel.EMERGENCY_MEDICAL_TECHNICIAN_EMT,
    Level.AEMT: ScopeLevel.ADVANCED_EMERGENCY_MEDICAL_TECHNICIAN_AEMT,
    Level.EMT_INTERMEDIATE: ScopeLevel.EMERGENCY_MEDICAL_TECHNICIAN_INTERMEDIATE,
    Level.PARAMEDIC: ScopeLevel.PARAMEDIC,
    Level.CRITICAL_CARE: ScopeLevel.CRITICAL_CARE_PARAMEDIC,
}
