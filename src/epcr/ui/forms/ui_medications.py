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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from epcr.ui.widgets import PerformerPicker

class Ui_MedicationsPage(object):
    def setupUi(self, MedicationsPage):
        if not MedicationsPage.objectName():
            MedicationsPage.setObjectName(u"MedicationsPage")
        self.outer = QVBoxLayout(MedicationsPage)
        self.outer.setObjectName(u"outer")
        self.notice = QLabel(MedicationsPage)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        self.outer.addWidget(self.notice)

        self.entry = QGridLayout()
        self.entry.setObjectName(u"entry")
        self.drugLabel = QLabel(MedicationsPage)
        self.drugLabel.setObjectName(u"drugLabel")
        self.drugLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.drugLabel, 0, 0, 1, 1)

        self.drug = QComboBox(MedicationsPage)
        self.drug.setObjectName(u"drug")
        self.drug.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.drug.setMinimumContentsLength(8)

        self.entry.addWidget(self.drug, 0, 1, 1, 2)

        self.drugError = QLabel(MedicationsPage)
        self.drugError.setObjectName(u"drugError")
        self.drugError.setWordWrap(True)
        self.drugError.setVisible(False)

        self.entry.addWidget(self.drugError, 1, 1, 1, 2)

        self.doseLabel = QLabel(MedicationsPage)
        self.doseLabel.setObjectName(u"doseLabel")
        self.doseLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.doseLabel, 2, 0, 1, 1)

        self.dose = QLineEdit(MedicationsPage)
        self.dose.setObjectName(u"dose")
        self.dose.setInputMethodHints(Qt.ImhFormattedNumbersOnly)

        self.entry.addWidget(self.dose, 2, 1, 1, 1)

        self.unit = QComboBox(MedicationsPage)
        self.unit.setObjectName(u"unit")
        self.unit.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(5)

        self.entry.addWidget(self.unit, 2, 2, 1, 1)

        self.doseError = QLabel(MedicationsPage)
        self.doseError.setObjectName(u"doseError")
        self.doseError.setWordWrap(True)
        self.doseError.setVisible(False)

        self.entry.addWidget(self.doseError, 3, 1, 1, 2)

        self.routeLabel = QLabel(MedicationsPage)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.routeLabel, 4, 0, 1, 1)

        self.route = QComboBox(MedicationsPage)
        self.route.setObjectName(u"route")
        self.route.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.route.setMinimumContentsLength(8)

        self.entry.addWidget(self.route, 4, 1, 1, 2)

        self.routeError = QLabel(MedicationsPage)
        self.routeError.setObjectName(u"routeError")
        self.routeError.setWordWrap(True)
        self.routeError.setVisible(False)

        self.entry.addWidget(self.routeError, 5, 1, 1, 2)

        self.performerLabel = QLabel(MedicationsPage)
        self.performerLabel.setObjectName(u"performerLabel")
        self.performerLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.performerLabel, 6, 0, 1, 1)

        self.performer = PerformerPicker(MedicationsPage)
        self.performer.setObjectName(u"performer")
        self.performer.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.performer.setMinimumContentsLength(8)

        self.entry.addWidget(self.performer, 6, 1, 1, 2)

        self.give = QPushButton(MedicationsPage)
        self.give.setObjectName(u"give")
        self.give.setProperty(u"role", u"primary")

        self.entry.addWidget(self.give, 7, 1, 1, 2)

        self.entry.setColumnStretch(1, 3)
        self.entry.setColumnStretch(2, 2)

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
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.outer.addWidget(self.table)

        self.entryActions = QHBoxLayout()
        self.entryActions.setObjectName(u"entryActions")
        self.edit = QPushButton(MedicationsPage)
        self.edit.setObjectName(u"edit")

        self.entryActions.addWidget(self.edit)

        self.void = QPushButton(MedicationsPage)
        self.void.setObjectName(u"void")
        self.void.setProperty(u"role", u"danger")

        self.entryActions.addWidget(self.void)

        self.actionsGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryActions.addItem(self.actionsGap)


        self.outer.addLayout(self.entryActions)

#if QT_CONFIG(shortcut)
        self.drugLabel.setBuddy(self.drug)
        self.doseLabel.setBuddy(self.dose)
        self.routeLabel.setBuddy(self.route)
        self.performerLabel.setBuddy(self.performer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MedicationsPage)

        QMetaObject.connectSlotsByName(MedicationsPage)
    # setupUi

    def retranslateUi(self, MedicationsPage):
        MedicationsPage.setWindowTitle(QCoreApplication.translate("MedicationsPage", u"Medications", None))
        self.drugLabel.setText(QCoreApplication.translate("MedicationsPage", u"Medication", None))
#if QT_CONFIG(accessibility)
        self.drug.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Medication", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.drug.setAccessibleDescription(QCoreApplication.translate("MedicationsPage", u"eMedications.03", None))
#endif // QT_CONFIG(accessibility)
        self.doseLabel.setText(QCoreApplication.translate("MedicationsPage", u"Dose", None))
        self.dose.setPlaceholderText(QCoreApplication.translate("MedicationsPage", u"e.g. 0.4", None))
#if QT_CONFIG(accessibility)
        self.dose.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Dose", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dose.setAccessibleDescription(QCoreApplication.translate("MedicationsPage", u"eMedications.05", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Dose unit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unit.setAccessibleDescription(QCoreApplication.translate("MedicationsPage", u"eMedications.06", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setText(QCoreApplication.translate("MedicationsPage", u"Route", None))
#if QT_CONFIG(accessibility)
        self.route.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Route", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.route.setAccessibleDescription(QCoreApplication.translate("MedicationsPage", u"eMedications.04", None))
#endif // QT_CONFIG(accessibility)
        self.performerLabel.setText(QCoreApplication.translate("MedicationsPage", u"Given by", None))
#if QT_CONFIG(accessibility)
        self.performer.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Given by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.performer.setAccessibleDescription(QCoreApplication.translate("MedicationsPage", u"eMedications.09", None))
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
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MedicationsPage", u"Dose", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MedicationsPage", u"Route", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MedicationsPage", u"By", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Medications given", None))
#endif // QT_CONFIG(accessibility)
        self.edit.setText(QCoreApplication.translate("MedicationsPage", u"Edit...", None))
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Edit the selected medication", None))
#endif // QT_CONFIG(accessibility)
        self.void.setText(QCoreApplication.translate("MedicationsPage", u"Void...", None))
#if QT_CONFIG(accessibility)
        self.void.setAccessibleName(QCoreApplication.translate("MedicationsPage", u"Void the selected medication", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

