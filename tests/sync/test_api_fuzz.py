"""Hypothesis throws arbitrary and almost-valid bodies at the station: never a 500, nothing stored."""

from __future__ import annotations

import json
import uuid
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


# -- every route, every parameter: out-of-range integers and over-long strings are a 4xx, never a 500 -----

REPORT = "00000000-0000-4000-8000-000000000000"
HASH = "0" * 64
# Every station route with a request that passes validation: the fuzz below spoils one field at a time.
ROUTES: dict[tuple[str, str], dict[str, Any]] = {
    ("GET", "/v1/health"): {},
    ("POST", "/v1/enroll"): {"body": {"code": "ABCD-EFGH-JKLM", "device_name": "Medic 9"}},
    ("GET", "/v1/audit/anchor"): {"token": "device"},
    ("POST", "/v1/audit/head"): {
        "token": "device",
        "body": {
            "entries": 1,
            "last_hash": HASH,
            "at_anchor": HASH,
            "seals": [{"position": 1, "prev_hash": HASH, "hash": HASH, "mac": HASH}],
            "seal_start": {"position": 1, "key": HASH},
        },
    },
    ("POST", "/v1/push"): {
        "token": "device",
        "body": {
            "items": [
                {
                    "kind": "report",
                    "uuid": REPORT,
                    "report_uuid": REPORT,
                    "version": 1,
                    "content_hash": HASH,
                    "payload": {"uuid": REPORT},
                }
            ]
        },
    },
    ("GET", "/v1/held"): {"token": "device"},
    ("GET", "/v1/config"): {"token": "device", "query": {"since": 0, "directory": 1}},
    ("GET", "/v1/roster"): {"token": "device", "query": {"since": 0}},
    ("GET", "/v1/qa/reports"): {
        "token": "reviewer",
        "query": {
            "start": "2026-11-01T00:00:00-07:00",
            "end": "2026-11-02T00:00:00-07:00",
            "unit": "Medic 12",
            "crew": "P-1042",
            "impression": "I21",
            "arrest": "true",
            "finding": "times.order",
            "scope_violation": "false",
            "location_type": "Y92.0",
            "injury_cause": "V43",
            "protocol": "9914083",
            "q": "Smith",
            "reviewed": "false",
            "limit": 50,
            "offset": 0,
        },
    },
    ("GET", "/v1/qa/reports/{report_uuid}"): {"token": "reviewer", "path": {"report_uuid": REPORT}},
    ("POST", "/v1/qa/reports/{report_uuid}/reviews"): {
        "token": "reviewer",
        "path": {"report_uuid": REPORT},
        "body": {"field": "patient.age", "flag": "question", "comment": "Age?"},
    },
    ("PUT", "/v1/qa/reports/{report_uuid}/reviewed"): {
        "token": "reviewer",
        "path": {"report_uuid": REPORT},
        "body": {"reviewed": True},
    },
}
HUGE_INTS: list[Any] = [2**31, 2**63, 2**64, 2**70, 10**100, -1, -(2**63) - 1]
NOT_INTS: list[Any] = ["abc", "1e3", "", "0x10", "NaN", "9" * 400, 1.5]
LONG_TEXT = "\u00e9" * 20_000
BAD_TIMES = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-13-01T00:00:00Z", "99999-01-01"]


@pytest.fixture(scope="module")
def callers(station: tuple[Station, str]) -> dict[str, str]:
    from epcr.station import qa

    running, device = station
    return {"device": device, "reviewer": qa.add_reviewer(running.store.engine, "Fuzz Reviewer")}


def call(
    running: Station, callers: dict[str, str], route: tuple[str, str], spec: dict[str, Any]
) -> httpx.Response:
    method, template = route
    path = template
    for name, value in spec.get("path", {}).items():
        path = path.replace("{" + name + "}", str(value))
    token = callers.get(spec.get("token", ""))
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    query = {k: str(v) if not isinstance(v, str) else v for k, v in spec.get("query", {}).items()}
    body = spec.get("body")
    content = None if body is None else json.dumps(body).encode()
    if content is not None:
        headers["Content-Type"] = "application/json"
    return httpx.request(
        method, f"{running.url}{path}", params=query, content=content, headers=headers, timeout=30
    )


def leaves(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every scalar of a JSON document, with its place in it."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from leaves(inner, (*at, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from leaves(inner, (*at, index))
    else:
        yield at, value


def replaced(document: Any, at: tuple[Any, ...], new: Any) -> Any:
    if not at:
        return new
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[at[0]] = replaced(document[at[0]], at[1:], new)
    return copy


def spoiled(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The request with one parameter or body field at a time made hostile: (what, request)."""
    for part in ("query", "path"):
        for name, value in spec.get(part, {}).items():
            bad: list[Any] = ["\u00e9" * 1500, "x" * 5000]  # a URL stays under the 16 KiB request head
            if isinstance(value, int):
                bad += HUGE_INTS + NOT_INTS
            if name in {"start", "end"}:
                bad += BAD_TIMES
            if name == "report_uuid":
                bad += [REPORT.upper(), REPORT + "0", "%00", "-1"]
            for each in bad:
                yield f"{part} {name}={str(each)[:30]}", {**spec, part: {**spec[part], name: each}}
    if "body" in spec:
        for at, value in leaves(spec["body"]):
            bad = [LONG_TEXT]
            if isinstance(value, int) and not isinstance(value, bool):
                bad += HUGE_INTS + NOT_INTS
            elif value is not None:
                bad += [2**70, -1]
            for each in bad:
                yield f"body {at}={str(each)[:30]}", {**spec, "body": replaced(spec["body"], at, each)}


def odd(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each body field left empty or of another shape: allowed for some fields, never a 500."""
    for at, _ in leaves(spec.get("body", {})):
        oddities: tuple[Any, ...] = (None, [], {}, True, 0)
        for each in oddities:
            yield f"body {at}={each!r}", {**spec, "body": replaced(spec["body"], at, each)}


def test_every_route_is_in_the_fuzz_table(station: tuple[Station, str]) -> None:
    # A new route joins ROUTES (with every integer and string it takes), or this fails.
    running, _ = station
    served = {
        (method.upper(), path)
        for path, methods in running.server.config.app.openapi()["paths"].items()
        for method in methods
    }
    assert served == set(ROUTES)
    schema = running.server.config.app.openapi()
    for (method, path), spec in ROUTES.items():
        operation = schema["paths"][path][method.lower()]
        names = {p["name"] for p in operation.get("parameters", [])}
        assert names == set(spec.get("query", {})) | set(spec.get("path", {})), path
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body is not None:
            given = {tuple(str(p) for p in at if not isinstance(p, int)) for at, _ in leaves(spec["body"])}
            missing = {f for f in fields(schema, body) if not any(g[: len(f)] == f for g in given)}
            assert not missing, (path, missing)


def fields(schema: dict[str, Any], node: dict[str, Any], at: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Every scalar field a request body's JSON schema names (lists and optional fields followed)."""
    if "$ref" in node:
        return fields(schema, schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[1]], at)
    found: set[tuple[str, ...]] = set()
    for option in node.get("anyOf", []):
        found |= fields(schema, option, at)
    if "items" in node:
        found |= fields(schema, node["items"], at)
    for name, inner in node.get("properties", {}).items():
        if (
            name == "payload"
        ):  # the report document: validated as a report (test_sync), bounded by the body limit
            found.add((*at, name))
            continue
        found |= fields(schema, inner, (*at, name)) or {(*at, name)}
    return found


def refused(answer: httpx.Response) -> bool:
    """A 4xx, or a push whose every item came back rejected (the protocol's answer to a bad item)."""
    if 400 <= answer.status_code < 500:
        return True
    receipts = answer.json().get("receipts") if answer.status_code == 200 else None
    return bool(receipts) and {r["outcome"] for r in receipts} == {"rejected"}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Station, dict[str, str]]]:
    """A station on each database: PostgreSQL's INTEGER is 4 bytes, where too large a number was a 500."""
    from sqlalchemy import create_engine, text

    from epcr.station import qa
    from tests.sync.conftest import POSTGRES, postgres_reason

    schema = f"fuzz_{uuid.uuid4().hex[:12]}"
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('fuzz-db')) / 'station.sqlite3'}"
    elif reason := postgres_reason():
        pytest.skip(reason)
    else:
        with create_engine(POSTGRES).begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        url = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    store = StationStore(url)
    callers = {"device": store.enroll(store.invite("Fuzz 2"))[1]}
    callers["reviewer"] = qa.add_reviewer(store.engine, "Fuzz Reviewer")
    running = start(store)
    yield running, callers
    running.stop()
    store.close()
    if request.param == "postgresql":
        with create_engine(POSTGRES).begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))


def test_hostile_parameters_are_a_4xx_on_every_route(backend: tuple[Station, dict[str, str]]) -> None:
    running, callers = backend
    for route, spec in ROUTES.items():
        assert call(running, callers, route, spec).status_code < 500, route
        for what, request in spoiled(spec):
            answer = call(running, callers, route, request)
            assert refused(answer), (route, what, answer.status_code, answer.text[:300])
        for what, request in odd(spec):
            answer = call(running, callers, route, request)
            assert answer.status_code < 500, (route, what, answer.status_code, answer.text[:300])
    assert running.store.item_hashes() == {}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.data(),
    number=st.integers(min_value=2**31) | st.integers(max_value=-1),
    text=st.tuples(st.text(min_size=1, max_size=8), st.integers(1, 6000)).map(
        lambda t: (t[0] * t[1])[: t[1]]
    ),
)
def test_random_hostile_values_are_never_a_500(
    station: tuple[Station, str], callers: dict[str, str], data: st.DataObject, number: int, text: str
) -> None:
    running, _ = station
    route = data.draw(st.sampled_from(sorted(ROUTES)))
    spec = ROUTES[route]
    places = [("query", name) for name in spec.get("query", {})] + [
        ("body", at) for at, _ in leaves(spec.get("body", {}))
    ]
    if not places:
        return
    part, name = data.draw(st.sampled_from(places))
    value = data.draw(st.sampled_from([number, text, str(number)]))
    if part == "query":
        value = value[:1200] if isinstance(value, str) else value  # a URL stays under the request head limit
        request = {**spec, "query": {**spec["query"], name: value}}
    else:
        request = {**spec, "body": replaced(spec["body"], name, value)}
    answer = call(running, callers, route, request)
    assert answer.status_code < 500, (route, name, answer.text[:300])
