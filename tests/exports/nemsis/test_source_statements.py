"""What an imported file states that no crew member enters, kept in its place and written back (issue 14): NV
7701005 "Not Reporting" (the sending agency does not collect the element), ePatient.13 Gender (deprecated by
ePatient.25 Sex, still in the XSD) and the eHistory.ImmunizationsGroup CorrelationIDs. Each official file is
read, stored in a real device database, opened and exported again; compared on the XML tree."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from epcr.domain.fields import NOT_REPORTING, Blank, not_reporting_in
from epcr.domain.report import Report
from epcr.exports.nemsis.export import Header, to_xml, xsd_check
from epcr.exports.nemsis.layout import NEMSIS_NS
from epcr.exports.nemsis.reading import read
from epcr.exports.pdf import ReportPdf, snapshot_of
from epcr.store.database import Database
from tests.exports.conftest import pdftotext
from tests.exports.nemsis.samples import COMPLIANCE, FIXTURES, SAMPLES
from tests.exports.nemsis.test_reexport_warnings import warnings

NILS = [p for p in SAMPLES if p.name.startswith("EMSDataset-Nils-")]
NILS_1 = FIXTURES / "EMSDataset-Nils-1.xml"
WITH_GENDER = [p for p in SAMPLES if b"<ePatient.13>" in p.read_bytes()]
MVC = next(p for p in COMPLIANCE if "MVC" in p.name)  # two immunization groups, CorrelationID c1 and c2

Place = tuple[str, tuple[tuple[str, int], ...]]


def _stored_and_exported(path: Path, tmp_path: Path) -> tuple[list[Report], bytes]:
    result = read(path.read_bytes(), check=None)
    with Database(tmp_path / "device.sqlite3") as db:
        db.import_reports(result.reports, "C-0815")
        back = [db.open_report(r.uuid) for r in result.reports]
    return back, to_xml(back, validate=xsd_check)


def _places(xml: bytes, nv: str = "7701005") -> Counter[Place]:
    """Each element holding the NV: its name and the chain of groups above it, each with its ordinal among
    its same-named siblings (the third eProcedures.ProcedureGroup ...), report by report."""
    found: Counter[Place] = Counter()
    for element in etree.fromstring(xml).iter(f"{{{NEMSIS_NS}}}*"):
        if element.get("NV") != nv:
            continue
        chain = []
        for ancestor in element.iterancestors():
            parent = ancestor.getparent()
            siblings = [] if parent is None else [s for s in parent if s.tag == ancestor.tag]
            chain.append((etree.QName(ancestor).localname, siblings.index(ancestor) if siblings else 0))
            if ancestor.tag == f"{{{NEMSIS_NS}}}PatientCareReport":
                chain.append((ancestor.get("UUID", ""), 0))
                break
        found[(etree.QName(element).localname, tuple(reversed(chain)))] += 1
    return found


@pytest.mark.parametrize("path", NILS, ids=lambda p: p.name)
def test_not_reporting_comes_back_on_every_element_in_its_group(path: Path, tmp_path: Path) -> None:
    source = path.read_bytes()
    before = _places(source)
    assert before  # every -Nils- sample states Not Reporting somewhere
    _, exported = _stored_and_exported(path, tmp_path)
    assert _places(exported) == before
    assert not [line for line in read(source, check=None).not_modelled if "7701005" in line]


def test_an_imported_not_reporting_is_a_blank_in_its_own_field(tmp_path: Path) -> None:
    (report,), _ = _stored_and_exported(NILS_1, tmp_path)
    assert report.narrative.text == NOT_REPORTING  # eNarrative.01
    assert report.scene.incident_street_address == NOT_REPORTING  # eScene.15, a generated section
    assert report.procedures[0].performer_crew_id == NOT_REPORTING  # inside eProcedures.ProcedureGroup
    assert report.airway.confirmations[0].methods == NOT_REPORTING  # inside eAirway.ConfirmationGroup
    assert isinstance(report.medications[0].performer_crew_id, Blank)
    assert report.medications[0].performer_crew_id.not_reporting
    assert ("narrative", "text") in not_reporting_in(report.model_dump(mode="json"))


def test_the_pdf_prints_not_reporting_in_words(tmp_path: Path) -> None:
    (report,), _ = _stored_and_exported(NILS_1, tmp_path)
    target = tmp_path / "report.pdf"
    target.write_bytes(ReportPdf(snapshot_of(report)).render())
    text = pdftotext(target)
    assert "Not Reporting" in text
    assert "7701005" not in text


def test_gender_is_kept_as_the_source_gave_it(tmp_path: Path) -> None:
    assert len(WITH_GENDER) >= 10  # ePatient.13 in the ElementsRepeat samples (9906005 Unknown)

    def genders(xml: bytes) -> list[tuple[str | None, str | None]]:
        return [(e.text, e.get("NV")) for e in etree.fromstring(xml).iter(f"{{{NEMSIS_NS}}}ePatient.13")]

    for path in WITH_GENDER:
        reports, exported = _stored_and_exported(path, tmp_path / path.stem)
        assert genders(exported) == genders(path.read_bytes())
        assert all(r.patient.gender is not None for r in reports)


def test_a_report_without_gender_writes_none(tmp_path: Path) -> None:
    reports, exported = _stored_and_exported(MVC, tmp_path)  # its ePatient.13 is nil, Not Recorded
    assert reports[0].patient.gender is None
    assert b"ePatient.13" not in exported  # deprecated: never filled with Not Recorded


@pytest.mark.parametrize("path", [WITH_GENDER[0], NILS_1], ids=lambda p: p.name)
def test_a_re_export_with_gender_and_not_reporting_adds_no_national_warning(
    path: Path, tmp_path: Path
) -> None:
    source = path.read_bytes()
    reports, _ = _stored_and_exported(path, tmp_path)
    number = reports[0].response.agency_number or "0"
    again = to_xml(reports, Header(number, number, "09"), validate=None)
    assert warnings(again) - warnings(source) == set()


def test_immunization_groups_keep_their_correlation_ids(tmp_path: Path) -> None:
    def groups(xml: bytes) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
        return [
            (g.get("CorrelationID"), [(etree.QName(c).localname, (c.text or "").strip()) for c in g])
            for g in etree.fromstring(xml).iter(f"{{{NEMSIS_NS}}}eHistory.ImmunizationsGroup")
        ]

    source = MVC.read_bytes()
    assert [c for c, _ in groups(source)] == ["c1", "c2"]
    (report,), exported = _stored_and_exported(MVC, tmp_path)
    assert [i.correlation_id for i in report.assessment.sample.immunizations] == ["c1", "c2"]
    assert groups(exported) == groups(source)
    assert not [line for line in read(source, check=None).not_modelled if "CorrelationID" in line]


def test_an_immunization_without_a_correlation_id_writes_none(tmp_path: Path) -> None:
    (report,), exported = _stored_and_exported(NILS_1, tmp_path)
    assert [i.correlation_id for i in report.assessment.sample.immunizations] == [None]
    group = next(etree.fromstring(exported).iter(f"{{{NEMSIS_NS}}}eHistory.ImmunizationsGroup"))
    assert dict(group.attrib) == {}
