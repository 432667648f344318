"""The shape of one NEMSIS element's dictionary entry, and the base class of generated code lists."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Usage = Literal["Mandatory", "Required", "Recommended", "Optional"]


@dataclass(frozen=True, slots=True)
class Element:
    """One row of the NEMSIS v3.5.1 data dictionary (EMSDataSet_ElementDetails_Full.txt)."""

    id: str
    name: str
    usage: Usage
    min_occurs: int
    max_occurs: int | None  # None = unbounded ("M" in the dictionary)
    nillable: bool
    national: bool
    data_type: str
    not_values: tuple[str, ...]  # NV codes allowed (7701001 Not Applicable, ...)
    pertinent_negatives: tuple[str, ...]  # PN codes allowed
    pn_on_nil_only: bool  # "PNNill": the PN sits on an empty nil element, never beside a value
    min_length: int | None
    max_length: int | None
    min_inclusive: str | None
    max_inclusive: str | None
    total_digits: int | None
    fraction_digits: int | None
    pattern: str | None

    @property
    def label(self) -> str:
        return f"{self.id} {self.name}"


class NemsisCode(StrEnum):
    """A code from a NEMSIS code list; the value is the code, `label` its official description."""

    @property
    def label(self) -> str:
        from epcr.domain.nemsis.codes import LABELS

        return LABELS[type(self).__name__][self.value]
