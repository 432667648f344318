# GENERATED FILE - do not edit. Compiled from forms/incident.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident.ui'
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
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_IncidentPage(object):
    def setupUi(self, IncidentPage):
        if not IncidentPage.objectName():
            IncidentPage.setObjectName(u"IncidentPage")
        self.outer = QVBoxLayout(IncidentPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(IncidentPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.responseHeading = QLabel(self.content)
        self.responseHeading.setObjectName(u"responseHeading")

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.responseHeading)

        self.pcrNumberLabel = QLabel(self.content)
        self.pcrNumberLabel.setObjectName(u"pcrNumberLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pcrNumberLabel)

        self.pcrNumber = QLineEdit(self.content)
        self.pcrNumber.setObjectName(u"pcrNumber")
        self.pcrNumber.setProperty(u"path", u"response.pcr_number")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pcrNumber)

        self.agencyNumberLabel = QLabel(self.content)
        self.agencyNumberLabel.setObjectName(u"agencyNumberLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agencyNumberLabel)

        self.agencyNumber = QLineEdit(self.content)
        self.agencyNumber.setObjectName(u"agencyNumber")
        self.agencyNumber.setProperty(u"path", u"response.agency_number")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agencyNumber)

        self.agencyNameLabel = QLabel(self.content)
        self.agencyNameLabel.setObjectName(u"agencyNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agencyNameLabel)

        self.agencyName = QLineEdit(self.content)
        self.agencyName.setObjectName(u"agencyName")
        self.agencyName.setProperty(u"path", u"response.agency_name")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agencyName)

        self.incidentNumberLabel = QLabel(self.content)
        self.incidentNumberLabel.setObjectName(u"incidentNumberLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.incidentNumberLabel)

        self.incidentNumber = QLineEdit(self.content)
        self.incidentNumber.setObjectName(u"incidentNumber")
        self.incidentNumber.setProperty(u"path", u"response.incident_number")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.incidentNumber)

        self.responseNumberLabel = QLabel(self.content)
        self.responseNumberLabel.setObjectName(u"responseNumberLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.responseNumberLabel)

        self.responseNumber = QLineEdit(self.content)
        self.responseNumber.setObjectName(u"responseNumber")
        self.responseNumber.setProperty(u"path", u"response.response_number")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.responseNumber)

        self.vehicleNumberLabel = QLabel(self.content)
        self.vehicleNumberLabel.setObjectName(u"vehicleNumberLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vehicleNumberLabel)

        self.vehicleNumber = QLineEdit(self.content)
        self.vehicleNumber.setObjectName(u"vehicleNumber")
        self.vehicleNumber.setProperty(u"path", u"response.vehicle_number")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.vehicleNumber)

        self.callSignLabel = QLabel(self.content)
        self.callSignLabel.setObjectName(u"callSignLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.callSignLabel)

        self.callSign = QLineEdit(self.content)
        self.callSign.setObjectName(u"callSign")
        self.callSign.setProperty(u"path", u"response.call_sign")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.callSign)

        self.typeOfServiceLabel = QLabel(self.content)
        self.typeOfServiceLabel.setObjectName(u"typeOfServiceLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.typeOfServiceLabel)

        self.typeOfService = QComboBox(self.content)
        self.typeOfService.setObjectName(u"typeOfService")
        self.typeOfService.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.typeOfService.setMinimumContentsLength(12)
        self.typeOfService.setProperty(u"path", u"response.type_of_service")
        self.typeOfService.setEditable(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.typeOfService)

        self.unitCapabilityLabel = QLabel(self.content)
        self.unitCapabilityLabel.setObjectName(u"unitCapabilityLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.unitCapabilityLabel)

        self.unitCapability = QComboBox(self.content)
        self.unitCapability.setObjectName(u"unitCapability")
        self.unitCapability.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unitCapability.setMinimumContentsLength(12)
        self.unitCapability.setProperty(u"path", u"response.unit_capability")
        self.unitCapability.setEditable(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.unitCapability)

        self.responseModeLabel = QLabel(self.content)
        self.responseModeLabel.setObjectName(u"responseModeLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.responseModeLabel)

        self.responseMode = QComboBox(self.content)
        self.responseMode.setObjectName(u"responseMode")
        self.responseMode.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.responseMode.setMinimumContentsLength(12)
        self.responseMode.setProperty(u"path", u"response.response_mode")
        self.responseMode.setEditable(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.responseMode)

        self.dispatchReasonLabel = QLabel(self.content)
        self.dispatchReasonLabel.setObjectName(u"dispatchReasonLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.dispatchReasonLabel)

        self.dispatchReason = QComboBox(self.content)
        self.dispatchReason.setObjectName(u"dispatchReason")
        self.dispatchReason.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.dispatchReason.setMinimumContentsLength(12)
        self.dispatchReason.setProperty(u"path", u"dispatch.reason")
        self.dispatchReason.setEditable(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.dispatchReason)

        self.timesHeading = QLabel(self.content)
        self.timesHeading.setObjectName(u"timesHeading")

        self.form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.timesHeading)

        self.psapCallLabel = QLabel(self.content)
        self.psapCallLabel.setObjectName(u"psapCallLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.psapCallLabel)

        self.psapCallRow = QHBoxLayout()
        self.psapCallRow.setObjectName(u"psapCallRow")
        self.psapCall = QLineEdit(self.content)
        self.psapCall.setObjectName(u"psapCall")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.psapCall.sizePolicy().hasHeightForWidth())
        self.psapCall.setSizePolicy(sizePolicy)
        self.psapCall.setProperty(u"path", u"times.psap_call")

        self.psapCallRow.addWidget(self.psapCall)

        self.psapCallNow = QPushButton(self.content)
        self.psapCallNow.setObjectName(u"psapCallNow")
        self.psapCallNow.setProperty(u"nowFor", u"times.psap_call")

        self.psapCallRow.addWidget(self.psapCallNow)

        self.psapCallSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.psapCallRow.addItem(self.psapCallSpace)


        self.form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.psapCallRow)

        self.unitNotifiedLabel = QLabel(self.content)
        self.unitNotifiedLabel.setObjectName(u"unitNotifiedLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.unitNotifiedLabel)

        self.unitNotifiedRow = QHBoxLayout()
        self.unitNotifiedRow.setObjectName(u"unitNotifiedRow")
        self.unitNotified = QLineEdit(self.content)
        self.unitNotified.setObjectName(u"unitNotified")
        sizePolicy.setHeightForWidth(self.unitNotified.sizePolicy().hasHeightForWidth())
        self.unitNotified.setSizePolicy(sizePolicy)
        self.unitNotified.setProperty(u"path", u"times.unit_notified")

        self.unitNotifiedRow.addWidget(self.unitNotified)

        self.unitNotifiedNow = QPushButton(self.content)
        self.unitNotifiedNow.setObjectName(u"unitNotifiedNow")
        self.unitNotifiedNow.setProperty(u"nowFor", u"times.unit_notified")

        self.unitNotifiedRow.addWidget(self.unitNotifiedNow)

        self.unitNotifiedSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitNotifiedRow.addItem(self.unitNotifiedSpace)


        self.form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.unitNotifiedRow)

        self.enRouteLabel = QLabel(self.content)
        self.enRouteLabel.setObjectName(u"enRouteLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.enRouteLabel)

        self.enRouteRow = QHBoxLayout()
        self.enRouteRow.setObjectName(u"enRouteRow")
        self.enRoute = QLineEdit(self.content)
        self.enRoute.setObjectName(u"enRoute")
        sizePolicy.setHeightForWidth(self.enRoute.sizePolicy().hasHeightForWidth())
        self.enRoute.setSizePolicy(sizePolicy)
        self.enRoute.setProperty(u"path", u"times.en_route")

        self.enRouteRow.addWidget(self.enRoute)

        self.enRouteNow = QPushButton(self.content)
        self.enRouteNow.setObjectName(u"enRouteNow")
        self.enRouteNow.setProperty(u"nowFor", u"times.en_route")

        self.enRouteRow.addWidget(self.enRouteNow)

        self.enRouteSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.enRouteRow.addItem(self.enRouteSpace)


        self.form.setLayout(15, QFormLayout.ItemRole.FieldRole, self.enRouteRow)

        self.arrivedOnSceneLabel = QLabel(self.content)
        self.arrivedOnSceneLabel.setObjectName(u"arrivedOnSceneLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.arrivedOnSceneLabel)

        self.arrivedOnSceneRow = QHBoxLayout()
        self.arrivedOnSceneRow.setObjectName(u"arrivedOnSceneRow")
        self.arrivedOnScene = QLineEdit(self.content)
        self.arrivedOnScene.setObjectName(u"arrivedOnScene")
        sizePolicy.setHeightForWidth(self.arrivedOnScene.sizePolicy().hasHeightForWidth())
        self.arrivedOnScene.setSizePolicy(sizePolicy)
        self.arrivedOnScene.setProperty(u"path", u"times.arrived_on_scene")

        self.arrivedOnSceneRow.addWidget(self.arrivedOnScene)

        self.arrivedOnSceneNow = QPushButton(self.content)
        self.arrivedOnSceneNow.setObjectName(u"arrivedOnSceneNow")
        self.arrivedOnSceneNow.setProperty(u"nowFor", u"times.arrived_on_scene")

        self.arrivedOnSceneRow.addWidget(self.arrivedOnSceneNow)

        self.arrivedOnSceneSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrivedOnSceneRow.addItem(self.arrivedOnSceneSpace)


        self.form.setLayout(16, QFormLayout.ItemRole.FieldRole, self.arrivedOnSceneRow)

        self.arrivedAtPatientLabel = QLabel(self.content)
        self.arrivedAtPatientLabel.setObjectName(u"arrivedAtPatientLabel")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.arrivedAtPatientLabel)

        self.arrivedAtPatientRow = QHBoxLayout()
        self.arrivedAtPatientRow.setObjectName(u"arrivedAtPatientRow")
        self.arrivedAtPatient = QLineEdit(self.content)
        self.arrivedAtPatient.setObjectName(u"arrivedAtPatient")
        sizePolicy.setHeightForWidth(self.arrivedAtPatient.sizePolicy().hasHeightForWidth())
        self.arrivedAtPatient.setSizePolicy(sizePolicy)
        self.arrivedAtPatient.setProperty(u"path", u"times.arrived_at_patient")

        self.arrivedAtPatientRow.addWidget(self.arrivedAtPatient)

        self.arrivedAtPatientNow = QPushButton(self.content)
        self.arrivedAtPatientNow.setObjectName(u"arrivedAtPatientNow")
        self.arrivedAtPatientNow.setProperty(u"nowFor", u"times.arrived_at_patient")

        self.arrivedAtPatientRow.addWidget(self.arrivedAtPatientNow)

        self.arrivedAtPatientSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrivedAtPatientRow.addItem(self.arrivedAtPatientSpace)


        self.form.setLayout(17, QFormLayout.ItemRole.FieldRole, self.arrivedAtPatientRow)

        self.leftSceneLabel = QLabel(self.content)
        self.leftSceneLabel.setObjectName(u"leftSceneLabel")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.leftSceneLabel)

        self.leftSceneRow = QHBoxLayout()
        self.leftSceneRow.setObjectName(u"leftSceneRow")
        self.leftScene = QLineEdit(self.content)
        self.leftScene.setObjectName(u"leftScene")
        sizePolicy.setHeightForWidth(self.leftScene.sizePolicy().hasHeightForWidth())
        self.leftScene.setSizePolicy(sizePolicy)
        self.leftScene.setProperty(u"path", u"times.left_scene")

        self.leftSceneRow.addWidget(self.leftScene)

        self.leftSceneNow = QPushButton(self.content)
        self.leftSceneNow.setObjectName(u"leftSceneNow")
        self.leftSceneNow.setProperty(u"nowFor", u"times.left_scene")

        self.leftSceneRow.addWidget(self.leftSceneNow)

        self.leftSceneSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leftSceneRow.addItem(self.leftSceneSpace)


        self.form.setLayout(18, QFormLayout.ItemRole.FieldRole, self.leftSceneRow)

        self.arrivedAtDestinationLabel = QLabel(self.content)
        self.arrivedAtDestinationLabel.setObjectName(u"arrivedAtDestinationLabel")

        self.form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.arrivedAtDestinationLabel)

        self.arrivedAtDestinationRow = QHBoxLayout()
        self.arrivedAtDestinationRow.setObjectName(u"arrivedAtDestinationRow")
        self.arrivedAtDestination = QLineEdit(self.content)
        self.arrivedAtDestination.setObjectName(u"arrivedAtDestination")
        sizePolicy.setHeightForWidth(self.arrivedAtDestination.sizePolicy().hasHeightForWidth())
        self.arrivedAtDestination.setSizePolicy(sizePolicy)
        self.arrivedAtDestination.setProperty(u"path", u"times.arrived_at_destination")

        self.arrivedAtDestinationRow.addWidget(self.arrivedAtDestination)

        self.arrivedAtDestinationNow = QPushButton(self.content)
        self.arrivedAtDestinationNow.setObjectName(u"arrivedAtDestinationNow")
        self.arrivedAtDestinationNow.setProperty(u"nowFor", u"times.arrived_at_destination")

        self.arrivedAtDestinationRow.addWidget(self.arrivedAtDestinationNow)

        self.arrivedAtDestinationSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrivedAtDestinationRow.addItem(self.arrivedAtDestinationSpace)


        self.form.setLayout(19, QFormLayout.ItemRole.FieldRole, self.arrivedAtDestinationRow)

        self.transferOfCareLabel = QLabel(self.content)
        self.transferOfCareLabel.setObjectName(u"transferOfCareLabel")

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.transferOfCareLabel)

        self.transferOfCareRow = QHBoxLayout()
        self.transferOfCareRow.setObjectName(u"transferOfCareRow")
        self.transferOfCare = QLineEdit(self.content)
        self.transferOfCare.setObjectName(u"transferOfCare")
        sizePolicy.setHeightForWidth(self.transferOfCare.sizePolicy().hasHeightForWidth())
        self.transferOfCare.setSizePolicy(sizePolicy)
        self.transferOfCare.setProperty(u"path", u"times.transfer_of_care")

        self.transferOfCareRow.addWidget(self.transferOfCare)

        self.transferOfCareNow = QPushButton(self.content)
        self.transferOfCareNow.setObjectName(u"transferOfCareNow")
        self.transferOfCareNow.setProperty(u"nowFor", u"times.transfer_of_care")

        self.transferOfCareRow.addWidget(self.transferOfCareNow)

        self.transferOfCareSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.transferOfCareRow.addItem(self.transferOfCareSpace)


        self.form.setLayout(20, QFormLayout.ItemRole.FieldRole, self.transferOfCareRow)

        self.backInServiceLabel = QLabel(self.content)
        self.backInServiceLabel.setObjectName(u"backInServiceLabel")

        self.form.setWidget(21, QFormLayout.ItemRole.LabelRole, self.backInServiceLabel)

        self.backInServiceRow = QHBoxLayout()
        self.backInServiceRow.setObjectName(u"backInServiceRow")
        self.backInService = QLineEdit(self.content)
        self.backInService.setObjectName(u"backInService")
        sizePolicy.setHeightForWidth(self.backInService.sizePolicy().hasHeightForWidth())
        self.backInService.setSizePolicy(sizePolicy)
        self.backInService.setProperty(u"path", u"times.back_in_service")

        self.backInServiceRow.addWidget(self.backInService)

        self.backInServiceNow = QPushButton(self.content)
        self.backInServiceNow.setObjectName(u"backInServiceNow")
        self.backInServiceNow.setProperty(u"nowFor", u"times.back_in_service")

        self.backInServiceRow.addWidget(self.backInServiceNow)

        self.backInServiceSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backInServiceRow.addItem(self.backInServiceSpace)


        self.form.setLayout(21, QFormLayout.ItemRole.FieldRole, self.backInServiceRow)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.pcrNumberLabel.setBuddy(self.pcrNumber)
        self.agencyNumberLabel.setBuddy(self.agencyNumber)
        self.agencyNameLabel.setBuddy(self.agencyName)
        self.incidentNumberLabel.setBuddy(self.incidentNumber)
        self.responseNumberLabel.setBuddy(self.responseNumber)
        self.vehicleNumberLabel.setBuddy(self.vehicleNumber)
        self.callSignLabel.setBuddy(self.callSign)
        self.typeOfServiceLabel.setBuddy(self.typeOfService)
        self.unitCapabilityLabel.setBuddy(self.unitCapability)
        self.responseModeLabel.setBuddy(self.responseMode)
        self.dispatchReasonLabel.setBuddy(self.dispatchReason)
        self.psapCallLabel.setBuddy(self.psapCall)
        self.unitNotifiedLabel.setBuddy(self.unitNotified)
        self.enRouteLabel.setBuddy(self.enRoute)
        self.arrivedOnSceneLabel.setBuddy(self.arrivedOnScene)
        self.arrivedAtPatientLabel.setBuddy(self.arrivedAtPatient)
        self.leftSceneLabel.setBuddy(self.leftScene)
        self.arrivedAtDestinationLabel.setBuddy(self.arrivedAtDestination)
        self.transferOfCareLabel.setBuddy(self.transferOfCare)
        self.backInServiceLabel.setBuddy(self.backInService)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IncidentPage)

        QMetaObject.connectSlotsByName(IncidentPage)
    # setupUi

    def retranslateUi(self, IncidentPage):
        IncidentPage.setWindowTitle(QCoreApplication.translate("IncidentPage", u"Incident and times", None))
        self.responseHeading.setText(QCoreApplication.translate("IncidentPage", u"Record and response", None))
        self.responseHeading.setStyleSheet(QCoreApplication.translate("IncidentPage", u"font-weight: bold; margin-top: 10px;", None))
        self.pcrNumberLabel.setText(QCoreApplication.translate("IncidentPage", u"PCR number", None))
#if QT_CONFIG(accessibility)
        self.pcrNumber.setAccessibleName(QCoreApplication.translate("IncidentPage", u"pcrNumber", None))
#endif // QT_CONFIG(accessibility)
        self.agencyNumberLabel.setText(QCoreApplication.translate("IncidentPage", u"Agency number", None))
#if QT_CONFIG(accessibility)
        self.agencyNumber.setAccessibleName(QCoreApplication.translate("IncidentPage", u"agencyNumber", None))
#endif // QT_CONFIG(accessibility)
        self.agencyNameLabel.setText(QCoreApplication.translate("IncidentPage", u"Agency name", None))
#if QT_CONFIG(accessibility)
        self.agencyName.setAccessibleName(QCoreApplication.translate("IncidentPage", u"agencyName", None))
#endif // QT_CONFIG(accessibility)
        self.incidentNumberLabel.setText(QCoreApplication.translate("IncidentPage", u"Incident number", None))
#if QT_CONFIG(accessibility)
        self.incidentNumber.setAccessibleName(QCoreApplication.translate("IncidentPage", u"incidentNumber", None))
#endif // QT_CONFIG(accessibility)
        self.responseNumberLabel.setText(QCoreApplication.translate("IncidentPage", u"Response number", None))
#if QT_CONFIG(accessibility)
        self.responseNumber.setAccessibleName(QCoreApplication.translate("IncidentPage", u"responseNumber", None))
#endif // QT_CONFIG(accessibility)
        self.vehicleNumberLabel.setText(QCoreApplication.translate("IncidentPage", u"Unit / vehicle", None))
#if QT_CONFIG(accessibility)
        self.vehicleNumber.setAccessibleName(QCoreApplication.translate("IncidentPage", u"vehicleNumber", None))
#endif // QT_CONFIG(accessibility)
        self.callSignLabel.setText(QCoreApplication.translate("IncidentPage", u"Call sign", None))
#if QT_CONFIG(accessibility)
        self.callSign.setAccessibleName(QCoreApplication.translate("IncidentPage", u"callSign", None))
#endif // QT_CONFIG(accessibility)
        self.typeOfServiceLabel.setText(QCoreApplication.translate("IncidentPage", u"Type of service", None))
#if QT_CONFIG(accessibility)
        self.typeOfService.setAccessibleName(QCoreApplication.translate("IncidentPage", u"typeOfService", None))
#endif // QT_CONFIG(accessibility)
        self.unitCapabilityLabel.setText(QCoreApplication.translate("IncidentPage", u"Unit capability", None))
#if QT_CONFIG(accessibility)
        self.unitCapability.setAccessibleName(QCoreApplication.translate("IncidentPage", u"unitCapability", None))
#endif // QT_CONFIG(accessibility)
        self.responseModeLabel.setText(QCoreApplication.translate("IncidentPage", u"Response mode", None))
#if QT_CONFIG(accessibility)
        self.responseMode.setAccessibleName(QCoreApplication.translate("IncidentPage", u"responseMode", None))
#endif // QT_CONFIG(accessibility)
        self.dispatchReasonLabel.setText(QCoreApplication.translate("IncidentPage", u"Dispatch reason", None))
#if QT_CONFIG(accessibility)
        self.dispatchReason.setAccessibleName(QCoreApplication.translate("IncidentPage", u"dispatchReason", None))
#endif // QT_CONFIG(accessibility)
        self.timesHeading.setText(QCoreApplication.translate("IncidentPage", u"Times", None))
        self.timesHeading.setStyleSheet(QCoreApplication.translate("IncidentPage", u"font-weight: bold; margin-top: 10px;", None))
        self.psapCallLabel.setText(QCoreApplication.translate("IncidentPage", u"PSAP call", None))
#if QT_CONFIG(accessibility)
        self.psapCall.setAccessibleName(QCoreApplication.translate("IncidentPage", u"psapCall", None))
#endif // QT_CONFIG(accessibility)
        self.psapCall.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.psapCallNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.psapCallNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"PSAP call now", None))
#endif // QT_CONFIG(accessibility)
        self.unitNotifiedLabel.setText(QCoreApplication.translate("IncidentPage", u"Unit notified", None))
#if QT_CONFIG(accessibility)
        self.unitNotified.setAccessibleName(QCoreApplication.translate("IncidentPage", u"unitNotified", None))
#endif // QT_CONFIG(accessibility)
        self.unitNotified.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.unitNotifiedNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.unitNotifiedNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"Unit notified now", None))
#endif // QT_CONFIG(accessibility)
        self.enRouteLabel.setText(QCoreApplication.translate("IncidentPage", u"En route", None))
#if QT_CONFIG(accessibility)
        self.enRoute.setAccessibleName(QCoreApplication.translate("IncidentPage", u"enRoute", None))
#endif // QT_CONFIG(accessibility)
        self.enRoute.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.enRouteNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.enRouteNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"En route now", None))
#endif // QT_CONFIG(accessibility)
        self.arrivedOnSceneLabel.setText(QCoreApplication.translate("IncidentPage", u"Arrived on scene", None))
#if QT_CONFIG(accessibility)
        self.arrivedOnScene.setAccessibleName(QCoreApplication.translate("IncidentPage", u"arrivedOnScene", None))
#endif // QT_CONFIG(accessibility)
        self.arrivedOnScene.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.arrivedOnSceneNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.arrivedOnSceneNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"Arrived on scene now", None))
#endif // QT_CONFIG(accessibility)
        self.arrivedAtPatientLabel.setText(QCoreApplication.translate("IncidentPage", u"At patient", None))
#if QT_CONFIG(accessibility)
        self.arrivedAtPatient.setAccessibleName(QCoreApplication.translate("IncidentPage", u"arrivedAtPatient", None))
#endif // QT_CONFIG(accessibility)
        self.arrivedAtPatient.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.arrivedAtPatientNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.arrivedAtPatientNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"At patient now", None))
#endif // QT_CONFIG(accessibility)
        self.leftSceneLabel.setText(QCoreApplication.translate("IncidentPage", u"Left scene", None))
#if QT_CONFIG(accessibility)
        self.leftScene.setAccessibleName(QCoreApplication.translate("IncidentPage", u"leftScene", None))
#endif // QT_CONFIG(accessibility)
        self.leftScene.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.leftSceneNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.leftSceneNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"Left scene now", None))
#endif // QT_CONFIG(accessibility)
        self.arrivedAtDestinationLabel.setText(QCoreApplication.translate("IncidentPage", u"At destination", None))
#if QT_CONFIG(accessibility)
        self.arrivedAtDestination.setAccessibleName(QCoreApplication.translate("IncidentPage", u"arrivedAtDestination", None))
#endif // QT_CONFIG(accessibility)
        self.arrivedAtDestination.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.arrivedAtDestinationNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.arrivedAtDestinationNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"At destination now", None))
#endif // QT_CONFIG(accessibility)
        self.transferOfCareLabel.setText(QCoreApplication.translate("IncidentPage", u"Transfer of care", None))
#if QT_CONFIG(accessibility)
        self.transferOfCare.setAccessibleName(QCoreApplication.translate("IncidentPage", u"transferOfCare", None))
#endif // QT_CONFIG(accessibility)
        self.transferOfCare.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.transferOfCareNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.transferOfCareNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"Transfer of care now", None))
#endif // QT_CONFIG(accessibility)
        self.backInServiceLabel.setText(QCoreApplication.translate("IncidentPage", u"Back in service", None))
#if QT_CONFIG(accessibility)
        self.backInService.setAccessibleName(QCoreApplication.translate("IncidentPage", u"backInService", None))
#endif // QT_CONFIG(accessibility)
        self.backInService.setPlaceholderText(QCoreApplication.translate("IncidentPage", u"HH:MM[:SS], or tap Now", None))
        self.backInServiceNow.setText(QCoreApplication.translate("IncidentPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.backInServiceNow.setAccessibleName(QCoreApplication.translate("IncidentPage", u"Back in service now", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

