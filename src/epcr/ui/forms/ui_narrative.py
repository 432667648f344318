# GENERATED FILE - do not edit. Compiled from forms/narrative.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'narrative.ui'
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
from PySide6.QtWidgets import (QApplication, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NarrativePage(object):
    def setupUi(self, NarrativePage):
        if not NarrativePage.objectName():
            NarrativePage.setObjectName(u"NarrativePage")
        self.outer = QVBoxLayout(NarrativePage)
        self.outer.setObjectName(u"outer")
        self.text = QPlainTextEdit(NarrativePage)
        self.text.setObjectName(u"text")

        self.outer.addWidget(self.text)


        self.retranslateUi(NarrativePage)

        QMetaObject.connectSlotsByName(NarrativePage)
    # setupUi

    def retranslateUi(self, NarrativePage):
        NarrativePage.setWindowTitle(QCoreApplication.translate("NarrativePage", u"Narrative", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("NarrativePage", u"Narrative", None))
#endif // QT_CONFIG(accessibility)
        self.text.setPlaceholderText(QCoreApplication.translate("NarrativePage", u"What happened, what you found, what you did, how the patient responded", None))
    # retranslateUi

