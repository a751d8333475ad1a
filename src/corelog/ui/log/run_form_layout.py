"""The run form's widgets and their layout: when, how far, how long, how much climb on
the left; type, effort, surface and shoes on the right; notes and the buttons below.

:class:`RunFormLayout` builds them (objectNames, accessible names, Alt keys, tab order);
:class:`~corelog.ui.log.run_form.RunForm` gives them their behaviour.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Log
from corelog.ui.log.labels import start_format
from corelog.ui.log.run_fields import (
    FieldGrid,
    cell,
    effort_box,
    race_class_box,
    run_type_box,
    surface_box,
)
from corelog.ui.widgets import field_error, muted, named, section_title


def no_pace_text() -> str:
    """What the pace label says while there is no pace to show."""
    return Log.tr("Pace –")


class RunFormLayout(QWidget):
    """The run form's widgets, laid out; no behaviour of their own."""

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addLayout(self._build_header())
        grid = QGridLayout()
        # Into the form first, so every widget added below gets its parent at once.
        outer.addLayout(grid)
        fields = FieldGrid(grid)
        self.errors = fields.errors
        self._build_how_far(fields)
        self._build_what_kind(fields)
        outer.addLayout(self._build_notes())
        outer.addLayout(self._build_buttons())
        self._set_tab_order()

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title = section_title(Log.tr("New run"))
        self.title.setObjectName("runFormTitle")
        header.addWidget(self.title)
        header.addStretch(1)
        self.mode_note = muted("", wrap=False)
        self.mode_note.setObjectName("runFormMode")
        header.addWidget(self.mode_note)
        return header

    def _build_how_far(self, fields: FieldGrid) -> None:
        """The left column: when, how far, how long, how much climb."""
        self.start = named(QDateTimeEdit(), "runStart", Log.tr("Start date and time"))
        self.start.setDisplayFormat(start_format())
        self.start.setCalendarPopup(True)
        self.start.setToolTip(Log.tr("When the run started (local time)"))
        self.distance = named(QLineEdit(), "runDistance", Log.tr("Distance"))
        self.distance.setToolTip(Log.tr("In your unit, or name one: 5.2, 5,2 km, 3.1 mi, 800 m"))
        self.distance_unit = QLabel()
        self.distance_unit.setObjectName("runDistanceUnit")
        self.duration = named(QLineEdit(), "runDuration", Log.tr("Time"))
        self.duration.setPlaceholderText(Log.tr("e.g. 25:30"))
        self.duration.setToolTip(
            Log.tr("25:30, 1:02:03, 45m, 1h 5m or 90s (a bare number is minutes)")
        )
        self.pace = QLabel(no_pace_text())
        self.pace.setObjectName("runPace")
        self.pace.setAccessibleName(Log.tr("Pace"))
        self.elevation = named(QLineEdit(), "runElevation", Log.tr("Elevation gain"))
        self.elevation.setPlaceholderText(Log.tr("optional"))
        self.elevation_unit = QLabel()
        self.elevation_unit.setObjectName("runElevationUnit")
        for line in (self.distance, self.duration, self.elevation):
            line.setMinimumWidth(90)
            line.setMaximumWidth(110)
        # Alt keys: none of the menu bar's (File, Edit, Go, Log, Timer, Help); see test_alt_keys.
        fields.add_row(
            0, 0, Log.tr("St&art"), self.start, self.start, "started_at", "runStartError"
        )
        distance = cell(self.distance, self.distance_unit)
        fields.add_row(1, 0, Log.tr("&Distance"), distance, self.distance, "distance")
        fields.add_row(
            2, 0, Log.tr("Ti&me"), cell(self.duration, self.pace), self.duration, "duration"
        )
        climb = cell(self.elevation, self.elevation_unit)
        fields.add_row(3, 0, Log.tr("Cl&imb"), climb, self.elevation, "elevation_gain")

    def _build_what_kind(self, fields: FieldGrid) -> None:
        """The right column: what kind of run, how hard, where, in which shoes."""
        self.run_type = run_type_box()
        self.race_class = race_class_box()
        self.effort = effort_box()
        self.surface = surface_box()
        self.shoe = named(QComboBox(), "runShoe", Log.tr("Shoes"))
        self.shoe.setMinimumContentsLength(10)
        self.shoe.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.manage_shoes = named(
            QPushButton(Log.tr("Sh&oes…")),
            "runManageShoes",
            Log.tr("Manage shoes"),
            Log.tr("Add, rename or retire pairs"),
        )
        self.manage_shoes.setAutoDefault(True)
        shoe_cell = QHBoxLayout()
        shoe_cell.setSpacing(6)
        shoe_cell.addWidget(self.shoe, 1)
        shoe_cell.addWidget(self.manage_shoes)
        kind = cell(self.run_type, self.race_class, spacing=6)
        fields.add_row(0, 1, Log.tr("T&ype"), kind, self.run_type, "run_type", "runTypeError")
        # The race distance shares the type's row, and its message goes under it too.
        fields.share_errors(0, 1, "run_type", "race_class", "runRaceClassError")
        fields.add_row(1, 1, Log.tr("Effo&rt"), self.effort, self.effort, "effort")
        fields.add_row(2, 1, Log.tr("S&urface"), self.surface, self.surface, "surface")
        fields.add_row(3, 1, Log.tr("&Shoes"), shoe_cell, self.shoe, "shoe")

    def _build_notes(self) -> QHBoxLayout:
        self.notes = named(QPlainTextEdit(), "runNotes", Log.tr("Notes"))
        self.notes.setPlaceholderText(
            Log.tr("How it went, the route, the weather… (Ctrl+Enter saves)")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        notes_label = QLabel(Log.tr("&Notes"))
        notes_label.setBuddy(self.notes)
        notes_row = QHBoxLayout()
        notes_row.addWidget(notes_label, 0, Qt.AlignmentFlag.AlignTop)
        notes_row.addWidget(self.notes, 1)
        return notes_row

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.form_error = field_error("runFormError")
        buttons.addWidget(self.form_error, 1)
        buttons.addStretch(0)
        self.save_button = named(
            QPushButton(Log.tr("Save run")), "runSave", Log.tr("Save run"), Log.tr("Save (Enter)")
        )
        self.cancel_button = named(
            QPushButton(Log.tr("Clear")),
            "runCancel",
            Log.tr("Clear the form"),
            Log.tr("Clear the form (Esc)"),
        )
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(True)
        self.save_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _set_tab_order(self) -> None:
        order = (
            self.start,
            self.distance,
            self.duration,
            self.elevation,
            self.run_type,
            self.race_class,
            self.effort,
            self.surface,
            self.shoe,
            self.manage_shoes,
            self.notes,
            self.save_button,
            self.cancel_button,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
