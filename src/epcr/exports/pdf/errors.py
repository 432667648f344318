"""Why an export failed (shared by every export; kept here for the PDF code's imports)."""

from __future__ import annotations

from epcr.exports.errors import ExportError

__all__ = ["ExportError"]
