# GENERATED FILE - do not edit. Compiled from forms/qa_review.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'qa_review.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_QaReviewView(object):
    def setupUi(self, QaReviewView):
        if not QaReviewView.objectName():
            QaReviewView.setObjectName(u"QaReviewView")
        self.outer = QVBoxLayout(QaReviewView)
        self.outer.setObjectName(u"outer")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.back = QPushButton(QaReviewView)
        self.back.setObjectName(u"back")

        self.top.addWidget(self.back)

        self.station = QLabel(QaReviewView)
        self.station.setObjectName(u"station")

        self.top.addWidget(self.station)

        self.topGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topGap)

        self.connect = QPushButton(QaReviewView)
        self.connect.setObjectName(u"connect")

        self.top.addWidget(self.connect)


        self.outer.addLayout(self.top)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.fromLabel = QLabel(QaReviewView)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filters.addWidget(self.fromLabel)

        self.dateFrom = QDateEdit(QaReviewView)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)

        self.filters.addWidget(self.dateFrom)

        self.toLabel = QLabel(QaReviewView)
        self.toLabel.setObjectName(u"toLabel")

        self.filters.addWidget(self.toLabel)

        self.dateTo = QDateEdit(QaReviewView)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)

        self.filters.addWidget(self.dateTo)

        self.unit = QLineEdit(QaReviewView)
        self.unit.setObjectName(u"unit")
        self.unit.setClearButtonEnabled(True)
        self.unit.setMaximumSize(QSize(110, 16777215))

        self.filters.addWidget(self.unit)

        self.crew = QLineEdit(QaReviewView)
        self.crew.setObjectName(u"crew")
        self.crew.setClearButtonEnabled(True)
        self.crew.setMaximumSize(QSize(110, 16777215))

        self.filters.addWidget(self.crew)

        self.impression = QLineEdit(QaReviewView)
        self.impression.setObjectName(u"impression")
        self.impression.setClearButtonEnabled(True)
        self.impression.setMaximumSize(QSize(110, 16777215))

        self.filters.addWidget(self.impression)

        self.arrest = QComboBox(QaReviewView)
        self.arrest.setObjectName(u"arrest")

        self.filters.addWidget(self.arrest)

        self.finding = QLineEdit(QaReviewView)
        self.finding.setObjectName(u"finding")
        self.finding.setClearButtonEnabled(True)
        self.finding.setMaximumSize(QSize(160, 16777215))

        self.filters.addWidget(self.finding)


        self.outer.addLayout(self.filters)

        self.filters2 = QHBoxLayout()
        self.filters2.setObjectName(u"filters2")
        self.locationType = QLineEdit(QaReviewView)
        self.locationType.setObjectName(u"locationType")
        self.locationType.setClearButtonEnabled(True)
        self.locationType.setMaximumSize(QSize(120, 16777215))

        self.filters2.addWidget(self.locationType)

        self.injuryCause = QLineEdit(QaReviewView)
        self.injuryCause.setObjectName(u"injuryCause")
        self.injuryCause.setClearButtonEnabled(True)
        self.injuryCause.setMaximumSize(QSize(120, 16777215))

        self.filters2.addWidget(self.injuryCause)

        self.protocol = QLineEdit(QaReviewView)
        self.protocol.setObjectName(u"protocol")
        self.protocol.setClearButtonEnabled(True)
        self.protocol.setMaximumSize(QSize(110, 16777215))

        self.filters2.addWidget(self.protocol)

        self.text = QLineEdit(QaReviewView)
        self.text.setObjectName(u"text")
        self.text.setClearButtonEnabled(True)

        self.filters2.addWidget(self.text)

        self.reviewed = QComboBox(QaReviewView)
        self.reviewed.setObjectName(u"reviewed")

        self.filters2.addWidget(self.reviewed)

        self.search = QPushButton(QaReviewView)
        self.search.setObjectName(u"search")

        self.filters2.addWidget(self.search)


        self.outer.addLayout(self.filters2)

        self.table = QTableView(QaReviewView)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.outer.addWidget(self.table)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.count = QLabel(QaReviewView)
        self.count.setObjectName(u"count")

        self.footer.addWidget(self.count)

        self.footerGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerGap)

        self.previous = QPushButton(QaReviewView)
        self.previous.setObjectName(u"previous")

        self.footer.addWidget(self.previous)

        self.next = QPushButton(QaReviewView)
        self.next.setObjectName(u"next")

        self.footer.addWidget(self.next)

        self.exportAll = QPushButton(QaReviewView)
        self.exportAll.setObjectName(u"exportAll")

        self.footer.addWidget(self.exportAll)

        self.open = QPushButton(QaReviewView)
        self.open.setObjectName(u"open")

        self.footer.addWidget(self.open)


        self.outer.addLayout(self.footer)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.dateFrom)
        self.toLabel.setBuddy(self.dateTo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(QaReviewView)

        QMetaObject.connectSlotsByName(QaReviewView)
    # setupUi

    def retranslateUi(self, QaReviewView):
        QaReviewView.setWindowTitle(QCoreApplication.translate("QaReviewView", u"QA review", None))
        self.back.setText(QCoreApplication.translate("QaReviewView", u"\u25c0 Reports", None))
#if QT_CONFIG(accessibility)
        self.back.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Back to the report list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.station.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Station", None))
#endif // QT_CONFIG(accessibility)
        self.connect.setText(QCoreApplication.translate("QaReviewView", u"Connect to station\u2026", None))
#if QT_CONFIG(accessibility)
        self.connect.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Connect to the station for review", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("QaReviewView", u"From", None))
#if QT_CONFIG(accessibility)
        self.dateFrom.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Calls from", None))
#endif // QT_CONFIG(accessibility)
        self.dateFrom.setDisplayFormat(QCoreApplication.translate("QaReviewView", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("QaReviewView", u"To", None))
#if QT_CONFIG(accessibility)
        self.dateTo.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Calls up to", None))
#endif // QT_CONFIG(accessibility)
        self.dateTo.setDisplayFormat(QCoreApplication.translate("QaReviewView", u"yyyy-MM-dd", None))
        self.unit.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"Unit", None))
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Unit call sign", None))
#endif // QT_CONFIG(accessibility)
        self.crew.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"Crew ID", None))
#if QT_CONFIG(accessibility)
        self.crew.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Crew member ID", None))
#endif // QT_CONFIG(accessibility)
        self.impression.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"ICD-10", None))
#if QT_CONFIG(accessibility)
        self.impression.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Primary impression code or prefix", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.arrest.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Cardiac arrest", None))
#endif // QT_CONFIG(accessibility)
        self.finding.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"Rule ID", None))
#if QT_CONFIG(accessibility)
        self.finding.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Validation finding rule id", None))
#endif // QT_CONFIG(accessibility)
        self.locationType.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"Location Y92", None))
#if QT_CONFIG(tooltip)
        self.locationType.setToolTip(QCoreApplication.translate("QaReviewView", u"Incident location type (eScene.09): an ICD-10 Y92 code or its start", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.locationType.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Incident location type code or prefix", None))
#endif // QT_CONFIG(accessibility)
        self.injuryCause.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"Injury cause", None))
#if QT_CONFIG(tooltip)
        self.injuryCause.setToolTip(QCoreApplication.translate("QaReviewView", u"Cause of injury (eInjury.01): an ICD-10 code or its start, e.g. V4 for car occupants", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.injuryCause.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Cause of injury code or prefix", None))
#endif // QT_CONFIG(accessibility)
        self.protocol.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"Protocol", None))
#if QT_CONFIG(tooltip)
        self.protocol.setToolTip(QCoreApplication.translate("QaReviewView", u"Protocol used (eProtocols.01): its code, e.g. 9914083", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.protocol.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Protocol code", None))
#endif // QT_CONFIG(accessibility)
        self.text.setPlaceholderText(QCoreApplication.translate("QaReviewView", u"Search PCR, patient, complaint", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Search text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewed.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Review state", None))
#endif // QT_CONFIG(accessibility)
        self.search.setText(QCoreApplication.translate("QaReviewView", u"Search", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Search the station", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Station reports", None))
#endif // QT_CONFIG(accessibility)
        self.previous.setText(QCoreApplication.translate("QaReviewView", u"\u25c0 Previous", None))
#if QT_CONFIG(accessibility)
        self.previous.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
        self.next.setText(QCoreApplication.translate("QaReviewView", u"Next \u25b6", None))
#if QT_CONFIG(accessibility)
        self.next.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Next page", None))
#endif // QT_CONFIG(accessibility)
        self.exportAll.setText(QCoreApplication.translate("QaReviewView", u"Export PDFs\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportAll.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Export the listed reports as PDF to a folder", None))
#endif // QT_CONFIG(accessibility)
        self.open.setText(QCoreApplication.translate("QaReviewView", u"Open", None))
#if QT_CONFIG(accessibility)
        self.open.setAccessibleName(QCoreApplication.translate("QaReviewView", u"Open the selected report for review", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

