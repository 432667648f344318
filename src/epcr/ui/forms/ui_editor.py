# GENERATED FILE - do not edit. Compiled from forms/editor.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editor.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget)

class Ui_ReportEditor(object):
    def setupUi(self, ReportEditor):
        if not ReportEditor.objectName():
            ReportEditor.setObjectName(u"ReportEditor")
        self.outer = QVBoxLayout(ReportEditor)
        self.outer.setObjectName(u"outer")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.back = QPushButton(ReportEditor)
        self.back.setObjectName(u"back")

        self.header.addWidget(self.back)

        self.title = QLabel(ReportEditor)
        self.title.setObjectName(u"title")

        self.header.addWidget(self.title)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.gap)

        self.savedIndicator = QLabel(ReportEditor)
        self.savedIndicator.setObjectName(u"savedIndicator")

        self.header.addWidget(self.savedIndicator)

        self.handoff = QPushButton(ReportEditor)
        self.handoff.setObjectName(u"handoff")

        self.header.addWidget(self.handoff)

        self.addendum = QPushButton(ReportEditor)
        self.addendum.setObjectName(u"addendum")

        self.header.addWidget(self.addendum)

        self.lock = QPushButton(ReportEditor)
        self.lock.setObjectName(u"lock")
        self.lock.setProperty(u"role", u"primary")

        self.header.addWidget(self.lock)


        self.outer.addLayout(self.header)

        self.split = QSplitter(ReportEditor)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.sections = QListWidget(self.split)
        self.sections.setObjectName(u"sections")
        self.sections.setMinimumWidth(170)
        self.sections.setMaximumWidth(280)
        self.sections.setWordWrap(True)
        self.sections.setSpacing(4)
        self.split.addWidget(self.sections)
        self.pages = QStackedWidget(self.split)
        self.pages.setObjectName(u"pages")
        self.split.addWidget(self.pages)
        self.findings = QListWidget(self.split)
        self.findings.setObjectName(u"findings")
        self.findings.setWordWrap(True)
        self.findings.setMinimumWidth(250)
        self.findings.setMaximumWidth(420)
        self.split.addWidget(self.findings)

        self.outer.addWidget(self.split)


        self.retranslateUi(ReportEditor)

        QMetaObject.connectSlotsByName(ReportEditor)
    # setupUi

    def retranslateUi(self, ReportEditor):
        ReportEditor.setWindowTitle(QCoreApplication.translate("ReportEditor", u"Report", None))
        self.back.setText(QCoreApplication.translate("ReportEditor", u"< Reports", None))
#if QT_CONFIG(accessibility)
        self.back.setAccessibleName(QCoreApplication.translate("ReportEditor", u"Back to the report list", None))
#endif // QT_CONFIG(accessibility)
        self.title.setStyleSheet(QCoreApplication.translate("ReportEditor", u"font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.savedIndicator.setAccessibleName(QCoreApplication.translate("ReportEditor", u"Save status", None))
#endif // QT_CONFIG(accessibility)
        self.handoff.setText(QCoreApplication.translate("ReportEditor", u"Handoff sheet", None))
#if QT_CONFIG(tooltip)
        self.handoff.setToolTip(QCoreApplication.translate("ReportEditor", u"One page for the receiving nurse, from the report as it is now (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.handoff.setAccessibleName(QCoreApplication.translate("ReportEditor", u"Print the bedside handoff sheet", None))
#endif // QT_CONFIG(accessibility)
        self.addendum.setText(QCoreApplication.translate("ReportEditor", u"Add addendum", None))
#if QT_CONFIG(accessibility)
        self.addendum.setAccessibleName(QCoreApplication.translate("ReportEditor", u"Add addendum", None))
#endif // QT_CONFIG(accessibility)
        self.lock.setText(QCoreApplication.translate("ReportEditor", u"Lock report", None))
#if QT_CONFIG(accessibility)
        self.lock.setAccessibleName(QCoreApplication.translate("ReportEditor", u"Lock report", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("ReportEditor", u"Sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.findings.setAccessibleName(QCoreApplication.translate("ReportEditor", u"Findings", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

