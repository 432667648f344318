"""Our own fields travel in NEMSIS too (issue 14, item 2): the CPR log, bleeding-control detail and the
primary survey go out as eCustomConfiguration (Header) and eCustomResults, pass the XSD and the national
Schematron, and come back on import into the same fields and entries. Other systems' custom results stay,
with the definitions they refer to, so a re-export of them is still valid."""

from __future__ import annotations

from lxml import etree

from epcr.demo import demo_report
from epcr.domain.assessment import PrimarySurvey
from epcr.domain.report import Report
from epcr.exports.nemsis.custom import own_elements
from epcr.exports.nemsis.export import Header, full_check, to_xml
from epcr.exports.nemsis.layout import NEMSIS_NS
from epcr.exports.nemsis.reading import read
from tests.exports.nemsis.samples import COMPLIANCE

N = {"n": NEMSIS_NS}
HEADER = Header("S12-4410", "S12-4410", "08")


def arrest_with_bleeding() -> Report:
    """The cardiac arrest call (CPR log, a dose linked from it) with a tourniquet and a primary survey."""
    report = demo_report(1)
    bleeding = next(p for p in demo_report(2).procedures if p.bleeding_control is not None)
    report.procedures.append(bleeding)
    report.assessment.primary_survey = PrimarySurvey(
        catastrophic_bleeding="Arterial bleed right thigh, tourniquet applied",
        airway="Patent",
        circulation="No radial pulse",
    )
    return report


def test_our_custom_fields_go_out_valid_and_come_back_into_the_same_fields_and_entries() -> None:
    report = arrest_with_bleeding()
    xml = to_xml([report], HEADER, validate=full_check)  # XSD and the national Schematron's errors
    back = read(xml).reports[0]
    assert back.assessment.primary_survey == report.assessment.primary_survey
    assert (
        back.cpr_events == report.cpr_events
    )  # each event with its id, time, kind, energy, rhythm, dose link
    linked = [e.medication_id for e in back.cpr_events if e.medication_id]
    assert linked and set(linked) <= {m.id for m in back.medications}  # the link still finds its dose
    by_id = {p.id: p.bleeding_control for p in back.procedures}
    for procedure in report.procedures:
        assert by_id[procedure.id] == procedure.bleeding_control
    assert back.custom_results.results == [] and back.custom_configuration.definitions == []
    assert back.devices == []  # the defibrillator groups are the CPR events, not devices of their own


def test_each_value_names_its_definition_and_its_entry() -> None:
    report = arrest_with_bleeding()
    root = etree.fromstring(to_xml([report], HEADER))
    defined = {
        g.get("CustomElementID"): g
        for g in root.iterfind("n:Header/n:eCustomConfiguration/n:eCustomConfiguration.CustomGroup", N)
    }
    assert set(defined) <= set(own_elements())
    kind = defined["epcr.cpr_events.kind"]
    assert kind.findtext("n:eCustomConfiguration.03", namespaces=N) == "9902009"  # text, from a code list
    offered = [v.text for v in kind.iterfind("n:eCustomConfiguration.06", N)]
    assert "shock_delivered" in offered
    assert defined["epcr.cpr_events.at"].findtext("n:eCustomConfiguration.03", namespaces=N) == "9902003"
    entries = {str(e.id) for e in report.cpr_events} | {str(p.id) for p in report.procedures}
    for group in root.iterfind(".//n:eCustomResults.ResultsGroup", N):
        element_id = group.findtext("n:eCustomResults.02", namespaces=N)
        assert element_id in defined
        correlation = group.findtext("n:eCustomResults.03", namespaces=N)
        if element_id and element_id.startswith("epcr.assessment."):
            assert correlation is None  # the report's own survey: no entry
        else:
            assert correlation in entries
    # a procedure's bleeding control points at the ProcedureGroup carrying the same CorrelationID
    tourniquet = next(
        g
        for g in root.iterfind(".//n:eCustomResults.ResultsGroup", N)
        if g.findtext("n:eCustomResults.02", namespaces=N)
        == "epcr.procedures.bleeding_control.tourniquet_limb"
    )
    target = tourniquet.findtext("n:eCustomResults.03", namespaces=N)
    assert root.find(f".//n:eProcedures.ProcedureGroup[@CorrelationID='{target}']", N) is not None


def test_a_custom_value_the_model_refuses_is_named_not_kept() -> None:
    xml = to_xml([arrest_with_bleeding()], HEADER).replace(
        b"<eCustomResults.01>Patent</eCustomResults.01>",
        b"<eCustomResults.01>" + b"x" * 501 + b"</eCustomResults.01>",
    )
    result = read(xml, check=None)
    assert result.reports[0].assessment.primary_survey.airway is None
    assert any("epcr.assessment.primary_survey.airway) not kept" in line for line in result.not_modelled)


def test_foreign_custom_results_and_their_definitions_are_kept_for_a_valid_re_export() -> None:
    for path in COMPLIANCE:
        source = etree.fromstring(path.read_bytes())
        theirs = source.findall("n:Header/n:eCustomConfiguration/n:eCustomConfiguration.CustomGroup", N)
        if not theirs:
            continue
        report = read(path.read_bytes(), check=None).reports[0]
        assert report.custom_results.results
        assert {d.element_id for d in report.custom_configuration.definitions} == {
            g.get("CustomElementID") for g in theirs
        }
        number = report.response.agency_number or "0"
        again = etree.fromstring(to_xml([report], Header(number, number, "09"), validate=full_check))
        written = again.findall("n:Header/n:eCustomConfiguration/n:eCustomConfiguration.CustomGroup", N)
        assert [(g.get("CustomElementID"), _shape(g)) for g in written] == [
            (g.get("CustomElementID"), _shape(g)) for g in theirs
        ]
        results = [_shape(g) for g in source.iterfind(".//n:eCustomResults.ResultsGroup", N)]
        assert [_shape(g) for g in again.iterfind(".//n:eCustomResults.ResultsGroup", N)] == results


def _shape(group: etree._Element) -> list[tuple[str, str | None, dict[str, str]]]:
    """A group as (element, text, attributes), element by element: what it says, not how it is indented."""
    return [
        (etree.QName(child).localname, (child.text or "").strip() or None, dict(child.attrib))
        for child in group
        if isinstance(child.tag, str)
    ]
