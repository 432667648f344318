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

from epcr.cli.common import default_home

DB_FILE = "station.sqlite3"


def station_home() -> Path:
    if home := os.environ.get("EPCR_STATION_HOME"):
        return Path(home)
    return default_home().parent / "epcr-station"


def database_url(args: argparse.Namespace) -> str:
    if args.database_url:
        return str(args.database_url)
    if url := os.environ.get("EPCR_STATION_DATABASE_URL"):
        return url
    home = station_home()
    home.mkdir(parents=True, exist_ok=True)
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
    commands = main.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser("serve", help="run the station (HTTP API for devices)")
    serve.add_argument("--host", default="0.0.0.0", help="address to listen on (default 0.0.0.0)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    enroll = commands.add_parser("enroll", help="print a one-time code a device trades for its token")
    enroll.add_argument("--device", required=True, metavar="NAME", help="the unit, e.g. 'Medic 12'")
    revoke = commands.add_parser("revoke", help="revoke a device: its token stops working at once")
    revoke.add_argument("--device", required=True, metavar="NAME")
    commands.add_parser("devices", help="enrolled devices and how many items each delivered")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 0
    from epcr.station.store import StationError, StationStore

    try:
        store = StationStore(database_url(args))
    except Exception as error:  # a wrong URL or an unreachable server: say which, not a traceback
        print(f"database-url: cannot open the station database: {error}", file=sys.stderr)
        return 2
    try:
        if args.command == "serve":
            return serve(store, args.host, args.port)
        if args.command == "enroll":
            code = store.invite(args.device)
            print(f"Enrollment code for {args.device.strip()}: {code}")
            print("On the device: epcr sync enroll --station URL --code CODE   (valid 24 hours, once)")
        elif args.command == "revoke":
            store.revoke(args.device)
            print(f"{args.device} revoked; its token is refused from now on")
        elif args.command == "devices":
            for device in store.devices():
                state = "revoked" if device.revoked_at else ("enrolled" if device.enrolled_at else "invited")
                print(f"{device.name:<24} {state:<9} {device.items:>7} items  {device.id}")
        return 0
    except StationError as error:
        print(str(error), file=sys.stderr)
        return 1
    finally:
        store.close()


def serve(store: object, host: str, port: int) -> int:
    import uvicorn

    from epcr.station.app import create_app
    from epcr.station.store import StationStore

    assert isinstance(store, StationStore)
    print(
        f"epcr station {store.station_id} on http://{host}:{port} ({store.url.split('://')[0]})", flush=True
    )
    uvicorn.run(create_app(store), host=host, port=port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
