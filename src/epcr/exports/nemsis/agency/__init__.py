"""An agency's DEMDataSet and a state's StateDataSet, read and written element by element.

element.py: the generic element tree (JSON both ways); files.py: read/write with XSD + national Schematron;
dem.py / state.py: the documents; dem_views.py / state_views.py: typed read-only views for the station."""

from epcr.exports.nemsis.agency.dem import DemDocument, read_dem, write_dem
from epcr.exports.nemsis.agency.element import Element, facts
from epcr.exports.nemsis.agency.files import DataSetRefused, Reading, read, write
from epcr.exports.nemsis.agency.state import StateDocument, read_state, write_state

__all__ = [
    "DataSetRefused",
    "DemDocument",
    "Element",
    "Reading",
    "StateDocument",
    "facts",
    "read",
    "read_dem",
    "read_state",
    "write",
    "write_dem",
    "write_state",
]
