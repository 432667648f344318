# GENERATED FILE - do not edit. Compiled from forms/exam.ui by scripts/build_ui.py.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exam.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ExamPage(object):
    def setupUi(self, ExamPage):
        if not ExamPage.objectName():
            ExamPage.setObjectName(u"ExamPage")
        self.outer = QVBoxLayout(ExamPage)
        self.outer.setObjectName(u"outer")
        self.entry = QGridLayout()
        self.entry.setObjectName(u"entry")
        self.areaLabel = QLabel(ExamPage)
        self.areaLabel.setObjectName(u"areaLabel")
        self.areaLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.areaLabel, 0, 0, 1, 1)

        self.area = QComboBox(ExamPage)
        self.area.setObjectName(u"area")
        self.area.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.area.setMinimumContentsLength(8)

        self.entry.addWidget(self.area, 0, 1, 1, 1)

        self.locationLabel = QLabel(ExamPage)
        self.locationLabel.setObjectName(u"locationLabel")
        self.locationLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.locationLabel, 0, 2, 1, 1)

        self.location = QComboBox(ExamPage)
        self.location.setObjectName(u"location")
        self.location.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.location.setMinimumContentsLength(8)

        self.entry.addWidget(self.location, 0, 3, 1, 1)

        self.areaError = QLabel(ExamPage)
        self.areaError.setObjectName(u"areaError")
        self.areaError.setWordWrap(True)
        self.areaError.setVisible(False)

        self.entry.addWidget(self.areaError, 1, 1, 1, 1)

        self.locationError = QLabel(ExamPage)
        self.locationError.setObjectName(u"locationError")
        self.locationError.setWordWrap(True)
        self.locationError.setVisible(False)

        self.entry.addWidget(self.locationError, 1, 3, 1, 1)

        self.findingLabel = QLabel(ExamPage)
        self.findingLabel.setObjectName(u"findingLabel")
        self.findingLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.findingLabel, 2, 0, 1, 1)

        self.finding = QComboBox(ExamPage)
        self.finding.setObjectName(u"finding")
        self.finding.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.finding.setMinimumContentsLength(8)

        self.entry.addWidget(self.finding, 2, 1, 1, 1)

        self.notPresent = QCheckBox(ExamPage)
        self.notPresent.setObjectName(u"notPresent")
        self.notPresent.setMinimumSize(QSize(0, 44))
        self.notPresent.setStyleSheet(u"QCheckBox::indicator { width: 26px; height: 26px; }")

        self.entry.addWidget(self.notPresent, 2, 2, 1, 2)

        self.findingError = QLabel(ExamPage)
        self.findingError.setObjectName(u"findingError")
        self.findingError.setWordWrap(True)
        self.findingError.setVisible(False)

        self.entry.addWidget(self.findingError, 3, 1, 1, 3)

        self.timeLabel = QLabel(ExamPage)
        self.timeLabel.setObjectName(u"timeLabel")
        self.timeLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.timeLabel, 4, 0, 1, 1)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.time = QLineEdit(ExamPage)
        self.time.setObjectName(u"time")

        self.timeRow.addWidget(self.time)

        self.now = QPushButton(ExamPage)
        self.now.setObjectName(u"now")

        self.timeRow.addWidget(self.now)


        self.entry.addLayout(self.timeRow, 4, 1, 1, 1)

        self.noteLabel = QLabel(ExamPage)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setProperty(u"noWrap", True)

        self.entry.addWidget(self.noteLabel, 4, 2, 1, 1)

        self.note = QLineEdit(ExamPage)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(600)

        self.entry.addWidget(self.note, 4, 3, 1, 1)

        self.timeError = QLabel(ExamPage)
        self.timeError.setObjectName(u"timeError")
        self.timeError.setWordWrap(True)
        self.timeError.setVisible(False)

        self.entry.addWidget(self.timeError, 5, 1, 1, 1)

        self.noteError = QLabel(ExamPage)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setWordWrap(True)
        self.noteError.setVisible(False)

        self.entry.addWidget(self.noteError, 5, 3, 1, 1)

        self.entry.setColumnStretch(1, 1)
        self.entry.setColumnStretch(3, 1)

        self.outer.addLayout(self.entry)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.add = QPushButton(ExamPage)
        self.add.setObjectName(u"add")
        self.add.setProperty(u"role", u"primary")

        self.addRow.addWidget(self.add)

        self.normal = QPushButton(ExamPage)
        self.normal.setObjectName(u"normal")

        self.addRow.addWidget(self.normal)

        self.addGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addGap)


        self.outer.addLayout(self.addRow)

        self.table = QTableWidget(ExamPage)
        if (self.table.columnCount() < 5):
            self.table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.table.setObjectName(u"table")
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.outer.addWidget(self.table)

        self.entryActions = QHBoxLayout()
        self.entryActions.setObjectName(u"entryActions")
        self.edit = QPushButton(ExamPage)
        self.edit.setObjectName(u"edit")

        self.entryActions.addWidget(self.edit)

        self.void = QPushButton(ExamPage)
        self.void.setObjectName(u"void")
        self.void.setProperty(u"role", u"danger")

        self.entryActions.addWidget(self.void)

        self.actionsGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryActions.addItem(self.actionsGap)


        self.outer.addLayout(self.entryActions)

#if QT_CONFIG(shortcut)
        self.areaLabel.setBuddy(self.area)
        self.locationLabel.setBuddy(self.location)
        self.findingLabel.setBuddy(self.finding)
        self.timeLabel.setBuddy(self.time)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.area, self.location)
        QWidget.setTabOrder(self.location, self.finding)
        QWidget.setTabOrder(self.finding, self.notPresent)
        QWidget.setTabOrder(self.notPresent, self.time)
        QWidget.setTabOrder(self.time, self.now)
        QWidget.setTabOrder(self.now, self.note)
        QWidget.setTabOrder(self.note, self.add)
        QWidget.setTabOrder(self.add, self.normal)
        QWidget.setTabOrder(self.normal, self.table)
        QWidget.setTabOrder(self.table, self.edit)
        QWidget.setTabOrder(self.edit, self.void)

        self.retranslateUi(ExamPage)

        QMetaObject.connectSlotsByName(ExamPage)
    # setupUi

    def retranslateUi(self, ExamPage):
        ExamPage.setWindowTitle(QCoreApplication.translate("ExamPage", u"Physical exam", None))
        self.areaLabel.setText(QCoreApplication.translate("ExamPage", u"Body &area", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("ExamPage", u"Body area", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.area.setAccessibleDescription(QCoreApplication.translate("ExamPage", u"eExam.04 to eExam.25: the assessment element", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("ExamPage", u"&Location", None))
#if QT_CONFIG(accessibility)
        self.location.setAccessibleName(QCoreApplication.translate("ExamPage", u"Location and side", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.location.setAccessibleDescription(QCoreApplication.translate("ExamPage", u"The area's finding location element (eExam.10, .13, .15, .17, .22, .24)", None))
#endif // QT_CONFIG(accessibility)
        self.findingLabel.setText(QCoreApplication.translate("ExamPage", u"&Finding", None))
#if QT_CONFIG(accessibility)
        self.finding.setAccessibleName(QCoreApplication.translate("ExamPage", u"Finding", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.finding.setAccessibleDescription(QCoreApplication.translate("ExamPage", u"A code of the body area's assessment element", None))
#endif // QT_CONFIG(accessibility)
        self.notPresent.setText(QCoreApplication.translate("ExamPage", u"Not &present (looked for, absent)", None))
#if QT_CONFIG(accessibility)
        self.notPresent.setAccessibleName(QCoreApplication.translate("ExamPage", u"Finding not present", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notPresent.setAccessibleDescription(QCoreApplication.translate("ExamPage", u"Pertinent negative 8801005 Exam Finding Not Present", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("ExamPage", u"&Time", None))
        self.time.setPlaceholderText(QCoreApplication.translate("ExamPage", u"HH:MM or Now", None))
#if QT_CONFIG(accessibility)
        self.time.setAccessibleName(QCoreApplication.translate("ExamPage", u"Time of assessment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.time.setAccessibleDescription(QCoreApplication.translate("ExamPage", u"eExam.03", None))
#endif // QT_CONFIG(accessibility)
        self.now.setText(QCoreApplication.translate("ExamPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.now.setAccessibleName(QCoreApplication.translate("ExamPage", u"Time of assessment now", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ExamPage", u"N&ote", None))
        self.note.setPlaceholderText(QCoreApplication.translate("ExamPage", u"optional detail", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ExamPage", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.add.setText(QCoreApplication.translate("ExamPage", u"Add finding (Enter)", None))
#if QT_CONFIG(accessibility)
        self.add.setAccessibleName(QCoreApplication.translate("ExamPage", u"Add the finding", None))
#endif // QT_CONFIG(accessibility)
        self.normal.setText(QCoreApplication.translate("ExamPage", u"&Normal", None))
#if QT_CONFIG(accessibility)
        self.normal.setAccessibleName(QCoreApplication.translate("ExamPage", u"Add: this area normal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.normal.setToolTip(QCoreApplication.translate("ExamPage", u"Records the area's own \"Normal\" code", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ExamPage", u"Area", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ExamPage", u"Location", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ExamPage", u"Finding", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ExamPage", u"Present", None))
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ExamPage", u"Time", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ExamPage", u"Exam findings", None))
#endif // QT_CONFIG(accessibility)
        self.edit.setText(QCoreApplication.translate("ExamPage", u"Edit...", None))
#if QT_CONFIG(accessibility)
        self.edit.setAccessibleName(QCoreApplication.translate("ExamPage", u"Edit the selected finding", None))
#endif // QT_CONFIG(accessibility)
        self.void.setText(QCoreApplication.translate("ExamPage", u"Void...", None))
#if QT_CONFIG(accessibility)
        self.void.setAccessibleName(QCoreApplication.translate("ExamPage", u"Void the selected finding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

