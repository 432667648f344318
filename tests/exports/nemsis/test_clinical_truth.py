"""What the source says stays what it says: a symptom the patient denied is never imported as present, an
exam finding stays at the body location (and side) it was found at and keeps "not present", through
import -> store -> export, and through a value changed in the official file."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from epcr.domain.assessment import ExamFinding
from epcr.domain.nemsis.codes import PertinentNegative
from epcr.domain.report import Report
from epcr.exports.nemsis.export import Header, to_xml, xsd_check
from epcr.exports.nemsis.layout import NEMSIS_NS
from epcr.exports.nemsis.reading import read
from epcr.store.database import Database

FIXTURES = Path(__file__).parents[2] / "fixtures" / "nemsis"
MVC = FIXTURES / "2025-EMS-3-MVC_v351.xml"  # denied back, chest and abdominal pain; a head finding absent
EBIKE = FIXTURES / "2025-EMS-4-eBike_v351.xml"  # a lung finding not present, at its location
NS = {"n": NEMSIS_NS}
NOT_PRESENT = PertinentNegative.EXAM_FINDING_NOT_PRESENT


def imported(xml: bytes) -> Report:
    result = read(xml, check=xsd_check)
    assert len(result.reports) == 1
    return result.reports[0]


def exported(report: Report) -> etree._Element:
    number = report.response.agency_number or "0"
    return etree.fromstring(to_xml([report], Header(number, number, "09"), validate=xsd_check))


def stored(report: Report, tmp_path: Path) -> Report:
    with Database(tmp_path / "device.sqlite3") as db:
        db.import_reports([report], "C-0815")
        return db.open_report(report.uuid)


def test_denied_symptoms_stay_denied_through_store_and_export(tmp_path: Path) -> None:
    report = stored(imported(MVC.read_bytes()), tmp_path)
    situation = report.situation
    assert situation.symptoms_not_present == ["M54.9", "R07.89", "R10.84"]  # back, chest, abdominal pain
    assert situation.other_symptoms == ["I95.9", "M54.2", "R51", "S09.93"]
    assert not set(situation.other_symptoms) & set(situation.symptoms_not_present)
    written = {(e.text, e.get("PN")) for e in exported(report).iterfind(".//n:eSituation.10", namespaces=NS)}
    assert written == {
        ("I95.9", None),
        ("M54.2", None),
        ("R51", None),
        ("S09.93", None),
        ("M54.9", "8801031"),
        ("R07.89", "8801031"),
        ("R10.84", "8801031"),
    }


def test_a_finding_not_present_keeps_its_negative_and_its_location(tmp_path: Path) -> None:
    report = stored(imported(EBIKE.read_bytes()), tmp_path)
    lungs = [f for f in report.assessment.exam_findings if f.element == "eExam.23"]
    assert [(f.code, f.location, f.not_present) for f in lungs] == [
        ("3523009", "3522005", True),  # looked for at that location, not found
        ("3523011", "3522005", False),
        ("3523027", "3522005", False),
    ]
    group = exported(report).find(".//n:eExam.LungGroup", namespaces=NS)
    assert group is not None
    assert [(etree.QName(e).localname, e.text, e.get("PN")) for e in group] == [
        ("eExam.22", "3522005", None),
        ("eExam.23", "3523009", "8801005"),
        ("eExam.23", "3523011", None),
        ("eExam.23", "3523027", None),
    ]


def test_each_finding_stays_in_its_own_region_group_with_its_location() -> None:
    source = etree.fromstring(MVC.read_bytes())
    report = imported(MVC.read_bytes())
    again = exported(report)
    for group in ("AbdomenGroup", "SpineGroup", "ExtremityGroup", "EyeGroup", "LungGroup", "ChestGroup"):
        before = [_pairs(g) for g in source.iterfind(f".//n:eExam.{group}", namespaces=NS)]
        after = [_pairs(g) for g in again.iterfind(f".//n:eExam.{group}", namespaces=NS)]
        assert after == before, group


def _pairs(group: etree._Element) -> list[tuple[str, str | None, str | None]]:
    return [(etree.QName(e).localname, e.text, e.get("PN")) for e in group]


def test_a_location_changed_in_the_file_moves_only_that_finding() -> None:
    # The official file changed one value: the chest finding's location, right side to left.
    root = etree.fromstring(MVC.read_bytes())
    chest = root.find(".//n:eExam.ChestGroup", namespaces=NS)
    assert chest is not None
    location = chest.find("n:eExam.24", namespaces=NS)
    assert location is not None and location.text is not None
    findings = [e.text for e in chest.iterfind("n:eExam.25", namespaces=NS)]
    original = location.text
    location.text = "3524005" if original != "3524005" else "3524001"
    report = imported(etree.tostring(root))
    moved = [f for f in report.assessment.exam_findings if f.element == "eExam.25" and f.code in findings]
    assert moved and all(f.location == location.text for f in moved[: len(findings)])


def test_a_value_whose_pertinent_negative_has_no_place_is_not_kept_as_present() -> None:
    # eSituation.09 takes no PN; a file that puts one there must not leave the bare code behind.
    root = etree.fromstring(MVC.read_bytes())
    primary = root.find(".//n:eSituation.09", namespaces=NS)
    assert primary is not None and primary.text
    primary.set("PN", "8801031")
    result = read(etree.tostring(root), check=None)
    assert result.reports[0].situation.primary_symptom is None
    assert any("eSituation.09" in line and "pertinent negative" in line for line in result.not_modelled)


def test_exam_findings_refuse_a_location_or_negative_they_cannot_have() -> None:
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="location: only body-region findings"):
        ExamFinding(element="eExam.05", code="3505001", location="3524001")
    with pytest.raises(ValidationError, match="is not a code of"):
        ExamFinding(element="eExam.25", code="3525005", location="3522005")  # a lung location on the chest
    finding = ExamFinding(
        element="eExam.25", code="3525005", location="3524001", pertinent_negative=NOT_PRESENT
    )
    assert finding.not_present


def test_a_symptom_cannot_be_present_and_denied_at_once() -> None:
    import pytest
    from pydantic import ValidationError

    from epcr.domain.situation import Situation

    with pytest.raises(ValidationError, match=r"R07\.9 also recorded as present"):
        Situation(other_symptoms=["R07.9"], symptoms_not_present=["R07.9"])


def current_meds_groups(root: etree._Element) -> list[dict[str, str | None]]:
    """Each eHistory.CurrentMedsGroup as element -> value: a dose is compared with its own drug."""
    return [
        {etree.QName(child).localname: child.text for child in group}
        for group in root.iterfind(".//n:eHistory.CurrentMedsGroup", namespaces=NS)
    ]


def test_every_current_medication_is_kept_with_its_dose_route_and_frequency(tmp_path: Path) -> None:
    source = FIXTURES / "2025-EMS-5-CPMIH_v351.xml"
    groups = current_meds_groups(etree.fromstring(source.read_bytes()))
    assert len(groups) > 1 and any("eHistory.13" in g for g in groups)
    report = stored(imported(source.read_bytes()), tmp_path)
    sample = report.assessment.sample
    assert sample.current_medications is not None
    assert [m.drug for m in sample.current_medications] == [g["eHistory.12"] for g in groups]
    first = sample.current_medications[0]
    assert (first.dose, first.dose_unit, first.route, first.frequency) == (
        float(groups[0]["eHistory.13"] or 0),
        groups[0]["eHistory.14"],
        groups[0]["eHistory.15"],
        groups[0]["eHistory.20"],
    )
    assert [(p.last_name, p.first_name) for p in sample.practitioners] == [("Larkin", "Audreanne")]
    written = current_meds_groups(exported(report))
    for before, after in zip(groups, written, strict=True):  # group by group, element by element
        assert {k: float(v or 0) if k == "eHistory.13" else v for k, v in before.items()} == {
            k: float(v or 0) if k == "eHistory.13" else v for k, v in after.items()
        }
