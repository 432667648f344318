"""PIN rules: at least 6 characters; digits that are not a repeat, a repeated group, a run or a common PIN;
passphrases allowed. The message names the field and what is allowed, and never repeats the PIN."""

from __future__ import annotations

from pathlib import Path

import pytest

from epcr.demo import demo_accounts
from epcr.device import Device
from epcr.domain.errors import InvalidInput
from epcr.security.accounts import COMMON_PINS, Account, check_pin, pin_problem
from epcr.security.roles import Role

REFUSED = {
    "too short": ["", "1", "1234", "90210", "abcde"],
    "one digit repeated": ["000000", "111111", "99999999"],
    "a repeated group": ["121212", "123123", "10421042", "567567", "20262026", "abcabc"],
    "a run up or down": ["123456", "987654", "890123", "098765", "0123456789", "3210987"],
    "common": ["112233", "159753", "147258", "123321", "789456", "11223344"],
}
ACCEPTED = ["900001", "221022", "135791", "10422401", "31427586", "correct horse battery", "ambulance!"]


@pytest.mark.parametrize("pin", [pin for pins in REFUSED.values() for pin in pins])
def test_weak_pins_are_refused_with_the_field_and_what_is_allowed(pin: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_pin(pin)
    [problem] = caught.value.problems
    assert problem.path == "pin" and str(problem).startswith("pin: ")
    assert "6 or more digits" in problem.message and "passphrase" in problem.message
    if len(pin) >= 4:
        assert pin not in str(caught.value)  # the PIN itself never goes into a message or a log


@pytest.mark.parametrize("pin", ACCEPTED)
def test_good_pins_and_passphrases_pass(pin: str) -> None:
    assert pin_problem(pin) is None
    check_pin(pin)


def test_other_shapes_are_refused() -> None:
    assert pin_problem(" 9000017") is not None  # spaces at the ends
    assert pin_problem("9" * 64 + "1" * 65) is not None  # over 128 characters


def test_the_common_list_holds_only_what_the_pattern_rules_miss() -> None:
    assert all(pin.isdigit() and len(pin) >= 6 for pin in COMMON_PINS)
    assert all(pin_problem(pin) and "common" in (pin_problem(pin) or "") for pin in COMMON_PINS)


def test_every_demo_pin_passes_the_rule() -> None:
    for account, pin in demo_accounts():
        assert pin_problem(pin) is None, account.id
    pins = [pin for _, pin in demo_accounts()]
    assert len(set(pins)) == len(pins)


def test_set_up_and_new_accounts_refuse_a_weak_pin_and_write_nothing(tmp_path: Path) -> None:
    place = Device.at(tmp_path / "home")
    admin = Account(id="A-0001", name="Ada Admin", role=Role.ADMIN)
    with pytest.raises(InvalidInput):
        place.set_up(admin, "123456")
    assert not place.is_set_up() and not place.database.exists()
    session, _ = place.set_up(admin, "900001")
    with pytest.raises(InvalidInput):
        session.add_account(Account(id="E-1", name="Eve", role=Role.EMT), "111111")
    assert [a.id for a in session.accounts()] == ["A-0001"]
    with pytest.raises(InvalidInput):
        session.change_pin("900001", "654321")
    session.log_out()
    place.log_in("A-0001", "900001").log_out()  # the old PIN still opens: nothing changed
