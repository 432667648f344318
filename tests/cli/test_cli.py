"""The `epcr` command as a user or a script meets it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from epcr.cli import export_json, main
from epcr.demo import demo_report, large_report


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(path: Path, data: Any) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def table_counts(db: Path) -> tuple[int, int, int]:
    if not db.exists():
        return (0, 0, 0)
    with sqlite3.connect(db) as conn:
        return tuple(
            conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
            for t in ("reports", "report_parts", "audit_log")
        )


def test_export_import_export_is_byte_identical(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first_db, second_db = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    report = large_report()
    source = write(tmp_path / "in.json", export_json(report))
    status, out, _ = run(capsys, "--db", first_db, "import", str(source))
    assert status == 0 and out.strip() == str(report.uuid)
    assert run(capsys, "--db", first_db, "export", str(report.uuid), "-o", str(tmp_path / "a.json"))[0] == 0
    assert run(capsys, "--db", second_db, "import", str(tmp_path / "a.json"))[0] == 0
    status, exported, _ = run(capsys, "--db", second_db, "export", str(report.uuid), "--format", "json")
    assert status == 0
    assert exported.encode() == (tmp_path / "a.json").read_bytes() == source.read_bytes()


def test_locked_report_with_addenda_survives_the_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    assert run(capsys, "--db", str(home / "epcr.sqlite3"), "demo", "--count", "7")[0] == 0
    locked = [
        json.loads(line)
        for line in run(capsys, "--db", str(home / "epcr.sqlite3"), "list", "--status", "locked", "--json")[
            1
        ].splitlines()
    ]
    assert locked
    uuid = locked[0]["uuid"]
    _, text, _ = run(capsys, "--db", str(home / "epcr.sqlite3"), "export", uuid)
    assert json.loads(text)["addenda"] and json.loads(text)["lifecycle"]["status"] == "locked"
    copy = write(tmp_path / "copy.json", text)
    assert run(capsys, "--db", str(tmp_path / "other.sqlite3"), "import", str(copy))[0] == 0
    assert run(capsys, "--db", str(tmp_path / "other.sqlite3"), "export", uuid)[1] == text


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
]


@pytest.mark.parametrize(("case", "data", "says"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_refused_with_the_field_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, data: Any, says: str
) -> None:
    db = tmp_path / "device.sqlite3"
    good = json.loads(export_json(demo_report(0)))
    if isinstance(data, dict):
        for section, value in data.items():
            if isinstance(value, list):
                good[section][0].update(value[0]) if good[section] else good[section].append(value[0])
            else:
                good[section] |= value
        data = json.dumps([json.loads(export_json(demo_report(1))), good])  # one bad report spoils the file
    path = write(tmp_path / "bad.json", data)
    status, out, err = run(capsys, "--db", str(db), "import", str(path))
    assert status == 2
    assert says in err, err
    assert out == ""
    assert table_counts(db)[:2] == (0, 0)


def test_one_bad_file_does_not_stop_the_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path / "good.json", export_json(demo_report(2)))
    bad = write(tmp_path / "bad.json", "[1, 2")
    status, out, err = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "import", str(bad), str(good))
    assert status == 2 and out.strip() == str(demo_report(2).uuid) and "bad.json" in err


def test_export_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite3")
    status, _, err = run(capsys, "--db", db, "export", "not-a-uuid")
    assert status == 2 and "uuid" in err
    status, _, err = run(capsys, "--db", db, "export", "3f2b8c1e-0000-4000-8000-000000000001")
    assert status == 1 and "no report" in err
    run(capsys, "--db", db, "demo", "--count", "1")
    uuid = str(demo_report(0).uuid)
    status, _, err = run(
        capsys, "--db", db, "export", uuid, "-o", str(tmp_path / "missing" / "dir" / "x.json")
    )
    assert status == 2 and "cannot write" in err
    with pytest.raises(SystemExit) as caught:
        main(["--db", db, "export", uuid, "--format", "docx"])
    assert caught.value.code == 2 and "json" in capsys.readouterr().err


def test_list_and_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert "no reports" in run(capsys, "--db", db, "list")[1]
    assert "12 report(s) added" in run(capsys, "--db", db, "demo")[1]
    assert "0 report(s) added, 12 in all" in run(capsys, "--db", db, "demo")[1]  # idempotent
    _, out, _ = run(capsys, "--db", db, "list", "--search", "chainsaw")
    assert "3 report(s)" in out and "Arterial bleeding" in out


def test_schema_is_json_schema_with_element_ids(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert status == 0 and schema["title"] == "Report"
    assert '"nemsis": "eVitals.06"' in out


def test_epcr_home_and_console_script(tmp_path: Path) -> None:
    script = shutil.which("epcr", path=str(Path(sys.executable).parent))
    assert script, "the epcr console script is installed with the package"
    env = {**os.environ, "EPCR_HOME": str(tmp_path / "home")}
    result = subprocess.run([script, "demo", "--count", "2"], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "home" / "epcr.sqlite3").exists()
    result = subprocess.run([script], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "2 report(s)" in result.stdout


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


def test_validate_exit_codes_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite3")
    clean = write(tmp_path / "clean.json", export_json(demo_report(0)))
    assert run(capsys, "--db", db, "validate", str(clean))[0] == 0
    broken = json.loads(export_json(demo_report(0)))
    broken["vitals"][0] |= {"sbp": 80, "dbp": 95}
    status, out, _ = run(
        capsys, "--db", db, "validate", str(write(tmp_path / "bad.json", broken)), "--format", "json"
    )
    assert status == 1
    found = json.loads(out)[0]["findings"]
    assert found[0]["rule"] == "vitals.dbp_below_sbp" and found[0]["severity"] == "error"
    status, _, err = run(capsys, "--db", db, "validate", str(write(tmp_path / "junk.json", "{")))
    assert status == 2 and "not valid JSON" in err
    assert run(capsys, "--db", db, "validate", "no-such-thing")[0] == 2
    run(capsys, "--db", db, "demo", "--count", "2")
    status, out, _ = run(capsys, "--db", db, "validate", str(demo_report(1).uuid))
    assert status == 0 and "0 errors" in out


def test_scope_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from epcr.resources import resources_dir

    db = str(tmp_path / "home" / "epcr.sqlite3")
    example = resources_dir() / "scope" / "examples" / "agency-riverside.toml"
    assert run(capsys, "--db", db, "scope", "check", str(example))[0] == 0
    status, out, _ = run(capsys, "--db", db, "scope", "show", "--level", "EMT-Basic")
    assert status == 0 and "Supraglottic airway" in out and "EMT-Basic + EMT Airway" in out
    bad = write(
        tmp_path / "bad.toml", '[table]\nid = "x"\nname = "x"\njurisdiction = "x"\n[levels]\n"EMT" = []\n'
    )
    status, _, err = run(capsys, "--db", db, "scope", "install", str(bad))
    assert status == 2 and "bad.toml line 5" in err and "nothing changed" in err
    assert run(capsys, "--db", db, "scope", "install", str(example))[0] == 0
    xml = tmp_path / "dconf.xml"
    assert run(capsys, "--db", db, "scope", "export", "-o", str(xml))[0] == 0
    status, out, _ = run(capsys, "--db", db, "scope", "import", str(xml), "--id", "from-xml")
    assert status == 0 and 'id = "from-xml"' in out and "[[procedure]]" in out
