"""`epcr sync`: send locked reports and addenda to the station (once, or every N seconds), enroll, status."""

from __future__ import annotations

import argparse
import time

from epcr.cli.auth import open_session
from epcr.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_REFUSED, CommandError


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help="send locked reports to the station (enroll first)")
    sync.add_argument(
        "--every", type=float, metavar="SECONDS", help="keep syncing, every SECONDS (backs off on failure)"
    )
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    enroll = actions.add_parser("enroll", help="enroll this device with a code from `epcr-station enroll`")
    enroll.add_argument("--station", required=True, metavar="URL", help="e.g. https://station.local:8443")
    enroll.add_argument("--code", required=True, help="the one-time code, e.g. 3GCR-EPCM-Y86P")
    enroll.add_argument(
        "--fingerprint", help="pin the station's certificate: its SHA-256, as `epcr-station enroll` prints it"
    )
    enroll.add_argument(
        "--ca-key",
        metavar="PIN",
        help="or pin the agency CA's key (survives renewal): the pin `epcr-station enroll` prints",
    )
    actions.add_parser("status", help="the station this device syncs with and what waits to be sent")


def cmd_sync(args: argparse.Namespace) -> int:
    from epcr.security.roles import NotPermitted
    from epcr.sync.client import Backoff, SyncFailed

    if args.every is not None and args.every <= 0:
        raise CommandError("--every: a number of seconds above 0, e.g. 60", EXIT_BAD_INPUT)
    session = open_session(args)
    try:
        if args.sync_command == "enroll":
            link = session.enroll_station(args.station, args.code, args.fingerprint, args.ca_key)
            print(f"enrolled with station {link.station_id} at {link.url} as device {link.device_id}")
            if link.certificate:
                from epcr.security.pinning import Pin

                print(Pin.loads(link.certificate).describe())
            return EXIT_OK
        if args.sync_command == "status":
            return status(session.db)
        backoff = Backoff()
        while True:
            try:
                result = session.sync()
            except SyncFailed as error:
                if args.every is None:
                    raise CommandError(f"sync: {error}", EXIT_REFUSED) from None
                wait = backoff.next_delay()
                print(f"sync failed: {error}; trying again in {wait:.0f} s", flush=True)
                time.sleep(wait)
                continue
            backoff.reset()
            for line in result.log:
                print(line, flush=True)
            if args.every is None:
                return EXIT_OK if result.rejected == 0 and result.conflicts == 0 else EXIT_REFUSED
            time.sleep(args.every)
    except NotPermitted as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    except SyncFailed as error:
        raise CommandError(f"sync: {error}", EXIT_REFUSED) from None
    finally:
        session.log_out()


def status(db: object) -> int:
    from epcr.store.database import Database

    assert isinstance(db, Database)
    link = db.station_link()
    rows = db.outbox()
    waiting = [row for row in rows if not row.acknowledged]
    print(f"station: {link.url} ({link.station_id})" if link else "station: not enrolled")
    if link:
        from epcr.sync import agency

        config = agency.applied_version(db.path.parent)
        roster = db.roster_revision()
        print(
            f"agency configuration: {f'version {config}' if config else 'none yet'}; "
            f"crew roster: {f'revision {roster}' if roster else 'none yet'}"
        )
    print(f"{len(rows) - len(waiting)} item(s) on the station, {len(waiting)} waiting")
    for row in waiting:
        why = f"{row.last_outcome}: {row.last_error}" if row.last_outcome else "not sent yet"
        print(f"  {row.kind:8} {row.entity_id}  {why}")
    return EXIT_OK
