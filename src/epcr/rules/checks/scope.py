"""Scope of practice: was the person who gave this care allowed to, at their level, on that day?"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

from epcr.domain.care import Intervention
from epcr.domain.crew import CrewMember
from epcr.domain.levels import Level
from epcr.domain.medications import Medication
from epcr.domain.nemsis.codes import Authorization, CaregiverLevel, CrewLevel, MedicationRoute
from epcr.domain.report import Report
from epcr.rules.checks.common import at, performed_care
from epcr.rules.context import Context
from epcr.rules.findings import Justification, JustifiedBy, Severity, Source
from epcr.rules.registry import Issue, entry_rule
from epcr.rules.scope.table import Decision, Kind

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


def _justification(item: Intervention) -> Justification | None:
    if item.authorization == Authorization.ON_LINE_REMOTE_VERBAL_ORDER and item.authorizing_physician:
        return Justification(JustifiedBy.ONLINE_MEDICAL_CONTROL, item.authorizing_physician)
    text: str | None = getattr(item, "justification", None)
    return Justification(JustifiedBy.WRITTEN_JUSTIFICATION, text) if text else None


@entry_rule(
    "scope.practice",
    "Care within the performer's scope of practice",
    groups=["procedures", "medications"],
    reads=["crew"],
    source=Source.SCOPE,
    reference="performer's level at the time of care",
)
def scope_of_practice(report: Report, ctx: Context, group: str, item: Intervention) -> Iterator[Issue]:
    if not performed_care(item) or item.performer_level in NOT_EMS:
        return
    yield from _judge(ctx, group, item)


def _judge(ctx: Context, group: str, item: Intervention) -> Iterator[Issue]:
    kind = Kind.PROCEDURE if group == "procedures" else Kind.MEDICATION
    code: str = item.code  # type: ignore[attr-defined]
    moment = item.at if isinstance(item.at, datetime) else None
    day = moment.date() if moment else ctx.call_date
    member = ctx.crew_by_id.get(item.performer_crew_id) if isinstance(item.performer_crew_id, str) else None
    if member is not None and isinstance(member.other_level, CrewLevel):
        # A level off our ladder (eCrew.02 9925043 Registered Nurse ...): no scope table of ours covers it, so
        # the care is never taken as checked; the performer level of the entry is still judged below.
        yield Issue(
            at(group, item, "performer_crew_id"),
            f"{_who(member)}'s level {member.other_level.value} {member.other_level.label} is not on the "
            f"certification ladder: no scope table covers it, so scope of practice cannot be checked",
            Severity.WARNING,
        )
    if member is not None and member.level is not None:
        level, endorsements, who = member.level, frozenset(member.endorsements), _who(member)
        expiry = member.certification_expires
        if expiry is not None and expiry < day:
            yield _out_of_scope(
                group,
                item,
                f"{who}'s certification expired on {expiry.isoformat()}: not certified on the day of care",
            )
            return
    elif isinstance(item.performer_level, CaregiverLevel) and (
        coded := Level.from_caregiver_code(item.performer_level)
    ):
        level, endorsements, who = coded, frozenset(), "the performer"
    elif member is not None and isinstance(member.other_level, CrewLevel):
        return  # said above: the level has no scope table, and the entry names no level of ours either
    else:
        yield Issue(
            at(group, item, "performer_crew_id"),
            "name who did this (a crew member) so its scope can be checked",
            Severity.WARNING,
        )
        return
    route = (
        item.route.value if isinstance(item, Medication) and isinstance(item.route, MedicationRoute) else None
    )
    decisions: dict[tuple[Kind, str, str, frozenset[str], str | None, date], Decision]
    decisions = ctx.cache.setdefault("scope_decisions", {})  # a long call repeats the same drug: decide once
    key = (kind, code, level.value, endorsements, route, day)
    decision = decisions.get(key)
    if decision is None:
        decision = decisions[key] = ctx.scope.decide(kind, code, level.value, endorsements, route, day)
    if decision.skill is None:
        yield Issue(
            at(group, item, "code"),
            f"{kind.value} {code} is not in the scope table {ctx.scope.name!r}: scope cannot be checked",
            Severity.WARNING,
        )
    elif not decision.permitted:
        how = f" by route {item.route.label}" if route and isinstance(item, Medication) else ""  # type: ignore[union-attr]
        allowed = " or ".join(str(g) for g in decision.needed) or "nobody"
        yield _out_of_scope(
            group,
            item,
            f"{who} ({level.value}) may not perform {decision.skill.name}{how}; allowed: {allowed}",
        )


def _who(member: CrewMember) -> str:
    return member.name or (member.member_id if isinstance(member.member_id, str) else "") or "a crew member"


def _out_of_scope(group: str, item: Intervention, message: str) -> Issue:
    reason = _justification(item)
    if reason:  # the record tells the truth, and QA still sees it
        words = (
            f"{reason.by.value} by {reason.detail}"
            if reason.by is JustifiedBy.ONLINE_MEDICAL_CONTROL
            else f"{reason.by.value}: {reason.detail}"
        )
        return Issue(
            at(group, item, "performer_crew_id"),
            f"{message} (justified: {words})",
            Severity.WARNING,
            justification=reason,
        )
    return Issue(
        at(group, item, "performer_crew_id"),
        f"{message}. Pick the right performer, or record on-line "
        "medical control with the physician's name, or a written justification",
    )
