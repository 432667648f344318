"""The stations this device talks to, as kept inside the encrypted database: the enrolled station it docks
with (sync) and the station a QA reviewer reviews on. Tokens and pinned certificates never leave it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """The station this device is enrolled with (`epcr enroll`)."""

    url: str
    station_id: str
    device_id: str
    token: str
    enrolled_at: str
    certificate: str | None = None  # the station's TLS certificate, pinned at enrollment


@dataclass(frozen=True)
class QaLink:
    """The station a QA reviewer reviews on."""

    url: str
    token: str  # the reviewer's token from `epcr-station reviewer add`
    certificate: str | None  # the station's pinned TLS certificate (PEM); None on loopback plain http
