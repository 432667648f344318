"""What the station reads of a request, and from whom, before any route runs (docs/security.md, "The
station under a flood").

`Guard` is pure ASGI: it refuses a malformed framing (Content-Length and Transfer-Encoding together, two
lengths, a length that is not a number) with 400, a declared body over the route's limit with 413, and a
missing or unknown token with 401, all without reading a byte of the body. Then it reads the body itself,
counting bytes as they arrive: past the route's limit it answers 413 at once, a body that stops arriving
gets 408, and every refusal closes the connection. Bodies being read or handled share one byte budget, and
pushes are handled one at a time, so a flood queues (then gets 503) instead of growing the station's memory.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from epcr.sync.protocol import API, MAX_BODY_BYTES

KIB, MIB = 1024, 1024 * 1024
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
MAX_TOKEN_CHARS = 256  # tokens are 43 characters; a longer one is refused without a database look-up

# The largest body each route takes; any other route takes none. The sizes are what the route's model can
# hold (every string at its maximum, each character escaped as \uXXXX), rounded up.
ROUTE_BODIES: tuple[tuple[str, str, int], ...] = (
    ("POST", f"{API}/push", MAX_BODY_BYTES),  # up to MAX_BATCH locked reports
    ("POST", f"{API}/enroll", 4 * KIB),  # a code and a device name
    ("POST", f"{API}/audit/head", 256 * KIB),  # a count, two hashes and up to MAX_SEALS seals
    ("POST", f"{API}/qa/reports/{UUID}/reviews", 64 * KIB),  # a comment of 4,000 characters
    ("PUT", f"{API}/qa/reports/{UUID}/reviewed", 1 * KIB),  # {"reviewed": true}
)
# uvicorn's own limits for `epcr-station serve`: the pure-Python h11 parser (a request's head at most 16 KiB;
# httptools has no such limit), at most 128 connections at once (more get 503: each holds up to about
# 320 KiB of unread body), idle keep-alive connections closed after 5 s.
SERVER: dict[str, Any] = {
    "http": "h11",
    "h11_max_incomplete_event_size": 16 * KIB,
    "limit_concurrency": 128,
    "timeout_keep_alive": 5,
    "backlog": 256,
}
# A declared body a little over the limit is read and dropped before the 413 (at most this much, this
# long), so an honest client that sent it anyway reads the answer, not a reset connection; memory stays flat.
DRAIN_BYTES = 2 * MAX_BODY_BYTES
DRAIN_S = 2.0
# Routes anyone may call: the health probe and enrollment (its code is the credential, rate-limited).
PUBLIC = frozenset({("GET", f"{API}/health"), ("POST", f"{API}/enroll")})


@dataclass(frozen=True)
class Limits:
    """The station's limits on what one request, and all requests together, may make it hold."""

    budget_bytes: int = 32 * MIB  # bodies being read or handled at once, all requests together
    queue_s: float = 30.0  # a body waits this long for room in the budget, then 503
    idle_s: float = 10.0  # no byte of a started body for this long: 408
    body_s: float = 120.0  # the whole body within this (8 MiB at 70 KB/s), else 408
    routes: tuple[tuple[str, str, int], ...] = ROUTE_BODIES
    public: frozenset[tuple[str, str]] = PUBLIC
    # Handled one at a time once read: a push's JSON takes 20 to 100 times its size while parsed and
    # checked, and SQLite writes one transaction at a time anyway.
    one_at_a_time: frozenset[tuple[str, str]] = frozenset({("POST", f"{API}/push")})
    _compiled: list[tuple[str, re.Pattern[str], int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = [(method, re.compile(path), size) for method, path, size in self.routes]
        object.__setattr__(self, "_compiled", compiled)
        if any(size > self.budget_bytes for _, _, size in self.routes):
            raise ValueError("budget_bytes: must hold the largest body a route takes")

    def needs_token(self, method: str, path: str) -> bool:
        """Every route of the API but the public ones; outside /v1 (the OpenAPI page) nothing is stored."""
        return path.startswith(f"{API}/") and (method, path) not in self.public

    def body_limit(self, method: str, path: str) -> int:
        """The most bytes a body to this route may have: 0 for a route that takes none."""
        for route_method, pattern, size in self._compiled:
            if route_method == method and pattern.fullmatch(path):
                return size
        return 0


@dataclass(frozen=True)
class Caller:
    """Who sent a request, from its bearer token: a device (id) or a QA reviewer (id, name)."""

    kind: Literal["device", "reviewer"]
    id: str
    name: str = ""


Identify = Callable[[str], Caller | None]


class Budget:
    """Bytes of request bodies the station holds at once; requests wait their turn, first come first."""

    def __init__(self, capacity: int) -> None:
        self.capacity, self.used = capacity, 0
        self._waiting: deque[tuple[int, asyncio.Future[None]]] = deque()

    async def reserve(self, size: int, timeout_s: float) -> bool:
        """True once `size` bytes are this request's; False after `timeout_s` without room."""
        if not self._waiting and self.used + size <= self.capacity:
            self.used += size
            return True
        entry = (size, asyncio.get_running_loop().create_future())
        self._waiting.append(entry)
        try:
            async with asyncio.timeout(timeout_s):
                await entry[1]
            return True
        except BaseException as error:  # the timeout, or the request's task cancelled
            if entry[1].done() and not entry[1].cancelled():
                self.release(size)  # granted just as the wait ended: give it back
            elif entry in self._waiting:
                self._waiting.remove(entry)
            if isinstance(error, TimeoutError):
                return False
            raise

    def release(self, size: int) -> None:
        # Synchronous: a cancelled request still gives its share back in its `finally`.
        self.used -= size
        while self._waiting:
            wanted, granted = self._waiting[0]
            if granted.done():  # gave up waiting
                self._waiting.popleft()
            elif self.used + wanted <= self.capacity:
                self._waiting.popleft()
                self.used += wanted
                granted.set_result(None)
            else:
                break


class Refused(Exception):
    """A request the station answers itself, without reading (more of) its body."""

    def __init__(
        self, status: int, detail: str, headers: Iterable[tuple[bytes, bytes]] = (), drain: int = 0
    ) -> None:
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, list(headers)
        self.drain = drain  # body bytes to read and drop first: the client then reads the answer


class Disconnected(Exception):
    """The client went away while sending its body: nothing to answer."""


class Guard:
    """Framing, token and body limits before the app sees a request (see the module's docstring)."""

    def __init__(self, app: ASGIApp, identify: Identify, limits: Limits | None = None) -> None:
        self.app, self.identify, self.limits = app, identify, limits or Limits()
        self.budget = Budget(self.limits.budget_bytes)
        self.turn = Budget(1)  # the one request of `one_at_a_time` being handled

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            limit, declared, chunked = self._framing(scope)
            if self.limits.needs_token(scope["method"], scope["path"]):
                scope.setdefault("state", {})["caller"] = await self._caller(scope)
            share = declared if declared is not None else (limit if chunked else 0)
            if share and not await self.budget.reserve(share, self.limits.queue_s):
                raise Refused(
                    503, "station busy receiving other requests; try again", [(b"retry-after", b"5")]
                )
        except Refused as refusal:
            if refusal.drain:
                await self._discard(receive, refusal.drain)
            await refuse(send, refusal)
            return
        if not share:  # no body: nothing to read or hold
            await self.app(scope, receive, send)
            return
        try:
            body = await self._read(receive, limit)
            if (scope["method"], scope["path"]) not in self.limits.one_at_a_time:
                await self.app(scope, replay(body, receive), send)
            elif await self.turn.reserve(1, self.limits.queue_s):
                try:
                    await self.app(scope, replay(body, receive), send)
                finally:
                    self.turn.release(1)
            else:
                raise Refused(503, "station busy with other pushes; try again", [(b"retry-after", b"5")])
        except Refused as refusal:
            await refuse(send, refusal)
        except Disconnected:
            pass  # the client went away mid-body: nobody to answer
        finally:
            self.budget.release(share)

    def _framing(self, scope: Scope) -> tuple[int, int | None, bool]:
        """(the route's limit, the declared length or None, chunked): refused if malformed or too large."""
        lengths = [value for name, value in scope["headers"] if name == b"content-length"]
        encodings = [value for name, value in scope["headers"] if name == b"transfer-encoding"]
        if lengths and encodings:
            raise Refused(400, "Content-Length and Transfer-Encoding: send one, not both (RFC 9112 6.3)")
        if len(lengths) > 1:
            raise Refused(400, "Content-Length: given more than once")
        if encodings and b",".join(encodings).strip().lower() != b"chunked":
            raise Refused(400, "Transfer-Encoding: only chunked is accepted")
        limit = self.limits.body_limit(scope["method"], scope["path"])
        if encodings and not limit:  # a chunked body to a route that takes none: not even its first chunk
            raise Refused(413, f"body: chunked; {allowed(limit)}")
        declared = None
        if lengths:
            text = lengths[0].strip()
            if not text.isdigit():
                raise Refused(400, "Content-Length: must be a number of bytes")
            if len(text) > 18 or int(text) > limit:  # 19 digits and more: past any limit, not parsed
                drain = int(text) if len(text) <= 18 and int(text) <= DRAIN_BYTES else 0
                detail = f"body: {text[:20].decode()} bytes declared; {allowed(limit)}"
                raise Refused(413, detail, drain=drain)
            declared = int(text)
        return limit, declared, bool(encodings)

    async def _caller(self, scope: Scope) -> Caller:
        auth = [value for name, value in scope["headers"] if name == b"authorization"]
        scheme, _, token = (auth[0] if len(auth) == 1 else b"").decode("latin-1").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise unauthorized("Authorization: a device or QA reviewer token is required (Bearer)")
        found = None
        if len(token) <= MAX_TOKEN_CHARS:
            found = await anyio.to_thread.run_sync(self.identify, token)  # the database, off the event loop
        if found is None:
            raise unauthorized("Authorization: unknown or revoked token; enroll the device again")
        if found.kind != caller_kind(scope["path"]):  # the route checks again; this spares reading the body
            raise unauthorized(f"Authorization: this route takes a {caller_kind(scope['path'])}'s token")
        return found

    async def _discard(self, receive: Receive, size: int) -> None:
        """Read and drop up to `size` body bytes for at most DRAIN_S: closing on an unread body resets the
        connection, and a client still sending would lose the answer (a lingering close, as servers do)."""
        loop = asyncio.get_running_loop()
        deadline, dropped = loop.time() + DRAIN_S, 0
        while dropped < size:
            try:
                async with asyncio.timeout(max(0.0, deadline - loop.time())):
                    message = await receive()
            except TimeoutError:
                return
            if message["type"] == "http.disconnect":
                return
            dropped += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    async def _read(self, receive: Receive, limit: int) -> bytes:
        """The whole body, counted as it arrives: 413 the moment it passes `limit`, 408 if it stops."""
        chunks: list[bytes] = []
        size = 0
        deadline = asyncio.get_running_loop().time() + self.limits.body_s
        while True:
            left = deadline - asyncio.get_running_loop().time()
            try:
                async with asyncio.timeout(max(0.0, min(self.limits.idle_s, left))):
                    message = await receive()
            except TimeoutError:
                raise Refused(408, "body: not received in time; send the whole body at once") from None
            if message["type"] == "http.disconnect":
                raise Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise Refused(413, f"body: more than {limit} bytes; {allowed(limit)}")
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)


def caller_kind(path: str) -> Literal["device", "reviewer"]:
    """QA routes are the reviewers', every other route the devices'."""
    return "reviewer" if path.startswith(f"{API}/qa/") else "device"


def allowed(limit: int) -> str:
    return f"at most {limit} bytes to this route" if limit else "this route takes no body"


def unauthorized(detail: str) -> Refused:
    return Refused(401, detail, [(b"www-authenticate", b"Bearer")])


async def refuse(send: Send, refusal: Refused) -> None:
    # Connection: close: uvicorn closes the socket after this answer instead of reading the rest of the body.
    body = json.dumps({"detail": refusal.detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *refusal.headers,
    ]
    await send({"type": "http.response.start", "status": refusal.status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def replay(body: bytes, receive: Receive) -> Callable[[], Awaitable[Message]]:
    """The body read by the guard, once, then the client's own messages (a disconnect)."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again
