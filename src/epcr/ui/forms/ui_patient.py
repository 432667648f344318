# GENERATED FILE - do not edit. Compiled from forms/patient.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient.ui'
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

class Ui_PatientPage(object):
    def setupUi(self, PatientPage):
        if not PatientPage.objectName():
            PatientPage.setObjectName(u"PatientPage")
        self.outer = QVBoxLayout(PatientPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(PatientPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.lastNameLabel = QLabel(self.content)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastName = QLineEdit(self.content)
        self.lastName.setObjectName(u"lastName")
        self.lastName.setProperty(u"path", u"patient.last_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastName)

        self.firstNameLabel = QLabel(self.content)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstName = QLineEdit(self.content)
        self.firstName.setObjectName(u"firstName")
        self.firstName.setProperty(u"path", u"patient.first_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstName)

        self.dateOfBirthLabel = QLabel(self.content)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirth = QLineEdit(self.content)
        self.dateOfBirth.setObjectName(u"dateOfBirth")
        self.dateOfBirth.setProperty(u"path", u"patient.date_of_birth")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateOfBirth)

        self.ageLabel = QLabel(self.content)
        self.ageLabel.setObjectName(u"ageLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.age = QLineEdit(self.content)
        self.age.setObjectName(u"age")
        self.age.setProperty(u"path", u"patient.age")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.age)

        self.ageUnitsLabel = QLabel(self.content)
        self.ageUnitsLabel.setObjectName(u"ageUnitsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ageUnitsLabel)

        self.ageUnits = QComboBox(self.content)
        self.ageUnits.setObjectName(u"ageUnits")
        self.ageUnits.setProperty(u"path", u"patient.age_units")
        self.ageUnits.setEditable(True)
        self.ageUnits.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.ageUnits.setMinimumContentsLength(10)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ageUnits)

        self.sexLabel = QLabel(self.content)
        self.sexLabel.setObjectName(u"sexLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(self.content)
        self.sex.setObjectName(u"sex")
        self.sex.setProperty(u"path", u"patient.sex")
        self.sex.setEditable(True)
        self.sex.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sex.setMinimumContentsLength(10)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sex)

        self.weightLabel = QLabel(self.content)
        self.weightLabel.setObjectName(u"weightLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weight = QLineEdit(self.content)
        self.weight.setObjectName(u"weight")
        self.weight.setProperty(u"path", u"patient.weight_kg")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.weight)

        self.homeZipLabel = QLabel(self.content)
        self.homeZipLabel.setObjectName(u"homeZipLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.homeZipLabel)

        self.homeZip = QLineEdit(self.content)
        self.homeZip.setObjectName(u"homeZip")
        self.homeZip.setProperty(u"path", u"patient.home_zip")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.homeZip)

        self.homeCountyLabel = QLabel(self.content)
        self.homeCountyLabel.setObjectName(u"homeCountyLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.homeCountyLabel)

        self.homeCounty = QLineEdit(self.content)
        self.homeCounty.setObjectName(u"homeCounty")
        self.homeCounty.setProperty(u"path", u"patient.home_county")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.homeCounty)

        self.homeStateLabel = QLabel(self.content)
        self.homeStateLabel.setObjectName(u"homeStateLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.homeStateLabel)

        self.homeState = QLineEdit(self.content)
        self.homeState.setObjectName(u"homeState")
        self.homeState.setProperty(u"path", u"patient.home_state")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.homeState)

        self.raceLabel = QLabel(self.content)
        self.raceLabel.setObjectName(u"raceLabel")
        self.raceLabel.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.raceLabel)

        self.race = CodePicks(self.content)
        self.race.setObjectName(u"race")
        self.race.setProperty(u"path", u"patient.race")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.race)

        self.middleInitialLabel = QLabel(self.content)
        self.middleInitialLabel.setObjectName(u"middleInitialLabel")
        self.middleInitialLabel.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.middleInitialLabel)

        self.middleInitial = QLineEdit(self.content)
        self.middleInitial.setObjectName(u"middleInitial")
        self.middleInitial.setProperty(u"path", u"patient.middle_initial")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.middleInitial)

        self.homeAddressLabel = QLabel(self.content)
        self.homeAddressLabel.setObjectName(u"homeAddressLabel")
        self.homeAddressLabel.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.homeAddressLabel)

        self.homeAddress = QLineEdit(self.content)
        self.homeAddress.setObjectName(u"homeAddress")
        self.homeAddress.setProperty(u"path", u"patient.home_address")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.homeAddress)

        self.alternateResidenceLabel = QLabel(self.content)
        self.alternateResidenceLabel.setObjectName(u"alternateResidenceLabel")
        self.alternateResidenceLabel.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.alternateResidenceLabel)

        self.alternateResidence = QComboBox(self.content)
        self.alternateResidence.setObjectName(u"alternateResidence")
        self.alternateResidence.setProperty(u"path", u"patient.alternate_home_residence")
        self.alternateResidence.setEditable(True)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.alternateResidence)

        self.languagesLabel = QLabel(self.content)
        self.languagesLabel.setObjectName(u"languagesLabel")
        self.languagesLabel.setWordWrap(True)

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languages = CodePicks(self.content)
        self.languages.setObjectName(u"languages")
        self.languages.setProperty(u"path", u"patient.preferred_languages")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.languages)

        self.lengthTapeLabel = QLabel(self.content)
        self.lengthTapeLabel.setObjectName(u"lengthTapeLabel")
        self.lengthTapeLabel.setWordWrap(True)

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.lengthTapeLabel)

        self.lengthTape = QComboBox(self.content)
        self.lengthTape.setObjectName(u"lengthTape")
        self.lengthTape.setProperty(u"path", u"patient.length_based_tape")
        self.lengthTape.setEditable(True)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.lengthTape)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.lastNameLabel.setBuddy(self.lastName)
        self.firstNameLabel.setBuddy(self.firstName)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirth)
        self.ageLabel.setBuddy(self.age)
        self.ageUnitsLabel.setBuddy(self.ageUnits)
        self.sexLabel.setBuddy(self.sex)
        self.weightLabel.setBuddy(self.weight)
        self.homeZipLabel.setBuddy(self.homeZip)
        self.homeCountyLabel.setBuddy(self.homeCounty)
        self.homeStateLabel.setBuddy(self.homeState)
        self.raceLabel.setBuddy(self.race)
        self.middleInitialLabel.setBuddy(self.middleInitial)
        self.homeAddressLabel.setBuddy(self.homeAddress)
        self.alternateResidenceLabel.setBuddy(self.alternateResidence)
        self.languagesLabel.setBuddy(self.languages)
        self.lengthTapeLabel.setBuddy(self.lengthTape)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PatientPage)

        QMetaObject.connectSlotsByName(PatientPage)
    # setupUi

    def retranslateUi(self, PatientPage):
        PatientPage.setWindowTitle(QCoreApplication.translate("PatientPage", u"Patient", None))
        self.lastNameLabel.setText(QCoreApplication.translate("PatientPage", u"Last name", None))
#if QT_CONFIG(accessibility)
        self.lastName.setAccessibleName(QCoreApplication.translate("PatientPage", u"lastName", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameLabel.setText(QCoreApplication.translate("PatientPage", u"First name", None))
#if QT_CONFIG(accessibility)
        self.firstName.setAccessibleName(QCoreApplication.translate("PatientPage", u"firstName", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirthLabel.setText(QCoreApplication.translate("PatientPage", u"Date of birth", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirth.setAccessibleName(QCoreApplication.translate("PatientPage", u"dateOfBirth", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirth.setPlaceholderText(QCoreApplication.translate("PatientPage", u"YYYY-MM-DD: age follows from it", None))
        self.ageLabel.setText(QCoreApplication.translate("PatientPage", u"Age", None))
#if QT_CONFIG(accessibility)
        self.age.setAccessibleName(QCoreApplication.translate("PatientPage", u"age", None))
#endif // QT_CONFIG(accessibility)
        self.age.setPlaceholderText(QCoreApplication.translate("PatientPage", u"from the date of birth, or typed", None))
        self.ageUnitsLabel.setText(QCoreApplication.translate("PatientPage", u"Age units", None))
#if QT_CONFIG(accessibility)
        self.ageUnits.setAccessibleName(QCoreApplication.translate("PatientPage", u"ageUnits", None))
#endif // QT_CONFIG(accessibility)
        self.sexLabel.setText(QCoreApplication.translate("PatientPage", u"Sex", None))
#if QT_CONFIG(accessibility)
        self.sex.setAccessibleName(QCoreApplication.translate("PatientPage", u"sex", None))
#endif // QT_CONFIG(accessibility)
        self.weightLabel.setText(QCoreApplication.translate("PatientPage", u"Weight (kg)", None))
#if QT_CONFIG(accessibility)
        self.weight.setAccessibleName(QCoreApplication.translate("PatientPage", u"weight", None))
#endif // QT_CONFIG(accessibility)
        self.homeZipLabel.setText(QCoreApplication.translate("PatientPage", u"Home ZIP", None))
#if QT_CONFIG(accessibility)
        self.homeZip.setAccessibleName(QCoreApplication.translate("PatientPage", u"homeZip", None))
#endif // QT_CONFIG(accessibility)
        self.homeCountyLabel.setText(QCoreApplication.translate("PatientPage", u"Home county (ANSI)", None))
#if QT_CONFIG(accessibility)
        self.homeCounty.setAccessibleName(QCoreApplication.translate("PatientPage", u"homeCounty", None))
#endif // QT_CONFIG(accessibility)
        self.homeStateLabel.setText(QCoreApplication.translate("PatientPage", u"Home state (ANSI)", None))
#if QT_CONFIG(accessibility)
        self.homeState.setAccessibleName(QCoreApplication.translate("PatientPage", u"homeState", None))
#endif // QT_CONFIG(accessibility)
        self.raceLabel.setText(QCoreApplication.translate("PatientPage", u"Race", None))
#if QT_CONFIG(accessibility)
        self.race.setAccessibleName(QCoreApplication.translate("PatientPage", u"race", None))
#endif // QT_CONFIG(accessibility)
        self.middleInitialLabel.setText(QCoreApplication.translate("PatientPage", u"Middle initial or name", None))
#if QT_CONFIG(accessibility)
        self.middleInitial.setAccessibleName(QCoreApplication.translate("PatientPage", u"middleInitial", None))
#endif // QT_CONFIG(accessibility)
        self.homeAddressLabel.setText(QCoreApplication.translate("PatientPage", u"Home street address", None))
#if QT_CONFIG(accessibility)
        self.homeAddress.setAccessibleName(QCoreApplication.translate("PatientPage", u"homeAddress", None))
#endif // QT_CONFIG(accessibility)
        self.alternateResidenceLabel.setText(QCoreApplication.translate("PatientPage", u"Alternate home residence", None))
#if QT_CONFIG(accessibility)
        self.alternateResidence.setAccessibleName(QCoreApplication.translate("PatientPage", u"alternateResidence", None))
#endif // QT_CONFIG(accessibility)
        self.languagesLabel.setText(QCoreApplication.translate("PatientPage", u"Preferred languages", None))
#if QT_CONFIG(accessibility)
        self.languages.setAccessibleName(QCoreApplication.translate("PatientPage", u"languages", None))
#endif // QT_CONFIG(accessibility)
        self.lengthTapeLabel.setText(QCoreApplication.translate("PatientPage", u"Length-based tape zone", None))
#if QT_CONFIG(accessibility)
        self.lengthTape.setAccessibleName(QCoreApplication.translate("PatientPage", u"lengthTape", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

