"""The device side of sync: push the outbox, confirm from the station's receipts, re-send what it lost.

Runs headless (`epcr sync`) or on the app's sync worker; never on the GUI thread. Each step is safe to
interrupt at any point: an item is marked synced only after the station's receipt (echoing its uuid and
hash) is committed here, and the station stores each (kind, uuid, version) once, so re-sending is harmless.
"""

from __future__ import annotations

import contextlib
import random
import socket
import ssl
import threading
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpx
from pydantic import ValidationError

from epcr.domain.canonical import canonical_bytes as canonical
from epcr.domain.report import Report
from epcr.rules.scope.loading import ScopeTableError
from epcr.security.device_secret import SecretStoreError
from epcr.security.keyslots import KeySlots
from epcr.security.pinning import PinRefused, pin_station, pinned_context, refusal
from epcr.store.database import Database
from epcr.store.links import Link, TokenVaultError
from epcr.store.outbox import OutboxRow, Outcome
from epcr.sync import agency
from epcr.sync.protocol import (
    API,
    MAX_BATCH,
    MAX_BATCH_VALUES,
    MAX_BODY_BYTES,
    MAX_SEALS,
    AgencyConfig,
    AuditAnchor,
    AuditHead,
    AuditSeal,
    AuditVerdict,
    EnrollResponse,
    Health,
    HeldResponse,
    Kind,
    PushResponse,
    Roster,
    SealStart,
    value_bound,
)
from epcr.sync.roster import RosterRefused
from epcr.sync.roster import apply as apply_roster
from epcr.sync.transport import retrying

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
PROBE_TIMEOUT = httpx.Timeout(5.0)
BATCH_BYTES = MAX_BODY_BYTES // 2  # headroom under the station's limit


class SyncFailed(Exception):
    """The station could not be reached or refused us; the message says what happens next.

    `retry_after`: the seconds the station asked us to wait (a 429 or 503 with Retry-After), if it did."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SyncStopped(SyncFailed):
    """Stopped from another thread (the app is closing); what was not acknowledged goes next time."""


class Stop:
    """Stops a sync from another thread at once: between steps, and mid-request by shutting its sockets.

    Safe at any moment: an item counts as synced only after its receipt is committed, so a request cut off
    is simply sent again by the next sync, and the station answers `already_have` if it got it.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._cutting = False

    def __call__(self) -> None:
        self._event.set()
        with self._lock:
            for sock in self._sockets:
                _shut(sock)

    def cut(self) -> None:
        """Shut this sync's connections, and any opened until `uncut`, without stopping the app's syncing: a
        request still in flight (or just starting) ends at once."""
        with self._lock:
            self._cutting = True
            for sock in self._sockets:
                _shut(sock)

    def uncut(self) -> None:
        with self._lock:
            self._cutting = False

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def watch(self, request: httpx.Request) -> None:
        """An httpx request hook: httpcore's trace hands over each new connection's socket."""
        request.extensions["trace"] = self._trace

    def _trace(self, event: str, info: dict[str, Any]) -> None:
        if event != "connection.connect_tcp.complete":
            return
        sock = info["return_value"].get_extra_info("socket")
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            if self._event.is_set() or self._cutting:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    # shutdown, not close: it wakes a thread blocked reading this socket (close does not, on Linux).
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


@dataclass
class SyncResult:
    sent: int = 0
    accepted: int = 0
    already_have: int = 0
    conflicts: int = 0
    rejected: int = 0
    requeued: int = 0
    config_version: int | None = None  # a newer agency configuration applied in this sync
    roster_revision: int | None = None  # a newer crew roster applied in this sync
    audit: str | None = (
        None  # the station's verdict on this device's audit chain: first|extends|same|diverged
    )
    retried: int = 0  # requests sent again on a new connection after a closed keep-alive one (transport.py)
    log: list[str] = field(default_factory=list)

    @property
    def acknowledged(self) -> int:
        return self.accepted + self.already_have


def enroll(
    db: Database,
    url: str,
    code: str,
    by: str,
    fingerprint: str | None = None,
    transport: httpx.BaseTransport | None = None,
    ca_key: str | None = None,
) -> Link:
    """Trade a one-time code from `epcr-station enroll` for this device's token; keep it encrypted.

    Over https the station's certificate must match `fingerprint`, or chain to the agency CA whose key is
    `ca_key` (both printed by `epcr-station enroll`); that is pinned (`epcr.security.pinning`).
    Plain http is for a station on this machine only: reports would cross the network unencrypted.
    """
    url = url.rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SyncFailed("station: a URL like https://station.local:8443")
    pin = None
    if parts.scheme == "https":
        try:
            pin = pin_station(parts.hostname, parts.port or 443, fingerprint, ca_key)
        except PinRefused as error:
            raise SyncFailed(str(error)) from None
        except OSError as error:
            raise SyncFailed(f"station: cannot reach {url} ({error}); check the address, network") from None
    elif parts.hostname not in LOOPBACK:
        raise SyncFailed("station: plain http only on this machine (127.0.0.1); use https and --fingerprint")
    verify: ssl.SSLContext | bool = pin.context() if pin else True
    enrolling = retrying(verify, transport)
    # verify stays on the client too: httpx gives it to any proxy transport it mounts from the environment.
    with httpx.Client(base_url=url, timeout=TIMEOUT, transport=enrolling, verify=verify) as http:
        try:
            health = Health.model_validate_json(http.get(f"{API}/health").raise_for_status().content)
            answer = http.post(f"{API}/enroll", json={"code": code, "device_name": "epcr"})
        except httpx.HTTPError as error:
            if refused := refusal(error):
                raise SyncFailed(f"{refused.what}; nothing was sent ({refused.advice})") from None
            raise SyncFailed(
                f"station: cannot reach {url} ({error}); check the address and the network"
            ) from None
        if answer.status_code != 200:
            raise SyncFailed(f"code: the station refused it ({_detail(answer)})")
        enrolled = EnrollResponse.model_validate_json(answer.content)
    stored = pin.dumps() if pin else None  # the pin and its mode (`Pin.loads` reads it back)
    link = Link(url, health.station_id, enrolled.device_id, enrolled.token, db.clock().isoformat(), stored)
    db.set_station_link(link, by)
    # The station learns this device's sealing key now, not at the first sync: entries written before that
    # sync (the first locks) are then sealed to a key it already holds. A station that cannot take it yet
    # learns it at the first sync instead (trust on first use), so enrollment stands either way.
    auth = {"Authorization": f"Bearer {enrolled.token}"}
    anchoring = retrying(verify, transport)
    with (
        httpx.Client(base_url=url, timeout=TIMEOUT, transport=anchoring, verify=verify, headers=auth) as http,
        contextlib.suppress(httpx.HTTPError, SyncFailed, ValidationError),
    ):
        Syncer(db, transport)._anchor_audit(http, SyncResult())
    return link


class Syncer:
    def __init__(
        self,
        db: Database,
        transport: httpx.BaseTransport | None = None,
        batch_size: int = MAX_BATCH,
        keys: tuple[KeySlots, bytes] | None = None,
        stop: Stop | None = None,
    ) -> None:
        """`keys` (the key slots and the open database key) let the roster add and remove crew slots; without
        them the roster waits for a sync run by a logged-in crew member."""
        if not 1 <= batch_size <= MAX_BATCH:
            raise ValueError(f"batch_size: 1 to {MAX_BATCH}")
        self.db = db
        self._keys = keys
        self._stop = stop or Stop()
        self._transport = transport
        self._batch_size = batch_size
        self.result = SyncResult()

    def run(self) -> SyncResult:
        """One sync: push everything pending, then compare with what the station holds and re-send gaps."""
        try:
            link = self.db.station_link()
        except (SecretStoreError, TokenVaultError) as error:  # the keyring locked or the store damaged
            raise SyncFailed(f"station token: {error}") from None
        if link is None:
            raise SyncFailed("station: this device is not enrolled; run `epcr sync enroll` first")
        if not link.token:  # the token lives in the device secret store, which has none for this database
            raise SyncFailed(
                "station: this device's token is not in its device secret store (the data folder came from "
                "another device, or the secret was lost); enroll again with `epcr sync enroll`"
            )
        result = self.result = SyncResult()  # kept when a sync fails half-way: what got through still counts
        headers = {"Authorization": f"Bearer {link.token}"}
        try:
            verify: ssl.SSLContext | bool = pinned_context(link.certificate) if link.certificate else True
        except PinRefused as error:
            raise SyncFailed(f"station link: {error}") from None
        transport = retrying(verify, self._transport, lambda: self._stop.requested)
        with httpx.Client(
            base_url=link.url,
            headers=headers,
            timeout=TIMEOUT,
            transport=transport,
            verify=verify,
            event_hooks={"request": [self._stop.watch], "response": [self._refused]},
        ) as http:
            try:
                self._steps(http, link, result)
            except (SyncFailed, httpx.HTTPError, RuntimeError) as error:
                if self._stop.requested:  # the connection was closed under the request on purpose
                    waiting = len(self.db.pending_outbox())
                    raise SyncStopped(f"sync stopped; {waiting} item(s) wait for the next sync") from None
                if isinstance(error, httpx.HTTPError):
                    raise self._unreachable(error) from None
                raise
            finally:
                result.retried = len(transport.retried)
        result.log.append(_summary(result))
        return result

    def _steps(self, http: httpx.Client, link: Link, result: SyncResult) -> None:
        """Probe, push, compare with what the station holds and re-send gaps, then pull."""
        self._probe(http, link)
        self._push_pending(http, result)
        missing = self._missing_on_station(http)
        if missing:
            self.db.requeue([row.id for row in missing], "the station no longer held it; sent again")
            result.requeued = len(missing)
            result.log.append(f"the station was missing {len(missing)} item(s); sending them again")
            self._push_pending(http, result)
        self._pull_config(http, result)
        self._pull_roster(http, result)
        self._anchor_audit(http, result)

    def _push_pending(self, http: httpx.Client, result: SyncResult) -> None:
        """Push a snapshot of the outbox, batch by batch. One pass: a rejected item is recorded and skipped,
        never retried in a loop. While the station checks one batch, the next is already on its way (one
        sender thread, so one push in flight and one queued behind it) and this thread records the receipts
        of the one before: the station never waits on the device. A batch sent and not answered when a sync
        ends is simply sent again by the next one (the station answers `already_have`)."""
        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="epcr-sync-push") as sender:
                waiting: deque[tuple[list[OutboxRow], Future[httpx.Response]]] = deque()
                try:
                    for batch in self._batches(self.db.pending_outbox()):
                        if self._stop.requested:
                            raise SyncStopped("sync stopped between batches")
                        body = push_body([item for _, item in batch])
                        waiting.append(([row for row, _ in batch], sender.submit(self._post, http, body)))
                        if len(waiting) == 2:
                            self._record(result, *waiting.popleft())
                    while waiting:
                        self._record(result, *waiting.popleft())
                except BaseException:
                    for _, queued in waiting:
                        queued.cancel()  # not started: never sent
                    if waiting:  # one started would hold the failed sync up to its timeout: end it now
                        self._stop.cut()
                    raise
        finally:
            self._stop.uncut()  # the sender is done: connections of a later sync are left alone

    @staticmethod
    def _post(http: httpx.Client, body: bytes) -> httpx.Response:
        return http.post(f"{API}/push", content=body, headers={"Content-Type": "application/json"})

    def _record(self, result: SyncResult, rows: list[OutboxRow], sent: Future[httpx.Response]) -> None:
        """Wait for a batch's answer and record each item's receipt (a missing receipt: not synced)."""
        try:
            answer = sent.result()
        except httpx.HTTPError as error:
            raise self._unreachable(error) from None
        if answer.status_code == 401:
            raise self._unknown_device(answer)
        if answer.status_code != 200:
            raise SyncFailed(
                f"station answered {answer.status_code} ({_detail(answer)}); items wait for the next sync",
                retry_after(answer),
            )
        receipts = PushResponse.model_validate_json(answer.content).receipts
        by_key = {(r.uuid, r.content_hash): r for r in receipts}
        outcomes = []
        for row in rows:
            receipt = by_key.get((row.entity_id, row.content_hash))
            if receipt is None:  # no echo of our uuid and hash: not synced, whatever else came back
                outcomes.append(Outcome(row.id, "failed", False, "no receipt for this item"))
                continue
            done = receipt.outcome in {"accepted", "already_have"}
            outcomes.append(Outcome(row.id, receipt.outcome, done, receipt.reason))
            setattr(result, _COUNTER[receipt.outcome], getattr(result, _COUNTER[receipt.outcome]) + 1)
            if receipt.reason:
                result.log.append(f"{row.kind} {row.entity_id}: {receipt.outcome}: {receipt.reason}")
        self.db.record_sync(outcomes)
        result.sent += len(rows)

    def _batches(self, rows: list[OutboxRow]) -> Iterator[list[tuple[OutboxRow, bytes]]]:
        """Each item as JSON bytes around the payload made at lock time; a batch is cut by count and size."""
        batch: list[tuple[OutboxRow, bytes]] = []
        size = values = 0
        for start in range(0, len(rows), MAX_BATCH):
            chunk = rows[start : start + MAX_BATCH]
            payloads = self.db.outbox_payloads([row.id for row in chunk])
            reports: dict[str, Report] = {}
            for row in chunk:
                item = _item(row, payloads.get(row.id) or self._payload(row, reports))
                bound = value_bound(item)  # the body's bound is 2 + its items': the station's one-pass limit
                if batch and (
                    len(batch) >= self._batch_size
                    or size + len(item) > BATCH_BYTES
                    or 2 + values + bound > MAX_BATCH_VALUES
                ):
                    yield batch
                    batch, size, values = [], 0, 0
                batch.append((row, item))
                size += len(item)
                values += bound
        if batch:
            yield batch

    def _payload(self, row: OutboxRow, reports: dict[str, Report]) -> bytes:
        """An item locked before payloads were kept in the outbox: serialised from the stored report."""
        report = reports.get(row.report_id) or self.db.open_report(
            row.report_id, "sync", "sync send", {"to": "the station"}
        )
        reports[row.report_id] = report
        if row.kind == Kind.REPORT:
            return canonical(report.model_dump(mode="json", exclude={"addenda"}))
        addendum = next(a for a in report.addenda if str(a.id) == row.entity_id)
        return canonical({"addendum": addendum.model_dump(mode="json")})

    def _unreachable(self, error: httpx.HTTPError) -> SyncFailed:
        if refused := refusal(error):  # expired, another name, or not the pinned certificate or CA
            return SyncFailed(f"{refused.what}; nothing was sent ({refused.advice})")
        waiting = len(self.db.pending_outbox())
        return SyncFailed(
            f"station unreachable ({type(error).__name__}); {waiting} item(s) wait on this device and go "
            "with the next sync"
        )

    def _refused(self, answer: httpx.Response) -> None:
        """A response hook: a 401 to any request means the station no longer knows this device's token."""
        if answer.status_code == 401:
            answer.read()
            raise self._unknown_device(answer)

    def _unknown_device(self, answer: httpx.Response) -> SyncFailed:
        # Revoked, or a station restored from a backup made before this device enrolled: either way the
        # device keeps every item, and /held after re-enrolling shows what the station lacks.
        rows = self.db.outbox()
        waiting = sum(not row.acknowledged for row in rows)
        return SyncFailed(
            f"station refused this device ({_detail(answer)}): the station no longer knows this device "
            "(its token was revoked, or the station was restored from a backup made before this device "
            f"enrolled). Nothing is lost: all {len(rows)} item(s) locked here stay on this device "
            f"({waiting} not yet acknowledged). Enroll again: on the station `epcr-station enroll --device "
            "NAME`, then here `epcr sync enroll` with the new code; the next sync sends again everything "
            "the station lacks"
        )

    def _probe(self, http: httpx.Client, link: Link) -> None:
        """The health endpoint first: is the station there, and is it the one this device enrolled with?"""
        try:
            answer = http.get(f"{API}/health", timeout=PROBE_TIMEOUT)
        except httpx.HTTPError as error:
            raise self._unreachable(error) from None
        if answer.status_code != 200:
            raise SyncFailed(
                f"station answered {answer.status_code} to /health; items wait for the next sync",
                retry_after(answer),
            )
        station_id = Health.model_validate_json(answer.content).station_id
        if station_id != link.station_id:
            raise SyncFailed(
                f"station at {link.url} is {station_id}, not {link.station_id} this device enrolled with; "
                "nothing was sent (enroll again if the station was replaced)"
            )

    def _pull_config(self, http: httpx.Client, result: SyncResult) -> None:
        home = self.db.path.parent
        asked = {"since": agency.applied_version(home), "directory": 1}  # facilities and vehicles too
        body = _fetch(http, "/config", "the agency configuration", asked)
        if body is None:
            return
        config = AgencyConfig.model_validate_json(body)
        try:
            agency.apply(home, config)
        except ScopeTableError as error:
            result.log.append(
                f"agency configuration {config.version} refused, the previous one stays: {error}"
            )
            return
        result.config_version = config.version
        result.log.append(f"agency configuration {config.version} applied (published {config.published_at})")

    def _pull_roster(self, http: httpx.Client, result: SyncResult) -> None:
        if self._keys is None:
            return
        body = _fetch(http, "/roster", "the crew roster", {"since": self.db.roster_revision()})
        if body is None:
            return
        try:
            roster = Roster.model_validate_json(body)
            changes = apply_roster(self.db, *self._keys, roster)
        except (ValidationError, RosterRefused) as error:
            result.log.append(f"crew roster refused, the previous one stays: {_first_problem(error)}")
            return
        result.roster_revision = roster.revision
        result.log.append(
            f"crew roster {roster.revision} applied: " + ("; ".join(changes) if changes else "no change here")
        )

    def _anchor_audit(self, http: httpx.Client, result: SyncResult) -> None:
        """Hand the station this device's audit chain: the head, and each entry since the last anchor with
        its seal (MAX_SEALS a request): the station checks its anchor still holds and nothing was resealed."""
        body = _fetch(http, "/audit/anchor", "the audit anchor", {})
        anchored = AuditAnchor.model_validate_json(body) if body is not None else None
        while True:
            head = self._audit_head(anchored)
            answer = http.post(f"{API}/audit/head", json=head.model_dump())
            if answer.status_code != 200:
                raise SyncFailed(
                    f"station answered {answer.status_code} to /audit/head ({_detail(answer)})",
                    retry_after(answer),
                )
            verdict = AuditVerdict.model_validate_json(answer.content)
            result.audit = verdict.verdict
            if verdict.verdict == "diverged":
                detail = verdict.detail
                result.log.append(
                    f"AUDIT: the station finds this device's audit log changed: {detail}; tell the admin"
                )
                return
            if not head.seals or head.entries >= self.db.audit_head()[0]:
                return
            anchored = AuditAnchor(entries=head.entries, hash=head.last_hash, sealed=True)  # the next part

    def _audit_head(self, anchored: AuditAnchor | None) -> AuditHead:
        entries, last_hash, key = self.db.audit_seal_state()
        at_anchor = self.db.audit_hash_at(anchored.entries) if anchored else None
        if anchored is None or not anchored.sealed or entries < anchored.entries:
            start = SealStart(position=entries + 1, key=key) if key else None  # trusted on first use
            return AuditHead(entries=entries, last_hash=last_hash, at_anchor=at_anchor, seal_start=start)
        seals = [
            AuditSeal(position=e.position, prev_hash=e.prev_hash, hash=e.hash, mac=e.mac)
            for e in self.db.audit_sealed_entries(anchored.entries, MAX_SEALS)
        ]
        reached = seals[-1].hash if seals else (at_anchor or anchored.hash)
        return AuditHead(
            entries=anchored.entries + len(seals), last_hash=reached, at_anchor=at_anchor, seals=seals
        )

    def _missing_on_station(self, http: httpx.Client) -> list[OutboxRow]:
        try:
            answer = http.get(f"{API}/held")
        except httpx.HTTPError as error:
            raise SyncFailed(
                f"station unreachable while checking what it holds ({type(error).__name__})"
            ) from None
        if answer.status_code != 200:
            raise SyncFailed(
                f"station answered {answer.status_code} to the holdings check ({_detail(answer)})",
                retry_after(answer),
            )
        held = {
            (i.kind.value, i.uuid, i.version, i.content_hash)
            for i in HeldResponse.model_validate_json(answer.content).items
        }
        return [
            row
            for row in self.db.outbox()
            if row.acknowledged and (row.kind, row.entity_id, row.version, row.content_hash) not in held
        ]


def push_body(items: list[bytes]) -> bytes:
    """canonical({"items": [...]}) from items already serialised canonically: the same bytes, built once."""
    return b'{"items":[' + b",".join(items) + b"]}"


class Backoff:
    """Capped exponential backoff with full jitter between failed syncs ("Exponential Backoff And Jitter",
    AWS Architecture Blog, 2015): the n-th wait is uniform between FLOOR_S and min(cap, base * 2^n), so a
    fleet of ambulances that lost the station together does not come back together. A station that says
    how long to wait (Retry-After) is obeyed, up to the cap."""

    FLOOR_S = 1.0  # never retry at once: a failure that repeats instantly would spin

    def __init__(self, base: float = 5.0, cap: float = 600.0, rng: random.Random | None = None) -> None:
        self.base, self.cap, self.failures = base, cap, 0
        self._rng = rng or random.Random()

    def next_delay(self, retry_after: float | None = None) -> float:
        ceiling = max(self.FLOOR_S, min(self.cap, self.base * 2**self.failures))
        self.failures += 1
        delay = self._rng.uniform(self.FLOOR_S, ceiling)
        if retry_after is not None:
            delay = max(delay, min(self.cap, retry_after))
        return delay

    def reset(self) -> None:
        self.failures = 0


_COUNTER = {
    "accepted": "accepted",
    "already_have": "already_have",
    "conflict": "conflicts",
    "rejected": "rejected",
}


def _fetch(http: httpx.Client, path: str, what: str, params: dict[str, int]) -> bytes | None:
    """GET a pull endpoint: its body, or None when the station answers 204 (nothing newer)."""
    try:
        answer = http.get(f"{API}{path}", params=params)
    except httpx.HTTPError as error:
        raise SyncFailed(f"station unreachable fetching {what} ({type(error).__name__})") from None
    if answer.status_code == 204:
        return None
    if answer.status_code != 200:
        raise SyncFailed(
            f"station answered {answer.status_code} to {path} ({_detail(answer)})", retry_after(answer)
        )
    return answer.content


def _item(row: OutboxRow, payload: bytes) -> bytes:
    """The fields of protocol.PushItem in canonical order; the payload's bytes go in as they are."""
    head = canonical({"content_hash": row.content_hash, "kind": row.kind})[:-1]
    tail = canonical({"report_uuid": row.report_id, "uuid": row.entity_id, "version": row.version})[1:]
    return head + b',"payload":' + payload + b"," + tail


def _summary(result: SyncResult) -> str:
    return (
        f"sent {result.sent}, acknowledged {result.acknowledged} (new {result.accepted}, already there "
        f"{result.already_have}), conflicts {result.conflicts}, rejected {result.rejected}, "
        f"re-sent after station loss {result.requeued}"
    ) + (f"; retried {result.retried} request(s) on a fresh connection" if result.retried else "")


def retry_after(answer: httpx.Response) -> float | None:
    """The wait a 429 or 503 asks for (RFC 9110 §10.2.3: seconds or an HTTP date); None: none or bad."""
    if answer.status_code not in (429, 503):
        return None
    value = answer.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # an HTTP date is GMT by definition
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _detail(answer: httpx.Response) -> str:
    try:
        detail = answer.json().get("detail")
    except ValueError:
        return answer.reason_phrase or "no reason given"
    return "; ".join(detail) if isinstance(detail, list) else str(detail)


def _first_problem(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"{'.'.join(map(str, first['loc']))}: {first['msg']}"
    return str(error)
