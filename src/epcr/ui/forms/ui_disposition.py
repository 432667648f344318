# GENERATED FILE - do not edit. Compiled from forms/disposition.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disposition.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from epcr.ui.code_picks import CodePicks

class Ui_DispositionPage(object):
    def setupUi(self, DispositionPage):
        if not DispositionPage.objectName():
            DispositionPage.setObjectName(u"DispositionPage")
        self.outer = QVBoxLayout(DispositionPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(DispositionPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.unitDispositionLabel = QLabel(self.content)
        self.unitDispositionLabel.setObjectName(u"unitDispositionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitDispositionLabel)

        self.unitDisposition = QComboBox(self.content)
        self.unitDisposition.setObjectName(u"unitDisposition")
        self.unitDisposition.setProperty(u"path", u"disposition.unit_disposition")
        self.unitDisposition.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitDisposition)

        self.patientEvaluationCareLabel = QLabel(self.content)
        self.patientEvaluationCareLabel.setObjectName(u"patientEvaluationCareLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.patientEvaluationCareLabel)

        self.patientEvaluationCare = QComboBox(self.content)
        self.patientEvaluationCare.setObjectName(u"patientEvaluationCare")
        self.patientEvaluationCare.setProperty(u"path", u"disposition.patient_evaluation_care")
        self.patientEvaluationCare.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.patientEvaluationCare)

        self.crewDispositionLabel = QLabel(self.content)
        self.crewDispositionLabel.setObjectName(u"crewDispositionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.crewDispositionLabel)

        self.crewDisposition = QComboBox(self.content)
        self.crewDisposition.setObjectName(u"crewDisposition")
        self.crewDisposition.setProperty(u"path", u"disposition.crew_disposition")
        self.crewDisposition.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.crewDisposition)

        self.transportDispositionLabel = QLabel(self.content)
        self.transportDispositionLabel.setObjectName(u"transportDispositionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.transportDispositionLabel)

        self.transportDisposition = QComboBox(self.content)
        self.transportDisposition.setObjectName(u"transportDisposition")
        self.transportDisposition.setProperty(u"path", u"disposition.transport_disposition")
        self.transportDisposition.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.transportDisposition)

        self.levelOfCareLabel = QLabel(self.content)
        self.levelOfCareLabel.setObjectName(u"levelOfCareLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelOfCareLabel)

        self.levelOfCare = QComboBox(self.content)
        self.levelOfCare.setObjectName(u"levelOfCare")
        self.levelOfCare.setProperty(u"path", u"disposition.level_of_care")
        self.levelOfCare.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.levelOfCare)

        self.destinationNameLabel = QLabel(self.content)
        self.destinationNameLabel.setObjectName(u"destinationNameLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.destinationNameLabel)

        self.destinationName = QLineEdit(self.content)
        self.destinationName.setObjectName(u"destinationName")
        self.destinationName.setProperty(u"path", u"disposition.destination_name")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.destinationName)

        self.destinationTypeLabel = QLabel(self.content)
        self.destinationTypeLabel.setObjectName(u"destinationTypeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.destinationTypeLabel)

        self.destinationType = QComboBox(self.content)
        self.destinationType.setObjectName(u"destinationType")
        self.destinationType.setProperty(u"path", u"disposition.destination_type")
        self.destinationType.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.destinationType)

        self.transportMethodLabel = QLabel(self.content)
        self.transportMethodLabel.setObjectName(u"transportMethodLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.transportMethodLabel)

        self.transportMethod = QComboBox(self.content)
        self.transportMethod.setObjectName(u"transportMethod")
        self.transportMethod.setProperty(u"path", u"disposition.transport_method")
        self.transportMethod.setEditable(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.transportMethod)

        self.transportModeLabel = QLabel(self.content)
        self.transportModeLabel.setObjectName(u"transportModeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.transportModeLabel)

        self.transportMode = QComboBox(self.content)
        self.transportMode.setObjectName(u"transportMode")
        self.transportMode.setProperty(u"path", u"disposition.transport_mode")
        self.transportMode.setEditable(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.transportMode)

        self.careTransferredToLabel = QLabel(self.content)
        self.careTransferredToLabel.setObjectName(u"careTransferredToLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.careTransferredToLabel)

        self.careTransferredTo = QLineEdit(self.content)
        self.careTransferredTo.setObjectName(u"careTransferredTo")
        self.careTransferredTo.setProperty(u"path", u"disposition.care_transferred_to")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.careTransferredTo)

        self.transportHeading = QLabel(self.content)
        self.transportHeading.setObjectName(u"transportHeading")

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.transportHeading)

        self.destinationReasonsLabel = QLabel(self.content)
        self.destinationReasonsLabel.setObjectName(u"destinationReasonsLabel")
        self.destinationReasonsLabel.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.destinationReasonsLabel)

        self.destinationReasons = CodePicks(self.content)
        self.destinationReasons.setObjectName(u"destinationReasons")
        self.destinationReasons.setProperty(u"path", u"disposition.destination_reasons")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.destinationReasons)

        self.modeDescriptorsLabel = QLabel(self.content)
        self.modeDescriptorsLabel.setObjectName(u"modeDescriptorsLabel")
        self.modeDescriptorsLabel.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.modeDescriptorsLabel)

        self.modeDescriptors = CodePicks(self.content)
        self.modeDescriptors.setObjectName(u"modeDescriptors")
        self.modeDescriptors.setProperty(u"path", u"disposition.transport_mode_descriptors")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.modeDescriptors)

        self.acuityOnReleaseLabel = QLabel(self.content)
        self.acuityOnReleaseLabel.setObjectName(u"acuityOnReleaseLabel")
        self.acuityOnReleaseLabel.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.acuityOnReleaseLabel)

        self.acuityOnRelease = QComboBox(self.content)
        self.acuityOnRelease.setObjectName(u"acuityOnRelease")
        self.acuityOnRelease.setProperty(u"path", u"disposition.acuity_on_release")
        self.acuityOnRelease.setEditable(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.acuityOnRelease)

        self.preArrivalAlertLabel = QLabel(self.content)
        self.preArrivalAlertLabel.setObjectName(u"preArrivalAlertLabel")
        self.preArrivalAlertLabel.setWordWrap(True)

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.preArrivalAlertLabel)

        self.preArrivalAlert = QComboBox(self.content)
        self.preArrivalAlert.setObjectName(u"preArrivalAlert")
        self.preArrivalAlert.setProperty(u"path", u"disposition.pre_arrival_alert")
        self.preArrivalAlert.setEditable(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.preArrivalAlert)

        self.preArrivalAlertAtLabel = QLabel(self.content)
        self.preArrivalAlertAtLabel.setObjectName(u"preArrivalAlertAtLabel")
        self.preArrivalAlertAtLabel.setWordWrap(True)

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.preArrivalAlertAtLabel)

        self.preArrivalAlertAtRow = QHBoxLayout()
        self.preArrivalAlertAtRow.setObjectName(u"preArrivalAlertAtRow")
        self.preArrivalAlertAt = QLineEdit(self.content)
        self.preArrivalAlertAt.setObjectName(u"preArrivalAlertAt")
        self.preArrivalAlertAt.setProperty(u"path", u"disposition.pre_arrival_alert_at")

        self.preArrivalAlertAtRow.addWidget(self.preArrivalAlertAt)

        self.preArrivalAlertAtNow = QPushButton(self.content)
        self.preArrivalAlertAtNow.setObjectName(u"preArrivalAlertAtNow")
        self.preArrivalAlertAtNow.setProperty(u"nowFor", u"disposition.pre_arrival_alert_at")

        self.preArrivalAlertAtRow.addWidget(self.preArrivalAlertAtNow)


        self.form.setLayout(15, QFormLayout.ItemRole.FieldRole, self.preArrivalAlertAtRow)

        self.hospitalCapabilityLabel = QLabel(self.content)
        self.hospitalCapabilityLabel.setObjectName(u"hospitalCapabilityLabel")
        self.hospitalCapabilityLabel.setWordWrap(True)

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.hospitalCapabilityLabel)

        self.hospitalCapability = CodePicks(self.content)
        self.hospitalCapability.setObjectName(u"hospitalCapability")
        self.hospitalCapability.setProperty(u"path", u"disposition.hospital_capability")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.hospitalCapability)

        self.inpatientDestinationLabel = QLabel(self.content)
        self.inpatientDestinationLabel.setObjectName(u"inpatientDestinationLabel")
        self.inpatientDestinationLabel.setWordWrap(True)

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.inpatientDestinationLabel)

        self.inpatientDestination = QComboBox(self.content)
        self.inpatientDestination.setObjectName(u"inpatientDestination")
        self.inpatientDestination.setProperty(u"path", u"disposition.hospital_inpatient_destination")
        self.inpatientDestination.setEditable(True)

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.inpatientDestination)

        self.destinationStreetLabel = QLabel(self.content)
        self.destinationStreetLabel.setObjectName(u"destinationStreetLabel")
        self.destinationStreetLabel.setWordWrap(True)

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.destinationStreetLabel)

        self.destinationStreet = QLineEdit(self.content)
        self.destinationStreet.setObjectName(u"destinationStreet")
        self.destinationStreet.setProperty(u"path", u"disposition.destination_street")

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.destinationStreet)

        self.destinationCountyLabel = QLabel(self.content)
        self.destinationCountyLabel.setObjectName(u"destinationCountyLabel")
        self.destinationCountyLabel.setWordWrap(True)

        self.form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.destinationCountyLabel)

        self.destinationCounty = QLineEdit(self.content)
        self.destinationCounty.setObjectName(u"destinationCounty")
        self.destinationCounty.setProperty(u"path", u"disposition.destination_county")

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.destinationCounty)

        self.destinationStateLabel = QLabel(self.content)
        self.destinationStateLabel.setObjectName(u"destinationStateLabel")
        self.destinationStateLabel.setWordWrap(True)

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.destinationStateLabel)

        self.destinationState = QLineEdit(self.content)
        self.destinationState.setObjectName(u"destinationState")
        self.destinationState.setProperty(u"path", u"disposition.destination_state")

        self.form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.destinationState)

        self.destinationZipLabel = QLabel(self.content)
        self.destinationZipLabel.setObjectName(u"destinationZipLabel")
        self.destinationZipLabel.setWordWrap(True)

        self.form.setWidget(21, QFormLayout.ItemRole.LabelRole, self.destinationZipLabel)

        self.destinationZip = QLineEdit(self.content)
        self.destinationZip.setObjectName(u"destinationZip")
        self.destinationZip.setProperty(u"path", u"disposition.destination_zip")

        self.form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.destinationZip)

        self.destinationCodeLabel = QLabel(self.content)
        self.destinationCodeLabel.setObjectName(u"destinationCodeLabel")
        self.destinationCodeLabel.setWordWrap(True)

        self.form.setWidget(22, QFormLayout.ItemRole.LabelRole, self.destinationCodeLabel)

        self.destinationCode = QLineEdit(self.content)
        self.destinationCode.setObjectName(u"destinationCode")
        self.destinationCode.setProperty(u"path", u"disposition.destination_code")

        self.form.setWidget(22, QFormLayout.ItemRole.FieldRole, self.destinationCode)

        self.destinationCityLabel = QLabel(self.content)
        self.destinationCityLabel.setObjectName(u"destinationCityLabel")
        self.destinationCityLabel.setWordWrap(True)

        self.form.setWidget(23, QFormLayout.ItemRole.LabelRole, self.destinationCityLabel)

        self.destinationCity = QLineEdit(self.content)
        self.destinationCity.setObjectName(u"destinationCity")
        self.destinationCity.setProperty(u"path", u"disposition.destination_city")

        self.form.setWidget(23, QFormLayout.ItemRole.FieldRole, self.destinationCity)

        self.destinationCountryLabel = QLabel(self.content)
        self.destinationCountryLabel.setObjectName(u"destinationCountryLabel")
        self.destinationCountryLabel.setWordWrap(True)

        self.form.setWidget(24, QFormLayout.ItemRole.LabelRole, self.destinationCountryLabel)

        self.destinationCountry = QLineEdit(self.content)
        self.destinationCountry.setObjectName(u"destinationCountry")
        self.destinationCountry.setProperty(u"path", u"disposition.destination_country")

        self.form.setWidget(24, QFormLayout.ItemRole.FieldRole, self.destinationCountry)

        self.destinationGpsLabel = QLabel(self.content)
        self.destinationGpsLabel.setObjectName(u"destinationGpsLabel")
        self.destinationGpsLabel.setWordWrap(True)

        self.form.setWidget(25, QFormLayout.ItemRole.LabelRole, self.destinationGpsLabel)

        self.destinationGps = QLineEdit(self.content)
        self.destinationGps.setObjectName(u"destinationGps")
        self.destinationGps.setProperty(u"path", u"disposition.destination_gps")

        self.form.setWidget(25, QFormLayout.ItemRole.FieldRole, self.destinationGps)

        self.patientsTransportedLabel = QLabel(self.content)
        self.patientsTransportedLabel.setObjectName(u"patientsTransportedLabel")
        self.patientsTransportedLabel.setWordWrap(True)

        self.form.setWidget(26, QFormLayout.ItemRole.LabelRole, self.patientsTransportedLabel)

        self.patientsTransported = QLineEdit(self.content)
        self.patientsTransported.setObjectName(u"patientsTransported")
        self.patientsTransported.setProperty(u"path", u"disposition.patients_transported")

        self.form.setWidget(26, QFormLayout.ItemRole.FieldRole, self.patientsTransported)

        self.movingHeading = QLabel(self.content)
        self.movingHeading.setObjectName(u"movingHeading")

        self.form.setWidget(27, QFormLayout.ItemRole.SpanningRole, self.movingHeading)

        self.movedToAmbulanceLabel = QLabel(self.content)
        self.movedToAmbulanceLabel.setObjectName(u"movedToAmbulanceLabel")
        self.movedToAmbulanceLabel.setWordWrap(True)

        self.form.setWidget(28, QFormLayout.ItemRole.LabelRole, self.movedToAmbulanceLabel)

        self.movedToAmbulance = CodePicks(self.content)
        self.movedToAmbulance.setObjectName(u"movedToAmbulance")
        self.movedToAmbulance.setProperty(u"path", u"disposition.moved_to_ambulance")

        self.form.setWidget(28, QFormLayout.ItemRole.FieldRole, self.movedToAmbulance)

        self.transportPositionLabel = QLabel(self.content)
        self.transportPositionLabel.setObjectName(u"transportPositionLabel")
        self.transportPositionLabel.setWordWrap(True)

        self.form.setWidget(29, QFormLayout.ItemRole.LabelRole, self.transportPositionLabel)

        self.transportPosition = CodePicks(self.content)
        self.transportPosition.setObjectName(u"transportPosition")
        self.transportPosition.setProperty(u"path", u"disposition.transport_position")

        self.form.setWidget(29, QFormLayout.ItemRole.FieldRole, self.transportPosition)

        self.movedFromAmbulanceLabel = QLabel(self.content)
        self.movedFromAmbulanceLabel.setObjectName(u"movedFromAmbulanceLabel")
        self.movedFromAmbulanceLabel.setWordWrap(True)

        self.form.setWidget(30, QFormLayout.ItemRole.LabelRole, self.movedFromAmbulanceLabel)

        self.movedFromAmbulance = CodePicks(self.content)
        self.movedFromAmbulance.setObjectName(u"movedFromAmbulance")
        self.movedFromAmbulance.setProperty(u"path", u"disposition.moved_from_ambulance")

        self.form.setWidget(30, QFormLayout.ItemRole.FieldRole, self.movedFromAmbulance)

        self.releaseHeading = QLabel(self.content)
        self.releaseHeading.setObjectName(u"releaseHeading")

        self.form.setWidget(31, QFormLayout.ItemRole.SpanningRole, self.releaseHeading)

        self.refusalReasonsLabel = QLabel(self.content)
        self.refusalReasonsLabel.setObjectName(u"refusalReasonsLabel")
        self.refusalReasonsLabel.setWordWrap(True)

        self.form.setWidget(32, QFormLayout.ItemRole.LabelRole, self.refusalReasonsLabel)

        self.refusalReasons = CodePicks(self.content)
        self.refusalReasons.setObjectName(u"refusalReasons")
        self.refusalReasons.setProperty(u"path", u"disposition.refusal_reasons")

        self.form.setWidget(32, QFormLayout.ItemRole.FieldRole, self.refusalReasons)

        self.instructionsLabel = QLabel(self.content)
        self.instructionsLabel.setObjectName(u"instructionsLabel")
        self.instructionsLabel.setWordWrap(True)

        self.form.setWidget(33, QFormLayout.ItemRole.LabelRole, self.instructionsLabel)

        self.instructions = CodePicks(self.content)
        self.instructions.setObjectName(u"instructions")
        self.instructions.setProperty(u"path", u"disposition.instructions_provided")

        self.form.setWidget(33, QFormLayout.ItemRole.FieldRole, self.instructions)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.unitDispositionLabel.setBuddy(self.unitDisposition)
        self.patientEvaluationCareLabel.setBuddy(self.patientEvaluationCare)
        self.crewDispositionLabel.setBuddy(self.crewDisposition)
        self.transportDispositionLabel.setBuddy(self.transportDisposition)
        self.levelOfCareLabel.setBuddy(self.levelOfCare)
        self.destinationNameLabel.setBuddy(self.destinationName)
        self.destinationTypeLabel.setBuddy(self.destinationType)
        self.transportMethodLabel.setBuddy(self.transportMethod)
        self.transportModeLabel.setBuddy(self.transportMode)
        self.careTransferredToLabel.setBuddy(self.careTransferredTo)
        self.destinationReasonsLabel.setBuddy(self.destinationReasons)
        self.modeDescriptorsLabel.setBuddy(self.modeDescriptors)
        self.acuityOnReleaseLabel.setBuddy(self.acuityOnRelease)
        self.preArrivalAlertLabel.setBuddy(self.preArrivalAlert)
        self.preArrivalAlertAtLabel.setBuddy(self.preArrivalAlertAt)
        self.hospitalCapabilityLabel.setBuddy(self.hospitalCapability)
        self.inpatientDestinationLabel.setBuddy(self.inpatientDestination)
        self.destinationStreetLabel.setBuddy(self.destinationStreet)
        self.destinationCountyLabel.setBuddy(self.destinationCounty)
        self.destinationStateLabel.setBuddy(self.destinationState)
        self.destinationZipLabel.setBuddy(self.destinationZip)
        self.destinationCodeLabel.setBuddy(self.destinationCode)
        self.destinationCityLabel.setBuddy(self.destinationCity)
        self.destinationCountryLabel.setBuddy(self.destinationCountry)
        self.destinationGpsLabel.setBuddy(self.destinationGps)
        self.patientsTransportedLabel.setBuddy(self.patientsTransported)
        self.movedToAmbulanceLabel.setBuddy(self.movedToAmbulance)
        self.transportPositionLabel.setBuddy(self.transportPosition)
        self.movedFromAmbulanceLabel.setBuddy(self.movedFromAmbulance)
        self.refusalReasonsLabel.setBuddy(self.refusalReasons)
        self.instructionsLabel.setBuddy(self.instructions)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DispositionPage)

        QMetaObject.connectSlotsByName(DispositionPage)
    # setupUi

    def retranslateUi(self, DispositionPage):
        DispositionPage.setWindowTitle(QCoreApplication.translate("DispositionPage", u"Disposition", None))
        self.unitDispositionLabel.setText(QCoreApplication.translate("DispositionPage", u"Unit disposition", None))
#if QT_CONFIG(accessibility)
        self.unitDisposition.setAccessibleName(QCoreApplication.translate("DispositionPage", u"unitDisposition", None))
#endif // QT_CONFIG(accessibility)
        self.patientEvaluationCareLabel.setText(QCoreApplication.translate("DispositionPage", u"Patient evaluation / care", None))
#if QT_CONFIG(accessibility)
        self.patientEvaluationCare.setAccessibleName(QCoreApplication.translate("DispositionPage", u"patientEvaluationCare", None))
#endif // QT_CONFIG(accessibility)
        self.crewDispositionLabel.setText(QCoreApplication.translate("DispositionPage", u"Crew disposition", None))
#if QT_CONFIG(accessibility)
        self.crewDisposition.setAccessibleName(QCoreApplication.translate("DispositionPage", u"crewDisposition", None))
#endif // QT_CONFIG(accessibility)
        self.transportDispositionLabel.setText(QCoreApplication.translate("DispositionPage", u"Transport disposition", None))
#if QT_CONFIG(accessibility)
        self.transportDisposition.setAccessibleName(QCoreApplication.translate("DispositionPage", u"transportDisposition", None))
#endif // QT_CONFIG(accessibility)
        self.levelOfCareLabel.setText(QCoreApplication.translate("DispositionPage", u"Level of care", None))
#if QT_CONFIG(accessibility)
        self.levelOfCare.setAccessibleName(QCoreApplication.translate("DispositionPage", u"levelOfCare", None))
#endif // QT_CONFIG(accessibility)
        self.destinationNameLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination", None))
#if QT_CONFIG(accessibility)
        self.destinationName.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationName", None))
#endif // QT_CONFIG(accessibility)
        self.destinationTypeLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination type", None))
#if QT_CONFIG(accessibility)
        self.destinationType.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationType", None))
#endif // QT_CONFIG(accessibility)
        self.transportMethodLabel.setText(QCoreApplication.translate("DispositionPage", u"Transport method", None))
#if QT_CONFIG(accessibility)
        self.transportMethod.setAccessibleName(QCoreApplication.translate("DispositionPage", u"transportMethod", None))
#endif // QT_CONFIG(accessibility)
        self.transportModeLabel.setText(QCoreApplication.translate("DispositionPage", u"Transport mode", None))
#if QT_CONFIG(accessibility)
        self.transportMode.setAccessibleName(QCoreApplication.translate("DispositionPage", u"transportMode", None))
#endif // QT_CONFIG(accessibility)
        self.careTransferredToLabel.setText(QCoreApplication.translate("DispositionPage", u"Care transferred to", None))
#if QT_CONFIG(accessibility)
        self.careTransferredTo.setAccessibleName(QCoreApplication.translate("DispositionPage", u"careTransferredTo", None))
#endif // QT_CONFIG(accessibility)
        self.transportHeading.setText(QCoreApplication.translate("DispositionPage", u"Transport and destination", None))
        self.transportHeading.setStyleSheet(QCoreApplication.translate("DispositionPage", u"font-weight: bold; margin-top: 10px;", None))
        self.destinationReasonsLabel.setText(QCoreApplication.translate("DispositionPage", u"Reason for choosing the destination", None))
#if QT_CONFIG(accessibility)
        self.destinationReasons.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationReasons", None))
#endif // QT_CONFIG(accessibility)
        self.modeDescriptorsLabel.setText(QCoreApplication.translate("DispositionPage", u"Transport mode descriptors", None))
#if QT_CONFIG(accessibility)
        self.modeDescriptors.setAccessibleName(QCoreApplication.translate("DispositionPage", u"modeDescriptors", None))
#endif // QT_CONFIG(accessibility)
        self.acuityOnReleaseLabel.setText(QCoreApplication.translate("DispositionPage", u"Acuity on release", None))
#if QT_CONFIG(accessibility)
        self.acuityOnRelease.setAccessibleName(QCoreApplication.translate("DispositionPage", u"acuityOnRelease", None))
#endif // QT_CONFIG(accessibility)
        self.preArrivalAlertLabel.setText(QCoreApplication.translate("DispositionPage", u"Pre-arrival alert or activation", None))
#if QT_CONFIG(accessibility)
        self.preArrivalAlert.setAccessibleName(QCoreApplication.translate("DispositionPage", u"preArrivalAlert", None))
#endif // QT_CONFIG(accessibility)
        self.preArrivalAlertAtLabel.setText(QCoreApplication.translate("DispositionPage", u"Alert time", None))
#if QT_CONFIG(accessibility)
        self.preArrivalAlertAt.setAccessibleName(QCoreApplication.translate("DispositionPage", u"preArrivalAlertAt", None))
#endif // QT_CONFIG(accessibility)
        self.preArrivalAlertAt.setPlaceholderText(QCoreApplication.translate("DispositionPage", u"HH:MM or YYYY-MM-DD HH:MM", None))
        self.preArrivalAlertAtNow.setText(QCoreApplication.translate("DispositionPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.preArrivalAlertAtNow.setAccessibleName(QCoreApplication.translate("DispositionPage", u"Alert time now", None))
#endif // QT_CONFIG(accessibility)
        self.hospitalCapabilityLabel.setText(QCoreApplication.translate("DispositionPage", u"Hospital capability", None))
#if QT_CONFIG(accessibility)
        self.hospitalCapability.setAccessibleName(QCoreApplication.translate("DispositionPage", u"hospitalCapability", None))
#endif // QT_CONFIG(accessibility)
        self.inpatientDestinationLabel.setText(QCoreApplication.translate("DispositionPage", u"Hospital in-patient destination", None))
#if QT_CONFIG(accessibility)
        self.inpatientDestination.setAccessibleName(QCoreApplication.translate("DispositionPage", u"inpatientDestination", None))
#endif // QT_CONFIG(accessibility)
        self.destinationStreetLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination street address", None))
#if QT_CONFIG(accessibility)
        self.destinationStreet.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationStreet", None))
#endif // QT_CONFIG(accessibility)
        self.destinationCountyLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination county (ANSI code, 5 digits)", None))
#if QT_CONFIG(accessibility)
        self.destinationCounty.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationCounty", None))
#endif // QT_CONFIG(accessibility)
        self.destinationStateLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination state (ANSI code, 2 digits)", None))
#if QT_CONFIG(accessibility)
        self.destinationState.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationState", None))
#endif // QT_CONFIG(accessibility)
        self.destinationZipLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination ZIP code", None))
#if QT_CONFIG(accessibility)
        self.destinationZip.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationZip", None))
#endif // QT_CONFIG(accessibility)
        self.destinationCodeLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination code (state or agency)", None))
#if QT_CONFIG(accessibility)
        self.destinationCode.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationCode", None))
#endif // QT_CONFIG(accessibility)
        self.destinationCityLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination city (GNIS code)", None))
#if QT_CONFIG(accessibility)
        self.destinationCity.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationCity", None))
#endif // QT_CONFIG(accessibility)
        self.destinationCity.setPlaceholderText(QCoreApplication.translate("DispositionPage", u"GNIS feature ID of the city", None))
        self.destinationCountryLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination country (2 letters)", None))
#if QT_CONFIG(accessibility)
        self.destinationCountry.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationCountry", None))
#endif // QT_CONFIG(accessibility)
        self.destinationCountry.setPlaceholderText(QCoreApplication.translate("DispositionPage", u"e.g. US", None))
        self.destinationGpsLabel.setText(QCoreApplication.translate("DispositionPage", u"Destination GPS location", None))
#if QT_CONFIG(accessibility)
        self.destinationGps.setAccessibleName(QCoreApplication.translate("DispositionPage", u"destinationGps", None))
#endif // QT_CONFIG(accessibility)
        self.destinationGps.setPlaceholderText(QCoreApplication.translate("DispositionPage", u"latitude,longitude e.g. 38.5762,-121.4934", None))
        self.patientsTransportedLabel.setText(QCoreApplication.translate("DispositionPage", u"Patients transported in this unit", None))
#if QT_CONFIG(accessibility)
        self.patientsTransported.setAccessibleName(QCoreApplication.translate("DispositionPage", u"patientsTransported", None))
#endif // QT_CONFIG(accessibility)
        self.movingHeading.setText(QCoreApplication.translate("DispositionPage", u"Moving the patient", None))
        self.movingHeading.setStyleSheet(QCoreApplication.translate("DispositionPage", u"font-weight: bold; margin-top: 10px;", None))
        self.movedToAmbulanceLabel.setText(QCoreApplication.translate("DispositionPage", u"How moved to the ambulance", None))
#if QT_CONFIG(accessibility)
        self.movedToAmbulance.setAccessibleName(QCoreApplication.translate("DispositionPage", u"movedToAmbulance", None))
#endif // QT_CONFIG(accessibility)
        self.transportPositionLabel.setText(QCoreApplication.translate("DispositionPage", u"Position during transport", None))
#if QT_CONFIG(accessibility)
        self.transportPosition.setAccessibleName(QCoreApplication.translate("DispositionPage", u"transportPosition", None))
#endif // QT_CONFIG(accessibility)
        self.movedFromAmbulanceLabel.setText(QCoreApplication.translate("DispositionPage", u"How moved from the ambulance", None))
#if QT_CONFIG(accessibility)
        self.movedFromAmbulance.setAccessibleName(QCoreApplication.translate("DispositionPage", u"movedFromAmbulance", None))
#endif // QT_CONFIG(accessibility)
        self.releaseHeading.setText(QCoreApplication.translate("DispositionPage", u"Refusal or release", None))
        self.releaseHeading.setStyleSheet(QCoreApplication.translate("DispositionPage", u"font-weight: bold; margin-top: 10px;", None))
        self.refusalReasonsLabel.setText(QCoreApplication.translate("DispositionPage", u"Reason for refusal or release", None))
#if QT_CONFIG(accessibility)
        self.refusalReasons.setAccessibleName(QCoreApplication.translate("DispositionPage", u"refusalReasons", None))
#endif // QT_CONFIG(accessibility)
        self.instructionsLabel.setText(QCoreApplication.translate("DispositionPage", u"Instructions provided", None))
#if QT_CONFIG(accessibility)
        self.instructions.setAccessibleName(QCoreApplication.translate("DispositionPage", u"instructions", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

