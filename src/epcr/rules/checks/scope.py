"""Scope of practice: was the person who gave this care licensed to, at their level, on that day?

Two rules. `scope.practice` finds violations: care outside the performer's licensed level (the scope table
in force that day) or by a lapsed certification. A violation is an error, always: on-line medical control
(eProcedures.11 / eMedications.11 Authorization) authorizes care *within* scope that standing orders do not
cover, and never extends it; no written words soften it. The crew resolves it by correcting the entry, or by
confirming that it happened as recorded with an explanation (the entry's explanation field): then the lock
gate lets the report lock, truthfully, and the finding stays an error-level violation on the PDF and in the
station's QA queue. `scope.checkable` warns when the check cannot be made (no performer named, a level off
the ladder, a code the table does not know): such care is never taken as checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from epcr.domain.care import Intervention
from epcr.domain.crew import CrewMember
from epcr.domain.levels import Level
from epcr.domain.medications import Medication
from epcr.domain.nemsis.codes import Authorization, CaregiverLevel, CrewLevel, MedicationRoute
from epcr.domain.report import Report
from epcr.rules.checks.common import at, hhmm, performed_care
from epcr.rules.context import Context
from epcr.rules.findings import Confirmation, Severity, Source
from epcr.rules.registry import Issue, entry_rule
from epcr.rules.scope.table import Decision, Kind, Skill

# Care given by people outside EMS is documented but never scope-checked.
NOT_EMS = frozenset(
    {
        CaregiverLevel.PATIENT,
        CaregiverLevel.LAY_PERSON,
        CaregiverLevel.LAW_ENFORCEMENT,
        CaregiverLevel.FAMILY_MEMBER,
        CaregiverLevel.FIRE_PERSONNEL_NON_EMS,
    }
)
VIOLATION = "SCOPE VIOLATION"


@entry_rule(
    "scope.practice",
    "Care within the performer's licensed scope of practice (a violation is an error, never softened)",
    groups=["procedures", "medications"],
    reads=["crew"],
    source=Source.SCOPE,
    reference="performer's level and certification on the day of care; 2019 National EMS Scope of Practice"
    " Model",
)
def scope_of_practice(report: Report, ctx: Context, group: str, item: Intervention) -> Iterator[Issue]:
    checked, judged = _verdict(ctx, group, item)
    if not checked or judged is None:
        return
    member, level, decision, expiry = judged
    who = _who(member) if member is not None else "the performer"
    if expiry is not None:
        yield _violation(
            group,
            item,
            f"{who}'s certification expired on {expiry.isoformat()}: not certified on the day of care",
        )
    elif decision is not None and decision.skill is not None and not decision.permitted:
        how = f" by route {item.route.label}" if isinstance(item, Medication) and _route(item) else ""  # type: ignore[union-attr]
        allowed = " or ".join(str(g) for g in decision.needed) or "nobody"
        yield _violation(
            group,
            item,
            f"{who} ({level.value}) may not perform {decision.skill.name}{how}; licensed for it: {allowed}",
            decision.skill,
        )


@entry_rule(
    "scope.checkable",
    "Care whose scope of practice can be checked",
    groups=["procedures", "medications"],
    reads=["crew"],
    source=Source.SCOPE,
    severity=Severity.WARNING,
    reference="performer named, a level on the ladder, a code in the scope table",
)
def scope_checkable(report: Report, ctx: Context, group: str, item: Intervention) -> Iterator[Issue]:
    checked, judged = _verdict(ctx, group, item)
    if not checked:
        return
    member = _member(ctx, item)
    if member is not None and isinstance(member.other_level, CrewLevel):
        # A level off our ladder (eCrew.02 9925043 Registered Nurse ...): no scope table of ours covers it, so
        # the care is never taken as checked; the entry's own level is still judged by scope.practice.
        yield Issue(
            at(group, item, "performer_crew_id"),
            f"{_who(member)}'s level {member.other_level.value} {member.other_level.label} is not on the "
            f"certification ladder: no scope table covers it, so scope of practice cannot be checked",
        )
    if judged is None:
        if member is None or not isinstance(member.other_level, CrewLevel):
            yield Issue(
                at(group, item, "performer_crew_id"),
                "name who did this (a crew member) so its scope can be checked",
            )
        return
    decision = judged[2]
    if decision is not None and decision.skill is None:
        kind = Kind.PROCEDURE if group == "procedures" else Kind.MEDICATION
        yield Issue(
            at(group, item, "code"),
            f"{kind.value} {item.code} is not in the scope table {ctx.scope.name!r}: scope cannot be checked",  # type: ignore[attr-defined]
        )


def _member(ctx: Context, item: Intervention) -> CrewMember | None:
    return ctx.crew_by_id.get(item.performer_crew_id) if isinstance(item.performer_crew_id, str) else None


def _route(item: Intervention) -> str | None:
    return (
        item.route.value if isinstance(item, Medication) and isinstance(item.route, MedicationRoute) else None
    )


Judged = tuple[CrewMember | None, Level, Decision | None, date | None] | None


def _verdict(ctx: Context, group: str, item: Intervention) -> tuple[bool, Judged]:
    """Whether scope applies (care this unit gave, by EMS) and how the table judges it: both scope rules ask
    about every entry, so it is worked out once per entry per validation (keyed by the entry object, which
    lives as long as the validation: a UUID's hash is computed in Python)."""
    memo = ctx.scope_verdicts
    key = id(item)
    found = memo.get(key)
    if found is None:
        checked = performed_care(item) and item.performer_level not in NOT_EMS
        found = memo[key] = (checked, _judge_now(ctx, group, item) if checked else None)
    return found


def _judge_now(ctx: Context, group: str, item: Intervention) -> Judged:
    """(the crew member or None, level, the table's decision, the expiry date if lapsed); None: no level."""
    moment = item.at
    day = moment.date() if isinstance(moment, datetime) else ctx.call_date
    member = _member(ctx, item)
    if member is not None and member.level is not None:
        level, endorsements = member.level, _endorsements(ctx, member)
        expiry = member.certification_expires
        if expiry is not None and expiry < day:
            return member, level, None, expiry
    elif isinstance(item.performer_level, CaregiverLevel) and (
        coded := Level.from_caregiver_code(item.performer_level)
    ):
        level, endorsements, member = coded, frozenset(), None
    else:
        return None
    code: str = item.code  # type: ignore[attr-defined]
    route = _route(item)
    decisions: dict[tuple[str, str, Level, frozenset[str], str | None, date], Decision] | None
    decisions = ctx.cache.get("scope_decisions")
    if decisions is None:  # a long call repeats the same drug: each decision is made once
        decisions = ctx.cache["scope_decisions"] = {}
    key = (group, code, level, endorsements, route, day)
    decision = decisions.get(key)
    if decision is None:
        kind = Kind.PROCEDURE if group == "procedures" else Kind.MEDICATION
        decision = decisions[key] = ctx.scope.decide(kind, code, level.value, endorsements, route, day)
    return member, level, decision, None


def _endorsements(ctx: Context, member: CrewMember) -> frozenset[str]:
    """One frozenset per crew member per validation: its hash is then computed once, not per entry."""
    held: dict[int, frozenset[str]] = ctx.cache.setdefault("scope_endorsements", {})
    found = held.get(id(member))
    if found is None:
        found = held[id(member)] = frozenset(member.endorsements)
    return found


def _who(member: CrewMember) -> str:
    return member.name or (member.member_id if isinstance(member.member_id, str) else "") or "a crew member"


def _entry(group: str, item: Intervention, skill: Skill | None) -> str:
    """The entry in words: "procedure 241689008 Rapid sequence induction at 14:05"."""
    kind = "procedure" if group == "procedures" else "medication"
    name = f" ({skill.name})" if skill is not None else ""
    when = f" at {hhmm(item.at)}" if isinstance(item.at, datetime) else ""
    return f"{kind} {item.code}{name}{when}"  # type: ignore[attr-defined]


def _violation(group: str, item: Intervention, message: str, skill: Skill | None = None) -> Issue:
    entry = _entry(group, item, skill)
    olmc = ""
    if item.authorization == Authorization.ON_LINE_REMOTE_VERBAL_ORDER:
        by = f" by {item.authorizing_physician}" if item.authorizing_physician else ""
        olmc = (
            f" On-line medical control{by} is recorded: it authorizes care within the performer's scope and "
            "does not extend it."
        )
    text = (getattr(item, "justification", None) or "").strip()
    if text:  # confirmed as recorded: the report may lock, and the violation stays on its record
        return Issue(
            at(group, item, "performer_crew_id"),
            f"{VIOLATION} (confirmed as recorded by the crew: {text}): {entry}: {message}.{olmc}",
            confirmation=Confirmation(text),
        )
    return Issue(
        at(group, item, "performer_crew_id"),
        f"{VIOLATION}: {entry}: {message}.{olmc} Correct the entry (who did it, their level, what was done), "
        "or confirm it happened as recorded by writing what happened in the entry's explanation; "
        "a confirmed violation stays on the report for the medical director",
    )
