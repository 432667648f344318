"""A crash of the app, the CLI or the station leaves no core file holding the database key or PHI (issue
16, item 5): the entry points set RLIMIT_CORE to 0 (soft and hard) and, on Linux, make the process not
dumpable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = """
import contextlib, io, resource, sys
from epcr.security.process import dumpable
with contextlib.redirect_stdout(io.StringIO()):
    from {module} import main
    main({argv!r})
print(resource.getrlimit(resource.RLIMIT_CORE), dumpable())
"""


@pytest.mark.parametrize(
    ("module", "argv"), [("epcr.cli", ["rules"]), ("epcr.station.cli", [])], ids=["epcr", "epcr-station"]
)
def test_an_entry_point_turns_core_dumps_off(module: str, argv: list[str], tmp_path: Path) -> None:
    code = textwrap.dedent(PROBE.format(module=module, argv=argv))
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"EPCR_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    limits, can_dump = run.stdout.strip().splitlines()[-1].rsplit(" ", 1)
    assert limits == "(0, 0)"
    assert can_dump == ("True" if not sys.platform.startswith("linux") else "False")
