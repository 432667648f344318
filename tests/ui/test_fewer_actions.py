"""Fewer actions to a complete chart, each still a deliberate act of the crew: a protocol dose in one tap
(then Give), the disposition chain in one tap, a blood pressure as it is said, and Lock saving what is still
being typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from epcr.ui.app import MainWindow
from epcr.ui.editor.disposition import DispositionPage
from epcr.ui.editor.medications import MedicationsPage
from epcr.ui.editor.page import NarrativePage
from epcr.ui.editor.vitals import VitalsPage
from tests.ui.driving import new_report, page, settle, stored


def tap(qtbot: Any, main: MainWindow, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)


def named(container: Any, accessible: str) -> QPushButton:
    found: list[QPushButton] = [
        b for b in container.findChildren(QPushButton) if b.accessibleName() == accessible
    ]
    assert found, f"no button {accessible!r}"
    return found[0]


def test_a_standard_dose_fills_the_row_and_give_records_it(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    medications = page(main, MedicationsPage)
    tap(qtbot, main, named(medications, "Standard dose: Nitroglycerin 0.4 mg SL"))
    assert stored(main).medications == []  # filled for the crew to read, nothing recorded yet
    assert medications.drug.currentData() == "4917" and medications.dose.text() == "0.4"
    tap(qtbot, main, medications.ui.give)
    given = stored(main).medications
    assert len(given) == 1 and given[0].code == "4917" and given[0].dose == 0.4
    assert given[0].dose_unit == "3706021" and given[0].route == "9927047"  # mg, sublingual
    assert given[0].performer_crew_id == "P-1042"


def test_one_tap_sets_the_disposition_chain_and_each_field_stays_editable(
    qtbot: Any, window: MainWindow
) -> None:
    main = window
    new_report(qtbot, main)
    disposition = page(main, DispositionPage)
    tap(qtbot, main, named(disposition, "Outcome: Treated, transported by us"))
    d = stored(main).disposition
    assert (d.unit_disposition, d.patient_evaluation_care) == ("4227001", "4228001")
    assert (d.crew_disposition, d.transport_disposition) == ("4229001", "4230001")
    assert disposition.ui.transportDisposition.currentData() == "4230001"
    tap(qtbot, main, named(disposition, "Outcome: Evaluated, refused care and transport"))
    assert stored(main).disposition.transport_disposition == "4230009"  # patient refused transport


def test_a_blood_pressure_typed_as_said_fills_both_cells(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    vitals = page(main, VitalsPage)
    tap(qtbot, main, vitals.add)
    vitals.table.item(0, 1).setText("158/102")
    settle(qtbot, main)
    stored_set = stored(main).vitals[0]
    assert (stored_set.sbp, stored_set.dbp) == (158, 102)
    assert vitals.table.item(0, 1).text() == "158" and vitals.table.item(0, 2).text() == "102"


def test_lock_saves_what_is_still_being_typed_before_it_checks(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    narrative = page(main, NarrativePage)
    narrative.text.setFocus()
    qtbot.keyClicks(narrative.text, "Pt to ED")  # no pause yet: not saved
    refused: list[str] = []
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(QMessageBox, "warning", lambda *a: refused.append(a[2]))
        tap(qtbot, main, main.editor.ui.lock)
    assert stored(main).narrative.text == "Pt to ED"
    assert refused and "left before lock" in refused[0]  # a new report still has its checklist to do


def test_the_header_stamps_the_next_time_of_the_call_from_any_page(qtbot: Any, window: MainWindow) -> None:
    main = window
    new_report(qtbot, main)
    editor = main.editor
    page(main, VitalsPage)  # anywhere in the chart
    assert editor.stamp.text().endswith("Unit notified: Now")
    qtbot.mouseClick(editor.stamp, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.stamp, Qt.MouseButton.LeftButton)  # a double tap stamps once
    settle(qtbot, main)
    times = stored(main).times
    assert times.unit_notified is not None and times.en_route is None
    assert editor.stamp.text().endswith("En route: Now")
    for _ in range(6):
        tap(qtbot, main, editor.stamp)
    times = stored(main).times
    stamped = [times.unit_notified, times.en_route, times.arrived_on_scene, times.arrived_at_patient]
    stamped += [times.left_scene, times.arrived_at_destination, times.transfer_of_care]
    assert all(stamped) and stamped == sorted(stamped)
    assert not editor.stamp.isVisible()  # the call's clock is done; back in service is asked at lock
