# GENERATED FILE - do not edit. Compiled from forms/scene.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scene.ui'
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

class Ui_ScenePage(object):
    def setupUi(self, ScenePage):
        if not ScenePage.objectName():
            ScenePage.setObjectName(u"ScenePage")
        self.outer = QVBoxLayout(ScenePage)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(ScenePage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.form = QFormLayout(self.content)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.firstUnitLabel = QLabel(self.content)
        self.firstUnitLabel.setObjectName(u"firstUnitLabel")
        self.firstUnitLabel.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstUnitLabel)

        self.firstUnit = QComboBox(self.content)
        self.firstUnit.setObjectName(u"firstUnit")
        self.firstUnit.setProperty(u"path", u"scene.first_ems_unit_on_scene")
        self.firstUnit.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstUnit)

        self.firstArrivedLabel = QLabel(self.content)
        self.firstArrivedLabel.setObjectName(u"firstArrivedLabel")
        self.firstArrivedLabel.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstArrivedLabel)

        self.firstArrivedRow = QHBoxLayout()
        self.firstArrivedRow.setObjectName(u"firstArrivedRow")
        self.firstArrived = QLineEdit(self.content)
        self.firstArrived.setObjectName(u"firstArrived")
        self.firstArrived.setProperty(u"path", u"scene.date_time_initial_responder_arrived_on_scene")

        self.firstArrivedRow.addWidget(self.firstArrived)

        self.firstArrivedNow = QPushButton(self.content)
        self.firstArrivedNow.setObjectName(u"firstArrivedNow")
        self.firstArrivedNow.setProperty(u"nowFor", u"scene.date_time_initial_responder_arrived_on_scene")

        self.firstArrivedRow.addWidget(self.firstArrivedNow)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.firstArrivedRow)

        self.patientCountLabel = QLabel(self.content)
        self.patientCountLabel.setObjectName(u"patientCountLabel")
        self.patientCountLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patientCountLabel)

        self.patientCount = QComboBox(self.content)
        self.patientCount.setObjectName(u"patientCount")
        self.patientCount.setProperty(u"path", u"scene.number_of_patients_at_scene")
        self.patientCount.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patientCount)

        self.mciLabel = QLabel(self.content)
        self.mciLabel.setObjectName(u"mciLabel")
        self.mciLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mciLabel)

        self.mci = QComboBox(self.content)
        self.mci.setObjectName(u"mci")
        self.mci.setProperty(u"path", u"scene.mass_casualty_incident")
        self.mci.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mci)

        self.triageLabel = QLabel(self.content)
        self.triageLabel.setObjectName(u"triageLabel")
        self.triageLabel.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.triageLabel)

        self.triage = QComboBox(self.content)
        self.triage.setObjectName(u"triage")
        self.triage.setProperty(u"path", u"scene.triage_classification_for_mci_patient")
        self.triage.setEditable(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.triage)

        self.locationHeading = QLabel(self.content)
        self.locationHeading.setObjectName(u"locationHeading")

        self.form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.locationHeading)

        self.locationTypeLabel = QLabel(self.content)
        self.locationTypeLabel.setObjectName(u"locationTypeLabel")
        self.locationTypeLabel.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationTypeLabel)

        self.locationType = QLineEdit(self.content)
        self.locationType.setObjectName(u"locationType")
        self.locationType.setProperty(u"path", u"scene.incident_location_type")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.locationType)

        self.facilityNameLabel = QLabel(self.content)
        self.facilityNameLabel.setObjectName(u"facilityNameLabel")
        self.facilityNameLabel.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.facilityNameLabel)

        self.facilityName = QLineEdit(self.content)
        self.facilityName.setObjectName(u"facilityName")
        self.facilityName.setProperty(u"path", u"scene.incident_facility_or_location_name")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.facilityName)

        self.streetLabel = QLabel(self.content)
        self.streetLabel.setObjectName(u"streetLabel")
        self.streetLabel.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.street = QLineEdit(self.content)
        self.street.setObjectName(u"street")
        self.street.setProperty(u"path", u"scene.incident_street_address")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.street)

        self.apartmentLabel = QLabel(self.content)
        self.apartmentLabel.setObjectName(u"apartmentLabel")
        self.apartmentLabel.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.apartmentLabel)

        self.apartment = QLineEdit(self.content)
        self.apartment.setObjectName(u"apartment")
        self.apartment.setProperty(u"path", u"scene.incident_apartment_suite_or_room")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.apartment)

        self.crossStreetLabel = QLabel(self.content)
        self.crossStreetLabel.setObjectName(u"crossStreetLabel")
        self.crossStreetLabel.setWordWrap(True)

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.crossStreetLabel)

        self.crossStreet = QLineEdit(self.content)
        self.crossStreet.setObjectName(u"crossStreet")
        self.crossStreet.setProperty(u"path", u"scene.scene_cross_street_or_directions")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.crossStreet)

        self.mileMarkerLabel = QLabel(self.content)
        self.mileMarkerLabel.setObjectName(u"mileMarkerLabel")
        self.mileMarkerLabel.setWordWrap(True)

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.mileMarkerLabel)

        self.mileMarker = QLineEdit(self.content)
        self.mileMarker.setObjectName(u"mileMarker")
        self.mileMarker.setProperty(u"path", u"scene.mile_post_or_major_roadway")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.mileMarker)

        self.cityLabel = QLabel(self.content)
        self.cityLabel.setObjectName(u"cityLabel")
        self.cityLabel.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(self.content)
        self.city.setObjectName(u"city")
        self.city.setProperty(u"path", u"scene.incident_city")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.city)

        self.countyLabel = QLabel(self.content)
        self.countyLabel.setObjectName(u"countyLabel")
        self.countyLabel.setWordWrap(True)

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.countyLabel)

        self.county = QLineEdit(self.content)
        self.county.setObjectName(u"county")
        self.county.setProperty(u"path", u"scene.incident_county")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.county)

        self.stateLabel = QLabel(self.content)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.state = QLineEdit(self.content)
        self.state.setObjectName(u"state")
        self.state.setProperty(u"path", u"scene.incident_state")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.state)

        self.zipLabel = QLabel(self.content)
        self.zipLabel.setObjectName(u"zipLabel")
        self.zipLabel.setWordWrap(True)

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.zipLabel)

        self.zip = QLineEdit(self.content)
        self.zip.setObjectName(u"zip")
        self.zip.setProperty(u"path", u"scene.incident_zip_code")

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.zip)

        self.gpsLabel = QLabel(self.content)
        self.gpsLabel.setObjectName(u"gpsLabel")
        self.gpsLabel.setWordWrap(True)

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.gpsLabel)

        self.gps = QLineEdit(self.content)
        self.gps.setObjectName(u"gps")
        self.gps.setProperty(u"path", u"scene.scene_gps_location")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.gps)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.firstUnitLabel.setBuddy(self.firstUnit)
        self.firstArrivedLabel.setBuddy(self.firstArrived)
        self.patientCountLabel.setBuddy(self.patientCount)
        self.mciLabel.setBuddy(self.mci)
        self.triageLabel.setBuddy(self.triage)
        self.locationTypeLabel.setBuddy(self.locationType)
        self.facilityNameLabel.setBuddy(self.facilityName)
        self.streetLabel.setBuddy(self.street)
        self.apartmentLabel.setBuddy(self.apartment)
        self.crossStreetLabel.setBuddy(self.crossStreet)
        self.mileMarkerLabel.setBuddy(self.mileMarker)
        self.cityLabel.setBuddy(self.city)
        self.countyLabel.setBuddy(self.county)
        self.stateLabel.setBuddy(self.state)
        self.zipLabel.setBuddy(self.zip)
        self.gpsLabel.setBuddy(self.gps)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScenePage)

        QMetaObject.connectSlotsByName(ScenePage)
    # setupUi

    def retranslateUi(self, ScenePage):
        ScenePage.setWindowTitle(QCoreApplication.translate("ScenePage", u"Scene", None))
        self.firstUnitLabel.setText(QCoreApplication.translate("ScenePage", u"First EMS unit on scene", None))
#if QT_CONFIG(accessibility)
        self.firstUnit.setAccessibleName(QCoreApplication.translate("ScenePage", u"firstUnit", None))
#endif // QT_CONFIG(accessibility)
        self.firstArrivedLabel.setText(QCoreApplication.translate("ScenePage", u"First responder arrived", None))
#if QT_CONFIG(accessibility)
        self.firstArrived.setAccessibleName(QCoreApplication.translate("ScenePage", u"firstArrived", None))
#endif // QT_CONFIG(accessibility)
        self.firstArrived.setPlaceholderText(QCoreApplication.translate("ScenePage", u"HH:MM or YYYY-MM-DD HH:MM", None))
        self.firstArrivedNow.setText(QCoreApplication.translate("ScenePage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.firstArrivedNow.setAccessibleName(QCoreApplication.translate("ScenePage", u"First responder arrived now", None))
#endif // QT_CONFIG(accessibility)
        self.patientCountLabel.setText(QCoreApplication.translate("ScenePage", u"Number of patients at scene", None))
#if QT_CONFIG(accessibility)
        self.patientCount.setAccessibleName(QCoreApplication.translate("ScenePage", u"patientCount", None))
#endif // QT_CONFIG(accessibility)
        self.mciLabel.setText(QCoreApplication.translate("ScenePage", u"Mass casualty incident", None))
#if QT_CONFIG(accessibility)
        self.mci.setAccessibleName(QCoreApplication.translate("ScenePage", u"mci", None))
#endif // QT_CONFIG(accessibility)
        self.triageLabel.setText(QCoreApplication.translate("ScenePage", u"MCI triage category", None))
#if QT_CONFIG(accessibility)
        self.triage.setAccessibleName(QCoreApplication.translate("ScenePage", u"triage", None))
#endif // QT_CONFIG(accessibility)
        self.locationHeading.setText(QCoreApplication.translate("ScenePage", u"Location", None))
        self.locationHeading.setStyleSheet(QCoreApplication.translate("ScenePage", u"font-weight: bold; margin-top: 10px;", None))
        self.locationTypeLabel.setText(QCoreApplication.translate("ScenePage", u"Location type (ICD-10-CM Y92)", None))
#if QT_CONFIG(accessibility)
        self.locationType.setAccessibleName(QCoreApplication.translate("ScenePage", u"locationType", None))
#endif // QT_CONFIG(accessibility)
        self.locationType.setPlaceholderText(QCoreApplication.translate("ScenePage", u"ICD-10-CM place of occurrence code: Y92.x", None))
        self.facilityNameLabel.setText(QCoreApplication.translate("ScenePage", u"Facility or location name", None))
#if QT_CONFIG(accessibility)
        self.facilityName.setAccessibleName(QCoreApplication.translate("ScenePage", u"facilityName", None))
#endif // QT_CONFIG(accessibility)
        self.streetLabel.setText(QCoreApplication.translate("ScenePage", u"Street address", None))
#if QT_CONFIG(accessibility)
        self.street.setAccessibleName(QCoreApplication.translate("ScenePage", u"street", None))
#endif // QT_CONFIG(accessibility)
        self.apartmentLabel.setText(QCoreApplication.translate("ScenePage", u"Apartment, suite or room", None))
#if QT_CONFIG(accessibility)
        self.apartment.setAccessibleName(QCoreApplication.translate("ScenePage", u"apartment", None))
#endif // QT_CONFIG(accessibility)
        self.crossStreetLabel.setText(QCoreApplication.translate("ScenePage", u"Cross street or directions", None))
#if QT_CONFIG(accessibility)
        self.crossStreet.setAccessibleName(QCoreApplication.translate("ScenePage", u"crossStreet", None))
#endif // QT_CONFIG(accessibility)
        self.mileMarkerLabel.setText(QCoreApplication.translate("ScenePage", u"Mile post or major roadway", None))
#if QT_CONFIG(accessibility)
        self.mileMarker.setAccessibleName(QCoreApplication.translate("ScenePage", u"mileMarker", None))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(QCoreApplication.translate("ScenePage", u"City (GNIS code)", None))
#if QT_CONFIG(accessibility)
        self.city.setAccessibleName(QCoreApplication.translate("ScenePage", u"city", None))
#endif // QT_CONFIG(accessibility)
        self.city.setPlaceholderText(QCoreApplication.translate("ScenePage", u"GNIS feature ID of the city", None))
        self.countyLabel.setText(QCoreApplication.translate("ScenePage", u"County (ANSI code, 5 digits)", None))
#if QT_CONFIG(accessibility)
        self.county.setAccessibleName(QCoreApplication.translate("ScenePage", u"county", None))
#endif // QT_CONFIG(accessibility)
        self.county.setPlaceholderText(QCoreApplication.translate("ScenePage", u"e.g. 06037", None))
        self.stateLabel.setText(QCoreApplication.translate("ScenePage", u"State (ANSI code, 2 digits)", None))
#if QT_CONFIG(accessibility)
        self.state.setAccessibleName(QCoreApplication.translate("ScenePage", u"state", None))
#endif // QT_CONFIG(accessibility)
        self.state.setPlaceholderText(QCoreApplication.translate("ScenePage", u"e.g. 06", None))
        self.zipLabel.setText(QCoreApplication.translate("ScenePage", u"ZIP code", None))
#if QT_CONFIG(accessibility)
        self.zip.setAccessibleName(QCoreApplication.translate("ScenePage", u"zip", None))
#endif // QT_CONFIG(accessibility)
        self.gpsLabel.setText(QCoreApplication.translate("ScenePage", u"GPS location", None))
#if QT_CONFIG(accessibility)
        self.gps.setAccessibleName(QCoreApplication.translate("ScenePage", u"gps", None))
#endif // QT_CONFIG(accessibility)
        self.gps.setPlaceholderText(QCoreApplication.translate("ScenePage", u"latitude,longitude e.g. 34.0522,-118.2437", None))
    # retranslateUi

