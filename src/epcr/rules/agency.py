"""The rules as one device (or one station) applies them: the scope table, the clinical tables and the drug
reference in force there, each the shipped defaults plus the agency's good file. One place builds the
validator, so the lock gate, the editor, `epcr validate` and the PDF judge a report alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from epcr.rules.clinical import load_clinical
from epcr.rules.drug_reference import active_drug_reference
from epcr.rules.engine import Validator
from epcr.rules.scope.library import active_scope


@dataclass
class AgencyRules:
    validator: Validator
    problems: list[str] = field(default_factory=list)  # agency files refused, and what is used instead


def agency_rules(home: Path, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> AgencyRules:
    scope, clinical, drugs = active_scope(home), load_clinical(home), active_drug_reference(home)
    problems = [
        *(f"scope table: {p}" for p in scope.problems),
        *(f"clinical tables: {p}" for p in clinical.problems),
        *(f"drug reference: {p}" for p in drugs.problems),
    ]
    validator = Validator(scope.table, clock=clock, clinical=clinical, drugs=drugs.reference)
    return AgencyRules(validator, problems)


__all__ = ["AgencyRules", "agency_rules"]
