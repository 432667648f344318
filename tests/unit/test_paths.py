from __future__ import annotations

import pytest

from epcr.domain.paths import PathError, parse, parts

ENTRY = "3f2b8c1e-0000-4000-8000-000000000001"


def test_parts_are_discovered_from_the_model() -> None:
    assert {"patient", "vitals", "procedures", "assessment.exam_findings", "airway.confirmations"} <= set(
        parts()
    )
    assert parts()["vitals"].repeating and not parts()["patient"].repeating
    assert parts()["airway"].nested_parts == ("confirmations",)


@pytest.mark.parametrize(
    ("path", "part", "item", "keys"),
    [
        ("patient.last_name", "patient", "", ("last_name",)),
        ("assessment.gcs.eye", "assessment", "", ("gcs", "eye")),
        (f"vitals[{ENTRY}].sbp", "vitals", ENTRY, ("sbp",)),
        (f"airway.confirmations[{ENTRY}].device", "airway.confirmations", ENTRY, ("device",)),
        (
            f"procedures[{ENTRY}].bleeding_control.tourniquet_applied_at",
            "procedures",
            ENTRY,
            ("bleeding_control", "tourniquet_applied_at"),
        ),
        (f"vitals[{ENTRY}]", "vitals", ENTRY, ()),
    ],
)
def test_paths_resolve(path: str, part: str, item: str, keys: tuple[str, ...]) -> None:
    fp = parse(path)
    assert (fp.part.key, fp.item_id, fp.keys) == (part, item, keys)
    assert str(fp) == path


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("pateint.last_name", "sections:"),
        ("vitals.sbp", "vitals[<id>]"),
        ("patient.shoe_size", "fields: last_name"),
        (f"patient[{ENTRY}].last_name", "single section"),
        ("", "empty"),
    ],
)
def test_bad_paths_say_what_is_allowed(path: str, says: str) -> None:
    with pytest.raises(PathError, match=says.replace("[", r"\[")):
        parse(path)
