"""Reading scope tables from TOML: the national default, then state or agency files that extend it.

A table file that is wrong in any way is refused whole, with its file, line and the problem; the caller keeps
the last good table. The format is documented in docs/scope-tables.md.

Each file has a role. The national table and a state's table set licensed scope: every row says the source it
rests on, and a state may set a ceiling (`[[ceiling]]`, dated, with its source) of what agencies in the state
may grant beyond the rows. An agency's file (a file that extends another, unless it says role = "state") may
narrow anything, and may grant only what the tables below it grant or their ceiling permits: a grant beyond is
refused, naming its line. Medical direction works within licensed scope; it never extends it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from epcr.domain.levels import Level
from epcr.domain.nemsis.codes import MedicationRoute
from epcr.resources import resources_dir
from epcr.rules.scope.table import Grant, Kind, ScopeTable, Skill, _closure

NATIONAL = "national.toml"
_TABLE_KEYS = {"id", "name", "jurisdiction", "effective_from", "source", "extends", "state", "role"}
ROLES = ("national", "state", "agency")  # national and state tables set scope; an agency's stays under them
_SKILL_KEYS = {
    Kind.PROCEDURE: {
        "skill",
        "snomed",
        "levels",
        "routes",
        "effective_from",
        "effective_until",
        "note",
        "source",
        "withdrawn",
    },
    Kind.MEDICATION: {
        "drug",
        "rxnorm",
        "levels",
        "routes",
        "effective_from",
        "effective_until",
        "note",
        "source",
        "withdrawn",
    },
}
_CEILING_KEYS = {"skill", "drug", "levels", "routes", "effective_from", "effective_until", "note", "source"}
_NAME_KEY = {Kind.PROCEDURE: "skill", Kind.MEDICATION: "drug"}
_CODE_KEY = {Kind.PROCEDURE: "snomed", Kind.MEDICATION: "rxnorm"}
_CODE_PATTERN = {Kind.PROCEDURE: re.compile(r"[0-9]{6,18}"), Kind.MEDICATION: re.compile(r"[0-9]{2,9}")}
_ROUTES = {**{m.name: m.value for m in MedicationRoute}, **{m.value: m.value for m in MedicationRoute}}


class ScopeTableError(ValueError):
    """A table refused at load: where and why."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path, self.line, self.problem = str(path), line, problem
        where = f"{self.path} line {line}" if line else self.path
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Layer:
    """One parsed file, before it is merged onto the layers below it."""

    path: Path
    id: str
    name: str
    jurisdiction: str
    effective_from: date | None
    extends: str | None
    ladder: dict[str, tuple[str, ...]]
    entries: list[tuple[Kind, dict[str, Any], int]]  # raw entry, its line
    role: str = "agency"
    ceiling: tuple[tuple[dict[str, Any], int], ...] = ()  # raw [[ceiling]] entries and their lines


@dataclass(frozen=True)
class Ceiling:
    """What agencies may grant beyond the rows of the tables below them, set by a state (dated, sourced)."""

    kind: Kind
    codes: tuple[str, ...]
    grants: tuple[Grant, ...]
    routes: dict[str, tuple[Grant, ...]]
    effective_from: date | None
    effective_until: date | None


def national_path() -> Path:
    return resources_dir() / "scope" / NATIONAL


def load(*paths: Path) -> ScopeTable:
    """The national table, extended by each file in `paths` in turn (state, then agency)."""
    layers = [parse_file(national_path()), *(parse_file(p) for p in paths)]
    return merge(layers)


def parse_file(path: Path) -> Layer:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ScopeTableError(path, None, f"cannot read: {error}") from None
    return parse_text(text, path)


def parse_text(text: str, path: Path) -> Layer:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise ScopeTableError(path, int(match[1]) if match else None, f"not valid TOML: {error}") from None
    lines = _SectionLines(text)
    unknown = set(data) - {"table", "levels", "procedure", "medication", "ceiling"}
    if unknown:
        raise ScopeTableError(
            path,
            None,
            f"unknown section(s) {sorted(unknown)}; allowed: table, levels, procedure, medication, ceiling",
        )
    head = data.get("table")
    if not isinstance(head, dict):
        raise ScopeTableError(path, None, "missing [table] with at least id, name and jurisdiction")
    where = lines.of("table")
    _keys(head, _TABLE_KEYS, path, where, "[table]")
    for key in ("id", "name", "jurisdiction"):
        if not isinstance(head.get(key), str) or not head[key].strip():
            raise ScopeTableError(path, where, f"[table] {key} must be a non-empty text")
    effective = head.get("effective_from")
    if effective is not None and not isinstance(effective, date):
        raise ScopeTableError(path, where, "[table] effective_from must be a date like 2026-01-01")
    role = head.get("role", "agency" if head.get("extends") is not None else "state")
    if role not in ROLES:
        raise ScopeTableError(path, where, f"[table] role must be one of {list(ROLES)}; got {role!r}")
    if role == "agency" and head.get("extends") is None:
        raise ScopeTableError(
            path, where, '[table] an agency table builds on its state or national table: give extends = "..."'
        )
    ladder = _ladder(data.get("levels", {}), path, lines.of("levels"))
    entries: list[tuple[Kind, dict[str, Any], int]] = []
    for kind in Kind:
        items = data.get(kind.value, [])
        if not isinstance(items, list):
            raise ScopeTableError(path, lines.of(kind.value), f"use [[{kind.value}]] for each {kind.value}")
        for index, item in enumerate(items):
            line = lines.of(f"[{kind.value}]", index) or 0
            if role != "agency" and isinstance(item, dict) and item.get("withdrawn") is not True:
                source = item.get("source")
                if not isinstance(source, str) or not source.strip():
                    name = item.get(_NAME_KEY[kind], "?")
                    raise ScopeTableError(
                        path,
                        line,
                        f'[[{kind.value}]] {name!r} needs source = "...": the document, section and page '
                        f"this {role} row rests on",
                    )
            entries.append((kind, item, line))
    raw_ceiling = data.get("ceiling", [])
    if not isinstance(raw_ceiling, list):
        raise ScopeTableError(path, lines.of("ceiling"), "use [[ceiling]] for each ceiling entry")
    ceiling = tuple((item, lines.of("[ceiling]", index) or 0) for index, item in enumerate(raw_ceiling))
    if ceiling and role == "agency":
        raise ScopeTableError(
            path,
            ceiling[0][1],
            "[[ceiling]] is the state's to set: an agency table cannot raise its own ceiling",
        )
    return Layer(
        path,
        head["id"],
        head["name"],
        head["jurisdiction"],
        effective,
        head.get("extends"),
        ladder,
        entries,
        role,
        ceiling,
    )


def merge(layers: list[Layer]) -> ScopeTable:
    """Apply each layer onto the ones below: same skill name replaces what it names, new names add.

    A layer without `extends` is a whole table and starts afresh (e.g. one imported from dConfiguration).
    """
    ladder: dict[str, tuple[str, ...]] = {}
    skills: dict[tuple[Kind, str], Skill] = {}
    ceilings: list[Ceiling] = []
    ids: list[str] = []
    for layer in layers:
        if layer.extends is None:  # a whole table of its own: what lies below does not apply
            ladder, skills, ceilings, ids = {}, {}, [], []
        elif layer.extends not in ids:
            raise ScopeTableError(
                layer.path, None, f"extends {layer.extends!r}, but the tables below are {ids}"
            )
        ids.append(layer.id)
        below_ladder, below_skills = dict(ladder), dict(skills)
        ladder |= layer.ladder
        _check_ladder(ladder, layer.path)
        touched: dict[tuple[Kind, str], int] = {}
        for kind, raw, line in layer.entries:
            key = (kind, _name(kind, raw, layer.path, line))
            if raw.get("withdrawn") is True:
                if key not in skills:
                    raise ScopeTableError(
                        layer.path, line, f"cannot withdraw {key[1]!r}: no table below has it"
                    )
                del skills[key]
                continue
            skills[key] = _skill(kind, raw, skills.get(key), ladder, layer, line)
            touched[key] = line
        if layer.role == "agency":
            _check_under_ceiling(layer, below_ladder, ladder, below_skills, skills, touched, ceilings)
        for raw, line in layer.ceiling:
            ceilings.append(_ceiling(raw, skills, ladder, layer.path, line))
    _check_codes_unique(list(skills.values()), layers[-1].path)
    top = layers[-1]
    return ScopeTable(
        id=top.id,
        name=top.name,
        jurisdiction=top.jurisdiction,
        effective_from=top.effective_from,
        layers=tuple(ids),
        ladder=ladder,
        skills=tuple(skills.values()),
    )


# -- pieces ----------------------------------------------------------------------------------------------


class _SectionLines:
    """Line numbers of sections, so a problem inside a table points at its line."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def of(self, section: str, index: int = 0) -> int | None:
        header = re.compile(rf"^\s*\[{re.escape(section)}\]\s*(#.*)?$")
        seen = 0
        for number, line in enumerate(self._lines, start=1):
            if header.match(line):
                if seen == index:
                    return number
                seen += 1
        return None


def _keys(data: dict[str, Any], allowed: set[str], path: Path, line: int | None, what: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ScopeTableError(path, line, f"{what}: unknown key(s) {unknown}; allowed: {sorted(allowed)}")


def _ladder(raw: Any, path: Path, line: int | None) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise ScopeTableError(path, line, "[levels] maps each level to the levels it includes")
    known = {level.value for level in Level}
    ladder = {}
    for level, includes in raw.items():
        if level not in known:
            raise ScopeTableError(path, line, f"[levels] unknown level {level!r}; levels: {sorted(known)}")
        if not isinstance(includes, list) or not all(isinstance(i, str) for i in includes):
            raise ScopeTableError(path, line, f"[levels] {level!r} must list the levels it includes, e.g. []")
        ladder[level] = tuple(includes)
    return ladder


def _check_ladder(ladder: dict[str, tuple[str, ...]], path: Path) -> None:
    for level, includes in ladder.items():
        for lower in includes:
            if lower not in ladder:
                raise ScopeTableError(path, None, f"[levels] {level!r} includes unknown level {lower!r}")
    for level in ladder:  # a level must not include itself through a chain
        stack, seen = list(ladder[level]), set[str]()
        while stack:
            lower = stack.pop()
            if lower == level:
                raise ScopeTableError(
                    path, None, f"[levels] {level!r} includes itself through {sorted(seen)}"
                )
            if lower not in seen:
                seen.add(lower)
                stack.extend(ladder.get(lower, ()))


def _name(kind: Kind, raw: Any, path: Path, line: int) -> str:
    if not isinstance(raw, dict):
        raise ScopeTableError(path, line, f"[[{kind.value}]] must be a table")
    name = raw.get(_NAME_KEY[kind])
    if not isinstance(name, str) or not name.strip():
        raise ScopeTableError(path, line, f'[[{kind.value}]] needs {_NAME_KEY[kind]} = "..." (its name)')
    return name


def _skill(
    kind: Kind,
    raw: dict[str, Any],
    below: Skill | None,
    ladder: dict[str, tuple[str, ...]],
    layer: Layer,
    line: int,
) -> Skill:
    path, name = layer.path, raw[_NAME_KEY[kind]]
    what = f"[[{kind.value}]] {name!r}"
    _keys(raw, _SKILL_KEYS[kind], path, line, what)
    codes = below.codes if below else ()
    if _CODE_KEY[kind] in raw:
        codes = _codes(kind, raw[_CODE_KEY[kind]], path, line, what)
    elif below is None:
        raise ScopeTableError(path, line, f"{what} needs {_CODE_KEY[kind]} = [...] (its codes)")
    grants = below.grants if below else ()
    if "levels" in raw:
        grants = _grants(raw["levels"], ladder, path, line, f"{what} levels")
    routes = dict(below.routes) if below else {}
    if "routes" in raw:
        if kind is not Kind.MEDICATION or not isinstance(raw["routes"], dict):
            raise ScopeTableError(
                path, line, f"{what}: routes belong to medications, as a table route = [levels]"
            )
        for route, levels in raw["routes"].items():
            if route not in _ROUTES:
                raise ScopeTableError(
                    path,
                    line,
                    f"{what}: unknown route {route!r}; routes are eMedications.04 "
                    "names such as INTRANASAL, INTRAVENOUS_IV, AUTO_INJECTOR",
                )
            routes[_ROUTES[route]] = _grants(levels, ladder, path, line, f"{what} route {route}")
    if not grants and not routes:
        raise ScopeTableError(path, line, f"{what} permits nobody: give levels = [...] or routes")
    dates = {}
    for key in ("effective_from", "effective_until"):
        value = raw.get(key, getattr(below, key) if below else None)
        if value is not None and not isinstance(value, date):
            raise ScopeTableError(path, line, f"{what}: {key} must be a date like 2026-01-01")
        dates[key] = value
    note = raw.get("note", below.note if below else "")
    if not isinstance(note, str):
        raise ScopeTableError(path, line, f"{what}: note must be text")
    skill = Skill(
        kind, name, codes, grants, routes, dates["effective_from"], dates["effective_until"], note, layer.id
    )
    return skill


def _codes(kind: Kind, raw: Any, path: Path, line: int, what: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise ScopeTableError(path, line, f"{what}: {_CODE_KEY[kind]} must be a non-empty list of codes")
    for code in raw:
        if not isinstance(code, str) or not _CODE_PATTERN[kind].fullmatch(code):
            system = (
                "SNOMED CT concept id (6-18 digits)"
                if kind is Kind.PROCEDURE
                else "RxNorm RXCUI (2-9 digits)"
            )
            raise ScopeTableError(path, line, f'{what}: {code!r} is not a {system}; write codes as "text"')
    return tuple(raw)


def _grants(
    raw: Any, ladder: dict[str, tuple[str, ...]], path: Path, line: int, what: str
) -> tuple[Grant, ...]:
    if not isinstance(raw, list) or not all(isinstance(g, str) for g in raw):
        raise ScopeTableError(path, line, f'{what} must be a list like ["AEMT", "EMT-Basic + EMT Airway"]')
    grants = tuple(Grant.parse(g) for g in raw)
    for grant in grants:
        if grant.level not in ladder:
            raise ScopeTableError(
                path, line, f"{what}: unknown level {grant.level!r}; levels: {list(ladder)}"
            )
    return grants


def _ceiling(
    raw: Any, skills: dict[tuple[Kind, str], Skill], ladder: dict[str, tuple[str, ...]], path: Path, line: int
) -> Ceiling:
    if not isinstance(raw, dict):
        raise ScopeTableError(path, line, "[[ceiling]] must be a table")
    _keys(raw, _CEILING_KEYS, path, line, "[[ceiling]]")
    kinds = [kind for kind in Kind if _NAME_KEY[kind] in raw]
    if len(kinds) != 1:
        raise ScopeTableError(path, line, '[[ceiling]] names one row: skill = "..." or drug = "..."')
    kind, name = kinds[0], raw[_NAME_KEY[kinds[0]]]
    what = f"[[ceiling]] {name!r}"
    row = skills.get((kind, name))
    if row is None:
        raise ScopeTableError(path, line, f"{what}: no {kind.value} row of that name in this table or below")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise ScopeTableError(
            path, line, f'{what} needs source = "...": the rule or decision that permits it'
        )
    grants = _grants(raw["levels"], ladder, path, line, f"{what} levels") if "levels" in raw else ()
    routes: dict[str, tuple[Grant, ...]] = {}
    if "routes" in raw:
        if kind is not Kind.MEDICATION or not isinstance(raw["routes"], dict):
            raise ScopeTableError(path, line, f"{what}: routes belong to medications, as route = [levels]")
        for route, levels in raw["routes"].items():
            if route not in _ROUTES:
                raise ScopeTableError(path, line, f"{what}: unknown route {route!r}")
            routes[_ROUTES[route]] = _grants(levels, ladder, path, line, f"{what} route {route}")
    if not grants and not routes:
        raise ScopeTableError(path, line, f"{what} permits nothing: give levels = [...] or routes")
    dates = []
    for key in ("effective_from", "effective_until"):
        value = raw.get(key)
        if value is not None and not isinstance(value, date):
            raise ScopeTableError(path, line, f"{what}: {key} must be a date like 2026-01-01")
        dates.append(value)
    return Ceiling(kind, row.codes, grants, routes, dates[0], dates[1])


def _check_under_ceiling(
    layer: Layer,
    below_ladder: dict[str, tuple[str, ...]],
    ladder: dict[str, tuple[str, ...]],
    below: dict[tuple[Kind, str], Skill],
    skills: dict[tuple[Kind, str], Skill],
    touched: dict[tuple[Kind, str], int],
    ceilings: list[Ceiling],
) -> None:
    """An agency table narrows, or grants what the tables below grant or their ceiling permits; never more."""
    for level in ladder:
        if level in below_ladder:
            wider = _closure(level, ladder) - _closure(level, below_ladder)
            if wider:
                raise ScopeTableError(
                    layer.path,
                    None,
                    f"[levels] {level!r} would include {sorted(wider)}, beyond what the tables below give "
                    "it: an agency table cannot widen a licensure level",
                )
    for key, line in touched.items():
        skill = skills.get(key)
        if skill is None:
            continue  # withdrawn: narrower
        for code in skill.codes:
            rows = [
                b for b in below.values() if b.kind is skill.kind and code in b.codes and _overlap(b, skill)
            ]
            caps = [
                c for c in ceilings if c.kind is skill.kind and code in c.codes and _within_dates(skill, c)
            ]
            for route in (None, *skill.routes):
                granted = skill.grants if route is None else skill.routes[route]
                allowed = [g for b in rows for g in (b.grants if route is None else b.grants_for(route))]
                allowed += [g for c in caps for g in (c.grants + (c.routes.get(route, ()) if route else ()))]
                for grant in granted:
                    held = _closure(grant.level, below_ladder)
                    if not any(
                        a.level in held and (a.endorsement is None or a.endorsement == grant.endorsement)
                        for a in allowed
                    ):
                        how = "" if route is None else f" by route {_route_name(route)}"
                        limit = ", ".join(str(a) for a in dict.fromkeys(allowed)) or "nobody"
                        raise ScopeTableError(
                            layer.path,
                            line,
                            f"[[{skill.kind.value}]] {skill.name!r} grants {code}{how} to {grant}, beyond "
                            f"the licensed scope below it ({limit}) and the state's ceiling: an agency table "
                            "may narrow scope, or grant only what a state [[ceiling]] permits",
                        )


def _route_name(code: str) -> str:
    return next((m.name for m in MedicationRoute if m.value == code), code)


def _check_codes_unique(skills: list[Skill], path: Path) -> None:
    owner: dict[tuple[Kind, str], list[Skill]] = {}
    for skill in skills:
        for code in skill.codes:
            for other in owner.get((skill.kind, code), []):
                if _overlap(skill, other):
                    raise ScopeTableError(
                        path,
                        None,
                        f"{skill.kind.value} code {code} is in both {other.name!r} "
                        f"and {skill.name!r} for the same dates; edit one of them",
                    )
            owner.setdefault((skill.kind, code), []).append(skill)


def _within_dates(a: Skill, b: Ceiling) -> bool:
    """`a` in force only while `b` is: a ceiling from July does not cover a row in force from January."""
    start_ok = (b.effective_from or date.min) <= (a.effective_from or date.min)
    return start_ok and (a.effective_until or date.max) <= (b.effective_until or date.max)


def _overlap(a: Skill, b: Skill) -> bool:
    start = max(a.effective_from or date.min, b.effective_from or date.min)
    end = min(a.effective_until or date.max, b.effective_until or date.max)
    return start <= end
