# GENERATED FILE - do not edit. Compiled from forms/situation.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'situation.ui'
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

class Ui_SituationPage(object):
    def setupUi(self, SituationPage):
        if not SituationPage.objectName():
            SituationPage.setObjectName(u"SituationPage")
        self.outer = QVBoxLayout(SituationPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(SituationPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.chiefComplaintLabel = QLabel(self.content)
        self.chiefComplaintLabel.setObjectName(u"chiefComplaintLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.chiefComplaintLabel)

        self.chiefComplaint = QLineEdit(self.content)
        self.chiefComplaint.setObjectName(u"chiefComplaint")
        self.chiefComplaint.setProperty(u"path", u"situation.chief_complaint")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.chiefComplaint)

        self.anatomicLocationLabel = QLabel(self.content)
        self.anatomicLocationLabel.setObjectName(u"anatomicLocationLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.anatomicLocationLabel)

        self.anatomicLocation = QComboBox(self.content)
        self.anatomicLocation.setObjectName(u"anatomicLocation")
        self.anatomicLocation.setProperty(u"path", u"situation.anatomic_location")
        self.anatomicLocation.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.anatomicLocation)

        self.symptomOnsetLabel = QLabel(self.content)
        self.symptomOnsetLabel.setObjectName(u"symptomOnsetLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.symptomOnsetLabel)

        self.symptomOnsetRow = QHBoxLayout()
        self.symptomOnsetRow.setObjectName(u"symptomOnsetRow")
        self.symptomOnset = QLineEdit(self.content)
        self.symptomOnset.setObjectName(u"symptomOnset")
        self.symptomOnset.setProperty(u"path", u"situation.symptom_onset")

        self.symptomOnsetRow.addWidget(self.symptomOnset)

        self.symptomOnsetNow = QPushButton(self.content)
        self.symptomOnsetNow.setObjectName(u"symptomOnsetNow")
        self.symptomOnsetNow.setProperty(u"nowFor", u"situation.symptom_onset")

        self.symptomOnsetRow.addWidget(self.symptomOnsetNow)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.symptomOnsetRow)

        self.lastKnownWellLabel = QLabel(self.content)
        self.lastKnownWellLabel.setObjectName(u"lastKnownWellLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastKnownWellLabel)

        self.lastKnownWellRow = QHBoxLayout()
        self.lastKnownWellRow.setObjectName(u"lastKnownWellRow")
        self.lastKnownWell = QLineEdit(self.content)
        self.lastKnownWell.setObjectName(u"lastKnownWell")
        self.lastKnownWell.setProperty(u"path", u"situation.last_known_well")

        self.lastKnownWellRow.addWidget(self.lastKnownWell)

        self.lastKnownWellNow = QPushButton(self.content)
        self.lastKnownWellNow.setObjectName(u"lastKnownWellNow")
        self.lastKnownWellNow.setProperty(u"nowFor", u"situation.last_known_well")

        self.lastKnownWellRow.addWidget(self.lastKnownWellNow)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.lastKnownWellRow)

        self.primaryImpressionLabel = QLabel(self.content)
        self.primaryImpressionLabel.setObjectName(u"primaryImpressionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.primaryImpressionLabel)

        self.primaryImpression = QComboBox(self.content)
        self.primaryImpression.setObjectName(u"primaryImpression")
        self.primaryImpression.setProperty(u"path", u"situation.primary_impression")
        self.primaryImpression.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.primaryImpression)

        self.acuityLabel = QLabel(self.content)
        self.acuityLabel.setObjectName(u"acuityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.acuityLabel)

        self.acuity = QComboBox(self.content)
        self.acuity.setObjectName(u"acuity")
        self.acuity.setProperty(u"path", u"situation.acuity")
        self.acuity.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.acuity)

        self.possibleInjuryLabel = QLabel(self.content)
        self.possibleInjuryLabel.setObjectName(u"possibleInjuryLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.possibleInjuryLabel)

        self.possibleInjury = QComboBox(self.content)
        self.possibleInjury.setObjectName(u"possibleInjury")
        self.possibleInjury.setProperty(u"path", u"situation.possible_injury")
        self.possibleInjury.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.possibleInjury)

        self.assessmentHeading = QLabel(self.content)
        self.assessmentHeading.setObjectName(u"assessmentHeading")

        self.form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.assessmentHeading)

        self.avpuLabel = QLabel(self.content)
        self.avpuLabel.setObjectName(u"avpuLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.avpuLabel)

        self.avpu = QComboBox(self.content)
        self.avpu.setObjectName(u"avpu")
        self.avpu.setProperty(u"path", u"assessment.avpu")
        self.avpu.setEditable(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.avpu)

        self.gcsEyeLabel = QLabel(self.content)
        self.gcsEyeLabel.setObjectName(u"gcsEyeLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.gcsEyeLabel)

        self.gcsEye = QLineEdit(self.content)
        self.gcsEye.setObjectName(u"gcsEye")
        self.gcsEye.setProperty(u"path", u"assessment.gcs.eye")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.gcsEye)

        self.gcsVerbalLabel = QLabel(self.content)
        self.gcsVerbalLabel.setObjectName(u"gcsVerbalLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.gcsVerbalLabel)

        self.gcsVerbal = QLineEdit(self.content)
        self.gcsVerbal.setObjectName(u"gcsVerbal")
        self.gcsVerbal.setProperty(u"path", u"assessment.gcs.verbal")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.gcsVerbal)

        self.gcsMotorLabel = QLabel(self.content)
        self.gcsMotorLabel.setObjectName(u"gcsMotorLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.gcsMotorLabel)

        self.gcsMotor = QLineEdit(self.content)
        self.gcsMotor.setObjectName(u"gcsMotor")
        self.gcsMotor.setProperty(u"path", u"assessment.gcs.motor")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.gcsMotor)

        self.gcsTotalLabel = QLabel(self.content)
        self.gcsTotalLabel.setObjectName(u"gcsTotalLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.gcsTotalLabel)

        self.gcsTotal = QLineEdit(self.content)
        self.gcsTotal.setObjectName(u"gcsTotal")
        self.gcsTotal.setProperty(u"path", u"assessment.gcs.total")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.gcsTotal)

        self.signsSymptomsLabel = QLabel(self.content)
        self.signsSymptomsLabel.setObjectName(u"signsSymptomsLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.signsSymptomsLabel)

        self.signsSymptoms = QLineEdit(self.content)
        self.signsSymptoms.setObjectName(u"signsSymptoms")
        self.signsSymptoms.setProperty(u"path", u"assessment.sample.signs_symptoms")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.signsSymptoms)

        self.eventsLabel = QLabel(self.content)
        self.eventsLabel.setObjectName(u"eventsLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.eventsLabel)

        self.events = QLineEdit(self.content)
        self.events.setObjectName(u"events")
        self.events.setProperty(u"path", u"assessment.sample.events")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.events)

        self.onsetLabel = QLabel(self.content)
        self.onsetLabel.setObjectName(u"onsetLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.onsetLabel)

        self.onset = QLineEdit(self.content)
        self.onset.setObjectName(u"onset")
        self.onset.setProperty(u"path", u"assessment.opqrst.onset")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.onset)

        self.provocationLabel = QLabel(self.content)
        self.provocationLabel.setObjectName(u"provocationLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.provocationLabel)

        self.provocation = QLineEdit(self.content)
        self.provocation.setObjectName(u"provocation")
        self.provocation.setProperty(u"path", u"assessment.opqrst.provocation")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.provocation)

        self.qualityLabel = QLabel(self.content)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.qualityLabel)

        self.quality = QLineEdit(self.content)
        self.quality.setObjectName(u"quality")
        self.quality.setProperty(u"path", u"assessment.opqrst.quality")

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.quality)

        self.regionLabel = QLabel(self.content)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.region = QLineEdit(self.content)
        self.region.setObjectName(u"region")
        self.region.setProperty(u"path", u"assessment.opqrst.region_radiation")

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.region)

        self.severityLabel = QLabel(self.content)
        self.severityLabel.setObjectName(u"severityLabel")

        self.form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severity = QLineEdit(self.content)
        self.severity.setObjectName(u"severity")
        self.severity.setProperty(u"path", u"assessment.opqrst.severity")

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.severity)

        self.opqrstTimeLabel = QLabel(self.content)
        self.opqrstTimeLabel.setObjectName(u"opqrstTimeLabel")

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.opqrstTimeLabel)

        self.opqrstTime = QLineEdit(self.content)
        self.opqrstTime.setObjectName(u"opqrstTime")
        self.opqrstTime.setProperty(u"path", u"assessment.opqrst.time")

        self.form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.opqrstTime)

        self.symptomsHeading = QLabel(self.content)
        self.symptomsHeading.setObjectName(u"symptomsHeading")

        self.form.setWidget(21, QFormLayout.ItemRole.SpanningRole, self.symptomsHeading)

        self.primarySymptomLabel = QLabel(self.content)
        self.primarySymptomLabel.setObjectName(u"primarySymptomLabel")
        self.primarySymptomLabel.setWordWrap(True)

        self.form.setWidget(22, QFormLayout.ItemRole.LabelRole, self.primarySymptomLabel)

        self.primarySymptom = QComboBox(self.content)
        self.primarySymptom.setObjectName(u"primarySymptom")
        self.primarySymptom.setProperty(u"path", u"situation.primary_symptom")
        self.primarySymptom.setEditable(True)

        self.form.setWidget(22, QFormLayout.ItemRole.FieldRole, self.primarySymptom)

        self.otherSymptomsLabel = QLabel(self.content)
        self.otherSymptomsLabel.setObjectName(u"otherSymptomsLabel")
        self.otherSymptomsLabel.setWordWrap(True)

        self.form.setWidget(23, QFormLayout.ItemRole.LabelRole, self.otherSymptomsLabel)

        self.otherSymptoms = CodePicks(self.content)
        self.otherSymptoms.setObjectName(u"otherSymptoms")
        self.otherSymptoms.setProperty(u"path", u"situation.other_symptoms")

        self.form.setWidget(23, QFormLayout.ItemRole.FieldRole, self.otherSymptoms)

        self.symptomsNotPresentLabel = QLabel(self.content)
        self.symptomsNotPresentLabel.setObjectName(u"symptomsNotPresentLabel")
        self.symptomsNotPresentLabel.setWordWrap(True)

        self.form.setWidget(24, QFormLayout.ItemRole.LabelRole, self.symptomsNotPresentLabel)

        self.symptomsNotPresent = CodePicks(self.content)
        self.symptomsNotPresent.setObjectName(u"symptomsNotPresent")
        self.symptomsNotPresent.setProperty(u"path", u"situation.symptoms_not_present")

        self.form.setWidget(24, QFormLayout.ItemRole.FieldRole, self.symptomsNotPresent)

        self.secondaryImpressionsLabel = QLabel(self.content)
        self.secondaryImpressionsLabel.setObjectName(u"secondaryImpressionsLabel")
        self.secondaryImpressionsLabel.setWordWrap(True)

        self.form.setWidget(25, QFormLayout.ItemRole.LabelRole, self.secondaryImpressionsLabel)

        self.secondaryImpressions = CodePicks(self.content)
        self.secondaryImpressions.setObjectName(u"secondaryImpressions")
        self.secondaryImpressions.setProperty(u"path", u"situation.secondary_impressions")

        self.form.setWidget(25, QFormLayout.ItemRole.FieldRole, self.secondaryImpressions)

        self.organSystemLabel = QLabel(self.content)
        self.organSystemLabel.setObjectName(u"organSystemLabel")
        self.organSystemLabel.setWordWrap(True)

        self.form.setWidget(26, QFormLayout.ItemRole.LabelRole, self.organSystemLabel)

        self.organSystem = QComboBox(self.content)
        self.organSystem.setObjectName(u"organSystem")
        self.organSystem.setProperty(u"path", u"situation.organ_system")
        self.organSystem.setEditable(True)

        self.form.setWidget(26, QFormLayout.ItemRole.FieldRole, self.organSystem)

        self.workRelatedLabel = QLabel(self.content)
        self.workRelatedLabel.setObjectName(u"workRelatedLabel")
        self.workRelatedLabel.setWordWrap(True)

        self.form.setWidget(27, QFormLayout.ItemRole.LabelRole, self.workRelatedLabel)

        self.workRelated = QComboBox(self.content)
        self.workRelated.setObjectName(u"workRelated")
        self.workRelated.setProperty(u"path", u"situation.work_related")
        self.workRelated.setEditable(True)

        self.form.setWidget(27, QFormLayout.ItemRole.FieldRole, self.workRelated)

        self.transferReasonLabel = QLabel(self.content)
        self.transferReasonLabel.setObjectName(u"transferReasonLabel")
        self.transferReasonLabel.setWordWrap(True)

        self.form.setWidget(28, QFormLayout.ItemRole.LabelRole, self.transferReasonLabel)

        self.transferReason = QComboBox(self.content)
        self.transferReason.setObjectName(u"transferReason")
        self.transferReason.setProperty(u"path", u"situation.interfacility_transfer_reason")
        self.transferReason.setEditable(True)

        self.form.setWidget(28, QFormLayout.ItemRole.FieldRole, self.transferReason)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.chiefComplaintLabel.setBuddy(self.chiefComplaint)
        self.anatomicLocationLabel.setBuddy(self.anatomicLocation)
        self.symptomOnsetLabel.setBuddy(self.symptomOnset)
        self.lastKnownWellLabel.setBuddy(self.lastKnownWell)
        self.primaryImpressionLabel.setBuddy(self.primaryImpression)
        self.acuityLabel.setBuddy(self.acuity)
        self.possibleInjuryLabel.setBuddy(self.possibleInjury)
        self.avpuLabel.setBuddy(self.avpu)
        self.gcsEyeLabel.setBuddy(self.gcsEye)
        self.gcsVerbalLabel.setBuddy(self.gcsVerbal)
        self.gcsMotorLabel.setBuddy(self.gcsMotor)
        self.gcsTotalLabel.setBuddy(self.gcsTotal)
        self.signsSymptomsLabel.setBuddy(self.signsSymptoms)
        self.eventsLabel.setBuddy(self.events)
        self.onsetLabel.setBuddy(self.onset)
        self.provocationLabel.setBuddy(self.provocation)
        self.qualityLabel.setBuddy(self.quality)
        self.regionLabel.setBuddy(self.region)
        self.severityLabel.setBuddy(self.severity)
        self.opqrstTimeLabel.setBuddy(self.opqrstTime)
        self.primarySymptomLabel.setBuddy(self.primarySymptom)
        self.otherSymptomsLabel.setBuddy(self.otherSymptoms)
        self.symptomsNotPresentLabel.setBuddy(self.symptomsNotPresent)
        self.secondaryImpressionsLabel.setBuddy(self.secondaryImpressions)
        self.organSystemLabel.setBuddy(self.organSystem)
        self.workRelatedLabel.setBuddy(self.workRelated)
        self.transferReasonLabel.setBuddy(self.transferReason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SituationPage)

        QMetaObject.connectSlotsByName(SituationPage)
    # setupUi

    def retranslateUi(self, SituationPage):
        SituationPage.setWindowTitle(QCoreApplication.translate("SituationPage", u"Situation and assessment", None))
        self.chiefComplaintLabel.setText(QCoreApplication.translate("SituationPage", u"Chief complaint", None))
#if QT_CONFIG(accessibility)
        self.chiefComplaint.setAccessibleName(QCoreApplication.translate("SituationPage", u"chiefComplaint", None))
#endif // QT_CONFIG(accessibility)
        self.anatomicLocationLabel.setText(QCoreApplication.translate("SituationPage", u"Anatomic location", None))
#if QT_CONFIG(accessibility)
        self.anatomicLocation.setAccessibleName(QCoreApplication.translate("SituationPage", u"anatomicLocation", None))
#endif // QT_CONFIG(accessibility)
        self.symptomOnsetLabel.setText(QCoreApplication.translate("SituationPage", u"Symptom onset", None))
#if QT_CONFIG(accessibility)
        self.symptomOnset.setAccessibleName(QCoreApplication.translate("SituationPage", u"symptomOnset", None))
#endif // QT_CONFIG(accessibility)
        self.symptomOnset.setPlaceholderText(QCoreApplication.translate("SituationPage", u"HH:MM or YYYY-MM-DD HH:MM", None))
        self.symptomOnsetNow.setText(QCoreApplication.translate("SituationPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.symptomOnsetNow.setAccessibleName(QCoreApplication.translate("SituationPage", u"Symptom onset now", None))
#endif // QT_CONFIG(accessibility)
        self.lastKnownWellLabel.setText(QCoreApplication.translate("SituationPage", u"Last known well", None))
#if QT_CONFIG(accessibility)
        self.lastKnownWell.setAccessibleName(QCoreApplication.translate("SituationPage", u"lastKnownWell", None))
#endif // QT_CONFIG(accessibility)
        self.lastKnownWell.setPlaceholderText(QCoreApplication.translate("SituationPage", u"HH:MM or YYYY-MM-DD HH:MM", None))
        self.lastKnownWellNow.setText(QCoreApplication.translate("SituationPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.lastKnownWellNow.setAccessibleName(QCoreApplication.translate("SituationPage", u"Last known well now", None))
#endif // QT_CONFIG(accessibility)
        self.primaryImpressionLabel.setText(QCoreApplication.translate("SituationPage", u"Primary impression (ICD-10)", None))
#if QT_CONFIG(accessibility)
        self.primaryImpression.setAccessibleName(QCoreApplication.translate("SituationPage", u"primaryImpression", None))
#endif // QT_CONFIG(accessibility)
        self.acuityLabel.setText(QCoreApplication.translate("SituationPage", u"Acuity", None))
#if QT_CONFIG(accessibility)
        self.acuity.setAccessibleName(QCoreApplication.translate("SituationPage", u"acuity", None))
#endif // QT_CONFIG(accessibility)
        self.possibleInjuryLabel.setText(QCoreApplication.translate("SituationPage", u"Possible injury", None))
#if QT_CONFIG(accessibility)
        self.possibleInjury.setAccessibleName(QCoreApplication.translate("SituationPage", u"possibleInjury", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentHeading.setText(QCoreApplication.translate("SituationPage", u"Assessment", None))
        self.assessmentHeading.setStyleSheet(QCoreApplication.translate("SituationPage", u"font-weight: bold; margin-top: 10px;", None))
        self.avpuLabel.setText(QCoreApplication.translate("SituationPage", u"AVPU", None))
#if QT_CONFIG(accessibility)
        self.avpu.setAccessibleName(QCoreApplication.translate("SituationPage", u"avpu", None))
#endif // QT_CONFIG(accessibility)
        self.gcsEyeLabel.setText(QCoreApplication.translate("SituationPage", u"GCS eye (1-4)", None))
#if QT_CONFIG(accessibility)
        self.gcsEye.setAccessibleName(QCoreApplication.translate("SituationPage", u"gcsEye", None))
#endif // QT_CONFIG(accessibility)
        self.gcsVerbalLabel.setText(QCoreApplication.translate("SituationPage", u"GCS verbal (1-5)", None))
#if QT_CONFIG(accessibility)
        self.gcsVerbal.setAccessibleName(QCoreApplication.translate("SituationPage", u"gcsVerbal", None))
#endif // QT_CONFIG(accessibility)
        self.gcsMotorLabel.setText(QCoreApplication.translate("SituationPage", u"GCS motor (1-6)", None))
#if QT_CONFIG(accessibility)
        self.gcsMotor.setAccessibleName(QCoreApplication.translate("SituationPage", u"gcsMotor", None))
#endif // QT_CONFIG(accessibility)
        self.gcsTotalLabel.setText(QCoreApplication.translate("SituationPage", u"GCS total", None))
#if QT_CONFIG(accessibility)
        self.gcsTotal.setAccessibleName(QCoreApplication.translate("SituationPage", u"gcsTotal", None))
#endif // QT_CONFIG(accessibility)
        self.signsSymptomsLabel.setText(QCoreApplication.translate("SituationPage", u"SAMPLE: signs and symptoms", None))
#if QT_CONFIG(accessibility)
        self.signsSymptoms.setAccessibleName(QCoreApplication.translate("SituationPage", u"signsSymptoms", None))
#endif // QT_CONFIG(accessibility)
        self.eventsLabel.setText(QCoreApplication.translate("SituationPage", u"SAMPLE: events", None))
#if QT_CONFIG(accessibility)
        self.events.setAccessibleName(QCoreApplication.translate("SituationPage", u"events", None))
#endif // QT_CONFIG(accessibility)
        self.onsetLabel.setText(QCoreApplication.translate("SituationPage", u"OPQRST: onset", None))
#if QT_CONFIG(accessibility)
        self.onset.setAccessibleName(QCoreApplication.translate("SituationPage", u"onset", None))
#endif // QT_CONFIG(accessibility)
        self.provocationLabel.setText(QCoreApplication.translate("SituationPage", u"OPQRST: provocation", None))
#if QT_CONFIG(accessibility)
        self.provocation.setAccessibleName(QCoreApplication.translate("SituationPage", u"provocation", None))
#endif // QT_CONFIG(accessibility)
        self.qualityLabel.setText(QCoreApplication.translate("SituationPage", u"OPQRST: quality", None))
#if QT_CONFIG(accessibility)
        self.quality.setAccessibleName(QCoreApplication.translate("SituationPage", u"quality", None))
#endif // QT_CONFIG(accessibility)
        self.regionLabel.setText(QCoreApplication.translate("SituationPage", u"OPQRST: region / radiation", None))
#if QT_CONFIG(accessibility)
        self.region.setAccessibleName(QCoreApplication.translate("SituationPage", u"region", None))
#endif // QT_CONFIG(accessibility)
        self.severityLabel.setText(QCoreApplication.translate("SituationPage", u"OPQRST: severity (0-10)", None))
#if QT_CONFIG(accessibility)
        self.severity.setAccessibleName(QCoreApplication.translate("SituationPage", u"severity", None))
#endif // QT_CONFIG(accessibility)
        self.opqrstTimeLabel.setText(QCoreApplication.translate("SituationPage", u"OPQRST: time", None))
#if QT_CONFIG(accessibility)
        self.opqrstTime.setAccessibleName(QCoreApplication.translate("SituationPage", u"opqrstTime", None))
#endif // QT_CONFIG(accessibility)
        self.symptomsHeading.setText(QCoreApplication.translate("SituationPage", u"Symptoms, impressions, transfer", None))
        self.symptomsHeading.setStyleSheet(QCoreApplication.translate("SituationPage", u"font-weight: bold; margin-top: 10px;", None))
        self.primarySymptomLabel.setText(QCoreApplication.translate("SituationPage", u"Primary symptom", None))
#if QT_CONFIG(accessibility)
        self.primarySymptom.setAccessibleName(QCoreApplication.translate("SituationPage", u"primarySymptom", None))
#endif // QT_CONFIG(accessibility)
        self.otherSymptomsLabel.setText(QCoreApplication.translate("SituationPage", u"Other symptoms", None))
#if QT_CONFIG(accessibility)
        self.otherSymptoms.setAccessibleName(QCoreApplication.translate("SituationPage", u"otherSymptoms", None))
#endif // QT_CONFIG(accessibility)
        self.symptomsNotPresentLabel.setText(QCoreApplication.translate("SituationPage", u"Symptoms looked for, not present", None))
#if QT_CONFIG(accessibility)
        self.symptomsNotPresent.setAccessibleName(QCoreApplication.translate("SituationPage", u"symptomsNotPresent", None))
#endif // QT_CONFIG(accessibility)
        self.secondaryImpressionsLabel.setText(QCoreApplication.translate("SituationPage", u"Secondary impressions", None))
#if QT_CONFIG(accessibility)
        self.secondaryImpressions.setAccessibleName(QCoreApplication.translate("SituationPage", u"secondaryImpressions", None))
#endif // QT_CONFIG(accessibility)
        self.organSystemLabel.setText(QCoreApplication.translate("SituationPage", u"Organ system of the complaint", None))
#if QT_CONFIG(accessibility)
        self.organSystem.setAccessibleName(QCoreApplication.translate("SituationPage", u"organSystem", None))
#endif // QT_CONFIG(accessibility)
        self.workRelatedLabel.setText(QCoreApplication.translate("SituationPage", u"Work-related illness or injury", None))
#if QT_CONFIG(accessibility)
        self.workRelated.setAccessibleName(QCoreApplication.translate("SituationPage", u"workRelated", None))
#endif // QT_CONFIG(accessibility)
        self.transferReasonLabel.setText(QCoreApplication.translate("SituationPage", u"Reason for interfacility transfer", None))
#if QT_CONFIG(accessibility)
        self.transferReason.setAccessibleName(QCoreApplication.translate("SituationPage", u"transferReason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

