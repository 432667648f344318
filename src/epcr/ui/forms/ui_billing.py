# GENERATED FILE - do not edit. Compiled from forms/billing.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'billing.ui'
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

class Ui_BillingPage(object):
    def setupUi(self, BillingPage):
        if not BillingPage.objectName():
            BillingPage.setObjectName(u"BillingPage")
        self.outer = QVBoxLayout(BillingPage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(BillingPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.paymentMethodLabel = QLabel(self.content)
        self.paymentMethodLabel.setObjectName(u"paymentMethodLabel")
        self.paymentMethodLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.paymentMethodLabel)

        self.paymentMethod = QComboBox(self.content)
        self.paymentMethod.setObjectName(u"paymentMethod")
        self.paymentMethod.setProperty(u"path", u"payment.primary_method_of_payment")
        self.paymentMethod.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paymentMethod)

        self.payerTypeLabel = QLabel(self.content)
        self.payerTypeLabel.setObjectName(u"payerTypeLabel")
        self.payerTypeLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.payerTypeLabel)

        self.payerType = QComboBox(self.content)
        self.payerType.setObjectName(u"payerType")
        self.payerType.setProperty(u"path", u"payment.payer_type")
        self.payerType.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.payerType)

        self.serviceLevelLabel = QLabel(self.content)
        self.serviceLevelLabel.setObjectName(u"serviceLevelLabel")
        self.serviceLevelLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceLevelLabel)

        self.serviceLevel = QComboBox(self.content)
        self.serviceLevel.setObjectName(u"serviceLevel")
        self.serviceLevel.setProperty(u"path", u"payment.cms_service_level")
        self.serviceLevel.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serviceLevel)

        self.alsWarrantedLabel = QLabel(self.content)
        self.alsWarrantedLabel.setObjectName(u"alsWarrantedLabel")
        self.alsWarrantedLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.alsWarrantedLabel)

        self.alsWarranted = QComboBox(self.content)
        self.alsWarranted.setObjectName(u"alsWarranted")
        self.alsWarranted.setProperty(u"path", u"payment.als_assessment_performed_and_warranted")
        self.alsWarranted.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alsWarranted)

        self.residesInAreaLabel = QLabel(self.content)
        self.residesInAreaLabel.setObjectName(u"residesInAreaLabel")
        self.residesInAreaLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.residesInAreaLabel)

        self.residesInArea = QComboBox(self.content)
        self.residesInArea.setObjectName(u"residesInArea")
        self.residesInArea.setProperty(u"path", u"payment.patient_resides_in_service_area")
        self.residesInArea.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.residesInArea)

        self.urgencyLabel = QLabel(self.content)
        self.urgencyLabel.setObjectName(u"urgencyLabel")
        self.urgencyLabel.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.urgencyLabel)

        self.urgency = QComboBox(self.content)
        self.urgency.setObjectName(u"urgency")
        self.urgency.setProperty(u"path", u"payment.response_urgency")
        self.urgency.setEditable(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.urgency)

        self.transportAssessmentLabel = QLabel(self.content)
        self.transportAssessmentLabel.setObjectName(u"transportAssessmentLabel")
        self.transportAssessmentLabel.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.transportAssessmentLabel)

        self.transportAssessment = CodePicks(self.content)
        self.transportAssessment.setObjectName(u"transportAssessment")
        self.transportAssessment.setProperty(u"path", u"payment.patient_transport_assessment")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.transportAssessment)

        self.transportReasonLabel = QLabel(self.content)
        self.transportReasonLabel.setObjectName(u"transportReasonLabel")
        self.transportReasonLabel.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.transportReasonLabel)

        self.transportReason = CodePicks(self.content)
        self.transportReason.setObjectName(u"transportReason")
        self.transportReason.setProperty(u"path", u"payment.ambulance_transport_reason_code")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.transportReason)

        self.conditionsLabel = QLabel(self.content)
        self.conditionsLabel.setObjectName(u"conditionsLabel")
        self.conditionsLabel.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditions = CodePicks(self.content)
        self.conditions.setObjectName(u"conditions")
        self.conditions.setProperty(u"path", u"payment.ambulance_conditions_indicator")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.conditions)

        self.transportationIndicatorLabel = QLabel(self.content)
        self.transportationIndicatorLabel.setObjectName(u"transportationIndicatorLabel")
        self.transportationIndicatorLabel.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.transportationIndicatorLabel)

        self.transportationIndicator = CodePicks(self.content)
        self.transportationIndicator.setObjectName(u"transportationIndicator")
        self.transportationIndicator.setProperty(u"path", u"payment.cms_transportation_indicator")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.transportationIndicator)

        self.conditionCodesLabel = QLabel(self.content)
        self.conditionCodesLabel.setObjectName(u"conditionCodesLabel")
        self.conditionCodesLabel.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.conditionCodesLabel)

        self.conditionCodes = CodePicks(self.content)
        self.conditionCodes.setObjectName(u"conditionCodes")
        self.conditionCodes.setProperty(u"path", u"payment.ems_condition_code")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.conditionCodes)

        self.closestMileageLabel = QLabel(self.content)
        self.closestMileageLabel.setObjectName(u"closestMileageLabel")
        self.closestMileageLabel.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.closestMileageLabel)

        self.closestMileage = QLineEdit(self.content)
        self.closestMileage.setObjectName(u"closestMileage")
        self.closestMileage.setProperty(u"path", u"payment.mileage_to_closest_hospital_facility")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.closestMileage)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.paymentMethodLabel.setBuddy(self.paymentMethod)
        self.payerTypeLabel.setBuddy(self.payerType)
        self.serviceLevelLabel.setBuddy(self.serviceLevel)
        self.alsWarrantedLabel.setBuddy(self.alsWarranted)
        self.residesInAreaLabel.setBuddy(self.residesInArea)
        self.urgencyLabel.setBuddy(self.urgency)
        self.transportAssessmentLabel.setBuddy(self.transportAssessment)
        self.transportReasonLabel.setBuddy(self.transportReason)
        self.conditionsLabel.setBuddy(self.conditions)
        self.transportationIndicatorLabel.setBuddy(self.transportationIndicator)
        self.conditionCodesLabel.setBuddy(self.conditionCodes)
        self.closestMileageLabel.setBuddy(self.closestMileage)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BillingPage)

        QMetaObject.connectSlotsByName(BillingPage)
    # setupUi

    def retranslateUi(self, BillingPage):
        BillingPage.setWindowTitle(QCoreApplication.translate("BillingPage", u"Billing", None))
        self.paymentMethodLabel.setText(QCoreApplication.translate("BillingPage", u"Primary method of payment", None))
#if QT_CONFIG(accessibility)
        self.paymentMethod.setAccessibleName(QCoreApplication.translate("BillingPage", u"paymentMethod", None))
#endif // QT_CONFIG(accessibility)
        self.payerTypeLabel.setText(QCoreApplication.translate("BillingPage", u"Payer type", None))
#if QT_CONFIG(accessibility)
        self.payerType.setAccessibleName(QCoreApplication.translate("BillingPage", u"payerType", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLevelLabel.setText(QCoreApplication.translate("BillingPage", u"CMS service level", None))
#if QT_CONFIG(accessibility)
        self.serviceLevel.setAccessibleName(QCoreApplication.translate("BillingPage", u"serviceLevel", None))
#endif // QT_CONFIG(accessibility)
        self.alsWarrantedLabel.setText(QCoreApplication.translate("BillingPage", u"ALS assessment performed and warranted", None))
#if QT_CONFIG(accessibility)
        self.alsWarranted.setAccessibleName(QCoreApplication.translate("BillingPage", u"alsWarranted", None))
#endif // QT_CONFIG(accessibility)
        self.residesInAreaLabel.setText(QCoreApplication.translate("BillingPage", u"Patient resides in service area", None))
#if QT_CONFIG(accessibility)
        self.residesInArea.setAccessibleName(QCoreApplication.translate("BillingPage", u"residesInArea", None))
#endif // QT_CONFIG(accessibility)
        self.urgencyLabel.setText(QCoreApplication.translate("BillingPage", u"Response urgency", None))
#if QT_CONFIG(accessibility)
        self.urgency.setAccessibleName(QCoreApplication.translate("BillingPage", u"urgency", None))
#endif // QT_CONFIG(accessibility)
        self.transportAssessmentLabel.setText(QCoreApplication.translate("BillingPage", u"Patient transport assessment", None))
#if QT_CONFIG(accessibility)
        self.transportAssessment.setAccessibleName(QCoreApplication.translate("BillingPage", u"transportAssessment", None))
#endif // QT_CONFIG(accessibility)
        self.transportReasonLabel.setText(QCoreApplication.translate("BillingPage", u"Ambulance transport reason", None))
#if QT_CONFIG(accessibility)
        self.transportReason.setAccessibleName(QCoreApplication.translate("BillingPage", u"transportReason", None))
#endif // QT_CONFIG(accessibility)
        self.conditionsLabel.setText(QCoreApplication.translate("BillingPage", u"Ambulance conditions indicator", None))
#if QT_CONFIG(accessibility)
        self.conditions.setAccessibleName(QCoreApplication.translate("BillingPage", u"conditions", None))
#endif // QT_CONFIG(accessibility)
        self.transportationIndicatorLabel.setText(QCoreApplication.translate("BillingPage", u"CMS transportation indicator", None))
#if QT_CONFIG(accessibility)
        self.transportationIndicator.setAccessibleName(QCoreApplication.translate("BillingPage", u"transportationIndicator", None))
#endif // QT_CONFIG(accessibility)
        self.conditionCodesLabel.setText(QCoreApplication.translate("BillingPage", u"EMS condition codes", None))
#if QT_CONFIG(accessibility)
        self.conditionCodes.setAccessibleName(QCoreApplication.translate("BillingPage", u"conditionCodes", None))
#endif // QT_CONFIG(accessibility)
        self.closestMileageLabel.setText(QCoreApplication.translate("BillingPage", u"Miles to the closest hospital", None))
#if QT_CONFIG(accessibility)
        self.closestMileage.setAccessibleName(QCoreApplication.translate("BillingPage", u"closestMileage", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

