"""NEMSIS validation against the official files: samples pass, the fail files fail for their stated reason.

The compliance files and all 40 national samples are copied into tests/fixtures/nemsis: a clean clone tests
exactly what a developer's checkout does."""

from __future__ import annotations

import re
import statistics
import threading
import time
from pathlib import Path

import pytest
from lxml import etree

from epcr.exports.nemsis.saxon import CompiledSchematron
from epcr.exports.nemsis.validate import Problem, check, national_rules, schematron_problems, xsd_problems

CHECKOUT = Path(__file__).resolve().parents[3]
FIXTURES = CHECKOUT / "tests" / "fixtures" / "nemsis"
SAMPLES = sorted(FIXTURES.glob("EMSDataset-*.xml"))  # all 40 official samples
COMPLIANCE = sorted(FIXTURES.glob("2025-EMS-[0-9]-*_v351.xml"))
FAIL_XSD = FIXTURES / "2025-EMS-FailXsd_v351.xml"
FAIL_SCHEMATRON = FIXTURES / "2025-EMS-FailSchematron_v351.xml"
OVERDOSE = FIXTURES / "2025-EMS-1-Overdose_v351.xml"


@pytest.fixture(scope="session")
def rules() -> CompiledSchematron:
    """The national rules, compiled once for the whole session (validate keeps them for the process)."""
    return national_rules()


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def expected_messages(path: Path) -> list[str]:
    """The 'Expected Message:' lines of a compliance file's leading comment."""
    return re.findall(r"^Expected Message: (.*)$", path.read_text(encoding="utf-8"), flags=re.M)


def test_there_are_files_to_check() -> None:
    assert len(SAMPLES) == 40
    assert len(COMPLIANCE) == 5


def test_every_sample_passes_the_xsd_and_has_no_schematron_error(rules: CompiledSchematron) -> None:
    took: list[float] = []
    failures: dict[str, list[str]] = {}
    for path in SAMPLES:
        started = time.perf_counter()
        problems = check(path.read_bytes())
        took.append(time.perf_counter() - started)
        if errors(problems):
            failures[path.name] = [str(p) for p in errors(problems)]
    assert not failures, failures
    # A whole file (XSD and rules) takes milliseconds once compiled; a generous bound catches a regression.
    assert statistics.median(took) < 0.5, f"median {statistics.median(took):.3f}s per file"


@pytest.mark.parametrize("path", COMPLIANCE, ids=lambda p: p.name)
def test_compliance_cases_have_no_problem_at_all(path: Path, rules: CompiledSchematron) -> None:
    # The published cases are clean: not even a [WARNING]. A warning here means the compiler is wrong.
    assert check(path.read_bytes()) == []


def test_fail_xsd_is_refused_by_the_xsd_naming_the_element() -> None:
    xml = FAIL_XSD.read_bytes()
    problems = xsd_problems(xml)
    assert [(p.source, p.severity, p.element, p.location) for p in problems] == [
        ("xsd", "error", "eSituation", "line 121")
    ]
    assert "eSituation.19" in problems[0].message and "eSituation.20" in problems[0].message
    # The file's own statement of why it fails.
    (expected,) = expected_messages(FAIL_XSD)
    assert "missing from element 'eSituation'" in expected
    assert check(xml) == problems  # the rules do not run on a file the XSD refuses


def test_fail_schematron_passes_the_xsd_and_breaks_exactly_the_expected_national_rule() -> None:
    xml = FAIL_SCHEMATRON.read_bytes()
    assert xsd_problems(xml) == []
    problems = schematron_problems(xml)
    assert [p.rule for p in errors(problems)] == ["nemSch_e005"]
    (problem,) = errors(problems)
    assert (problem.source, problem.element, problem.location) == ("schematron", "eSituation.10", "line 135")
    national, _compliance = expected_messages(FAIL_SCHEMATRON)
    assert problem.message == national
    assert str(problem).startswith("eSituation.10 (line 135): When Other Associated Symptoms has")
    assert check(xml) == problems


def test_fail_schematron_breaks_the_compliance_rule_too() -> None:
    """The second expected message comes from the pre-testing Schematron: the compiler is not NEMSIS-only."""
    compliance = CompiledSchematron((FIXTURES / "compliance-EMSDataSet.sch").read_bytes())
    svrl = compliance.run(FAIL_SCHEMATRON.read_text(encoding="utf-8"))
    assert [(r.get("id"), r.get("role")) for r in svrl] == [("compliance_cpmih_procedure_assert", "[ERROR]")]
    text = " ".join("".join(svrl.itertext()).split())
    _national, expected = expected_messages(FAIL_SCHEMATRON)
    # The file's comment names 2023, the rules file 2025: compare up to the year.
    assert text.startswith(expected.split(" This is a validation message")[0])
    for path in COMPLIANCE:
        assert len(compliance.run(path.read_text(encoding="utf-8"))) == 0, path.name


# ---- hand-broken copies of a clean compliance case --------------------------------------------------------


def broken(old: str, new: str) -> bytes:
    text = OVERDOSE.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1).encode("utf-8")


def test_a_value_above_the_maximum_is_refused_with_the_limit() -> None:
    problems = check(broken("<eVitals.06>98</eVitals.06>", "<eVitals.06>900</eVitals.06>"))
    assert [(p.source, p.element, p.location) for p in problems] == [("xsd", "eVitals.06", "line 230")]
    assert problems[0].message == "value '900' is above the maximum 500"
    assert str(problems[0]) == "eVitals.06 (line 230): value '900' is above the maximum 500"


def test_a_missing_mandatory_element_is_named() -> None:
    problems = check(broken("<eRecord.01>2025-EMS-1-Overdose_v351</eRecord.01>", ""))
    assert len(problems) == 1 and problems[0].source == "xsd"
    assert problems[0].element == "eRecord.SoftwareApplicationGroup"  # where libxml2 noticed the gap
    assert problems[0].message == "element not expected here: expected eRecord.01"


def test_nil_without_a_not_value_breaks_a_national_error_rule() -> None:
    problems = check(broken('<eVitals.06 xsi:nil="true" NV="7701003"/>', '<eVitals.06 xsi:nil="true"/>'))
    assert [(p.source, p.rule, p.element, p.location) for p in errors(problems)] == [
        ("schematron", "nemSch_e001", "eVitals.06", "line 321")
    ]
    assert errors(problems)[0].message.startswith(
        "When SBP (Systolic Blood Pressure) is empty, it should have"
    )


def test_a_not_value_with_a_value_breaks_a_national_error_rule() -> None:
    problems = check(
        broken('<eVitals.06 xsi:nil="true" NV="7701003"/>', '<eVitals.06 NV="7701003">120</eVitals.06>')
    )
    assert [(p.rule, p.element) for p in errors(problems)] == [("nemSch_e002", "eVitals.06")]


def test_nil_on_a_mandatory_element_is_refused_by_the_xsd() -> None:
    problems = check(
        broken(
            "<eRecord.01>2025-EMS-1-Overdose_v351</eRecord.01>", '<eRecord.01 xsi:nil="true" NV="7701003"/>'
        )
    )
    assert ("eRecord.01", "may not be empty (xsi:nil): a value is required") in [
        (p.element, p.message) for p in problems
    ]


def test_a_code_outside_the_list_is_refused() -> None:
    problems = check(broken("<eResponse.05>2205001</eResponse.05>", "<eResponse.05>2205000</eResponse.05>"))
    assert [p.element for p in problems] == ["eResponse.05"]
    assert problems[0].message.startswith("value '2205000' is not one of the allowed codes")


def test_a_file_on_one_line_is_located_by_path() -> None:
    one_line = b" ".join(line.strip() for line in broken("<eVitals.06>98<", "<eVitals.06>900<").splitlines())
    problems = check(one_line)
    assert [p.location for p in problems] == [
        "/EMSDataSet/Header/PatientCareReport/eVitals/eVitals.VitalGroup[1]/eVitals.BloodPressureGroup/eVitals.06"
    ]


def test_malformed_and_doctype_files_are_refused_before_anything_runs() -> None:
    (problem,) = check(b"<EMSDataSet xmlns='http://www.nemsis.org'><Header></EMSDataSet>")
    assert (problem.source, problem.location) == ("xsd", "line 1")
    assert problem.message.startswith("not well-formed XML")
    doctype = (
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + OVERDOSE.read_bytes().split(b"?>", 1)[1]
    )
    (problem,) = check(doctype)
    assert "DOCTYPE" in problem.message
    (problem,) = schematron_problems(doctype)
    assert problem.source == "schematron" and "DOCTYPE" in problem.message


def test_the_rules_report_a_file_they_cannot_evaluate() -> None:
    # schematron_problems alone does not need an XSD-valid file; a date the rules cast fails as one problem.
    (problem,) = errors(schematron_problems(broken("<eTimes.03>", "<eTimes.03>x")))
    assert problem.source == "schematron" and "could not be evaluated" in problem.message


def test_validation_is_safe_from_several_threads(rules: CompiledSchematron) -> None:
    files = [OVERDOSE, FAIL_SCHEMATRON, FAIL_XSD, *SAMPLES[:3]]
    expected = {path.name: check(path.read_bytes()) for path in files}
    seen: dict[str, list[list[Problem]]] = {path.name: [] for path in files}

    def worker() -> None:
        for path in files:
            seen[path.name].append(check(path.read_bytes()))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == expected[name] for name, results in seen.items() for result in results)
    assert all(len(results) == 4 for results in seen.values())


def prefixed(xml: bytes) -> bytes:
    """The same document with every NEMSIS element written n:name (libxml2's error paths then carry n:)."""
    source = etree.fromstring(xml)
    nsmap = {"n": "http://www.nemsis.org", "xsi": "http://www.w3.org/2001/XMLSchema-instance"}

    def copy(element: etree._Element, parent: etree._Element | None) -> etree._Element:
        made = (
            etree.Element(element.tag, nsmap=nsmap)
            if parent is None
            else etree.SubElement(parent, element.tag)
        )
        made.attrib.update(dict(element.attrib))
        made.text, made.tail = element.text, element.tail
        for child in element:
            if isinstance(child.tag, str):
                copy(child, made)
        return made

    return etree.tostring(copy(source, None))


def test_a_file_with_prefixed_elements_is_validated_and_located() -> None:
    xml = prefixed(broken("<eVitals.06>98</eVitals.06>", "<eVitals.06>900</eVitals.06>"))
    assert b"<n:eVitals.06>900</n:eVitals.06>" in xml
    (problem,) = check(xml)
    assert (problem.element, problem.message) == ("eVitals.06", "value '900' is above the maximum 500")
    assert problem.location.startswith("line ")
    nil = prefixed(broken('<eVitals.06 xsi:nil="true" NV="7701003"/>', '<eVitals.06 xsi:nil="true"/>'))
    assert [(p.rule, p.element) for p in errors(check(nil))] == [("nemSch_e001", "eVitals.06")]


def test_a_demographic_file_is_not_an_ems_file() -> None:
    (problem,) = check((FIXTURES / "2025-DEM-1_v351.xml").read_bytes())
    assert str(problem) == "DEMDataSet (line 12): is not the root of a NEMSIS v3.5.1 EMSDataSet file"
