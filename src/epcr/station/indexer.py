"""The QA index behind the receipts: a thread that indexes the reports a push stored once no push is
being received, a few at a time, so a crew at the dock never waits for the validation rules.

Nothing depends on it for correctness: the reports waiting are listed in the database (`qa_pending`, in the
push's own transaction), and every QA read indexes whatever still waits first (epcr.station.qa.catch_up).
It only makes sure the work is done while the station is otherwise idle, not by the next reviewer."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine

from epcr.station import qa

log = logging.getLogger(__name__)

CHUNK = 8  # reports per step (a few ms): a push arriving meanwhile waits no longer than that
# After a push, this long without one: a device sends its batches back to back, then the rest of its sync.
QUIET_S = 0.25


class Indexer:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._changed = threading.Condition()
        self._pushes = 0  # pushes being received now
        self._due = False  # something may wait to be indexed
        self._stopped = False
        self._thread: threading.Thread | None = None

    @contextmanager
    def receiving(self) -> Iterator[None]:
        """Around the receipt of one push: the indexer keeps out of its way."""
        with self._changed:
            self._pushes += 1
        try:
            yield
        finally:
            with self._changed:
                self._pushes -= 1
                self._changed.notify_all()

    def wake(self) -> None:
        """Reports were stored: index them once the station is quiet (the thread starts at the first)."""
        with self._changed:
            if self._stopped:
                return
            self._due = True
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="epcr-qa-indexer", daemon=True)
                self._thread.start()
            self._changed.notify_all()

    def stop(self) -> None:
        with self._changed:
            self._stopped = True
            self._changed.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=10)

    def _quiet(self) -> bool:
        """Wait until something is due and no push has been received for QUIET_S; False: stopped."""
        with self._changed:
            while True:
                self._changed.wait_for(lambda: self._stopped or (self._due and self._pushes == 0))
                if self._stopped:
                    return False
                if not self._changed.wait_for(lambda: self._stopped or self._pushes > 0, timeout=QUIET_S):
                    self._due = False
                    return True

    def _run(self) -> None:
        while self._quiet():
            while True:
                with self._changed:
                    if self._stopped:
                        return
                    if self._pushes:  # a push came in: back to waiting for quiet
                        self._due = True
                        break
                try:
                    done = qa.catch_up(self._engine, CHUNK)
                except Exception:  # the database gone away, say: the next QA read indexes instead
                    log.exception("QA index: indexing behind the receipts failed; QA reads will catch up")
                    break
                if done < CHUNK:
                    break
