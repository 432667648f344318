"""Files written by exports: atomically, so a reader never sees half a file and a refusal leaves none; and
private (mode 0600 from the moment they exist), since every export may hold patient data. The print folder,
where the handoff sheet waits for the printer, is emptied at every start and login."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

from epcr.exports.errors import ExportError
from epcr.folders import sync_folder as _sync_folder

__all__ = ["PRINT_FOLDER", "ExportError", "clear_print_folder", "print_folder", "write_atomically"]

PRIVATE = 0o600  # the owner reads and writes; nobody else
PRINT_FOLDER = "print"
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def write_atomically(data: bytes, target: Path) -> None:
    """The one way an export reaches the disk (JSON, NEMSIS XML, PDF, a source document): written to a
    temporary file beside `target` that is created with mode 0600, synced, then renamed over `target` and
    the folder synced. A reader never sees half a file, nobody else can read it at any moment, and a failed
    export leaves nothing behind."""
    target = Path(target)
    folder = target.parent
    if target.is_dir():
        raise ExportError(target, "is a folder; give a file name such as report.pdf")
    if not folder.is_dir():
        raise ExportError(target, f"cannot write: the folder {folder} does not exist")
    temporary = folder / f".{target.name}.{secrets.token_hex(6)}.part"
    try:
        handle = os.open(temporary, _CREATE, PRIVATE)  # 0600 as it is created: never readable by others
    except OSError as error:
        raise ExportError(target, f"cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
        _sync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportError(target, f"cannot write: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def print_folder(home: Path) -> Path:
    """Where sheets wait for the printer: inside the data folder, this user only, emptied at every start,
    login and logout."""
    folder = home / PRINT_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def clear_print_folder(home: Path) -> None:
    """Patient data does not stay on disk outside the encrypted database past the login it was printed in,
    even when that run crashed: every start of the app or the CLI and every login empty the folder."""
    folder = home / PRINT_FOLDER
    if folder.is_symlink() or folder.is_file():  # never follow a link out of the data folder
        with contextlib.suppress(FileNotFoundError):
            folder.unlink()
    elif folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
