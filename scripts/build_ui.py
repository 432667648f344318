#!/usr/bin/env python3
"""Compile the Qt Designer forms (forms/*.ui) into src/epcr/ui/forms/ui_<name>.py with pyside6-uic.

python scripts/build_ui.py           regenerate
python scripts/build_ui.py --check   exit 1 when a generated file is stale (a test runs this)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "src" / "epcr" / "ui" / "forms"
HEADER = "# GENERATED FILE - do not edit. Compiled from forms/{name}.ui by scripts/build_ui.py.\n"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 (./dev sets it up)")
    return found


def compile_form(source: Path) -> str:
    result = subprocess.run([uic(), str(source)], capture_output=True, text=True, check=True)
    # The compiler stamps its own version; drop it so the output depends on the form alone.
    lines = [line for line in result.stdout.splitlines() if "User Interface Compiler version" not in line]
    return HEADER.format(name=source.stem) + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    stale = []
    expected = {OUT / f"ui_{source.stem}.py": source for source in sorted(FORMS.glob("*.ui"))}
    for target, source in expected.items():
        text = compile_form(source)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        if args.check:
            stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    orphans = [p.name for p in OUT.glob("ui_*.py") if p not in expected]
    if args.check and (stale or orphans):
        print(f"stale: {stale}; without a form: {orphans} (run python scripts/build_ui.py)")
        return 1
    for name in orphans if not args.check else ():
        (OUT / name).unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
