"""Docking in the app: the first sync runs after login on its own thread, the list shows each report's sync
state, and a dead station is said in words with the next try's time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from epcr.demo import demo_report, load_demo
from epcr.device import Device
from epcr.ui.app import MainWindow
from epcr.ui.report_list import ReportListModel
from tests.sync.conftest import Station, running_station
from tests.ui.conftest import PINS
from tests.ui.driving import WAIT, log_in


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    with running_station(f"sqlite:///{tmp_path / 'station.sqlite3'}") as running:
        yield running


def docked_device(home: Path, station: Station) -> int:
    """Demo calls and an enrollment by the admin, then a lock and an addendum by the crew; returns the items
    waiting to be sent."""
    admin = Device.at(home).log_in("A-0001", PINS["A-0001"])
    try:
        load_demo(Device.at(home), 8, admin)
        admin.enroll_station(station.url, station.store.invite("Medic 12"))
    finally:
        admin.log_out()
    crew = Device.at(home).log_in("P-1042", PINS["P-1042"])  # demo calls are imported: what syncs is what
    try:  # the crew locks and adds on this device
        crew.lock_report(demo_report(4).uuid)
        crew.add_addendum(demo_report(4).uuid, "Late entry", "Pupils equal and reactive on arrival.")
        return len(crew.db.pending_outbox())
    finally:
        crew.log_out()


def sync_column(main: MainWindow) -> list[str]:
    model = main.reports.model
    return [model.index(r, ReportListModel.COL_SYNC).data() for r in range(model.rowCount())]


def test_reports_reach_the_station_after_login_and_the_list_says_so(
    qtbot: Any, window: MainWindow, home: Path, station: Station
) -> None:
    waiting = docked_device(home, station)
    assert waiting > 0
    log_in(qtbot, window, "Q-0100")
    status = window.reports.ui.syncStatus
    qtbot.waitUntil(lambda: status.text().startswith("Synced"), timeout=WAIT)
    assert status.text().endswith(f"{waiting} sent, all on the station")
    qtbot.waitUntil(lambda: "on the station" in sync_column(window), timeout=WAIT)
    assert "waiting to sync" not in sync_column(window)
    assert len(station.store.item_hashes()) == waiting
    window.reports.grab().save("/tmp/report-list-synced.png")


def test_a_dead_station_is_said_in_words_and_retried(
    qtbot: Any, window: MainWindow, home: Path, station: Station
) -> None:
    docked_device(home, station)
    station.stop()
    log_in(qtbot, window, "P-1042")
    status = window.reports.ui.syncStatus
    qtbot.waitUntil(lambda: status.text().startswith("Sync failed, next try in"), timeout=WAIT)
    assert "waiting to sync" in sync_column(window)
    assert any("station unreachable" in line for line in window.sync.log)
    qtbot.mouseClick(window.reports.ui.syncNow, Qt.MouseButton.LeftButton)  # the crew asks again at once
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
    assert sum("station unreachable" in line for line in window.sync.log) == 2


def test_logging_out_mid_sync_lets_the_sync_finish_first(
    qtbot: Any, window: MainWindow, home: Path, station: Station
) -> None:
    from dataclasses import replace

    from tests.sync.faults import Faults, FaultyProxy

    waiting = docked_device(home, station)
    proxy = FaultyProxy(int(station.url.rsplit(":", 1)[1]), Faults(delay=1.0))  # every request held
    admin = Device.at(home).log_in("A-0001", PINS["A-0001"])
    link = admin.db.station_link()
    assert link is not None
    admin.db.set_station_link(replace(link, url=proxy.url), "test")
    admin.log_out()
    try:
        log_in(qtbot, window, "P-1042")
        qtbot.waitUntil(lambda: window.sync.running, timeout=WAIT)
        window.log_out()
        qtbot.waitUntil(lambda: window.runner.idle, timeout=WAIT)
    finally:
        proxy.close()
    assert len(station.store.item_hashes()) == waiting
    check = Device.at(home).log_in("Q-0100", PINS["Q-0100"])
    try:
        assert all(row.acknowledged for row in check.db.outbox())  # receipts committed before the close
    finally:
        check.log_out()


def test_the_app_uses_the_agency_settings_the_station_sent(qtbot: Any, home: Path) -> None:
    from epcr.sync import agency
    from epcr.sync.protocol import AgencyConfig, AgencySettings
    from epcr.ui.app import window_for

    assert window_for(home / "epcr.sqlite3").idle_minutes == 5.0  # before the first pull: the defaults
    settings = AgencySettings(agency_name="Riverside County EMS", idle_lock_minutes=3)
    agency.apply(home, AgencyConfig(version=1, settings=settings, published_at="2026-11-25T18:00:00+00:00"))
    main = window_for(home / "epcr.sqlite3")
    qtbot.addWidget(main)
    assert main.idle_minutes == 3 and main.windowTitle() == "epcr - Riverside County EMS"
    main.close()


def test_closing_the_app_mid_sync_does_not_wait_for_a_hung_station(
    qtbot: Any, window: MainWindow, home: Path, station: Station
) -> None:
    """A station that accepts and never answers: the window closes at once, nothing is lost."""
    import socket
    from dataclasses import replace

    waiting = docked_device(home, station)
    hung = socket.socket()
    hung.bind(("127.0.0.1", 0))
    hung.listen(8)  # accepts connections (the kernel does), never reads or answers
    admin = Device.at(home).log_in("A-0001", PINS["A-0001"])
    link = admin.db.station_link()
    assert link is not None
    admin.db.set_station_link(replace(link, url=f"http://127.0.0.1:{hung.getsockname()[1]}"), "test")
    admin.log_out()
    hung.settimeout(10.0)
    accepted: socket.socket | None = None
    try:
        log_in(qtbot, window, "P-1042")
        qtbot.waitUntil(lambda: window.sync.running, timeout=WAIT)
        accepted, _ = hung.accept()  # the probe has connected: it now waits for an answer that never comes
        started = time.monotonic()
        window.close()
        closed_in = time.monotonic() - started
    finally:
        if accepted is not None:
            accepted.close()
        hung.close()
    assert closed_in < 2.0, f"closing took {closed_in:.1f} s"  # the probe alone would hold it for 5 s
    later = Device.at(home).log_in("A-0001", PINS["A-0001"])
    try:
        assert len(later.db.pending_outbox()) == waiting  # nothing marked synced that was not
        later.db.set_station_link(link, "test")
        assert later.sync().acknowledged == waiting  # and the next sync delivers all of it
    finally:
        later.log_out()
