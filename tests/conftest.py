"""Shared test setup: Qt renders offscreen (no display here or in CI); each test gets its own database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

# Must be set before anything imports Qt: without a display Qt aborts the whole test process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from epcr.store.database import Database


class FakeClock:
    """A clock the test moves by hand, so times in audit rows and lifecycles are exact."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(tmp_path: Path, clock: FakeClock) -> Iterator[Database]:
    database = Database(tmp_path / "device.sqlite3", clock=clock)
    yield database
    database.close()
