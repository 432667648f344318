# GENERATED FILE - do not edit. Compiled from forms/signatures.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signatures.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from epcr.ui.widgets import SignaturePad

class Ui_SignaturesPage(object):
    def setupUi(self, SignaturesPage):
        if not SignaturesPage.objectName():
            SignaturesPage.setObjectName(u"SignaturesPage")
        self.outer = QVBoxLayout(SignaturesPage)
        self.outer.setObjectName(u"outer")
        self.who = QFormLayout()
        self.who.setObjectName(u"who")
        self.who.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.signerLabel = QLabel(SignaturesPage)
        self.signerLabel.setObjectName(u"signerLabel")
        self.signerLabel.setProperty(u"noWrap", True)

        self.who.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = QComboBox(SignaturesPage)
        self.signer.setObjectName(u"signer")
        self.signer.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.signer.setMinimumContentsLength(8)

        self.who.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer)

        self.signerError = QLabel(SignaturesPage)
        self.signerError.setObjectName(u"signerError")
        self.signerError.setWordWrap(True)
        self.signerError.setVisible(False)

        self.who.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerError)

        self.lastNameLabel = QLabel(SignaturesPage)
        self.lastNameLabel.setObjectName(u"lastNameLabel")
        self.lastNameLabel.setProperty(u"noWrap", True)

        self.who.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastName = QLineEdit(SignaturesPage)
        self.lastName.setObjectName(u"lastName")

        self.who.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastName)

        self.firstNameLabel = QLabel(SignaturesPage)
        self.firstNameLabel.setObjectName(u"firstNameLabel")
        self.firstNameLabel.setProperty(u"noWrap", True)

        self.who.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstName = QLineEdit(SignaturesPage)
        self.firstName.setObjectName(u"firstName")

        self.who.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstName)


        self.outer.addLayout(self.who)

        self.pad = SignaturePad(SignaturesPage)
        self.pad.setObjectName(u"pad")

        self.outer.addWidget(self.pad)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.clear = QPushButton(SignaturesPage)
        self.clear.setObjectName(u"clear")

        self.buttons.addWidget(self.clear)

        self.save = QPushButton(SignaturesPage)
        self.save.setObjectName(u"save")
        self.save.setProperty(u"role", u"primary")

        self.buttons.addWidget(self.save)


        self.outer.addLayout(self.buttons)

        self.table = QTableWidget(SignaturesPage)
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
        self.edit = QPushButton(SignaturesPage)
        self.edit.setObjectName(u"edit")

        self.entryActions.addWidget(self.edit)

        self.void = QPushButton(SignaturesPage)
        self.void.setObjectName(u"void")
        self.void.setProperty(u"role", u"danger")

        self.entryActions.addWidget(self.void)

        self.actionsGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryActions.addItem(self.actionsGap)


        self.outer.addLayout(self.entryActions)

#if QT_CONFIG(shortcut)
        self.signerLabel.setBuddy(self.signer)
        self.lastNameLabel.setBuddy(self.lastName)
        self.firstNameLabel.setBuddy(self.firstName)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignaturesPage)

        QMetaObject.connectSlotsByName(SignaturesPage)
    # setupUi

    def retranslateUi(self, SignaturesPage):
        SignaturesPage.setWindowTitle(QCoreApplication.translate("SignaturesPage", u"Signatures", None))
        self.signerLabel.setText(QCoreApplication.translate("SignaturesPage", u"Who signs", None))
#if QT_CONFIG(accessibility)
        self.signer.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Who signs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signer.setAccessibleDescription(QCoreApplication.translate("SignaturesPage", u"eOther.12", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("SignaturesPage", u"Last name", None))
        self.lastName.setPlaceholderText(QCoreApplication.translate("SignaturesPage", u"Signer last name", None))
#if QT_CONFIG(accessibility)
        self.lastName.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Signer last name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.lastName.setAccessibleDescription(QCoreApplication.translate("SignaturesPage", u"eOther.20", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("SignaturesPage", u"First name", None))
        self.firstName.setPlaceholderText(QCoreApplication.translate("SignaturesPage", u"Signer first name", None))
#if QT_CONFIG(accessibility)
        self.firstName.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Signer first name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.firstName.setAccessibleDescription(QCoreApplication.translate("SignaturesPage", u"eOther.21", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pad.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Signature pad", None))
#endif // QT_CONFIG(accessibility)
        self.clear.setText(QCoreApplication.translate("SignaturesPage", u"Clear", None))
#if QT_CONFIG(accessibility)
        self.clear.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Clear", None))
#endif // QT_CONFIG(accessibility)
        self.save.setText(QCoreApplication.translate("SignaturesPage", u"Save signature", None))
#if QT_CONFIG(accessibility)
        self.save.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Save signature", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SignaturesPage", u"Time", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SignaturesPage", u"Signer", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SignaturesPage", u"Name", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SignaturesPage", u"Status", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Signatures on this report", None))
#endif // QT_CONFIG(accessibility)
        self.edit.setText(QCoreApplication.translate("SignaturesPage", u"Edit...", None))
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Edit the selected signature", None))
#endif // QT_CONFIG(accessibility)
        self.void.setText(QCoreApplication.translate("SignaturesPage", u"Void...", None))
#if QT_CONFIG(accessibility)
        self.void.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Void the selected signature", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

