"""Codes the report uses that the NEMSIS lists do not know: a finding, never a crash."""

from __future__ import annotations

from collections.abc import Iterator

from epcr.domain.defined_lists import blood_products, impressions, medications, procedures
from epcr.domain.medications import Medication
from epcr.domain.nemsis.codes import MedicationCodeType
from epcr.domain.procedures import Procedure
from epcr.domain.report import Report
from epcr.rules.checks.common import at, has_value
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source
from epcr.rules.registry import Issue, entry_rule, rule


@entry_rule(
    "codes.suggested_lists",
    "Codes from the NEMSIS suggested lists",
    groups=["procedures", "medications"],
    source=Source.NATIONAL,
    reference="NEMSIS defined lists",
    severity=Severity.INFO,
)
def codes_on_lists(report: Report, ctx: Context, group: str, item: Procedure | Medication) -> Iterator[Issue]:
    if not isinstance(item.code, str):
        return
    if group == "procedures" and item.code not in procedures():
        yield Issue(
            at(group, item, "code"),
            f"SNOMED CT {item.code} is not on the NEMSIS procedure list: check the code",
        )
    elif group == "medications" and item.code not in medications():
        yield Issue(
            at(group, item, "code"),
            f"RxNorm {item.code} is not on the NEMSIS medication list: check the code",
        )


@rule(
    "codes.impression_list",
    "Impression from the NEMSIS suggested list",
    reads=["situation"],
    source=Source.NATIONAL,
    reference="NEMSIS defined lists",
    severity=Severity.INFO,
)
def impression_on_list(report: Report, ctx: Context) -> Iterator[Issue]:
    impression = report.situation.primary_impression
    if isinstance(impression, str) and impression not in impressions():
        yield Issue("situation.primary_impression", f"{impression} is not on the NEMSIS impression list")


@entry_rule(
    "codes.medication_code_type",
    "SNOMED CT only for blood products",
    groups=["medications"],
    source=Source.NATIONAL,
    reference="NEMSIS e143-e145",
)
def medication_code_type(report: Report, ctx: Context, group: str, m: Medication) -> Iterator[Issue]:
    if not has_value(m.code):
        return
    blood = m.code in blood_products()
    if blood and m.code_type != MedicationCodeType.SNOMED_CT:
        yield Issue(at("medications", m, "code_type"), "blood products are coded in SNOMED CT (9924005)")
    elif not blood and m.code_type == MedicationCodeType.SNOMED_CT:
        yield Issue(at("medications", m, "code_type"), "only blood products may use SNOMED CT; use RxNorm")
