"""Files written by exports: atomically, so a reader never sees half a file and a refusal leaves none."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from epcr.exports.errors import ExportError

__all__ = ["ExportError", "write_atomically"]


def write_atomically(data: bytes, target: Path) -> None:
    """Write to a temporary file beside `target`, then rename: a reader never sees half a PDF, and a failed
    export leaves nothing behind."""
    target = Path(target)
    folder = target.parent
    if target.is_dir():
        raise ExportError(target, "is a folder; give a file name such as report.pdf")
    if not folder.is_dir():
        raise ExportError(target, f"cannot write: the folder {folder} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(target, f"cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportError(target, f"cannot write: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
