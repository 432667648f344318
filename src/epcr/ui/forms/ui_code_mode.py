# GENERATED FILE - do not edit. Compiled from forms/code_mode.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'code_mode.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CodeModePage(object):
    def setupUi(self, CodeModePage):
        if not CodeModePage.objectName():
            CodeModePage.setObjectName(u"CodeModePage")
        self.outer = QHBoxLayout(CodeModePage)
        self.outer.setObjectName(u"outer")
        self.buttons = QGridLayout()
        self.buttons.setObjectName(u"buttons")

        self.outer.addLayout(self.buttons)

        self.side = QVBoxLayout()
        self.side.setObjectName(u"side")
        self.cycleLabel = QLabel(CodeModePage)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.side.addWidget(self.cycleLabel)

        self.cprTimer = QLabel(CodeModePage)
        self.cprTimer.setObjectName(u"cprTimer")

        self.side.addWidget(self.cprTimer)

        self.log = QListWidget(CodeModePage)
        self.log.setObjectName(u"log")

        self.side.addWidget(self.log)


        self.outer.addLayout(self.side)


        self.retranslateUi(CodeModePage)

        QMetaObject.connectSlotsByName(CodeModePage)
    # setupUi

    def retranslateUi(self, CodeModePage):
        CodeModePage.setWindowTitle(QCoreApplication.translate("CodeModePage", u"Cardiac arrest: code mode", None))
        self.cycleLabel.setText(QCoreApplication.translate("CodeModePage", u"CPR cycle", None))
        self.cprTimer.setText(QCoreApplication.translate("CodeModePage", u"--:--", None))
#if QT_CONFIG(accessibility)
        self.log.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Code events", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

