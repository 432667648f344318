"""The agency's DEMDataSet and the state's StateDataSet, read and written element by element, against the
official 2025 compliance files (copied into tests/fixtures/nemsis from the NEMSIS v3.5.1 release)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from epcr.cli.limits import MAX_FILE_BYTES
from epcr.exports.nemsis.agency import (
    DataSetRefused,
    Element,
    facts,
    read,
    read_dem,
    read_state,
    write,
    write_dem,
    write_state,
)
from epcr.exports.nemsis.agency.dem import software_version
from epcr.exports.nemsis.agency.dem_views import (
    agency_header,
    facilities,
    locations,
    medical_devices,
    personnel,
    scope_table_toml,
    vehicles,
)
from epcr.exports.nemsis.agency.element import Fact
from epcr.exports.nemsis.agency.files import MAX_FILE_BYTES as AGENCY_LIMIT
from epcr.exports.nemsis.agency.state_views import (
    agencies,
    collected_elements,
    custom_elements,
    permissions,
    state_code,
)
from epcr.exports.nemsis.agency.state_views import facilities as state_facilities
from epcr.exports.nemsis.validate import schematron_problems, xsd_problems

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "nemsis"
DEM = (FIXTURES / "2025-DEM-1_v351.xml").read_bytes()
STATE = (FIXTURES / "2025-STATE-1_v351.xml").read_bytes()
FAIL_FILES = sorted(p for p in FIXTURES.glob("2025-*Fail*") if re.search(r"-(DEM|STATE)-", p.name))
RECORD = "DEMDataSet/DemographicReport[1]/dRecord"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"


def _without_record(found: Counter[Fact]) -> Counter[Fact]:
    return Counter({fact: n for fact, n in found.items() if not fact[0].startswith(RECORD)})


def _file_facts(xml: bytes) -> Counter[Fact]:
    """The facts of a file read straight from its XML (not through the element tree under test)."""
    root = etree.fromstring(xml, etree.XMLParser(remove_comments=True, remove_pis=True))
    found: Counter[Fact] = Counter()
    for node in root.iter(etree.Element):
        steps = []
        for step in [*reversed(list(node.iterancestors())), node]:
            parent = step.getparent()
            if parent is None:
                steps.append(etree.QName(step).localname)
                continue
            same = [s for s in parent if s.tag == step.tag]
            steps.append(f"{etree.QName(step).localname}[{same.index(step) + 1}]")
        attrs = tuple(sorted((str(k), str(v)) for k, v in node.attrib.items() if not str(k).startswith(XSI)))
        text = None if len(node) else node.text
        found[("/".join(steps), attrs, node.get(f"{XSI}nil") == "true", text)] += 1
    return found


def _errors(xml: bytes, dataset: str) -> list[str]:
    problems = [*xsd_problems(xml, dataset), *schematron_problems(xml, dataset)]
    return [str(p) for p in problems if p.severity == "error"]


# ---- round trips ----------------------------------------------------------------------------------------


def test_element_tree_holds_every_fact_of_the_files() -> None:
    assert facts(read(DEM, "DEM").root) == _file_facts(DEM)
    assert facts(read(STATE, "STATE").root) == _file_facts(STATE)


def test_dem_case_is_kept_element_by_element_except_drecord() -> None:
    written = write_dem(read_dem(DEM))
    again = read(written, "DEM").root
    kept, before = _without_record(_file_facts(written)), _without_record(_file_facts(DEM))
    assert kept == before  # every element, group position, attribute, nil and value outside dRecord
    assert sum(before.values()) > 1000  # the whole file, not a section of it
    record = {fact[0].rsplit("/", 1)[-1]: fact[3] for fact in facts(again) if fact[0].startswith(RECORD)}
    assert record["dRecord.01[1]"] == "epcr project"
    assert record["dRecord.02[1]"] == "epcr"
    assert record["dRecord.03[1]"] == software_version()
    assert "Compliance Testing" in DEM.decode() and "Compliance Testing" not in written.decode()


def test_written_dem_passes_xsd_and_national_schematron_with_official_header() -> None:
    written = write_dem(read_dem(DEM))
    assert _errors(written, "DEMDataSet") == []
    assert written.startswith(
        b"<?xml version='1.0' encoding='UTF-8'?>\n<DEMDataSet xmlns=\"http://www.nemsis.org\""
    )
    assert (
        b'xsi:schemaLocation="http://www.nemsis.org https://nemsis.org/media/nemsis_v3/3.5.1.250403CP1/XSDs'
        in written
    )
    assert b"<!--" not in written  # comments are not data


def test_nil_and_not_values_are_kept_exactly() -> None:
    document = read_dem(DEM)
    member = document.personnel.all("dPersonnel.PersonnelGroup")[0] if document.personnel else None
    assert member is not None
    race = member.first("dPersonnel.12")
    assert race == Element("dPersonnel.12", {"NV": "7701003"}, None, True, [])
    assert b'<dPersonnel.12 xsi:nil="true" NV="7701003"/>' in write_dem(document)


def test_state_case_is_kept_whole_and_written_file_passes() -> None:
    document = read_state(STATE)
    written = write_state(document)
    assert _file_facts(written) == _file_facts(STATE)
    assert _errors(written, "StateDataSet") == []
    assert document.effective_from is not None and document.effective_from.utcoffset() is not None


def test_write_lays_children_out_in_schema_order() -> None:
    root = read(DEM, "DEM").root
    reversed_root = Element(root.name, root.attrs, root.text, root.nil, list(reversed(root.children)))
    report = reversed_root.children[0]
    shuffled = Element(report.name, report.attrs, None, False, list(reversed(report.children)))
    written = write(Element(root.name, {}, None, False, [reversed_root.children[1], shuffled]), "DEM")
    assert facts(read(written, "DEM").root) == facts(root)


def test_element_tree_round_trips_through_json() -> None:
    root = read(DEM, "DEM").root
    assert Element.from_json(root.to_json()) == root
    with pytest.raises(ValueError, match=r"/DEMDataSet/dAgency: 'nil' must be true or false"):
        Element.from_dict({"name": "DEMDataSet", "children": [{"name": "dAgency", "nil": "yes"}]})


# ---- refusals -------------------------------------------------------------------------------------------


def test_there_are_dem_fail_cases() -> None:
    assert {p.name for p in FAIL_FILES} >= {"2025-DEM-FailXsd_v351.xml", "2025-DEM-FailSchematron_v351.xml"}


@pytest.mark.parametrize("path", FAIL_FILES, ids=lambda p: p.name)
def test_fail_cases_are_refused_naming_the_element(path: Path) -> None:
    dataset = "DEM" if "-DEM-" in path.name else "STATE"
    expected = re.search(r"Expected Message: .*?'?([ds][A-Za-z]+\.\d\d)'?", path.read_text())
    with pytest.raises(DataSetRefused) as refused:
        read(path.read_bytes(), dataset)  # type: ignore[arg-type]
    source = "xsd" if "FailXsd" in path.name else "schematron"
    assert {p.source for p in refused.value.found} == {source}
    assert all(p.element and p.location.startswith("line ") for p in refused.value.found)
    if expected:  # the XSD case names its element in the header; the Schematron case names it in words
        assert expected[1] in {p.element for p in refused.value.found}
    else:
        assert "dConfiguration.09" in {p.element for p in refused.value.found}  # the RxNorm code rule


def test_two_demographic_reports_are_refused_naming_both_agencies() -> None:
    text = DEM.decode()
    start, end = (
        text.index("<DemographicReport"),
        text.index("</DemographicReport>") + len("</DemographicReport>"),
    )
    second = re.sub(r'UUID="[0-9a-f]{8}', lambda m: 'UUID="00000000', text[start:end]).replace(
        "<dAgency.02>351-C034P2</dAgency.02>", "<dAgency.02>C097P1</dAgency.02>"
    )
    two = (text[:end] + second + text[end:]).encode()
    with pytest.raises(
        DataSetRefused, match=r"a station holds one agency; this file has 2: dAgency\.02 351-C034P2, C097P1"
    ):
        read_dem(two)


def test_a_file_over_the_limit_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(DataSetRefused, match=r"the file is 8,388,609 bytes \(8.0 MiB\)") as refused:
        read(b"<" * (MAX_FILE_BYTES + 1), "DEM")  # not XML at all: parsing would say so first
    assert "well-formed" not in str(refused.value)
    assert AGENCY_LIMIT == MAX_FILE_BYTES  # the same limit as every other import


@pytest.mark.parametrize(
    ("doctype", "reference"),
    [
        ('<!DOCTYPE DEMDataSet [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
        ('<!DOCTYPE DEMDataSet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>', "&b;"),
        ('<!DOCTYPE DEMDataSet SYSTEM "http://127.0.0.1:9/dem.dtd">', ""),
        ("", "&x;"),  # an entity with no DTD to declare it
    ],
)
def test_dtd_and_entities_are_refused(doctype: str, reference: str) -> None:
    text = DEM.decode().replace("<DEMDataSet ", f"{doctype}\n<DEMDataSet ", 1)
    text = text.replace("<dAgency.03>Danbury", f"<dAgency.03>{reference}Danbury", 1)
    with pytest.raises(DataSetRefused) as refused:
        read(text.encode(), "DEM")
    message = str(refused.value)
    assert "a NEMSIS file has no DOCTYPE" in message or "Entity 'x' not defined" in message
    assert "root:" not in message  # /etc/passwd was never read into the message


def test_a_file_of_another_data_set_is_refused() -> None:
    with pytest.raises(
        DataSetRefused, match="the root element is StateDataSet; expected a NEMSIS DEMDataSet"
    ):
        read(STATE, "DEM")


def test_warnings_come_back_with_the_tree() -> None:
    text = DEM.decode().replace("<dAgency.07>09001200100<", "<dAgency.07>36001200100<", 1)
    document = read_dem(text.encode())
    assert [(w.element, w.rule) for w in document.warnings] == [("dAgency.07", "nemSch_d007")]
    assert document.warnings[0].location.startswith("line ")


def test_write_refuses_an_invalid_tree_naming_the_element() -> None:
    document = read_dem(DEM)
    agency = document.agency
    without_number = Element(
        agency.name, agency.attrs, None, False, [c for c in agency.children if c.name != "dAgency.02"]
    )
    with pytest.raises(DataSetRefused, match=r"not written") as refused:
        write_dem(replace(document, agency=without_number))
    assert "dAgency.02" in str(refused.value)
    stray = Element(
        agency.name, agency.attrs, None, False, [*agency.children, Element("eVitals.06", text="120")]
    )
    with pytest.raises(
        DataSetRefused, match=r"eVitals.06 \(DEMDataSet/DemographicReport/dAgency/eVitals.06\): not allowed"
    ):
        write_dem(replace(document, agency=stray))


# ---- typed views ----------------------------------------------------------------------------------------


def test_dem_views_read_what_the_file_says() -> None:
    document = read_dem(DEM)
    header = agency_header(document)
    assert (header.state_id, header.number, header.state) == ("C034", "351-C034P2", "09")
    assert header.name == "Danbury EMS Division of Danbury Fire Department"
    first = personnel(document)[0]
    assert (first.last_name, first.first_name, first.middle_name) == ("Frami", "Mariah", "Kerluke")
    assert first.crew_member_id("09") == "84568" and first.agency_id == "DF20645"
    assert first.level("09") == "9925005"  # dPersonnel.38, the same as the state level .24 here
    licensure = first.licensure("09")
    assert licensure is not None and licensure.expires == date(2028, 9, 30)
    assert (first.employment_status, first.job_role) == ("1531003", "1534015")
    assert len(personnel(document)) == 4
    unit = vehicles(document)[0]
    assert (unit.number, unit.vin, unit.call_sign, unit.kind, unit.model_year) == (
        "54RG8451",
        "1C4RJFAG8DC537142",
        "DF CP",
        "1404013",
        2015,
    )
    station = locations(document)[0]
    assert (station.name, station.number, station.gps, station.zip_code) == (
        "Danbury Main Station",
        "DF1",
        "41.393,-73.455",
        "06810",
    )
    assert [p.number for p in station.phones] == ["203-796-1559", "203-796-1560"]
    children = next(f for f in facilities(document) if f.code == "073300")
    assert children.name == "Connecticut Children's Medical Center" and children.kind == "1701005"
    assert [d.words for d in children.designations] == [
        "Hospital (General)",
        "Pediatric Center",
        "Trauma Center Level 1",
    ]
    assert facilities(document)[0].street2 == "PO Box 1009"
    device = medical_devices(document)[0]
    assert (device.serial_number, device.name, device.kinds, device.manufacturer) == (
        "57JF1121",
        "GLU 2",
        ("1603007",),
        "Incredible Medical",
    )


def test_scope_table_comes_from_dconfiguration() -> None:
    toml = scope_table_toml(read_dem(DEM), "dem-1", "DEM-1", "US-09")
    assert '"Paramedic" = []' in toml and 'snomed = ["103744005"]' in toml


def test_state_views_read_what_the_file_says() -> None:
    document = read_state(STATE)
    assert state_code(document) == "09"
    collected = collected_elements(document)
    assert len(collected.elements) == 605 and collected.elements[0] == "dAgency.01"
    assert "dAgency.01" in collected.agency and not collected.agency & collected.report
    custom = custom_elements(document)
    assert [(c.element_id, c.for_agency) for c in custom] == [
        ("eHistory.10", False),
        ("eMedications.903", False),
        ("dPersonnel.18", True),
    ]
    assert custom[1].nemsis_element == "eMedications.MedicationGroup" and custom[1].usage == "Optional"
    assert custom[0].values[0].description == "COVID-19"
    allowed = permissions(document)
    assert allowed.levels == ("9917001", "9917003", "9917005", "9917007", "9917023")
    assert allowed.medications[0].level == "9917001" and allowed.medications[0].codes[0] == "1191"
    assert set(allowed.medications[0].code_types) == {"9924003"}
    assert len(allowed.procedures) == 5 and allowed.protocols[:2] == ("9914001", "9914003")
    assert [a.number for a in agencies(document)] == ["C009B1", "351-C034P2", "C097P1"]
    hospital = next(f for f in state_facilities(document) if f.code == "073300")
    assert hospital.designations == ("9908007", "9908011", "9908021")
