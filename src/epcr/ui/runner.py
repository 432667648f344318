"""The database worker: one thread runs the editor's database, validation and key operations, in order;
results come back to the GUI thread as signals. The GUI thread never waits on it.

It is not the only thread that writes: the sync worker (acknowledgements, roster, agency settings) and the QA
review's runner have threads of their own so a slow network never holds up typing. SQLite has one writer, and
the Database's write lock (epcr.store.database.UnitOfWork) puts their transactions one after another."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)


class Runner(QObject):
    """`run(work, done, failed)`: `work()` on the worker; `done(result)` or `failed(error)` on the GUI."""

    _finished = Signal(
        object, object
    )  # callback, value: emitted from the worker, delivered on the GUI thread
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, name: str = "epcr-db") -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._pending = 0
        self._closed = False
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        if self._closed:  # the window is closing: nothing is left to report back to
            work()
            return
        with self._lock:
            self._pending += 1
            first = self._pending == 1
        if first:
            self.busy_changed.emit(True)

        def job() -> None:
            try:
                result = work()
            except Exception as error:  # handed to the GUI, which says it in words
                log.debug("worker job failed", exc_info=True)
                self._finished.emit(failed or _unhandled, error)
            else:
                self._finished.emit(done or _ignore, result)

        self._pool.submit(job)

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        try:
            callback(value)
        finally:
            with self._lock:
                self._pending -= 1
                idle = self._pending == 0
            if idle:
                self.busy_changed.emit(False)

    def drain(self) -> None:
        """Block the calling thread (never the GUI's) until the work queued before this call is done."""
        self._pool.submit(_ignore, None).result()

    @property
    def idle(self) -> bool:
        with self._lock:
            return self._pending == 0

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
        self._closed = True


def _ignore(_: Any) -> None:
    return None


def _unhandled(error: Exception) -> None:
    # The type only: a message can quote the value it was given, and the log is not a place for PHI.
    log.error("unhandled error on the database worker: %s", type(error).__name__)
