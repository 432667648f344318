"""Hypothesis throws arbitrary and almost-valid bodies at the station: never a 500, nothing stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from epcr.station.store import StationStore
from tests.sync.conftest import Station, start

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
UUIDS = st.uuids().map(str) | st.text(max_size=40)
ITEMS = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["report", "addendum", "other"]),
        "uuid": UUIDS,
        "report_uuid": UUIDS,
        "version": st.integers(min_value=-2, max_value=3) | st.text(max_size=3),
        "content_hash": st.text(alphabet="0123456789abcdef", min_size=60, max_size=66),
        "payload": st.dictionaries(st.sampled_from(["uuid", "lifecycle", "addendum", "patient"]), JSON),
    }
)


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Station, str]]:
    store = StationStore(f"sqlite:///{Path(tmp_path_factory.mktemp('fuzz')) / 'station.sqlite3'}")
    _, token = store.enroll(store.invite("Fuzz 1"))
    running = start(store)
    yield running, token
    running.stop()
    store.close()


def post(station: Station, token: str, body: bytes) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    return httpx.post(f"{station.url}/v1/push", content=body, headers=headers, timeout=10)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=JSON)
def test_arbitrary_json_is_a_4xx(station: tuple[Station, str], body: Any) -> None:
    running, token = station
    answer = post(running, token, json.dumps(body).encode())
    assert 400 <= answer.status_code < 500, answer.text
    assert running.store.item_hashes() == {}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(ITEMS, min_size=1, max_size=3))
def test_almost_valid_items_are_refused_or_rejected(station: tuple[Station, str], batch: list[Any]) -> None:
    running, token = station
    answer = post(running, token, json.dumps({"items": batch}).encode())
    assert answer.status_code in {200, 422}, answer.text
    if answer.status_code == 200:
        assert {r["outcome"] for r in answer.json()["receipts"]} == {"rejected"}
    assert running.store.item_hashes() == {}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200), token=st.text(alphabet=TOKEN_CHARS, min_size=1, max_size=50))
def test_garbage_bytes_and_forged_tokens(station: tuple[Station, str], raw: bytes, token: str) -> None:
    running, _ = station
    headers = {"Authorization": f"Bearer {token}"}
    answer = httpx.post(f"{running.url}/v1/push", content=raw, headers=headers, timeout=10)
    assert answer.status_code in {401, 403, 422}, answer.text
    enroll = httpx.post(f"{running.url}/v1/enroll", content=raw, timeout=10)
    assert enroll.status_code in {401, 422}, enroll.text
    assert running.store.item_hashes() == {}


@pytest.mark.parametrize("entries", [2**63, 2**70, -1])
def test_an_audit_head_beyond_what_a_database_holds_is_a_422_not_a_500(
    station: tuple[Station, str], entries: int
) -> None:
    running, token = station
    body = {"entries": entries, "last_hash": "0" * 64, "at_anchor": None}
    headers = {"Authorization": f"Bearer {token}"}
    answer = httpx.post(f"{running.url}/v1/audit/head", json=body, headers=headers, timeout=10)
    assert answer.status_code == 422, answer.text
    assert "entries" in answer.text
