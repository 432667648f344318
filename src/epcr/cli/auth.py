"""Logging in from the command line: `--user ID` (or EPCR_USER), the PIN from EPCR_PIN or a prompt."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from epcr.cli.common import EXIT_BAD_INPUT, EXIT_REFUSED, CommandError, database_path
from epcr.device import Device
from epcr.security.accounts import pin_problem
from epcr.security.keyslots import KeySlotError
from epcr.security.roles import NotPermitted
from epcr.session import Session
from epcr.store.accounts import AccountNotFound


def device(args: argparse.Namespace) -> Device:
    return Device(database_path(args))


def ask(prompt: str, env: str, secret: bool = True) -> str:
    if value := os.environ.get(env):
        return value
    if not sys.stdin.isatty():
        raise CommandError(
            f"{prompt.rstrip(': ').lower()}: set {env} or run in a terminal to be asked", EXIT_BAD_INPUT
        )
    return getpass.getpass(prompt) if secret else input(prompt)


def ask_new_pin(env: str = "EPCR_NEW_PIN", who: str = "the new account") -> str:
    if value := os.environ.get(env):
        pin = value
    else:
        pin = ask(f"New PIN for {who}: ", env)
        if ask("Repeat the PIN: ", env) != pin:
            raise CommandError("pin: the two entries differ; nothing changed", EXIT_BAD_INPUT)
    if problem := pin_problem(pin):
        raise CommandError(f"pin: {problem}", EXIT_BAD_INPUT)
    return pin


def open_session(args: argparse.Namespace) -> Session:
    """Log in to this device's database; every command that opens the database goes through here."""
    place = device(args)
    if not place.is_set_up():
        if place.database.exists():
            raise CommandError(
                f"{place.database} has no key file ({place.keys.name}): it cannot be opened", EXIT_REFUSED
            )
        raise CommandError(
            f"no database at {place.database}: set one up with `epcr init`, or try `epcr demo` for a demo",
            EXIT_REFUSED,
        )
    user = args.user or os.environ.get("EPCR_USER") or ask("Crew ID: ", "EPCR_USER", secret=False)
    pin = ask(f"PIN for {user}: ", "EPCR_PIN")
    try:
        return place.log_in(user, pin)
    except (KeySlotError, NotPermitted, AccountNotFound) as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
