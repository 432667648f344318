"""The desktop app (PySide6). The only package that imports Qt; everything it does to records goes through a
logged-in Session on the database worker."""
