"""Shared test setup: Qt renders offscreen (no display here or in CI); each test gets its own database; no
test touches the real user's keyring or secrets folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

# Must be set before anything imports Qt: without a display Qt aborts the whole test process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Device secrets go to a folder of this run, never the user's keyring: set in the environment, so the app,
# the CLI and every subprocess a test starts (e2e runs, crash writers) inherit it. Copies of a device made in
# one test open in another because they share this folder (same file_id, same secret).
_SECRETS = tempfile.mkdtemp(prefix="epcr-test-secrets-")
os.environ["EPCR_SECRETS_DIR"] = _SECRETS
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
atexit.register(shutil.rmtree, _SECRETS, True)

from epcr.store.database import Database  # noqa: E402  (after the environment above)


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
