"""Codes the report uses that the NEMSIS lists do not know: a finding, never a crash."""

from __future__ import annotations

from collections.abc import Iterator

from epcr.domain.defined_lists import blood_products, impressions, medications, procedures
from epcr.domain.nemsis.codes import MedicationCodeType
from epcr.domain.report import Report
from epcr.rules.checks.common import at, has_value
from epcr.rules.context import Context
from epcr.rules.findings import Severity, Source
from epcr.rules.registry import Issue, rule


@rule(
    "codes.suggested_lists",
    "Codes from the NEMSIS suggested lists",
    reads=["procedures", "medications", "situation"],
    source=Source.NATIONAL,
    reference="NEMSIS defined lists",
    severity=Severity.INFO,
)
def codes_on_lists(report: Report, ctx: Context) -> Iterator[Issue]:
    known_procedures, known_medications = procedures(), medications()
    for p in report.procedures:
        if isinstance(p.code, str) and p.code not in known_procedures:
            yield Issue(
                at("procedures", p, "code"),
                f"SNOMED CT {p.code} is not on the NEMSIS procedure list: check the code",
            )
    for m in report.medications:
        if isinstance(m.code, str) and m.code not in known_medications:
            yield Issue(
                at("medications", m, "code"),
                f"RxNorm {m.code} is not on the NEMSIS medication list: check the code",
            )
    impression = report.situation.primary_impression
    if isinstance(impression, str) and impression not in impressions():
        yield Issue("situation.primary_impression", f"{impression} is not on the NEMSIS impression list")


@rule(
    "codes.medication_code_type",
    "SNOMED CT only for blood products",
    reads=["medications"],
    source=Source.NATIONAL,
    reference="NEMSIS e143-e145",
)
def medication_code_type(report: Report, ctx: Context) -> Iterator[Issue]:
    for m in report.medications:
        if not has_value(m.code):
            continue
        blood = m.code in blood_products()
        if blood and m.code_type != MedicationCodeType.SNOMED_CT:
            yield Issue(at("medications", m, "code_type"), "blood products are coded in SNOMED CT (9924005)")
        elif not blood and m.code_type == MedicationCodeType.SNOMED_CT:
            yield Issue(
                at("medications", m, "code_type"), "only blood products may use SNOMED CT; use RxNorm"
            )
