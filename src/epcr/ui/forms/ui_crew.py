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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
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

        self.meSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.me.addItem(self.meSpace)


        self.outer.addLayout(self.me)

        self.partnerForm = QFormLayout()
        self.partnerForm.setObjectName(u"partnerForm")
        self.partnerForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.partnerForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.partnerLabel = QLabel(CrewPage)
        self.partnerLabel.setObjectName(u"partnerLabel")

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partnerLabel)

        self.partner = QComboBox(CrewPage)
        self.partner.setObjectName(u"partner")
        self.partner.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.partner.setMinimumContentsLength(16)

        self.partnerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.partner)


        self.outer.addLayout(self.partnerForm)

        self.manualBox = QGroupBox(CrewPage)
        self.manualBox.setObjectName(u"manualBox")
        self.manual = QFormLayout(self.manualBox)
        self.manual.setObjectName(u"manual")
        self.manual.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.manual.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.memberIdLabel = QLabel(self.manualBox)
        self.memberIdLabel.setObjectName(u"memberIdLabel")

        self.manual.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberIdLabel)

        self.memberId = QLineEdit(self.manualBox)
        self.memberId.setObjectName(u"memberId")
        self.memberId.setMaxLength(50)

        self.manual.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberId)

        self.nameLabel = QLabel(self.manualBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.manual.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.manualBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(120)

        self.manual.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.levelLabel = QLabel(self.manualBox)
        self.levelLabel.setObjectName(u"levelLabel")

        self.manual.setWidget(2, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.level = QComboBox(self.manualBox)
        self.level.setObjectName(u"level")
        self.level.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.level.setMinimumContentsLength(12)

        self.manual.setWidget(2, QFormLayout.ItemRole.FieldRole, self.level)

        self.roleLabel = QLabel(self.manualBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.manual.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(self.manualBox)
        self.role.setObjectName(u"role")
        self.role.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.role.setMinimumContentsLength(12)

        self.manual.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role)

        self.manualProblem = QLabel(self.manualBox)
        self.manualProblem.setObjectName(u"manualProblem")
        self.manualProblem.setWordWrap(True)
        self.manualProblem.setStyleSheet(u"color: #d0021b; font-weight: bold;")

        self.manual.setWidget(4, QFormLayout.ItemRole.FieldRole, self.manualProblem)

        self.addMember = QPushButton(self.manualBox)
        self.addMember.setObjectName(u"addMember")

        self.manual.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addMember)


        self.outer.addWidget(self.manualBox)

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

#if QT_CONFIG(shortcut)
        self.partnerLabel.setBuddy(self.partner)
        self.memberIdLabel.setBuddy(self.memberId)
        self.nameLabel.setBuddy(self.name)
        self.levelLabel.setBuddy(self.level)
        self.roleLabel.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)

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
        self.partnerLabel.setText(QCoreApplication.translate("CrewPage", u"Partner (driver)", None))
#if QT_CONFIG(accessibility)
        self.partner.setAccessibleName(QCoreApplication.translate("CrewPage", u"Partner from the roster: added as driver", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.partner.setToolTip(QCoreApplication.translate("CrewPage", u"Pick your partner: added with their level and certification as driver", None))
#endif // QT_CONFIG(tooltip)
        self.manualBox.setTitle(QCoreApplication.translate("CrewPage", u"Someone not on the roster", None))
        self.memberIdLabel.setText(QCoreApplication.translate("CrewPage", u"Crew ID", None))
        self.memberId.setPlaceholderText(QCoreApplication.translate("CrewPage", u"e.g. P-2001", None))
#if QT_CONFIG(accessibility)
        self.memberId.setAccessibleName(QCoreApplication.translate("CrewPage", u"Crew ID", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("CrewPage", u"Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CrewPage", u"First and last name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("CrewPage", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("CrewPage", u"Level", None))
#if QT_CONFIG(accessibility)
        self.level.setAccessibleName(QCoreApplication.translate("CrewPage", u"Certification level", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("CrewPage", u"Role on this call", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("CrewPage", u"Role on this call", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.manualProblem.setAccessibleName(QCoreApplication.translate("CrewPage", u"What is missing", None))
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

