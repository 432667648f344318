"""Signatures (eOther.SignatureGroup): who signed, why, and the stroke as an image."""

from __future__ import annotations

from uuid import UUID, uuid4

from pydantic import AwareDatetime, Field

from epcr.domain.fields import NemsisModel, el
from epcr.domain.nemsis.codes import RepresentativeType, SignatureReason, SignatureStatus, SignerType


class Signature(NemsisModel):
    id: UUID = Field(default_factory=uuid4)
    signer_type: SignerType | None = el("eOther.12")
    reasons: list[SignatureReason] = el("eOther.13", default_factory=list)
    representative_type: RepresentativeType | None = el("eOther.14")
    status: SignatureStatus | None = el("eOther.15")
    file_name: str | None = el("eOther.16")
    file_type: str | None = el("eOther.17")  # MIME type of the image, e.g. image/png
    image_base64: str | None = el("eOther.18")
    signed_at: AwareDatetime | None = el("eOther.19")
    last_name: str | None = el("eOther.20")
    first_name: str | None = el("eOther.21")
