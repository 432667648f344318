"""Where the shipped data lives: inside the installed package, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    installed = _PACKAGE / name  # a wheel carries it inside the package (pyproject force-include)
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent.parent / name  # src/epcr -> repository root
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"epcr installation is incomplete: no {name}/ folder at {installed} or {checkout}"
    )


def resources_dir() -> Path:
    return _find("resources")


def migrations_dir() -> Path:
    return _find("migrations")
