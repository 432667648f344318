# GENERATED FILE - do not edit. Compiled from forms/airway.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'airway.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AirwayPage(object):
    def setupUi(self, AirwayPage):
        if not AirwayPage.objectName():
            AirwayPage.setObjectName(u"AirwayPage")
        self.outer = QVBoxLayout(AirwayPage)
        self.outer.setObjectName(u"outer")
        self.pick = QHBoxLayout()
        self.pick.setObjectName(u"pick")
        self.procedureLabel = QLabel(AirwayPage)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.pick.addWidget(self.procedureLabel)

        self.procedure = QComboBox(AirwayPage)
        self.procedure.setObjectName(u"procedure")

        self.pick.addWidget(self.procedure)


        self.outer.addLayout(self.pick)

        self.deviceRow = QHBoxLayout()
        self.deviceRow.setObjectName(u"deviceRow")
        self.deviceLabel = QLabel(AirwayPage)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.deviceRow.addWidget(self.deviceLabel)

        self.device = QComboBox(AirwayPage)
        self.device.setObjectName(u"device")

        self.deviceRow.addWidget(self.device)


        self.outer.addLayout(self.deviceRow)

        self.depthRow = QHBoxLayout()
        self.depthRow.setObjectName(u"depthRow")
        self.depthLabel = QLabel(AirwayPage)
        self.depthLabel.setObjectName(u"depthLabel")

        self.depthRow.addWidget(self.depthLabel)

        self.tubeDepth = QLineEdit(AirwayPage)
        self.tubeDepth.setObjectName(u"tubeDepth")

        self.depthRow.addWidget(self.tubeDepth)


        self.outer.addLayout(self.depthRow)

        self.methods = QListWidget(AirwayPage)
        self.methods.setObjectName(u"methods")

        self.outer.addWidget(self.methods)

        self.confirm = QPushButton(AirwayPage)
        self.confirm.setObjectName(u"confirm")

        self.outer.addWidget(self.confirm)

        self.table = QTableWidget(AirwayPage)
        if (self.table.columnCount() < 4):
            self.table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.table.setObjectName(u"table")

        self.outer.addWidget(self.table)


        self.retranslateUi(AirwayPage)

        QMetaObject.connectSlotsByName(AirwayPage)
    # setupUi

    def retranslateUi(self, AirwayPage):
        AirwayPage.setWindowTitle(QCoreApplication.translate("AirwayPage", u"Airway", None))
        self.procedureLabel.setText(QCoreApplication.translate("AirwayPage", u"Airway placed", None))
#if QT_CONFIG(accessibility)
        self.procedure.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Airway procedure to confirm", None))
#endif // QT_CONFIG(accessibility)
        self.deviceLabel.setText(QCoreApplication.translate("AirwayPage", u"Device", None))
#if QT_CONFIG(accessibility)
        self.device.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Airway device", None))
#endif // QT_CONFIG(accessibility)
        self.depthLabel.setText(QCoreApplication.translate("AirwayPage", u"Tube depth (cm)", None))
        self.tubeDepth.setPlaceholderText(QCoreApplication.translate("AirwayPage", u"Tube depth in cm", None))
#if QT_CONFIG(accessibility)
        self.tubeDepth.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Tube depth in cm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.methods.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Confirmation methods", None))
#endif // QT_CONFIG(accessibility)
        self.confirm.setText(QCoreApplication.translate("AirwayPage", u"Confirm placement (now)", None))
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Confirm placement (now)", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AirwayPage", u"Confirmed", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AirwayPage", u"Device", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AirwayPage", u"Methods", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AirwayPage", u"Depth", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Airway confirmations", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

