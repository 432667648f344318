"""The stations this device talks to: the enrolled station it docks with (sync) and the station a QA reviewer
reviews on. The database keeps the address, ids and pinned certificate; the tokens live in the device secret
store (epcr.security.device_secret: the OS keyring or a 0600 file outside the data folder), encrypted under a
key derived from the device secret, so a PIN that opens the database, or a copy of the data folder, does not
hand them out. A database without a key file (a plain test database) keeps them in its row as before."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import update

from epcr.store.sql import compiled, qa_link, station_link

STATION_TOKEN = "station"
QA_TOKEN = "qa"
# The database's copy of a token moved out: the column stays (NOT NULL), empty.
BLANK_STATION_TOKEN = compiled(update(station_link).where(station_link.c.id == 1).values(token=""))
BLANK_QA_TOKEN = compiled(update(qa_link).where(qa_link.c.id == 1).values(token=""))


@dataclass(frozen=True)
class Link:
    """The station this device is enrolled with (`epcr enroll`)."""

    url: str
    station_id: str
    device_id: str
    token: str = field(repr=False)  # "" when the device secret store has none for this database
    enrolled_at: str
    certificate: str | None = field(default=None, repr=False)  # the pin: epcr.security.pinning.Pin.dumps()


@dataclass(frozen=True)
class QaLink:
    """The station a QA reviewer reviews on."""

    url: str
    token: str = field(repr=False)  # the reviewer's token from `epcr-station reviewer add`
    certificate: str | None = field(repr=False)  # the pin (pinning.Pin.dumps()); None on loopback http


class TokenVault(Protocol):
    def token(self, name: str) -> str | None: ...

    def put_token(self, name: str, token: str | None) -> None: ...


def vault_for(database: Path) -> TokenVault | None:
    """Where this database's tokens are kept: its device secret store entry; None for a database without a
    key file (its tokens stay in the database)."""
    import json

    from epcr.security.device_secret import DeviceSecrets
    from epcr.security.keyslots import key_file_of

    keys = key_file_of(database)
    try:
        file_id = bytes.fromhex(json.loads(keys.read_text(encoding="utf-8"))["file_id"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise TokenVaultError(
            f"{keys} is unreadable ({type(error).__name__}); the tokens cannot be found"
        ) from None
    return DeviceSecrets(file_id)


class TokenVaultError(Exception):
    pass
