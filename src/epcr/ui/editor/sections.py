"""The editor's sections in clinical order. Pages are built when first opened, so a report opens at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from epcr.ui.editor.page import Page

PageFactory = Callable[[], Page]


def sections(
    me: dict[str, Any], monotonic: Callable[[], float], home: Path | None = None
) -> list[tuple[str, PageFactory]]:
    who = str(me["member_id"])

    def form(
        module: str, cls: str, title: str, group: str, derived: dict[str, Any] | None = None
    ) -> PageFactory:
        def build() -> Page:
            from importlib import import_module

            from epcr.ui.editor.page import FormPage

            return FormPage(getattr(import_module(f"epcr.ui.forms.{module}"), cls), title, group, derived)

        return build

    def lazy(module: str, cls: str, *args: Any) -> PageFactory:
        def build() -> Page:
            from importlib import import_module

            page: Page = getattr(import_module(f"epcr.ui.editor.{module}"), cls)(*args)
            return page

        return build

    return [
        ("Incident and times", lazy("destination", "IncidentPage", home)),  # the unit from the agency's list
        ("Crew", lazy("crew", "CrewPage", me)),
        ("Patient", lazy("patient", "PatientPage")),  # age and its units derived from the date of birth
        ("Scene", form("ui_scene", "Ui_ScenePage", "Scene", "scene")),
        (
            "Situation and assessment",
            form(
                "ui_situation",
                "Ui_SituationPage",
                "Situation and assessment",
                "situation",
                {"assessment.gcs.total": _gcs_total},
            ),
        ),
        ("History", form("ui_history", "Ui_HistoryPage", "History", "assessment.sample")),
        ("Physical exam", lazy("exam", "ExamPage")),
        ("Injury", form("ui_injury", "Ui_InjuryPage", "Injury", "injury")),
        ("Vital signs", lazy("vitals", "VitalsPage")),
        ("Cardiac arrest: code mode", lazy("code_mode", "CodeModePage", monotonic, who)),
        ("Airway", lazy("airway", "AirwayPage")),
        ("Bleeding control", lazy("bleeding", "BleedingPage")),
        ("Procedures", lazy("procedures", "ProceduresPage", who)),
        ("Medications", lazy("medications", "MedicationsPage", who, home)),  # home: the agency's dose units
        ("Protocols", form("ui_protocols", "Ui_ProtocolsPage", "Protocols", "protocols")),
        ("Narrative", lazy("page", "NarrativePage")),
        ("Disposition", lazy("disposition", "DispositionPage", home)),  # home: the agency's facilities
        ("Delays and mileage", form("ui_delays", "Ui_DelaysPage", "Delays and mileage", "response")),
        ("Billing", form("ui_billing", "Ui_BillingPage", "Billing", "payment")),
        ("Signatures", lazy("signatures", "SignaturesPage")),
    ]


def _gcs_total(report: Any) -> int | None:
    total: int | None = report.assessment.gcs.computed_total  # eVitals.23 from eVitals.19-.21
    return total
