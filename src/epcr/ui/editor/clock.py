"""The call's clock in the editor's header: one button that stamps the next time of the call (eTimes) from
any page, so a crew taps "Arrived at patient" while charting vitals instead of going back to the times page.
The times page keeps a Now button per time for anything out of the usual order."""

from __future__ import annotations

from datetime import datetime

from epcr.domain.report import Report

SEQUENCE = (  # the usual order of a call's times, each with the words on the button
    ("times.unit_notified", "Unit notified"),  # eTimes.03
    ("times.en_route", "En route"),  # eTimes.05
    ("times.arrived_on_scene", "On scene"),  # eTimes.06
    ("times.arrived_at_patient", "At patient"),  # eTimes.07
    ("times.left_scene", "Left scene"),  # eTimes.09
    ("times.arrived_at_destination", "At destination"),  # eTimes.11
    ("times.transfer_of_care", "Transfer of care"),  # eTimes.12
)


def next_time(report: Report) -> tuple[str, str] | None:
    """The first time of the sequence after the last one stamped; None when the call's clock is done."""
    times = report.times
    stamped = [i for i, (path, _) in enumerate(SEQUENCE) if isinstance(getattr(times, path[6:]), datetime)]
    start = stamped[-1] + 1 if stamped else 0
    for path, words in SEQUENCE[start:]:
        if getattr(times, path[6:]) is None:  # a blank the crew chose (Not Applicable) is not stamped over
            return path, words
    return None
