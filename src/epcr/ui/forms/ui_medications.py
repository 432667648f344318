# GENERATED FILE - do not edit. Compiled from forms/medications.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'medications.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLineEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from epcr.ui.widgets import PerformerPicker

class Ui_MedicationsPage(object):
    def setupUi(self, MedicationsPage):
        if not MedicationsPage.objectName():
            MedicationsPage.setObjectName(u"MedicationsPage")
        self.outer = QVBoxLayout(MedicationsPage)
        self.outer.setObjectName(u"outer")
        self.entry = QHBoxLayout()
        self.entry.setObjectName(u"entry")
        self.drug = QComboBox(MedicationsPage)
        self.drug.setObjectName(u"drug")

        self.entry.addWidget(self.drug)

        self.route = QComboBox(MedicationsPage)
        self.route.setObjectName(u"route")

        self.entry.addWidget(self.route)

        self.dose = QLineEdit(MedicationsPage)
        self.dose.setObjectName(u"dose")

        self.entry.addWidget(self.dose)

        self.unit = QComboBox(MedicationsPage)
        self.unit.setObjectName(u"unit")

        self.entry.addWidget(self.unit)

        self.performer = PerformerPicker(MedicationsPage)
        self.performer.setObjectName(u"performer")

        self.entry.addWidget(self.performer)

        self.give = QPushButton(MedicationsPage)
        self.give.setObjectName(u"give")

        self.entry.addWidget(self.give)


        self.outer.addLayout(self.entry)

        self.table = QTableWidget(MedicationsPage)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
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
        self.table.setObjectName(u"table")

        self.outer.addWidget(self.table)


        self.retranslateUi(MedicationsPage)

        QMetaObject.connectSlotsByName(MedicationsPage)
    # setupUi

    def retranslateUi(self, MedicationsPage):
        MedicationsPage.setWindowTitle(QCoreApplication.translate("MedicationsPage", u"Medications", None))
#if QT_CONFIG(accessibility)
        self.drug.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Medication", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.route.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Route", None))
#endif // QT_CONFIG(accessibility)
        self.dose.setPlaceholderText(QCoreApplication.translate("MedicationsPage", u"Dose", None))
#if QT_CONFIG(accessibility)
        self.dose.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Dose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Dose unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.performer.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Given by", None))
#endif // QT_CONFIG(accessibility)
        self.give.setText(QCoreApplication.translate("MedicationsPage", u"Give (now)", None))
#if QT_CONFIG(accessibility)
        self.give.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Give (now)", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MedicationsPage", u"Time", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MedicationsPage", u"Medication", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MedicationsPage", u"Route", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MedicationsPage", u"Dose", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MedicationsPage", u"By", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Medications given", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

