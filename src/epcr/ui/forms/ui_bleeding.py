# GENERATED FILE - do not edit. Compiled from forms/bleeding.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bleeding.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BleedingPage(object):
    def setupUi(self, BleedingPage):
        if not BleedingPage.objectName():
            BleedingPage.setObjectName(u"BleedingPage")
        self.outer = QVBoxLayout(BleedingPage)
        self.outer.setObjectName(u"outer")
        self.timers = QLabel(BleedingPage)
        self.timers.setObjectName(u"timers")
        self.timers.setWordWrap(True)

        self.outer.addWidget(self.timers)

        self.actions = QGridLayout()
        self.actions.setObjectName(u"actions")
        self.limb = QComboBox(BleedingPage)
        self.limb.setObjectName(u"limb")
        self.limb.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.limb.setMinimumContentsLength(6)

        self.actions.addWidget(self.limb, 0, 0, 1, 1)

        self.setLimb = QPushButton(BleedingPage)
        self.setLimb.setObjectName(u"setLimb")

        self.actions.addWidget(self.setLimb, 0, 1, 1, 1)

        self.converted = QPushButton(BleedingPage)
        self.converted.setObjectName(u"converted")

        self.actions.addWidget(self.converted, 1, 0, 1, 1)

        self.removed = QPushButton(BleedingPage)
        self.removed.setObjectName(u"removed")

        self.actions.addWidget(self.removed, 1, 1, 1, 1)


        self.outer.addLayout(self.actions)

        self.table = QTableWidget(BleedingPage)
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


        self.retranslateUi(BleedingPage)

        QMetaObject.connectSlotsByName(BleedingPage)
    # setupUi

    def retranslateUi(self, BleedingPage):
        BleedingPage.setWindowTitle(QCoreApplication.translate("BleedingPage", u"Bleeding control", None))
        self.timers.setText("")
#if QT_CONFIG(accessibility)
        self.limb.setAccessibleName(QCoreApplication.translate("BleedingPage", u"Limb", None))
#endif // QT_CONFIG(accessibility)
        self.setLimb.setText(QCoreApplication.translate("BleedingPage", u"Set limb", None))
#if QT_CONFIG(accessibility)
        self.setLimb.setAccessibleName(QCoreApplication.translate("BleedingPage", u"Set limb", None))
#endif // QT_CONFIG(accessibility)
        self.converted.setText(QCoreApplication.translate("BleedingPage", u"Converted now", None))
#if QT_CONFIG(accessibility)
        self.converted.setAccessibleName(QCoreApplication.translate("BleedingPage", u"Converted now", None))
#endif // QT_CONFIG(accessibility)
        self.removed.setText(QCoreApplication.translate("BleedingPage", u"Removed now", None))
#if QT_CONFIG(accessibility)
        self.removed.setAccessibleName(QCoreApplication.translate("BleedingPage", u"Removed now", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BleedingPage", u"Applied", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BleedingPage", u"Limb", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BleedingPage", u"On for", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("BleedingPage", u"Converted", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("BleedingPage", u"Removed", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("BleedingPage", u"Tourniquets", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

