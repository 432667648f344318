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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QScrollArea, QSizePolicy, QVBoxLayout,
    QWidget)

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
    # retranslateUi

