"""Which certificate the station serves, remembered in its data folder: `serve` records the chain it loads
(its own self-signed one, or the agency's from `--cert/--key`), and `enroll` prints the pins of that record,
so the two can never disagree."""

from __future__ import annotations

import json
import os
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from epcr.security.pinning import certificates, fingerprint, is_ca, spki_pin, to_pem
from epcr.station.at_rest import make_private_folder
from epcr.station.store import StationError
from epcr.station.tls import ensure_certificate

RECORD_FILE = "served-certificate.json"


@dataclass(frozen=True)
class Served:
    """What `serve` presents: the certificate file (the station's own first, then any agency chain), its key,
    and the chain as it was loaded (PEM); `plain_http` when a TLS proxy in front presents the certificate."""

    certificate: Path | None
    key: Path | None
    chain: str
    plain_http: bool = False


def for_serve(home: Path, cert: Path | None, key: Path | None, plain_http: bool = False) -> Served:
    """The certificate `serve` is about to present, checked and recorded; nothing is recorded if it is bad."""
    if plain_http:
        served = Served(None, None, "", plain_http=True)
    elif (cert is None) != (key is None):
        raise StationError("--cert and --key: give both, or neither for the self-signed certificate")
    elif cert is None or key is None:
        own_cert, own_key = ensure_certificate(home)
        served = Served(own_cert, own_key, own_cert.read_text(encoding="ascii"))
    else:
        served = Served(cert.resolve(), key.resolve(), _checked_chain(cert, key))
    _record(home, served)
    return served


def for_enroll(home: Path) -> tuple[Served, str | None]:
    """What `serve` presents (its record), else the self-signed certificate `serve` makes and presents by
    default; and a warning when the certificate file changed since `serve` loaded it."""
    path = home / RECORD_FILE
    if not path.exists():
        own_cert, own_key = ensure_certificate(home)
        return Served(own_cert, own_key, own_cert.read_text(encoding="ascii")), None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        served = Served(
            Path(data["certificate"]) if data["certificate"] else None,
            Path(data["key"]) if data["key"] else None,
            str(data["chain"]),
            bool(data["plain_http"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StationError(f"{path}: unreadable ({error}); start `epcr-station serve` again") from None
    warning = None
    if served.certificate is not None:
        try:
            now = served.certificate.read_text(encoding="ascii")
        except (OSError, ValueError):
            now = None
        if now != served.chain:
            warning = (
                f"note: {served.certificate} changed since `epcr-station serve` started; the pins below are "
                "of the certificate it presents now: restart serve before enrolling devices with the new one"
            )
    return served, warning


def pin_lines(served: Served) -> list[str]:
    """What to tell the admin: the station certificate's fingerprint and, with an agency chain, each CA's
    key pin (a device pinned to one of them accepts any certificate that CA issues for the station)."""
    if served.plain_http:
        return [
            "The station serves plain HTTP behind a TLS proxy: devices pin the proxy's certificate "
            "(its SHA-256 fingerprint) or its agency CA's key, not anything of the station's."
        ]
    chain = certificates(served.chain)
    lines = [f"Station certificate fingerprint: {fingerprint(to_pem(chain[0]))}"]
    cas = [c for c in chain[1:] if is_ca(c)]
    for ca in cas:
        lines.append(
            f"Agency CA key pin ({ca.subject.rfc4514_string()}, valid to "
            f"{ca.not_valid_after_utc:%Y-%m-%d}): {spki_pin(ca)}"
        )
    if not cas and chain[0].issuer != chain[0].subject:
        lines.append(
            f"{served.certificate} holds only the station's certificate: to let devices pin the agency CA's "
            "key (and keep working after renewal), put the CA certificate(s) after it and restart serve"
        )
    return lines


def enroll_lines(served: Served, code: str) -> list[str]:
    """The pins, then the device's command for each way of pinning."""
    lines = pin_lines(served)
    if served.plain_http:
        return [
            *lines,
            f"On the device: epcr sync enroll --station https://HOST --code {code} --fingerprint '...'",
        ]
    chain = certificates(served.chain)
    command = f"epcr sync enroll --station https://HOST:PORT --code {code}"
    lines.append("On the device, pinning this certificate (enroll devices again when it is replaced):")
    lines.append(f"  {command} --fingerprint '{fingerprint(to_pem(chain[0]))}'")
    cas = [c for c in chain[1:] if is_ca(c)]
    if cas:
        lines.append("or pinning the agency CA's key (a renewed certificate from that CA keeps working):")
        lines.append(f"  {command} --ca-key '{spki_pin(cas[-1])}'")
    return lines


def _checked_chain(cert: Path, key: Path) -> str:
    """The certificate file's text if it holds PEM certificates, the first matching `key`, and in date."""
    try:
        text = cert.read_text(encoding="ascii")
    except (OSError, ValueError) as error:
        raise StationError(f"--cert: cannot read {cert} ({error})") from None
    try:
        chain = certificates(text)
    except ValueError:
        raise StationError(f"--cert: {cert} holds no PEM certificate (-----BEGIN CERTIFICATE-----)") from None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(cert, key, password=_no_password)
    except (OSError, ssl.SSLError, ValueError) as error:
        raise StationError(
            f"--key: {key} is not the unencrypted private key of the first certificate in {cert} ({error})"
        ) from None
    now = datetime.now(UTC)
    if not chain[0].not_valid_before_utc <= now <= chain[0].not_valid_after_utc:
        raise StationError(
            f"--cert: {cert} is valid from {chain[0].not_valid_before_utc:%Y-%m-%d} to "
            f"{chain[0].not_valid_after_utc:%Y-%m-%d}, not now; devices would refuse it"
        )
    return text


def _no_password() -> str:
    # An encrypted key would otherwise make OpenSSL prompt on the terminal; say so instead.
    raise ValueError(
        "an encrypted key needs a passphrase; give the key unencrypted, readable by the owner only"
    )


def _record(home: Path, served: Served) -> None:
    """Written whole to a temporary file and renamed: `enroll` never reads half a record."""
    make_private_folder(home)
    data = {
        "certificate": str(served.certificate) if served.certificate else None,
        "key": str(served.key) if served.key else None,
        "chain": served.chain,
        "plain_http": served.plain_http,
        "recorded_at": datetime.now(UTC).isoformat(),
    }
    temporary = home / f"{RECORD_FILE}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, home / RECORD_FILE)
