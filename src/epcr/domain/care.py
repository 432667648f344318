"""What procedures and medications have in common: when, by whom, on whose authority."""

from __future__ import annotations

from pydantic import AwareDatetime

from epcr.domain.fields import Blank, NemsisModel
from epcr.domain.nemsis.codes import Authorization, CaregiverLevel, PertinentNegative, YesNo


class Intervention(NemsisModel):
    """Fields shared by eProcedures and eMedications groups; subclasses map them to their elements."""

    at: AwareDatetime | Blank | None
    prior_to_care: YesNo | Blank | None
    pertinent_negative: PertinentNegative | None  # e.g. 8801009 Medication Already Taken: not given
    performer_crew_id: str | Blank | None
    performer_level: CaregiverLevel | Blank | None
    authorization: Authorization | None
    authorizing_physician: str | None
    by_another_unit: YesNo | Blank | None

    @property
    def documented_as_not_done(self) -> bool:
        """A pertinent negative ("not given: already taken") records care that did not happen."""
        return self.pertinent_negative is not None

    @property
    def done_by_this_unit(self) -> bool:
        return self.prior_to_care != YesNo.YES and self.by_another_unit != YesNo.YES
