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
    assert "element(s) not kept" in err and "ePayment.01" in err
    again, _, err = cli("import", str(source))
    assert again == 2 and "refused, nothing imported" in err  # the same UUID twice
    target = tmp_path / "back.xml"
    status, _, err = cli(
        "export", uuid, "--format", "nemsis", "--agency-state", "09", "-o", str(target), user="Q-0100"
    )
    assert status == 0, err
    assert xsd_check(target.read_bytes()) == []


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
        empty = session.create_report()  # a fresh draft: no PCR number, no times, nothing
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
