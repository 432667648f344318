"""The `epcr-station` command. Its server, enrollment and sync endpoints arrive with the station issue (#6);
this build answers --version and --help so installers and scripts can find it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="epcr-station",
        description="epcr station server: receives locked reports from ambulances when they dock.",
        epilog="serve, enroll and revoke are not part of this build yet.",
    )
    try:
        current = version("epcr")
    except PackageNotFoundError:
        current = "unknown"
    parser.add_argument("--version", action="version", version=f"epcr-station {current}")
    parser.parse_args(argv)
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
