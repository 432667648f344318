"""`epcr unit`: the unit this device rides in (vehicle number, call sign, capability), which every new report
starts with together with the agency's settings (epcr.prefill). Set by an admin on the device; audited."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from epcr.cli.auth import open_session
from epcr.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, CommandError

if TYPE_CHECKING:
    from epcr.domain.unit import Unit
    from epcr.session import Session

OPTIONS = {"vehicle_number": "--vehicle", "call_sign": "--call-sign", "unit_capability": "--capability"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    unit = commands.add_parser("unit", help="the unit this device rides in: new reports start with it")
    actions = unit.add_subparsers(dest="unit_command", metavar="ACTION", required=True)
    setting = actions.add_parser(
        "set",
        help="set the vehicle and call sign (admin)",
        epilog='example: epcr unit set --vehicle 12 --call-sign "Medic 12" --capability 2207015 '
        "(eResponse.07 codes: see `epcr unit show --codes`)",
    )
    setting.add_argument("--vehicle", required=True, help="eResponse.13 EMS vehicle (unit) number, e.g. 12")
    setting.add_argument("--call-sign", required=True, help='eResponse.14 unit call sign, e.g. "Medic 12"')
    setting.add_argument(
        "--capability", metavar="CODE", help="eResponse.07 unit capability code (default: the agency's)"
    )
    actions.add_parser("clear", help="no unit: new reports leave vehicle and call sign empty (admin)")
    show = actions.add_parser("show", help="the unit and the agency settings new reports start with")
    show.add_argument("--codes", action="store_true", help="also list the eResponse.07 capability codes")


def cmd_unit(args: argparse.Namespace) -> int:
    from epcr.domain.errors import InvalidInput
    from epcr.security.roles import NotPermitted

    session = open_session(args)
    try:
        if args.unit_command == "set":
            unit = _unit(args)
            session.set_unit(unit)
            print(
                f"this device rides in {unit.call_sign} (vehicle {unit.vehicle_number}); new reports say so"
            )
        elif args.unit_command == "clear":
            session.set_unit(None)
            print("no unit set: new reports leave vehicle and call sign empty")
        else:
            _show(session, args.codes)
    except NotPermitted as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    except InvalidInput as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    finally:
        session.log_out()
    return EXIT_OK


def _unit(args: argparse.Namespace) -> Unit:
    """The unit from the options, or InvalidInput naming each option and what it allows."""
    from pydantic import ValidationError

    from epcr.domain.errors import InvalidInput, Problem, problems_from
    from epcr.domain.unit import Unit

    try:
        return Unit.model_validate(
            {"vehicle_number": args.vehicle, "call_sign": args.call_sign, "unit_capability": args.capability}
        )
    except ValidationError as error:
        problems = [Problem(OPTIONS.get(p.path, p.path), p.message) for p in problems_from(error)]
        raise InvalidInput(problems) from None


def _show(session: Session, codes: bool) -> None:
    from epcr.domain.nemsis.codes import TypeOfService, UnitCapability
    from epcr.sync.agency import settings

    unit, agency = session.unit(), settings(session.db.path.parent)
    own = unit.unit_capability if unit else None
    default = agency.unit_capability if agency else None
    print(f"vehicle (eResponse.13):    {unit.vehicle_number if unit else '(not set: epcr unit set)'}")
    print(f"call sign (eResponse.14):  {unit.call_sign if unit else ''}")
    print(f"capability (eResponse.07): {_coded(own or default)}{'' if own or not default else ' (agency)'}")
    if agency is None:
        print("agency settings: none yet (they come with the first sync from the station)")
    else:
        print(f"agency (eResponse.01/.02): {agency.agency_number or ''} {agency.agency_name}")
        print(f"type of service (eResponse.05): {_coded(agency.type_of_service)}")
        print(f"PCR number pattern (eRecord.01): {agency.pcr_number_pattern or '(none: typed by the crew)'}")
    if codes:
        for kind in (UnitCapability, TypeOfService):
            print(f"\n{kind.__doc__}:")
            for member in kind:
                print(f"  {member.value}  {member.label}")


def _coded(code: object) -> str:
    label = getattr(code, "label", None)
    return f"{code} {label}" if label else "(none)"


__all__ = ["add_parser", "cmd_unit"]
