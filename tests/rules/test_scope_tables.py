"""Scope tables as files: agency overrides, refusal of bad files, the last good table, dConfiguration."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from epcr.resources import resources_dir
from epcr.rules.scope import Kind, ScopeTable, ScopeTableError, load
from epcr.rules.scope.dconfiguration import export_xml, import_toml
from epcr.rules.scope.library import active_scope, install

EXAMPLE = resources_dir() / "scope" / "examples" / "agency-riverside.toml"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nemsis"
DAY = date(2026, 6, 1)
SGA, NPA, DECOMPRESSION = "450611000124100", "182692007", "182705007"
HEAD = '[table]\nid = "agency"\nname = "Test agency"\njurisdiction = "US-XX"\nextends = "us-national-2019"\n'


def write(tmp_path: Path, text: str, name: str = "agency.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def permitted(
    table: ScopeTable,
    kind: Kind,
    code: str,
    level: str,
    route: str | None = None,
    *,
    endorsements: Iterable[str] = (),
    on: date = DAY,
) -> bool:
    return table.decide(kind, code, level, frozenset(endorsements), route, on).permitted


def test_agency_file_narrows_and_withdraws() -> None:
    national, agency = load(), load(EXAMPLE)
    assert agency.layers == ("us-national-2019", "riverside-2026")
    # narrowed to an endorsement: AEMTs need the agency's arrest airway sign-off; EMTs keep theirs
    assert permitted(national, Kind.PROCEDURE, SGA, "AEMT")
    assert not permitted(agency, Kind.PROCEDURE, SGA, "AEMT")
    assert permitted(agency, Kind.PROCEDURE, SGA, "AEMT", endorsements={"Arrest Airway"})
    assert permitted(agency, Kind.PROCEDURE, SGA, "EMT-Basic", endorsements={"EMT Airway"})
    # withdraw from a level: no needle decompression for AEMT-99s
    assert permitted(national, Kind.PROCEDURE, DECOMPRESSION, "AEMT", endorsements={"AEMT-99"})
    assert not permitted(agency, Kind.PROCEDURE, DECOMPRESSION, "AEMT", endorsements={"AEMT-99"})
    assert permitted(agency, Kind.PROCEDURE, DECOMPRESSION, "Paramedic")
    # by route: the auto-injector only with the agency's anaphylaxis training; IM no longer for endorsed EMTs
    assert permitted(national, Kind.MEDICATION, "328316", "EMT-Basic", "9927063")
    assert not permitted(agency, Kind.MEDICATION, "328316", "EMT-Basic", "9927063")
    assert permitted(agency, Kind.MEDICATION, "328316", "EMT-Basic", "9927063", endorsements={"Anaphylaxis"})
    assert not permitted(
        agency, Kind.MEDICATION, "328316", "EMT-Basic", "9927015", endorsements={"EMT Medication"}
    )
    # effective dates: ketamine only from March 2026, only critical care
    assert not permitted(agency, Kind.MEDICATION, "6130", "Paramedic", "9927023")
    assert permitted(agency, Kind.MEDICATION, "6130", "Critical Care", "9927023")
    assert agency.skill(Kind.MEDICATION, "6130", date(2026, 2, 1)) is None


STATE = resources_dir() / "scope" / "examples" / "state-ceiling-example.toml"
AGENCY_SGA = HEAD + (
    "\n# EMTs place supraglottic airways without the endorsement\n"
    '[[procedure]]\nskill = "Supraglottic airway"\nlevels = ["AEMT", "EMT-Basic"]\n'
)


def test_an_agency_cannot_grant_beyond_licensed_scope(tmp_path: Path) -> None:
    """Issue 15: an agency file granting above the ceiling is refused, naming its line."""
    path = write(tmp_path, AGENCY_SGA)
    with pytest.raises(ScopeTableError) as caught:
        load(path)
    assert caught.value.line == 8 and f"{path} line 8" in str(caught.value)
    assert "'Supraglottic airway' grants 450611000124100 to EMT-Basic, beyond the licensed scope" in str(
        caught.value
    )
    # a new drug row, an endorsement of the agency's own making, a level widened: all refused
    for text, line, says in (
        (
            HEAD + '\n[[medication]]\ndrug = "Fentanyl by EMTs"\nrxnorm = ["4337"]\nlevels = ["EMT-Basic"]\n',
            7,
            "grants 4337 to EMT-Basic",
        ),
        (
            HEAD + '\n[[procedure]]\nskill = "Supraglottic airway"\nlevels = ["EMT-Basic + Our Airway"]\n',
            7,
            "to EMT-Basic + Our Airway",
        ),
        (
            HEAD
            + '\n[[medication]]\ndrug = "Nitroglycerin"\n[medication.routes]\nINTRAVENOUS_IV = ["AEMT"]\n',
            7,
            "grants 4917 by route INTRAVENOUS_IV to AEMT",
        ),
        (HEAD + '[levels]\n"EMT-Intermediate" = []\n"EMR" = ["EMT-Intermediate"]\n', None, "cannot widen"),
        (
            HEAD + '\n[[ceiling]]\nskill = "Supraglottic airway"\nlevels = ["EMT-Basic"]\nsource = "us"\n',
            7,
            "an agency table cannot raise its own ceiling",
        ),
        ('[table]\nid = "a"\nname = "a"\njurisdiction = "US-XX"\nrole = "agency"\n', 1, "give extends"),
    ):
        with pytest.raises(ScopeTableError) as caught:
            load(write(tmp_path, text))
        assert says in caught.value.problem and caught.value.line == line, str(caught.value)


def test_a_state_ceiling_lets_agencies_grant_from_its_date(tmp_path: Path) -> None:
    dated = AGENCY_SGA + "effective_from = 2026-07-01\n"
    table = load(STATE, write(tmp_path, dated))
    assert table.layers == ("us-national-2019", "us-xx-2026", "agency")
    assert permitted(table, Kind.PROCEDURE, SGA, "EMT-Basic", on=date(2026, 7, 1))
    # in force before the ceiling is: refused (the row's dates must lie inside the ceiling's)
    with pytest.raises(ScopeTableError, match="beyond the licensed scope"):
        load(STATE, write(tmp_path, AGENCY_SGA))
    # and without the state's table below it, the same dated row is refused
    with pytest.raises(ScopeTableError, match="beyond the licensed scope"):
        load(write(tmp_path, dated))
    # the state itself sets licensed scope: its own endorsement, and a source on each row
    state = load(STATE)
    assert permitted(
        state, Kind.MEDICATION, "328316", "EMT-Basic", "9927015", endorsements={"State Anaphylaxis"}
    )


def test_national_and_state_rows_need_a_source(tmp_path: Path) -> None:
    state = HEAD.replace('id = "agency"', 'id = "s"') + 'role = "state"\n'
    text = state + '\n[[procedure]]\nskill = "Nasopharyngeal airway"\nlevels = ["EMR"]\n'
    with pytest.raises(ScopeTableError) as caught:
        load(write(tmp_path, text))
    assert caught.value.line == 8 and "'Nasopharyngeal airway' needs source" in caught.value.problem
    assert load(write(tmp_path, text + 'source = "State rule 4.1"\n')).layers[-1] == "s"


def test_withdrawing_a_skill_entirely(tmp_path: Path) -> None:
    table = load(write(tmp_path, HEAD + '[[procedure]]\nskill = "Nasopharyngeal airway"\nwithdrawn = true\n'))
    assert table.skill(Kind.PROCEDURE, NPA, DAY) is None


def test_a_level_can_stand_alone(tmp_path: Path) -> None:
    table = load(write(tmp_path, HEAD + '[levels]\n"EMT-Intermediate" = []\n'))
    assert not permitted(table, Kind.PROCEDURE, "7443007", "EMT-Intermediate")  # no longer includes EMR's OPA
    assert permitted(table, Kind.PROCEDURE, "232674004", "EMT-Intermediate")


BAD_TABLES = [
    ("not TOML", '[table\nid = "x"', 1, "not valid TOML"),
    ("no table", '[levels]\n"EMR" = []\n', None, "missing [table]"),
    (
        "unknown level",
        HEAD + '\n[[procedure]]\nskill = "X"\nsnomed = ["7443007"]\nlevels = ["EMT-B"]\n',
        7,
        "unknown level 'EMT-B'",
    ),
    (
        "bad code",
        HEAD + '\n[[procedure]]\nskill = "X"\nsnomed = ["74430"]\nlevels = ["EMR"]\n',
        7,
        "not a SNOMED CT concept id",
    ),
    (
        "numeric code",
        HEAD + '\n[[medication]]\ndrug = "X"\nrxnorm = [1191]\nlevels = ["EMR"]\n',
        7,
        'write codes as "text"',
    ),
    (
        "unknown route",
        HEAD + '\n[[medication]]\ndrug = "X"\nrxnorm = ["1191"]\n[medication.routes]\nNOSE = ["EMR"]\n',
        7,
        "unknown route 'NOSE'",
    ),
    (
        "unknown key",
        HEAD + '\n[[procedure]]\nskill = "X"\nsnomed = ["7443007"]\nlevel = ["EMR"]\n',
        7,
        "unknown key(s) ['level']",
    ),
    (
        "duplicate code",
        HEAD + '\n[[procedure]]\nskill = "Other OPA"\nsnomed = ["7443007"]\nlevels = ["EMR"]\n',
        None,
        "is in both",
    ),
    ("level cycle", HEAD + '[levels]\n"EMR" = ["Paramedic"]\n', None, "includes itself"),
    (
        "withdraw unknown",
        HEAD + '\n[[procedure]]\nskill = "Teleportation"\nwithdrawn = true\n',
        7,
        "cannot withdraw",
    ),
    ("wrong base", HEAD.replace("us-national-2019", "us-national-2007"), None, "extends 'us-national-2007'"),
]


@pytest.mark.parametrize(("case", "text", "line", "says"), BAD_TABLES, ids=[b[0] for b in BAD_TABLES])
def test_bad_tables_are_refused_with_file_line_and_problem(
    tmp_path: Path, case: str, text: str, line: int | None, says: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ScopeTableError) as caught:
        load(path)
    assert caught.value.path == str(path) and says in caught.value.problem, str(caught.value)
    if line is not None:
        assert caught.value.line == line and f"line {line}" in str(caught.value)


def test_install_refuses_a_bad_file_and_keeps_the_last_good_table(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert install(home, EXAMPLE).id == "riverside-2026"
    bad = write(
        tmp_path, HEAD + '\n[[procedure]]\nskill = "X"\nsnomed = ["1"]\nlevels = ["EMR"]\n', "bad.toml"
    )
    with pytest.raises(ScopeTableError):
        install(home, bad)
    assert active_scope(home).table.id == "riverside-2026" and active_scope(home).problems == []
    # A hand edit breaks the installed file: the last good table stays in force, and we say so.
    (home / "scope" / "agency.toml").write_text(bad.read_text(encoding="utf-8"), encoding="utf-8")
    scope = active_scope(home)
    assert scope.table.id == "riverside-2026"
    assert "line 7" in scope.problems[0] and "last good" in scope.problems[-1]


def test_no_agency_file_means_the_national_table(tmp_path: Path) -> None:
    scope = active_scope(tmp_path)
    assert scope.table.id == "us-national-2019" and scope.problems == []


def test_dconfiguration_round_trip(tmp_path: Path) -> None:
    national = load()
    xml = write(tmp_path, export_xml(national, DAY, "06"), "dconfiguration.xml")
    assert "<dConfiguration.06>9917005</dConfiguration.06>" in xml.read_text(encoding="utf-8")
    imported = load(write(tmp_path, import_toml(xml, "round-trip", "Round trip", "US-CA"), "imported.toml"))
    for level in national.ladder:
        for kind in Kind:
            assert imported.permitted_codes(kind, level, DAY) == national.permitted_codes(kind, level, DAY), (
                level
            )


def test_import_the_official_dem_sample(tmp_path: Path) -> None:
    text = import_toml(FIXTURES / "2025-DEM-1_v351.xml", "dem-1", "NEMSIS 2025 DEM-1", "US-09")
    table = load(write(tmp_path, text, "dem.toml"))
    assert set(table.ladder) == {"EMT-Basic", "Paramedic"}
    assert permitted(table, Kind.PROCEDURE, "20655006", "EMT-Basic")  # tourniquet is in the EMT group
    assert not permitted(table, Kind.PROCEDURE, "128968000", "EMT-Basic")  # vagal maneuvers: paramedics only
    assert permitted(table, Kind.PROCEDURE, "128968000", "Paramedic")


def test_import_refuses_what_is_not_dconfiguration(tmp_path: Path) -> None:
    with pytest.raises(ScopeTableError, match="not readable XML"):
        import_toml(write(tmp_path, "<dConfiguration>", "broken.xml"), "x", "x", "US")
    with pytest.raises(ScopeTableError, match="no dConfiguration"):
        import_toml(write(tmp_path, "<root/>", "empty.xml"), "x", "x", "US")
