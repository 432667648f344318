"""The sections generated from the XSD (scene, injury with its collision and seats, payment, labs, protocols,
outcome, custom results) hold what the official cases carry, group by group, and travel through the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from epcr.domain.errors import InvalidInput
from epcr.exports.nemsis.export import Header, to_xml, xsd_check
from epcr.exports.nemsis.layout import NEMSIS_NS
from epcr.exports.nemsis.reading import read
from epcr.store.database import Database

MVC = Path(__file__).parents[2] / "fixtures" / "nemsis" / "2025-EMS-3-MVC_v351.xml"
NS = {"n": NEMSIS_NS}


def test_the_crash_scene_and_its_injury_are_kept(tmp_path: Path) -> None:
    report = read(MVC.read_bytes(), check=xsd_check).reports[0]
    with Database(tmp_path / "device.sqlite3") as db:
        db.import_reports([report], "C-0815")
        report = db.open_report(report.uuid)
    scene, injury = report.scene, report.injury
    assert scene.mass_casualty_incident == "9923003"  # eScene.07 Yes
    assert scene.incident_location_type == "Y92.4"  # eScene.09 street or highway
    assert (scene.incident_state, scene.incident_zip_code, scene.incident_county) == ("09", "06811", "09001")
    assert injury.cause_of_injury == ["V43", "Y28.9"]  # eInjury.01
    assert injury.trauma_triage_criteria_high_risk_for_serious_injury == [
        "2903023",
        "2903027",
        "2903035",
        "2903037",
        "2903041",
    ]
    seats = injury.collision.seats  # eInjury.SeatGroup inside the CollisionGroup, each seat whole
    assert [(s.acn_vehicle_seat_location, s.seat_occupied) for s in seats][:2] == [
        ("2926001", "Y"),
        ("2926005", "Y"),
    ]
    velocity = injury.collision.acn_incident_delta_velocity  # eInjury.22 with its unit and ordinal
    assert isinstance(velocity, list)
    assert [(v.value, v.velocity_unit, v.delta_velocity_ordinal) for v in velocity] == [
        (20, "9921003", "1"),
        (40, "9921003", "2"),
    ]
    assert [p.protocols_used for p in report.protocols.protocols] == [
        "9914083",
        "9914101",
        "9914205",
        "9914207",
    ]
    assert report.outcome.hospital_diagnosis == ["S01.00XA", "S01.301A", "S30.91XA"]


def test_groups_come_back_as_they_were() -> None:
    report = read(MVC.read_bytes(), check=xsd_check).reports[0]
    again = etree.fromstring(to_xml([report], Header("x", "x", "09"), validate=xsd_check))
    source = etree.fromstring(MVC.read_bytes())
    for group in ("eInjury.SeatGroup", "eProtocols.ProtocolGroup", "eOutcome.HospitalProceduresGroup"):
        before = [
            [(etree.QName(e).localname, e.text, dict(e.attrib)) for e in g] for g in _all(source, group)
        ]
        after = [[(etree.QName(e).localname, e.text, dict(e.attrib)) for e in g] for g in _all(again, group)]
        assert after == before, group


def _all(root: etree._Element, group: str) -> list[etree._Element]:
    return list(root.iterfind(f".//n:{group}", namespaces=NS))


def test_a_code_outside_the_list_is_refused_at_entry(tmp_path: Path) -> None:
    with Database(tmp_path / "device.sqlite3") as db:
        report = db.create_report("P-1042")
        with pytest.raises(InvalidInput, match=r"is not a code of eScene.07 Mass Casualty Incident"):
            db.save_field(report.uuid, "scene.mass_casualty_incident", "9923999", "P-1042")
        db.save_field(report.uuid, "scene.mass_casualty_incident", "9923003", "P-1042")
        assert db.open_report(report.uuid).scene.mass_casualty_incident == "9923003"
