"""The device secret: key slots need the PIN and a secret kept outside the data folder; the files alone,
copied to another machine, do not open with the right PIN (the recovery key does); the lockout state cannot be
reset by editing or rolling back the key file; wrong PINs typed at once are judged one at a time; station
tokens live in the secret store, not in the database."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import stat
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring

from epcr.device import Device
from epcr.security.accounts import Account
from epcr.security.device_secret import (
    SECRETS_DIR_ENV,
    DeviceSecrets,
    Entry,
    file_lock,
    secrets_dir,
    write_private,
)
from epcr.security.kdf import KdfParams, derive_key, hash_pin
from epcr.security.keyslots import (
    LEGACY_FORMAT,
    AccountLocked,
    DeviceSecretMissing,
    KeySlotError,
    KeySlots,
    Slot,
    WrongPin,
    _recovery_kek,
    _sealed_kek,
    new_database_key,
    new_recovery_key,
)
from epcr.security.pin_keys import pin_key
from epcr.security.roles import Role
from epcr.store.database import Database
from epcr.store.links import Link, QaLink
from epcr.sync.client import Syncer, SyncFailed

ADMIN = Account(id="A-0001", name="Ada Admin", role=Role.ADMIN)
EMT = Account(id="E-2210", name="Luis Ortega", role=Role.EMT, level="EMT-Basic")
MEDIC = Account(id="P-2001", name="Jana Müller", role=Role.EMT, level="Paramedic")
PINS = {"A-0001": "900001", "E-2210": "221022", "P-2001": "24681357"}
WRONG = "582046"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def secrets_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own secrets folder (the session-wide one from tests/conftest.py is shared by copies)."""
    folder = tmp_path / "secrets"
    monkeypatch.setenv(SECRETS_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def set_up(tmp_path: Path, secrets_here: Path) -> tuple[Device, str]:
    """A device with an admin and an EMT, and its recovery key."""
    place = Device.at(tmp_path / "home")
    session, recovery = place.set_up(ADMIN, PINS["A-0001"])
    session.add_account(EMT, PINS["E-2210"])
    session.log_out()
    return place, recovery


@pytest.fixture
def device(set_up: tuple[Device, str]) -> Device:
    return set_up[0]


def pin_only_opens(keys: Path, account_id: str, pin: str) -> bool:
    """What an attacker holding the two files and the right PIN (but not the device secret) can do with them:
    the slot's own derivation, then the wrapped key."""
    data = json.loads(keys.read_text())
    slot = Slot.from_json(data["slots"][account_id])
    assert slot.kdf is not None
    kek = derive_key(pin, slot.kdf)
    file_id = bytes.fromhex(data["file_id"])
    if slot.sealed is not None:
        shared = X25519PrivateKey.from_private_bytes(kek).exchange(
            X25519PublicKey.from_public_bytes(slot.sealed)
        )
        kek = bytes(_sealed_kek(shared, slot.sealed, file_id, account_id))
    try:
        AESGCM(kek).decrypt(slot.nonce, slot.wrapped, file_id + account_id.encode())
    except InvalidTag:
        return False
    return True


def audit_actions(device: Device, account_id: str, clock: Clock | None = None) -> list[tuple[str, Any]]:
    session = device.log_in(account_id, PINS[account_id], *([clock] if clock else []))
    try:
        return [(a.action, a.new_value) for a in session.db.audit_trail()]
    finally:
        session.log_out()


# -- where the secret lives, and file modes --------------------------------------------------------------


def test_set_up_keeps_the_secret_outside_the_data_folder_in_private_files(
    device: Device, secrets_here: Path
) -> None:
    slots = KeySlots.load(device.keys)
    entry_file = secrets_here / f"{slots.file_id.hex()}.json"
    assert stat.S_IMODE(secrets_here.stat().st_mode) == 0o700
    assert stat.S_IMODE(entry_file.stat().st_mode) == 0o600
    assert len(Entry.from_text(entry_file.read_text()).secret) == 32
    for path in (device.keys, device.keys.with_name(device.keys.name + ".lock")):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert not device.keys.with_name(device.keys.name + ".tmp").exists()
    secret_hex = json.loads(entry_file.read_text())["secret"]
    for path in device.home.iterdir():  # nothing in the data folder holds the secret
        assert secret_hex.encode() not in path.read_bytes(), path


def test_a_looser_key_file_is_tightened_when_opened(device: Device) -> None:
    os.chmod(device.keys, 0o644)
    KeySlots.load(device.keys)
    assert stat.S_IMODE(device.keys.stat().st_mode) == 0o600


def test_private_files_are_0600_even_over_a_looser_leftover(tmp_path: Path) -> None:
    target = tmp_path / "epcr.sqlite3.keys"
    leftover = tmp_path / "epcr.sqlite3.keys.tmp"
    leftover.write_text("half a file from a crash")
    os.chmod(leftover, 0o644)
    write_private(target, "{}")
    assert target.read_text() == "{}" and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not leftover.exists()
    lock = tmp_path / "epcr.sqlite3.keys.lock"
    lock.touch(mode=0o644)
    with file_lock(lock):
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600


def test_the_secrets_folder_may_not_be_inside_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SECRETS_DIR_ENV, str(tmp_path / "home" / "secrets"))
    with pytest.raises(KeySlotError, match="EPCR_SECRETS_DIR"):
        Device.at(tmp_path / "home").set_up(ADMIN, PINS["A-0001"])
    assert not (tmp_path / "home" / "epcr.sqlite3").exists()


def test_the_default_secrets_folder_is_not_the_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SECRETS_DIR_ENV)
    monkeypatch.setenv("XDG_STATE_HOME", "/var/tmp/state")
    assert secrets_dir() == Path("/var/tmp/state/epcr-secrets")


# -- another machine --------------------------------------------------------------------------------------


def test_the_data_folder_on_another_machine_does_not_open_with_the_right_pin(
    set_up: tuple[Device, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    device, recovery = set_up
    session = device.log_in("E-2210", PINS["E-2210"])
    report = session.create_report()
    session.save_field(report.uuid, "patient.last_name", "Okafor")
    session.log_out()
    admin = device.log_in("A-0001", PINS["A-0001"])
    link = Link("http://127.0.0.1:9", "st-1", "dev-1", "device-token-1", "2026-11-25")
    admin.db.set_station_link(link, "A-0001")
    admin.log_out()

    stolen = Device.at(tmp_path / "elsewhere")
    shutil.copytree(device.home, stolen.home)
    monkeypatch.setenv(SECRETS_DIR_ENV, str(tmp_path / "other-machine-secrets"))
    for account_id in ("E-2210", "A-0001"):
        with pytest.raises(DeviceSecretMissing, match=r"set up on another device.*use the recovery key"):
            stolen.log_in(account_id, PINS[account_id])
        assert not pin_only_opens(stolen.keys, account_id, PINS[account_id])  # the files alone: nothing

    session = stolen.recover(recovery, ADMIN, "917305")  # the paper recovery key alone still opens it
    assert session.db.open_report(report.uuid).patient.last_name == "Okafor"
    moved = session.db.station_link()
    assert moved is not None and moved.token == ""  # the token stayed on the first machine
    with pytest.raises(SyncFailed, match="enroll again"):
        Syncer(session.db).run()
    removed = [a.new_value for a in session.db.audit_trail() if a.action.startswith("key slots removed")]
    assert len(removed) == 1 and removed[0]["accounts"] == ["A-0001", "E-2210"]
    session.log_out()
    stolen.log_in("A-0001", "917305").log_out()  # the new PIN, bound to this machine's new secret
    assert KeySlots.load(stolen.keys).accounts() == ["A-0001"]
    monkeypatch.setenv(SECRETS_DIR_ENV, str(tmp_path / "secrets"))
    device.log_in("E-2210", PINS["E-2210"]).log_out()  # the first machine is untouched


# -- a key file from before the device secret (format 1) --------------------------------------------------


def legacy_device(home: Path) -> tuple[Device, bytes]:
    """A data folder as the previous version wrote it: PIN-only slots (one sealed by the roster), unsigned
    state, the station token in the database."""
    place = Device.at(home)
    home.mkdir(parents=True)
    database_key, recovery, file_id = new_database_key(), new_recovery_key(), os.urandom(16)
    with Database(place.database, key=database_key) as db:
        for account in (ADMIN, EMT, MEDIC):
            db.add_account(account, hash_pin(PINS[account.id]), ADMIN.id)
        db.set_station_link(Link("http://127.0.0.1:9", "st-1", "dev-1", "old-token", "2026-11-25"), ADMIN.id)
        db.set_qa_link(QaLink("http://127.0.0.1:9", "qa-token", None), ADMIN.id)

    def wrapped(kek: bytes, account_id: str) -> tuple[str, str]:
        nonce = os.urandom(12)
        return nonce.hex(), AESGCM(kek).encrypt(nonce, database_key, file_id + account_id.encode()).hex()

    slots: dict[str, Any] = {}
    nonce, box = wrapped(bytes(_recovery_kek(recovery, file_id)), "_recovery")
    slots["_recovery"] = {"kdf": None, "nonce": nonce, "wrapped": box}
    for account in (ADMIN, EMT):
        params = KdfParams.fresh()
        nonce, box = wrapped(derive_key(PINS[account.id], params), account.id)
        slots[account.id] = {"kdf": params.as_json(), "nonce": nonce, "wrapped": box, "failures": 0}
    slots[EMT.id].update(failures=2, failed_at=["2026-11-24T10:00:00+00:00", "2026-11-24T10:01:00+00:00"])
    member = pin_key(PINS[MEDIC.id])  # the roster's way: only the public half of the PIN's key
    ephemeral = X25519PrivateKey.generate()
    sealed = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(member.public))
    nonce, box = wrapped(bytes(_sealed_kek(shared, sealed, file_id, MEDIC.id)), MEDIC.id)
    slots[MEDIC.id] = {"kdf": member.params.as_json(), "nonce": nonce, "wrapped": box, "sealed": sealed.hex()}
    place.keys.write_text(json.dumps({"format": LEGACY_FORMAT, "file_id": file_id.hex(), "slots": slots}))
    return place, database_key


def test_a_format_1_key_file_is_bound_to_the_device_as_each_account_logs_in(
    tmp_path: Path, secrets_here: Path
) -> None:
    place, database_key = legacy_device(tmp_path / "home")
    assert all(pin_only_opens(place.keys, a, PINS[a]) for a in PINS)  # before: the files alone suffice

    session = place.log_in("A-0001", PINS["A-0001"])
    data = json.loads(place.keys.read_text())
    assert data["format"] == "epcr-keyslots/2" and data["mac"]
    assert data["slots"]["A-0001"]["bound"] and not data["slots"]["E-2210"]["bound"]
    assert not pin_only_opens(place.keys, "A-0001", PINS["A-0001"])
    assert pin_only_opens(place.keys, "E-2210", PINS["E-2210"])  # until E-2210 logs in
    with session.db.unit_of_work() as uow:  # the tokens moved out of the database at this login
        assert uow.db.execute("SELECT token FROM station_link").fetchone()[0] == ""
        assert uow.db.execute("SELECT token FROM qa_link").fetchone()[0] == ""
    link, qa = session.db.station_link(), session.db.qa_link()
    assert link is not None and link.token == "old-token" and qa is not None and qa.token == "qa-token"
    assert b"old-token" not in (secrets_here / f"{data['file_id']}.json").read_bytes()  # encrypted there too
    session.log_out()

    for account_id in ("E-2210", "P-2001"):  # a plain slot and a roster-sealed one
        emt = place.log_in(account_id, PINS[account_id])
        assert bytes(emt._key or b"") == database_key
        if account_id == "E-2210":  # the failures counted before the upgrade reach the audit trail
            assert [a.new_value for a in emt.db.audit_trail() if a.action == "failed login"] == [
                {"at": "2026-11-24T10:00:00+00:00"},
                {"at": "2026-11-24T10:01:00+00:00"},
            ]
        emt.log_out()
        assert not pin_only_opens(place.keys, account_id, PINS[account_id])
    slots = json.loads(place.keys.read_text())["slots"]
    assert all(slots[a]["bound"] for a in PINS) and slots["P-2001"]["sealed"]
    place.log_in("P-2001", PINS["P-2001"]).log_out()  # still opens once bound


def test_a_key_file_put_back_in_format_1_counts_as_altered(device: Device) -> None:
    data = json.loads(device.keys.read_text())
    data["format"] = LEGACY_FORMAT
    for key in ("mac", "generation", "altered"):
        data.pop(key)
    device.keys.write_text(json.dumps(data))
    with pytest.raises(AccountLocked, match="key file was altered"):
        device.log_in("E-2210", PINS["E-2210"])


# -- lockout state that editing or rolling back the file cannot reset ---------------------------------------


def test_an_edited_lockout_counts_as_locked_and_reaches_the_audit_trail(device: Device) -> None:
    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongPin):
            device.log_in("E-2210", WRONG, clock)
    data = json.loads(device.keys.read_text())
    data["slots"]["E-2210"]["failures"] = 0  # the attacker's edit: a clean slate
    device.keys.write_text(json.dumps(data))
    with pytest.raises(AccountLocked, match="key file was altered") as locked:
        device.log_in("E-2210", PINS["E-2210"], clock)
    assert locked.value.until == clock.now + timedelta(hours=1)  # the worst case: the longest lockout
    with pytest.raises(AccountLocked):
        device.log_in("A-0001", PINS["A-0001"], clock)  # every account
    clock.now += timedelta(hours=1, seconds=1)
    trail = audit_actions(device, "E-2210", clock)
    altered = [d for a, d in trail if a == "key file lockout state was altered"]
    assert (
        len(altered) == 1
        and "edited" in altered[0]["why"]
        and altered[0]["at"] == "2026-11-25T18:00:00+00:00"
    )
    assert len([a for a, _ in trail if a == "failed login"]) == 3
    again = audit_actions(device, "E-2210", clock)  # handed over once, not at every login
    assert [a for a, _ in again].count("key file lockout state was altered") == 1


def test_an_older_copy_of_the_key_file_put_back_counts_as_locked(device: Device) -> None:
    clock = Clock()
    before = device.keys.read_bytes()
    for _ in range(5):
        with pytest.raises(WrongPin):
            device.log_in("E-2210", WRONG, clock)
    device.keys.write_bytes(before)  # a signed file, but older than the secret store's generation
    with pytest.raises(AccountLocked, match="altered"):
        device.log_in("E-2210", PINS["E-2210"], clock)
    clock.now += timedelta(hours=1, seconds=1)
    trail = audit_actions(device, "A-0001", clock)
    assert any(a == "key file lockout state was altered" and "rolled back" in d["why"] for a, d in trail)


def test_a_key_file_without_its_authentication_code_counts_as_altered(device: Device) -> None:
    data = json.loads(device.keys.read_text())
    del data["mac"]
    device.keys.write_text(json.dumps(data))
    with pytest.raises(AccountLocked):
        device.log_in("A-0001", PINS["A-0001"])


# -- wrong PINs typed at once are judged one at a time -------------------------------------------------------


def _wrong_pin(keys: str) -> str:
    try:
        KeySlots.load(Path(keys)).unlock("E-2210", WRONG)
    except WrongPin as error:
        return f"wrong {error.attempts_left}"
    except AccountLocked:
        return "locked"
    return "opened"


def _check_parallel_outcomes(device: Device, outcomes: list[str]) -> None:
    assert sorted(outcomes) == sorted(
        ["wrong 4", "wrong 3", "wrong 2", "wrong 1", "wrong 0"] + ["locked"] * 15
    )
    with pytest.raises(AccountLocked):
        device.log_in("E-2210", PINS["E-2210"])
    slot = json.loads(device.keys.read_text())["slots"]["E-2210"]
    assert len(slot["failed_at"]) == 5 and slot["lockouts"] == 1


def test_twenty_wrong_pins_in_threads_stop_at_the_lockout(device: Device) -> None:
    with ThreadPoolExecutor(20) as pool:
        outcomes = list(pool.map(_wrong_pin, [str(device.keys)] * 20))
    _check_parallel_outcomes(device, outcomes)


def test_twenty_wrong_pins_in_processes_stop_at_the_lockout(device: Device) -> None:
    with multiprocessing.get_context("fork").Pool(20) as pool:
        outcomes = pool.map(_wrong_pin, [str(device.keys)] * 20)
    _check_parallel_outcomes(device, outcomes)


# -- station tokens in the secret store ---------------------------------------------------------------------


def test_station_and_qa_tokens_live_in_the_secret_store_not_the_database(
    device: Device, secrets_here: Path
) -> None:
    session = device.log_in("A-0001", PINS["A-0001"])
    session.db.set_station_link(
        Link("http://127.0.0.1:9", "st-1", "dev-1", "tok-station", "2026-11-25"), "A-0001"
    )
    session.db.set_qa_link(QaLink("http://127.0.0.1:9", "tok-reviewer", None), "A-0001")
    with session.db.unit_of_work() as uow:
        assert uow.db.execute("SELECT token FROM station_link").fetchone()[0] == ""
        assert uow.db.execute("SELECT token FROM qa_link").fetchone()[0] == ""
    link, qa = session.db.station_link(), session.db.qa_link()
    assert link is not None and link.token == "tok-station" and qa is not None and qa.token == "tok-reviewer"
    assert "tok-station" not in repr(link) and "tok-reviewer" not in repr(qa)
    stored = b"".join(p.read_bytes() for p in secrets_here.iterdir())
    assert b"tok-station" not in stored and b"tok-reviewer" not in stored  # encrypted under the device secret
    session.log_out()
    DeviceSecrets(KeySlots.load(device.keys).file_id).put_token(
        "qa", None
    )  # the store lost the reviewer token
    session = device.log_in("A-0001", PINS["A-0001"])
    assert session.db.qa_link() is None  # connect again, rather than a request the station refuses
    session.log_out()


# -- a real keyring backend ---------------------------------------------------------------------------------


class FolderKeyring(KeyringBackend):
    """A keyring backend keeping its entries in a folder (like keyrings.alt's plaintext one): the code under
    test talks to it through keyring's own API, as to the desktop's Secret Service."""

    priority = 1

    def __init__(self, folder: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, service: str, username: str) -> Path:
        return self.folder / f"{service}-{username}"

    def get_password(self, service: str, username: str) -> str | None:
        path = self._path(service, username)
        return path.read_text() if path.exists() else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._path(service, username).write_text(password)

    def delete_password(self, service: str, username: str) -> None:
        self._path(service, username).unlink()


def test_with_a_working_keyring_the_secret_goes_there(tmp_path: Path, secrets_here: Path) -> None:
    keyring.set_keyring(FolderKeyring(tmp_path / "keyring"))
    try:
        place = Device.at(tmp_path / "home")
        place.set_up(ADMIN, PINS["A-0001"])[0].log_out()
        file_id = KeySlots.load(place.keys).file_id.hex()
        assert (tmp_path / "keyring" / f"epcr-{file_id}").exists()
        assert not (secrets_here / f"{file_id}.json").exists()  # only the lock file is in the folder
        place.log_in("A-0001", PINS["A-0001"]).log_out()
        keyring.set_keyring(FolderKeyring(tmp_path / "another-keyring"))
        with pytest.raises(DeviceSecretMissing):
            place.log_in("A-0001", PINS["A-0001"])
    finally:
        keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]


# -- key material kept out of sight, and zeroed at logout ----------------------------------------------------


def test_keys_and_pins_stay_out_of_reprs_and_messages(device: Device) -> None:
    session = device.log_in("A-0001", PINS["A-0001"])
    key = session._key
    assert key is not None and any(key)
    slots = KeySlots.load(device.keys)
    texts = [repr(slots), repr(slots.slots["A-0001"]), repr(DeviceSecrets(slots.file_id))]
    with pytest.raises(WrongPin) as wrong:
        slots.unlock("E-2210", WRONG)
    texts.append(str(wrong.value))
    entry = Entry.from_text((Path(os.environ[SECRETS_DIR_ENV]) / f"{slots.file_id.hex()}.json").read_text())
    texts.append(repr(entry))
    for text in texts:
        for secret in (
            key.hex(),
            WRONG,
            PINS["A-0001"],
            entry.secret.hex(),
            slots.slots["A-0001"].wrapped.hex(),
        ):
            assert secret not in text, text
    session.log_out()
    assert key == bytearray(32)  # zeroed at logout


def test_the_cli_on_another_machine_says_what_to_do_and_recovers(
    set_up: tuple[Device, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from epcr.cli import main

    device, recovery = set_up
    moved = tmp_path / "moved"
    shutil.copytree(device.home, moved)
    monkeypatch.setenv(SECRETS_DIR_ENV, str(tmp_path / "new-laptop-secrets"))
    db = str(moved / "epcr.sqlite3")
    monkeypatch.setenv("EPCR_USER", "E-2210")
    monkeypatch.setenv("EPCR_PIN", PINS["E-2210"])
    assert main(["--db", db, "list"]) != 0
    err = capsys.readouterr().err
    assert "set up on another device" in err and "recovery key" in err and "Traceback" not in err
    monkeypatch.setenv("EPCR_RECOVERY_KEY", recovery)
    monkeypatch.setenv("EPCR_NEW_PIN", "917305")
    assert main(["--db", db, "recover", "--admin-id", "A-0001"]) == 0
    out = capsys.readouterr().out
    assert "A-0001 can log in again" in out and "for E-2210" in out
    monkeypatch.setenv("EPCR_USER", "A-0001")
    monkeypatch.setenv("EPCR_PIN", "917305")
    assert main(["--db", db, "account", "list"]) == 0
