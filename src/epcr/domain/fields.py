"""NEMSIS-aware fields: every model field names its element, and the dictionary's facets and blank rules
apply to it. Facets (ranges, lengths, patterns) and allowed NOT values / pertinent negatives come from the
generated element table, never from numbers typed here."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic.config import JsonDict
from pydantic_core import InitErrorDetails, PydanticCustomError

from epcr.domain.nemsis.codes import NotValue, PertinentNegative
from epcr.domain.nemsis.element import Element
from epcr.domain.nemsis.elements import ELEMENTS, ENUMERATIONS


class Blank(BaseModel):
    """A deliberately blank value: "Not Applicable" or a pertinent negative the element allows, or "Not
    Reporting" as a NEMSIS source file stated it.

    A field left empty (None) is simply not documented; export fills "Not Recorded" where NEMSIS requires it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    not_value: NotValue | None = None
    pertinent_negative: PertinentNegative | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Blank:
        if (self.not_value is None) == (self.pertinent_negative is None):
            raise ValueError("a blank holds exactly one of not_value or pertinent_negative")
        if self.not_value is NotValue.NOT_RECORDED:
            # Not Recorded is an empty field: the export fills it, nobody stores it.
            raise ValueError(
                f"{NotValue.NOT_RECORDED.value} (Not Recorded) is never stored: leave the field empty when "
                f"it was not recorded, or choose {NotValue.NOT_APPLICABLE.value} (Not Applicable)"
            )
        # Not Reporting stays a Blank, in its field, so it travels with its value's group on every copy, edit
        # and export; the store refuses it from a person (epcr.store.parts.refused_entries): only an import
        # keeps it, and the rules never count it as the crew's documentation (rules.checks.common).
        return self

    @property
    def not_reporting(self) -> bool:
        """7701005 Not Reporting: the source agency does not collect the element (an import's statement)."""
        return self.not_value is NotValue.NOT_REPORTING


NOT_APPLICABLE = Blank(not_value=NotValue.NOT_APPLICABLE)
NOT_REPORTING = Blank(not_value=NotValue.NOT_REPORTING)  # only ever read from a NEMSIS file


def is_not_reporting(value: Any) -> bool:
    """Whether a field holds a source file's Not Reporting (a Blank, or its JSON form)."""
    if isinstance(value, Blank):
        return value.not_reporting
    return isinstance(value, dict) and value.get("not_value") == NotValue.NOT_REPORTING.value


def not_reporting_in(data: Any, keys: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Where a JSON document (a report, a section, an entry) holds a Not Reporting: the keys to each."""
    if is_not_reporting(data):
        return [keys]
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in not_reporting_in(value, (*keys, key))]
    if isinstance(data, list):
        return [found for index, item in enumerate(data) for found in not_reporting_in(item, (*keys, index))]
    return []


def pn(code: PertinentNegative) -> Blank:
    return Blank(pertinent_negative=code)


def el(element_id: str, default: Any = None, **kwargs: Any) -> Any:
    """A model field mapped to a NEMSIS element; its facets and blank rules are checked by NemsisModel."""
    element = ELEMENTS[element_id]  # KeyError here means a typo in the model: fail at import
    extra: JsonDict = {"nemsis": element_id}
    if "default_factory" in kwargs:
        return Field(description=element.name, json_schema_extra=extra, **kwargs)
    return Field(default, description=element.name, json_schema_extra=extra, **kwargs)


def negated(element_id: str, pertinent_negative: PertinentNegative) -> Any:
    """Values of a repeating element documented as absent, each written with the pertinent negative beside it:
    eSituation.10 with 8801031 Symptom Not Present ("denies chest pain"). Kept apart from the values that are
    present, so a "not present" can never turn into a present one."""
    element = ELEMENTS[element_id]
    if pertinent_negative.value not in element.pertinent_negatives:
        raise ValueError(f"{element_id} does not take pertinent negative {pertinent_negative.value}")
    extra: JsonDict = {"nemsis": element_id, "negated": pertinent_negative.value}
    return Field(
        default_factory=list,
        description=f"{element.name}: {pertinent_negative.label}",
        json_schema_extra=extra,
    )


def negation_of(model: type[BaseModel], field_name: str) -> str | None:
    """The pertinent negative a `negated` field's values carry, else None."""
    return _marker(model, field_name, "negated")


def group(
    group_name: str, single: type[BaseModel] | None = None, none: bool = False, further: bool = False
) -> Any:
    """A field holding a NEMSIS group: one model (`single`, a group that occurs at most once) or a list
    (empty by default; None with `none`, where a stored form tells "not documented" from "none").

    `further`: the list holds the group's second and later occurrences; the first is the owner's own fields
    (eSituation.PatientComplaintGroup: the chief complaint in `situation.chief_complaint` ..., the others
    in `situation.further_complaints`), exported first and read back into them."""
    extra: JsonDict = {"nemsis_group": group_name}
    if further:
        extra["further"] = "first in the owner"
    if none:
        return Field(None, description=group_name, json_schema_extra=extra)
    if single is not None:
        return Field(default_factory=single, description=group_name, json_schema_extra=extra)
    return Field(default_factory=list, description=group_name, json_schema_extra=extra)


def group_of(model: type[BaseModel], field_name: str) -> str | None:
    """The NEMSIS group a field holds (eScene.ResponderGroup), else None."""
    return _marker(model, field_name, "nemsis_group")


def is_further(model: type[BaseModel], field_name: str) -> bool:
    """Whether a group list holds the occurrences after the first, which is the owner's own fields."""
    return _marker(model, field_name, "further") is not None


def attribute(element_id: str, name: str) -> Any:
    """A field holding an XML attribute of an element (eInjury.22/@VelocityUnit), written on that element."""
    ELEMENTS[element_id]  # KeyError here means a typo in the model: fail at import
    extra: JsonDict = {"nemsis": element_id, "attribute": name}
    return Field(None, description=f"{element_id}/@{name}", json_schema_extra=extra, max_length=100)


def attribute_of(model: type[BaseModel], field_name: str) -> str | None:
    """The XML attribute an `attribute` field holds (VelocityUnit), else None."""
    return _marker(model, field_name, "attribute")


def group_attribute(name: str) -> Any:
    """A field holding an XML attribute of the group its model stands for, as the source gave it
    (eHistory.ImmunizationsGroup/@CorrelationID: the XSD's CorrelationID type, 2-255 characters)."""
    extra: JsonDict = {"group_attribute": name}
    return Field(
        None, min_length=2, max_length=255, description=f"the group's @{name}", json_schema_extra=extra
    )


def group_attributes(model: type[BaseModel]) -> dict[str, str]:
    """A group model's `group_attribute` fields: XML attribute -> field."""
    return {
        attribute: name
        for name in model.model_fields
        if (attribute := _marker(model, name, "group_attribute")) is not None
    }


def value_of(element_id: str) -> Any:
    """The value of one occurrence of a repeated element that has attributes (a phone number, its type)."""
    element = ELEMENTS[element_id]
    extra: JsonDict = {"nemsis": element_id, "value_of": element_id}
    return Field(description=element.name, json_schema_extra=extra)


def is_value_of(model: type[BaseModel], field_name: str) -> bool:
    """Whether a field holds the value of a value-with-attributes model (a `value_of` field)."""
    return _marker(model, field_name, "value_of") is not None


def _marker(model: type[BaseModel], field_name: str, key: str) -> str | None:
    """What a field's declaration (el, negated, group, attribute, value_of) marked it with under `key`."""
    info = model.model_fields.get(field_name)
    if info is None or not isinstance(info.json_schema_extra, dict):
        return None
    value = info.json_schema_extra.get(key)
    return value if isinstance(value, str) else None


def as_given(element_id: str) -> Any:
    """A field holding an element only as a NEMSIS source file gave it (ePatient.13 Gender, deprecated by
    ePatient.25 Sex): kept, and written back on export, but never entered or edited by a person (the store
    refuses it) nor shown. Only on a model stored as a part of its own (a section, an entry)."""
    element = ELEMENTS[element_id]  # KeyError here means a typo in the model: fail at import
    extra: JsonDict = {"nemsis": element_id, "as_given": "source"}
    return Field(None, description=element.name, json_schema_extra=extra)


@cache
def as_given_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a model that hold an element only as its source gave it (`as_given`)."""
    return tuple(name for name in model.model_fields if _marker(model, name, "as_given") is not None)


def custom(description: str, default: Any = None, **kwargs: Any) -> Any:
    """A field with no NEMSIS element of its own (exported as a custom element or in the narrative)."""
    extra: JsonDict = {"nemsis": "custom"}
    if "default_factory" in kwargs:
        return Field(description=description, json_schema_extra=extra, **kwargs)
    return Field(default, description=description, json_schema_extra=extra, **kwargs)


def element_of(model: type[BaseModel], field_name: str) -> str | None:
    """The NEMSIS element ID a field maps to ("custom" for ours, None for structural fields)."""
    return _marker(model, field_name, "nemsis")


class NemsisModel(BaseModel):
    """Base of every report section: unknown keys are refused and each element's facets are enforced."""

    model_config = ConfigDict(extra="forbid", validate_default=False, use_enum_values=False)

    _elements: ClassVar[dict[str, Element]]
    _checked: ClassVar[tuple[tuple[str, Element], ...]]

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._elements = {
            name: ELEMENTS[element_id]
            for name in cls.model_fields
            if (element_id := element_of(cls, name))
            and element_id in ELEMENTS
            and attribute_of(cls, name) is None  # an attribute has its own type, not its element's facets
        }
        cls._checked = tuple(cls._elements.items())

    @model_validator(mode="after")
    def _nemsis_facets(self) -> Self:
        # One pass over the mapped fields (most are empty) is far cheaper than a validator per field.
        errors: list[InitErrorDetails] = []
        values = self.__dict__
        present = [(name, element) for name, element in self._checked if values[name] is not None]
        for name, element in present:
            value = values[name]
            try:
                if isinstance(value, list):
                    if element.max_occurs is not None and len(value) > element.max_occurs:
                        raise ValueError(f"at most {element.max_occurs} value(s) allowed ({element.label})")
                    for item in value:
                        _check_once(element, item)
                else:
                    _check_once(element, value)
            except ValueError as error:
                errors.append(
                    InitErrorDetails(
                        type=PydanticCustomError("value_error", str(error)), loc=(name,), input=value
                    )
                )
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self


# Values that passed their element's facets: check_value is a pure function of the two, and a report repeats
# the same codes, scales and blanks over and over (two thirds of a report's validation time was these checks).
# Keyed with the type: 1, 1.0 and True are equal and hash alike. Bounded: short texts only, at most _MEMO.
_PASSED: set[tuple[str, type, Any]] = set()
_MEMO = 50_000
_MEMO_TYPES = (str, int, float, Decimal, Enum, Blank)


def _check_once(element: Element, value: Any) -> None:
    """check_value, skipped for a value that passed this element's facets before."""
    if isinstance(value, _MEMO_TYPES):
        key = (element.id, type(value), value)
        if key in _PASSED:
            return
        check_value(element, value)
        if len(_PASSED) < _MEMO and not (isinstance(value, str) and len(value) > 64):
            _PASSED.add(key)
        return
    check_value(element, value)  # a group, a time: checked every time


def check_value(element: Element, value: Any) -> None:
    """Raise ValueError when a single value breaks the element's facets or blank rules."""
    kind = type(value)
    if kind is int or kind is float:
        if kind is int and element.id in ENUMERATIONS:  # scales coded as numbers (GCS)
            _check_scale(element, value)
        else:
            _check_number(element, value)
    elif kind is str:
        _check_text(element, value)
    elif isinstance(value, Enum):  # a code: its type already checked it, unless it is a PN beside a value
        if kind is PertinentNegative:
            _check_blank(element, Blank(pertinent_negative=value))
    elif kind is Blank:
        _check_blank(element, value)
    elif isinstance(value, datetime | date):
        _check_range(element, value)
    elif isinstance(value, Decimal):
        _check_number(element, value)


def _check_scale(element: Element, value: int) -> None:
    if str(value) not in ENUMERATIONS[element.id]:
        codes = sorted(int(code) for code in ENUMERATIONS[element.id])
        raise ValueError(f"must be between {codes[0]} and {codes[-1]}; got {value} ({element.label})")


def _check_blank(element: Element, blank: Blank) -> None:
    if blank.not_value is not None and blank.not_value.value not in element.not_values:
        if blank.not_value is NotValue.NOT_APPLICABLE:
            raise ValueError(f"{element.label} does not accept Not Applicable; a value is required")
        raise ValueError(f"{element.label} does not accept {blank.not_value.value} {blank.not_value.label}")
    if (
        blank.pertinent_negative is not None
        and blank.pertinent_negative.value not in element.pertinent_negatives
    ):
        allowed = ", ".join(f"{code} {PertinentNegative(code).label}" for code in element.pertinent_negatives)
        raise ValueError(
            f"pertinent negative {blank.pertinent_negative.value} is not allowed for {element.label}; "
            f"allowed: {allowed or 'none'}"
        )


# XSD types that are xs:base64Binary (eOther.18 signature, eOther.11 file, eLabs/eDevice waveform).
BINARY_TYPES = frozenset({"Graphic", "WaveformGraphic", "FileImage"})
# The XSD sets no size; a report (stored, hashed, synced whole) holds at most 10 MiB per file.
MAX_BINARY_BYTES = 10 * 1024 * 1024


def _check_text(element: Element, value: str) -> None:
    if element.data_type in BINARY_TYPES:
        _check_binary(element, value)
        return
    codes = ENUMERATIONS.get(element.id)
    if codes is not None and value not in codes:  # a code held as text: one of its element's list
        shown = ", ".join(f"{code} ({label})" for code, label in list(codes.items())[:8])
        more = f" and {len(codes) - 8} more" if len(codes) > 8 else ""
        raise ValueError(f"{value!r} is not a code of {element.label}; allowed: {shown}{more}")
    if element.min_length is not None and len(value) < element.min_length:
        raise ValueError(f"must be at least {element.min_length} characters ({element.label})")
    if element.max_length is not None and len(value) > element.max_length:
        raise ValueError(f"must be at most {element.max_length} characters ({element.label})")
    if element.pattern and not _pattern(element.pattern).fullmatch(value):
        raise ValueError(f"{value!r} does not match the format {element.pattern} ({element.label})")
    if element.min_inclusive is not None:  # numeric codes such as SNOMED CT concept ids
        if not value.isdigit():
            raise ValueError(f"{value!r} must be a numeric code ({element.label})")
        _check_number(element, int(value))


def _check_number(element: Element, value: int | float | Decimal) -> None:
    if element.pattern and isinstance(value, int) and not _pattern(element.pattern).fullmatch(str(value)):
        raise ValueError(f"{value} is outside the allowed values {element.pattern} ({element.label})")
    bounds = _numeric_bounds(element.id)
    if bounds is not None and not (bounds[0] <= value <= bounds[1]):
        raise ValueError(
            f"must be between {element.min_inclusive} and {element.max_inclusive}; "
            f"got {value} ({element.label})"
        )
    if element.total_digits is not None and _total_digits(value) > element.total_digits:
        raise ValueError(f"at most {element.total_digits} digits in all; got {value} ({element.label})")
    if element.fraction_digits is not None and not isinstance(value, int):
        try:
            exponent = Decimal(str(value)).as_tuple().exponent
        except InvalidOperation:
            raise ValueError(f"{value} is not a number ({element.label})") from None
        if isinstance(exponent, int) and -exponent > element.fraction_digits:
            raise ValueError(f"at most {element.fraction_digits} decimal place(s) ({element.label})")


def _total_digits(value: int | float | Decimal) -> int:
    """XSD totalDigits: the digits of i in value = i x 10^-n, n as small as can be (0.005: 1, 1200: 4)."""
    try:
        exact = Decimal(str(value)).normalize()
    except InvalidOperation:
        return 0
    _, digits, exponent = exact.as_tuple()
    if not isinstance(exponent, int):  # infinity or NaN: refused by the range check
        return 0
    return len(digits) + max(exponent, 0)


def _check_binary(element: Element, value: str) -> None:
    compact = "".join(value.split()) if len(value) < 2 * MAX_BINARY_BYTES else value
    size = len(compact) * 3 // 4 - compact[-2:].count("=")  # the file's bytes, without decoding them
    if size > MAX_BINARY_BYTES:
        raise ValueError(
            f"a file may be at most {MAX_BINARY_BYTES // 1024 // 1024} MiB; got about "
            f"{size / 1024 / 1024:.1f} MiB ({element.label})"
        )
    try:
        base64.b64decode(compact, validate=True)  # xs:base64Binary allows line breaks
    except (binascii.Error, ValueError):
        shown = value if len(value) <= 20 else value[:20] + "..."
        raise ValueError(
            f"must be base64 (A-Z a-z 0-9 + / and = padding); got {shown!r} ({element.label})"
        ) from None


def _check_range(element: Element, value: date) -> None:
    low, high = element.min_inclusive, element.max_inclusive
    if low is None or high is None:
        return
    if isinstance(value, datetime):
        earliest, latest = _datetime_bounds(low, high)
        in_range = earliest <= value <= latest
    else:
        in_range = date.fromisoformat(low[:10]) <= value <= date.fromisoformat(high[:10])
    if not in_range:
        raise ValueError(f"must be between {low[:10]} and {high[:10]} ({element.label})")


@cache
def _datetime_bounds(low: str, high: str) -> tuple[datetime, datetime]:
    return datetime.fromisoformat(low), datetime.fromisoformat(high)


@cache
def _numeric_bounds(element_id: str) -> tuple[float, float] | None:
    element = ELEMENTS[element_id]
    if element.min_inclusive is None or element.max_inclusive is None:
        return None
    return float(element.min_inclusive), float(element.max_inclusive)


@cache
def _pattern(xsd_pattern: str) -> re.Pattern[str]:
    # XSD patterns are implicitly anchored; their syntax is a subset Python's re understands.
    return re.compile(f"(?:{xsd_pattern})")
