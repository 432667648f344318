"""The elements that identify a person (names, SSN, date of birth, addresses, phones, policy numbers): a
message about one of them names the element and the rule, never its value, since messages reach terminals,
logs and the import's list of what was not kept."""

from __future__ import annotations

IDENTIFYING = frozenset(
    {
        *(f"ePatient.{n:02d}" for n in (1, 2, 3, 4, 5, 9, 12, 17, 18, 19, 21, 23)),
        *(f"ePayment.{n:02d}" for n in (6, 7, 18, 19, 20, 21, 23, 24, 25, 26, 29, 31, 34, 39, 60)),
        "eScene.15",  # the incident's street address (often the patient's home)
        *(f"eOther.{n}" for n in (18, 20, 21)),  # a signature's image and the signer's name
    }
)
WITHHELD = "(value not shown: it identifies a person)"


def identifies(element: str | None) -> bool:
    """`element` may be a local name with a group path (ePatient.PatientNameGroup/ePatient.02)."""
    return element is not None and element.rsplit("/", 1)[-1] in IDENTIFYING
