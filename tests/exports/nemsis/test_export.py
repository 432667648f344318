"""NEMSIS export: valid files in schema order, blanks written as the standard says, refusals named."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from epcr.demo import demo_report, large_report
from epcr.domain.fields import NOT_APPLICABLE, pn
from epcr.domain.nemsis.codes import PertinentNegative
from epcr.domain.report import Lifecycle, Report, Status
from epcr.exports.nemsis.errors import ExportRefused
from epcr.exports.nemsis.export import Header, full_check, to_xml, write_xml, xsd_check
from epcr.exports.nemsis.layout import NEMSIS_NS, XSI_NS, patient_care_report

N = {"n": NEMSIS_NS}
HEADER = Header(state_agency_id="S-123", agency_number="351-0001", state="08")
NIL = f"{{{XSI_NS}}}nil"


def _tree(xml: bytes) -> etree._Element:
    return etree.fromstring(xml)


def _one(root: etree._Element, element: str) -> etree._Element:
    found = root.findall(f".//n:{element}", N)
    assert len(found) == 1, f"{element}: {len(found)} found"
    return found[0]


def _locked(report: Report) -> Report:
    at = datetime(2026, 11, 2, tzinfo=UTC)
    lifecycle = Lifecycle(
        status=Status.LOCKED,
        created_at=report.lifecycle.created_at,
        created_by=report.lifecycle.created_by,
        locked_at=at,
        locked_by="P-0001",
        content_hash=report.content_hash(),
    )
    return report.model_copy(update={"lifecycle": lifecycle})


@pytest.mark.parametrize("number", range(12))
def test_every_demo_report_is_xsd_valid_draft_and_locked(number: int) -> None:
    report = demo_report(number)
    for version in (report, _locked(report)):
        xml = to_xml([version], HEADER, validate=None)
        assert xsd_check(xml) == []


def test_demo_reports_have_no_national_schematron_error() -> None:
    xml = to_xml([demo_report(n) for n in range(8)], HEADER, validate=None)
    assert full_check(xml) == []


def test_dataset_header_reports_and_schema_order() -> None:
    reports = [demo_report(1), demo_report(5)]
    root = _tree(to_xml(reports, HEADER))
    assert root.tag == f"{{{NEMSIS_NS}}}EMSDataSet"
    assert "EMSDataSet_v3.xsd" in root.get(f"{{{XSI_NS}}}schemaLocation", "")
    group = root.find("n:Header/n:DemographicGroup", N)
    assert group is not None
    assert [(etree.QName(e).localname, e.text) for e in group] == [
        ("dAgency.01", "S-123"),
        ("dAgency.02", "351-0001"),
        ("dAgency.04", "08"),
    ]
    pcrs = root.findall("n:Header/n:PatientCareReport", N)
    assert [p.get("UUID") for p in pcrs] == [str(r.uuid) for r in reports]
    order = [child.name for child in patient_care_report().children]
    for pcr in pcrs:
        sections = [etree.QName(child).localname for child in pcr]
        assert sections == [name for name in order if name in sections]  # schema order, no strays
        assert {"eRecord", "eResponse", "eTimes", "eVitals", "eDisposition", "eOutcome"} <= set(sections)


def test_values_codes_and_date_times_with_offsets() -> None:
    report = demo_report(5)
    root = _tree(to_xml([report], HEADER))
    assert _one(root, "eRecord.01").text == report.response.pcr_number
    assert _one(root, "eResponse.05").text == report.response.type_of_service.value
    stamps = [
        e.text or ""
        for e in root.iter()
        if isinstance(e.tag, str) and e.tag.endswith(("eTimes.03", "eVitals.01"))
    ]
    assert stamps and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", s) for s in stamps)
    assert datetime.fromisoformat(_one(root, "eTimes.03").text or "") == report.times.unit_notified
    assert len(root.findall(".//n:eVitals.VitalGroup", N)) == len(report.vitals)
    assert len(root.findall(".//n:eProcedures.ProcedureGroup", N)) == len(report.procedures)
    assert len(root.findall(".//n:eMedications.MedicationGroup", N)) == len(report.medications)


def test_airway_confirmation_points_at_its_procedure() -> None:
    report = demo_report(5)
    confirmation = report.airway.confirmations[0]
    root = _tree(to_xml([report], HEADER))
    linked = _one(root, "eAirway.ConfirmationGroup").get("ProcedureGroupCorrelationID")
    assert linked == str(confirmation.procedure_id)
    groups = root.findall(".//n:eProcedures.ProcedureGroup", N)
    target = [g for g in groups if g.get("CorrelationID") == linked]
    assert len(target) == 1
    procedure = next(p for p in report.procedures if p.id == confirmation.procedure_id)
    assert target[0].findtext("n:eProcedures.03", namespaces=N) == procedure.code


def test_required_blank_is_not_recorded_and_optional_blank_is_left_out() -> None:
    report = demo_report(1)
    report = report.model_copy(
        update={
            "times": report.times.model_copy(update={"psap_call": None, "dispatch_notified": None}),
            "narrative": report.narrative.model_copy(update={"text": None}),
        }
    )
    root = _tree(to_xml([report], HEADER))
    psap = _one(root, "eTimes.01")  # Required
    assert psap.get(NIL) == "true" and psap.get("NV") == "7701003" and psap.text is None
    assert root.find(".//n:eTimes.02", N) is None  # Optional: omitted
    assert root.find(".//n:eNarrative", N) is None  # Recommended: omitted


def test_chosen_not_applicable_and_pertinent_negatives() -> None:
    report = demo_report(1)
    vitals = report.vitals[0].model_copy(update={"sbp": pn(PertinentNegative.REFUSED)})
    medication = report.medications[0].model_copy(
        update={"pertinent_negative": PertinentNegative.MEDICATION_ALREADY_TAKEN}
    )
    report = report.model_copy(
        update={
            "response": report.response.model_copy(update={"incident_number": NOT_APPLICABLE}),
            "vitals": [vitals, *report.vitals[1:]],
            "medications": [medication, *report.medications[1:]],
        }
    )
    root = _tree(to_xml([report], HEADER))
    incident = _one(root, "eResponse.03")
    assert (incident.get(NIL), incident.get("NV"), incident.text) == ("true", "7701001", None)
    sbp = root.findall(".//n:eVitals.06", N)[0]
    assert (sbp.get(NIL), sbp.get("PN"), sbp.text) == ("true", "8801019", None)
    given = root.findall(".//n:eMedications.03", N)[0]
    assert given.get("PN") == "8801009" and given.text == medication.code and given.get(NIL) is None


def test_missing_mandatory_element_is_refused_naming_it(tmp_path: Path) -> None:
    report = demo_report(2)
    report = report.model_copy(update={"times": report.times.model_copy(update={"unit_notified": None})})
    target = tmp_path / "out.xml"
    with pytest.raises(ExportRefused) as refused:
        write_xml([report], target, HEADER)
    assert "eTimes.03 Unit Notified by Dispatch Date/Time: Mandatory" in str(refused.value)
    assert str(report.uuid) in str(refused.value)
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a temporary file


def test_header_from_reports_or_refused() -> None:
    report = demo_report(1)
    header = Header.from_reports([report], state="08")
    assert header.agency_number == report.response.agency_number == header.state_agency_id
    bare = report.model_copy(update={"response": report.response.model_copy(update={"agency_number": None})})
    with pytest.raises(ExportRefused, match=r"dAgency\.02"):
        Header.from_reports([bare], state="08")
    with pytest.raises(ExportRefused, match=r"dAgency\.04"):
        Header.from_reports([report], state="Colorado")


def test_pdf_attached_in_file_group() -> None:
    report = demo_report(3)
    pdf = b"%PDF-1.7 pretend"
    root = _tree(to_xml([report], HEADER, attach_pdf={report.uuid: pdf}))
    group = _one(root, "eOther.FileGroup")
    assert group.findtext("n:eOther.09", namespaces=N) == "4509027"  # ePCR
    assert group.findtext("n:eOther.10", namespaces=N) == "application/pdf"
    assert base64.b64decode(group.findtext("n:eOther.11", namespaces=N) or "") == pdf


def test_large_report_exports_valid() -> None:
    xml = to_xml([large_report()], HEADER)
    root = _tree(xml)
    assert len(root.findall(".//n:eVitals.VitalGroup", N)) >= 100
    assert len(root.findall(".//n:eProcedures.ProcedureGroup", N)) >= 100


def test_invalid_xml_is_refused_with_the_validators_reason(tmp_path: Path) -> None:
    def reject(_: bytes) -> list[str]:
        return ["eVitals.06 (line 3): value '900' is above the maximum 500"]

    with pytest.raises(ExportRefused, match=r"eVitals\.06"):
        write_xml([demo_report(1)], tmp_path / "x.xml", HEADER, validate=reject)
    assert not (tmp_path / "x.xml").exists()


def test_defibrillator_events_are_device_groups_and_read_back() -> None:
    from epcr.exports.nemsis.reading import read

    report = demo_report(5)
    shocks = [e for e in report.cpr_events if e.kind.value == "shock_delivered"]
    root = _tree(to_xml([report], HEADER))
    groups = root.findall(".//n:eDevice.DeviceGroup", N)
    defibrillations = [g for g in groups if g.findtext("n:eDevice.03", namespaces=N) == "4103009"]
    assert [g.findtext("n:eDevice.ShockGroup/n:eDevice.10", namespaces=N) for g in defibrillations] == [
        str(e.energy_joules) for e in shocks
    ]
    # The whole CPR log comes back (its custom results), each defib event once: its eDevice group carries
    # the event's id as CorrelationID and is not read as a device of its own.
    back = read(to_xml([report], HEADER), check=None).reports[0]
    assert back.cpr_events == report.cpr_events
    assert back.devices == []
    assert {g.get("CorrelationID") for g in defibrillations} <= {str(e.id) for e in shocks}


def test_every_field_element_has_a_place_in_its_group() -> None:
    """A field whose element the walk cannot reach would be dropped silently: none may exist."""
    from epcr.domain.airway import AirwayConfirmation
    from epcr.domain.crew import CrewMember
    from epcr.domain.medications import Medication
    from epcr.domain.procedures import Procedure
    from epcr.domain.signatures import Signature
    from epcr.domain.vitals import VitalSigns
    from epcr.exports.nemsis.binding import bindings
    from epcr.exports.nemsis.export import ROOT_SKIP
    from epcr.exports.nemsis.layout import nodes_by_name
    from epcr.exports.nemsis.reading import LISTED

    nodes = nodes_by_name()
    inside_lists = set().union(*(nodes[name].element_ids() for name in LISTED))
    outside = patient_care_report().element_ids() - inside_lists
    assert set(bindings(Report, ROOT_SKIP)) <= outside
    for model, group in [
        (VitalSigns, "eVitals.VitalGroup"),
        (Medication, "eMedications.MedicationGroup"),
        (Procedure, "eProcedures.ProcedureGroup"),
        (AirwayConfirmation, "eAirway.ConfirmationGroup"),
        (CrewMember, "eCrew.CrewGroup"),
        (Signature, "eOther.SignatureGroup"),
    ]:
        assert set(bindings(model)) <= nodes[group].element_ids(), model.__name__
