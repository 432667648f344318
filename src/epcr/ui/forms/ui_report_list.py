# GENERATED FILE - do not edit. Compiled from forms/report_list.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ReportListView(object):
    def setupUi(self, ReportListView):
        if not ReportListView.objectName():
            ReportListView.setObjectName(u"ReportListView")
        self.outer = QVBoxLayout(ReportListView)
        self.outer.setObjectName(u"outer")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.search = QLineEdit(ReportListView)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.bar.addWidget(self.search)

        self.status = QComboBox(ReportListView)
        self.status.setObjectName(u"status")

        self.bar.addWidget(self.status)

        self.newReport = QPushButton(ReportListView)
        self.newReport.setObjectName(u"newReport")

        self.bar.addWidget(self.newReport)

        self.openReport = QPushButton(ReportListView)
        self.openReport.setObjectName(u"openReport")

        self.bar.addWidget(self.openReport)

        self.stationReview = QPushButton(ReportListView)
        self.stationReview.setObjectName(u"stationReview")
        self.stationReview.setVisible(False)

        self.bar.addWidget(self.stationReview)


        self.outer.addLayout(self.bar)

        self.table = QTableView(ReportListView)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)

        self.outer.addWidget(self.table)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.count = QLabel(ReportListView)
        self.count.setObjectName(u"count")

        self.footer.addWidget(self.count)

        self.footerGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footerGap)

        self.syncStatus = QLabel(ReportListView)
        self.syncStatus.setObjectName(u"syncStatus")

        self.footer.addWidget(self.syncStatus)

        self.syncLog = QPushButton(ReportListView)
        self.syncLog.setObjectName(u"syncLog")

        self.footer.addWidget(self.syncLog)

        self.syncNow = QPushButton(ReportListView)
        self.syncNow.setObjectName(u"syncNow")

        self.footer.addWidget(self.syncNow)


        self.outer.addLayout(self.footer)


        self.retranslateUi(ReportListView)

        QMetaObject.connectSlotsByName(ReportListView)
    # setupUi

    def retranslateUi(self, ReportListView):
        ReportListView.setWindowTitle(QCoreApplication.translate("ReportListView", u"Reports", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ReportListView", u"Search PCR, patient, complaint, unit", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ReportListView", u"Search reports", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ReportListView", u"Show", None))
#endif // QT_CONFIG(accessibility)
        self.newReport.setText(QCoreApplication.translate("ReportListView", u"New report", None))
#if QT_CONFIG(accessibility)
        self.newReport.setAccessibleName(QCoreApplication.translate("ReportListView", u"New report", None))
#endif // QT_CONFIG(accessibility)
        self.openReport.setText(QCoreApplication.translate("ReportListView", u"Open", None))
#if QT_CONFIG(accessibility)
        self.openReport.setAccessibleName(QCoreApplication.translate("ReportListView", u"Open report", None))
#endif // QT_CONFIG(accessibility)
        self.stationReview.setText(QCoreApplication.translate("ReportListView", u"Station review", None))
#if QT_CONFIG(accessibility)
        self.stationReview.setAccessibleName(QCoreApplication.translate("ReportListView", u"Review the station's reports (QA)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ReportListView", u"Report list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.syncStatus.setAccessibleName(QCoreApplication.translate("ReportListView", u"Sync status", None))
#endif // QT_CONFIG(accessibility)
        self.syncLog.setText(QCoreApplication.translate("ReportListView", u"Sync log", None))
#if QT_CONFIG(accessibility)
        self.syncLog.setAccessibleName(QCoreApplication.translate("ReportListView", u"Show the sync log", None))
#endif // QT_CONFIG(accessibility)
        self.syncNow.setText(QCoreApplication.translate("ReportListView", u"Sync now", None))
#if QT_CONFIG(accessibility)
        self.syncNow.setAccessibleName(QCoreApplication.translate("ReportListView", u"Send locked reports to the station now", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

