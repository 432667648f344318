"""PIN figures (issue 16): what one offline PIN guess costs with the stored argon2id parameters, what the
whole 6-digit space costs with the device secret in hand, and how many guesses the data folder's files alone
allow without it: 0, found by actually trying the right PIN on a copy of the files with no device secret."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from epcr.device import Device
from epcr.security.accounts import Account
from epcr.security.device_secret import SECRETS_DIR_ENV
from epcr.security.kdf import derive_key
from epcr.security.keyslots import DeviceSecretMissing, KeySlots
from epcr.security.roles import Role

GUESS_RUNS = 7
PIN = "90000001"  # the demo admin's PIN
SIX_DIGIT_SPACE = 10**6


@contextmanager
def secrets_in(folder: Path) -> Iterator[None]:
    """The device secret store in `folder` (never the user's keyring) for the length of the block."""
    before = {name: os.environ.get(name) for name in (SECRETS_DIR_ENV, "PYTHON_KEYRING_BACKEND")}
    os.environ[SECRETS_DIR_ENV] = str(folder)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def files_alone_open(keys: Path, account_id: str, pin: str) -> bool:
    """Whether the right PIN opens the account's slot from the key file alone: the slot's own derivation and
    unwrap, no device secret (what an attacker with a copy of the data folder can compute)."""
    slots = KeySlots.load(keys)
    slot = slots.slots[account_id]
    assert slot.kdf is not None and slot.sealed is None
    try:
        AESGCM(derive_key(pin, slot.kdf)).decrypt(slot.nonce, slot.wrapped, slots._aad(account_id))
    except InvalidTag:
        return False
    return True


def bench_pin(folder: Path) -> dict[str, float]:
    device = Device.at(folder / "pin-home")
    with secrets_in(folder / "pin-secrets"):
        session, _ = device.set_up(Account(id="A-0001", name="Bench Admin", role=Role.ADMIN), PIN)
        session.log_out()
        slot = KeySlots.load(device.keys).slots["A-0001"]
        assert slot.kdf is not None
        samples = []
        for _ in range(GUESS_RUNS):  # one guess: one argon2id derivation with the stored parameters
            start = time.perf_counter()
            derive_key(PIN, slot.kdf)
            samples.append(time.perf_counter() - start)
    guess_s = statistics.median(samples)

    copy = Device.at(folder / "pin-copy")  # the data folder on another machine: no device secret there
    shutil.copytree(device.home, copy.home)
    with secrets_in(folder / "another-machine"):
        try:
            copy.log_in("A-0001", PIN).log_out()
            logs_in = True
        except DeviceSecretMissing:
            logs_in = False
        opened = logs_in or files_alone_open(copy.keys, "A-0001", PIN)
    return {
        "pin_guess_offline_ms": round(guess_s * 1000, 1),
        "pin_6_digit_space_offline_hours": round(SIX_DIGIT_SPACE * guess_s / 3600, 1),  # with the secret
        "offline_guesses_files_alone": SIX_DIGIT_SPACE if opened else 0,  # without it: not one guess checks
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(bench_pin(Path(folder)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
