"""The destination and the unit picked from the agency's lists as last pulled (offline): type to search, Enter
or a tap picks, Escape cancels; one pick fills every field it decides in one transaction, a second replaces
the first, each field stays editable; with nothing pulled the buttons say so and the fields are typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from epcr.domain.directory import Facility, Vehicle
from epcr.domain.nemsis.codes import DestinationType
from epcr.sync import agency
from epcr.sync.protocol import AgencyConfig, AgencySettings
from epcr.ui.app import MainWindow
from epcr.ui.editor.destination import DirectoryPicker, IncidentPage
from epcr.ui.editor.disposition import DispositionPage
from epcr.ui.theme import TOUCH
from tests.ui.driving import new_report, page, settle, stored, type_into

MERCY = Facility(
    facility_type="1701005",  # Hospital: ED or another bed is the crew's to say
    name="Mercy General Hospital",
    code="MGH-01",
    designations=["9908021", "9908031", "9908043"],
    street="4001 J St",
    city=2411786,
    state="06",
    county="06067",
    zip="95819",
    country="US",
    gps="38.5705,-121.4660",
)
URGENT = Facility(facility_type="1701011", name="Midtown Urgent Care", code="MUC", state="06", zip="95816")
MEDIC_12 = Vehicle(number="M12", call_sign="Medic 12")
RESCUE_3 = Vehicle(number="R3")

DESTINATION = [
    "destination_name",
    "destination_code",
    "destination_street",
    "destination_city",
    "destination_state",
    "destination_county",
    "destination_zip",
    "destination_country",
    "destination_gps",
    "destination_type",
]


def pulled(home: Path) -> None:
    """What a sync with a station that published the agency's lists leaves in the device's data folder."""
    settings = agency.settings(home) or AgencySettings(agency_name="Riverside County EMS")
    listed = AgencyConfig(
        version=agency.applied_version(home) + 1,
        settings=settings,
        published_at="2026-12-01T18:00:00+00:00",
        facilities=[MERCY, URGENT],
        vehicles=[MEDIC_12, RESCUE_3],
    )
    agency.apply(home, listed)


def opened(qtbot: Any, button: Any) -> DirectoryPicker:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    picker = button.picker
    assert isinstance(picker, DirectoryPicker)
    qtbot.waitUntil(picker.isVisible)
    return picker


def disposition_of(main: MainWindow) -> dict[str, Any]:
    d = stored(main).disposition
    return {name: getattr(d, name) for name in DESTINATION}


def edits(main: MainWindow) -> list[Any]:
    assert main.session is not None and main.editor is not None
    return [r for r in main.session.db.audit_trail(main.editor.report_id) if r.action == "edit"]


def test_a_destination_is_searched_picked_and_fills_every_field_in_one_save(
    qtbot: Any, window: MainWindow, home: Path
) -> None:
    main = window
    main.resize(1366, 768)
    pulled(home)
    new_report(qtbot, main)
    disposition = page(main, DispositionPage)
    button = disposition.destination
    assert button.isEnabled() and button.text() == "Destination..." and button.height() >= TOUCH
    before = len(edits(main))

    picker = opened(qtbot, button)
    assert picker.width() <= main.width() and picker.height() <= main.height()
    assert picker.list.count() == 2 and picker.list.visualItemRect(picker.list.item(0)).height() >= TOUCH
    first = picker.list.item(0).text()
    assert "Hospital" in first and "Trauma Center Level 1" in first and "Cardiac-STEMI/PCI Capable" in first
    assert "Stroke-Comprehensive Stroke Center (CSC)" in first and "95819" in first
    qtbot.keyClicks(picker.search, "stroke mercy")  # every word, any order
    assert picker.list.count() == 1 and picker.count.text() == "1 of 2"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    settle(qtbot, main)

    assert not picker.isVisible()
    assert disposition_of(main) == {
        "destination_name": "Mercy General Hospital",
        "destination_code": "MGH-01",
        "destination_street": "4001 J St",
        "destination_city": 2411786,
        "destination_state": "06",
        "destination_county": "06067",
        "destination_zip": "95819",
        "destination_country": "US",
        "destination_gps": "38.5705,-121.4660",
        "destination_type": None,  # a hospital: emergency department or another bed, the crew picks
    }
    assert disposition.ui.destinationName.text() == "Mercy General Hospital"
    assert disposition.ui.destinationGps.text() == "38.5705,-121.4660"
    made = edits(main)[before:]
    assert len(made) == 9 and len({r.at for r in made}) == 1  # one transaction, each field audited

    picker = opened(qtbot, button)  # a second pick replaces the first whole, by keyboard only
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    settle(qtbot, main)
    assert disposition_of(main) == {
        **dict.fromkeys(DESTINATION),
        "destination_name": "Midtown Urgent Care",
        "destination_code": "MUC",
        "destination_state": "06",
        "destination_zip": "95816",
        "destination_type": DestinationType.URGENT_CARE,  # dFacility.01 Urgent Care has its own code
    }
    assert disposition.ui.destinationStreet.text() == ""
    assert disposition.ui.destinationType.currentData() == DestinationType.URGENT_CARE.value

    # Each field stays editable after a pick.
    type_into(qtbot, main, disposition.ui.destinationName, "Midtown Urgent Care (east door)")
    assert stored(main).disposition.destination_name == "Midtown Urgent Care (east door)"


def test_escape_cancels_and_writes_nothing(qtbot: Any, window: MainWindow, home: Path) -> None:
    main = window
    pulled(home)
    new_report(qtbot, main)
    disposition = page(main, DispositionPage)
    before, fields = len(edits(main)), disposition_of(main)
    picker = opened(qtbot, disposition.destination)
    qtbot.keyClicks(picker.search, "mercy")
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    settle(qtbot, main)
    assert not picker.isVisible() and picker.picked is None
    assert len(edits(main)) == before and disposition_of(main) == fields
    assert disposition.ui.destinationName.text() == ""


def test_the_unit_is_picked_from_the_agency_vehicles(qtbot: Any, window: MainWindow, home: Path) -> None:
    main = window
    pulled(home)
    new_report(qtbot, main)
    incident = page(main, IncidentPage)
    picker = opened(qtbot, incident.unit)
    qtbot.keyClicks(picker.search, "medic")
    assert picker.list.count() == 1
    qtbot.mouseClick(
        picker.list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=picker.list.visualItemRect(picker.list.item(0)).center(),
    )  # one tap
    settle(qtbot, main)
    response = stored(main).response
    assert (response.vehicle_number, response.call_sign) == ("M12", "Medic 12")
    assert incident.ui.vehicleNumber.text() == "M12" and incident.ui.callSign.text() == "Medic 12"

    picker = opened(qtbot, incident.unit)
    qtbot.keyClicks(picker.search, "r3")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    settle(qtbot, main)
    response = stored(main).response
    assert (response.vehicle_number, response.call_sign) == ("R3", None)  # no call sign listed: typed
    type_into(qtbot, main, incident.ui.callSign, "Rescue 3")
    assert stored(main).response.call_sign == "Rescue 3"


def test_with_nothing_pulled_the_buttons_say_so_and_fields_are_typed(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    disposition = page(main, DispositionPage)
    assert not disposition.destination.isEnabled()
    assert disposition.destination.text().startswith("No destination list pulled from the station yet")
    disposition.set_read_only(False)  # re-enabling the page never enables a button with no list behind it
    assert not disposition.destination.isEnabled()
    incident = page(main, IncidentPage)
    assert not incident.unit.isEnabled() and incident.unit.text().startswith("No unit list pulled")
    type_into(qtbot, main, disposition.ui.destinationName, "St. Elsewhere")
    assert stored(main).disposition.destination_name == "St. Elsewhere"
