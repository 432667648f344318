"""A scope-of-practice table: which level (and endorsement) may perform which procedure or give which
medication, by which route, from when. Built from data files (see loading.py); asked by the scope check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Kind(StrEnum):
    PROCEDURE = "procedure"  # SNOMED CT, eProcedures.03
    MEDICATION = "medication"  # RxNorm (SNOMED CT for blood products), eMedications.03


@dataclass(frozen=True, slots=True)
class Grant:
    """Permission at a level, optionally only with an endorsement ("EMT-Basic + EMT Airway")."""

    level: str
    endorsement: str | None = None

    def __str__(self) -> str:
        return f"{self.level} + {self.endorsement}" if self.endorsement else self.level

    @classmethod
    def parse(cls, text: str) -> Grant:
        level, _, endorsement = (part.strip() for part in text.partition("+"))
        return cls(level, endorsement or None)


@dataclass(frozen=True, slots=True)
class Skill:
    """One row of a scope table: a skill or drug, its codes, and who may do it."""

    kind: Kind
    name: str
    codes: tuple[str, ...]
    grants: tuple[Grant, ...]  # permitted by any route
    routes: dict[str, tuple[Grant, ...]] = field(default_factory=dict)  # eMedications.04 code -> extra grants
    effective_from: date | None = None
    effective_until: date | None = None
    note: str = ""
    table: str = ""  # id of the table that defined it (national, state, agency)

    def in_effect(self, on: date) -> bool:
        return (self.effective_from is None or self.effective_from <= on) and (
            self.effective_until is None or on <= self.effective_until
        )

    def grants_for(self, route: str | None) -> tuple[Grant, ...]:
        return self.grants + (self.routes.get(route, ()) if route else ())


@dataclass(frozen=True, slots=True)
class Decision:
    permitted: bool
    skill: Skill | None  # None: the code is not in the table at all
    needed: tuple[Grant, ...]  # what would permit it (for the message)


@dataclass(frozen=True)
class ScopeTable:
    id: str
    name: str
    jurisdiction: str
    effective_from: date | None
    layers: tuple[str, ...]  # table ids, national first
    ladder: dict[str, tuple[str, ...]]  # level -> levels it includes
    skills: tuple[Skill, ...]
    _covers: dict[str, frozenset[str]] = field(init=False, repr=False)
    _by_code: dict[tuple[Kind, str], tuple[Skill, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        covers = {level: _closure(level, self.ladder) for level in self.ladder}
        by_code: dict[tuple[Kind, str], tuple[Skill, ...]] = {}
        for skill in self.skills:
            for code in skill.codes:
                by_code[(skill.kind, code)] = (*by_code.get((skill.kind, code), ()), skill)
        object.__setattr__(self, "_covers", covers)
        object.__setattr__(self, "_by_code", by_code)

    def covers(self, level: str) -> frozenset[str]:
        """Every level whose skills `level` holds (itself included)."""
        return self._covers.get(level, frozenset({level}))

    def skill(self, kind: Kind, code: str, on: date) -> Skill | None:
        for skill in self._by_code.get((kind, code), ()):
            if skill.in_effect(on):
                return skill
        return None

    def decide(
        self, kind: Kind, code: str, level: str, endorsements: frozenset[str], route: str | None, on: date
    ) -> Decision:
        skill = self.skill(kind, code, on)
        if skill is None:
            return Decision(False, None, ())
        held = self.covers(level)
        grants = skill.grants_for(route)
        for grant in grants:
            if grant.level in held and (grant.endorsement is None or grant.endorsement in endorsements):
                return Decision(True, skill, grants)
        return Decision(False, skill, grants)

    def permitted_codes(self, kind: Kind, level: str, on: date) -> list[str]:
        """Codes a level may use without an endorsement, by any route (the dConfiguration view)."""
        held = self.covers(level)
        codes: list[str] = []
        for skill in self.skills:
            if skill.kind is kind and skill.in_effect(on):
                grants = skill.grants + tuple(g for gs in skill.routes.values() for g in gs)
                if any(g.level in held and g.endorsement is None for g in grants):
                    codes.extend(skill.codes)
        return sorted(set(codes), key=lambda c: (len(c), c))


def _closure(level: str, ladder: dict[str, tuple[str, ...]]) -> frozenset[str]:
    seen, stack = {level}, list(ladder.get(level, ()))
    while stack:
        lower = stack.pop()
        if lower not in seen:
            seen.add(lower)
            stack.extend(ladder.get(lower, ()))
    return frozenset(seen)
