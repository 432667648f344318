"""End-to-end fixtures: a copy of the demo device per test and a private Xvfb screen (1366x768 unless a test
asks for another size with `@pytest.mark.parametrize("screen", [...], indirect=True)`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import device_template, home  # noqa: F401  (a copied demo device per test)
from tests.e2e.harness import Run, drive, read_back
from tests.e2e.xserver import missing_tools, xvfb

Crew = Callable[..., Run]


@pytest.fixture
def screen(request: pytest.FixtureRequest) -> tuple[int, int]:
    size: tuple[int, int] = getattr(request, "param", (1366, 768))
    return size


@pytest.fixture
def display(screen: tuple[int, int]) -> Iterator[str]:
    missing = missing_tools()
    if missing:
        pytest.skip(f"end-to-end tests need {' and '.join(missing)} (./dev test installs them)")
    with xvfb(*screen) as name:
        yield name


@pytest.fixture
def crew(display: str, home: Path, tmp_path: Path) -> Crew:  # noqa: F811
    """`crew(plan, **params)`: the plan played on the real app, and the report it stored, read back."""

    def play(plan: str, **params: Any) -> Run:
        return read_back(home, drive(display, home, tmp_path / "e2e", plan, **params))

    return play
