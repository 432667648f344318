"""Why a NEMSIS export or import was refused: each problem names the element and the reason."""

from __future__ import annotations

from collections.abc import Sequence


class NemsisRefused(Exception):
    def __init__(self, what: str, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        listed = "\n".join(f"  {problem}" for problem in self.problems[:20])
        more = f"\n  ... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(f"{what}:\n{listed}{more}")


class ExportRefused(NemsisRefused):
    """The export would not be a valid NEMSIS file; nothing was written."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("NEMSIS export refused, nothing written", problems)


class ImportRefused(NemsisRefused):
    """The file is not a valid NEMSIS v3.5.1 EMSDataSet; nothing was imported."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("NEMSIS import refused, nothing imported", problems)
