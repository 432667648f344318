# GENERATED FILE - do not edit. Compiled from forms/procedures.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'procedures.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from epcr.ui.widgets import PerformerPicker

class Ui_ProceduresPage(object):
    def setupUi(self, ProceduresPage):
        if not ProceduresPage.objectName():
            ProceduresPage.setObjectName(u"ProceduresPage")
        self.outer = QVBoxLayout(ProceduresPage)
        self.outer.setObjectName(u"outer")
        self.performerRow = QHBoxLayout()
        self.performerRow.setObjectName(u"performerRow")
        self.performerLabel = QLabel(ProceduresPage)
        self.performerLabel.setObjectName(u"performerLabel")
        self.performerLabel.setProperty(u"noWrap", True)

        self.performerRow.addWidget(self.performerLabel)

        self.performer = PerformerPicker(ProceduresPage)
        self.performer.setObjectName(u"performer")
        self.performer.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.performer.setMinimumContentsLength(8)

        self.performerRow.addWidget(self.performer)


        self.outer.addLayout(self.performerRow)

        self.quick = QGridLayout()
        self.quick.setObjectName(u"quick")

        self.outer.addLayout(self.quick)

        self.table = QTableWidget(ProceduresPage)
        if (self.table.columnCount() < 3):
            self.table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.table.setObjectName(u"table")
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.outer.addWidget(self.table)

        self.entryActions = QHBoxLayout()
        self.entryActions.setObjectName(u"entryActions")
        self.edit = QPushButton(ProceduresPage)
        self.edit.setObjectName(u"edit")

        self.entryActions.addWidget(self.edit)

        self.void = QPushButton(ProceduresPage)
        self.void.setObjectName(u"void")
        self.void.setProperty(u"role", u"danger")

        self.entryActions.addWidget(self.void)

        self.actionsGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryActions.addItem(self.actionsGap)


        self.outer.addLayout(self.entryActions)

#if QT_CONFIG(shortcut)
        self.performerLabel.setBuddy(self.performer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProceduresPage)

        QMetaObject.connectSlotsByName(ProceduresPage)
    # setupUi

    def retranslateUi(self, ProceduresPage):
        ProceduresPage.setWindowTitle(QCoreApplication.translate("ProceduresPage", u"Procedures", None))
        self.performerLabel.setText(QCoreApplication.translate("ProceduresPage", u"Performed by", None))
#if QT_CONFIG(accessibility)
        self.performer.setAccessibleName(QCoreApplication.translate("ProceduresPage", u"Performed by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.performer.setAccessibleDescription(QCoreApplication.translate("ProceduresPage", u"eProcedures.09", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProceduresPage", u"Time", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProceduresPage", u"Procedure", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProceduresPage", u"By", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ProceduresPage", u"Procedures", None))
#endif // QT_CONFIG(accessibility)
        self.edit.setText(QCoreApplication.translate("ProceduresPage", u"Edit...", None))
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("ProceduresPage", u"Edit the selected procedure", None))
#endif // QT_CONFIG(accessibility)
        self.void.setText(QCoreApplication.translate("ProceduresPage", u"Void...", None))
#if QT_CONFIG(accessibility)
        self.void.setAccessibleName(QCoreApplication.translate("ProceduresPage", u"Void the selected procedure", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

