"""The `epcr` command as a user or a script meets it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from epcr.cli import export_json, main
from epcr.demo import demo_report, large_report
from tests.cli.conftest import PINS, Run, stored_counts


def write(path: Path, data: Any) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_export_import_export_is_byte_identical(
    cli: Run, home: Path, tmp_path: Path, device_template: Path
) -> None:
    report = large_report()
    source = write(tmp_path / "in.json", export_json(report))
    status, out, _ = cli("import", str(source))
    assert status == 0 and out.strip() == str(report.uuid)
    assert cli("export", str(report.uuid), "-o", str(tmp_path / "a.json"), user="Q-0100")[0] == 0
    other = tmp_path / "other"
    shutil.copytree(device_template, other)
    assert cli("import", str(tmp_path / "a.json"), db=other / "epcr.sqlite3")[0] == 0
    status, exported, _ = cli(
        "export", str(report.uuid), "--format", "json", user="Q-0100", db=other / "epcr.sqlite3"
    )
    assert status == 0
    assert exported.encode() == (tmp_path / "a.json").read_bytes() == source.read_bytes()


def test_locked_report_with_addenda_survives_the_round_trip(
    cli: Run, tmp_path: Path, device_template: Path
) -> None:
    assert cli("demo", "--count", "7")[0] == 0
    locked = [
        json.loads(line)
        for line in cli("list", "--status", "locked", "--json", user="Q-0100")[1].splitlines()
    ]
    assert locked
    uuid = locked[-1]["uuid"]  # the oldest locked call has an addendum
    _, text, _ = cli("export", uuid, user="Q-0100")
    assert json.loads(text)["addenda"] and json.loads(text)["lifecycle"]["status"] == "locked"
    other = tmp_path / "other"
    shutil.copytree(device_template, other)
    copy = write(tmp_path / "copy.json", text)
    assert cli("import", str(copy), db=other / "epcr.sqlite3")[0] == 0
    assert cli("export", uuid, user="Q-0100", db=other / "epcr.sqlite3")[1] == text


BAD_INPUT = [
    ("malformed JSON", '{"lifecycle": {', "not valid JSON"),
    ("wrong type", {"vitals": [{"sbp": "high"}]}, "vitals[0].sbp"),
    ("SBP 900", {"vitals": [{"sbp": 900}]}, "vitals[0].sbp: must be between 0 and 500"),
    ("GCS eye 7", {"vitals": [{"gcs": {"eye": 7}}]}, "vitals[0].gcs.eye: must be between 1 and 4"),
    ("unknown code", {"patient": {"sex": "9919999"}}, "9919001 (Female)"),
    (
        "naive time",
        {"times": {"unit_notified": "2026-11-25T11:00:00"}},
        "times.unit_notified: a date-time must",
    ),
    ("unknown field", {"patient": {"shoe_size": 44}}, "patient.shoe_size: unknown field"),
    (  # a draft in JSON is a person's entry: Not Reporting comes only from a NEMSIS file
        "not reporting",
        {"narrative": {"text": {"not_value": "7701005"}}},
        "narrative.text: eNarrative.01 Patient Care Report Narrative: 7701005 Not Reporting",
    ),
]


@pytest.mark.parametrize(("case", "data", "says"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_refused_with_the_field_and_nothing_is_written(
    cli: Run, home: Path, tmp_path: Path, case: str, data: Any, says: str
) -> None:
    good = json.loads(export_json(demo_report(0)))
    if isinstance(data, dict):
        for section, value in data.items():
            if isinstance(value, list):
                good[section][0].update(value[0])
            else:
                good[section] |= value
        data = json.dumps([json.loads(export_json(demo_report(1))), good])  # one bad report spoils the file
    status, out, err = cli("import", str(write(tmp_path / "bad.json", data)))
    assert status == 2
    assert says in err, err
    assert out == ""
    assert stored_counts(home) == (0, 0)


def test_one_bad_file_does_not_stop_the_good_ones(cli: Run, tmp_path: Path) -> None:
    good = write(tmp_path / "good.json", export_json(demo_report(2)))
    bad = write(tmp_path / "bad.json", "[1, 2")
    status, out, err = cli("import", str(bad), str(good))
    assert status == 2 and out.strip() == str(demo_report(2).uuid) and "bad.json" in err


def test_export_errors(cli: Run, tmp_path: Path) -> None:
    status, _, err = cli("export", "not-a-uuid", user="Q-0100")
    assert status == 2 and "uuid" in err
    status, _, err = cli("export", "3f2b8c1e-0000-4000-8000-000000000001", user="Q-0100")
    assert status == 1 and "no report" in err
    cli("demo", "--count", "1")
    uuid = str(demo_report(0).uuid)
    status, _, err = cli("export", uuid, "-o", str(tmp_path / "missing" / "dir" / "x.json"), user="Q-0100")
    assert status == 2 and "cannot write" in err
    with pytest.raises(SystemExit) as caught:
        main(["export", uuid, "--format", "docx"])
    assert caught.value.code == 2


def test_list_and_demo(cli: Run) -> None:
    assert "no reports" in cli("list", user="Q-0100")[1]
    assert "12 report(s) added" in cli("demo")[1]
    assert "0 report(s) added, 12 in all" in cli("demo")[1]  # idempotent
    _, out, _ = cli("list", "--search", "chainsaw", user="Q-0100")
    assert "3 report(s)" in out and "Arterial bleeding" in out


def test_an_emt_sees_only_their_own_reports(cli: Run) -> None:
    cli("demo")
    everything = cli("list", "--json", user="Q-0100")[1].splitlines()
    own = [json.loads(line) for line in cli("list", "--json", user="E-2210")[1].splitlines()]
    assert 0 < len(own) < len(everything)
    assert all(
        r["chief_complaint"].startswith(("Found unresponsive", "Crushing", "Unresponsive")) for r in own
    )
    other = json.loads(everything[0])["uuid"]
    if other not in {r["uuid"] for r in own}:
        status, _, err = cli("export", other, user="E-2210")
        assert status == 1 and "not one of your reports" in err


def test_roles_are_enforced_on_the_command_line(cli: Run, tmp_path: Path) -> None:
    status, _, err = cli("list", user="A-0001")
    assert status == 1 and "A-0001 may not list reports" in err
    status, _, err = cli(
        "import", str(write(tmp_path / "r.json", export_json(demo_report(0)))), user="P-1042"
    )
    assert status == 1 and "may not import reports" in err
    status, _, err = cli("audit", "verify", user="E-2210")
    assert status == 1 and "may not verify the audit trail" in err


def test_schema_is_json_schema_with_element_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["title"] == "Report" and '"nemsis": "eVitals.06"' in out


def test_commands_on_files_need_no_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPCR_HOME", str(tmp_path / "nowhere"))
    clean = write(tmp_path / "clean.json", export_json(demo_report(0)))
    assert main(["validate", str(clean)]) == 0
    assert not (tmp_path / "nowhere").exists()


def test_console_script_demo_then_login(tmp_path: Path) -> None:
    script = shutil.which("epcr", path=str(Path(sys.executable).parent))
    assert script, "the epcr console script is installed with the package"
    env = {**os.environ, "EPCR_HOME": str(tmp_path / "home")}
    result = subprocess.run([script, "demo", "--count", "2"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert "P-1042   PIN 10422401" in result.stdout and "recovery key" in result.stdout
    env |= {"EPCR_USER": "P-1042", "EPCR_PIN": PINS["P-1042"]}
    result = subprocess.run([script], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "1 report(s)" in result.stdout
    result = subprocess.run(
        [script, "list"], capture_output=True, text=True, env=env | {"EPCR_PIN": "00000000"}
    )
    assert result.returncode == 1 and "wrong PIN for P-1042: 4 attempt(s) left" in result.stderr


def test_without_a_pin_and_without_a_terminal_the_command_says_how(tmp_path: Path) -> None:
    script = shutil.which("epcr", path=str(Path(sys.executable).parent))
    assert script
    env = {k: v for k, v in os.environ.items() if k not in ("EPCR_PIN", "EPCR_USER")}
    env["EPCR_HOME"] = str(tmp_path / "home")
    subprocess.run([script, "demo", "--count", "1"], capture_output=True, text=True, env=env, check=True)
    result = subprocess.run(
        [script, "--user", "P-1042", "list"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2 and "set EPCR_PIN" in result.stderr


def test_default_home_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from epcr.cli import default_home

    monkeypatch.delenv("EPCR_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "")  # empty counts as unset
    assert default_home() == tmp_path / ".local" / "share" / "epcr"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_home() == tmp_path / "data" / "epcr"
    monkeypatch.setenv("EPCR_HOME", str(tmp_path / "custom"))
    assert default_home() == tmp_path / "custom"


def test_validate_exit_codes_and_formats(cli: Run, tmp_path: Path) -> None:
    clean = write(tmp_path / "clean.json", export_json(demo_report(0)))
    assert cli("validate", str(clean))[0] == 0
    broken = json.loads(export_json(demo_report(0)))
    broken["vitals"][-1] |= {"sbp": 80, "dbp": 95}  # after the nitroglycerin: no contraindication
    status, out, _ = cli("validate", str(write(tmp_path / "bad.json", broken)), "--format", "json")
    assert status == 1
    found = json.loads(out)[0]["findings"]
    assert found[0]["rule"] == "vitals.dbp_below_sbp" and found[0]["severity"] == "error"
    status, _, err = cli("validate", str(write(tmp_path / "junk.json", "{")))
    assert status == 2 and "not valid JSON" in err
    assert cli("validate", "no-such-thing")[0] == 2
    cli("demo", "--count", "2")
    status, out, _ = cli("validate", str(demo_report(1).uuid), user="C-0815")
    assert status == 0 and "0 errors" in out


def test_scope_commands(cli: Run, tmp_path: Path) -> None:
    from epcr.resources import resources_dir

    example = resources_dir() / "scope" / "examples" / "agency-riverside.toml"
    assert cli("scope", "check", str(example))[0] == 0
    status, out, _ = cli("scope", "show", "--level", "EMT-Basic")
    assert status == 0 and "Supraglottic airway" in out and "EMT-Basic + EMT Airway" in out
    bad = write(
        tmp_path / "bad.toml", '[table]\nid = "x"\nname = "x"\njurisdiction = "x"\n[levels]\n"EMT" = []\n'
    )
    status, _, err = cli("scope", "install", str(bad))
    assert status == 2 and "bad.toml line 5" in err and "nothing changed" in err
    status, _, err = cli("scope", "install", str(example), user="P-1042")
    assert status == 1 and "may not install scope tables" in err
    assert cli("scope", "install", str(example))[0] == 0
    xml = tmp_path / "dconf.xml"
    assert cli("scope", "export", "-o", str(xml))[0] == 0
    status, out, _ = cli("scope", "import", str(xml), "--id", "from-xml")
    assert status == 0 and 'id = "from-xml"' in out and "[[procedure]]" in out
