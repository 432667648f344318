"""A time of day typed at the end of a call that ran past midnight belongs to the next morning."""

from __future__ import annotations

from datetime import datetime, timedelta

from epcr.ui.binding import local_now, parse_time


def test_a_time_after_midnight_is_the_next_morning_of_a_late_call() -> None:
    zone = local_now().tzinfo
    started = datetime(2026, 12, 1, 22, 54, tzinfo=zone)  # eTimes.03, late in the evening
    day = started.date()
    assert parse_time("00:24", day, started) == datetime(2026, 12, 2, 0, 24, tzinfo=zone)
    assert parse_time("23:10", day, started) == datetime(2026, 12, 1, 23, 10, tzinfo=zone)
    # A few minutes before the start (the PSAP call, eTimes.01) stays on the call's day.
    assert parse_time("22:40", day, started) == datetime(2026, 12, 1, 22, 40, tzinfo=zone)
    # A date typed in full is taken as written; without the start, the call's day as before.
    assert parse_time("2026-12-01 00:24", day, started) == datetime(2026, 12, 1, 0, 24, tzinfo=zone)
    assert parse_time("00:24", day) == datetime(2026, 12, 1, 0, 24, tzinfo=zone)
    assert parse_time("00:24", day, started) - started < timedelta(hours=2)
