"""Crew accounts: who may log in on this device, at what level, in what role; which PINs are acceptable."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from pydantic import BaseModel, ConfigDict, Field

from epcr.domain.errors import InvalidInput, Problem
from epcr.domain.levels import Level
from epcr.security.roles import Role

MIN_PIN = 6
MAX_PIN = 128

# The most chosen 6- and 8-digit PINs that the pattern rules below do not already catch (repeats, repeated
# groups and runs are refused by rule). Sources: Wang, Gu, Wang, Ding, "Understanding Human-Chosen PINs:
# Characteristics, Distribution and Security", ACM AsiaCCS 2017 (6-digit PINs from leaked datasets); Markert,
# Bailey, Golla, Dürmuth, Egelman, "This PIN Can Be Easily Guessed", IEEE S&P 2020 (the 6-digit blocklists);
# Berry, "PIN number analysis", DataGenetics 2012 (keypad and date patterns).
COMMON_PINS = frozenset(
    {
        "112233", "123321", "654456", "159753", "753951", "147258", "258369", "147852", "258456", "789456",
        "789123", "123654", "456123", "159357", "357159", "147369", "963852", "741852", "852456", "102030",
        "112211", "111222", "201314", "131420", "520131", "666888", "888666", "100200", "123789", "987456",
        "321654", "159951", "147741", "258852", "369963", "852258", "200000", "100000", "123000",
        "11223344", "12344321", "11112222", "147258369", "963852741", "741852963", "159753159", "11235813",
    }
)  # fmt: skip

ALLOWED = (
    f"use {MIN_PIN} or more digits that are not one digit repeated, a repeated group, a run up or down, or a "
    f"common PIN; or a passphrase of {MIN_PIN} to {MAX_PIN} characters"
)


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


def _repeated_group(pin: str) -> bool:
    """One character, or one group of characters, said again and again (000000, 121212, 10421042)."""
    size = len(pin)
    return any(
        size % block == 0 and pin == pin[:block] * (size // block) for block in range(1, size // 2 + 1)
    )


def _run(pin: str) -> bool:
    """Digits each one up (or each one down) from the last, 9 wrapping to 0: 123456, 987654, 890123."""
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    return steps in ({1}, {9})


def pin_problem(pin: str) -> str | None:
    """What is wrong with `pin` and what is allowed, else None. Never repeats the PIN itself."""
    if len(pin) < MIN_PIN:
        return f"too short; {ALLOWED}"
    if len(pin) > MAX_PIN:
        return f"too long; {ALLOWED}"
    if pin != pin.strip():
        return "no spaces at the start or end"
    if _repeated_group(pin):
        return f"one digit or group repeated is guessed first; {ALLOWED}"
    if pin.isascii() and pin.isdigit():
        if _run(pin):
            return f"a run of digits up or down is guessed first; {ALLOWED}"
        if pin in COMMON_PINS:
            return f"one of the most common PINs; {ALLOWED}"
    return None


def check_pin(pin: str) -> None:
    problem = pin_problem(pin)
    if problem:
        raise InvalidInput([Problem("pin", problem)])


__all__ = ["Account", "check_pin", "pin_problem"]
