"""The call's clock must run forwards (NEMSIS e017-e056, e125-e156)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from epcr.domain.nemsis.codes import YesNo
from epcr.domain.nemsis.elements import ELEMENTS
from epcr.domain.report import Report
from epcr.rules.checks.common import at, hhmm, when
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source, Stage
from epcr.rules.registry import Issue, entry_rule, rule

# eTimes in the order a call unfolds; each must not be earlier than the ones NEMSIS compares it with.
MUST_FOLLOW: dict[str, tuple[str, ...]] = {
    "unit_notified": ("psap_call",),
    "en_route": ("unit_notified",),
    "arrived_on_scene": ("unit_notified", "en_route"),
    "arrived_at_patient": ("unit_notified", "en_route", "arrived_on_scene"),
    "left_scene": ("unit_notified", "en_route", "arrived_on_scene", "arrived_at_patient"),
    "arrived_at_destination": (
        "unit_notified",
        "en_route",
        "arrived_on_scene",
        "arrived_at_patient",
        "left_scene",
    ),
    "transfer_of_care": (
        "unit_notified",
        "en_route",
        "arrived_on_scene",
        "arrived_at_patient",
        "left_scene",
        "arrived_at_destination",
    ),
    "back_in_service": (
        "unit_notified",
        "en_route",
        "arrived_on_scene",
        "arrived_at_patient",
        "left_scene",
        "arrived_at_destination",
        "transfer_of_care",
    ),
}
_ELEMENT = {
    name: f"eTimes.{i:02d}"
    for i, name in enumerate(
        [
            "psap_call",
            "dispatch_notified",
            "unit_notified",
            "dispatch_acknowledged",
            "en_route",
            "arrived_on_scene",
            "arrived_at_patient",
            "transfer_to_other_ems",
            "left_scene",
            "arrived_at_landing_area",
            "arrived_at_destination",
            "transfer_of_care",
            "back_in_service",
            "canceled",
            "back_at_home",
            "call_completed",
            "arrived_at_staging",
        ],
        start=1,
    )
}


def label(field: str) -> str:
    element = _ELEMENT[field]
    return f"{ELEMENTS[element].name} ({element})"


@rule(
    "times.order",
    "Call times run forwards",
    reads=["times"],
    source=Source.NATIONAL,
    reference="NEMSIS e017-e055",
)
def times_in_order(report: Report, ctx: Context) -> Iterator[Issue]:
    times = report.times
    for later, earlier_fields in MUST_FOLLOW.items():
        moment = when(getattr(times, later))
        if moment is None:
            continue
        for earlier in earlier_fields:
            before = when(getattr(times, earlier))
            if before is not None and moment < before:
                yield Issue(
                    f"times.{later}",
                    f"{label(later)} {hhmm(moment)} is before {label(earlier)} {hhmm(before)}",
                )
                break


@rule(
    "times.future",
    "No call time in the future",
    reads=["times"],
    source=Source.NATIONAL,
    reference="NEMSIS e056",
    severity=Severity.WARNING,
)
def times_not_in_future(report: Report, ctx: Context) -> Iterator[Issue]:
    limit = ctx.now + timedelta(hours=1)
    for field in _ELEMENT:
        moment = when(getattr(report.times, field))
        if moment is not None and moment > limit:
            yield Issue(
                f"times.{field}", f"{label(field)} is more than an hour in the future (device clock?)"
            )


@rule(
    "times.span",
    "A call lasts less than a day",
    reads=["times"],
    source=Source.AGENCY,
    reference="clock-skew check",
    severity=Severity.WARNING,
)
def times_span(report: Report, ctx: Context) -> Iterator[Issue]:
    moments = [(m, f) for f in _ELEMENT if (m := when(getattr(report.times, f))) is not None]
    if len(moments) > 1:
        first, last = min(moments), max(moments)
        if last[0] - first[0] > timedelta(hours=24):
            yield Issue(f"times.{last[1]}", f"{label(last[1])} is more than 24 hours after {label(first[1])}")


_TIME_FIELD = {"vitals": "taken_at", "procedures": "at", "medications": "at"}
_NOUN = {"vitals": "Vital signs", "procedures": "Procedure", "medications": "Medication"}
CARE_GROUPS = ["vitals", "procedures", "medications"]


def _time_and_prior(group: str, item: Any) -> tuple[Any, Any] | None:
    """The entry's time and prior-to-care flag; None for a pertinent negative (care that did not happen)."""
    if group == "vitals":
        return item.taken_at, item.prior_to_care
    if item.pertinent_negative is not None:
        return None
    return item.at, item.prior_to_care


@entry_rule(
    "times.care_within_call",
    "Vitals, procedures and medications fall inside the call",
    groups=CARE_GROUPS,
    reads=["times"],
    source=Source.NATIONAL,
    reference="NEMSIS e125-e130, e136-e141, e151-e156",
)
def care_within_call(report: Report, ctx: Context, group: str, item: Any) -> Iterator[Issue]:
    if group == "vitals":
        moment, prior = item.taken_at, item.prior_to_care
    elif item.pertinent_negative is not None:
        return
    else:
        moment, prior = item.at, item.prior_to_care
    if not isinstance(moment, datetime):
        return
    bounds = ctx.cache.get("care_bounds")
    if bounds is None:  # the call's frame, read once per validation, as instants (cheap to compare)
        t = report.times
        frame = (
            when(t.unit_notified),
            when(t.arrived_at_patient),
            when(t.transfer_of_care) or when(t.back_in_service),
        )
        bounds = ctx.cache["care_bounds"] = (frame, tuple(m.timestamp() if m else None for m in frame))
    (notified, at_patient, end), (notified_s, at_patient_s, end_s) = bounds
    instant = moment.timestamp()
    if (
        prior != YesNo.YES
        and (notified_s is None or instant >= notified_s)
        and (at_patient_s is None or instant >= at_patient_s)
        and (end_s is None or instant <= end_s)
    ):
        return  # the common case: inside the call
    problem = None
    if prior == YesNo.YES:
        if at_patient is not None and moment > at_patient:
            problem = (
                "is marked prior to this unit's care but is after arrival at the patient "
                f"({hhmm(at_patient)})"
            )
    elif notified is not None and moment < notified:
        problem = f"is before the unit was notified ({hhmm(notified)})"
    elif at_patient is not None and moment < at_patient:
        problem = (
            f"is before arrival at the patient ({hhmm(at_patient)}); if another provider did it, mark it "
            "prior to this unit's care"
        )
    elif end is not None and moment > end:
        problem = f"is after the end of this unit's care ({hhmm(end)})"
    if problem is not None:
        yield Issue(at(group, item, _TIME_FIELD[group]), f"{_NOUN[group]} at {hhmm(moment)} {problem}")


@entry_rule(
    "times.care_time_missing",
    "Care given needs its time",
    groups=CARE_GROUPS,
    source=Source.NATIONAL,
    reference="NEMSIS e125, e136, e151",
    stage=Stage.LOCK,
)
def care_time_missing(report: Report, ctx: Context, group: str, item: Any) -> Iterator[Issue]:
    found = _time_and_prior(group, item)
    if found is not None and found[0] is None and found[1] != YesNo.YES:
        yield Issue(at(group, item, _TIME_FIELD[group]), f"{_NOUN[group]} needs the time it was done")


@rule(
    "times.clinical_before_handover",
    "Onset, last known well and arrest come before the handover",
    reads=["times", "situation", "arrest"],
    source=Source.NATIONAL,
    reference="NEMSIS e047-e055",
)
def clinical_times(report: Report, ctx: Context) -> Iterator[Issue]:
    end = when(report.times.transfer_of_care) or when(report.times.back_in_service)
    if end is None:
        return
    for path, value, name in (
        ("situation.symptom_onset", report.situation.symptom_onset, "Symptom onset"),
        ("situation.last_known_well", report.situation.last_known_well, "Last known well"),
        ("arrest.arrest_at", report.arrest.arrest_at, "Cardiac arrest time"),
    ):
        moment = when(value)
        if moment is not None and moment > end:
            yield Issue(path, f"{name} {hhmm(moment)} is after this unit's care ended ({hhmm(end)})")
