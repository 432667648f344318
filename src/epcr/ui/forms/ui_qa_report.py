# GENERATED FILE - do not edit. Compiled from forms/qa_report.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'qa_report.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSplitter,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_QaReportDialog(object):
    def setupUi(self, QaReportDialog):
        if not QaReportDialog.objectName():
            QaReportDialog.setObjectName(u"QaReportDialog")
        self.outer = QHBoxLayout(QaReportDialog)
        self.outer.setObjectName(u"outer")
        self.split = QSplitter(QaReportDialog)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.fields = QTreeWidget(self.split)
        self.fields.setObjectName(u"fields")
        self.fields.setColumnCount(2)
        self.fields.setAlternatingRowColors(True)
        self.split.addWidget(self.fields)
        self.side = QWidget(self.split)
        self.side.setObjectName(u"side")
        self.sideLayout = QVBoxLayout(self.side)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.state = QLabel(self.side)
        self.state.setObjectName(u"state")
        self.state.setWordWrap(True)

        self.sideLayout.addWidget(self.state)

        self.reviewsLabel = QLabel(self.side)
        self.reviewsLabel.setObjectName(u"reviewsLabel")

        self.sideLayout.addWidget(self.reviewsLabel)

        self.reviews = QListWidget(self.side)
        self.reviews.setObjectName(u"reviews")
        self.reviews.setAlternatingRowColors(True)
        self.reviews.setWordWrap(True)

        self.sideLayout.addWidget(self.reviews)

        self.target = QLabel(self.side)
        self.target.setObjectName(u"target")
        self.target.setWordWrap(True)

        self.sideLayout.addWidget(self.target)

        self.flag = QComboBox(self.side)
        self.flag.setObjectName(u"flag")

        self.sideLayout.addWidget(self.flag)

        self.comment = QPlainTextEdit(self.side)
        self.comment.setObjectName(u"comment")
        self.comment.setMaximumSize(QSize(16777215, 120))

        self.sideLayout.addWidget(self.comment)

        self.addFlag = QPushButton(self.side)
        self.addFlag.setObjectName(u"addFlag")

        self.sideLayout.addWidget(self.addFlag)

        self.markReviewed = QPushButton(self.side)
        self.markReviewed.setObjectName(u"markReviewed")

        self.sideLayout.addWidget(self.markReviewed)

        self.exportPdf = QPushButton(self.side)
        self.exportPdf.setObjectName(u"exportPdf")

        self.sideLayout.addWidget(self.exportPdf)

        self.message = QLabel(self.side)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.sideLayout.addWidget(self.message)

        self.split.addWidget(self.side)

        self.outer.addWidget(self.split)

#if QT_CONFIG(shortcut)
        self.reviewsLabel.setBuddy(self.reviews)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QaReportDialog)

        QMetaObject.connectSlotsByName(QaReportDialog)
    # setupUi

    def retranslateUi(self, QaReportDialog):
        QaReportDialog.setWindowTitle(QCoreApplication.translate("QaReportDialog", u"Review report", None))
        ___qtreewidgetitem = self.fields.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("QaReportDialog", u"Value", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("QaReportDialog", u"Field", None))
#if QT_CONFIG(accessibility)
        self.fields.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Report fields", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.state.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Review state", None))
#endif // QT_CONFIG(accessibility)
        self.reviewsLabel.setText(QCoreApplication.translate("QaReportDialog", u"Flags and comments", None))
#if QT_CONFIG(accessibility)
        self.reviews.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Flags and comments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.target.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Flag applies to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.flag.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Flag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.comment.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Comment", None))
#endif // QT_CONFIG(accessibility)
        self.comment.setPlaceholderText(QCoreApplication.translate("QaReportDialog", u"What should the crew know? (up to 4000 characters)", None))
        self.addFlag.setText(QCoreApplication.translate("QaReportDialog", u"Add flag", None))
#if QT_CONFIG(accessibility)
        self.addFlag.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Add the flag and comment", None))
#endif // QT_CONFIG(accessibility)
        self.markReviewed.setText(QCoreApplication.translate("QaReportDialog", u"Mark reviewed", None))
#if QT_CONFIG(accessibility)
        self.markReviewed.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Mark the report reviewed", None))
#endif // QT_CONFIG(accessibility)
        self.exportPdf.setText(QCoreApplication.translate("QaReportDialog", u"Export PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportPdf.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Export this report as PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("QaReportDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

