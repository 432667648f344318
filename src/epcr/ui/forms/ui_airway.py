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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AirwayPage(object):
    def setupUi(self, AirwayPage):
        if not AirwayPage.objectName():
            AirwayPage.setObjectName(u"AirwayPage")
        self.outer = QVBoxLayout(AirwayPage)
        self.outer.setObjectName(u"outer")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.procedureLabel = QLabel(AirwayPage)
        self.procedureLabel.setObjectName(u"procedureLabel")
        self.procedureLabel.setProperty(u"noWrap", True)

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.procedureLabel)

        self.procedure = QComboBox(AirwayPage)
        self.procedure.setObjectName(u"procedure")
        self.procedure.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.procedure.setMinimumContentsLength(8)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.procedure)

        self.deviceLabel = QLabel(AirwayPage)
        self.deviceLabel.setObjectName(u"deviceLabel")
        self.deviceLabel.setProperty(u"noWrap", True)

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.device = QComboBox(AirwayPage)
        self.device.setObjectName(u"device")
        self.device.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.device.setMinimumContentsLength(8)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.device)

        self.deviceError = QLabel(AirwayPage)
        self.deviceError.setObjectName(u"deviceError")
        self.deviceError.setWordWrap(True)
        self.deviceError.setVisible(False)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deviceError)

        self.depthLabel = QLabel(AirwayPage)
        self.depthLabel.setObjectName(u"depthLabel")
        self.depthLabel.setProperty(u"noWrap", True)

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.depthLabel)

        self.tubeDepth = QLineEdit(AirwayPage)
        self.tubeDepth.setObjectName(u"tubeDepth")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tubeDepth)


        self.outer.addLayout(self.fields)

        self.methods = QListWidget(AirwayPage)
        self.methods.setObjectName(u"methods")

        self.outer.addWidget(self.methods)

        self.confirm = QPushButton(AirwayPage)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setProperty(u"role", u"primary")

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
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.outer.addWidget(self.table)

        self.entryActions = QHBoxLayout()
        self.entryActions.setObjectName(u"entryActions")
        self.edit = QPushButton(AirwayPage)
        self.edit.setObjectName(u"edit")

        self.entryActions.addWidget(self.edit)

        self.void = QPushButton(AirwayPage)
        self.void.setObjectName(u"void")
        self.void.setProperty(u"role", u"danger")

        self.entryActions.addWidget(self.void)

        self.actionsGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryActions.addItem(self.actionsGap)


        self.outer.addLayout(self.entryActions)

#if QT_CONFIG(shortcut)
        self.procedureLabel.setBuddy(self.procedure)
        self.deviceLabel.setBuddy(self.device)
        self.depthLabel.setBuddy(self.tubeDepth)
#endif // QT_CONFIG(shortcut)

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
#if QT_CONFIG(accessibility)
        self.device.setAccessibleDescription(QCoreApplication.translate("AirwayPage", u"eAirway.03", None))
#endif // QT_CONFIG(accessibility)
        self.depthLabel.setText(QCoreApplication.translate("AirwayPage", u"Tube depth (cm)", None))
        self.tubeDepth.setPlaceholderText(QCoreApplication.translate("AirwayPage", u"cm at the teeth", None))
#if QT_CONFIG(accessibility)
        self.tubeDepth.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Tube depth in cm", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tubeDepth.setAccessibleDescription(QCoreApplication.translate("AirwayPage", u"eAirway.05", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.methods.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Confirmation methods", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.methods.setAccessibleDescription(QCoreApplication.translate("AirwayPage", u"eAirway.04", None))
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
        self.edit.setText(QCoreApplication.translate("AirwayPage", u"Edit...", None))
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Edit the selected airway confirmation", None))
#endif // QT_CONFIG(accessibility)
        self.void.setText(QCoreApplication.translate("AirwayPage", u"Void...", None))
#if QT_CONFIG(accessibility)
        self.void.setAccessibleName(QCoreApplication.translate("AirwayPage", u"Void the selected airway confirmation", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

