"""QA at the station: search received reports, read one with its addenda, flag and comment per field."""

from __future__ import annotations

import httpx

from epcr.demo import demo_report
from epcr.domain.nemsis.sections import ProtocolsProtocol
from epcr.station import qa
from epcr.store.database import Database
from epcr.sync.client import Syncer
from tests.sync.conftest import Station
from tests.sync.test_sync import enrolled, lock_calls


def docked(db: Database, station: Station, count: int = 6) -> list[str]:
    ids = lock_calls(db, count)
    db.add_addendum(ids[0], "P-1042", "late entry", "Receiving RN: K. Obi.")
    enrolled(db, station)
    Syncer(db).run()
    return ids


def get(station: Station, token: str, path: str, **params: str | int) -> httpx.Response:
    return httpx.get(f"{station.url}{path}", params=params, headers={"Authorization": f"Bearer {token}"})


def test_search_filters_and_pages(db: Database, station: Station) -> None:
    ids = docked(db, station)
    token = qa.add_reviewer(station.store.engine, "Quinn Reviewer")
    everything = get(station, token, "/v1/qa/reports").json()
    assert (everything["total"], everything["more"]) == (len(ids), False)
    times = [row["incident_at"] for row in everything["items"]]
    assert times == sorted(times, reverse=True)  # newest call first

    reports = {str(r): db.open_report(r) for r in ids}
    arrests = {
        r for r, rep in reports.items() if getattr(rep.arrest.cardiac_arrest, "value", None) in qa.ARREST
    }
    found = get(station, token, "/v1/qa/reports", arrest="true").json()
    assert {row["report_uuid"] for row in found["items"]} == arrests

    member = next(m.member_id for m in reports[ids[1]].crew if isinstance(m.member_id, str))
    crewed = {r for r, rep in reports.items() if member in {m.member_id for m in rep.crew}}
    found = get(station, token, "/v1/qa/reports", crew=member).json()
    assert {row["report_uuid"] for row in found["items"]} == crewed

    first = reports[ids[2]]
    start = first.times.unit_notified
    assert start is not None
    found = get(station, token, "/v1/qa/reports", start=start.isoformat(), end=start.isoformat()).json()
    assert found["total"] == 0  # an empty range: start inclusive, end exclusive
    found = get(station, token, "/v1/qa/reports", q=(first.patient.last_name or "").upper()).json()
    assert ids[2] in {row["report_uuid"] for row in found["items"]}

    page = get(station, token, "/v1/qa/reports", limit=2, offset=2).json()
    assert [row["report_uuid"] for row in page["items"]] == [
        row["report_uuid"] for row in everything["items"][2:4]
    ]


def test_read_a_report_and_review_a_field(db: Database, station: Station) -> None:
    ids = docked(db, station)
    token = qa.add_reviewer(station.store.engine, "Quinn Reviewer")
    report = db.open_report(ids[0])
    vital = report.vitals[0].id
    auth = {"Authorization": f"Bearer {token}"}
    posted = httpx.post(
        f"{station.url}/v1/qa/reports/{ids[0]}/reviews",
        json={"field": f"vitals[{vital}].sbp", "flag": "question", "comment": "SBP 60 then 128 in 2 min?"},
        headers=auth,
    )
    assert posted.status_code == 201 and posted.json()["reviewer"] == "Quinn Reviewer"
    detail = get(station, token, f"/v1/qa/reports/{ids[0]}").json()
    assert detail["report"]["uuid"] == ids[0]
    assert [a["text"] for a in detail["addenda"]] == ["Receiving RN: K. Obi."]
    assert [(r["field"], r["flag"]) for r in detail["reviews"]] == [(f"vitals[{vital}].sbp", "question")]


def test_bad_qa_requests_are_clear_4xx_and_store_nothing(db: Database, station: Station) -> None:
    ids = docked(db, station, 2)
    token = qa.add_reviewer(station.store.engine, "Quinn Reviewer")
    auth = {"Authorization": f"Bearer {token}"}
    url = f"{station.url}/v1/qa/reports/{ids[0]}/reviews"
    bad = httpx.post(url, json={"field": "patient.nope", "flag": "question", "comment": "?"}, headers=auth)
    assert bad.status_code == 422 and bad.json()["detail"][0].startswith("field: 'nope' is not a field")
    bad = httpx.post(url, json={"flag": "maybe", "comment": "?"}, headers=auth)
    assert bad.status_code == 422 and bad.json()["detail"][0].startswith("flag: Input should be")
    missing = httpx.post(
        f"{station.url}/v1/qa/reports/00000000-0000-4000-8000-000000000000/reviews",
        json={"flag": "ok", "comment": "fine"},
        headers=auth,
    )
    assert missing.status_code == 404
    naive = get(station, token, "/v1/qa/reports", start="2026-11-01T00:00:00")
    assert naive.status_code == 422 and "UTC offset" in naive.json()["detail"][0]
    assert get(station, token, "/v1/qa/reports", limit=500).status_code == 422
    # A device token is not a reviewer's, and a revoked reviewer is refused.
    device_token = db.station_link().token
    assert get(station, device_token, "/v1/qa/reports").status_code == 401
    qa.revoke_reviewer(station.store.engine, "Quinn Reviewer")
    assert get(station, token, "/v1/qa/reports").status_code == 401
    assert qa.reviews_of(station.store.engine, ids[0]) == []


def test_search_by_location_type_cause_of_injury_and_protocol(db: Database, station: Station) -> None:
    crash, fall, other = (demo_report(n) for n in (20, 21, 22))
    crash.scene.incident_location_type = "Y92.410"  # eScene.09 street or highway
    crash.injury.cause_of_injury = ["V43", "Y28.9"]  # eInjury.01
    crash.protocols.protocols = [ProtocolsProtocol(protocols_used="9914083")]  # eProtocols.01
    fall.scene.incident_location_type = "Y92.009"  # at home
    fall.injury.cause_of_injury = ["W19"]
    fall.protocols.protocols = [ProtocolsProtocol(protocols_used="9914101")]
    db.import_reports([crash, fall, other], "import")
    for report in (crash, fall, other):
        db.lock_report(report.uuid, "P-1042")
    enrolled(db, station)
    Syncer(db).run()
    token = qa.add_reviewer(station.store.engine, "Quinn Reviewer")

    def found(**params: str | int) -> set[str]:
        return {row["report_uuid"] for row in get(station, token, "/v1/qa/reports", **params).json()["items"]}

    assert found(location_type="Y92.4") == {str(crash.uuid)}  # a prefix: every street and highway
    assert found(location_type="Y92") == {str(crash.uuid), str(fall.uuid)}
    assert found(injury_cause="V4") == {str(crash.uuid)}  # the start of a code, in any position
    assert found(injury_cause="Y28.9") == {str(crash.uuid)}
    assert found(injury_cause="W19") == {str(fall.uuid)}
    assert found(protocol="9914101") == {str(fall.uuid)}
    assert found(protocol="991410") == set()  # a protocol is a whole code
    rows = get(station, token, "/v1/qa/reports", location_type="Y92.4").json()["items"]
    assert rows[0]["location_type"] == "Y92.410"
    refused = get(station, token, "/v1/qa/reports", protocol="x" * 11)
    assert refused.status_code == 422 and "query.protocol" in refused.json()["detail"][0]
