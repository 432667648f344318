"""PDF exports: the full patient care report and the one-page bedside handoff sheet.

snapshot = snapshot_of(report, agency_name=..., audit=db.audit_trail(report.uuid))
pages = ReportPdf(snapshot).write(Path("report.pdf"))
"""

from epcr.exports.pdf.errors import ExportError
from epcr.exports.pdf.handoff import HandoffPdf
from epcr.exports.pdf.report import ReportPdf
from epcr.exports.pdf.snapshot import ReportSnapshot, snapshot_of

__all__ = ["ExportError", "HandoffPdf", "ReportPdf", "ReportSnapshot", "snapshot_of"]
