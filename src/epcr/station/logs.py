"""The station's logs, kept free of PHI: an access log of method, path, status and client (never the query
string, where a QA search carries a patient's name), and tracebacks without exception messages (a database
error's message repeats the values it was given)."""

from __future__ import annotations

import logging
import time
import traceback
from types import TracebackType
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

ACCESS = logging.getLogger("epcr.station.access")
MAX_PATH_CHARS = 200
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class AccessLog:
    """One line per request once it is answered: client, method, path without its query, status, time."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500  # no answer sent: the server answers 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            ACCESS.info(
                '%s - "%s %s" %d %.0f ms',
                client(scope),
                scope["method"],
                printable(scope["path"]),
                status,
                (time.perf_counter() - started) * 1000,
            )


def client(scope: Scope) -> str:
    address = scope.get("client")
    return f"{address[0]}:{address[1]}" if address else "-"


def printable(path: str) -> str:
    # A path is the client's text: no control characters (forged log lines), and not unbounded.
    text = path.encode("unicode_escape").decode("ascii")
    return text if len(text) <= MAX_PATH_CHARS else text[:MAX_PATH_CHARS] + "..."


class NoMessages(logging.Formatter):
    """Tracebacks keep where an error happened and its type, never its message: a failed INSERT's message
    carries the row it was given, which may be a patient's."""

    def formatException(self, ei: ExcInfo) -> str:
        _, error, _ = ei
        if error is None:
            return ""
        lines: list[str] = []
        for part in chain(error):
            stack = traceback.format_tb(part.__traceback__)
            lines += [
                "Traceback (most recent call last):\n",
                *stack,
                f"{qualified(type(part))}: (message not logged)\n",
            ]
        return "".join(lines).rstrip("\n")


def chain(error: BaseException) -> list[BaseException]:
    """The error and its causes or contexts, oldest first, as Python prints them."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return seen[::-1]


def qualified(kind: type[BaseException]) -> str:
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def config(level: str = "INFO") -> dict[str, Any]:
    """The logging configuration `epcr-station serve` gives uvicorn (its own access log is off)."""
    formatter = {"()": NoMessages, "format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}
    handler = {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": formatter},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            # Off: it prints the request line with its query string (a QA search by patient name).
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "epcr": {"handlers": ["stderr"], "level": level, "propagate": False},
        },
    }
