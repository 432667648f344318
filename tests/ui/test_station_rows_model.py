"""The station's QA list as a Qt model alone, no view: what each cell says, its colours, its roles, and Qt's
own model invariants (pytest-qt's model tester)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from epcr.sync.protocol import QaReportRow
from epcr.ui.qa import StationRowsModel

RECEIVED = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)


def row(**changes: Any) -> QaReportRow:
    values: dict[str, Any] = {
        "report_uuid": "0b6f0c86-5d3c-4a5e-9a53-3f0f4b3b8c11",
        "incident_at": datetime(2026, 11, 25, 18, 5, tzinfo=UTC),
        "unit": "Medic 7",
        "pcr_number": "2026-M7-00042",
        "patient_name": "Rivera, Ana",
        "chief_complaint": "chest pain",
        "primary_impression": "I21.9",
        "arrest": False,
        "crew": ["P-1042"],
        "findings": [],
        "errors": 0,
        "warnings": 0,
        "received_at": RECEIVED,
        "reviewed_at": None,
        "reviewed_by": None,
    }
    return QaReportRow.model_validate(values | changes)


def model_of(*rows: QaReportRow) -> StationRowsModel:
    model = StationRowsModel()
    model.set_rows(list(rows))
    return model


def text(model: StationRowsModel, r: int, c: int) -> Any:
    return model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)


def test_cells_say_what_a_reviewer_needs(qtmodeltester: Any) -> None:
    model = model_of(
        row(),
        row(
            report_uuid="5c1e2d0a-77aa-4c1b-8f00-1d2e3f4a5b6c",
            incident_at=None,
            arrest=True,
            errors=2,
            warnings=1,
            reviewed_at=RECEIVED,
            reviewed_by="Quinn Reviewer",
            patient_name=None,
        ),
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == len(StationRowsModel.HEADERS)
    first = [text(model, 0, c) for c in range(model.columnCount())]
    local = datetime(2026, 11, 25, 18, 5, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    assert first == [
        local,
        "Medic 7",
        "2026-M7-00042",
        "Rivera, Ana",
        "chest pain",
        "I21.9",
        "",
        "clean",
        "Waiting",
    ]
    second = [text(model, 1, c) for c in range(model.columnCount())]
    assert second[0] == "" and second[3] == "" and second[6] == "Arrest"
    assert second[7] == "2 errors, 1 warnings" and second[8] == "Reviewed by Quinn Reviewer"


def test_roles_give_the_uuid_colours_and_words_for_a_screen_reader() -> None:
    model = model_of(row(errors=1), row(reviewed_at=RECEIVED, reviewed_by="Quinn Reviewer"))
    assert model.data(model.index(0, 2), StationRowsModel.UuidRole) == "0b6f0c86-5d3c-4a5e-9a53-3f0f4b3b8c11"
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.data(model.index(0, 7), foreground).name() == "#b00020"  # errors in red
    assert model.data(model.index(1, 7), foreground) is None  # clean: the normal text colour
    assert model.data(model.index(0, 8), foreground).name() == "#b86e00"  # waiting: amber
    assert model.data(model.index(1, 8), foreground).name() == "#0a7d32"  # reviewed: green
    spoken = model.data(model.index(0, 1), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Unit: Medic 7"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Call"


def test_a_new_page_replaces_the_rows() -> None:
    model = model_of(row())
    model.set_rows([])
    assert model.rowCount() == 0 and model.data(model.index(0, 0)) is None
