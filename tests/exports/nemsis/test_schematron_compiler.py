"""The Schematron -> XSLT 3.0 compiler keeps ISO Schematron semantics, on small schemas written for it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from epcr.exports.nemsis.saxon import CompiledSchematron, RulesNotEvaluated, processor
from epcr.exports.nemsis.schematron import SCH, SVRL, SchematronError, compile_schematron
from epcr.exports.nemsis.validate import national_rules, schematron_path

HEAD = (
    '<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" '
    'xmlns:xsl="http://www.w3.org/1999/XSL/Transform" queryBinding="xslt2">'
    '<sch:ns prefix="t" uri="urn:test"/>'
)
DOC = """<r xmlns="urn:test">
  <a n="1"><a n="2"/></a>
  <b>5</b>
  <b>50</b>
</r>"""


def fired(body: str, document: str = DOC) -> list[tuple[str, str, str]]:
    """(kind, id, text) of every failed assert / successful report, in document order."""
    svrl = CompiledSchematron(f"{HEAD}{body}</sch:schema>".encode()).run(document)
    kinds = {f"{{{SVRL}}}failed-assert": "assert", f"{{{SVRL}}}successful-report": "report"}
    return [
        (kinds[r.tag], r.get("id", ""), " ".join("".join(r.itertext()).split()))
        for r in svrl
        if r.tag in kinds
    ]


def test_a_node_meets_only_the_first_matching_rule_of_a_pattern() -> None:
    body = """<sch:pattern>
      <sch:rule context="t:b[. = '5']">
        <sch:assert id="first" test="false()">first <sch:value-of select="."/></sch:assert>
      </sch:rule>
      <sch:rule context="t:b">
        <sch:assert id="second" test="false()">second <sch:value-of select="."/></sch:assert>
      </sch:rule>
    </sch:pattern>"""
    assert fired(body) == [("assert", "first", "first 5"), ("assert", "second", "second 50")]


def test_each_pattern_sees_every_node_again() -> None:
    body = """
    <sch:pattern><sch:rule context="t:b"><sch:report id="p1" test="1">1</sch:report></sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:b"><sch:report id="p2" test="1">2</sch:report></sch:rule></sch:pattern>
    """
    assert [f[1] for f in fired(body)] == ["p1", "p1", "p2", "p2"]


def test_a_matched_node_still_has_its_children_visited() -> None:
    body = """<sch:pattern><sch:rule context="t:a">
      <sch:report id="a" test="true()"><sch:value-of select="@n"/></sch:report>
    </sch:rule></sch:pattern>"""
    assert [f[2] for f in fired(body)] == ["1", "2"]


def test_asserts_fire_when_false_and_reports_when_true() -> None:
    body = """<sch:pattern><sch:rule context="t:b">
      <sch:assert id="small" test=". &lt; 10">too big: <sch:value-of select="."/></sch:assert>
      <sch:report id="big" test=". &gt; 10"><sch:name/> is big</sch:report>
    </sch:rule></sch:pattern>"""
    assert fired(body) == [("assert", "small", "too big: 50"), ("report", "big", "b is big")]


def test_lets_schema_level_global_rule_level_local() -> None:
    body = """<sch:let name="limit" value="10"/>
    <sch:pattern><sch:rule context="t:b[1]">
      <sch:let name="limit" value="1"/>
      <sch:report id="local" test=". &gt; $limit"><sch:value-of select="$limit"/></sch:report>
    </sch:rule></sch:pattern>
    <sch:pattern><sch:rule context="t:b">
      <sch:report id="global" test=". &gt; $limit"><sch:value-of select="$limit"/></sch:report>
    </sch:rule></sch:pattern>"""
    assert fired(body) == [("report", "local", "1"), ("report", "global", "10")]


def test_foreign_xsl_and_diagnostics_run_in_the_rule_context() -> None:
    body = """
    <xsl:variable name="names"><names xmlns="urn:test"><name id="b">Bee</name></names></xsl:variable>
    <xsl:key name="byId" match="t:name" use="@id"/>
    <sch:pattern><sch:rule context="t:b[2]">
      <sch:let name="seen" value="."/>
      <sch:assert id="k" test="false()" diagnostics="d">
        <sch:value-of select="key('byId', local-name(), $names)"/>
      </sch:assert>
    </sch:rule></sch:pattern>
    <sch:diagnostics><sch:diagnostic id="d">
      <info xmlns="urn:test"><xsl:element name="value"><xsl:value-of select="$seen"/></xsl:element></info>
    </sch:diagnostic></sch:diagnostics>"""
    svrl = CompiledSchematron(f"{HEAD}{body}</sch:schema>".encode()).run(DOC)
    (result,) = svrl
    assert result.get("location") == "/*:r[1]/*:b[2]"
    assert (result.findtext(f"{{{SVRL}}}text") or "").strip() == "Bee"
    # xsl:element's name takes the default namespace in scope where the diagnostic was written.
    assert result.findtext(f"{{{SVRL}}}diagnostic-reference/{{urn:test}}info/{{urn:test}}value") == "50"


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ('<sch:phase id="x"/>', "sch:phase"),
        ('<sch:pattern abstract="true" id="p"/>', "abstract pattern"),
        ('<sch:pattern><sch:rule abstract="true" id="r"/></sch:pattern>', "abstract rule"),
        ('<sch:include href="other.sch"/>', "sch:include"),
        ('<xsl:import href="other.xsl"/>', "xsl:import"),
        (
            '<sch:pattern><sch:rule context="*"><sch:assert test="1" diagnostics="nope">x</sch:assert>'
            "</sch:rule></sch:pattern>",
            "nope",
        ),
        ('<sch:pattern><sch:rule><sch:assert test="1">x</sch:assert></sch:rule></sch:pattern>', "@context"),
    ],
)
def test_unsupported_features_are_refused_not_ignored(body: str, complaint: str) -> None:
    with pytest.raises(SchematronError, match=complaint):
        compile_schematron(f"{HEAD}{body}</sch:schema>".encode())


def test_xpath_1_only_schematron_is_refused() -> None:
    with pytest.raises(SchematronError, match="queryBinding"):
        compile_schematron(HEAD.replace("xslt2", "exslt").encode() + b"</sch:schema>")


def test_a_bad_xpath_fails_at_compile_time_not_on_a_file() -> None:
    with pytest.raises(SchematronError, match="Saxon cannot compile"):
        CompiledSchematron(
            f'{HEAD}<sch:pattern><sch:rule context="t:b["/></sch:pattern></sch:schema>'.encode()
        )


def test_a_dynamic_error_is_reported_not_swallowed() -> None:
    body = """<sch:pattern><sch:rule context="t:b">
      <sch:assert test="xs:date(.) lt current-date()">x</sch:assert>
    </sch:rule></sch:pattern>"""
    with pytest.raises(RulesNotEvaluated, match="Invalid date"):
        fired(body)


# ---- the compiled national rules against a direct evaluation of the same Schematron -----------------------

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "nemsis"


def _steps(path: str) -> str:
    """Saxon's path() (/Q{ns}a[1]/...) and our SVRL locations (/*:a[1]/...) written alike."""
    return re.sub(r"Q\{[^}]*\}|\*:", "", path)


def directly(schematron: bytes, text: str) -> set[tuple[str, str]]:
    """(assert id, node path) per ISO semantics, by plain XPath: for each pattern, each rule in order takes
    the nodes its context selects that no earlier rule of the pattern took; its checks run on those."""
    schema = etree.fromstring(schematron)
    xpath = processor().new_xpath_processor()
    for ns in schema.iter(f"{{{SCH}}}ns"):
        xpath.declare_namespace(ns.get("prefix"), ns.get("uri"))
    xpath.declare_namespace("xs", "http://www.w3.org/2001/XMLSchema")
    xpath.set_context(xdm_item=processor().parse_xml(xml_text=text))

    def paths(expression: str) -> list[str]:
        found = xpath.evaluate(expression)
        return [] if found is None else [_steps(item.string_value) for item in found]

    fired: set[tuple[str, str]] = set()
    for pattern in schema.iter(f"{{{SCH}}}pattern"):
        taken: set[str] = set()
        for rule in pattern.iter(f"{{{SCH}}}rule"):
            context = rule.get("context")
            selected = paths(f"//{context} ! path(.)")
            mine = {path for path in selected if path not in taken}
            taken.update(selected)
            for check in rule.iter(f"{{{SCH}}}assert", f"{{{SCH}}}report"):
                test = check.get("test")
                failing = f"not({test})" if check.tag == f"{{{SCH}}}assert" else f"({test})"
                for path in paths(f"//{context} ! (if ({failing}) then path(.) else ())"):
                    if path in mine:
                        fired.add((str(check.get("id")), path))
    return fired


def mutations(text: str) -> dict[str, str]:
    """Broad edits that make many national rules fire (the clean files exercise few of them)."""
    return {
        "as published": text,
        "no NV attributes": re.sub(r' NV="\d+"', "", text),
        "every nil also Unable to Complete": re.sub(
            r'(<[^>]*xsi:nil="true")(?![^>]*PN=)', r'\1 PN="8801023"', re.sub(r' PN="\d+"', "", text)
        ),
        "every NV element twice": re.sub(r"(\s*<(\w+\.\d+) [^>]*NV=[^>]*/>)", r"\1\1", text),
        "every value NV too": re.sub(r"<(e\w+\.\d+)>([^<]+)</", r'<\1 NV="7701003">\2</', text),
        "times reversed": re.sub(
            r"<eTimes\.(\d+)>2", lambda m: f"<eTimes.{m[1]}>{1 if m[1] > '05' else 2}", text
        ),
    }


@pytest.mark.parametrize(
    "name",
    ["EMSDataset-Nils-1.xml", "EMSDataset-PNs-1.xml", "EMSDataset-NoRepeat-1.xml", "2025-EMS-3-MVC_v351.xml"],
)
def test_compiled_national_rules_agree_with_a_direct_evaluation(name: str) -> None:
    schematron = schematron_path().read_bytes()
    compiled = national_rules()
    exercised: set[str] = set()
    for edit, text in mutations((FIXTURES / name).read_text(encoding="utf-8")).items():
        expected = directly(schematron, text)
        got = {(str(r.get("id")), _steps(r.get("location", ""))) for r in compiled.run(text)}
        assert got == expected, (edit, sorted(got - expected), sorted(expected - got))
        exercised |= {rule for rule, _ in got}
    assert len(exercised) >= 30, sorted(exercised)  # 72 distinct national asserts over the four files


def test_spaces_between_inline_values_and_sequence_tests_are_kept() -> None:
    body = """<sch:pattern><sch:rule context="t:b[1]">
      <sch:assert id="seq" test="(), ()"><sch:value-of select="."/> <sch:name/></sch:assert>
    </sch:rule></sch:pattern>"""
    assert fired(body) == [("assert", "seq", "5 b")]
