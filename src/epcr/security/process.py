"""The process that holds the database key and open reports leaves no memory image behind: no core file on a
crash, and (on Linux) not dumpable, so another process of the same user cannot attach to it or read its
memory through /proc. Called first by the `epcr` and `epcr-station` entry points (issue 16, item 5)."""

from __future__ import annotations

import ctypes
import ctypes.util
import resource
import sys

PR_SET_DUMPABLE, PR_GET_DUMPABLE = 4, 3  # linux/prctl.h


def no_core_dumps() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # hard limit too: a child cannot raise it again
    if sys.platform.startswith("linux"):
        _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool:
    """Whether this process may be dumped or attached to (always True off Linux, where prctl is unknown)."""
    if not sys.platform.startswith("linux"):
        return True
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


__all__ = ["dumpable", "no_core_dumps"]
