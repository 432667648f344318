"""Certificate pinning: how a device (sync) or a QA reviewer's app trusts exactly one station certificate.

Devices do not trust a certificate authority for the station; at enrollment they fetch its certificate,
check it against the SHA-256 fingerprint the station printed, and from then on trust that one certificate.
The station side (making its certificate) is `epcr.station.tls`.
"""

from __future__ import annotations

import hashlib
import ssl


def fingerprint(cert_pem: str) -> str:
    """SHA-256 of the certificate (DER), as 64 lowercase hex digits in groups of 4 for reading aloud."""
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(cert_pem)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, 64, 4))


def normalise_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def pinned_context(cert_pem: str) -> ssl.SSLContext:
    """Trust exactly this certificate; the name the station is reached by does not matter, the key does."""
    context = ssl.create_default_context(cadata=cert_pem)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def fetch_certificate(host: str, port: int, timeout: float = 5.0) -> str:
    """The certificate a server presents, unverified: the caller compares its fingerprint."""
    return ssl.get_server_certificate((host, port), timeout=timeout)
