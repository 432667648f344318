"""Runs a compiled Schematron (an XSLT 3.0 stylesheet from `schematron.compile_schematron`) with Saxon.

One Saxon processor per process; every call into it holds one lock, because a SaxonC processor and its
executables are not documented as safe to share between threads and a rules run takes milliseconds."""

from __future__ import annotations

import threading

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor

from epcr.exports.nemsis.schematron import SchematronError, compile_schematron

LOCK = threading.RLock()
_processor: PySaxonProcessor | None = None


def processor() -> PySaxonProcessor:
    """The process-wide Saxon processor; callers hold LOCK while they use it."""
    global _processor
    if _processor is None:
        _processor = PySaxonProcessor(license=False)
    return _processor


class RulesNotEvaluated(RuntimeError):
    """The rules could not run on this document (not well-formed, or a test failed with a dynamic error)."""


class CompiledSchematron:
    """A Schematron compiled once; `run` returns the SVRL report of one document."""

    def __init__(self, schematron: bytes) -> None:
        self.stylesheet = compile_schematron(schematron)
        with LOCK:
            try:
                self._executable = (
                    processor().new_xslt30_processor().compile_stylesheet(stylesheet_text=self.stylesheet)
                )
            except PySaxonApiError as error:
                raise SchematronError(f"Saxon cannot compile the generated stylesheet: {error}") from error

    def run(self, xml_text: str) -> etree._Element:
        """The SVRL (`svrl:schematron-output`) for the document given as text."""
        with LOCK:
            try:
                document = processor().parse_xml(xml_text=xml_text, encoding="UTF-8")
                svrl = self._executable.transform_to_string(xdm_node=document)
            except PySaxonApiError as error:
                raise RulesNotEvaluated(" ".join(str(error).split())) from error
        if svrl is None:
            raise RulesNotEvaluated("the rules produced no report")
        return etree.fromstring(svrl.encode("utf-8"))
