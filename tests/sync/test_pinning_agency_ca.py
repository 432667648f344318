"""Pinning both ways, against a real uvicorn TLS station on 127.0.0.1 with certificates made here: the
station's own certificate (its SHA-256), or the agency CA's key (SHA-256 of its SubjectPublicKeyInfo), which
keeps working when the agency renews the station's certificate and refuses any other CA's, an expired one
and one for another name. `epcr-station enroll` prints the pins of what `serve` actually presents."""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from epcr.security.pinning import (
    Pin,
    PinMode,
    PinRefused,
    check_chain,
    chosen,
    fingerprint,
    normalise_fingerprint,
    spki_pin,
    to_pem,
)
from epcr.station import qa
from epcr.station.app import create_app
from epcr.station.cli import main as station_main
from epcr.station.served_certificate import for_enroll, for_serve
from epcr.station.store import StationError, StationStore
from epcr.station.tls import ensure_certificate
from epcr.store.database import Database
from epcr.sync.client import Syncer, SyncFailed, enroll
from epcr.sync.protocol import QaSearch
from epcr.sync.qa_client import QaClient, QaFailed, connect
from tests.conftest import FakeClock
from tests.sync.conftest import START_TIMEOUT_S, Server, Station
from tests.sync.test_sync import lock_calls

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.now(UTC)
HERE = ("127.0.0.1", "localhost")  # the names a station certificate here is for, unless a test says otherwise


# -- an agency PKI, made fresh for each test ---------------------------------------------------------------


@dataclass(frozen=True)
class Authority:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Riverside County EMS"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def authority(common_name: str, parent: Authority | None = None) -> Authority:
    """A root CA (no parent) or an intermediate signed by `parent`, as an agency's own PKI makes them."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(common_name)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(parent.cert.subject if parent else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - timedelta(days=30))
        .not_valid_after(NOW + timedelta(days=3650))
        .add_extension(
            x509.BasicConstraints(ca=True, path_length=None if parent is None else 0), critical=True
        )
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    signer = parent.key if parent else key
    return Authority(builder.sign(signer, hashes.SHA256()), key)


def station_leaf(
    issuer: Authority,
    names: tuple[str, ...] = HERE,
    valid_from: datetime = NOW - timedelta(days=1),
    valid_to: datetime = NOW + timedelta(days=90),
) -> Authority:
    """The station's TLS certificate: a new key each time, as a renewal makes one."""
    key = ec.generate_private_key(ec.SECP256R1())
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("epcr station"))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from)
        .not_valid_after(valid_to)
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False
        )
        .sign(issuer.key, hashes.SHA256())
    )
    return Authority(cert, key)


@dataclass(frozen=True)
class Pki:
    root: Authority
    intermediate: Authority

    def chain(self, leaf: Authority) -> list[x509.Certificate]:
        return [leaf.cert, self.intermediate.cert, self.root.cert]


def agency_pki(label: str = "Agency") -> Pki:
    root = authority(f"{label} Root CA")
    return Pki(root, authority(f"{label} Issuing CA", root))


def write_tls(
    folder: Path, chain: list[x509.Certificate], key: ec.EllipticCurvePrivateKey
) -> tuple[Path, Path]:
    """The files `serve --cert/--key` takes: the station's certificate then its chain; its key (0600)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "station-chain.pem", folder / "station.key"
    cert_path.write_text("".join(to_pem(c) for c in chain), encoding="ascii")
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
    return cert_path, key_path


# -- a station whose certificate is replaced on the same address -------------------------------------------


class Bench:
    """One station database served by uvicorn with TLS on 127.0.0.1; `serve` swaps the certificate and keeps
    the port, as a station restarted with a renewed (or a forged) certificate would."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.store = StationStore(f"sqlite:///{tmp / 'station.sqlite3'}")
        self.port = 0
        self.running: Station | None = None
        self.served = 0

    def serve(self, chain: list[x509.Certificate], key: ec.EllipticCurvePrivateKey) -> str:
        self.served += 1
        return self.serve_files(*write_tls(self.tmp / f"tls-{self.served}", chain, key))

    def serve_files(self, cert: Path, key: Path) -> str:
        self.stop()
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the same port after a restart
        sock.bind(("127.0.0.1", self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            create_app(self.store),
            log_level="warning",
            lifespan="off",
            ssl_certfile=str(cert),
            ssl_keyfile=str(key),
            timeout_graceful_shutdown=1,  # a reviewer's idle keep-alive would hold a restart for 30 s
        )
        server = Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        if not server.ready.wait(START_TIMEOUT_S) or not server.started:
            raise RuntimeError(f"the station did not start within {START_TIMEOUT_S} s")
        self.running = Station(self.url(), self.store, server, thread)
        return self.url()

    def url(self, host: str = "127.0.0.1") -> str:
        return f"https://{host}:{self.port}"

    def stop(self) -> None:
        if self.running is not None:
            self.running.stop()
            self.running = None

    def received(self) -> int:
        return len(self.store.item_hashes())


@pytest.fixture
def bench(tmp_path: Path) -> Iterator[Bench]:
    station = Bench(tmp_path)
    yield station
    station.stop()
    station.store.close()


@pytest.fixture
def pki() -> Pki:
    return agency_pki()


def new_device(tmp_path: Path, name: str) -> Database:
    return Database(tmp_path / f"{name}.sqlite3", clock=FakeClock())


def qa_search_total(link_url: str, bench: Bench, fingerprint_: str | None, ca_key: str | None) -> QaClient:
    token = qa.add_reviewer(bench.store.engine, f"Reviewer {bench.served}-{os.urandom(2).hex()}")
    return QaClient(connect(link_url, token, fingerprint_, ca_key))


# -- mode 1: the certificate itself ------------------------------------------------------------------------


def test_the_stations_self_signed_certificate_pinned_then_replaced_is_refused(
    db: Database, bench: Bench, tmp_path: Path
) -> None:
    cert, key = ensure_certificate(tmp_path / "station-home")
    url = bench.serve_files(cert, key)
    print_ = fingerprint(cert.read_text())
    lock_calls(db, 2)
    link = enroll(db, url, bench.store.invite("Medic 12"), "A-0001", fingerprint=print_)
    assert link.certificate and Pin.loads(link.certificate).mode is PinMode.CERTIFICATE
    assert Syncer(db).run().accepted == 2
    reviewer = qa_search_total(url, bench, print_, None)
    assert reviewer.search(QaSearch()).total == 2

    bench.serve_files(*ensure_certificate(tmp_path / "another-home"))  # a new self-signed certificate
    lock_calls(db, 1, first=2)
    with pytest.raises(SyncFailed, match=r"not the one pinned at enrollment; nothing was sent \(someone may"):
        Syncer(db).run()
    with pytest.raises(QaFailed, match="not the one pinned when QA was connected; nothing was sent"):
        reviewer.search(QaSearch())
    reviewer.close()
    assert bench.received() == 2 and len(db.pending_outbox()) == 1


def test_an_agency_certificate_can_be_pinned_itself_until_it_is_renewed(
    db: Database, bench: Bench, pki: Pki
) -> None:
    """Issue 16 item 7: a CA-signed certificate pinned by its fingerprint (it is not its own issuer)."""
    leaf = station_leaf(pki.intermediate)
    url = bench.serve(pki.chain(leaf), leaf.key)
    print_ = fingerprint(to_pem(leaf.cert))
    lock_calls(db, 2)
    enroll(db, url, bench.store.invite("Medic 12"), "A-0001", fingerprint=print_)
    assert Syncer(db).run().accepted == 2
    reviewer = qa_search_total(url, bench, print_, None)
    assert reviewer.search(QaSearch()).total == 2

    renewed = station_leaf(pki.intermediate)
    bench.serve(pki.chain(renewed), renewed.key)
    lock_calls(db, 1, first=2)
    with pytest.raises(SyncFailed, match="not the one pinned at enrollment; nothing was sent"):
        Syncer(db).run()
    with pytest.raises(QaFailed, match="not the one pinned when QA was connected"):
        reviewer.search(QaSearch())
    reviewer.close()
    assert bench.received() == 2


# -- mode 2: the agency CA's key ---------------------------------------------------------------------------


@pytest.mark.parametrize("pinned", ["root", "intermediate"])
def test_the_agency_ca_key_pin_survives_renewal(db: Database, bench: Bench, pki: Pki, pinned: str) -> None:
    ca = pki.root if pinned == "root" else pki.intermediate
    leaf = station_leaf(pki.intermediate)
    url = bench.serve(pki.chain(leaf), leaf.key)
    lock_calls(db, 2)
    link = enroll(db, url, bench.store.invite("Medic 12"), "A-0001", ca_key=spki_pin(ca.cert))
    assert link.certificate is not None
    pin = Pin.loads(link.certificate)
    assert (
        pin.mode is PinMode.AGENCY_CA and x509.load_pem_x509_certificate(pin.certificate.encode()) == ca.cert
    )
    assert Syncer(db).run().accepted == 2
    reviewer = qa_search_total(url, bench, None, spki_pin(ca.cert))
    assert reviewer.search(QaSearch()).total == 2

    for round_ in (1, 2):  # renewed twice, each time a new key, from the same CA: nobody re-enrolls
        renewed = station_leaf(pki.intermediate)
        bench.serve(pki.chain(renewed), renewed.key)
        lock_calls(db, 1, first=1 + round_)
        assert Syncer(db).run().accepted == 1
        assert reviewer.search(QaSearch()).total == 2 + round_
    reviewer.close()
    assert bench.received() == 4 and not db.pending_outbox()


def test_a_renewed_certificate_reached_by_its_dns_name(db: Database, bench: Bench, pki: Pki) -> None:
    """The host name is checked: a certificate for `localhost` only serves a device enrolled by that name."""
    leaf = station_leaf(pki.intermediate, names=("localhost",))
    bench.serve(pki.chain(leaf), leaf.key)
    lock_calls(db, 1)
    enroll(
        db, bench.url("localhost"), bench.store.invite("Medic 12"), "A-0001", ca_key=spki_pin(pki.root.cert)
    )
    assert Syncer(db).run().accepted == 1
    with pytest.raises(
        SyncFailed, match=r"ca-key: the station's certificate is not for 127.0.0.1 \(it names localhost\)"
    ):
        enroll(db, bench.url(), bench.store.invite("Medic 13"), "A-0001", ca_key=spki_pin(pki.root.cert))


def bad_station(case: str, pki: Pki) -> tuple[list[x509.Certificate], ec.EllipticCurvePrivateKey]:
    """What the station (or someone in its place) presents after the device enrolled."""
    if case == "another CA":
        forged = agency_pki()  # the same names as the agency's CAs, other keys: only the key tells them apart
        leaf = station_leaf(forged.intermediate)
        return forged.chain(leaf), leaf.key
    if case == "expired":
        leaf = station_leaf(
            pki.intermediate, valid_from=NOW - timedelta(days=90), valid_to=NOW - timedelta(days=1)
        )
    else:
        leaf = station_leaf(pki.intermediate, names=("station.other.example", "10.9.9.9"))
    return pki.chain(leaf), leaf.key


REFUSALS = {  # at sync (OpenSSL, pinned CA as the only anchor), at enrollment (the pin's own check)
    "another CA": (
        "station certificate is not the one pinned at enrollment; nothing was sent (someone may be between",
        "ca-key: no CA in the station's chain has this key",
    ),
    "expired": (
        "station certificate has expired; nothing was sent (the agency must renew it",
        "ca-key: the station's certificate expired on",
    ),
    "for another host": (
        "station certificate does not name the address this device uses; nothing was sent",
        "ca-key: the station's certificate is not for 127.0.0.1 (it names station.other.example, 10.9.9.9)",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_the_agency_ca_key_pin_refuses(
    db: Database, bench: Bench, pki: Pki, tmp_path: Path, case: str
) -> None:
    leaf = station_leaf(pki.intermediate)
    url = bench.serve(pki.chain(leaf), leaf.key)
    lock_calls(db, 2)
    ca_key = spki_pin(pki.root.cert)
    enroll(db, url, bench.store.invite("Medic 12"), "A-0001", ca_key=ca_key)
    assert Syncer(db).run().accepted == 2
    reviewer = qa_search_total(url, bench, None, ca_key)

    at_sync, at_enrollment = REFUSALS[case]
    bench.serve(*bad_station(case, pki))
    lock_calls(db, 1, first=2)
    with pytest.raises(SyncFailed) as refused:
        Syncer(db).run()
    assert at_sync in str(refused.value)
    with pytest.raises(QaFailed) as qa_refused:
        reviewer.search(QaSearch())
    assert at_sync.split(";")[0].replace("at enrollment", "when QA was connected") in str(qa_refused.value)
    reviewer.close()
    assert bench.received() == 2 and len(db.pending_outbox()) == 1  # nothing reached it

    other = new_device(tmp_path, "second-device")  # and nobody enrolls with it
    with pytest.raises(SyncFailed) as at_enroll:
        enroll(other, url, bench.store.invite("Medic 13"), "A-0001", ca_key=ca_key)
    assert at_enrollment in str(at_enroll.value)
    with pytest.raises(QaFailed) as at_connect:
        connect(url, qa.add_reviewer(bench.store.engine, "Second Reviewer"), None, ca_key)
    assert at_enrollment in str(at_connect.value)
    assert other.station_link() is None
    other.close()


# -- what the admin types, and what is stored -------------------------------------------------------------


def test_the_pin_typed_is_checked_before_anything_is_stored(pki: Pki) -> None:
    leaf = station_leaf(pki.intermediate)
    chain = [to_pem(c) for c in pki.chain(leaf)]
    with pytest.raises(PinRefused, match="fingerprint: required for https"):
        chosen(None, "  ")
    with pytest.raises(PinRefused, match="fingerprint, ca-key: give one of the two, not both"):
        chosen(fingerprint(chain[0]), spki_pin(pki.root.cert))
    with pytest.raises(PinRefused, match="ca-key: 64 hex digits"):
        chosen(None, spki_pin(pki.root.cert)[:-5])
    assert chosen(fingerprint(chain[0]).upper(), None) == (
        PinMode.CERTIFICATE,
        normalise_fingerprint(fingerprint(chain[0])),
    )
    own = normalise_fingerprint(spki_pin(leaf.cert))
    with pytest.raises(PinRefused, match="the key of the station's own certificate, not of a CA"):
        check_chain("127.0.0.1", chain, PinMode.AGENCY_CA, own)
    root_pin = normalise_fingerprint(spki_pin(pki.root.cert))
    with pytest.raises(PinRefused, match="the station presents no CA certificate, only its own"):
        check_chain("127.0.0.1", chain[:1], PinMode.AGENCY_CA, root_pin)
    # the intermediate alone is enough to reach a pinned intermediate; a pinned root needs the root sent
    inter_pin = normalise_fingerprint(spki_pin(pki.intermediate.cert))
    assert check_chain("127.0.0.1", chain[:2], PinMode.AGENCY_CA, inter_pin).mode is PinMode.AGENCY_CA
    with pytest.raises(PinRefused, match="no CA in the station's chain has this key"):
        check_chain("127.0.0.1", chain[:2], PinMode.AGENCY_CA, root_pin)
    # a leaf the pinned CA did not sign, sent with the real agency chain behind it
    stray = station_leaf(agency_pki("Other").intermediate)
    with pytest.raises(PinRefused, match="does not chain to the pinned agency CA"):
        check_chain("127.0.0.1", [to_pem(stray.cert), *chain[1:]], PinMode.AGENCY_CA, root_pin)


def test_the_stored_pin_reads_back_and_a_tampered_one_is_refused(pki: Pki) -> None:
    leaf = station_leaf(pki.intermediate)
    certificate = Pin(PinMode.CERTIFICATE, to_pem(leaf.cert))
    assert certificate.dumps() == to_pem(leaf.cert)  # as links enrolled before the CA mode hold it
    assert Pin.loads(certificate.dumps()) == certificate
    by_key = Pin(PinMode.AGENCY_CA, to_pem(pki.root.cert))
    stored = by_key.dumps()
    assert normalise_fingerprint(spki_pin(pki.root.cert)) in stored.splitlines()[0]
    assert Pin.loads(stored) == by_key and by_key.context().check_hostname
    swapped = stored.replace(to_pem(pki.root.cert), to_pem(agency_pki().root.cert))
    with pytest.raises(PinRefused, match="does not carry the pinned key; enroll again"):
        Pin.loads(swapped)
    with pytest.raises(PinRefused, match="unreadable; enroll again"):
        Pin.loads("-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n").context()


# -- `epcr-station serve` and `enroll` agree -------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pins_printed(text: str) -> tuple[str, list[str]]:
    """The certificate fingerprint and the agency CA key pins a station command printed."""
    group = r"((?:[0-9a-f]{4} ){15}[0-9a-f]{4})"
    found = re.search(rf"Station certificate fingerprint: {group}", text)
    assert found, text
    return found.group(1), re.findall(rf"Agency CA key pin \(.*\): {group}", text)


@pytest.mark.parametrize("certificate", ["self-signed", "agency"])
def test_enroll_prints_the_pins_of_what_serve_presents(
    tmp_path: Path,
    pki: Pki,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    certificate: str,
) -> None:
    home = tmp_path / "station-home"
    monkeypatch.setenv("EPCR_STATION_HOME", str(home))
    monkeypatch.delenv("EPCR_STATION_DATABASE_URL", raising=False)
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    port = free_port()
    serve = [sys.executable, "-m", "epcr.station.cli", "--database-url", url, "serve"]
    serve += ["--host", "127.0.0.1", "--port", str(port)]
    leaf = station_leaf(pki.intermediate)
    if certificate == "agency":
        ensure_certificate(home)  # a self-signed one lying in the data folder must not be what enroll shows
        cert, key = write_tls(tmp_path / "agency-tls", pki.chain(leaf), leaf.key)
        serve += ["--cert", str(cert), "--key", str(key)]
    env = {**os.environ, "EPCR_STATION_HOME": str(home), "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen(
        serve, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        said = _until_listening(server, port)
        served_print, served_cas = pins_printed(said)

        assert station_main(["--database-url", url, "enroll", "--device", "Medic 12"]) == 0
        out = capsys.readouterr().out
        code = out.split("Medic 12: ")[1].split()[0]
        enroll_print, enroll_cas = pins_printed(out)
        assert (enroll_print, enroll_cas) == (served_print, served_cas)
        station_url = f"https://127.0.0.1:{port}"
        if certificate == "self-signed":
            assert enroll_print == fingerprint((home / "station.crt").read_text()) and enroll_cas == []
            assert "--ca-key" not in out
            pins: list[tuple[str | None, str | None]] = [(enroll_print, None)]
        else:
            assert enroll_print == fingerprint(to_pem(leaf.cert))
            assert enroll_cas == [spki_pin(pki.intermediate.cert), spki_pin(pki.root.cert)]
            assert f"--ca-key '{spki_pin(pki.root.cert)}'" in out  # the command shown pins the root's key
            pins = [(enroll_print, None), (None, enroll_cas[-1])]
        for n, (print_, ca_key) in enumerate(pins):  # a device enrolled each way syncs with the real serve
            device = new_device(tmp_path, f"device-{n}")
            lock_calls(device, 2, first=10 * n)
            if n:
                assert station_main(["--database-url", url, "enroll", "--device", f"Medic {20 + n}"]) == 0
                code = capsys.readouterr().out.split(f"Medic {20 + n}: ")[1].split()[0]
            enroll(device, station_url, code, "A-0001", fingerprint=print_, ca_key=ca_key)
            assert Syncer(device).run().accepted == 2
            device.close()
    finally:
        server.terminate()
        server.wait(10)


def _until_listening(server: subprocess.Popen[str], port: int) -> str:
    """What `serve` printed up to its start line; then wait until it accepts connections."""
    assert server.stdout is not None
    said = []
    for line in server.stdout:
        said.append(line)
        if line.startswith("epcr station "):
            break
    else:
        raise AssertionError("serve ended before it started:\n" + "".join(said))
    deadline = datetime.now(UTC) + timedelta(seconds=START_TIMEOUT_S)
    while datetime.now(UTC) < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return "".join(said)
        except OSError:
            if server.poll() is not None:
                break
    raise AssertionError("serve did not listen:\n" + "".join(said))


def test_serve_refuses_certificate_files_that_would_not_work(
    tmp_path: Path, pki: Pki, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "station-home"
    monkeypatch.setenv("EPCR_STATION_HOME", str(home))
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    leaf = station_leaf(pki.intermediate)
    cert, key = write_tls(tmp_path / "good", pki.chain(leaf), leaf.key)
    other = station_leaf(pki.intermediate)
    _, other_key = write_tls(tmp_path / "other", pki.chain(other), other.key)
    expired = station_leaf(
        pki.intermediate, valid_from=NOW - timedelta(days=9), valid_to=NOW - timedelta(days=2)
    )
    old_cert, old_key = write_tls(tmp_path / "old", pki.chain(expired), expired.key)
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n", encoding="ascii")
    cases = [
        (["--cert", str(cert)], "--cert and --key: give both"),
        (
            ["--cert", str(garbage), "--key", str(key)],
            "--cert: " + str(garbage) + " holds no PEM certificate",
        ),
        (
            ["--cert", str(cert), "--key", str(other_key)],
            "--key: " + str(other_key) + " is not the unencrypted",
        ),
        (["--cert", str(old_cert), "--key", str(old_key)], "devices would refuse it"),
        (["--cert", str(tmp_path / "missing.pem"), "--key", str(key)], "--cert: cannot read"),
    ]
    for argv, message in cases:
        status = station_main(["--database-url", url, "serve", "--port", str(free_port()), *argv])
        err = capsys.readouterr().err
        assert status == 1 and message in err, (argv, err)
    assert not (home / "served-certificate.json").exists()  # nothing recorded for enroll to print


def test_enroll_says_when_the_certificate_file_changed_since_serve_started(tmp_path: Path, pki: Pki) -> None:
    home = tmp_path / "station-home"
    leaf = station_leaf(pki.intermediate)
    cert, key = write_tls(tmp_path / "tls", pki.chain(leaf), leaf.key)
    served = for_serve(home, cert, key)
    assert for_enroll(home) == (served, None)
    assert (home / "served-certificate.json").stat().st_mode & 0o777 == 0o600
    renewed = station_leaf(pki.intermediate)
    write_tls(tmp_path / "tls", pki.chain(renewed), renewed.key)  # renewed in place, serve not restarted
    still, warning = for_enroll(home)
    assert still.chain == served.chain  # the pins of what serve presents now, not of the new file
    assert warning is not None and "changed since `epcr-station serve` started" in warning
    with pytest.raises(StationError, match="--cert and --key: give both"):
        for_serve(home, cert, None)
