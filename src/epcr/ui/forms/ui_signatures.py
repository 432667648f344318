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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

from epcr.ui.widgets import SignaturePad

class Ui_SignaturesPage(object):
    def setupUi(self, SignaturesPage):
        if not SignaturesPage.objectName():
            SignaturesPage.setObjectName(u"SignaturesPage")
        self.outer = QVBoxLayout(SignaturesPage)
        self.outer.setObjectName(u"outer")
        self.who = QHBoxLayout()
        self.who.setObjectName(u"who")
        self.signer = QComboBox(SignaturesPage)
        self.signer.setObjectName(u"signer")

        self.who.addWidget(self.signer)

        self.lastName = QLineEdit(SignaturesPage)
        self.lastName.setObjectName(u"lastName")

        self.who.addWidget(self.lastName)

        self.firstName = QLineEdit(SignaturesPage)
        self.firstName.setObjectName(u"firstName")

        self.who.addWidget(self.firstName)


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

        self.buttons.addWidget(self.save)


        self.outer.addLayout(self.buttons)

        self.list = QListWidget(SignaturesPage)
        self.list.setObjectName(u"list")

        self.outer.addWidget(self.list)


        self.retranslateUi(SignaturesPage)

        QMetaObject.connectSlotsByName(SignaturesPage)
    # setupUi

    def retranslateUi(self, SignaturesPage):
        SignaturesPage.setWindowTitle(QCoreApplication.translate("SignaturesPage", u"Signatures", None))
#if QT_CONFIG(accessibility)
        self.signer.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Who signs", None))
#endif // QT_CONFIG(accessibility)
        self.lastName.setPlaceholderText(QCoreApplication.translate("SignaturesPage", u"Signer last name", None))
#if QT_CONFIG(accessibility)
        self.lastName.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Signer last name", None))
#endif // QT_CONFIG(accessibility)
        self.firstName.setPlaceholderText(QCoreApplication.translate("SignaturesPage", u"Signer first name", None))
#if QT_CONFIG(accessibility)
        self.firstName.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Signer first name", None))
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
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("SignaturesPage", u"Signatures on this report", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

