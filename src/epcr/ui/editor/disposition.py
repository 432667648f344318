"""How the call ended (eDisposition.27-.30). The common outcomes are one deliberate tap each, which fills the
four chained fields the crew would otherwise pick one by one; each field stays editable below. The destination
is picked from the agency's facilities when the station has published them (epcr.ui.editor.destination)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from epcr.domain.nemsis import codes as c
from epcr.ui.editor.destination import DirectoryButton, facilities_of, show_pick
from epcr.ui.editor.page import FormPage
from epcr.ui.fit import ButtonRows
from epcr.ui.forms.ui_disposition import Ui_DispositionPage


class Outcome(NamedTuple):
    label: str
    fields: dict[str, str]  # field path -> NEMSIS code


U, E, C, T = c.UnitDisposition, c.PatientEvaluationCare, c.CrewDisposition, c.TransportDisposition


def chain(
    unit: c.UnitDisposition,
    evaluation: c.PatientEvaluationCare | None = None,
    crew: c.CrewDisposition | None = None,
    transport: c.TransportDisposition | None = None,
) -> dict[str, str]:
    """The eDisposition.27-.30 chain as field path -> code; an outcome names only the links it decides."""
    links = {
        "disposition.unit_disposition": unit,  # eDisposition.27
        "disposition.patient_evaluation_care": evaluation,  # eDisposition.28
        "disposition.crew_disposition": crew,  # eDisposition.29
        "disposition.transport_disposition": transport,  # eDisposition.30
    }
    return {path: code.value for path, code in links.items() if code is not None}


OUTCOMES = (
    Outcome(
        "Treated, transported by us",
        chain(
            U.PATIENT_CONTACT_MADE,
            E.PATIENT_EVALUATED_AND_CARE_PROVIDED,
            C.INITIATED_AND_CONTINUED_PRIMARY_CARE,
            T.TRANSPORT_BY_THIS_EMS_UNIT_THIS_CREW_ONLY,
        ),
    ),
    Outcome(
        "Evaluated, refused care and transport",
        chain(
            U.PATIENT_CONTACT_MADE,
            E.PATIENT_EVALUATED_AND_REFUSED_CARE,
            C.BACK_IN_SERVICE_CARE_SUPPORT_SERVICES_REFUSED,
            T.PATIENT_REFUSED_TRANSPORT,
        ),
    ),
    Outcome(
        "Evaluated, no care or transport needed",
        chain(
            U.PATIENT_CONTACT_MADE,
            E.PATIENT_EVALUATED_NO_CARE_REQUIRED,
            C.BACK_IN_SERVICE_NO_CARE_SUPPORT_SERVICES_REQUIRED,
            T.NO_TRANSPORT,
        ),
    ),
    Outcome("No patient found", chain(U.NO_PATIENT_FOUND)),
    Outcome("Cancelled before arrival", chain(U.CANCELLED_PRIOR_TO_ARRIVAL_AT_SCENE)),
)


class DispositionPage(FormPage):
    def __init__(self, home: Path | None = None) -> None:
        super().__init__(Ui_DispositionPage, "Disposition", "disposition")
        heading = QLabel("How the call ended (one tap fills the four fields below; each stays editable)")
        heading.setWordWrap(True)
        buttons = []
        for outcome in OUTCOMES:
            button = QPushButton(outcome.label)
            button.setAccessibleName(f"Outcome: {outcome.label}")
            button.clicked.connect(lambda _=False, o=outcome: self.choose(o))
            buttons.append(button)
        box = ButtonRows(buttons, most=2)
        box.setObjectName("outcomes")
        self.ui.form.insertRow(0, heading)
        self.ui.form.insertRow(1, box)  # at the top of the page, scrolling with it
        # The agency's destinations, above the destination fields they fill (name, code, address, type).
        self.destination = DirectoryButton("Destination...", "destination", facilities_of(home), self.pick)
        self.destination.setObjectName("pickDestination")
        self.ui.form.insertRow(self.ui.form.getWidgetPosition(self.ui.destinationName)[0], self.destination)

    def pick(self, fields: dict[str, Any]) -> None:
        """A facility picked: every destination field it decides, in one save."""
        show_pick(self.binder, fields)
        self.edited_together.emit(fields)

    def choose(self, outcome: Outcome) -> None:
        """Set each field of the outcome that does not already say so, as if picked from its list."""
        for path, code in outcome.fields.items():
            combo = self.binder.widgets[path]
            if not isinstance(combo, QComboBox) or combo.property("shown") == code:
                continue
            combo.setCurrentIndex(combo.findData(code))
            combo.setProperty("shown", code)
            self.binder.send(path, code)
