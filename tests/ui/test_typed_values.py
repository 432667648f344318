"""What a crew types becomes the field's own type: whole numbers where the standard wants them, decimals
where it allows them (ETCO2 4.2 kPa), and a clear refusal otherwise."""

from __future__ import annotations

import pytest

from epcr.ui.binding import ValueError_, parse_text

VITALS = "vitals[3f2b8c1e-0000-4000-8000-000000000001]"


def test_etco2_takes_a_whole_number_or_a_decimal() -> None:
    assert parse_text(f"{VITALS}.etco2", "35", None) == 35
    assert parse_text(f"{VITALS}.etco2", "4.2", None) == 4.2
    assert parse_text(f"{VITALS}.etco2", "4,2", None) == 4.2  # a decimal comma, as many keyboards type it
    with pytest.raises(ValueError_, match="is not a number"):
        parse_text(f"{VITALS}.etco2", "high", None)


def test_heart_rate_stays_a_whole_number() -> None:
    assert parse_text(f"{VITALS}.heart_rate", "96", None) == 96
    with pytest.raises(ValueError_, match="is not a whole number"):
        parse_text(f"{VITALS}.heart_rate", "96.5", None)
