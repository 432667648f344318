"""The core never imports Qt: it must work where PySide6 cannot even be imported."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "epcr.domain.report",
    "epcr.domain.paths",
    "epcr.domain.errors",
    "epcr.store.database",
    "epcr.store.migrate",
    "epcr.cli",
    "epcr.demo",
]

BLOCK_QT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
        return None
sys.meta_path.insert(0, BlockQt())
"""


def test_core_imports_with_qt_unavailable() -> None:
    code = (
        BLOCK_QT
        + "".join(f"import {module}\n" for module in CORE)
        + ("assert not any(m.startswith('PySide6') for m in sys.modules)\n")
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
