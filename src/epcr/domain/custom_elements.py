"""Definitions of custom elements another system sent (eCustomConfiguration.CustomGroup, in a file's Header):
kept with the report whose eCustomResults use them, so a re-export still says what those results mean."""

from __future__ import annotations

from pydantic import Field

from epcr.domain.fields import NemsisModel, attribute, el, value_of


class CustomValue(NemsisModel):
    """eCustomConfiguration.06: one value a custom element offers, with the NEMSIS code it stands for."""

    value: str = value_of("eCustomConfiguration.06")
    nemsis_code: str | None = attribute("eCustomConfiguration.06", "nemsisCode")
    description: str | None = attribute("eCustomConfiguration.06", "customValueDescription")


class CustomDefinition(NemsisModel):
    """eCustomConfiguration.CustomGroup: what one custom element is, as its sender defined it."""

    element_id: str = Field(min_length=2, max_length=255, description="@CustomElementID")
    title: str = el("eCustomConfiguration.01", ...)
    nemsis_element: str | None = attribute("eCustomConfiguration.01", "nemsisElement")
    definition: str = el("eCustomConfiguration.02", ...)
    data_type: str = el("eCustomConfiguration.03", ...)  # 9902xxx: binary, date/time, number, text ...
    recurrence: str = el("eCustomConfiguration.04", ...)  # 9923003 Yes: it takes several values
    usage: str = el("eCustomConfiguration.05", ...)  # 9903xxx: mandatory ... optional
    potential_values: list[CustomValue] = el("eCustomConfiguration.06", default_factory=list)
    not_values: list[str] = el("eCustomConfiguration.07", default_factory=list)
    pertinent_negatives: list[str] = el("eCustomConfiguration.08", default_factory=list)
    grouping_id: str | None = el("eCustomConfiguration.09")


class CustomConfiguration(NemsisModel):
    """The foreign definitions the report's kept custom results (report.custom_results) refer to."""

    definitions: list[CustomDefinition] = Field(default_factory=list)
