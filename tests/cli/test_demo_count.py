"""`epcr demo --count N` up to its limit (issue 17, item 3): the calls stay in the past, never overlap, and
the crew is certified on every one of them; a load that fails part-way, refused by the lock gate or by the
database, leaves the reports and their audit trail as they were. All through the real `epcr` command on
real encrypted demo devices (tests/cli/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

import pytest

from epcr.cli import main
from epcr.demo import demo_report
from epcr.device import Device
from epcr.domain.audit import AuditRecord
from epcr.domain.report import Report, Status
from epcr.rules.agency import agency_rules
from epcr.rules.scope.library import install
from epcr.session import Session
from tests.cli.conftest import PINS, Run, stored_counts

TODAY = datetime(2026, 12, 1, tzinfo=UTC)  # the today: every demo call ended before it
COUNT = 1000  # past 831, the first call that ran past the old certification expiry; 10,000 is run by hand
TOURNIQUET_NEEDS_AN_EMT = (
    '[table]\nid = "agency"\nname = "Test agency"\njurisdiction = "US-XX"\nextends = "us-national-2019"\n'
    '[[procedure]]\nskill = "Tourniquet"\nlevels = ["EMT-Basic"]\n'
)  # the demo's hemorrhage calls have an EMR apply the tourniquet: the first locked one (call 6) is refused


def moment(value: object) -> datetime:
    assert isinstance(value, datetime), value
    return value


@contextmanager
def reviewer(home: Path) -> Iterator[Session]:
    session = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    try:
        yield session
    finally:
        session.log_out()


def stored_reports(home: Path) -> list[Report]:
    with reviewer(home) as qa, qa.db.reading() as reports:
        return [reports.get(summary.uuid) for summary in qa.db.list_reports()]


def audit_after(home: Path, entries: int) -> list[AuditRecord]:
    with reviewer(home) as qa:
        return qa.db.audit_trail()[entries:]


def audit_length(home: Path) -> int:
    with reviewer(home) as qa:
        return len(qa.db.audit_trail())


def test_a_thousand_calls_lie_in_the_past_apart_and_inside_the_crews_certification(
    cli: Run, home: Path
) -> None:
    assert cli("demo", "--count", "12")[0] == 0
    status, out, err = cli("demo", "--count", str(COUNT))
    assert status == 0, err
    assert f"{COUNT - 12} report(s) added, {COUNT} in all ({(COUNT + 2) // 3} locked)" in out

    reports = {str(report.uuid): report for report in stored_reports(home)}
    numbers = {str(demo_report(number).uuid): number for number in range(COUNT)}
    assert set(reports) == set(numbers)
    spans = sorted((moment(r.times.psap_call), moment(r.times.back_in_service)) for r in reports.values())
    for (_, ended), (began, _) in pairwise(spans):
        assert ended < began  # one unit: one call at a time
    assert spans[-1][1] < TODAY
    validator = agency_rules(home).validator
    for uuid, report in reports.items():
        number, notified = numbers[uuid], moment(report.times.unit_notified)
        assert report.response.pcr_number == f"{notified.year}-{number:06d}"
        care = [e.at for e in (*report.procedures, *report.medications) if isinstance(e.at, datetime)]
        last = max([moment(report.times.back_in_service), *care])
        for member in report.crew:  # certified on the day of every entry of the call
            expires = member.certification_expires
            assert expires is not None and expires >= last.date(), (number, member.member_id)
        assert [f for f in validator.validate(report).findings if f.rule == "scope.practice"] == []
        author = report.lifecycle.created_by
        if number % 3 == 0:
            assert report.status is Status.LOCKED and report.lifecycle.locked_by == author
            assert [a.author for a in report.addenda] == ([author] if number % 6 == 0 else [])
        else:
            assert report.status is Status.DRAFT

    with reviewer(home) as qa:
        trail = [entry for entry in qa.db.audit_trail() if entry.report_id]
        assert qa.db.outbox() == []  # the device's crew locked nothing: nothing goes to the station
    assert {entry.actor for entry in trail} == {"A-0001"}  # the account running the demo, as before
    imports = {entry.report_id: entry for entry in trail if entry.action == "import"}
    assert len(imports) == COUNT and sum(entry.action == "source kept" for entry in trail) == COUNT
    for uuid, report in reports.items():
        assert imports[uuid].new_value["locked_by"] == report.lifecycle.locked_by  # the author, as recorded
    assert cli("audit", "verify")[0] == 0


def test_a_call_the_lock_gate_refuses_part_way_adds_nothing(cli: Run, home: Path) -> None:
    assert cli("demo", "--count", "3")[0] == 0
    install(home, _written(home.parent / "agency.toml", TOURNIQUET_NEEDS_AN_EMT))
    before, entries = stored_counts(home), audit_length(home)

    status, out, err = cli("demo", "--count", "12")
    assert status == 1 and out == "" and "Traceback" not in err
    assert err.startswith("epcr: demo: demo call 6 cannot be locked: report ")
    assert "Tourniquet" in err and "No demo call was added" in err
    assert stored_counts(home) == before
    after = audit_after(home, entries)
    ours = [(e.actor, e.action) for e in after if e.actor == "A-0001"]
    assert _only_logins(after) and ours == [
        ("A-0001", "login"),
        ("A-0001", "logout"),
    ]  # the failed run's session


def test_a_database_failure_in_the_middle_of_the_import_rolls_all_of_it_back(cli: Run, home: Path) -> None:
    assert cli("demo", "--count", "3")[0] == 0
    refused = demo_report(20).uuid
    with admin(home) as session, session.db.unit_of_work() as uow:  # a real failure, from SQLite itself
        uow.db.execute(
            f"CREATE TRIGGER refuse_call_20 BEFORE INSERT ON reports WHEN NEW.id = '{refused}' "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
        uow.commit()
    before, entries = stored_counts(home), audit_length(home)

    status, out, err = cli("demo", "--count", "30")
    assert status == 1 and out == "" and "Traceback" not in err
    assert "the demo calls could not be stored: database or disk is full" in err
    assert "No demo call was added" in err
    assert stored_counts(home) == before  # calls 3 to 19 were inserted before call 20 failed: all rolled back
    assert _only_logins(audit_after(home, entries))

    with admin(home) as session, session.db.unit_of_work() as uow:
        uow.db.execute("DROP TRIGGER refuse_call_20")
        uow.commit()
    status, out, _ = cli("demo", "--count", "30")
    assert status == 0 and "27 report(s) added, 30 in all (10 locked)" in out


def test_a_refused_first_load_sets_nothing_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "demo"
    install(home, _written(tmp_path / "agency.toml", TOURNIQUET_NEEDS_AN_EMT))
    monkeypatch.delenv("EPCR_PIN", raising=False)
    assert main(["--db", str(home / "epcr.sqlite3"), "demo", "--count", "7"]) == 1
    err = capsys.readouterr().err
    assert "demo call 6 cannot be locked" in err and "recovery key" not in err
    assert not Device.at(home).is_set_up() and not (home / "epcr.sqlite3").exists()


@contextmanager
def admin(home: Path) -> Iterator[Session]:
    session = Device.at(home).log_in("A-0001", PINS["A-0001"])
    try:
        yield session
    finally:
        session.log_out()


def _only_logins(entries: list[AuditRecord]) -> bool:
    """Only the sessions' own entries: no report, source or setting was touched."""
    return bool(entries) and all(e.action in {"login", "logout"} and e.report_id is None for e in entries)


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
