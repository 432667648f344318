"""Turning a PIN into key material, slowly on purpose (argon2id), and checking PINs against stored hashes."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import Type, hash_secret_raw

# 64 MiB, 3 passes, 2 lanes: about 0.1 s on the ambulance laptop, once per login (OWASP: >= 19 MiB, 2 passes).
DEFAULT_MEMORY_KIB = 65_536
DEFAULT_TIME_COST = 3
DEFAULT_PARALLELISM = 2


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int = DEFAULT_MEMORY_KIB
    time_cost: int = DEFAULT_TIME_COST
    parallelism: int = DEFAULT_PARALLELISM

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=os.urandom(16))

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["salt"] = self.salt.hex()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        return cls(
            bytes.fromhex(data["salt"]),
            int(data["memory_kib"]),
            int(data["time_cost"]),
            int(data["parallelism"]),
        )


def derive_key(secret: str, params: KdfParams) -> bytes:
    """A 256-bit key-encryption key from a PIN or password (argon2id)."""
    return hash_secret_raw(
        secret.encode("utf-8"),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


_HASHER = PasswordHasher(
    time_cost=DEFAULT_TIME_COST, memory_cost=DEFAULT_MEMORY_KIB, parallelism=DEFAULT_PARALLELISM
)


def hash_pin(pin: str) -> str:
    """The PIN verifier kept on the roster (PHC string), for the station to hand to other devices."""
    return _HASHER.hash(pin)


def pin_matches(stored: str, pin: str) -> bool:
    try:
        return _HASHER.verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False
