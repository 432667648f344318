# GENERATED FILE - do not edit. Compiled from forms/login.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_LoginWindow(object):
    def setupUi(self, LoginWindow):
        if not LoginWindow.objectName():
            LoginWindow.setObjectName(u"LoginWindow")
        self.outer = QVBoxLayout(LoginWindow)
        self.outer.setObjectName(u"outer")
        self.top = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.top)

        self.title = QLabel(LoginWindow)
        self.title.setObjectName(u"title")
        self.title.setAlignment(Qt.AlignCenter)

        self.outer.addWidget(self.title)

        self.subtitle = QLabel(LoginWindow)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setAlignment(Qt.AlignCenter)

        self.outer.addWidget(self.subtitle)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.userLabel = QLabel(LoginWindow)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QComboBox(LoginWindow)
        self.user.setObjectName(u"user")
        self.user.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user)

        self.pinLabel = QLabel(LoginWindow)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pin = QLineEdit(LoginWindow)
        self.pin.setObjectName(u"pin")
        self.pin.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pin)


        self.outer.addLayout(self.form)

        self.logIn = QPushButton(LoginWindow)
        self.logIn.setObjectName(u"logIn")

        self.outer.addWidget(self.logIn)

        self.firstRun = QWidget(LoginWindow)
        self.firstRun.setObjectName(u"firstRun")
        self.firstRunLayout = QVBoxLayout(self.firstRun)
        self.firstRunLayout.setObjectName(u"firstRunLayout")
        self.firstRunLayout.setContentsMargins(0, 0, 0, 0)
        self.firstRunText = QLabel(self.firstRun)
        self.firstRunText.setObjectName(u"firstRunText")
        self.firstRunText.setWordWrap(True)

        self.firstRunLayout.addWidget(self.firstRunText)

        self.loadDemo = QPushButton(self.firstRun)
        self.loadDemo.setObjectName(u"loadDemo")

        self.firstRunLayout.addWidget(self.loadDemo)

        self.setUp = QPushButton(self.firstRun)
        self.setUp.setObjectName(u"setUp")

        self.firstRunLayout.addWidget(self.setUp)


        self.outer.addWidget(self.firstRun)

        self.message = QLabel(LoginWindow)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.outer.addWidget(self.message)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.user)
        self.pinLabel.setBuddy(self.pin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginWindow)

        self.logIn.setDefault(True)


        QMetaObject.connectSlotsByName(LoginWindow)
    # setupUi

    def retranslateUi(self, LoginWindow):
        LoginWindow.setWindowTitle(QCoreApplication.translate("LoginWindow", u"epcr - log in", None))
        self.title.setText(QCoreApplication.translate("LoginWindow", u"epcr", None))
        self.title.setStyleSheet(QCoreApplication.translate("LoginWindow", u"font-size: 28pt; font-weight: bold;", None))
        self.subtitle.setText(QCoreApplication.translate("LoginWindow", u"Patient care report", None))
        self.userLabel.setText(QCoreApplication.translate("LoginWindow", u"Crew ID", None))
#if QT_CONFIG(accessibility)
        self.user.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Crew ID", None))
#endif // QT_CONFIG(accessibility)
        self.pinLabel.setText(QCoreApplication.translate("LoginWindow", u"PIN", None))
#if QT_CONFIG(accessibility)
        self.pin.setAccessibleName(QCoreApplication.translate("LoginWindow", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.logIn.setText(QCoreApplication.translate("LoginWindow", u"Log in", None))
#if QT_CONFIG(accessibility)
        self.logIn.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Log in", None))
#endif // QT_CONFIG(accessibility)
        self.firstRunText.setText(QCoreApplication.translate("LoginWindow", u"There is no database on this device yet.", None))
        self.loadDemo.setText(QCoreApplication.translate("LoginWindow", u"Load the demo (crew accounts and sample calls)", None))
#if QT_CONFIG(accessibility)
        self.loadDemo.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Load the demo database", None))
#endif // QT_CONFIG(accessibility)
        self.setUp.setText(QCoreApplication.translate("LoginWindow", u"Set up a new database for this agency", None))
#if QT_CONFIG(accessibility)
        self.setUp.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Set up a new database", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("LoginWindow", u"Login message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

