"""Device and roster commands: init, recover, account, audit, scope."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from epcr.cli.auth import ask, ask_new_pin, device, open_session
from epcr.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, CommandError, home_folder, write_or_print

if TYPE_CHECKING:
    from epcr.rules.scope import ScopeTable


def _account(args: argparse.Namespace, role: str) -> object:
    from pydantic import ValidationError

    from epcr.domain.errors import as_invalid_input
    from epcr.security.accounts import Account

    try:
        return Account.model_validate(
            {
                "id": args.id,
                "name": args.name,
                "role": role,
                "level": getattr(args, "level", None),
                "certification_number": getattr(args, "cert", None),
                "certification_expires": getattr(args, "expires", None),
                "endorsements": getattr(args, "endorsement", None) or [],
            }
        )
    except ValidationError as error:
        raise CommandError("; ".join(map(str, as_invalid_input(error).problems)), EXIT_BAD_INPUT) from None


def cmd_init(args: argparse.Namespace) -> int:
    """A new encrypted database with its first admin; prints the recovery key once."""
    from epcr.security.keyslots import KeySlotError

    admin = _account(argparse.Namespace(id=args.admin_id, name=args.name), "admin")
    pin = ask_new_pin("EPCR_PIN", args.admin_id)
    try:
        session, recovery = device(args).set_up(admin, pin)  # type: ignore[arg-type]
    except KeySlotError as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    session.log_out()
    print(f"set up {device(args).database} with admin {args.admin_id}.")
    print(
        "recovery key - write it down and keep it locked away; it is shown only now and opens the database "
        f"if every PIN is lost:\n  {recovery}"
    )
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from epcr.security.keyslots import KeySlotError, KeySlots
    from epcr.security.roles import NotPermitted

    admin = _account(argparse.Namespace(id=args.admin_id, name=args.name or args.admin_id), "admin")
    recovery = ask("Recovery key: ", "EPCR_RECOVERY_KEY")
    pin = ask_new_pin("EPCR_NEW_PIN", args.admin_id)
    try:
        session = device(args).recover(recovery, admin, pin)  # type: ignore[arg-type]
    except (KeySlotError, NotPermitted) as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    slotted = set(KeySlots.load(device(args).keys).accounts())
    unslotted = [a.id for a in session.accounts() if a.active and a.id not in slotted]
    session.log_out()
    print(f"{args.admin_id} can log in again with the new PIN.")
    if unslotted:  # their slots were bound to the secret of the device this data folder came from
        print(
            f"no PIN opens this database on this device yet for {', '.join(unslotted)}; members of the "
            "station's roster get theirs at the first sync after enrolling again (epcr sync enroll)."
        )
    return EXIT_OK


def cmd_account(args: argparse.Namespace) -> int:
    from epcr.domain.errors import InvalidInput
    from epcr.security.keyslots import KeySlotError
    from epcr.security.roles import Action, NotPermitted
    from epcr.store.accounts import AccountExists, AccountNotFound

    session = open_session(args)
    try:
        if args.account_command == "list":
            for a in session.accounts():
                level = a.level.value if a.level else ""
                state = "" if a.active else "  (removed)"
                expires = a.certification_expires.isoformat() if a.certification_expires else ""
                print(f"{a.id:10} {a.role.value:6} {level:17} {expires:10}  {a.name}{state}")
        elif args.account_command == "add":
            account = _account(args, args.role)
            session.require(Action.ROSTER)  # before asking for a PIN that would be refused anyway
            session.add_account(account, ask_new_pin("EPCR_NEW_PIN", args.id))  # type: ignore[arg-type]
            print(f"added {args.id}; that PIN now opens this database")
        elif args.account_command == "remove":
            session.remove_account(args.id)
            print(f"removed {args.id}; its PIN no longer opens this database")
        else:
            session.change_pin(
                ask(f"Current PIN for {session.who}: ", "EPCR_PIN"), ask_new_pin("EPCR_NEW_PIN", session.who)
            )
            print(f"PIN changed for {session.who}")
    except (NotPermitted, KeySlotError, AccountExists, AccountNotFound) as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    except InvalidInput as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    finally:
        session.log_out()
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from epcr.security.roles import NotPermitted

    session = open_session(args)
    try:
        check = session.verify_audit()
    except NotPermitted as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    finally:
        session.log_out()
    if check.intact:
        print(f"audit trail intact: {check.entries} entries, each chained to the one before")
        return EXIT_OK
    where = f"first broken entry: {check.broken_at}; " if check.broken_at is not None else ""
    print(f"audit trail BROKEN after {check.entries} good entries: {where}{check.problem}")
    return EXIT_REFUSED


def cmd_scope(args: argparse.Namespace) -> int:
    from epcr.rules.scope import ScopeTableError, load
    from epcr.rules.scope.dconfiguration import export_xml, import_toml
    from epcr.rules.scope.library import active_scope, install
    from epcr.security.roles import Action, NotPermitted

    home = home_folder(args)
    try:
        if args.scope_command == "check":
            table = load(*args.file)
            print(
                f"{args.file[-1]}: ok ({table.name}: {len(table.skills)} skills, "
                f"layers {' > '.join(table.layers)})"
            )
        elif args.scope_command == "install":
            session = open_session(args)  # installing changes what every crew member may do: admins only
            try:
                session.require(Action.SCOPE)
                table = install(home, args.file)
                session.db.record_event(session.who, "scope table installed", detail={"table": table.id})
            finally:
                session.log_out()
            print(
                f"installed {table.name!r} ({len(table.skills)} skills) "
                f"as the agency table in {home / 'scope'}"
            )
        elif args.scope_command == "import":
            text = import_toml(args.file, args.id, f"Imported from {args.file.name}", args.jurisdiction)
            write_or_print(text, args.output)
        else:
            scope = active_scope(home)
            for problem in scope.problems:
                print(f"epcr: scope table: {problem}", file=sys.stderr)
            if args.scope_command == "export":
                write_or_print(export_xml(scope.table, date.today(), args.state), args.output)
            else:
                _show_scope(scope.table, args.level, date.fromisoformat(args.on) if args.on else date.today())
    except ScopeTableError as error:
        raise CommandError(f"scope table refused, nothing changed: {error}", EXIT_BAD_INPUT) from None
    except NotPermitted as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    except ValueError as error:
        raise CommandError(str(error), EXIT_BAD_INPUT) from None
    return EXIT_OK


def _show_scope(table: ScopeTable, level: str | None, on: date) -> None:
    from epcr.rules.scope import Kind

    print(f"{table.name} ({' > '.join(table.layers)}), read for {on.isoformat()}")
    if level is not None and level not in table.ladder:
        raise ValueError(f"--level: unknown level {level!r}; levels: {', '.join(table.ladder)}")
    for skill in table.skills:
        if not skill.in_effect(on):
            continue
        grants = ", ".join(str(g) for g in skill.grants)
        routes = "; ".join(f"{r}: {', '.join(map(str, g))}" for r, g in skill.routes.items())
        if level is not None:
            held = table.covers(level)
            allowed = [
                g
                for g in (*skill.grants, *(g for gs in skill.routes.values() for g in gs))
                if g.level in held
            ]
            if not allowed:
                continue
            grants = ", ".join(str(g) for g in allowed)
        kind = "proc" if skill.kind is Kind.PROCEDURE else "med "
        print(f"  {kind}  {skill.name:58.58}  {grants}{'  routes ' + routes if routes else ''}")


__all__ = ["cmd_account", "cmd_audit", "cmd_init", "cmd_recover", "cmd_scope"]
