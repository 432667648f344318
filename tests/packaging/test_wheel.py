"""The wheel is complete: installed into a fresh virtualenv, away from the checkout, it migrates and stores.

The fresh venv gets the wheel with --no-deps; its dependencies come from the current venv's site-packages via
a plain path line in a .pth file. Such a line does not process the .pth files inside that directory, so the
editable install's pointer to the checkout's src/ stays inert and only the wheel's code can be imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHECKOUT = Path(__file__).resolve().parents[2]
TIMEOUT = 300

REQUIRED_IN_WHEEL = (
    "epcr/__init__.py",
    "epcr/migrations/env.py",
    "epcr/migrations/script.py.mako",
    "epcr/resources/nemsis/dictionary/EMSDataSet_ElementDetails_Full.txt",
    "epcr/resources/fonts/DejaVuSans.ttf",  # the PDF exports embed it
    "epcr/resources/fonts/DejaVuSans-Bold.ttf",
    "epcr/resources/fonts/LICENSE",
    "epcr/resources/nemsis/xsd/EMSDataSet_v3.xsd",  # every exported file is validated against it
    "epcr/resources/nemsis/xsd/commonTypes_v3.xsd",
    "epcr/resources/nemsis/schematron/EMSDataSet.sch",  # ... and against the national rules
    "epcr/resources/nemsis/ATTRIBUTION.md",
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    python: Path
    site_packages: Path
    workdir: Path  # outside the checkout


def _run(
    args: list[str | Path], cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} exited {result.returncode}\n{result.stdout}\n{result.stderr}"
    )
    return result


def _clean_env() -> dict[str, str]:
    """No variable that would let the checkout or the current venv leak into the fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "VIRTUAL_ENV"}
    env["PYTHONNOUSERSITE"] = "1"
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    # --no-isolation: build with the hatchling already in this venv instead of fetching one.
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, CHECKOUT], cwd=root)
    (wheel,) = dist.glob("epcr-*.whl")

    venv = root / "venv"
    _run([sys.executable, "-m", "venv", venv], cwd=root)
    python = venv / "bin" / "python"
    _run([python, "-m", "pip", "install", "--no-deps", "--no-index", wheel], cwd=root, env=_clean_env())
    site_packages = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            cwd=root,
            env=_clean_env(),
        ).stdout.strip()
    )
    current_site_packages = Path(sysconfig.get_paths()["purelib"])
    assert current_site_packages != site_packages
    (site_packages / "zz_epcr_test_dependencies.pth").write_text(f"{current_site_packages}\n")

    workdir = root / "work"
    workdir.mkdir()
    return Installed(wheel, venv, python, site_packages, workdir)


def test_wheel_carries_migrations_and_resources(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    missing = [name for name in REQUIRED_IN_WHEEL if name not in names]
    assert not missing, f"missing from {installed.wheel.name}: {missing}"
    versions = [n for n in names if n.startswith("epcr/migrations/versions/") and n.endswith(".py")]
    assert versions, "no migration script under epcr/migrations/versions/"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")], "bytecode shipped in the wheel"


# Runs in the fresh venv, from a directory outside the checkout; prints one JSON object.
PROBE = """
import importlib.util, json, sys, tempfile
from pathlib import Path

import epcr
import sqlalchemy
from epcr.resources import migrations_dir, resources_dir
from epcr.store.database import Database
from epcr.store.migrate import HEAD_REVISION, current_revision
from epcr.exports.nemsis.validate import national_rules, schematron_path, xsd_dir, xsd_problems

with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "device.db"
    with Database(path) as db:
        report = db.create_report("emt-1")
        change = db.save_field(report.uuid, "patient.last_name", "Smith", "emt-1")
        stored = db.open_report(report.uuid).patient.last_name
        actions = [a.action for a in db.audit_trail(report.uuid)]
    revision = current_revision(path)

national_rules()  # compiles the shipped Schematron
xsd = xsd_problems(b"<EMSDataSet xmlns='http://www.nemsis.org'/>")

print(json.dumps({
    "epcr": epcr.__file__,
    "sqlalchemy": sqlalchemy.__file__,
    "migrations": str(migrations_dir()),
    "resources": str(resources_dir()),
    "sys_path": sys.path,
    "changed": change.changed,
    "stored": stored,
    "actions": actions,
    "revision": revision,
    "head": HEAD_REVISION,
    "xsd_dir": str(xsd_dir()),
    "schematron": str(schematron_path()),
    "xsd_problems": [p.message for p in xsd],
}))
"""


def test_installed_wheel_works_outside_the_checkout(installed: Installed) -> None:
    result = _run([installed.python, "-c", PROBE], cwd=installed.workdir, env=_clean_env())
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    venv = installed.venv.resolve()
    checkout_src = (CHECKOUT / "src").resolve()

    # The code, its migrations and its data come from the wheel; the checkout is not importable.
    assert Path(probe["epcr"]).resolve().is_relative_to(venv), probe["epcr"]
    assert Path(probe["migrations"]).resolve().is_relative_to(venv), probe["migrations"]
    assert Path(probe["resources"]).resolve().is_relative_to(venv), probe["resources"]
    dependencies = Path(sysconfig.get_paths()["purelib"]).resolve()
    on_path = [Path(p).resolve() for p in probe["sys_path"] if p]
    assert checkout_src not in on_path, f"the checkout's src/ leaked onto sys.path: {probe['sys_path']}"
    leaked = [p for p in on_path if p.is_relative_to(CHECKOUT.resolve()) and p != dependencies]
    assert not leaked, f"the checkout leaked onto sys.path: {leaked}"
    # ... while the dependencies come from the current venv through the .pth line.
    assert dependencies in on_path
    assert Path(probe["sqlalchemy"]).resolve().is_relative_to(dependencies), probe["sqlalchemy"]

    assert probe["changed"] is True
    assert probe["stored"] == "Smith"
    assert probe["actions"] == ["create", "edit", "view"]  # the read through the store is audited
    assert probe["revision"] == probe["head"]
    # NEMSIS validation works from the wheel's own copies of the XSDs and the national rules.
    assert Path(probe["xsd_dir"]).resolve().is_relative_to(venv), probe["xsd_dir"]
    assert Path(probe["schematron"]).resolve().is_relative_to(venv), probe["schematron"]
    assert probe["xsd_problems"] == ["child element(s) missing: expected Header"]


@pytest.mark.parametrize(("script", "module"), [("epcr", "epcr.cli"), ("epcr-station", "epcr.station.cli")])
def test_console_script_help(installed: Installed, script: str, module: str) -> None:
    executable = installed.venv / "bin" / script
    assert executable.exists(), f"{script} console script not installed"
    result = _run([executable, "--help"], cwd=installed.workdir, env=_clean_env())
    assert result.stdout.strip(), f"{script} --help printed nothing"
