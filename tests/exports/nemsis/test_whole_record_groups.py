"""The last groups to find their place travel whole (issue 14): each current medication with its own dose,
unit, route and frequency, each device group with its waveform and shock, each attached file, come back
from import -> store -> export in the same group as their siblings, in every official file."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from epcr.demo import demo_report
from epcr.domain.devices import Device, DeviceShock, DeviceWaveform
from epcr.domain.other import Attachment
from epcr.domain.report import Report
from epcr.exports.nemsis.export import Header, to_xml, xsd_check
from epcr.exports.nemsis.layout import NEMSIS_NS
from epcr.exports.nemsis.reading import read
from epcr.store.database import Database
from tests.exports.nemsis.roundtrip import UNDOCUMENTED, _normal
from tests.exports.nemsis.samples import COMPLIANCE, SAMPLES

N = {"n": NEMSIS_NS}
GROUPS = ("eHistory.CurrentMedsGroup", "eDevice.DeviceGroup", "eOther.FileGroup")
HEADER = Header("S12-4410", "S12-4410", "08")
NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"

Shape = list[tuple[str, object, str | None, str | None]]


def shapes(root: etree._Element, group: str) -> list[Shape]:
    """Each instance of a group as its elements in order (sub-groups walked), value, NV and PN."""
    found = []
    for instance in root.iterfind(f".//n:{group}", N):
        elements = [e for e in instance.iter("{*}*") if e is not instance and len(e) == 0]
        found.append(
            [
                (
                    etree.QName(e).localname,
                    None if e.get(NIL) == "true" else _normal(e.text),
                    e.get("NV"),
                    e.get("PN"),
                )
                for e in elements
                if e.get("NV") not in UNDOCUMENTED
            ]
        )
    return found


def stored(report: Report, tmp_path: Path) -> Report:
    with Database(tmp_path / "device.sqlite3") as db:
        db.import_reports([report], "C-0815")
        return db.open_report(report.uuid)


@pytest.mark.parametrize("path", [*SAMPLES, *COMPLIANCE], ids=lambda p: p.name)
def test_each_group_comes_back_whole_element_by_element(path: Path, tmp_path: Path) -> None:
    source = etree.fromstring(path.read_bytes())
    reports = [stored(r, tmp_path / str(r.uuid)) for r in read(path.read_bytes(), check=xsd_check).reports]
    number = reports[0].response.agency_number or "0"
    again = etree.fromstring(to_xml(reports, Header(number, number, "09"), validate=xsd_check))
    for group in GROUPS:
        before = [s for s in shapes(source, group) if s]
        assert [s for s in shapes(again, group) if s] == before, group


def test_the_samples_hold_these_groups() -> None:
    # The comparison above saw real content: doses, device waveforms and shocks, attached files.
    seen = {group: 0 for group in GROUPS}
    for path in [*SAMPLES, *COMPLIANCE]:
        root = etree.fromstring(path.read_bytes())
        for group in GROUPS:
            seen[group] += len(root.findall(f".//n:{group}", N))
    assert all(count >= 10 for count in seen.values()), seen


def monitor(at: datetime) -> Device:
    return Device(
        serial_number="LP15-44718",
        at=at,
        event_types=["4103009", "4103041"],  # defibrillation, shock advised
        waveform=DeviceWaveform(
            graphic_type="image/png", graphic=base64.b64encode(b"strip").decode(), mode="4106001"
        ),
        ecg_leads=["4107003", "4107005"],
        ecg_interpretation="Ventricular fibrillation",
        shock=DeviceShock(shock_type="4109001", energy=200, shocks_delivered=1),
    )


def test_a_report_holds_device_groups_of_its_own_beside_the_cpr_log(tmp_path: Path) -> None:
    report = demo_report(1)
    first = report.cpr_events[0].at
    report.devices = [monitor(first), Device(at=first.replace(second=30), event_types=["4103031"])]
    root = etree.fromstring(to_xml([report], HEADER))
    groups = root.findall(".//n:eDevice.DeviceGroup", N)
    ours = [g for g in groups if g.get("CorrelationID") in {str(d.id) for d in report.devices}]
    assert len(ours) == 2 and len(groups) > 2  # the defib events of the CPR log are still written
    assert ours[0].findtext("n:eDevice.01", namespaces=N) == "LP15-44718"
    assert ours[0].findtext("n:eDevice.WaveformGroup/n:eDevice.06", namespaces=N) == "4106001"
    assert ours[0].findtext("n:eDevice.ShockGroup/n:eDevice.10", namespaces=N) == "200.0"
    back = stored(read(etree.tostring(root), check=xsd_check).reports[0], tmp_path)
    assert back.devices == report.devices
    assert back.cpr_events == report.cpr_events


def test_imported_attachments_are_kept_and_the_pdf_replaces_its_own_earlier_copy(tmp_path: Path) -> None:
    path = next(p for p in SAMPLES if b"<eOther.FileGroup>" in p.read_bytes())
    report = stored(read(path.read_bytes(), check=xsd_check).reports[0], tmp_path)
    kept = report.other.attachments
    assert kept and all(isinstance(a, Attachment) and a.data for a in kept)
    number = report.response.agency_number or "0"
    header = Header(number, number, "09")
    first = read(to_xml([report], header, attach_pdf={report.uuid: b"%PDF-1.7 one"}), check=None).reports[0]
    assert [a.file_name for a in first.other.attachments][: len(kept)] == [a.file_name for a in kept]
    again = etree.fromstring(to_xml([first], header, attach_pdf={report.uuid: b"%PDF-1.7 two"}))
    pdfs = [
        g
        for g in again.iterfind(".//n:eOther.FileGroup", N)
        if g.findtext("n:eOther.10", namespaces=N) == "application/pdf"
    ]
    assert len(pdfs) == 1  # the new PDF, not beside the copy the first export attached
    assert base64.b64decode(pdfs[0].findtext("n:eOther.11", namespaces=N) or "") == b"%PDF-1.7 two"
    assert len(again.findall(".//n:eOther.FileGroup", N)) == len(kept) + 1


def test_a_large_attachment_in_a_file_is_named_not_kept() -> None:
    report = demo_report(3)
    report.other.attachments = [Attachment(document_type="4509021", file_type="image/png", data="aGVsbG8=")]
    big = base64.b64encode(b"\0" * (10 * 1024 * 1024 + 1)).decode()
    xml = to_xml([report], HEADER).replace(b"aGVsbG8=", big.encode())
    result = read(xml, check=None)
    assert result.reports[0].other.attachments[0].data is None
    assert result.reports[0].other.attachments[0].file_type == "image/png"  # the rest of the group stays
    assert any("eOther.11" in line and "at most 10 MiB" in line for line in result.not_modelled)


def test_devices_are_dated_with_their_offset() -> None:
    at = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)
    report = demo_report(3)
    report.devices = [Device(at=at, event_types=["4103031"])]
    root = etree.fromstring(to_xml([report], HEADER))
    assert root.findtext(".//n:eDevice.DeviceGroup/n:eDevice.02", namespaces=N) == "2026-03-02T14:05:00+00:00"
