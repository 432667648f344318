"""The audit log as a hash chain: each entry carries the hash of the one before, so an edited, deleted or
reordered row breaks the chain at that row, and a cut-off tail no longer matches the head the database
keeps."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

GENESIS = "0" * 64


def entry_hash(previous: str, row: Sequence[object]) -> str:
    """SHA-256 over the previous hash and this row's (at, actor, action, report_id, path, old, new)."""
    body = json.dumps([previous, *row], separators=(",", ":"), ensure_ascii=False)
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
