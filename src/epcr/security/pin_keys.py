"""A key pair grown from a crew member's PIN, for the station's roster.

argon2id turns the PIN into 32 bytes; those are an X25519 private key. The station keeps only the public key
(and the usual PIN verifier): enough for a device to seal its database key to the member, useless for
opening anything. Guessing the PIN from it costs one argon2id run per guess, like any PIN verifier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from epcr.security.kdf import KdfParams, derive_key


@dataclass(frozen=True)
class PinKey:
    params: KdfParams  # the salt and cost the member's PIN is derived with, on every device
    public: bytes  # X25519 public key, 32 bytes

    def as_json(self) -> dict[str, Any]:
        return {**self.params.as_json(), "public": self.public.hex()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PinKey:
        return cls(KdfParams.from_json(data), bytes.fromhex(data["public"]))


def pin_key(pin: str, params: KdfParams | None = None) -> PinKey:
    """The public half of the PIN's key (the slow derivation runs here, once)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    params = params or KdfParams.fresh()
    private = X25519PrivateKey.from_private_bytes(derive_key(pin, params))
    return PinKey(params, private.public_key().public_bytes_raw())
