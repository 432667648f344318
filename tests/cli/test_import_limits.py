"""`epcr import` bounds what a file may make it do (issue 16, item 7): a file over the size limit is refused
before it is read, a 10^6-deep JSON or XML file and a list of too many entries get a clear message, not a
traceback; nothing is written from a refused file; and the messages name the field and the rule without
echoing what identifies a patient."""

from __future__ import annotations

import json
import os
import resource
from pathlib import Path

import pytest

from epcr.cli import export_json
from epcr.cli.limits import MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES
from epcr.demo import demo_report, large_report
from tests.cli.conftest import Run, stored_counts
from tests.exports.nemsis.samples import FIXTURES

SSN = "12345678X"  # not nine digits: the national XSD refuses it, so the import cannot keep it


def refused(cli: Run, home: Path, path: Path, user: str = "Q-0100") -> str:
    """Import `path`; it must be refused with exit 2, nothing stored. Returns stderr."""
    before = stored_counts(home)
    status, out, err = cli("import", str(path), user=user)
    assert status == 2 and out == ""
    assert f"epcr: {path}: refused, nothing imported from it" in err
    assert "Traceback" not in err and "RecursionError" not in err
    assert stored_counts(home) == before
    return err


@pytest.mark.parametrize("suffix", [".json", ".xml"])
def test_a_file_over_the_limit_is_refused_before_it_is_read(
    cli: Run, home: Path, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as file:  # 1 GiB, sparse: real on disk, costless unless something reads it
        file.truncate(2**30)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    err = refused(cli, home, path)

    assert f"the file is {2**30:,} bytes (1024.0 MiB)" in err
    assert f"an imported file may be at most {MAX_FILE_BYTES:,} bytes (8 MiB)" in err
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak) / 1024
    assert grown_mib < 100  # never read whole (it would take 1 GiB)


def test_a_file_just_over_the_limit_is_refused_and_one_at_it_is_read(
    cli: Run, home: Path, tmp_path: Path
) -> None:
    report = export_json(demo_report(3)).rstrip("\n")
    padded = report + " " * (MAX_FILE_BYTES - len(report.encode()))  # JSON allows the blanks
    at_limit = tmp_path / "at-limit.json"
    at_limit.write_text(padded, encoding="utf-8")
    assert at_limit.stat().st_size == MAX_FILE_BYTES
    over = tmp_path / "over-limit.json"
    over.write_text(padded + " ", encoding="utf-8")

    assert f"the file is {MAX_FILE_BYTES + 1:,} bytes" in refused(cli, home, over)
    status, out, err = cli("import", str(at_limit), user="Q-0100")
    assert status == 0 and out.strip() == str(demo_report(3).uuid), err


def test_the_largest_realistic_report_imports(cli: Run, home: Path, tmp_path: Path) -> None:
    """The limits leave room: a long critical-care call (scripts' large_report) imports, in JSON and XML."""
    path = tmp_path / "long-call.json"
    report = large_report()
    path.write_text(export_json(report), encoding="utf-8")
    status, out, err = cli("import", str(path), user="Q-0100")
    assert status == 0 and out.strip() == str(report.uuid), err


def test_a_million_deep_json_gets_a_message_not_a_traceback(cli: Run, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    depth = 10**6
    path.write_text('{"reports": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    err = refused(cli, home, path)
    assert f"nested more than {MAX_DEPTH} levels deep (at line 1); a report nests 5" in err


def test_brackets_inside_strings_do_not_count_as_nesting(cli: Run, home: Path, tmp_path: Path) -> None:
    report = demo_report(2)
    report.narrative.text = "[[[[" * 40 + ' "quoted" \\ {{{{' * 20
    path = tmp_path / "brackets.json"
    path.write_text(export_json(report), encoding="utf-8")
    status, out, err = cli("import", str(path), user="Q-0100")
    assert status == 0 and out.strip() == str(report.uuid), err


def test_a_million_deep_xml_gets_a_message_not_a_traceback(cli: Run, home: Path, tmp_path: Path) -> None:
    path = tmp_path / "deep.xml"
    depth = 10**6
    path.write_bytes(
        b'<?xml version="1.0"?><EMSDataSet xmlns="http://www.nemsis.org">'
        + b"<a>" * depth
        + b"</a>" * depth
        + b"</EMSDataSet>"
    )
    err = refused(cli, home, path)
    assert "not well-formed XML: Excessive depth in document" in err


def test_a_list_of_too_many_entries_is_refused_by_its_path(cli: Run, home: Path, tmp_path: Path) -> None:
    data = json.loads(export_json(demo_report(1)))
    data["cpr_events"] = [{}] * (MAX_ENTRIES + 1)
    path = tmp_path / "long-list.json"
    path.write_text(json.dumps({"reports": [data]}), encoding="utf-8")
    err = refused(cli, home, path)
    assert (
        f"reports[0].cpr_events: {MAX_ENTRIES + 1:,} entries; a list may hold at most {MAX_ENTRIES:,}" in err
    )


def test_an_ssn_the_import_cannot_keep_is_named_not_printed(cli: Run, home: Path, tmp_path: Path) -> None:
    xml = (FIXTURES / "2025-EMS-1-Overdose_v351.xml").read_text(encoding="utf-8")
    assert "<ePatient.13 " in xml
    path = tmp_path / "ssn.xml"
    path.write_text(
        xml.replace("<ePatient.13 ", f"<ePatient.12>{SSN}</ePatient.12><ePatient.13 ", 1), encoding="utf-8"
    )
    err = refused(cli, home, path)
    assert SSN not in err and SSN[:5] not in err
    assert "ePatient.12 (line " in err and "does not have the required form (pattern" in err
    assert "(value not shown: it identifies a person)" in err


def test_what_is_not_kept_names_identifying_elements_without_their_values() -> None:
    """The list of what a report could not hold (printed on stderr, stored with the source) withholds
    names, SSNs and dates of birth, and still shows other values."""
    from epcr.exports.nemsis.reading import Leaf

    assert Leaf("ePatient.12", "123456789", {}).shown() == "(value not shown: it identifies a person)"
    assert Leaf("ePatient.02", "Howell", {"PN": "8801019"}).shown() == (
        "(value not shown: it identifies a person) PN=8801019"
    )
    assert Leaf("ePatient.17", "1979-04-08", {}).shown() == "(value not shown: it identifies a person)"
    assert Leaf("eRecord.02", "NEMSIS TAC", {}).shown() == "'NEMSIS TAC'"


def test_a_file_that_cannot_be_read_says_why(cli: Run, home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    err = refused(cli, home, folder)
    assert "cannot read: Is a directory" in err
    if os.geteuid() != 0:  # root reads anything
        locked = tmp_path / "locked.json"
        locked.write_text("{}", encoding="utf-8")
        locked.chmod(0)
        assert "cannot read: Permission denied" in refused(cli, home, locked)
