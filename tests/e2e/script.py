"""The steps of a scenario, as data: what a crew does (tap, type, Tab, scroll) and what the harness waits for.

No Qt here: the pytest process imports this to know what was meant, the driver process to do it. A target is
found in the running app by the `path` property of a form widget, its objectName, its accessible name or a
button's text; `page` narrows the search to one editor page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    path: str | None = None  # the `path` property a form widget carries (e.g. "patient.last_name")
    name: str | None = None  # objectName
    text: str | None = None  # a button's text, line breaks as spaces
    accessible: str | None = None  # accessibleName
    page: str | None = None  # only on this editor page (its title)
    cell: tuple[int, str] | None = None  # (row, column header) of the table `name`
    now_for: str | None = None  # the Now button of a time field

    def describe(self) -> str:
        parts = [f"{key}={value!r}" for key, value in vars(self).items() if value is not None]
        return f"Target({', '.join(parts)})"


def field(path: str) -> Target:
    return Target(path=path)


def button(text: str, page: str | None = None) -> Target:
    return Target(text=text, page=page)


# The vital-signs grid's column headers and the report fields they hold.
VITALS_FIELDS = {
    "Time": "taken_at",
    "SBP": "sbp",
    "DBP": "dbp",
    "HR": "heart_rate",
    "RR": "respiratory_rate",
    "SpO2": "spo2",
    "ETCO2": "etco2",
    "Glucose": "glucose",
    "Pain": "pain_score",
}


def cell(row: int, header: str, page: str = "Vital signs", table: str = "table") -> Target:
    """A cell of the vital-signs grid, by row and column header."""
    return Target(name=table, cell=(row, header), page=page)


# -- what a crew does (each counts as actions and keystrokes) -------------------------------------------


@dataclass(frozen=True)
class Click:
    """A tap; `times=2` is a double tap (two clicks `interval_ms` apart, one gesture)."""

    target: Target
    times: int = 1
    interval_ms: int = 120


@dataclass(frozen=True)
class Type:
    """Press Tab (or Shift+Tab when `back`) `tabs` times, wait `pause_ms`, then type `text` into the focused
    field, which must be `into`. All in one burst of real key events: nothing waits between the Tab and the
    first character unless `pause_ms` says so."""

    text: str
    into: Target
    tabs: int = 0
    back: bool = False
    pause_ms: int = 0


@dataclass(frozen=True)
class Fill:
    """Put `text` into a field the way a crew would: skipped when the field already shows it (prefilled);
    reached by Tab from the field in focus when it is next in line, else tapped; typing replaces what is
    there (Tab selects it all; after a tap, Ctrl+A first)."""

    target: Target
    text: str
    pause_ms: int = 0  # after the Tab, when Tab is the way there
    keep: bool = False  # a value the app filled in (prefill) is accepted as it is


@dataclass(frozen=True)
class Choose:
    """Pick `item` from a drop-down: skipped when it is already chosen (with `keep`, when anything is). With
    `search`, when the drop-down has the cursor or is next in line, Tab to it and type that (the list's own
    type-to-search), then take the suggestion; else tap the drop-down and tap the item in its list (the wheel
    scrolls the list when the item is out of sight)."""

    target: Target
    item: str
    search: str | None = None
    keep: bool = False
    also: tuple[str, ...] = ()  # the same choice in other words (how a list shows a code has changed)
    resets: bool = False  # a pick that acts at once and empties again (the partner pick): checked elsewhere

    @property
    def items(self) -> tuple[str, ...]:
        return (self.item, *self.also)


@dataclass(frozen=True)
class Unless:
    """Do `steps` unless `target` already shows `text` (a table row, a field): what the app filled in."""

    target: Target
    text: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class IfShown:
    """Do `steps` only when `target` is on screen (a field some versions of a dialog ask for)."""

    target: Target
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Now:
    """Tap the Now button of a time field, unless the field already holds a time."""

    path: str


@dataclass(frozen=True)
class Key:
    """A key chord in xdotool's words ("Tab", "shift+Tab", "ctrl+a", "Return", "Escape")."""

    chord: str
    times: int = 1


@dataclass(frozen=True)
class Page:
    """Tap an editor page in the section list (nothing when it is already open)."""

    title: str


@dataclass(frozen=True)
class Wheel:
    """Point at `target` and turn the wheel `notches` (down when positive), `interval_ms` between notches."""

    target: Target
    notches: int
    interval_ms: int = 90


@dataclass(frozen=True)
class Sign:
    """Draw a signature stroke across the pad (one gesture)."""

    target: Target


# -- what the harness does (no action, no keystroke) ----------------------------------------------------


@dataclass(frozen=True)
class Await:
    """Wait for a condition the driver knows: "login", "editor", "list", "idle", "dialog", "no dialog",
    "locked"."""

    what: str
    timeout_s: float = 20.0


@dataclass(frozen=True)
class Pause:
    """A deliberate human pause (pace), not a wait for the app."""

    ms: int


@dataclass(frozen=True)
class Answer:
    """If a question (modal message box) is up: note its text and tap `button` ("No", "Cancel"). With
    `required`, the question must be there."""

    button: str
    required: bool = False


@dataclass(frozen=True)
class Note:
    """Record the app's state under `label` in the driver's result: "report" (the open report's uuid),
    "findings", "indicator", the stored values of `paths` when there are any, or "mark:NAME" (the time)."""

    label: str
    paths: tuple[str, ...] = ()


Step = (
    Click
    | Type
    | Fill
    | Choose
    | Unless
    | IfShown
    | Now
    | Key
    | Page
    | Wheel
    | Sign
    | Await
    | Pause
    | Answer
    | Note
)


def log_in(user: str, pin: str) -> list[Step]:
    """Type the crew ID (tapping it first unless the cursor waits there), Tab to the PIN, type it, Enter: what
    the login screen asks of everyone."""
    return [
        Await("login screen"),
        Fill(Target(name="user"), user),
        Type(pin, into=Target(name="pin"), tabs=1),
        Key("Return"),
        Await("login"),
    ]


def new_report() -> list[Step]:
    return [Click(Target(name="newReport")), Await("editor"), Await("idle"), Note("report")]


def typed_values(steps: Sequence[Step]) -> dict[str, str]:
    """What each field should hold after the steps: the last text typed into it (typing replaces)."""
    values: dict[str, str] = {}
    for step in steps:
        if isinstance(step, Type) and step.into.path:
            values[step.into.path] = step.text
        elif isinstance(step, Fill) and step.target.path:
            values[step.target.path] = step.text
        elif isinstance(step, (Type, Fill)):
            target = step.into if isinstance(step, Type) else step.target
            if target.cell is not None:
                row, header = target.cell
                values[f"vitals[{row}].{VITALS_FIELDS[header]}"] = step.text
    return values
