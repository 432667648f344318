"""One retry for a request that met a keep-alive connection the server had already closed.

A server or a proxy may close an idle keep-alive connection at any moment (RFC 9112 §9.6), without saying
`Connection: close` first. A request written just before the close reaches nobody and gets no answer; httpx
does not retry it (encode/httpx#2983). `RetryStale` retries such a request once, on a new connection, and
only when all of these hold:

- the request is idempotent (RFC 9110 §9.2.2): GET, HEAD, OPTIONS, PUT, and the push (`POST /v1/push`),
  which is idempotent by protocol: the station stores each (kind, uuid, version) once and answers
  `already_have` to a copy;
- it went out on a reused connection: httpcore's trace extension reported no new connection for it;
- waiting for the response head failed with no response at all: the server closed ("Server disconnected
  without sending a response") or reset the connection;
- its body can be sent again (bytes, as every sync and QA request has).

Never retried: a timeout, a refused certificate, any failure on a new connection, any answer with a status.
A request that is not idempotent (the audit head moves the station's anchor, an enrollment code works once,
a QA comment adds a row) always goes on a new connection, so it never meets a stale one.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any

import httpx

from epcr.sync.protocol import API

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})
IDEMPOTENT_POSTS = (f"{API}/push",)  # path endings: a station may sit under a path prefix
DISCONNECTED = "Server disconnected without sending a response"  # httpcore's words for EOF before a response

Trace = Callable[[str, dict[str, Any]], None]


def idempotent(request: httpx.Request) -> bool:
    if request.method in IDEMPOTENT_METHODS:
        return True
    return request.method == "POST" and request.url.path.endswith(IDEMPOTENT_POSTS)


class _Attempt:
    """httpcore's trace of one attempt, passed on to the trace already set (`Stop.watch` uses it)."""

    def __init__(self, forward: Trace | None) -> None:
        self.forward = forward
        self.connected = False  # a new connection was opened for this attempt
        self.sent = False  # the request went out on an HTTP/1.1 connection
        self.unanswered = False  # waiting for the response head failed

    def __call__(self, event: str, info: dict[str, Any]) -> None:
        if event.startswith("connection.connect_tcp."):
            self.connected = True
        elif event == "http11.send_request_headers.started":
            self.sent = True
        elif event == "http11.receive_response_headers.failed":
            self.unanswered = True
        if self.forward is not None:
            self.forward(event, info)

    def met_closed_connection(self, error: httpx.TransportError) -> bool:
        if not (self.sent and not self.connected and self.unanswered):
            return False
        if isinstance(error, httpx.RemoteProtocolError):
            return str(error).startswith(DISCONNECTED)
        return isinstance(error, httpx.ReadError)  # a reset; never a ReadTimeout (another class)


class RetryStale(httpx.BaseTransport):
    """Sends through `pooled` (keep-alive); a request that is not idempotent, and every retry, through
    `fresh`, which keeps no connection alive. `give_up()` true: never retry (the sync is being stopped)."""

    def __init__(
        self,
        pooled: httpx.BaseTransport,
        fresh: httpx.BaseTransport | None = None,
        give_up: Callable[[], bool] = lambda: False,
    ) -> None:
        self._pooled = pooled
        self._fresh = fresh or pooled
        self._give_up = give_up
        self.retried: list[str] = []  # "METHOD /path" of each request sent again

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        again = idempotent(request) and isinstance(request.stream, httpx.ByteStream)
        forward: Trace | None = request.extensions.get("trace")
        attempt = _Attempt(forward)
        request.extensions["trace"] = attempt
        try:
            return (self._pooled if again else self._fresh).handle_request(request)
        except (httpx.RemoteProtocolError, httpx.ReadError) as error:
            if not (again and attempt.met_closed_connection(error)) or self._give_up():
                raise
        finally:
            _restore(request, forward)
        self.retried.append(f"{request.method} {request.url.path}")
        return self._fresh.handle_request(request)

    def close(self) -> None:
        self._pooled.close()
        if self._fresh is not self._pooled:
            self._fresh.close()


def _restore(request: httpx.Request, trace: Trace | None) -> None:
    if trace is None:
        request.extensions.pop("trace", None)
    else:
        request.extensions["trace"] = trace


def retrying(
    verify: ssl.SSLContext | bool,
    given: httpx.BaseTransport | None = None,
    give_up: Callable[[], bool] = lambda: False,
) -> RetryStale:
    """The transport for a sync or QA client: `given` (a test's) for every request, or two of httpx's own
    with the pinned `verify`: one that keeps connections alive, one that opens a new one each time."""
    if given is not None:
        return RetryStale(given, give_up=give_up)
    return RetryStale(
        httpx.HTTPTransport(verify=verify),
        httpx.HTTPTransport(verify=verify, limits=httpx.Limits(max_keepalive_connections=0)),
        give_up,
    )
