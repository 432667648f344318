# GENERATED FILE - do not edit. Compiled from forms/crew.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crew.ui'
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

class Ui_CrewPage(object):
    def setupUi(self, CrewPage):
        if not CrewPage.objectName():
            CrewPage.setObjectName(u"CrewPage")
        self.outer = QVBoxLayout(CrewPage)
        self.outer.setObjectName(u"outer")
        self.me = QHBoxLayout()
        self.me.setObjectName(u"me")
        self.addMeCaregiver = QPushButton(CrewPage)
        self.addMeCaregiver.setObjectName(u"addMeCaregiver")

        self.me.addWidget(self.addMeCaregiver)

        self.addMeDriver = QPushButton(CrewPage)
        self.addMeDriver.setObjectName(u"addMeDriver")

        self.me.addWidget(self.addMeDriver)


        self.outer.addLayout(self.me)

        self.manual = QHBoxLayout()
        self.manual.setObjectName(u"manual")
        self.memberId = QLineEdit(CrewPage)
        self.memberId.setObjectName(u"memberId")

        self.manual.addWidget(self.memberId)

        self.name = QLineEdit(CrewPage)
        self.name.setObjectName(u"name")

        self.manual.addWidget(self.name)

        self.level = QComboBox(CrewPage)
        self.level.setObjectName(u"level")

        self.manual.addWidget(self.level)

        self.role = QComboBox(CrewPage)
        self.role.setObjectName(u"role")

        self.manual.addWidget(self.role)

        self.addMember = QPushButton(CrewPage)
        self.addMember.setObjectName(u"addMember")

        self.manual.addWidget(self.addMember)


        self.outer.addLayout(self.manual)

        self.table = QTableWidget(CrewPage)
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


        self.retranslateUi(CrewPage)

        QMetaObject.connectSlotsByName(CrewPage)
    # setupUi

    def retranslateUi(self, CrewPage):
        CrewPage.setWindowTitle(QCoreApplication.translate("CrewPage", u"Crew", None))
        self.addMeCaregiver.setText(QCoreApplication.translate("CrewPage", u"Add me: primary caregiver", None))
#if QT_CONFIG(accessibility)
        self.addMeCaregiver.setAccessibleName(QCoreApplication.translate("CrewPage", u"Add me: primary caregiver", None))
#endif // QT_CONFIG(accessibility)
        self.addMeDriver.setText(QCoreApplication.translate("CrewPage", u"Add me: driver", None))
#if QT_CONFIG(accessibility)
        self.addMeDriver.setAccessibleName(QCoreApplication.translate("CrewPage", u"Add me: driver", None))
#endif // QT_CONFIG(accessibility)
        self.memberId.setPlaceholderText(QCoreApplication.translate("CrewPage", u"Crew ID", None))
#if QT_CONFIG(accessibility)
        self.memberId.setAccessibleName(QCoreApplication.translate("CrewPage", u"Crew ID", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("CrewPage", u"Name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("CrewPage", u"Name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.level.setAccessibleName(QCoreApplication.translate("CrewPage", u"Certification level", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("CrewPage", u"Role on this call", None))
#endif // QT_CONFIG(accessibility)
        self.addMember.setText(QCoreApplication.translate("CrewPage", u"Add crew member", None))
#if QT_CONFIG(accessibility)
        self.addMember.setAccessibleName(QCoreApplication.translate("CrewPage", u"Add crew member", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CrewPage", u"ID", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CrewPage", u"Name", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CrewPage", u"Level", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CrewPage", u"Roles", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CrewPage", u"Crew", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

