"""Only the signed-in user's own actions are attributed to them (issue 16, item 6).

`epcr demo` refuses a database it did not set up, and on a demo database every audit entry it writes names the
account running it; an imported report keeps its source's authors, marked as imported (file and importer),
and is never queued for the station as if this device's crew had locked it. All through the real `epcr`
command on real encrypted databases."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from epcr.cli import export_json, main
from epcr.demo import ROSTER, demo_report
from epcr.device import Device
from epcr.domain.report import Lifecycle, Report, Status
from epcr.session import Session
from tests.cli import conftest as demo_device
from tests.cli.conftest import PINS, Run
from tests.exports.conftest import pdftotext

# A copied demo device per test, and `epcr` run on it (tests/cli/conftest.py).
device_template, home, cli = demo_device.device_template, demo_device.home, demo_device.cli

CREW = {m["member_id"] for m in ROSTER}  # the demo's EMTs: none of them runs anything in these tests
INIT_PIN = "73914682"


@contextmanager
def opened(database: Path, user: str, pin: str) -> Iterator[Session]:
    session = Device(database).log_in(user, pin)
    try:
        yield session
    finally:
        session.log_out()


def run(argv: list[str], user: str, pin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("EPCR_USER", user)
    monkeypatch.setenv("EPCR_PIN", pin)
    return main(argv)


def locked_by_crew(number: int, author: str) -> Report:
    """A locked report in `author`'s name, as a file could claim (a valid hash: fabricated, not altered)."""
    report = demo_report(number)
    life = report.lifecycle
    report.lifecycle = Lifecycle(
        status=Status.LOCKED,
        created_at=life.created_at,
        created_by=author,
        locked_at=life.created_at + timedelta(hours=2),
        locked_by=author,
        content_hash=report.content_hash(),
    )
    return report


def test_demo_refuses_a_database_set_up_with_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "station-12" / "epcr.sqlite3"
    init = ["--db", str(database), "init", "--admin-id", "A-0100", "--name", "Ada Admin"]
    assert run(init, "A-0100", INIT_PIN, monkeypatch) == 0
    capsys.readouterr()

    status = run(["--db", str(database), "demo", "--count", "6"], "A-0100", INIT_PIN, monkeypatch)

    err = capsys.readouterr().err
    assert status == 1
    assert f"{database} is not a demo database" in err and "set up with `epcr init`" in err
    assert "Nothing was added" in err and "epcr --db /tmp/epcr-demo/epcr.sqlite3 demo" in err
    with opened(database, "A-0100", INIT_PIN) as admin:
        assert admin.db.list_reports() == [] and admin.db.outbox() == []
        trail = admin.db.audit_trail()
        assert all(entry.report_id is None for entry in trail)
        assert {entry.actor for entry in trail} == {"A-0100"}
        assert not admin.db.is_demo() and admin.unit() is None  # no demo settings either


def test_a_demo_mark_written_after_reports_does_not_make_a_demo_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The mark counts only from the set-up: one written later (with Python and a PIN) opens nothing."""
    database = tmp_path / "station-12" / "epcr.sqlite3"
    init = ["--db", str(database), "init", "--admin-id", "A-0100", "--name", "Ada Admin"]
    assert run(init, "A-0100", INIT_PIN, monkeypatch) == 0
    with opened(database, "A-0100", INIT_PIN) as admin:
        admin.import_reports([demo_report(2)])
        admin.db.mark_demo(admin.who)
        assert not admin.db.is_demo()
    capsys.readouterr()
    assert run(["--db", str(database), "demo"], "A-0100", INIT_PIN, monkeypatch) == 1
    assert "is not a demo database" in capsys.readouterr().err


def test_demo_sets_up_a_demo_database_the_first_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "demo" / "epcr.sqlite3"
    monkeypatch.delenv("EPCR_USER", raising=False)
    monkeypatch.delenv("EPCR_PIN", raising=False)
    assert main(["--db", str(database), "demo", "--count", "1"]) == 0
    assert "1 report(s) added" in capsys.readouterr().out
    with opened(database, "A-0001", PINS["A-0001"]) as admin:
        assert admin.db.is_demo()
        assert {entry.actor for entry in admin.db.audit_trail()} == {"A-0001"}
        assert admin.db.report_origins()[str(demo_report(0).uuid)].imported_by == "A-0001"


def test_demo_writes_every_entry_as_the_admin_and_keeps_the_crew_as_recorded_authors(
    cli: Run, home: Path
) -> None:
    status, out, _ = cli("demo", "--count", "7")
    assert status == 0 and "7 report(s) added, 7 in all (3 locked)" in out

    with opened(home / "epcr.sqlite3", "Q-0100", PINS["Q-0100"]) as qa:
        db = qa.db
        trail = db.audit_trail()
        assert not {entry.actor for entry in trail} & CREW  # no entry in an EMT's name
        assert {entry.actor for entry in trail if entry.report_id} == {"A-0001"}
        assert {entry.action for entry in trail if entry.report_id} == {"import", "source kept"}
        assert db.outbox() == []  # the device's crew locked nothing: nothing goes to the station
        origins = qa.report_origins()
        for number in range(7):
            report = qa.open_report(demo_report(number).uuid)
            author = demo_report(number).lifecycle.created_by
            origin = origins[str(report.uuid)]
            assert (origin.file_name, origin.format, origin.imported_by) == (
                "epcr demo",
                "epcr-demo",
                "A-0001",
            )
            assert report.lifecycle.created_by == author
            if number % 3 == 0:
                assert report.status is Status.LOCKED and report.lifecycle.locked_by == author
                assert [a.author for a in report.addenda] == ([author] if number % 6 == 0 else [])
                imported = next(e for e in db.audit_trail(report.uuid) if e.action == "import")
                assert imported.actor == "A-0001"
                assert imported.new_value["locked_by"] == author  # the source's author, named as such
            else:
                assert report.status is Status.DRAFT

    status, out, _ = cli("list", user="Q-0100")
    lines = [line for line in out.splitlines() if len(line) > 36 and line[8] == line[13] == "-"]
    assert len(lines) == 7 and all(line.endswith("(imported from epcr demo by A-0001)") for line in lines)
    assert cli("audit", "verify")[0] == 0


@pytest.mark.parametrize("importer", ["Q-0100", "A-0001"])
def test_a_locked_report_imported_by_qa_or_admin_stays_the_sources_and_is_marked_imported(
    cli: Run, home: Path, tmp_path: Path, importer: str
) -> None:
    report = locked_by_crew(1, "C-0815")
    source = tmp_path / "from-county.json"
    source.write_text(export_json(report), encoding="utf-8")
    rid = str(report.uuid)

    status, out, _ = cli("import", str(source), user=importer)
    assert status == 0 and out.split() == [rid]

    with opened(home / "epcr.sqlite3", "Q-0100", PINS["Q-0100"]) as qa:
        trail = qa.db.audit_trail(rid)
        stored = qa.open_report(rid)
        assert stored.lifecycle.locked_by == "C-0815" and stored.lifecycle.created_by == "C-0815"
        assert [(e.actor, e.action) for e in trail] == [(importer, "import"), (importer, "source kept")]
        assert trail[0].new_value == {"status": "locked", "created_by": "C-0815", "locked_by": "C-0815"}
        assert trail[1].new_value["file"] == "from-county.json"
        origin = qa.report_origins()[rid]
        assert (origin.file_name, origin.format, origin.imported_by) == (
            "from-county.json",
            "epcr-json",
            importer,
        )
        assert qa.db.outbox() == []  # never queued for the station as this device's crew's lock

    listing = cli("list", user="Q-0100")[1]
    assert f"(imported from from-county.json by {importer})" in listing
    line = json.loads(cli("list", "--json", user="Q-0100")[1].splitlines()[0])
    assert (line["imported_from"], line["imported_by"]) == ("from-county.json", importer)

    pdf = tmp_path / "report.pdf"
    assert cli("export", rid, "--format", "pdf", "-o", str(pdf), user="Q-0100")[0] == 0
    text = " ".join(pdftotext(pdf).split())
    assert "(as recorded in the imported file)" in text
    # "Imported  from from-county.json, <when> by <importer>", the two-column layout may wrap the importer
    assert re.search(rf"Imported from from-county\.json, [\d-]+ [\d:]+ by .{{0,120}}{importer}", text)

    original = tmp_path / "original.json"
    assert cli("export", rid, "--format", "source", "-o", str(original), user="Q-0100")[0] == 0
    assert json.loads(original.read_text(encoding="utf-8")) == json.loads(export_json(report))


def test_the_crews_own_addendum_on_an_imported_report_is_theirs_and_goes_to_the_station(
    cli: Run, home: Path, tmp_path: Path
) -> None:
    report = locked_by_crew(1, "C-0815")
    source = tmp_path / "from-county.json"
    source.write_text(export_json(report), encoding="utf-8")
    assert cli("import", str(source), user="Q-0100")[0] == 0

    with opened(home / "epcr.sqlite3", "C-0815", PINS["C-0815"]) as crew:
        crew.add_addendum(report.uuid, "Late entry", "Pupils equal and reactive on arrival.")
        assert [(row.kind, row.report_id) for row in crew.db.outbox()] == [("addendum", str(report.uuid))]
        entries = crew.db.audit_trail(report.uuid)
        assert [(e.actor, e.action) for e in entries if e.action == "addendum"] == [("C-0815", "addendum")]
