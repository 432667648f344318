"""Certificate pinning: how a device (sync) or a QA reviewer's app trusts its station, in one of two modes.

The admin chooses the mode at enrollment, with what `epcr-station enroll` prints:

- **certificate** (`--fingerprint`): the SHA-256 of the station's certificate (DER). The device trusts that
  one certificate and nothing else, by whatever name the station is reached. For the station's own
  self-signed certificate, or an agency certificate the admin is content to re-enroll devices for at renewal.
- **agency CA key** (`--ca-key`): the SHA-256 of an agency CA certificate's SubjectPublicKeyInfo (the
  `pin-sha256` of RFC 7469, written in hex). The device accepts any station certificate that chains to that
  CA, is within its validity dates and names the host the device reaches (DNS name or IP address SAN), so
  the agency renews the station's certificate without re-enrolling a device.

Either way no public or system certificate authority is trusted. The station side (which certificate it
serves) is `epcr.station.tls` and `epcr.station.served_certificate`.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509 import verification

AGENCY_CA_HEADER = "epcr-pin agency-ca-key sha256-spki="


class PinMode(StrEnum):
    CERTIFICATE = "certificate"  # the station's certificate itself
    AGENCY_CA = "agency-ca-key"  # the public key of an agency CA the station's certificate chains to


class PinRefused(Exception):
    """The station's certificate does not satisfy the pin; the message names the field and says why."""


def fingerprint(cert_pem: str) -> str:
    """SHA-256 of the certificate (DER), as 64 lowercase hex digits in groups of 4 for reading aloud."""
    return _grouped(hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert_pem)).digest())


def spki_pin(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate's SubjectPublicKeyInfo (RFC 7469 pin-sha256), hex in groups of 4."""
    spki = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return _grouped(hashlib.sha256(spki).digest())


def normalise_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def certificates(pem_text: str) -> list[x509.Certificate]:
    """Every certificate in a PEM text, in order (a served chain: the station's own first)."""
    return x509.load_pem_x509_certificates(pem_text.encode("ascii"))


def to_pem(certificate: x509.Certificate) -> str:
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


@dataclass(frozen=True)
class Pin:
    """What a device trusts for its station. `certificate`: the station's certificate (mode certificate) or
    the agency CA certificate found in the station's chain at enrollment, whose key is the pin (agency CA)."""

    mode: PinMode
    certificate: str  # PEM

    def dumps(self) -> str:
        """The stored form (Link.certificate, QaLink.certificate): a bare PEM is a pinned certificate, as
        links enrolled before the agency CA mode hold; the CA mode is a header line naming the key, then the
        CA certificate."""
        if self.mode is PinMode.CERTIFICATE:
            return self.certificate
        pin = normalise_fingerprint(spki_pin(certificates(self.certificate)[0]))
        return f"{AGENCY_CA_HEADER}{pin}\n{self.certificate}"

    @classmethod
    def loads(cls, stored: str) -> Pin:
        if not stored.startswith(AGENCY_CA_HEADER):
            return cls(PinMode.CERTIFICATE, stored)
        header, _, pem = stored.partition("\n")
        try:
            ca = certificates(pem)[0]
        except (ValueError, IndexError):
            raise PinRefused("the pinned agency CA certificate is unreadable; enroll again") from None
        if normalise_fingerprint(spki_pin(ca)) != header.removeprefix(AGENCY_CA_HEADER).strip():
            raise PinRefused("the pinned agency CA certificate does not carry the pinned key; enroll again")
        return cls(PinMode.AGENCY_CA, pem)

    def context(self) -> ssl.SSLContext:
        """A TLS context whose only trust anchor is the pinned certificate (no system CAs). In CA mode the
        anchor's key is the pinned key (checked in `loads` and at enrollment) and the host name is checked;
        partial chains let a pinned leaf or a pinned intermediate CA be the anchor."""
        try:
            context = ssl.create_default_context(cadata=self.certificate)
        except (ssl.SSLError, ValueError):
            raise PinRefused(
                "the pinned certificate stored at enrollment is unreadable; enroll again"
            ) from None
        context.verify_mode = ssl.CERT_REQUIRED
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        context.check_hostname = self.mode is PinMode.AGENCY_CA  # certificate mode: the key is what counts
        return context

    def describe(self) -> str:
        if self.mode is PinMode.CERTIFICATE:
            return "the station's certificate is pinned: a different one will be refused"
        ca = certificates(self.certificate)[0]
        return (
            f"the agency CA's key is pinned ({ca.subject.rfc4514_string()}): a station certificate it signs "
            "for this address is accepted, a renewed one too; any other is refused"
        )


def pinned_context(stored: str) -> ssl.SSLContext:
    """The TLS context for a link's stored pin (`Pin.dumps`)."""
    return Pin.loads(stored).context()


def chosen(fingerprint: str | None, ca_key: str | None) -> tuple[PinMode, str]:
    """The pin the admin typed: exactly one of the certificate fingerprint and the agency CA key pin."""
    given = ((PinMode.CERTIFICATE, fingerprint), (PinMode.AGENCY_CA, ca_key))
    typed = [(mode, normalise_fingerprint(text)) for mode, text in given if text and text.strip()]
    if not typed:
        raise PinRefused(
            "fingerprint: required for https; `epcr-station enroll` prints it (or --ca-key, the agency CA "
            "key pin it prints when the station serves an agency certificate)"
        )
    if len(typed) > 1:
        raise PinRefused("fingerprint, ca-key: give one of the two, not both")
    mode, pin = typed[0]
    if len(pin) != 64:
        field = "fingerprint" if mode is PinMode.CERTIFICATE else "ca-key"
        raise PinRefused(f"{field}: 64 hex digits (spaces allowed), as `epcr-station enroll` printed it")
    return mode, pin


def pin_station(
    host: str, port: int, fingerprint: str | None, ca_key: str | None, timeout: float = 5.0
) -> Pin:
    """At enrollment: fetch the chain the station presents and check it against the pin the admin typed.
    Raises PinRefused (the pin or the certificate is wrong, in words) or OSError (unreachable)."""
    mode, expected = chosen(fingerprint, ca_key)
    return check_chain(host, fetch_chain(host, port, timeout), mode, expected)


def check_chain(
    host: str, chain: list[str], mode: PinMode, expected: str, now: datetime | None = None
) -> Pin:
    """The pin for `chain` (PEM, the station's certificate first) if it satisfies `expected` (hex)."""
    now = now or datetime.now(UTC)
    leaf = certificates(chain[0])[0]
    if mode is PinMode.CERTIFICATE:
        if normalise_fingerprint(fingerprint(chain[0])) != expected:
            raise PinRefused(
                "fingerprint: the station's certificate does not match; check the fingerprint the station "
                "printed, or someone is between this device and the station"
            )
        _check_dates("fingerprint", leaf, now)
        return Pin(PinMode.CERTIFICATE, chain[0])
    presented = [certificates(pem)[0] for pem in chain]
    anchors = [c for c in presented[1:] if is_ca(c) and normalise_fingerprint(spki_pin(c)) == expected]
    if not anchors:
        if normalise_fingerprint(spki_pin(leaf)) == expected:
            raise PinRefused("ca-key: this is the key of the station's own certificate, not of a CA; use it")
        if not any(is_ca(c) for c in presented[1:]):
            raise PinRefused(
                "ca-key: the station presents no CA certificate, only its own; the agency chain must follow "
                "it in the file given to `epcr-station serve --cert` (or enroll with --fingerprint)"
            )
        raise PinRefused(
            "ca-key: no CA in the station's chain has this key; check the pin `epcr-station enroll` "
            "printed, or someone is between this device and the station"
        )
    _check_dates("ca-key", leaf, now)
    _verify_path(host, leaf, presented[1:], anchors[0], now)
    return Pin(PinMode.AGENCY_CA, to_pem(anchors[0]))


def fetch_chain(host: str, port: int, timeout: float = 5.0) -> list[str]:
    """The certificates a server presents (PEM, its own first), unverified: the caller checks the pin."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # nothing trusted yet: the pin decides, right after
    with (
        socket.create_connection((host, port), timeout=timeout) as raw,
        context.wrap_socket(raw, server_hostname=host) as tls,
    ):
        return [ssl.DER_cert_to_PEM_cert(der) for der in _presented(tls)]


def fetch_certificate(host: str, port: int, timeout: float = 5.0) -> str:
    """The certificate a server presents (its own, not its chain), unverified."""
    return fetch_chain(host, port, timeout)[0]


class Refusal(NamedTuple):
    what: str  # what is wrong with the station's certificate
    advice: str  # what to do about it


def refusal(error: BaseException, pinned: str = "at enrollment") -> Refusal | None:
    """Why TLS refused the station's certificate, in words; None when `error` is not such a refusal."""
    text = str(error)
    if "CERTIFICATE_VERIFY_FAILED" not in text:
        return None
    if "certificate has expired" in text:
        return Refusal("station certificate has expired", "the agency must renew it; ask the admin")
    if "not yet valid" in text:
        return Refusal("station certificate is not valid yet", "check this device's date and time")
    if "mismatch" in text:  # OpenSSL: "Hostname mismatch" or "IP address mismatch"
        return Refusal(
            "station certificate does not name the address this device uses",
            "use the station address the device was enrolled with, or ask the admin",
        )
    return Refusal(
        f"station certificate is not the one pinned {pinned}",
        "someone may be between this device and the station; ask the admin",
    )


def _presented(tls: ssl.SSLSocket) -> list[bytes]:
    """The presented chain as DER: SSLSocket.get_unverified_chain from Python 3.13, the same call on the
    internal socket object before (3.10-3.12), else only the server's own certificate."""
    public = getattr(tls, "get_unverified_chain", None)
    internal: Any = getattr(getattr(tls, "_sslobj", None), "get_unverified_chain", None)
    chain = public() if public else internal() if internal else None
    if chain:  # bytes (3.13) or _ssl.Certificate, whose public_bytes() is PEM by default
        return [c if isinstance(c, bytes) else ssl.PEM_cert_to_DER_cert(c.public_bytes()) for c in chain]
    own = tls.getpeercert(binary_form=True)
    if not own:
        raise ssl.SSLError("the station presented no certificate")
    return [own]


def _check_dates(field: str, leaf: x509.Certificate, now: datetime) -> None:
    if now > leaf.not_valid_after_utc:
        raise PinRefused(
            f"{field}: the station's certificate expired on {leaf.not_valid_after_utc:%Y-%m-%d}; "
            "the agency must renew it"
        )
    if now < leaf.not_valid_before_utc:
        raise PinRefused(
            f"{field}: the station's certificate is valid only from {leaf.not_valid_before_utc:%Y-%m-%d}; "
            "check this device's date and time"
        )


def _verify_path(
    host: str,
    leaf: x509.Certificate,
    intermediates: list[x509.Certificate],
    anchor: x509.Certificate,
    now: datetime,
) -> None:
    """The leaf chains to the pinned CA (signatures, dates, CA constraints) and names `host`.

    Extensions are checked as TLS clients do (the CA's basicConstraints, the leaf's subjectAltName), not by
    the stricter Web PKI profile: an agency's CA need not meet the public CAs' Baseline Requirements."""
    subject: verification.Subject
    try:
        subject = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        subject = x509.DNSName(host)
    policies = verification.ExtensionPolicy.permit_all()
    any_way = verification.Criticality.AGNOSTIC
    verifier = (
        verification.PolicyBuilder()
        .store(verification.Store([anchor]))
        .time(now)
        .extension_policies(
            ca_policy=policies.require_present(x509.BasicConstraints, any_way, None),
            ee_policy=policies.require_present(x509.SubjectAlternativeName, any_way, None),
        )
        .build_server_verifier(subject)
    )
    try:
        verifier.verify(leaf, intermediates)
    except verification.VerificationError as error:
        if "subjectAltName" in str(error):
            raise PinRefused(
                f"ca-key: the station's certificate is not for {host} (it names "
                f"{_names(leaf) or 'no host'}); enroll with an address it names"
            ) from None
        raise PinRefused(
            f"ca-key: the station's certificate does not chain to the pinned agency CA ({error}); "
            "someone may be between this device and the station"
        ) from None


def _names(leaf: x509.Certificate) -> str:
    try:
        names = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return ""
    found = [str(n) for n in names.get_values_for_type(x509.DNSName)]
    found += [str(n) for n in names.get_values_for_type(x509.IPAddress)]
    return ", ".join(found)


def _grouped(digest: bytes) -> str:
    text = digest.hex()
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
