"""`epcr export --format pdf|handoff` and `export --all`: whole files, audited, bad input exit 2."""

from __future__ import annotations

import json
import re
from pathlib import Path

from epcr.device import Device
from tests.cli.conftest import PINS, Run
from tests.exports.conftest import page_count, pdftotext


def _demo(cli: Run, count: int = 4) -> list[dict[str, str]]:
    assert cli("demo", "--count", str(count))[0] == 0
    _, out, _ = cli("list", "--json", user="Q-0100")
    return [json.loads(line) for line in out.splitlines()]


def test_export_one_report_as_pdf_and_handoff(cli: Run, home: Path, tmp_path: Path) -> None:
    report = _demo(cli)[0]
    target = tmp_path / "report.pdf"
    status, out, err = cli("export", report["uuid"], "--format", "pdf", "-o", str(target), user="Q-0100")
    assert status == 0, err
    assert re.search(r"report\.pdf: \d+ pages", out)
    text = pdftotext(target)
    assert f"PCR {report['pcr_number']}" in text and report["patient"] in text
    handoff = tmp_path / "handoff.pdf"
    status, out, _ = cli("export", report["uuid"], "--format", "handoff", "-o", str(handoff), user="Q-0100")
    assert status == 0 and "1 page" in out and page_count(handoff) == 1
    session = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    try:
        exports = [r for r in session.db.audit_trail(report["uuid"]) if r.action == "export"]
    finally:
        session.log_out()
    assert [e.new_value["to"] for e in exports] == [f"pdf to {target}", f"handoff to {handoff}"]


def test_json_export_still_goes_to_stdout(cli: Run) -> None:
    report = _demo(cli, 1)[0]
    status, out, _ = cli("export", report["uuid"], user="Q-0100")
    assert status == 0 and json.loads(out)["uuid"] == report["uuid"]


def test_export_all_writes_one_named_file_per_report(cli: Run, tmp_path: Path) -> None:
    listed = _demo(cli, 6)
    folder = tmp_path / "out"
    folder.mkdir()
    status, out, err = cli("export", "--all", "--format", "pdf", "--out-dir", str(folder), user="Q-0100")
    assert status == 0, err
    names = sorted(p.name for p in folder.iterdir())
    expected = sorted(f"{r['incident_at'][:10]}_{r['pcr_number']}.pdf" for r in listed)
    assert names == expected
    assert f"{len(listed)}/{len(listed)}" in err  # the progress bar, on stderr
    assert f"{len(listed)} files written to {folder}" in out


def test_export_all_filters(cli: Run, tmp_path: Path) -> None:
    listed = _demo(cli, 8)
    folder = tmp_path / "locked"
    folder.mkdir()
    status, _, _ = cli(
        "export",
        "--all",
        "--status",
        "locked",
        "--format",
        "handoff",
        "--out-dir",
        str(folder),
        user="Q-0100",
    )
    assert status == 0
    locked = [r for r in listed if r["status"] == "locked"]
    assert len(list(folder.iterdir())) == len(locked) > 0
    assert all(p.name.endswith("_handoff.pdf") for p in folder.iterdir())
    day = min(r["incident_at"][:10] for r in listed)
    dated = tmp_path / "dated"
    dated.mkdir()
    status, _, _ = cli(
        "export", "--all", "--until", day, "--format", "pdf", "--out-dir", str(dated), user="Q-0100"
    )
    assert status == 0
    assert len(list(dated.iterdir())) == sum(1 for r in listed if r["incident_at"][:10] <= day)


def test_an_emt_exports_only_their_own_reports(cli: Run, tmp_path: Path) -> None:
    listed = _demo(cli, 4)
    _, mine, _ = cli("list", "--json", user="E-2210")
    folder = tmp_path / "mine"
    folder.mkdir()
    assert cli("export", "--all", "--format", "pdf", "--out-dir", str(folder), user="E-2210")[0] == 0
    assert len(list(folder.iterdir())) == len(mine.splitlines()) < len(listed)


def test_bad_input_is_exit_2_and_writes_nothing(cli: Run, tmp_path: Path) -> None:
    uuid = _demo(cli, 1)[0]["uuid"]
    missing = tmp_path / "missing" / "report.pdf"
    status, _, err = cli("export", uuid, "--format", "pdf", "-o", str(missing), user="Q-0100")
    assert status == 2 and str(missing) in err
    status, _, err = cli("export", uuid, "--format", "pdf", user="Q-0100")
    assert status == 2 and "-o FILE.pdf" in err
    status, _, err = cli(
        "export", "--all", "--format", "pdf", "--out-dir", str(tmp_path / "nope"), user="Q-0100"
    )
    assert status == 2 and "not an existing folder" in err
    status, _, err = cli("export", "--all", "--out-dir", str(tmp_path), user="Q-0100")
    assert status == 2 and "--format pdf" in err
    status, _, err = cli(
        "export",
        "--all",
        "--since",
        "yesterday",
        "--format",
        "pdf",
        "--out-dir",
        str(tmp_path),
        user="Q-0100",
    )
    assert status == 2 and "'yesterday' is not a date" in err
    status, _, err = cli(
        "export", uuid, "--all", "--format", "pdf", "--out-dir", str(tmp_path), user="Q-0100"
    )
    assert status == 2
    assert not list(tmp_path.rglob("*.pdf")) and not list(tmp_path.rglob("*.part"))
