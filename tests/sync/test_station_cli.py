"""`epcr-station`: enroll prints a code and the certificate fingerprint; revoke, devices, reviewers."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.station.cli import main
from epcr.station.store import StationStore


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_station_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPCR_STATION_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    status, out, _ = run(capsys, "enroll", "--device", "Medic 12", "--database-url", url)
    assert status == 0 and "Enrollment code for Medic 12: " in out
    assert "Station certificate fingerprint: " in out and (tmp_path / "home" / "station.crt").exists()
    code = out.split("Medic 12: ")[1].split()[0]
    store = StationStore(url)
    store.enroll(code)
    store.close()

    status, out, _ = run(capsys, "--database-url", url, "devices")
    assert status == 0 and "Medic 12" in out and "enrolled" in out
    status, _, err = run(capsys, "--database-url", url, "enroll", "--device", "Medic 12")
    assert status == 1 and "is enrolled; revoke it first" in err
    assert run(capsys, "--database-url", url, "revoke", "--device", "Medic 12")[0] == 0
    status, _, err = run(capsys, "--database-url", url, "revoke", "--device", "Medic 12")
    assert status == 1 and "no enrolled device named 'Medic 12'" in err

    status, out, _ = run(capsys, "--database-url", url, "reviewer", "add", "--name", "Quinn")
    assert status == 0 and "shown once" in out
    status, _, err = run(capsys, "--database-url", url, "reviewer", "add", "--name", "Quinn")
    assert status == 1 and "exists already" in err

    status, _, err = run(capsys, "--database-url", "postgresql+psycopg://nobody@127.0.0.1:1/x", "devices")
    assert status == 2 and err.startswith("database-url: cannot open the station database")


def test_publish_checks_settings_and_scope(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EPCR_STATION_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    settings = tmp_path / "settings.json"
    settings.write_text('{"agency_name": "Riverside County EMS", "idle_lock_minutes": 90}')
    status, _, err = run(capsys, "publish", "--settings", str(settings), "--database-url", url)
    assert status == 1 and "idle_lock_minutes: Input should be less than or equal to 30" in err
    settings.write_text('{"agency_name": "Riverside County EMS", "idle_lock_minutes": 3}')
    scope = Path(__file__).parents[2] / "resources" / "scope" / "examples" / "agency-riverside.toml"
    status, out, _ = run(
        capsys, "publish", "--settings", str(settings), "--scope", str(scope), "--database-url", url
    )
    assert status == 0 and "version 1 published" in out


def test_crew_commands_keep_the_roster(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    monkeypatch.setattr("sys.stdin", io.StringIO("24681357\n"))  # not a terminal: one line is the PIN
    status, out, _ = run(
        capsys, "--database-url", url, "crew", "add", "--id", "P-2001", "--name", "Jana Müller",
        "--role", "emt", "--level", "Paramedic", "--cert-expires", "2027-06-30",
    )  # fmt: skip
    assert status == 0 and "P-2001 saved (roster revision 1)" in out
    status, _, err = run(
        capsys, "--database-url", url, "crew", "update", "--id", "P-2001", "--cert-expires", "2027-13-01"
    )
    assert status == 1 and err.startswith("certification_expires: ")
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    status, _, err = run(
        capsys, "--database-url", url, "crew", "add", "--id", "E-1", "--name", "X", "--role", "emt"
    )
    assert status == 1 and err.startswith("pin: too short")
    status, _, err = run(capsys, "--database-url", url, "crew", "remove", "--id", "P-9")
    assert status == 1 and "id: no member P-9" in err
    assert run(capsys, "--database-url", url, "crew", "remove", "--id", "P-2001")[0] == 0
    status, out, _ = run(capsys, "--database-url", url, "crew", "list")
    assert status == 0 and "Jana Müller" in out and "Paramedic" in out and out.rstrip().endswith("removed")
    assert "E-1" not in out  # refused input stored nothing
