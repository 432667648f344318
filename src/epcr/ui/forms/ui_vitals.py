# GENERATED FILE - do not edit. Compiled from forms/vitals.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vitals.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from epcr.ui.widgets import TrendChart

class Ui_VitalsPage(object):
    def setupUi(self, VitalsPage):
        if not VitalsPage.objectName():
            VitalsPage.setObjectName(u"VitalsPage")
        self.outer = QVBoxLayout(VitalsPage)
        self.outer.setObjectName(u"outer")
        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.add = QPushButton(VitalsPage)
        self.add.setObjectName(u"add")
        self.add.setProperty(u"role", u"primary")

        self.bar.addWidget(self.add)

        self.edit = QPushButton(VitalsPage)
        self.edit.setObjectName(u"edit")

        self.bar.addWidget(self.edit)

        self.void = QPushButton(VitalsPage)
        self.void.setObjectName(u"void")
        self.void.setProperty(u"role", u"danger")

        self.bar.addWidget(self.void)

        self.barGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barGap)


        self.outer.addLayout(self.bar)

        self.table = QTableWidget(VitalsPage)
        if (self.table.columnCount() < 9):
            self.table.setColumnCount(9)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        self.table.setObjectName(u"table")
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.outer.addWidget(self.table)

        self.chart = TrendChart(VitalsPage)
        self.chart.setObjectName(u"chart")

        self.outer.addWidget(self.chart)


        self.retranslateUi(VitalsPage)

        QMetaObject.connectSlotsByName(VitalsPage)
    # setupUi

    def retranslateUi(self, VitalsPage):
        VitalsPage.setWindowTitle(QCoreApplication.translate("VitalsPage", u"Vital signs", None))
        self.add.setText(QCoreApplication.translate("VitalsPage", u"Add vital signs (now)", None))
#if QT_CONFIG(accessibility)
        self.add.setAccessibleName(QCoreApplication.translate("VitalsPage", u"Add vital signs (now)", None))
#endif // QT_CONFIG(accessibility)
        self.edit.setText(QCoreApplication.translate("VitalsPage", u"Edit...", None))
#if QT_CONFIG(tooltip)
        self.edit.setToolTip(QCoreApplication.translate("VitalsPage", u"Type into the selected cell (or just start typing; F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("VitalsPage", u"Edit the selected vital sign", None))
#endif // QT_CONFIG(accessibility)
        self.void.setText(QCoreApplication.translate("VitalsPage", u"Void...", None))
#if QT_CONFIG(accessibility)
        self.void.setAccessibleName(QCoreApplication.translate("VitalsPage", u"Void the selected set of vital signs", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VitalsPage", u"Time", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VitalsPage", u"SBP", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VitalsPage", u"DBP", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VitalsPage", u"HR", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("VitalsPage", u"RR", None))
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("VitalsPage", u"SpO2", None))
        ___qtablewidgetitem6 = self.table.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("VitalsPage", u"ETCO2", None))
        ___qtablewidgetitem7 = self.table.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("VitalsPage", u"BGL", None))
        ___qtablewidgetitem8 = self.table.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("VitalsPage", u"Pain", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("VitalsPage", u"Vital signs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chart.setAccessibleName(QCoreApplication.translate("VitalsPage", u"Vital signs trend", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

