# GENERATED FILE - do not edit. Compiled from forms/code_mode.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'code_mode.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CodeModePage(object):
    def setupUi(self, CodeModePage):
        if not CodeModePage.objectName():
            CodeModePage.setObjectName(u"CodeModePage")
        self.outer = QVBoxLayout(CodeModePage)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(CodeModePage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.column = QVBoxLayout(self.content)
        self.column.setObjectName(u"column")
        self.header = QGridLayout()
        self.header.setObjectName(u"header")
        self.cycleLabel = QLabel(self.content)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.header.addWidget(self.cycleLabel, 0, 0, 1, 1)

        self.cprTimer = QLabel(self.content)
        self.cprTimer.setObjectName(u"cprTimer")

        self.header.addWidget(self.cprTimer, 1, 0, 1, 1)

        self.routeLabel = QLabel(self.content)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setWordWrap(True)

        self.header.addWidget(self.routeLabel, 0, 1, 1, 1)

        self.routeIv = QPushButton(self.content)
        self.routeIv.setObjectName(u"routeIv")
        self.routeIv.setCheckable(True)

        self.header.addWidget(self.routeIv, 0, 2, 1, 1)

        self.routeIo = QPushButton(self.content)
        self.routeIo.setObjectName(u"routeIo")
        self.routeIo.setCheckable(True)

        self.header.addWidget(self.routeIo, 0, 3, 1, 1)

        self.performerLabel = QLabel(self.content)
        self.performerLabel.setObjectName(u"performerLabel")

        self.header.addWidget(self.performerLabel, 1, 1, 1, 1)

        self.performer = QComboBox(self.content)
        self.performer.setObjectName(u"performer")

        self.header.addWidget(self.performer, 1, 2, 1, 2)


        self.column.addLayout(self.header)

        self.buttonBox = QWidget(self.content)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttons = QGridLayout(self.buttonBox)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setContentsMargins(0, 0, 0, 0)

        self.column.addWidget(self.buttonBox)

        self.logLabel = QLabel(self.content)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)

        self.column.addWidget(self.logLabel)

        self.log = QListWidget(self.content)
        self.log.setObjectName(u"log")

        self.column.addWidget(self.log)

        self.logActions = QHBoxLayout()
        self.logActions.setObjectName(u"logActions")
        self.editEvent = QPushButton(self.content)
        self.editEvent.setObjectName(u"editEvent")

        self.logActions.addWidget(self.editEvent)

        self.voidEvent = QPushButton(self.content)
        self.voidEvent.setObjectName(u"voidEvent")

        self.logActions.addWidget(self.voidEvent)

        self.logSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logActions.addItem(self.logSpacer)


        self.column.addLayout(self.logActions)

        self.arrestHeading = QLabel(self.content)
        self.arrestHeading.setObjectName(u"arrestHeading")
        self.arrestHeading.setWordWrap(True)

        self.column.addWidget(self.arrestHeading)

        self.arrestForm = QGridLayout()
        self.arrestForm.setObjectName(u"arrestForm")
        self.cardiacArrestLabel = QLabel(self.content)
        self.cardiacArrestLabel.setObjectName(u"cardiacArrestLabel")
        self.cardiacArrestLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.cardiacArrestLabel, 0, 0, 1, 1)

        self.cardiacArrest = QComboBox(self.content)
        self.cardiacArrest.setObjectName(u"cardiacArrest")
        self.cardiacArrest.setProperty(u"path", u"arrest.cardiac_arrest")

        self.arrestForm.addWidget(self.cardiacArrest, 0, 1, 1, 1)

        self.etiologyLabel = QLabel(self.content)
        self.etiologyLabel.setObjectName(u"etiologyLabel")
        self.etiologyLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.etiologyLabel, 1, 0, 1, 1)

        self.etiology = QComboBox(self.content)
        self.etiology.setObjectName(u"etiology")
        self.etiology.setProperty(u"path", u"arrest.etiology")

        self.arrestForm.addWidget(self.etiology, 1, 1, 1, 1)

        self.witnessedByLabel = QLabel(self.content)
        self.witnessedByLabel.setObjectName(u"witnessedByLabel")
        self.witnessedByLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.witnessedByLabel, 2, 0, 1, 1)

        self.witnessedBy = QListWidget(self.content)
        self.witnessedBy.setObjectName(u"witnessedBy")
        self.witnessedBy.setProperty(u"path", u"arrest.witnessed_by")

        self.arrestForm.addWidget(self.witnessedBy, 2, 1, 1, 1)

        self.aedPriorToArrivalLabel = QLabel(self.content)
        self.aedPriorToArrivalLabel.setObjectName(u"aedPriorToArrivalLabel")
        self.aedPriorToArrivalLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.aedPriorToArrivalLabel, 3, 0, 1, 1)

        self.aedPriorToArrival = QComboBox(self.content)
        self.aedPriorToArrival.setObjectName(u"aedPriorToArrival")
        self.aedPriorToArrival.setProperty(u"path", u"arrest.aed_prior_to_arrival")

        self.arrestForm.addWidget(self.aedPriorToArrival, 3, 1, 1, 1)

        self.whoInitiatedCprLabel = QLabel(self.content)
        self.whoInitiatedCprLabel.setObjectName(u"whoInitiatedCprLabel")
        self.whoInitiatedCprLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.whoInitiatedCprLabel, 4, 0, 1, 1)

        self.whoInitiatedCpr = QComboBox(self.content)
        self.whoInitiatedCpr.setObjectName(u"whoInitiatedCpr")
        self.whoInitiatedCpr.setProperty(u"path", u"arrest.who_initiated_cpr")

        self.arrestForm.addWidget(self.whoInitiatedCpr, 4, 1, 1, 1)

        self.whoAppliedAedLabel = QLabel(self.content)
        self.whoAppliedAedLabel.setObjectName(u"whoAppliedAedLabel")
        self.whoAppliedAedLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.whoAppliedAedLabel, 5, 0, 1, 1)

        self.whoAppliedAed = QComboBox(self.content)
        self.whoAppliedAed.setObjectName(u"whoAppliedAed")
        self.whoAppliedAed.setProperty(u"path", u"arrest.who_applied_aed")

        self.arrestForm.addWidget(self.whoAppliedAed, 5, 1, 1, 1)

        self.whoDefibrillatedLabel = QLabel(self.content)
        self.whoDefibrillatedLabel.setObjectName(u"whoDefibrillatedLabel")
        self.whoDefibrillatedLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.whoDefibrillatedLabel, 6, 0, 1, 1)

        self.whoDefibrillated = QComboBox(self.content)
        self.whoDefibrillated.setObjectName(u"whoDefibrillated")
        self.whoDefibrillated.setProperty(u"path", u"arrest.who_defibrillated")

        self.arrestForm.addWidget(self.whoDefibrillated, 6, 1, 1, 1)

        self.arrestAtLabel = QLabel(self.content)
        self.arrestAtLabel.setObjectName(u"arrestAtLabel")
        self.arrestAtLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.arrestAtLabel, 7, 0, 1, 1)

        self.arrestAtRow = QHBoxLayout()
        self.arrestAtRow.setObjectName(u"arrestAtRow")
        self.arrestAt = QLineEdit(self.content)
        self.arrestAt.setObjectName(u"arrestAt")
        self.arrestAt.setProperty(u"path", u"arrest.arrest_at")

        self.arrestAtRow.addWidget(self.arrestAt)

        self.arrestAtQualifier = QComboBox(self.content)
        self.arrestAtQualifier.setObjectName(u"arrestAtQualifier")

        self.arrestAtRow.addWidget(self.arrestAtQualifier)


        self.arrestForm.addLayout(self.arrestAtRow, 7, 1, 1, 1)

        self.initialCprAtLabel = QLabel(self.content)
        self.initialCprAtLabel.setObjectName(u"initialCprAtLabel")
        self.initialCprAtLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.initialCprAtLabel, 8, 0, 1, 1)

        self.initialCprAt = QLineEdit(self.content)
        self.initialCprAt.setObjectName(u"initialCprAt")
        self.initialCprAt.setProperty(u"path", u"arrest.initial_cpr_at")

        self.arrestForm.addWidget(self.initialCprAt, 8, 1, 1, 1)

        self.resuscitationAttemptedLabel = QLabel(self.content)
        self.resuscitationAttemptedLabel.setObjectName(u"resuscitationAttemptedLabel")
        self.resuscitationAttemptedLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.resuscitationAttemptedLabel, 9, 0, 1, 1)

        self.resuscitationAttempted = QListWidget(self.content)
        self.resuscitationAttempted.setObjectName(u"resuscitationAttempted")
        self.resuscitationAttempted.setProperty(u"path", u"arrest.resuscitation_attempted")

        self.arrestForm.addWidget(self.resuscitationAttempted, 9, 1, 1, 1)

        self.cprTypesLabel = QLabel(self.content)
        self.cprTypesLabel.setObjectName(u"cprTypesLabel")
        self.cprTypesLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.cprTypesLabel, 10, 0, 1, 1)

        self.cprTypes = QListWidget(self.content)
        self.cprTypes.setObjectName(u"cprTypes")
        self.cprTypes.setProperty(u"path", u"arrest.cpr_types")

        self.arrestForm.addWidget(self.cprTypes, 10, 1, 1, 1)

        self.firstMonitoredRhythmLabel = QLabel(self.content)
        self.firstMonitoredRhythmLabel.setObjectName(u"firstMonitoredRhythmLabel")
        self.firstMonitoredRhythmLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.firstMonitoredRhythmLabel, 11, 0, 1, 1)

        self.firstMonitoredRhythm = QComboBox(self.content)
        self.firstMonitoredRhythm.setObjectName(u"firstMonitoredRhythm")
        self.firstMonitoredRhythm.setProperty(u"path", u"arrest.first_monitored_rhythm")

        self.arrestForm.addWidget(self.firstMonitoredRhythm, 11, 1, 1, 1)

        self.roscLabel = QLabel(self.content)
        self.roscLabel.setObjectName(u"roscLabel")
        self.roscLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.roscLabel, 12, 0, 1, 1)

        self.rosc = QListWidget(self.content)
        self.rosc.setObjectName(u"rosc")
        self.rosc.setProperty(u"path", u"arrest.rosc")

        self.arrestForm.addWidget(self.rosc, 12, 1, 1, 1)

        self.endOfEventLabel = QLabel(self.content)
        self.endOfEventLabel.setObjectName(u"endOfEventLabel")
        self.endOfEventLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.endOfEventLabel, 13, 0, 1, 1)

        self.endOfEvent = QComboBox(self.content)
        self.endOfEvent.setObjectName(u"endOfEvent")
        self.endOfEvent.setProperty(u"path", u"arrest.end_of_event")

        self.arrestForm.addWidget(self.endOfEvent, 13, 1, 1, 1)

        self.resuscitationDiscontinuedAtLabel = QLabel(self.content)
        self.resuscitationDiscontinuedAtLabel.setObjectName(u"resuscitationDiscontinuedAtLabel")
        self.resuscitationDiscontinuedAtLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.resuscitationDiscontinuedAtLabel, 14, 0, 1, 1)

        self.resuscitationDiscontinuedAt = QLineEdit(self.content)
        self.resuscitationDiscontinuedAt.setObjectName(u"resuscitationDiscontinuedAt")
        self.resuscitationDiscontinuedAt.setProperty(u"path", u"arrest.resuscitation_discontinued_at")

        self.arrestForm.addWidget(self.resuscitationDiscontinuedAt, 14, 1, 1, 1)

        self.cprDiscontinuedReasonLabel = QLabel(self.content)
        self.cprDiscontinuedReasonLabel.setObjectName(u"cprDiscontinuedReasonLabel")
        self.cprDiscontinuedReasonLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.cprDiscontinuedReasonLabel, 15, 0, 1, 1)

        self.cprDiscontinuedReason = QComboBox(self.content)
        self.cprDiscontinuedReason.setObjectName(u"cprDiscontinuedReason")
        self.cprDiscontinuedReason.setProperty(u"path", u"arrest.cpr_discontinued_reason")

        self.arrestForm.addWidget(self.cprDiscontinuedReason, 15, 1, 1, 1)

        self.rhythmAtDestinationLabel = QLabel(self.content)
        self.rhythmAtDestinationLabel.setObjectName(u"rhythmAtDestinationLabel")
        self.rhythmAtDestinationLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.rhythmAtDestinationLabel, 16, 0, 1, 1)

        self.rhythmAtDestination = QListWidget(self.content)
        self.rhythmAtDestination.setObjectName(u"rhythmAtDestination")
        self.rhythmAtDestination.setProperty(u"path", u"arrest.rhythm_at_destination")

        self.arrestForm.addWidget(self.rhythmAtDestination, 16, 1, 1, 1)

        self.therapeuticHypothermiaLabel = QLabel(self.content)
        self.therapeuticHypothermiaLabel.setObjectName(u"therapeuticHypothermiaLabel")
        self.therapeuticHypothermiaLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.therapeuticHypothermiaLabel, 17, 0, 1, 1)

        self.therapeuticHypothermia = QComboBox(self.content)
        self.therapeuticHypothermia.setObjectName(u"therapeuticHypothermia")
        self.therapeuticHypothermia.setProperty(u"path", u"arrest.therapeutic_hypothermia")

        self.arrestForm.addWidget(self.therapeuticHypothermia, 17, 1, 1, 1)

        self.neurologicalOutcomeLabel = QLabel(self.content)
        self.neurologicalOutcomeLabel.setObjectName(u"neurologicalOutcomeLabel")
        self.neurologicalOutcomeLabel.setWordWrap(True)

        self.arrestForm.addWidget(self.neurologicalOutcomeLabel, 18, 0, 1, 1)

        self.neurologicalOutcome = QComboBox(self.content)
        self.neurologicalOutcome.setObjectName(u"neurologicalOutcome")
        self.neurologicalOutcome.setProperty(u"path", u"arrest.neurological_outcome")

        self.arrestForm.addWidget(self.neurologicalOutcome, 18, 1, 1, 1)

        self.arrestForm.setColumnStretch(0, 2)
        self.arrestForm.setColumnStretch(1, 3)

        self.column.addLayout(self.arrestForm)

        self.scroll.setWidget(self.content)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.performerLabel.setBuddy(self.performer)
        self.cardiacArrestLabel.setBuddy(self.cardiacArrest)
        self.etiologyLabel.setBuddy(self.etiology)
        self.witnessedByLabel.setBuddy(self.witnessedBy)
        self.aedPriorToArrivalLabel.setBuddy(self.aedPriorToArrival)
        self.whoInitiatedCprLabel.setBuddy(self.whoInitiatedCpr)
        self.whoAppliedAedLabel.setBuddy(self.whoAppliedAed)
        self.whoDefibrillatedLabel.setBuddy(self.whoDefibrillated)
        self.arrestAtLabel.setBuddy(self.arrestAt)
        self.initialCprAtLabel.setBuddy(self.initialCprAt)
        self.resuscitationAttemptedLabel.setBuddy(self.resuscitationAttempted)
        self.cprTypesLabel.setBuddy(self.cprTypes)
        self.firstMonitoredRhythmLabel.setBuddy(self.firstMonitoredRhythm)
        self.roscLabel.setBuddy(self.rosc)
        self.endOfEventLabel.setBuddy(self.endOfEvent)
        self.resuscitationDiscontinuedAtLabel.setBuddy(self.resuscitationDiscontinuedAt)
        self.cprDiscontinuedReasonLabel.setBuddy(self.cprDiscontinuedReason)
        self.rhythmAtDestinationLabel.setBuddy(self.rhythmAtDestination)
        self.therapeuticHypothermiaLabel.setBuddy(self.therapeuticHypothermia)
        self.neurologicalOutcomeLabel.setBuddy(self.neurologicalOutcome)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CodeModePage)

        QMetaObject.connectSlotsByName(CodeModePage)
    # setupUi

    def retranslateUi(self, CodeModePage):
        CodeModePage.setWindowTitle(QCoreApplication.translate("CodeModePage", u"Cardiac arrest: code mode", None))
        self.cycleLabel.setText(QCoreApplication.translate("CodeModePage", u"CPR cycle", None))
        self.cprTimer.setText(QCoreApplication.translate("CodeModePage", u"--:--", None))
        self.routeLabel.setText(QCoreApplication.translate("CodeModePage", u"Epinephrine route", None))
        self.routeIv.setText(QCoreApplication.translate("CodeModePage", u"IV", None))
#if QT_CONFIG(accessibility)
        self.routeIv.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Epinephrine route: intravenous", None))
#endif // QT_CONFIG(accessibility)
        self.routeIo.setText(QCoreApplication.translate("CodeModePage", u"IO", None))
#if QT_CONFIG(accessibility)
        self.routeIo.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Epinephrine route: intraosseous", None))
#endif // QT_CONFIG(accessibility)
        self.performerLabel.setText(QCoreApplication.translate("CodeModePage", u"Given by", None))
#if QT_CONFIG(accessibility)
        self.performer.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Epinephrine given by", None))
#endif // QT_CONFIG(accessibility)
        self.logLabel.setText(QCoreApplication.translate("CodeModePage", u"Event log: select an event to correct it", None))
#if QT_CONFIG(accessibility)
        self.log.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Code events", None))
#endif // QT_CONFIG(accessibility)
        self.editEvent.setText(QCoreApplication.translate("CodeModePage", u"Edit event", None))
#if QT_CONFIG(accessibility)
        self.editEvent.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Edit the selected event", None))
#endif // QT_CONFIG(accessibility)
        self.voidEvent.setText(QCoreApplication.translate("CodeModePage", u"Void event", None))
#if QT_CONFIG(accessibility)
        self.voidEvent.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Void the selected event", None))
#endif // QT_CONFIG(accessibility)
        self.arrestHeading.setText(QCoreApplication.translate("CodeModePage", u"Cardiac arrest (eArrest): filled from the event log; a pick of your own overrides it", None))
        self.arrestHeading.setStyleSheet(QCoreApplication.translate("CodeModePage", u"font-weight: bold; margin-top: 10px;", None))
        self.cardiacArrestLabel.setText(QCoreApplication.translate("CodeModePage", u"Cardiac arrest (eArrest.01)", None))
#if QT_CONFIG(accessibility)
        self.cardiacArrest.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Cardiac arrest (eArrest.01)", None))
#endif // QT_CONFIG(accessibility)
        self.etiologyLabel.setText(QCoreApplication.translate("CodeModePage", u"Etiology (eArrest.02)", None))
#if QT_CONFIG(accessibility)
        self.etiology.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Etiology (eArrest.02)", None))
#endif // QT_CONFIG(accessibility)
        self.witnessedByLabel.setText(QCoreApplication.translate("CodeModePage", u"Arrest witnessed by (eArrest.04)", None))
#if QT_CONFIG(accessibility)
        self.witnessedBy.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Arrest witnessed by (eArrest.04)", None))
#endif // QT_CONFIG(accessibility)
        self.aedPriorToArrivalLabel.setText(QCoreApplication.translate("CodeModePage", u"AED used before EMS arrival (eArrest.07)", None))
#if QT_CONFIG(accessibility)
        self.aedPriorToArrival.setAccessibleName(QCoreApplication.translate("CodeModePage", u"AED used before EMS arrival (eArrest.07)", None))
#endif // QT_CONFIG(accessibility)
        self.whoInitiatedCprLabel.setText(QCoreApplication.translate("CodeModePage", u"Who first started CPR (eArrest.20)", None))
#if QT_CONFIG(accessibility)
        self.whoInitiatedCpr.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Who first started CPR (eArrest.20)", None))
#endif // QT_CONFIG(accessibility)
        self.whoAppliedAedLabel.setText(QCoreApplication.translate("CodeModePage", u"Who first applied the AED (eArrest.21)", None))
#if QT_CONFIG(accessibility)
        self.whoAppliedAed.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Who first applied the AED (eArrest.21)", None))
#endif // QT_CONFIG(accessibility)
        self.whoDefibrillatedLabel.setText(QCoreApplication.translate("CodeModePage", u"Who first defibrillated (eArrest.22)", None))
#if QT_CONFIG(accessibility)
        self.whoDefibrillated.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Who first defibrillated (eArrest.22)", None))
#endif // QT_CONFIG(accessibility)
        self.arrestAtLabel.setText(QCoreApplication.translate("CodeModePage", u"Time of arrest (eArrest.14)", None))
#if QT_CONFIG(accessibility)
        self.arrestAt.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Time of arrest (eArrest.14)", None))
#endif // QT_CONFIG(accessibility)
        self.arrestAt.setPlaceholderText(QCoreApplication.translate("CodeModePage", u"HH:MM:SS", None))
#if QT_CONFIG(accessibility)
        self.arrestAtQualifier.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Time of arrest is", None))
#endif // QT_CONFIG(accessibility)
        self.initialCprAtLabel.setText(QCoreApplication.translate("CodeModePage", u"First CPR (eArrest.19)", None))
#if QT_CONFIG(accessibility)
        self.initialCprAt.setAccessibleName(QCoreApplication.translate("CodeModePage", u"First CPR (eArrest.19)", None))
#endif // QT_CONFIG(accessibility)
        self.initialCprAt.setPlaceholderText(QCoreApplication.translate("CodeModePage", u"HH:MM:SS", None))
        self.resuscitationAttemptedLabel.setText(QCoreApplication.translate("CodeModePage", u"Resuscitation attempted by EMS (eArrest.03)", None))
#if QT_CONFIG(accessibility)
        self.resuscitationAttempted.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Resuscitation attempted by EMS (eArrest.03)", None))
#endif // QT_CONFIG(accessibility)
        self.cprTypesLabel.setText(QCoreApplication.translate("CodeModePage", u"Type of CPR provided (eArrest.09)", None))
#if QT_CONFIG(accessibility)
        self.cprTypes.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Type of CPR provided (eArrest.09)", None))
#endif // QT_CONFIG(accessibility)
        self.firstMonitoredRhythmLabel.setText(QCoreApplication.translate("CodeModePage", u"First monitored rhythm (eArrest.11)", None))
#if QT_CONFIG(accessibility)
        self.firstMonitoredRhythm.setAccessibleName(QCoreApplication.translate("CodeModePage", u"First monitored rhythm (eArrest.11)", None))
#endif // QT_CONFIG(accessibility)
        self.roscLabel.setText(QCoreApplication.translate("CodeModePage", u"Any ROSC (eArrest.12)", None))
#if QT_CONFIG(accessibility)
        self.rosc.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Any ROSC (eArrest.12)", None))
#endif // QT_CONFIG(accessibility)
        self.endOfEventLabel.setText(QCoreApplication.translate("CodeModePage", u"End of the arrest event (eArrest.18)", None))
#if QT_CONFIG(accessibility)
        self.endOfEvent.setAccessibleName(QCoreApplication.translate("CodeModePage", u"End of the arrest event (eArrest.18)", None))
#endif // QT_CONFIG(accessibility)
        self.resuscitationDiscontinuedAtLabel.setText(QCoreApplication.translate("CodeModePage", u"Resuscitation discontinued at (eArrest.15)", None))
#if QT_CONFIG(accessibility)
        self.resuscitationDiscontinuedAt.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Resuscitation discontinued at (eArrest.15)", None))
#endif // QT_CONFIG(accessibility)
        self.resuscitationDiscontinuedAt.setPlaceholderText(QCoreApplication.translate("CodeModePage", u"HH:MM:SS", None))
        self.cprDiscontinuedReasonLabel.setText(QCoreApplication.translate("CodeModePage", u"Why CPR was discontinued (eArrest.16)", None))
#if QT_CONFIG(accessibility)
        self.cprDiscontinuedReason.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Why CPR was discontinued (eArrest.16)", None))
#endif // QT_CONFIG(accessibility)
        self.rhythmAtDestinationLabel.setText(QCoreApplication.translate("CodeModePage", u"Rhythm on arrival at destination (eArrest.17)", None))
#if QT_CONFIG(accessibility)
        self.rhythmAtDestination.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Rhythm on arrival at destination (eArrest.17)", None))
#endif // QT_CONFIG(accessibility)
        self.therapeuticHypothermiaLabel.setText(QCoreApplication.translate("CodeModePage", u"Therapeutic hypothermia by EMS (eArrest.10)", None))
#if QT_CONFIG(accessibility)
        self.therapeuticHypothermia.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Therapeutic hypothermia by EMS (eArrest.10)", None))
#endif // QT_CONFIG(accessibility)
        self.neurologicalOutcomeLabel.setText(QCoreApplication.translate("CodeModePage", u"Neurological outcome at discharge (eArrest.13)", None))
#if QT_CONFIG(accessibility)
        self.neurologicalOutcome.setAccessibleName(QCoreApplication.translate("CodeModePage", u"Neurological outcome at discharge (eArrest.13)", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

