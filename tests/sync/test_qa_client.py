"""The reviewer's client for the station's QA API: connect, search, read, flag, mark reviewed."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.device import Device
from epcr.security.accounts import Account
from epcr.security.roles import NotPermitted, Role
from epcr.station import qa
from epcr.store.database import Database
from epcr.sync.protocol import QaSearch
from epcr.sync.qa_client import QaClient, QaFailed, connect
from tests.sync.conftest import Station
from tests.sync.test_qa import docked


def test_search_read_flag_and_mark_reviewed(db: Database, station: Station) -> None:
    ids = docked(db, station)
    token = qa.add_reviewer(station.store.engine, "Quinn Reviewer")
    link = connect(station.url, token, None)
    with QaClient(link) as client:
        page = client.search(QaSearch(reviewed=False))
        assert page.total == len(ids) and not page.more
        assert page.items[0].incident_at is not None and page.items[0].incident_at.tzinfo is not None

        opened = client.fetch(ids[0])
        assert str(opened.report.uuid) == ids[0] and len(opened.report.addenda) == 1
        assert opened.report.content_hash() == opened.report.lifecycle.content_hash  # byte-true on the wire
        vital = opened.report.vitals[0]
        review = client.review(ids[0], f"vitals[{vital.id}].sbp", "question", "SBP 210 with no treatment?")
        assert review.reviewer == "Quinn Reviewer" and review.field == f"vitals[{vital.id}].sbp"

        at, by = client.mark_reviewed(ids[0])
        assert at is not None and by == "Quinn Reviewer"
        assert {r.report_uuid for r in client.search(QaSearch(reviewed=True)).items} == {ids[0]}
        assert client.search(QaSearch(reviewed=False)).total == len(ids) - 1
        again = client.fetch(ids[0])
        assert again.reviewed_by == "Quinn Reviewer"
        assert [r.comment for r in again.reviews] == [review.comment]
        assert client.mark_reviewed(ids[0], reviewed=False) == (None, None)

        with pytest.raises(QaFailed, match="flag: one of question, correction, education, commendation, ok"):
            client.review(ids[0], None, "wrong", "x")
        with pytest.raises(QaFailed, match="field: "):
            client.review(ids[0], "vitals[nope].sbp.x.y", "ok", "x")
        with pytest.raises(QaFailed, match="no report"):
            client.fetch("00000000-0000-4000-8000-000000000000")
    qa.revoke_reviewer(station.store.engine, "Quinn Reviewer")
    with pytest.raises(QaFailed, match="token: the station refused"):
        connect(station.url, token, None)


def test_the_connection_is_kept_encrypted_and_only_qa_may_use_it(tmp_path: Path, station: Station) -> None:
    place = Device.at(tmp_path / "station-pc")
    admin, _ = place.set_up(Account(id="A-0001", name="Ada Admin", role=Role.ADMIN), "900001")
    admin.add_account(Account(id="Q-0100", name="Quinn Reviewer", role=Role.QA), "70000100")
    with pytest.raises(NotPermitted):
        admin.connect_qa(station.url, "whatever")
    admin.log_out()
    reviewer = place.log_in("Q-0100", "70000100")
    assert reviewer.qa_client() is None
    with pytest.raises(QaFailed, match="token: the station refused"):
        reviewer.connect_qa(station.url, "not-a-token")
    assert reviewer.qa_client() is None  # a refused connection is not kept
    reviewer.connect_qa(station.url, qa.add_reviewer(station.store.engine, "Quinn Reviewer"))
    client = reviewer.qa_client()
    assert client is not None and client.search(QaSearch()).total == 0
    client.close()
    reviewer.log_out()
    assert b"Quinn" not in (tmp_path / "station-pc" / "epcr.sqlite3").read_bytes()  # encrypted at rest
