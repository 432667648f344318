# GENERATED FILE - do not edit. Compiled from forms/history.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history.ui'
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

class Ui_HistoryPage(object):
    def setupUi(self, HistoryPage):
        if not HistoryPage.objectName():
            HistoryPage.setObjectName(u"HistoryPage")
        self.outer = QVBoxLayout(HistoryPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(HistoryPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.medicationAllergiesLabel = QLabel(self.content)
        self.medicationAllergiesLabel.setObjectName(u"medicationAllergiesLabel")
        self.medicationAllergiesLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.medicationAllergiesLabel)

        self.medicationAllergies = CodePicks(self.content)
        self.medicationAllergies.setObjectName(u"medicationAllergies")
        self.medicationAllergies.setProperty(u"path", u"assessment.sample.medication_allergies")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.medicationAllergies)

        self.otherAllergiesLabel = QLabel(self.content)
        self.otherAllergiesLabel.setObjectName(u"otherAllergiesLabel")
        self.otherAllergiesLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.otherAllergiesLabel)

        self.otherAllergies = CodePicks(self.content)
        self.otherAllergies.setObjectName(u"otherAllergies")
        self.otherAllergies.setProperty(u"path", u"assessment.sample.environmental_food_allergies")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.otherAllergies)

        self.medicalHistoryLabel = QLabel(self.content)
        self.medicalHistoryLabel.setObjectName(u"medicalHistoryLabel")
        self.medicalHistoryLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.medicalHistoryLabel)

        self.medicalHistory = CodePicks(self.content)
        self.medicalHistory.setObjectName(u"medicalHistory")
        self.medicalHistory.setProperty(u"path", u"assessment.sample.medical_history")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.medicalHistory)

        self.currentMedicationsLabel = QLabel(self.content)
        self.currentMedicationsLabel.setObjectName(u"currentMedicationsLabel")
        self.currentMedicationsLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.currentMedicationsLabel)

        self.currentMedications = CodePicks(self.content)
        self.currentMedications.setObjectName(u"currentMedications")
        self.currentMedications.setProperty(u"path", u"assessment.sample.current_medications")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currentMedications)

        self.lastOralIntakeLabel = QLabel(self.content)
        self.lastOralIntakeLabel.setObjectName(u"lastOralIntakeLabel")
        self.lastOralIntakeLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lastOralIntakeLabel)

        self.lastOralIntakeRow = QHBoxLayout()
        self.lastOralIntakeRow.setObjectName(u"lastOralIntakeRow")
        self.lastOralIntake = QLineEdit(self.content)
        self.lastOralIntake.setObjectName(u"lastOralIntake")
        self.lastOralIntake.setProperty(u"path", u"assessment.sample.last_oral_intake")

        self.lastOralIntakeRow.addWidget(self.lastOralIntake)

        self.lastOralIntakeNow = QPushButton(self.content)
        self.lastOralIntakeNow.setObjectName(u"lastOralIntakeNow")
        self.lastOralIntakeNow.setProperty(u"nowFor", u"assessment.sample.last_oral_intake")

        self.lastOralIntakeRow.addWidget(self.lastOralIntakeNow)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.lastOralIntakeRow)

        self.obtainedFromLabel = QLabel(self.content)
        self.obtainedFromLabel.setObjectName(u"obtainedFromLabel")
        self.obtainedFromLabel.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.obtainedFromLabel)

        self.obtainedFrom = CodePicks(self.content)
        self.obtainedFrom.setObjectName(u"obtainedFrom")
        self.obtainedFrom.setProperty(u"path", u"assessment.sample.history_obtained_from")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.obtainedFrom)

        self.riskHeading = QLabel(self.content)
        self.riskHeading.setObjectName(u"riskHeading")

        self.form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.riskHeading)

        self.barriersLabel = QLabel(self.content)
        self.barriersLabel.setObjectName(u"barriersLabel")
        self.barriersLabel.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.barriersLabel)

        self.barriers = CodePicks(self.content)
        self.barriers.setObjectName(u"barriers")
        self.barriers.setProperty(u"path", u"assessment.sample.barriers_to_care")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.barriers)

        self.alcoholDrugsLabel = QLabel(self.content)
        self.alcoholDrugsLabel.setObjectName(u"alcoholDrugsLabel")
        self.alcoholDrugsLabel.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.alcoholDrugsLabel)

        self.alcoholDrugs = CodePicks(self.content)
        self.alcoholDrugs.setObjectName(u"alcoholDrugs")
        self.alcoholDrugs.setProperty(u"path", u"assessment.sample.alcohol_drug_use")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.alcoholDrugs)

        self.advanceDirectivesLabel = QLabel(self.content)
        self.advanceDirectivesLabel.setObjectName(u"advanceDirectivesLabel")
        self.advanceDirectivesLabel.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.advanceDirectivesLabel)

        self.advanceDirectives = CodePicks(self.content)
        self.advanceDirectives.setObjectName(u"advanceDirectives")
        self.advanceDirectives.setProperty(u"path", u"assessment.sample.advance_directives")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.advanceDirectives)

        self.emergencyFormLabel = QLabel(self.content)
        self.emergencyFormLabel.setObjectName(u"emergencyFormLabel")
        self.emergencyFormLabel.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emergencyFormLabel)

        self.emergencyForm = QComboBox(self.content)
        self.emergencyForm.setObjectName(u"emergencyForm")
        self.emergencyForm.setProperty(u"path", u"assessment.sample.emergency_information_form")
        self.emergencyForm.setEditable(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emergencyForm)

        self.pregnancyLabel = QLabel(self.content)
        self.pregnancyLabel.setObjectName(u"pregnancyLabel")
        self.pregnancyLabel.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.pregnancyLabel)

        self.pregnancy = QComboBox(self.content)
        self.pregnancy.setObjectName(u"pregnancy")
        self.pregnancy.setProperty(u"path", u"assessment.sample.pregnancy")
        self.pregnancy.setEditable(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.pregnancy)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.medicationAllergiesLabel.setBuddy(self.medicationAllergies)
        self.otherAllergiesLabel.setBuddy(self.otherAllergies)
        self.medicalHistoryLabel.setBuddy(self.medicalHistory)
        self.currentMedicationsLabel.setBuddy(self.currentMedications)
        self.lastOralIntakeLabel.setBuddy(self.lastOralIntake)
        self.obtainedFromLabel.setBuddy(self.obtainedFrom)
        self.barriersLabel.setBuddy(self.barriers)
        self.alcoholDrugsLabel.setBuddy(self.alcoholDrugs)
        self.advanceDirectivesLabel.setBuddy(self.advanceDirectives)
        self.emergencyFormLabel.setBuddy(self.emergencyForm)
        self.pregnancyLabel.setBuddy(self.pregnancy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HistoryPage)

        QMetaObject.connectSlotsByName(HistoryPage)
    # setupUi

    def retranslateUi(self, HistoryPage):
        HistoryPage.setWindowTitle(QCoreApplication.translate("HistoryPage", u"History", None))
        self.medicationAllergiesLabel.setText(QCoreApplication.translate("HistoryPage", u"Medication allergies", None))
#if QT_CONFIG(accessibility)
        self.medicationAllergies.setAccessibleName(QCoreApplication.translate("HistoryPage", u"medicationAllergies", None))
#endif // QT_CONFIG(accessibility)
        self.otherAllergiesLabel.setText(QCoreApplication.translate("HistoryPage", u"Environmental / food allergies (SNOMED CT)", None))
#if QT_CONFIG(accessibility)
        self.otherAllergies.setAccessibleName(QCoreApplication.translate("HistoryPage", u"otherAllergies", None))
#endif // QT_CONFIG(accessibility)
        self.medicalHistoryLabel.setText(QCoreApplication.translate("HistoryPage", u"Medical / surgical history", None))
#if QT_CONFIG(accessibility)
        self.medicalHistory.setAccessibleName(QCoreApplication.translate("HistoryPage", u"medicalHistory", None))
#endif // QT_CONFIG(accessibility)
        self.currentMedicationsLabel.setText(QCoreApplication.translate("HistoryPage", u"Current medications", None))
#if QT_CONFIG(accessibility)
        self.currentMedications.setAccessibleName(QCoreApplication.translate("HistoryPage", u"currentMedications", None))
#endif // QT_CONFIG(accessibility)
        self.lastOralIntakeLabel.setText(QCoreApplication.translate("HistoryPage", u"Last oral intake", None))
#if QT_CONFIG(accessibility)
        self.lastOralIntake.setAccessibleName(QCoreApplication.translate("HistoryPage", u"lastOralIntake", None))
#endif // QT_CONFIG(accessibility)
        self.lastOralIntake.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"HH:MM or YYYY-MM-DD HH:MM", None))
        self.lastOralIntakeNow.setText(QCoreApplication.translate("HistoryPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.lastOralIntakeNow.setAccessibleName(QCoreApplication.translate("HistoryPage", u"Last oral intake now", None))
#endif // QT_CONFIG(accessibility)
        self.obtainedFromLabel.setText(QCoreApplication.translate("HistoryPage", u"History obtained from", None))
#if QT_CONFIG(accessibility)
        self.obtainedFrom.setAccessibleName(QCoreApplication.translate("HistoryPage", u"obtainedFrom", None))
#endif // QT_CONFIG(accessibility)
        self.riskHeading.setText(QCoreApplication.translate("HistoryPage", u"Barriers, substances, directives", None))
        self.riskHeading.setStyleSheet(QCoreApplication.translate("HistoryPage", u"font-weight: bold; margin-top: 10px;", None))
        self.barriersLabel.setText(QCoreApplication.translate("HistoryPage", u"Barriers to patient care", None))
#if QT_CONFIG(accessibility)
        self.barriers.setAccessibleName(QCoreApplication.translate("HistoryPage", u"barriers", None))
#endif // QT_CONFIG(accessibility)
        self.alcoholDrugsLabel.setText(QCoreApplication.translate("HistoryPage", u"Alcohol / drug use indicators", None))
#if QT_CONFIG(accessibility)
        self.alcoholDrugs.setAccessibleName(QCoreApplication.translate("HistoryPage", u"alcoholDrugs", None))
#endif // QT_CONFIG(accessibility)
        self.advanceDirectivesLabel.setText(QCoreApplication.translate("HistoryPage", u"Advance directives", None))
#if QT_CONFIG(accessibility)
        self.advanceDirectives.setAccessibleName(QCoreApplication.translate("HistoryPage", u"advanceDirectives", None))
#endif // QT_CONFIG(accessibility)
        self.emergencyFormLabel.setText(QCoreApplication.translate("HistoryPage", u"Emergency information form", None))
#if QT_CONFIG(accessibility)
        self.emergencyForm.setAccessibleName(QCoreApplication.translate("HistoryPage", u"emergencyForm", None))
#endif // QT_CONFIG(accessibility)
        self.pregnancyLabel.setText(QCoreApplication.translate("HistoryPage", u"Pregnancy", None))
#if QT_CONFIG(accessibility)
        self.pregnancy.setAccessibleName(QCoreApplication.translate("HistoryPage", u"pregnancy", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

