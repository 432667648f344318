# GENERATED FILE - do not edit. Compiled from forms/protocols.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'protocols.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

from epcr.ui.code_picks import CodePicks

class Ui_ProtocolsPage(object):
    def setupUi(self, ProtocolsPage):
        if not ProtocolsPage.objectName():
            ProtocolsPage.setObjectName(u"ProtocolsPage")
        self.outer = QVBoxLayout(ProtocolsPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(ProtocolsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.protocolsLabel = QLabel(self.content)
        self.protocolsLabel.setObjectName(u"protocolsLabel")
        self.protocolsLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.protocolsLabel)

        self.protocols = CodePicks(self.content)
        self.protocols.setObjectName(u"protocols")
        self.protocols.setProperty(u"path", u"protocols.protocols")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.protocols)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.protocolsLabel.setBuddy(self.protocols)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProtocolsPage)

        QMetaObject.connectSlotsByName(ProtocolsPage)
    # setupUi

    def retranslateUi(self, ProtocolsPage):
        ProtocolsPage.setWindowTitle(QCoreApplication.translate("ProtocolsPage", u"Protocols", None))
        self.protocolsLabel.setText(QCoreApplication.translate("ProtocolsPage", u"Protocols used", None))
#if QT_CONFIG(accessibility)
        self.protocols.setAccessibleName(QCoreApplication.translate("ProtocolsPage", u"protocols", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

