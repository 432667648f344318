"""Every page fits the ambulance's screen (1366x768 or 1280x800) at any text size: nothing reachable only by
scrolling sideways. Pages scroll vertically; drop-downs, forms and labels give way in width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

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


class ButtonRows(QWidget):
    """A row of buttons that wraps: as many columns as their text fits at the width and text size it gets
    (1 to `most`), re-laid when either changes, so no button is cut and nothing needs sideways scrolling."""

    def __init__(self, buttons: list[QPushButton], most: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons, self.most, self.columns = buttons, most, 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # columns follow width
        self._arrange(self.most, force=True)

    def _needed(self) -> int:
        return max((b.sizeHint().width() for b in self.buttons), default=0)

    def _arrange(self, columns: int, force: bool = False) -> None:
        if columns == self.columns and not force:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for n, button in enumerate(self.buttons):
            self.grid.addWidget(button, n // columns, n % columns)
        for column in range(self.most):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def fit(self, width: int) -> None:
        spacing = max(self.grid.horizontalSpacing(), 0)
        needed = self._needed() + spacing
        self._arrange(max(1, min(self.most, (width + spacing) // max(needed, 1))))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._needed(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fit(self.width())
        super().changeEvent(event)
