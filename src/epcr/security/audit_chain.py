"""The audit log as a hash chain: each entry carries the hash of the one before, so an edited, deleted or
reordered row breaks the chain at that row, and a cut-off tail no longer matches the head the database
keeps."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

GENESIS = "0" * 64
# json.dumps with these options builds a new encoder on every call; one made once writes the same text.
_ENCODE = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def entry_hash(previous: str, row: Sequence[object]) -> str:
    """SHA-256 over the previous hash and this row's (at, actor, action, report_id, path, old, new)."""
    body = _ENCODE([previous, *row])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    broken_at: int | None  # id of the first entry that does not follow from the one before
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.broken_at is None and self.problem is None


def verify(rows: Iterable[Sequence[object]], head: tuple[int, str] | None) -> ChainCheck:
    """`rows`: (id, at, actor, action, report_id, path, old, new, prev_hash, hash) in id order."""
    previous, count = GENESIS, 0
    for row in rows:
        row_id, fields, prev_hash, digest = str(row[0]), row[1:8], row[8], row[9]
        if prev_hash != previous:
            what = "an entry before it was deleted or the order was changed"
            return ChainCheck(
                count, int(row_id), f"entry {row_id}: its link does not match the entry before ({what})"
            )
        if entry_hash(previous, fields) != digest:
            return ChainCheck(
                count, int(row_id), f"entry {row_id}: its content was changed after it was written"
            )
        previous, count = str(digest), count + 1
    if head is not None and (head[0] != count or head[1] != previous):
        return ChainCheck(
            count,
            None,
            f"the log ends after {count} entries but {head[0]} were written: entries at the end were removed",
        )
    return ChainCheck(count, None, None)


# -- forward-secure sealing (Bellare-Yee 2003; Schneier-Kelsey 1999; systemd journal's Forward Secure Sealing)
#
# The device keeps one key, the one that seals the next entry: mac_i = HMAC-SHA256(k_i, hash_i), then
# k_{i+1} = SHA-256("epcr seal" || k_i) replaces k_i. Whoever opens the database at entry n finds k_n only,
# and SHA-256 does not run backwards: entries sealed before n cannot be sealed again. The station holds the
# key at the position it last verified and derives each later key forward to check the device's macs.

SEAL_LABEL = b"epcr seal"
_BLOCK = 64  # SHA-256's block size in bytes: RFC 2104's B
_INNER = bytes(b ^ 0x36 for b in range(256))  # ipad and opad, applied to each key byte by bytes.translate
_OUTER = bytes(b ^ 0x5C for b in range(256))


def _hmac_sha256(key: bytes, message: bytes) -> str:
    """HMAC-SHA256 (RFC 2104) over hashlib's SHA-256. hmac.digest gives the same bytes, but its one-shot
    OpenSSL 3 HMAC sets up a new MAC context on every call: measured ~15 us more per saved edit here."""
    if len(key) > _BLOCK:
        key = hashlib.sha256(key).digest()
    key = key.ljust(_BLOCK, b"\0")
    inner = hashlib.sha256(key.translate(_INNER) + message).digest()
    return hashlib.sha256(key.translate(_OUTER) + inner).hexdigest()


def seal_mac(key_hex: str, digest: str) -> str:
    """The entry's seal: HMAC-SHA256 under the key of its position, over its chain hash."""
    return _hmac_sha256(bytes.fromhex(key_hex), digest.encode("ascii"))


def next_seal_key(key_hex: str) -> str:
    return hashlib.sha256(SEAL_LABEL + bytes.fromhex(key_hex)).hexdigest()


def seal(key_hex: str, digest: str) -> tuple[str, str]:
    """(the entry's seal, the key for the next entry): seal_mac and next_seal_key, the key decoded once."""
    key = bytes.fromhex(key_hex)
    return _hmac_sha256(key, digest.encode("ascii")), hashlib.sha256(SEAL_LABEL + key).hexdigest()


@dataclass(frozen=True)
class SealedEntry:
    position: int  # 1 for the log's first entry: the entry count once it is written
    prev_hash: str
    hash: str
    mac: str | None  # None: written before the chain was sealed


@dataclass(frozen=True)
class SealCheck:
    position: int  # the position the returned key seals: one past the last entry verified
    key: str
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def check_seals(position: int, key: str, last_hash: str, entries: Sequence[SealedEntry]) -> SealCheck:
    """Check `entries` against the key held for `position` and the hash of the entry before it.

    Each must come next (its position), link to the one before (prev_hash) and carry the mac its position's
    key gives its hash. All or nothing: on a failure the key stays at `position`, where the anchor stays."""
    at, current = position, key
    for entry in entries:
        where = f"entry {entry.position}"
        if entry.position != at:
            return SealCheck(position, key, f"{where}: sent where entry {at} was expected")
        if entry.prev_hash != last_hash:
            return SealCheck(
                position, key, f"{where}: its link does not match the entry before (log rewritten)"
            )
        if entry.mac is None or not hmac.compare_digest(entry.mac, seal_mac(current, entry.hash)):
            what = "it has no seal" if entry.mac is None else "its seal does not match"
            return SealCheck(position, key, f"{where}: {what} (rewritten after it was sealed)")
        at, current, last_hash = at + 1, next_seal_key(current), entry.hash
    return SealCheck(at, current, None)
