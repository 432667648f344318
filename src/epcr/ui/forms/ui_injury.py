# GENERATED FILE - do not edit. Compiled from forms/injury.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'injury.ui'
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

class Ui_InjuryPage(object):
    def setupUi(self, InjuryPage):
        if not InjuryPage.objectName():
            InjuryPage.setObjectName(u"InjuryPage")
        self.outer = QVBoxLayout(InjuryPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(InjuryPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.causeLabel = QLabel(self.content)
        self.causeLabel.setObjectName(u"causeLabel")
        self.causeLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.cause = CodePicks(self.content)
        self.cause.setObjectName(u"cause")
        self.cause.setProperty(u"path", u"injury.cause_of_injury")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cause)

        self.mechanismLabel = QLabel(self.content)
        self.mechanismLabel.setObjectName(u"mechanismLabel")
        self.mechanismLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mechanismLabel)

        self.mechanism = CodePicks(self.content)
        self.mechanism.setObjectName(u"mechanism")
        self.mechanism.setProperty(u"path", u"injury.mechanism_of_injury")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mechanism)

        self.highRiskLabel = QLabel(self.content)
        self.highRiskLabel.setObjectName(u"highRiskLabel")
        self.highRiskLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.highRiskLabel)

        self.highRisk = CodePicks(self.content)
        self.highRisk.setObjectName(u"highRisk")
        self.highRisk.setProperty(u"path", u"injury.trauma_triage_criteria_high_risk_for_serious_injury")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.highRisk)

        self.moderateRiskLabel = QLabel(self.content)
        self.moderateRiskLabel.setObjectName(u"moderateRiskLabel")
        self.moderateRiskLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.moderateRiskLabel)

        self.moderateRisk = CodePicks(self.content)
        self.moderateRisk.setObjectName(u"moderateRisk")
        self.moderateRisk.setProperty(u"path", u"injury.trauma_triage_criteria_moderate_risk_for_serious_injury")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moderateRisk)

        self.fallHeightLabel = QLabel(self.content)
        self.fallHeightLabel.setObjectName(u"fallHeightLabel")
        self.fallHeightLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fallHeightLabel)

        self.fallHeight = QLineEdit(self.content)
        self.fallHeight.setObjectName(u"fallHeight")
        self.fallHeight.setProperty(u"path", u"injury.height_of_fall_feet")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fallHeight)

        self.vehicleHeading = QLabel(self.content)
        self.vehicleHeading.setObjectName(u"vehicleHeading")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.vehicleHeading)

        self.safetyEquipmentLabel = QLabel(self.content)
        self.safetyEquipmentLabel.setObjectName(u"safetyEquipmentLabel")
        self.safetyEquipmentLabel.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.safetyEquipmentLabel)

        self.safetyEquipment = CodePicks(self.content)
        self.safetyEquipment.setObjectName(u"safetyEquipment")
        self.safetyEquipment.setProperty(u"path", u"injury.use_of_occupant_safety_equipment")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.safetyEquipment)

        self.airbagsLabel = QLabel(self.content)
        self.airbagsLabel.setObjectName(u"airbagsLabel")
        self.airbagsLabel.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.airbagsLabel)

        self.airbags = CodePicks(self.content)
        self.airbags.setObjectName(u"airbags")
        self.airbags.setProperty(u"path", u"injury.airbag_deployment")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.airbags)

        self.seatLabel = QLabel(self.content)
        self.seatLabel.setObjectName(u"seatLabel")
        self.seatLabel.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.seatLabel)

        self.seat = QComboBox(self.content)
        self.seat.setObjectName(u"seat")
        self.seat.setProperty(u"path", u"injury.location_of_patient_in_vehicle")
        self.seat.setEditable(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.seat)

        self.impactAreaLabel = QLabel(self.content)
        self.impactAreaLabel.setObjectName(u"impactAreaLabel")
        self.impactAreaLabel.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.impactAreaLabel)

        self.impactArea = QLineEdit(self.content)
        self.impactArea.setObjectName(u"impactArea")
        self.impactArea.setProperty(u"path", u"injury.main_area_of_the_vehicle_impacted_by_the_collision")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.impactArea)

        self.vehicleMakeLabel = QLabel(self.content)
        self.vehicleMakeLabel.setObjectName(u"vehicleMakeLabel")
        self.vehicleMakeLabel.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.vehicleMakeLabel)

        self.vehicleMake = QLineEdit(self.content)
        self.vehicleMake.setObjectName(u"vehicleMake")
        self.vehicleMake.setProperty(u"path", u"injury.collision.acn_incident_vehicle_make")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.vehicleMake)

        self.vehicleModelLabel = QLabel(self.content)
        self.vehicleModelLabel.setObjectName(u"vehicleModelLabel")
        self.vehicleModelLabel.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.vehicleModelLabel)

        self.vehicleModel = QLineEdit(self.content)
        self.vehicleModel.setObjectName(u"vehicleModel")
        self.vehicleModel.setProperty(u"path", u"injury.collision.acn_incident_vehicle_model")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.vehicleModel)

        self.vehicleYearLabel = QLabel(self.content)
        self.vehicleYearLabel.setObjectName(u"vehicleYearLabel")
        self.vehicleYearLabel.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.vehicleYearLabel)

        self.vehicleYear = QLineEdit(self.content)
        self.vehicleYear.setObjectName(u"vehicleYear")
        self.vehicleYear.setProperty(u"path", u"injury.collision.acn_incident_vehicle_model_year")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.vehicleYear)

        self.rolloverLabel = QLabel(self.content)
        self.rolloverLabel.setObjectName(u"rolloverLabel")
        self.rolloverLabel.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.rolloverLabel)

        self.rollover = QComboBox(self.content)
        self.rollover.setObjectName(u"rollover")
        self.rollover.setProperty(u"path", u"injury.collision.acn_incident_rollover")
        self.rollover.setEditable(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.rollover)

        self.multipleImpactsLabel = QLabel(self.content)
        self.multipleImpactsLabel.setObjectName(u"multipleImpactsLabel")
        self.multipleImpactsLabel.setWordWrap(True)

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.multipleImpactsLabel)

        self.multipleImpacts = QComboBox(self.content)
        self.multipleImpacts.setObjectName(u"multipleImpacts")
        self.multipleImpacts.setProperty(u"path", u"injury.collision.acn_incident_multiple_impacts")
        self.multipleImpacts.setEditable(True)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.multipleImpacts)

        self.workHeading = QLabel(self.content)
        self.workHeading.setObjectName(u"workHeading")

        self.form.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.workHeading)

        self.ppeLabel = QLabel(self.content)
        self.ppeLabel.setObjectName(u"ppeLabel")
        self.ppeLabel.setWordWrap(True)

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.ppeLabel)

        self.ppe = CodePicks(self.content)
        self.ppe.setObjectName(u"ppe")
        self.ppe.setProperty(u"path", u"injury.osha_personal_protective_equipment_used")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.ppe)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.causeLabel.setBuddy(self.cause)
        self.mechanismLabel.setBuddy(self.mechanism)
        self.highRiskLabel.setBuddy(self.highRisk)
        self.moderateRiskLabel.setBuddy(self.moderateRisk)
        self.fallHeightLabel.setBuddy(self.fallHeight)
        self.safetyEquipmentLabel.setBuddy(self.safetyEquipment)
        self.airbagsLabel.setBuddy(self.airbags)
        self.seatLabel.setBuddy(self.seat)
        self.impactAreaLabel.setBuddy(self.impactArea)
        self.vehicleMakeLabel.setBuddy(self.vehicleMake)
        self.vehicleModelLabel.setBuddy(self.vehicleModel)
        self.vehicleYearLabel.setBuddy(self.vehicleYear)
        self.rolloverLabel.setBuddy(self.rollover)
        self.multipleImpactsLabel.setBuddy(self.multipleImpacts)
        self.ppeLabel.setBuddy(self.ppe)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InjuryPage)

        QMetaObject.connectSlotsByName(InjuryPage)
    # setupUi

    def retranslateUi(self, InjuryPage):
        InjuryPage.setWindowTitle(QCoreApplication.translate("InjuryPage", u"Injury", None))
        self.causeLabel.setText(QCoreApplication.translate("InjuryPage", u"Cause of injury (ICD-10-CM)", None))
#if QT_CONFIG(accessibility)
        self.cause.setAccessibleName(QCoreApplication.translate("InjuryPage", u"cause", None))
#endif // QT_CONFIG(accessibility)
        self.mechanismLabel.setText(QCoreApplication.translate("InjuryPage", u"Mechanism of injury", None))
#if QT_CONFIG(accessibility)
        self.mechanism.setAccessibleName(QCoreApplication.translate("InjuryPage", u"mechanism", None))
#endif // QT_CONFIG(accessibility)
        self.highRiskLabel.setText(QCoreApplication.translate("InjuryPage", u"Trauma triage: high risk for serious injury", None))
#if QT_CONFIG(accessibility)
        self.highRisk.setAccessibleName(QCoreApplication.translate("InjuryPage", u"highRisk", None))
#endif // QT_CONFIG(accessibility)
        self.moderateRiskLabel.setText(QCoreApplication.translate("InjuryPage", u"Trauma triage: moderate risk for serious injury", None))
#if QT_CONFIG(accessibility)
        self.moderateRisk.setAccessibleName(QCoreApplication.translate("InjuryPage", u"moderateRisk", None))
#endif // QT_CONFIG(accessibility)
        self.fallHeightLabel.setText(QCoreApplication.translate("InjuryPage", u"Height of fall (feet)", None))
#if QT_CONFIG(accessibility)
        self.fallHeight.setAccessibleName(QCoreApplication.translate("InjuryPage", u"fallHeight", None))
#endif // QT_CONFIG(accessibility)
        self.vehicleHeading.setText(QCoreApplication.translate("InjuryPage", u"Vehicle", None))
        self.vehicleHeading.setStyleSheet(QCoreApplication.translate("InjuryPage", u"font-weight: bold; margin-top: 10px;", None))
        self.safetyEquipmentLabel.setText(QCoreApplication.translate("InjuryPage", u"Occupant safety equipment used", None))
#if QT_CONFIG(accessibility)
        self.safetyEquipment.setAccessibleName(QCoreApplication.translate("InjuryPage", u"safetyEquipment", None))
#endif // QT_CONFIG(accessibility)
        self.airbagsLabel.setText(QCoreApplication.translate("InjuryPage", u"Airbag deployment", None))
#if QT_CONFIG(accessibility)
        self.airbags.setAccessibleName(QCoreApplication.translate("InjuryPage", u"airbags", None))
#endif // QT_CONFIG(accessibility)
        self.seatLabel.setText(QCoreApplication.translate("InjuryPage", u"Patient's seat in the vehicle", None))
#if QT_CONFIG(accessibility)
        self.seat.setAccessibleName(QCoreApplication.translate("InjuryPage", u"seat", None))
#endif // QT_CONFIG(accessibility)
        self.impactAreaLabel.setText(QCoreApplication.translate("InjuryPage", u"Main area of impact (clock 1-12)", None))
#if QT_CONFIG(accessibility)
        self.impactArea.setAccessibleName(QCoreApplication.translate("InjuryPage", u"impactArea", None))
#endif // QT_CONFIG(accessibility)
        self.vehicleMakeLabel.setText(QCoreApplication.translate("InjuryPage", u"Vehicle make", None))
#if QT_CONFIG(accessibility)
        self.vehicleMake.setAccessibleName(QCoreApplication.translate("InjuryPage", u"vehicleMake", None))
#endif // QT_CONFIG(accessibility)
        self.vehicleModelLabel.setText(QCoreApplication.translate("InjuryPage", u"Vehicle model", None))
#if QT_CONFIG(accessibility)
        self.vehicleModel.setAccessibleName(QCoreApplication.translate("InjuryPage", u"vehicleModel", None))
#endif // QT_CONFIG(accessibility)
        self.vehicleYearLabel.setText(QCoreApplication.translate("InjuryPage", u"Vehicle model year", None))
#if QT_CONFIG(accessibility)
        self.vehicleYear.setAccessibleName(QCoreApplication.translate("InjuryPage", u"vehicleYear", None))
#endif // QT_CONFIG(accessibility)
        self.rolloverLabel.setText(QCoreApplication.translate("InjuryPage", u"Rollover", None))
#if QT_CONFIG(accessibility)
        self.rollover.setAccessibleName(QCoreApplication.translate("InjuryPage", u"rollover", None))
#endif // QT_CONFIG(accessibility)
        self.multipleImpactsLabel.setText(QCoreApplication.translate("InjuryPage", u"Multiple impacts", None))
#if QT_CONFIG(accessibility)
        self.multipleImpacts.setAccessibleName(QCoreApplication.translate("InjuryPage", u"multipleImpacts", None))
#endif // QT_CONFIG(accessibility)
        self.workHeading.setText(QCoreApplication.translate("InjuryPage", u"At work", None))
        self.workHeading.setStyleSheet(QCoreApplication.translate("InjuryPage", u"font-weight: bold; margin-top: 10px;", None))
        self.ppeLabel.setText(QCoreApplication.translate("InjuryPage", u"OSHA protective equipment used", None))
#if QT_CONFIG(accessibility)
        self.ppe.setAccessibleName(QCoreApplication.translate("InjuryPage", u"ppe", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

