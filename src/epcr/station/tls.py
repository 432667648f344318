"""The station's TLS certificate: self-signed on first start (or the agency's own), pinned by devices
(`epcr.security.pinning` is the devices' side)."""

from __future__ import annotations

import ipaddress
import os
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

from epcr.security.pinning import fingerprint

__all__ = ["CERT_FILE", "KEY_FILE", "ensure_certificate", "fingerprint"]

CERT_FILE, KEY_FILE = "station.crt", "station.key"
LIFETIME = timedelta(days=3650)


def ensure_certificate(home: Path) -> tuple[Path, Path]:
    """The certificate and key in the station's folder, created (EC P-256, 10 years) if missing."""
    cert_path, key_path = home / CERT_FILE, home / KEY_FILE
    if cert_path.exists() and key_path.exists():
        for path in (cert_path, key_path):  # files an earlier version wrote 0644: owner only now
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
        return cert_path, key_path
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    host = socket.gethostname()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"epcr station {host}")])
    names: list[x509.GeneralName] = [
        x509.DNSName(host),
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    ]
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + LIFETIME)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, False, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    key_bytes = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the key: owner only
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key_bytes)
    # Public, yet owner only like every file of the station: nothing in its folder is for others.
    descriptor = os.open(cert_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(cert.public_bytes(serialization.Encoding.PEM))
    for path in (cert_path, key_path):  # O_CREAT's mode does not apply to a file that was there already
        path.chmod(0o600)
    return cert_path, key_path
