"""A private X server (Xvfb) for one test, and screenshots of it.

Xvfb picks a free display itself (-displayfd) and writes its number once it accepts connections: no guessed
display numbers, no sleeps. The server is always stopped (terminate, then kill) when the context ends."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

START_TIMEOUT_S = 20.0
TOOLS = ("Xvfb", "xdotool")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@contextmanager
def xvfb(width: int, height: int) -> Iterator[str]:
    """Start `Xvfb -screen 0 WxHx24 -nolisten tcp` on a free display; yields ":N"."""
    read, write = os.pipe()
    errors = tempfile.TemporaryFile()  # noqa: SIM115  (a file, not a pipe: nobody reads Xvfb's warnings)
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=errors,
        start_new_session=True,  # its own process group: stopped with everything it started
    )
    os.close(write)
    try:
        display = _read_display(read, server, errors)
        yield display
    finally:
        os.close(read)
        stop(server)
        errors.close()


def _read_display(read: int, server: subprocess.Popen[bytes], errors: IO[bytes]) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    number = b""
    while not number.endswith(b"\n"):
        if server.poll() is not None:
            errors.seek(0)
            error = errors.read().decode(errors="replace")
            raise RuntimeError(f"Xvfb exited ({server.returncode}) before it was ready: {error[-500:]}")
        left = deadline - time.monotonic()
        if left <= 0:
            raise RuntimeError(f"Xvfb did not say its display within {START_TIMEOUT_S:g} s")
        readable, _, _ = select.select([read], [], [], min(left, 0.2))
        if readable:
            chunk = os.read(read, 16)
            if not chunk:  # the pipe closed: Xvfb died; its exit status says why on the next pass
                server.wait(5)
            number += chunk
    return f":{number.decode().strip()}"


def stop(process: subprocess.Popen[bytes], grace_s: float = 5.0) -> None:
    """Terminate the process and its group; kill what is left after `grace_s`."""
    if process.poll() is None:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(grace_s)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(grace_s)


def screenshot(display: str, target: Path) -> Path | None:
    """The whole screen as a PNG (imagemagick's `import -window root`); None when it cannot be taken."""
    if shutil.which("import") is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            ["import", "-display", display, "-window", "root", str(target)],
            capture_output=True,
            timeout=20,
        )
    except subprocess.TimeoutExpired:
        return None
    return target if done.returncode == 0 and target.exists() else None
