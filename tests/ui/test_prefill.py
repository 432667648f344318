"""A new report in the real window starts with what is known: me on the crew, the agency, the unit and a PCR
number; the partner is one pick from the roster; a date of birth gives the age; the incident and patient pages
fit a 1366x768 screen at 20 pt with each Now button beside its time."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from epcr.demo import demo_settings
from epcr.device import Device
from epcr.domain.age import age_on
from epcr.domain.nemsis.codes import AgeUnits, ResponseRole
from epcr.ui import theme
from epcr.ui.app import MainWindow
from epcr.ui.editor.crew import CrewPage
from epcr.ui.editor.page import FormPage
from tests.ui.conftest import PINS
from tests.ui.driving import WAIT, click, log_in, page, settle, stored, type_into


def set_up_demo_agency_and_unit(home: Path) -> None:
    admin = Device.at(home).log_in("A-0001", PINS["A-0001"])
    try:
        demo_settings(admin)  # what `epcr demo` sets: Riverside County EMS, Medic 12
    finally:
        admin.log_out()


def new_report(qtbot: Any, main: MainWindow) -> None:
    click(qtbot, main, main.reports.ui.newReport)
    qtbot.waitUntil(lambda: main.editor is not None and main.editor.report is not None, timeout=WAIT)
    settle(qtbot, main)


def test_a_new_report_is_prefilled_and_the_partner_is_one_pick(
    qtbot: Any, window: MainWindow, home: Path
) -> None:
    set_up_demo_agency_and_unit(home)
    main = window
    log_in(qtbot, main, "P-1042")
    new_report(qtbot, main)

    incident = page(main, FormPage, "Incident and times")
    year = date.today().year
    assert incident.ui.pcrNumber.text() == f"{year}-M12-00001"
    assert (incident.ui.agencyNumber.text(), incident.ui.agencyName.text()) == (
        "S12-4410",
        "Riverside County EMS",
    )
    assert (incident.ui.vehicleNumber.text(), incident.ui.callSign.text()) == ("M12", "Medic 12")
    assert incident.ui.typeOfService.currentData() == "2205001"
    assert incident.ui.unitCapability.currentData() == "2207015"

    crew = page(main, CrewPage)
    settle(qtbot, main)  # the roster is read on the database worker
    assert crew.table.rowCount() == 1 and crew.table.item(0, 0).text() == "P-1042"
    assert (
        crew.table.item(0, 2).text() == "Paramedic"
        and "Primary Patient Caregiver" in crew.table.item(0, 3).text()
    )
    partners = [crew.partner.itemData(i) for i in range(crew.partner.count())]
    assert partners[0] is None and "P-1042" not in partners and "E-2210" in partners

    pick = partners.index("E-2210")  # one action: pick Luis Ortega
    crew.partner.setCurrentIndex(pick)
    crew.partner.activated.emit(pick)
    settle(qtbot, main)
    me, partner = stored(main).crew
    assert me.member_id == "P-1042" and partner.member_id == "E-2210"
    assert (partner.name, partner.level, partner.certification_number) == (
        "Luis Ortega",
        "EMT-Basic",
        "EMT-55120",
    )
    assert partner.roles == [ResponseRole.DRIVER_PILOT_RESPONSE, ResponseRole.DRIVER_PILOT_TRANSPORT]
    assert "E-2210" not in [crew.partner.itemData(i) for i in range(crew.partner.count())]
    assert crew.table.rowCount() == 2

    # Someone not on the roster: nothing is preselected, and what is missing is said beside the boxes.
    assert crew.level.currentData() is None and crew.role.currentData() is None
    crew.member_id.setText("M-9001")
    click(qtbot, main, crew.ui.addMember)
    problem = crew.ui.manualProblem.text()
    assert "certification level" in problem and "role on this call" in problem and "crew ID" not in problem
    assert crew.level.property("invalid") and crew.role.property("invalid")
    assert not crew.member_id.property("invalid")
    assert len(stored(main).crew) == 2  # nothing added
    crew.level.setCurrentIndex(crew.level.findData("AEMT"))
    crew.role.setCurrentIndex(crew.role.findData(ResponseRole.OTHER_PATIENT_CAREGIVER_AT_SCENE.value))
    click(qtbot, main, crew.ui.addMember)
    assert crew.ui.manualProblem.text() == "" and not crew.level.property("invalid")
    assert [(m.member_id, m.level) for m in stored(main).crew][-1] == ("M-9001", "AEMT")

    # Crew ID and name boxes hold a real ID and name.
    metrics = crew.member_id.fontMetrics()
    assert crew.member_id.width() >= metrics.horizontalAdvance("0" * 12)
    assert crew.name.width() >= metrics.horizontalAdvance("n" * 24)

    # Age from the date of birth (call date: today, no unit-notified time yet): derived, not typed.
    patient = page(main, FormPage, "Patient")
    born = date(1961, 3, 15)
    type_into(qtbot, main, patient.ui.dateOfBirth, born.isoformat())
    settle(qtbot, main)
    expected = age_on(born, date.today())
    assert expected is not None and expected.units is AgeUnits.YEARS
    assert patient.ui.age.text() == str(expected.value) and patient.ui.age.isReadOnly()
    assert patient.ui.ageUnits.currentData() == AgeUnits.YEARS.value and not patient.ui.ageUnits.isEnabled()
    report = stored(main)
    assert (report.patient.age, report.patient.age_units) == (expected.value, AgeUnits.YEARS)

    infant = date.today() - timedelta(days=75)  # about two and a half months: months
    type_into(qtbot, main, patient.ui.dateOfBirth, infant.isoformat())
    settle(qtbot, main)
    expected = age_on(infant, date.today())
    assert expected is not None and expected.units is AgeUnits.MONTHS
    report = stored(main)
    assert (report.patient.age, report.patient.age_units) == (expected.value, AgeUnits.MONTHS)

    type_into(qtbot, main, patient.ui.dateOfBirth, "")  # no date of birth: the age is typed again
    settle(qtbot, main)
    assert not patient.ui.age.isReadOnly() and patient.ui.ageUnits.isEnabled()


def test_without_settings_a_new_report_holds_only_me(qtbot: Any, window: MainWindow) -> None:
    main = window
    log_in(qtbot, main, "E-2210")
    new_report(qtbot, main)
    report = stored(main)
    assert report.response.model_dump(exclude_none=True) == {}
    assert [m.member_id for m in report.crew] == ["E-2210"]


def _inside(widget: QWidget, area: QScrollArea) -> bool:
    """The widget is wholly inside the scroll area's viewport (reachable without scrolling sideways)."""
    left = widget.mapTo(area.viewport(), QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= area.viewport().width()


def test_incident_and_patient_pages_fit_1366x768_at_20_points(
    qtbot: Any, window: MainWindow, home: Path
) -> None:
    main = window
    log_in(qtbot, main, "P-1042")
    new_report(qtbot, main)
    app = QApplication.instance()
    main.resize(1366, 768)
    theme.apply(app, False, 20)  # type: ignore[arg-type]
    try:
        for title in ("Incident and times", "Patient"):
            form = page(main, FormPage, title)
            qtbot.wait(50)  # the layout settles at the new size and font
            area = form.ui.scroll
            assert area.horizontalScrollBar().maximum() == 0, title
            assert area.widget().minimumSizeHint().width() <= area.viewport().width(), title
            for widget in form.binder.widgets.values():
                assert _inside(widget, area), f"{title}: {widget.objectName()} is cut off"
        incident = page(main, FormPage, "Incident and times")
        nows = [b for b in incident.findChildren(QPushButton) if b.property("nowFor")]
        assert len(nows) == len([p for p in incident.binder.widgets if p.startswith("times.")]) == 9
        for now in nows:
            field = incident.binder.widgets[now.property("nowFor")]
            assert _inside(now, incident.ui.scroll), f"{now.objectName()} is off the right edge"
            gap = now.mapTo(incident, QPoint(0, 0)).x() - field.mapTo(incident, QPoint(field.width(), 0)).x()
            assert 0 <= gap <= 24, f"{now.objectName()} is {gap} px from its field"
            assert field.width() <= field.sizeHint().width(), "the time box is not stretched across the page"
            assert abs(now.mapTo(incident, QPoint(0, 0)).y() - field.mapTo(incident, QPoint(0, 0)).y()) < 8
    finally:
        theme.apply(app)  # type: ignore[arg-type]
