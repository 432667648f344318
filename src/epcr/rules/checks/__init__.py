"""Every rule module; importing this package registers their rules."""

from epcr.rules.checks import (
    airway,
    arrest,
    bleeding,
    codes,
    completeness,
    disposition,
    medication_safety,
    protocols,
    scope,
    times,
    vitals,
)

__all__ = [
    "airway",
    "arrest",
    "bleeding",
    "codes",
    "completeness",
    "disposition",
    "medication_safety",
    "protocols",
    "scope",
    "times",
    "vitals",
]
