"""Every page fits the ambulance's screen (1366x768 or 1280x800) at any text size: nothing reachable only by
scrolling sideways. Pages scroll vertically; drop-downs, forms and labels give way in width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QScrollArea, QWidget

COMBO_CHARACTERS = 12  # a drop-down's width no longer follows its longest label (ICD-10 titles are long)


def fit_width(page: QWidget) -> QWidget:
    """Make `page` shrink to the width it is given; returns what to put on screen (the page, or the page in a
    vertical scroll area when it has none of its own)."""
    for combo in page.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
    for form in page.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label above its field when narrow
    for label in page.findChildren(QLabel):
        if not label.property("noWrap"):
            label.setWordWrap(True)
    areas = page.findChildren(QScrollArea)
    for area in areas:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidgetResizable(True)
    if areas:
        return page
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or type(page).__name__}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area
