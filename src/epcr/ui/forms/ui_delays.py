# GENERATED FILE - do not edit. Compiled from forms/delays.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delays.ui'
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
    QLineEdit, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

from epcr.ui.code_picks import CodePicks

class Ui_DelaysPage(object):
    def setupUi(self, DelaysPage):
        if not DelaysPage.objectName():
            DelaysPage.setObjectName(u"DelaysPage")
        self.outer = QVBoxLayout(DelaysPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(DelaysPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dispatchDelaysLabel = QLabel(self.content)
        self.dispatchDelaysLabel.setObjectName(u"dispatchDelaysLabel")
        self.dispatchDelaysLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dispatchDelaysLabel)

        self.dispatchDelays = CodePicks(self.content)
        self.dispatchDelays.setObjectName(u"dispatchDelays")
        self.dispatchDelays.setProperty(u"path", u"response.dispatch_delays")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dispatchDelays)

        self.responseDelaysLabel = QLabel(self.content)
        self.responseDelaysLabel.setObjectName(u"responseDelaysLabel")
        self.responseDelaysLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.responseDelaysLabel)

        self.responseDelays = CodePicks(self.content)
        self.responseDelays.setObjectName(u"responseDelays")
        self.responseDelays.setProperty(u"path", u"response.response_delays")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.responseDelays)

        self.sceneDelaysLabel = QLabel(self.content)
        self.sceneDelaysLabel.setObjectName(u"sceneDelaysLabel")
        self.sceneDelaysLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sceneDelaysLabel)

        self.sceneDelays = CodePicks(self.content)
        self.sceneDelays.setObjectName(u"sceneDelays")
        self.sceneDelays.setProperty(u"path", u"response.scene_delays")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sceneDelays)

        self.transportDelaysLabel = QLabel(self.content)
        self.transportDelaysLabel.setObjectName(u"transportDelaysLabel")
        self.transportDelaysLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.transportDelaysLabel)

        self.transportDelays = CodePicks(self.content)
        self.transportDelays.setObjectName(u"transportDelays")
        self.transportDelays.setProperty(u"path", u"response.transport_delays")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.transportDelays)

        self.turnaroundDelaysLabel = QLabel(self.content)
        self.turnaroundDelaysLabel.setObjectName(u"turnaroundDelaysLabel")
        self.turnaroundDelaysLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.turnaroundDelaysLabel)

        self.turnaroundDelays = CodePicks(self.content)
        self.turnaroundDelays.setObjectName(u"turnaroundDelays")
        self.turnaroundDelays.setProperty(u"path", u"response.turnaround_delays")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.turnaroundDelays)

        self.responseModeDescriptorsLabel = QLabel(self.content)
        self.responseModeDescriptorsLabel.setObjectName(u"responseModeDescriptorsLabel")
        self.responseModeDescriptorsLabel.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responseModeDescriptorsLabel)

        self.responseModeDescriptors = CodePicks(self.content)
        self.responseModeDescriptors.setObjectName(u"responseModeDescriptors")
        self.responseModeDescriptors.setProperty(u"path", u"response.response_mode_descriptors")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responseModeDescriptors)

        self.emdPerformedLabel = QLabel(self.content)
        self.emdPerformedLabel.setObjectName(u"emdPerformedLabel")
        self.emdPerformedLabel.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emdPerformedLabel)

        self.emdPerformed = QComboBox(self.content)
        self.emdPerformed.setObjectName(u"emdPerformed")
        self.emdPerformed.setProperty(u"path", u"dispatch.emd_performed")
        self.emdPerformed.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emdPerformed)

        self.odometerHeading = QLabel(self.content)
        self.odometerHeading.setObjectName(u"odometerHeading")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.odometerHeading)

        self.odometerBeginLabel = QLabel(self.content)
        self.odometerBeginLabel.setObjectName(u"odometerBeginLabel")
        self.odometerBeginLabel.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.odometerBeginLabel)

        self.odometerBegin = QLineEdit(self.content)
        self.odometerBegin.setObjectName(u"odometerBegin")
        self.odometerBegin.setProperty(u"path", u"response.odometer_begin")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.odometerBegin)

        self.odometerSceneLabel = QLabel(self.content)
        self.odometerSceneLabel.setObjectName(u"odometerSceneLabel")
        self.odometerSceneLabel.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.odometerSceneLabel)

        self.odometerScene = QLineEdit(self.content)
        self.odometerScene.setObjectName(u"odometerScene")
        self.odometerScene.setProperty(u"path", u"response.odometer_on_scene")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.odometerScene)

        self.odometerDestinationLabel = QLabel(self.content)
        self.odometerDestinationLabel.setObjectName(u"odometerDestinationLabel")
        self.odometerDestinationLabel.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.odometerDestinationLabel)

        self.odometerDestination = QLineEdit(self.content)
        self.odometerDestination.setObjectName(u"odometerDestination")
        self.odometerDestination.setProperty(u"path", u"response.odometer_destination")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.odometerDestination)

        self.odometerEndLabel = QLabel(self.content)
        self.odometerEndLabel.setObjectName(u"odometerEndLabel")
        self.odometerEndLabel.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.odometerEndLabel)

        self.odometerEnd = QLineEdit(self.content)
        self.odometerEnd.setObjectName(u"odometerEnd")
        self.odometerEnd.setProperty(u"path", u"response.odometer_end")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.odometerEnd)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.dispatchDelaysLabel.setBuddy(self.dispatchDelays)
        self.responseDelaysLabel.setBuddy(self.responseDelays)
        self.sceneDelaysLabel.setBuddy(self.sceneDelays)
        self.transportDelaysLabel.setBuddy(self.transportDelays)
        self.turnaroundDelaysLabel.setBuddy(self.turnaroundDelays)
        self.responseModeDescriptorsLabel.setBuddy(self.responseModeDescriptors)
        self.emdPerformedLabel.setBuddy(self.emdPerformed)
        self.odometerBeginLabel.setBuddy(self.odometerBegin)
        self.odometerSceneLabel.setBuddy(self.odometerScene)
        self.odometerDestinationLabel.setBuddy(self.odometerDestination)
        self.odometerEndLabel.setBuddy(self.odometerEnd)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DelaysPage)

        QMetaObject.connectSlotsByName(DelaysPage)
    # setupUi

    def retranslateUi(self, DelaysPage):
        DelaysPage.setWindowTitle(QCoreApplication.translate("DelaysPage", u"Delays and mileage", None))
        self.dispatchDelaysLabel.setText(QCoreApplication.translate("DelaysPage", u"Dispatch delays", None))
#if QT_CONFIG(accessibility)
        self.dispatchDelays.setAccessibleName(QCoreApplication.translate("DelaysPage", u"dispatchDelays", None))
#endif // QT_CONFIG(accessibility)
        self.responseDelaysLabel.setText(QCoreApplication.translate("DelaysPage", u"Response delays", None))
#if QT_CONFIG(accessibility)
        self.responseDelays.setAccessibleName(QCoreApplication.translate("DelaysPage", u"responseDelays", None))
#endif // QT_CONFIG(accessibility)
        self.sceneDelaysLabel.setText(QCoreApplication.translate("DelaysPage", u"Scene delays", None))
#if QT_CONFIG(accessibility)
        self.sceneDelays.setAccessibleName(QCoreApplication.translate("DelaysPage", u"sceneDelays", None))
#endif // QT_CONFIG(accessibility)
        self.transportDelaysLabel.setText(QCoreApplication.translate("DelaysPage", u"Transport delays", None))
#if QT_CONFIG(accessibility)
        self.transportDelays.setAccessibleName(QCoreApplication.translate("DelaysPage", u"transportDelays", None))
#endif // QT_CONFIG(accessibility)
        self.turnaroundDelaysLabel.setText(QCoreApplication.translate("DelaysPage", u"Turn-around delays", None))
#if QT_CONFIG(accessibility)
        self.turnaroundDelays.setAccessibleName(QCoreApplication.translate("DelaysPage", u"turnaroundDelays", None))
#endif // QT_CONFIG(accessibility)
        self.responseModeDescriptorsLabel.setText(QCoreApplication.translate("DelaysPage", u"Response mode descriptors", None))
#if QT_CONFIG(accessibility)
        self.responseModeDescriptors.setAccessibleName(QCoreApplication.translate("DelaysPage", u"responseModeDescriptors", None))
#endif // QT_CONFIG(accessibility)
        self.emdPerformedLabel.setText(QCoreApplication.translate("DelaysPage", u"EMD performed", None))
#if QT_CONFIG(accessibility)
        self.emdPerformed.setAccessibleName(QCoreApplication.translate("DelaysPage", u"emdPerformed", None))
#endif // QT_CONFIG(accessibility)
        self.odometerHeading.setText(QCoreApplication.translate("DelaysPage", u"Odometer", None))
        self.odometerHeading.setStyleSheet(QCoreApplication.translate("DelaysPage", u"font-weight: bold; margin-top: 10px;", None))
        self.odometerBeginLabel.setText(QCoreApplication.translate("DelaysPage", u"At dispatch", None))
#if QT_CONFIG(accessibility)
        self.odometerBegin.setAccessibleName(QCoreApplication.translate("DelaysPage", u"odometerBegin", None))
#endif // QT_CONFIG(accessibility)
        self.odometerSceneLabel.setText(QCoreApplication.translate("DelaysPage", u"On scene", None))
#if QT_CONFIG(accessibility)
        self.odometerScene.setAccessibleName(QCoreApplication.translate("DelaysPage", u"odometerScene", None))
#endif // QT_CONFIG(accessibility)
        self.odometerDestinationLabel.setText(QCoreApplication.translate("DelaysPage", u"At destination", None))
#if QT_CONFIG(accessibility)
        self.odometerDestination.setAccessibleName(QCoreApplication.translate("DelaysPage", u"odometerDestination", None))
#endif // QT_CONFIG(accessibility)
        self.odometerEndLabel.setText(QCoreApplication.translate("DelaysPage", u"Back in service", None))
#if QT_CONFIG(accessibility)
        self.odometerEnd.setAccessibleName(QCoreApplication.translate("DelaysPage", u"odometerEnd", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

