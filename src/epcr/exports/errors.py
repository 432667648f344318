"""Why an export failed, naming the file or field and the reason, so the user can fix it."""

from __future__ import annotations

from pathlib import Path


class ExportError(Exception):
    def __init__(self, where: Path | str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = str(where)
        self.reason = reason
