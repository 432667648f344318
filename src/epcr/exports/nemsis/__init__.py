"""NEMSIS v3.5.1 EMSDataSet XML: export of reports (export.py), import of files (reading.py), and the
schema layout both walk (layout.py)."""
