"""Exports of a report for people: the printed full report and the bedside handoff sheet (PDF).

Never imports Qt: the command line, the station and the desktop app all print through here."""
