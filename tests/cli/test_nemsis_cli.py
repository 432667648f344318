"""`epcr export --format nemsis` and `epcr import FILE.xml`: valid files, audited, refusals with reasons."""

from __future__ import annotations

import json
from pathlib import Path

from epcr.device import Device
from epcr.exports.nemsis.export import xsd_check
from tests.cli.conftest import PINS, Run, stored_counts
from tests.exports.nemsis.samples import COMPLIANCE, FAILING


def _demo(cli: Run, count: int = 3) -> list[dict[str, str]]:
    assert cli("demo", "--count", str(count))[0] == 0
    _, out, _ = cli("list", "--json", user="Q-0100")
    return [json.loads(line) for line in out.splitlines()]


def test_export_one_report_as_nemsis_xml(cli: Run, home: Path, tmp_path: Path) -> None:
    report = _demo(cli)[0]
    target = tmp_path / "report.xml"
    status, out, err = cli(
        "export",
        report["uuid"],
        "--format",
        "nemsis",
        "--agency-state",
        "08",
        "-o",
        str(target),
        user="Q-0100",
    )
    assert status == 0, err
    assert "NEMSIS v3.5.1 EMSDataSet, 1 report" in out
    xml = target.read_bytes()
    assert xsd_check(xml) == [] and f'UUID="{report["uuid"]}"'.encode() in xml
    session = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    try:
        exports = [r for r in session.db.audit_trail(report["uuid"]) if r.action == "export"]
    finally:
        session.log_out()
    assert [e.new_value["to"] for e in exports] == [f"nemsis to {target}"]


def test_export_with_the_pdf_attached(cli: Run, tmp_path: Path) -> None:
    report = _demo(cli, 1)[0]
    target = tmp_path / "with-pdf.xml"
    status, _, err = cli(
        "export", report["uuid"], "--format", "nemsis", "--agency-state", "08", "--attach-pdf",
        "-o", str(target), user="Q-0100",
    )  # fmt: skip
    assert status == 0, err
    assert (
        b"<eOther.FileGroup>" in target.read_bytes()
        and b"<eOther.09>4509027</eOther.09>" in target.read_bytes()
    )


def test_export_all_writes_one_dataset_per_report(cli: Run, tmp_path: Path) -> None:
    listed = _demo(cli, 4)
    folder = tmp_path / "xml"
    folder.mkdir()
    status, out, err = cli(
        "export",
        "--all",
        "--format",
        "nemsis",
        "--agency-state",
        "08",
        "--out-dir",
        str(folder),
        user="Q-0100",
    )
    assert status == 0, err
    files = sorted(folder.iterdir())
    assert len(files) == len(listed) and all(f.suffix == ".xml" for f in files)
    assert all(xsd_check(f.read_bytes()) == [] for f in files)
    assert f"{len(listed)} NEMSIS files written to {folder}; 0 refused" in out


def test_export_needs_a_file(cli: Run) -> None:
    report = _demo(cli, 1)[0]
    status, _, err = cli("export", report["uuid"], "--format", "nemsis", user="Q-0100")
    assert status == 2 and "-o FILE.xml" in err


def test_import_a_nemsis_file_lists_what_is_not_kept(cli: Run, home: Path, tmp_path: Path) -> None:
    source = COMPLIANCE[0]
    status, out, err = cli("import", str(source))
    assert status == 0, err
    uuid = out.strip()
    assert uuid and uuid in source.read_text()
    assert "element(s) not kept" in err and "eRecord.02" in err
    again, _, err = cli("import", str(source))
    assert again == 2 and "refused, nothing imported" in err  # the same UUID twice
    target = tmp_path / "back.xml"
    status, _, err = cli(
        "export", uuid, "--format", "nemsis", "--agency-state", "09", "-o", str(target), user="Q-0100"
    )
    assert status == 0, err
    assert xsd_check(target.read_bytes()) == []


def test_an_imported_report_keeps_the_file_it_came_from(cli: Run, home: Path, tmp_path: Path) -> None:
    """ePayment, eScene ... have no place in a report: the original keeps them, whole, unchangeable."""
    from lxml import etree

    from epcr.exports.nemsis.validate import check

    source = COMPLIANCE[0]
    status, out, err = cli("import", str(source))
    assert status == 0, err
    uuid = out.strip()
    assert "keeps the file it came from" in err
    kept = tmp_path / "original.xml"
    status, out, err = cli("export", uuid, "--format", "source", "-o", str(kept), user="Q-0100")
    assert status == 0, err
    assert f"nemsis-3.5.1 from {source.name}" in out
    assert check(kept.read_bytes()) == []  # a valid NEMSIS file of its own
    ns = {"n": "http://www.nemsis.org"}
    original = etree.fromstring(source.read_bytes())
    again = etree.fromstring(kept.read_bytes())
    pcr = f"//n:PatientCareReport[@UUID='{uuid}']"
    assert etree.tostring(original.xpath(pcr, namespaces=ns)[0]) == etree.tostring(
        again.xpath(pcr, namespaces=ns)[0]
    )
    assert again.xpath("//n:eRecord.02", namespaces=ns)  # what the report could not hold is here

    session = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    try:
        stored = session.db.report_source(uuid)
        assert stored is not None and any("eRecord.02" in line for line in stored.not_kept)
        with session.db.unit_of_work() as uow:  # unchangeable, in the database too
            import pytest

            with pytest.raises(Exception, match="never changed"):  # sqlite3's or SQLCipher's IntegrityError
                uow.db.execute("UPDATE report_sources SET document = x'00'")
        assert "export" in [e.action for e in session.db.audit_trail(uuid)]  # handing it out is audited
    finally:
        session.log_out()

    crew = Device.at(home).log_in("P-1042", PINS["P-1042"])  # demo calls are imported: a crew's is not
    try:
        made_here = str(crew.create_report().uuid)
    finally:
        crew.log_out()
    status, _, err = cli(
        "export", made_here, "--format", "source", "-o", str(tmp_path / "x.xml"), user="Q-0100"
    )
    assert status == 1 and "not imported: it has no source file" in err


def test_a_failing_file_is_refused_with_the_reason(cli: Run, home: Path) -> None:
    before = stored_counts(home)
    status, out, err = cli("import", str(FAILING[0]))
    assert status == 2 and out == ""
    assert "refused, nothing imported from it" in err and "(line " in err
    assert stored_counts(home) == before


def test_export_all_refuses_an_incomplete_report_and_writes_the_others(
    cli: Run, home: Path, tmp_path: Path
) -> None:
    listed = _demo(cli, 2)
    session = Device.at(home).log_in("P-1042", PINS["P-1042"])
    try:
        # a fresh draft without the PCR number the demo agency's pattern would give: no times, nothing
        empty = session.create_report(response={"pcr_number": None})
    finally:
        session.log_out()
    folder = tmp_path / "xml"
    folder.mkdir()
    status, out, err = cli(
        "export",
        "--all",
        "--format",
        "nemsis",
        "--agency-state",
        "08",
        "--out-dir",
        str(folder),
        user="Q-0100",
    )
    assert status == 1
    assert f"{len(listed)} NEMSIS files written to {folder}; 1 refused" in out
    assert str(empty.uuid) in err and "eRecord.01 Patient Care Report Number: Mandatory" in err
    assert len(list(folder.iterdir())) == len(listed)
