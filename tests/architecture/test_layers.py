"""The layering is a checked contract: import-linter's contracts (pyproject.toml) hold, and every module
outside epcr.ui imports with Qt unavailable, so the core runs headless (station, CLI, sync, exports)."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import epcr

ROOT = Path(__file__).resolve().parents[2]

NO_QT = """
import importlib, importlib.abc, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6"}:
            raise ImportError(f"Qt is not available here ({name})")
        return None

sys.meta_path.insert(0, NoQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"})
assert not loaded, loaded
print(len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(epcr.__path__, "epcr.")]
    return sorted(n for n in names if not n.startswith("epcr.ui") and not n.startswith("epcr.migrations"))


def test_every_module_outside_ui_imports_without_qt() -> None:
    modules = core_modules()
    assert len(modules) > 100 and "epcr.station.app" in modules and "epcr.cli" in modules
    done = subprocess.run(
        [sys.executable, "-c", NO_QT, *modules], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == str(len(modules))


def test_the_qt_blocker_does_block() -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_QT, "epcr.ui.app"], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode != 0 and "Qt is not available here" in done.stderr


def test_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is a dev dependency (pip install -e .[dev])"
    done = subprocess.run([lint, "--no-cache"], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "0 broken" in done.stdout
