"""A device that syncs in a loop until it is killed (SIGKILL from test_reliability)."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from epcr.store.database import Database
from epcr.sync.client import Syncer, SyncFailed

if __name__ == "__main__":
    db = Database(Path(sys.argv[1]))
    print("ready", flush=True)
    while True:
        with contextlib.suppress(SyncFailed):
            Syncer(db, batch_size=2).run()
