"""Crew accounts: who may log in on this device, at what level, in what role."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from epcr.domain.errors import InvalidInput, Problem
from epcr.domain.levels import Level
from epcr.security.roles import Role

MIN_PIN = 4


class Account(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=2, max_length=50, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")  # eCrew.01
    name: str = Field(min_length=1, max_length=120)
    role: Role
    level: Level | None = None
    certification_number: str | None = Field(None, max_length=50)
    certification_expires: date | None = None
    endorsements: list[str] = Field(default_factory=list)
    active: bool = True


def pin_problem(pin: str) -> str | None:
    """A message when `pin` is not acceptable, else None."""
    if len(pin) < MIN_PIN:
        return f"at least {MIN_PIN} characters (6 or more digits, or a passphrase, is much stronger)"
    if len(pin) > 128:
        return "at most 128 characters"
    if pin != pin.strip():
        return "no spaces at the start or end"
    return None


def check_pin(pin: str) -> None:
    problem = pin_problem(pin)
    if problem:
        raise InvalidInput([Problem("pin", problem)])


__all__ = ["Account", "check_pin"]
