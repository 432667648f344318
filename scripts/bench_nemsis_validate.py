"""NEMSIS validation figures: one large national sample (72 KB, repeating elements) checked warm against the
XSD and against the national Schematron rules, each call timed whole (parsing the bytes included)."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from epcr.exports.nemsis.validate import national_rules, schematron_problems, xsd_problems

RUNS = 30
SAMPLE = (
    Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "nemsis" / "EMSDataset-ElementsRepeat-5.xml"
)


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def bench_validate() -> dict[str, float]:
    xml = SAMPLE.read_bytes()
    national_rules()  # compiled once per process (about half a second); not what is measured
    assert xsd_problems(xml) == [], "the sample must be XSD-valid"
    assert not [p for p in schematron_problems(xml) if p.severity == "error"], (
        "the sample must pass the rules"
    )
    xsd, rules = [], []
    for _ in range(RUNS):  # interleaved so both see the same CPU weather
        start = time.perf_counter()
        xsd_problems(xml)
        xsd.append(time.perf_counter() - start)
        start = time.perf_counter()
        schematron_problems(xml)
        rules.append(time.perf_counter() - start)
    return {
        "nemsis_xsd_validate_median_ms": _median_ms(xsd),
        "nemsis_schematron_median_ms": _median_ms(rules),
    }


if __name__ == "__main__":
    print(json.dumps(bench_validate(), indent=2))
