"""The `epcr-station` command: serve, enroll a device, revoke one, list devices.

The database is --database-url URL, else $EPCR_STATION_DATABASE_URL, else a SQLite file in the station's
data folder ($EPCR_STATION_HOME, else the per-user data folder's epcr-station/).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from epcr.domain.levels import Level
from epcr.folders import station_home
from epcr.security.roles import Role

DB_FILE = "station.sqlite3"


def database_url(args: argparse.Namespace) -> str:
    home = station_home()
    if home.exists():  # made 0755 by an earlier version: it holds the TLS key, maybe the database and its key
        home.chmod(0o700)
    if args.database_url:
        return str(args.database_url)
    if url := os.environ.get("EPCR_STATION_DATABASE_URL"):
        return url
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    return f"sqlite:///{home / DB_FILE}"


def parser() -> argparse.ArgumentParser:
    try:
        current = version("epcr")
    except PackageNotFoundError:
        current = "unknown"
    main = argparse.ArgumentParser(
        prog="epcr-station",
        description="epcr station server: receives locked reports from ambulances when they dock.",
    )
    main.add_argument("--version", action="version", version=f"epcr-station {current}")
    main.add_argument(
        "--database-url",
        metavar="URL",
        help="sqlite:///PATH or postgresql+psycopg://user@host/db (default: SQLite in the data folder)",
    )
    # Also accepted after the command (`epcr-station serve --database-url ...`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database-url", metavar="URL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    commands = main.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser("serve", parents=[common], help="run the station (HTTPS API for devices)")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    serve.add_argument("--port", type=int, default=8443, help="port (default 8443)")
    serve.add_argument(
        "--cert",
        type=Path,
        help="TLS certificate (PEM), then its agency CA chain; default: self-signed, made on first start",
    )
    serve.add_argument("--key", type=Path, help="its private key (PEM)")
    serve.add_argument(
        "--plain-http", action="store_true", help="no TLS: only behind a TLS proxy on the same machine"
    )
    enroll = commands.add_parser(
        "enroll", parents=[common], help="print a one-time code a device trades for its token"
    )
    enroll.add_argument("--device", required=True, metavar="NAME", help="the unit, e.g. 'Medic 12'")
    revoke = commands.add_parser(
        "revoke", parents=[common], help="revoke a device: its token stops working at once"
    )
    revoke.add_argument("--device", required=True, metavar="NAME")
    commands.add_parser(
        "devices", parents=[common], help="enrolled devices and how many items each delivered"
    )
    commands.add_parser(
        "rekey",
        parents=[common],
        help="a new random database key (SQLite); stop the station first",
        description="Re-encrypts the station's SQLite database with a new random key and replaces its key "
        "file (the old key is overwritten). With $EPCR_STATION_DB_KEY the new key is printed once instead: "
        "store it where the variable comes from before the next start.",
    )
    publish = commands.add_parser(
        "publish", parents=[common], help="publish agency settings (JSON) and scope table (TOML) to devices"
    )
    publish.add_argument("--settings", type=Path, required=True, metavar="FILE.json", help="agency settings")
    publish.add_argument("--scope", type=Path, metavar="FILE.toml", help="the agency's scope table")
    reviewer = commands.add_parser(
        "reviewer", parents=[common], help="QA reviewers' API tokens (search, read, review)"
    )
    reviewer_actions = reviewer.add_subparsers(dest="reviewer_command", metavar="ACTION", required=True)
    reviewer_actions.add_parser("add", help="a new reviewer; prints the token once").add_argument(
        "--name", required=True
    )
    reviewer_actions.add_parser("revoke", help="the reviewer's token stops working").add_argument(
        "--name", required=True
    )
    crew = commands.add_parser(
        "crew", parents=[common], help="the crew roster devices pull: who may log in, level, certification"
    )
    crew_actions = crew.add_subparsers(dest="crew_command", metavar="ACTION", required=True)
    add = crew_actions.add_parser("add", help="a new member; asks for their PIN")
    update = crew_actions.add_parser("update", help="change a member's details; --new-pin asks for a new PIN")
    for action, needed in ((add, True), (update, False)):
        action.add_argument("--id", required=True, help="crew member id (eCrew.01), e.g. P-2001")
        action.add_argument("--name", required=needed)
        action.add_argument("--role", choices=[r.value for r in Role], required=needed)
        action.add_argument("--level", choices=[level.value for level in Level], help="certification level")
        action.add_argument("--cert-number", metavar="NUMBER", help="state certification number")
        action.add_argument("--cert-expires", metavar="YYYY-MM-DD", help="certification expiry date")
        action.add_argument("--endorsement", action="append", metavar="NAME", help="repeat for several")
    update.add_argument("--new-pin", action="store_true", help="set a new PIN (asked for, twice)")
    crew_actions.add_parser("remove", help="the member can no longer log in on any device").add_argument(
        "--id", required=True
    )
    crew_actions.add_parser("list", help="the roster")
    agency = commands.add_parser(
        "agency", parents=[common], help="the agency's directory devices pull: facilities, vehicles, stations"
    )
    agency_actions = agency.add_subparsers(dest="agency_command", metavar="ACTION", required=True)
    agency_actions.add_parser("facilities", help="destinations (dFacility) published with the next version")
    agency_actions.add_parser("vehicles", help="units (dVehicle) published with the next version")
    agency_actions.add_parser("locations", help="stations and staging areas (dLocation)")
    dem_import = agency_actions.add_parser(
        "import", help="the agency's NEMSIS DEMDataSet: crew, directory, scope table; all or nothing"
    )
    dem_import.add_argument("file", type=Path, metavar="FILE.xml")
    dem_export = agency_actions.add_parser("export", help="the agency's DEMDataSet as the station holds it")
    dem_export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xml")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    from epcr.security.process import no_core_dumps

    no_core_dumps()  # the station holds every report it received: no core file of it
    os.umask(0o077)  # every file and folder the station writes is its owner's only
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 0
    from epcr.station.at_rest import AtRestError
    from epcr.station.store import StationError, StationStore

    if args.command == "rekey":
        return rekey(database_url(args))
    try:
        store = StationStore(database_url(args))
    except (AtRestError, StationError) as error:  # a key problem: the message says which file and what to do
        print(str(error), file=sys.stderr)
        return 2
    except Exception as error:  # a wrong URL or an unreachable server: say which, not a traceback
        print(f"database-url: cannot open the station database: {error}", file=sys.stderr)
        return 2
    try:
        if args.command == "serve":
            return serve(store, args)
        if args.command == "enroll":
            from epcr.station.served_certificate import enroll_lines, for_enroll

            served, warning = for_enroll(station_home())  # what `serve` presents: its pins, never another's
            code = store.invite(args.device)
            print(f"Enrollment code for {args.device.strip()}: {code}   (valid 24 hours, once)")
            print("\n".join([*([warning] if warning else []), *enroll_lines(served, code)]))
        elif args.command == "revoke":
            store.revoke(args.device)
            print(f"{args.device} revoked; its token is refused from now on")
        elif args.command == "publish":
            version = publish(store, args.settings, args.scope)
            print(f"agency configuration version {version} published; devices apply it at their next sync")
        elif args.command == "reviewer":
            from sqlalchemy.exc import IntegrityError

            from epcr.station import qa

            if args.reviewer_command == "add":
                try:
                    token = qa.add_reviewer(store.engine, args.name.strip())
                except IntegrityError:
                    raise StationError(f"name: a reviewer '{args.name}' exists already") from None
                print(f"QA token for {args.name} (shown once; send as 'Authorization: Bearer ...'):\n{token}")
            elif not qa.revoke_reviewer(store.engine, args.name):
                raise StationError(f"name: no active reviewer '{args.name}'")
            else:
                print(f"{args.name}'s token is refused from now on")
        elif args.command == "crew":
            return crew_command(store, args)
        elif args.command == "agency" and args.agency_command in ("import", "export"):
            return agency_dem(store, args)
        elif args.command == "agency":
            agency_listing(store, args.agency_command)
        elif args.command == "devices":
            from epcr.station import anchors

            diverged = anchors.diverged(store.engine)
            for device in store.devices():
                state = "revoked" if device.revoked_at else ("enrolled" if device.enrolled_at else "invited")
                print(f"{device.name:<24} {state:<9} {device.items:>7} items  {device.id}")
                if device.id in diverged:
                    print(f"  AUDIT LOG CHANGED: {diverged[device.id]}")
        return 0
    except StationError as error:
        print(str(error), file=sys.stderr)
        return 1
    finally:
        store.close()


def publish(store: object, settings_file: Path, scope_file: Path | None) -> int:
    from pydantic import ValidationError

    from epcr.station import config
    from epcr.station.store import StationError, StationStore
    from epcr.sync.protocol import AgencySettings

    assert isinstance(store, StationStore)
    try:
        settings = AgencySettings.model_validate_json(settings_file.read_bytes())
        scope = scope_file.read_text(encoding="utf-8") if scope_file else None
    except OSError as error:
        raise StationError(f"{error.filename}: cannot read ({error.strerror})") from None
    except ValidationError as error:
        problems = [f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in error.errors()]
        raise StationError(f"settings: {settings_file}: " + "; ".join(problems)) from None
    return config.publish(store.engine, settings, scope)


def agency_dem(store: object, args: argparse.Namespace) -> int:
    """`agency import FILE.xml` (exit 2 on a refused file, nothing changed) and `agency export -o FILE.xml`
    (written as every export is: atomically, mode 0600, over an existing file)."""
    import getpass

    from epcr.exports.files import ExportError, write_atomically
    from epcr.station import demographics
    from epcr.station.store import StationError, StationStore

    assert isinstance(store, StationStore)
    if args.agency_command == "export":
        data = demographics.export_dem(store)
        try:
            write_atomically(data, args.output)
        except ExportError as error:
            raise StationError(f"output: {error}") from None
        print(f"{args.output}: the agency's DEMDataSet ({len(data)} bytes)")
        return 0
    from epcr.exports.nemsis.agency.files import MAX_FILE_BYTES

    try:
        if args.file.stat().st_size > MAX_FILE_BYTES:  # refused before it is read into memory
            print(f"{args.file}: larger than {MAX_FILE_BYTES} bytes; nothing changed", file=sys.stderr)
            return 2
        xml = args.file.read_bytes()
    except OSError as error:
        print(f"{args.file}: cannot read ({error.strerror})", file=sys.stderr)
        return 2
    try:
        summary = demographics.import_dem(store, xml, getpass.getuser())
    except demographics.DemRefused as error:
        print(f"{args.file}: {error}\nnothing changed", file=sys.stderr)
        return 2
    print("\n".join([f"{args.file}: imported", *summary.lines()]))
    return 0


def agency_listing(store: object, what: str) -> None:
    """One line per row, in the order the agency gave them; an empty list says how it gets filled."""
    from epcr.domain.directory import designation_words
    from epcr.station import directory
    from epcr.station.store import StationStore

    assert isinstance(store, StationStore)
    lines: list[str] = []
    if what == "facilities":
        for f in directory.facilities(store.engine):
            kind = f.facility_type.label if f.facility_type else "-"
            place = " ".join(str(p) for p in (f.street, f.city, f.state, f.zip) if p is not None)
            words = designation_words(f) or "-"
            lines.append(f"{f.code or '-':<12} {f.name:<40} {kind:<28} {words}  {place}")
    elif what == "vehicles":
        for v in directory.vehicles(store.engine):
            lines.append(f"{v.number:<26} call sign {v.call_sign or '-':<20} {v.vin or ''}")
    else:
        for loc in directory.locations(store.engine):
            lines.append(f"{loc.station_number or '-':<12} {loc.name or '-':<40} {loc.street or ''}")
    print("\n".join(lines) if lines else f"no {what} yet: they come with the agency's DEM data set")


def crew_command(store: object, args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from epcr.domain.errors import InvalidInput
    from epcr.security.accounts import Account
    from epcr.station import roster
    from epcr.station.store import StationError, StationStore

    assert isinstance(store, StationStore)
    if args.crew_command == "list":
        waiting = roster.waiting_for_pin(store.engine)
        for member in roster.members(store.engine):
            state = "active" if member.active else "removed"
            if member.id in waiting:  # from the agency's file: on no device until a PIN is set
                state += ", no PIN yet (crew update --new-pin)"
            expires = member.certification_expires or ""
            level = member.level or ""
            print(f"{member.id:<12} {member.name:<28} {member.role:<6} {level:<17} {expires!s:<10} {state}")
        return 0
    if args.crew_command == "remove":
        revision = roster.remove(store.engine, args.id)
        print(f"{args.id} removed (roster revision {revision}); devices close their slot at their next sync")
        return 0
    fields = {
        "name": args.name,
        "role": args.role,
        "level": args.level,
        "certification_number": args.cert_number,
        "certification_expires": args.cert_expires,
        "endorsements": args.endorsement,
    }
    changes = {k: v for k, v in fields.items() if v is not None}
    try:
        if args.crew_command == "add":
            account = Account.model_validate({"id": args.id, **changes})
            revision = roster.add(store.engine, account, ask_pin(args.id))
        else:
            pin = ask_pin(args.id) if args.new_pin else None
            revision = roster.update_member(store.engine, args.id, changes, pin)
    except ValidationError as error:
        problems = [f"{'.'.join(map(str, e['loc'])) or 'member'}: {e['msg']}" for e in error.errors()]
        raise StationError("; ".join(problems)) from None
    except InvalidInput as error:
        raise StationError(str(error)) from None
    print(f"{args.id} saved (roster revision {revision}); devices take it at their next sync")
    return 0


def ask_pin(member: str) -> str:
    """Twice on a terminal; one line on standard input otherwise (scripts, tests)."""
    import getpass

    from epcr.station.store import StationError

    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    pin = getpass.getpass(f"PIN for {member}: ")
    if getpass.getpass("Same PIN again: ") != pin:
        raise StationError("pin: the two entries differ; nothing saved")
    return pin


def rekey(url: str) -> int:
    from epcr.station import at_rest
    from epcr.station.store import sqlite_path

    path = sqlite_path(url)
    if path is None:
        print(
            "rekey: for the station's SQLite database; PostgreSQL relies on its encrypted volume",
            file=sys.stderr,
        )
        return 2
    try:
        key = at_rest.rekey(path)
    except at_rest.AtRestError as error:
        print(str(error), file=sys.stderr)
        return 1
    if key.file is not None:
        print(f"{path}: new key in {key.file}; the old key no longer opens it. Back up the new key file.")
        return 0
    print(f"{path}: re-encrypted. The database key comes from ${at_rest.KEY_ENV}, which this command cannot")
    print(f"change: set ${at_rest.KEY_ENV} to this new key before the next start (shown this once):")
    print(key.raw.hex())
    return 0


def serve(store: object, args: argparse.Namespace) -> int:
    import uvicorn

    from epcr.station.app import create_app, tune_for_serving
    from epcr.station.served_certificate import for_serve, pin_lines
    from epcr.station.store import StationStore

    assert isinstance(store, StationStore)
    backend = store.url.split("://")[0]
    tls: dict[str, str] = {}
    served = for_serve(station_home(), args.cert, args.key, args.plain_http)  # recorded for `enroll`
    if served.certificate and served.key:
        tls = {"ssl_certfile": str(served.certificate), "ssl_keyfile": str(served.key)}
        print("\n".join(pin_lines(served)))
    scheme = "http" if args.plain_http else "https"
    print(f"epcr station {store.station_id} on {scheme}://{args.host}:{args.port} ({backend})", flush=True)
    print(store.protection, flush=True)
    from epcr.station import limits, logs

    app = create_app(store)
    tune_for_serving()
    # The access log is the station's own (no query strings: PHI); uvicorn's limits: docs/security.md.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="info",
        log_config=logs.config(),
        access_log=False,
        **limits.SERVER,
        **tls,  # type: ignore[arg-type]
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
