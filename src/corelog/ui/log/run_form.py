"""The run form: log a new run or change a saved one, in the user's units.

Distance, time and climb are forgiving text fields read by ``corelog.domain.parsing``;
the pace next to them follows as the user types. Enter saves (Ctrl+Enter in the notes),
Esc cancels. Problems are shown in words under each field and nothing is written; an
implausible pace asks before saving. Every save goes through the undo stack.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
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

from corelog.domain.formatting import (
    format_distance_edit,
    format_distance_field,
    format_duration,
    format_elevation_edit,
    format_run_pace,
)
from corelog.domain.parsing import ParseError, parse_distance, parse_duration, parse_elevation
from corelog.domain.runs import RunRow
from corelog.domain.timeutil import default_start, fixed_offset, local_from_wall, local_now
from corelog.domain.units import round_half_up
from corelog.domain.validation import Invalid
from corelog.domain.vocabulary import EASY, RACE
from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.services.runs import CheckedRun, RunDraft
from corelog.ui.context import AppContext
from corelog.ui.errors import reason
from corelog.ui.log.labels import (
    format_start,
    local_start,
    run_kind_text,
)
from corelog.ui.log.run_fields import (
    FieldGrid,
    cell,
    effort_box,
    race_class_box,
    run_type_box,
    surface_box,
)
from corelog.ui.log.run_saving import change_run, confirm_pace, log_run
from corelog.ui.widgets import (
    field_error,
    muted,
    named,
    save_form_action,
    section_title,
    show_error,
)

START_FORMAT = "ddd d MMM yyyy, HH:mm"
DISTANCE_PLACEHOLDERS = {"km": "e.g. 5.2", "mi": "e.g. 3.1"}
ELEVATION_UNITS = {"km": "m", "mi": "ft"}
NO_SHOE = "No shoes"
NO_PACE = "Pace –"

# The fields validation reports on, in the order the form shows them.
FIELDS = (
    "started_at",
    "distance",
    "duration",
    "run_type",
    "race_class",
    "effort",
    "surface",
    "elevation_gain",
    "shoe",
)


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def _naive(value: QDateTime) -> datetime:
    return datetime.combine(value.date().toPython(), value.time().toPython())


class RunForm(QWidget):
    sig_kind_changed = Signal(str, object)
    """The run type or race class changed (run type key, race class key or None)."""
    sig_editing_changed = Signal(object)
    """The form started or stopped editing a saved run (its id, or None for a new run)."""
    sig_saved = Signal(int)
    """A run was saved from the form (its id)."""
    sig_manage_shoes = Signal()
    """The user asked to manage their shoes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("runForm")
        self._unit = ctx.settings.unit
        self._editing: RunRow | None = None
        self._loaded: dict[str, object] = {}
        self._saving = False  # the form's own save is under way: not a change elsewhere
        self._snapshot: tuple = ()
        self._build()
        self.reset()
        ctx.settings.sig_changed.connect(self._on_setting_changed)

    # ------------------------------------------------------------------ build
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
        self._connect_fields()
        self._set_tab_order()
        self._apply_unit_texts()

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title = section_title("New run")
        self.title.setObjectName("runFormTitle")
        header.addWidget(self.title)
        header.addStretch(1)
        self.mode_note = muted("", wrap=False)
        self.mode_note.setObjectName("runFormMode")
        header.addWidget(self.mode_note)
        return header

    def _build_how_far(self, fields: FieldGrid) -> None:
        """The left column: when, how far, how long, how much climb."""
        self.start = named(QDateTimeEdit(), "runStart", "Start date and time")
        self.start.setDisplayFormat(START_FORMAT)
        self.start.setCalendarPopup(True)
        self.start.setToolTip("When the run started (local time)")
        self.distance = named(QLineEdit(), "runDistance", "Distance")
        self.distance.setToolTip("In your unit, or name one: 5.2, 5,2 km, 3.1 mi, 800 m")
        self.distance_unit = QLabel()
        self.distance_unit.setObjectName("runDistanceUnit")
        self.duration = named(QLineEdit(), "runDuration", "Time")
        self.duration.setPlaceholderText("e.g. 25:30")
        self.duration.setToolTip("25:30, 1:02:03, 45m, 1h 5m or 90s (a bare number is minutes)")
        self.pace = QLabel(NO_PACE)
        self.pace.setObjectName("runPace")
        self.pace.setAccessibleName("Pace")
        self.elevation = named(QLineEdit(), "runElevation", "Elevation gain")
        self.elevation.setPlaceholderText("optional")
        self.elevation_unit = QLabel()
        self.elevation_unit.setObjectName("runElevationUnit")
        for line in (self.distance, self.duration, self.elevation):
            line.setMinimumWidth(90)
            line.setMaximumWidth(110)
        # Alt keys: none of the menu bar's (File, Edit, Go, Log, Timer, Help); see test_alt_keys.
        fields.add_row(0, 0, "St&art", self.start, self.start, "started_at", "runStartError")
        distance = cell(self.distance, self.distance_unit)
        fields.add_row(1, 0, "&Distance", distance, self.distance, "distance")
        fields.add_row(2, 0, "Ti&me", cell(self.duration, self.pace), self.duration, "duration")
        climb = cell(self.elevation, self.elevation_unit)
        fields.add_row(3, 0, "Cl&imb", climb, self.elevation, "elevation_gain")

    def _build_what_kind(self, fields: FieldGrid) -> None:
        """The right column: what kind of run, how hard, where, in which shoes."""
        self.run_type = run_type_box()
        self.race_class = race_class_box()
        self.effort = effort_box()
        self.surface = surface_box()
        self.shoe = named(QComboBox(), "runShoe", "Shoes")
        self.shoe.setMinimumContentsLength(10)
        self.shoe.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.manage_shoes = named(
            QPushButton("Sh&oes…"), "runManageShoes", "Manage shoes", "Add, rename or retire pairs"
        )
        self.manage_shoes.setAutoDefault(True)
        self.manage_shoes.clicked.connect(self.sig_manage_shoes.emit)
        shoe_cell = QHBoxLayout()
        shoe_cell.setSpacing(6)
        shoe_cell.addWidget(self.shoe, 1)
        shoe_cell.addWidget(self.manage_shoes)
        kind = cell(self.run_type, self.race_class, spacing=6)
        fields.add_row(0, 1, "T&ype", kind, self.run_type, "run_type", "runTypeError")
        # The race distance shares the type's row, and its message goes under it too.
        fields.share_errors(0, 1, "run_type", "race_class", "runRaceClassError")
        fields.add_row(1, 1, "Effo&rt", self.effort, self.effort, "effort")
        fields.add_row(2, 1, "S&urface", self.surface, self.surface, "surface")
        fields.add_row(3, 1, "&Shoes", shoe_cell, self.shoe, "shoe")

    def _build_notes(self) -> QHBoxLayout:
        self.notes = named(QPlainTextEdit(), "runNotes", "Notes")
        self.notes.setPlaceholderText("How it went, the route, the weather… (Ctrl+Enter saves)")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        save_form_action(self, "runKeySave", self.save)
        notes_label = QLabel("&Notes")
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
        self.save_button = named(QPushButton("Save run"), "runSave", "Save run", "Save (Enter)")
        self.cancel_button = named(
            QPushButton("Clear"), "runCancel", "Clear the form", "Clear the form (Esc)"
        )
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _connect_fields(self) -> None:
        self.distance.textChanged.connect(self._update_pace)
        self.duration.textChanged.connect(self._update_pace)
        self.run_type.currentIndexChanged.connect(self._on_kind_changed)
        self.race_class.currentIndexChanged.connect(self._on_kind_changed)
        # Typing in a field clears the message about it.
        for field, widget in (
            ("distance", self.distance),
            ("duration", self.duration),
            ("elevation_gain", self.elevation),
        ):
            widget.textChanged.connect(lambda _text, f=field: self._clear_error(f))
        self.start.dateTimeChanged.connect(lambda _v: self._clear_error("started_at"))
        self.shoe.currentIndexChanged.connect(lambda _i: self._clear_error("shoe"))

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

    # ------------------------------------------------------------- behaviour
    @property
    def unit(self) -> str:
        return self._unit

    @property
    def editing(self) -> RunRow | None:
        """The saved run being changed, or None while logging a new run."""
        return self._editing

    def kind(self) -> tuple[str, str | None]:
        run_type = self.run_type.currentData() or EASY
        return run_type, (self.race_class.currentData() if run_type == RACE else None)

    def reset(self, *, keep_typing: bool = False) -> None:
        """An empty form for a new run starting now (rounded), in the last pair worn.

        The fields start afresh, with nothing of their own to undo, so Ctrl+Z right after a
        save undoes the save. ``keep_typing`` (Esc on a new run) lets Ctrl+Z in a field bring
        back what was typed there instead.
        """
        was_editing = self._editing is not None
        self._editing = None
        self._loaded = {}
        self._set_start(default_start(local_now()))
        for line in (self.distance, self.duration, self.elevation):
            if keep_typing:
                line.clear()
            else:
                line.setText("")
        self.run_type.setCurrentIndex(self.run_type.findData(EASY))
        self.race_class.setCurrentIndex(0)
        self.effort.setCurrentIndex(0)
        self.surface.setCurrentIndex(0)
        self.notes.clear()
        self._fill_shoes(run_service.default_shoe_id(self.ctx.store))
        self._clear_errors()
        self._show_mode()
        self._snapshot = self._state()
        self._on_kind_changed()
        if was_editing:
            self.sig_editing_changed.emit(None)

    def new_run(self) -> None:
        """Get ready for a new run: leave any edit, keep a half-typed new run, focus it."""
        if self._editing is not None or not self.is_dirty():
            self.reset()
        self.distance.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.distance.selectAll()

    def refresh_start(self) -> None:
        """Move an untouched new run's start to now (the form may have waited for hours)."""
        if self._editing is None and not self.is_dirty():
            self._set_start(default_start(local_now()))
            self._snapshot = self._state()

    def edit_run(self, run: RunRow) -> None:
        """Fill the form with a saved run; Save then changes that run (same row and uuid)."""
        self._editing = None
        local = local_start(run.started_at, run.utc_offset_min)
        self._set_start(local)
        self.distance.setText(self._distance_text(run.distance_m))
        self.duration.setText(format_duration(_whole(run.duration_s)))
        self.elevation.setText(self._elevation_text(run.elevation_gain_m))
        for combo, index in self._choices(run).items():
            combo.setCurrentIndex(index)
        self.notes.setPlainText(run.notes)
        self._editing = run
        self._fill_shoes(run.shoe_id)
        self._loaded = {
            "start": self.start.dateTime(),
            "distance": self.distance.text(),
            "duration": self.duration.text(),
            "elevation": self.elevation.text(),
            "notes": self.notes.toPlainText(),
        }
        self._clear_errors()
        self._show_mode()
        self._snapshot = self._state()
        self._on_kind_changed()
        self.sig_editing_changed.emit(run.id)
        self.distance.setFocus(Qt.FocusReason.OtherFocusReason)
        self.distance.selectAll()

    def follow(self, run: RunRow) -> bool:
        """The run being edited was changed elsewhere (Undo, Redo, an import).

        Every field the user has not touched shows the run as it is now, and saving keeps
        those values; what the user typed stays as typed. True if the form changed.
        """
        old = self._editing
        if self._saving or old is None or old.id != run.id or old.values == run.values:
            return False
        was_dirty = self.is_dirty()
        fresh_start = local_start(run.started_at, run.utc_offset_min)
        texts = (
            ("distance", self.distance, self._distance_text(run.distance_m)),
            ("duration", self.duration, format_duration(_whole(run.duration_s))),
            ("elevation", self.elevation, self._elevation_text(run.elevation_gain_m)),
        )
        if self.start.dateTime() == self._loaded.get("start"):
            self._set_start(fresh_start)
            self._loaded["start"] = self.start.dateTime()
        for key, field, text in texts:
            if field.text() == self._loaded.get(key):
                field.setText(text)
                self._loaded[key] = text
        if self.notes.toPlainText() == self._loaded.get("notes"):
            self.notes.setPlainText(run.notes)
            self._loaded["notes"] = self.notes.toPlainText()
        before, after = self._choices(old), self._choices(run)
        for combo, index in before.items():
            if combo.currentIndex() == index:
                combo.setCurrentIndex(after[combo])
        shoe = run.shoe_id if self.shoe.currentData() == old.shoe_id else self.shoe.currentData()
        self._editing = run
        self._fill_shoes(shoe)
        self._show_mode()
        self._on_kind_changed()
        self._update_pace()
        if not was_dirty:
            self._snapshot = self._state()
        return True

    def _choices(self, run: RunRow) -> dict[QComboBox, int]:
        """The index each list shows for ``run`` when it is opened for editing."""
        race_class = self.race_class.findData(run.race_class) if run.race_class else 0
        return {
            self.run_type: max(0, self.run_type.findData(run.run_type)),
            self.race_class: max(0, race_class),
            self.effort: max(0, self.effort.findData(run.effort)),
            self.surface: max(0, self.surface.findData(run.surface)),
        }

    def _elevation_text(self, metres: float | None) -> str:
        return "" if metres is None else format_elevation_edit(_whole(metres), self._unit)

    def cancel(self) -> None:
        """Esc: stop editing (nothing changes), or clear a new run."""
        editing = self._editing
        self.reset(keep_typing=editing is None)
        if editing is not None:
            self.ctx.show_status("Edit cancelled; the run is unchanged.", 4000)
        self.distance.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def draft(self) -> RunDraft:
        """The form as typed, for checking."""
        naive = _naive(self.start.dateTime())
        if self._editing is not None:
            # Keep the offset the run was logged with: 07:10 stays 07:10 after travel.
            started = naive.replace(tzinfo=fixed_offset(self._editing.utc_offset_min))
        else:
            started = local_from_wall(naive)
        run_type, race_class = self.kind()
        return RunDraft(
            started_at=started,
            distance=self.distance.text(),
            duration=self.duration.text(),
            run_type=run_type,
            race_class=race_class,
            effort=self.effort.currentData(),
            surface=self.surface.currentData(),
            elevation_gain=self.elevation.text(),
            notes=self.notes.toPlainText(),
            shoe_id=self.shoe.currentData(),
        )

    def save(self) -> bool:
        """Check and save the run; True if it was saved (or there was nothing to change)."""
        store = self.ctx.store
        if self._editing is not None:
            # Catch up with a change made elsewhere that the form has not heard of yet.
            stored = run_service.get_run(store, self._editing.id)
            if stored is None:
                show_error(self.form_error, "The run you were editing was deleted.")
                return False
            self.follow(stored)
        result = run_service.check_run(
            store, self.draft(), self._unit, local_now(), editing=self._editing
        )
        self._clear_errors()
        if isinstance(result, Invalid):
            self._show_errors(result.errors)
            return False
        checked = self._keep_untouched(result)
        warning = checked.warnings.get("pace")
        if warning and not self.confirm_pace(warning):
            self.distance.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._saving = True
        try:
            if self._editing is None:
                run_id = log_run(self.ctx, checked, self._unit)
            else:
                run_id = change_run(self.ctx, self._editing, checked)
        except Exception as error:  # the transaction rolled back: nothing was written
            traceback.print_exc()
            show_error(self.form_error, f"The run was not saved. {reason(error)}")
            return False
        finally:
            self._saving = False
        self.reset()
        self.distance.setFocus(Qt.FocusReason.OtherFocusReason)
        if run_id is not None:
            self.sig_saved.emit(run_id)
        return True

    def confirm_pace(self, message: str) -> bool:
        """Ask whether to save a run with an implausible pace; True to save it."""
        return confirm_pace(self, message)

    # ----------------------------------------------------------------- saving
    def _keep_untouched(self, checked: CheckedRun) -> CheckedRun:
        """Fields of an edited run the user did not touch keep their exact stored value."""
        row = self._editing
        if row is None or not self._loaded:
            return checked
        keep: dict[str, object] = {}
        if self.start.dateTime() == self._loaded["start"]:
            keep["started_at"] = local_start(row.started_at, row.utc_offset_min)
        if self.distance.text() == self._loaded["distance"]:
            keep["distance_m"] = row.distance_m
        if self.duration.text() == self._loaded["duration"]:
            keep["duration_s"] = row.duration_s
        if self.elevation.text() == self._loaded["elevation"]:
            keep["elevation_gain_m"] = row.elevation_gain_m
        if self.notes.toPlainText() == self._loaded["notes"]:
            keep["notes"] = row.notes  # byte for byte, whatever the text box made of it
        return CheckedRun(replace(checked.run, **keep), checked.shoe_id)

    # ----------------------------------------------------------------- shoes
    def refresh_shoes(self) -> None:
        """Reload the pairs offered, keeping the one chosen if it is still offered."""
        self._fill_shoes(self.shoe.currentData())

    def _fill_shoes(self, wanted: int | None) -> None:
        worn = self._editing.shoe_id if self._editing is not None else None
        shoes = shoe_service.shoes_for_run(self.ctx.store, worn)
        self.shoe.blockSignals(True)
        self.shoe.clear()
        self.shoe.addItem(NO_SHOE if shoes else "No shoes yet", None)
        for shoe in shoes:
            label = f"{shoe.name} (retired)" if shoe.retired else shoe.name
            self.shoe.addItem(label, shoe.id)
        index = self.shoe.findData(wanted) if wanted is not None else 0
        self.shoe.setCurrentIndex(max(0, index))
        self.shoe.blockSignals(False)

    def select_shoe(self, shoe_id: int) -> None:
        index = self.shoe.findData(shoe_id)
        if index >= 0:
            self.shoe.setCurrentIndex(index)

    # ------------------------------------------------------------------ units
    def _on_setting_changed(self, key: str) -> None:
        if key == "units/distance":
            self.set_unit(self.ctx.settings.unit)

    def set_unit(self, unit: str) -> None:
        """Show the form in ``unit``: typed figures are converted, nothing stored changes."""
        old = self._unit
        if unit == old:
            return
        was_dirty = self.is_dirty()
        for key, field, parse, write in (
            ("distance", self.distance, parse_distance, format_distance_edit),
            ("elevation", self.elevation, parse_elevation, format_elevation_edit),
        ):
            text = field.text()
            if not text.strip():
                continue
            try:
                metres = parse(text, old)
            except ParseError:
                continue
            if metres <= 0:
                continue
            was_loaded = self._loaded.get(key) == text
            converted = write(metres, unit)
            if key == "distance" and was_loaded and self._editing is not None:
                # The run's own distance: from the stored metres, not the rounded text.
                converted = format_distance_field(_whole(self._editing.distance_m), unit)
            field.setText(converted)
            if was_loaded:
                self._loaded[key] = converted
        self._unit = unit
        self._apply_unit_texts()
        self._clear_errors()
        if not was_dirty:
            self._snapshot = self._state()

    def _apply_unit_texts(self) -> None:
        self.distance_unit.setText(self._unit)
        self.distance.setPlaceholderText(DISTANCE_PLACEHOLDERS[self._unit])
        self.elevation_unit.setText(ELEVATION_UNITS[self._unit])
        self._update_pace()

    # ---------------------------------------------------------------- helpers
    def _distance_text(self, metres: float) -> str:
        """A stored distance as the field shows it: rounded as lists show it. Saving
        keeps the stored metres while this text is left as it is."""
        return format_distance_field(_whole(metres), self._unit)

    def _set_start(self, moment: datetime) -> None:
        self.start.setDateTime(_qdatetime(moment))

    def _state(self) -> tuple:
        return (
            self.start.dateTime(),
            self.distance.text(),
            self.duration.text(),
            self.elevation.text(),
            self.run_type.currentIndex(),
            self.race_class.currentIndex(),
            self.effort.currentIndex(),
            self.surface.currentIndex(),
            self.shoe.currentData(),
            self.notes.toPlainText(),
        )

    def _show_mode(self) -> None:
        row = self._editing
        if row is None:
            self.title.setText("New run")
            self.mode_note.setText("Enter saves · Esc clears")
            self.save_button.setText("Save run")
            self.save_button.setAccessibleName("Save run")
            self.cancel_button.setText("Clear")
            self.cancel_button.setAccessibleName("Clear the form")
        else:
            local = local_start(row.started_at, row.utc_offset_min)
            self.title.setText(f"Editing: {run_kind_text(row.run_type, row.race_class)}")
            self.mode_note.setText(f"{format_start(local)} · Enter saves · Esc cancels")
            self.save_button.setText("Save changes")
            self.save_button.setAccessibleName("Save changes")
            self.cancel_button.setText("Cancel edit")
            self.cancel_button.setAccessibleName("Cancel the edit")

    def _update_pace(self) -> None:
        try:
            metres = parse_distance(self.distance.text(), self._unit)
            seconds = parse_duration(self.duration.text())
        except ParseError:
            metres = seconds = 0
        pace = format_run_pace(metres, seconds, self._unit) if metres > 0 and seconds > 0 else ""
        if pace:
            self.pace.setText(f"Pace <b>{pace}</b>")
            self.pace.setProperty("role", None)
        else:
            self.pace.setText(NO_PACE)
            self.pace.setProperty("role", "muted")
        self.pace.style().unpolish(self.pace)
        self.pace.style().polish(self.pace)

    def pace_text(self) -> str:
        """The pace shown, as plain text ("4:54 /km"), or "" while there is none."""
        text = self.pace.text()
        return text.removeprefix("Pace <b>").removesuffix("</b>") if "<b>" in text else ""

    def _on_kind_changed(self, _index: int = 0) -> None:
        run_type, race_class = self.kind()
        self.race_class.setVisible(run_type == RACE)
        self._clear_error("race_class")
        self.sig_kind_changed.emit(run_type, race_class)

    def _widget_for(self, field: str) -> QWidget:
        return {
            "started_at": self.start,
            "distance": self.distance,
            "duration": self.duration,
            "run_type": self.run_type,
            "race_class": self.race_class,
            "effort": self.effort,
            "surface": self.surface,
            "elevation_gain": self.elevation,
            "shoe": self.shoe,
        }[field]

    def _show_errors(self, messages: Mapping[str, str]) -> None:
        first: QWidget | None = None
        for field in FIELDS:
            message = messages.get(field)
            if message is None:
                continue
            show_error(self.errors[field], message)
            if first is None:
                first = self._widget_for(field)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def _clear_error(self, field: str) -> None:
        show_error(self.errors[field], None)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            show_error(label, None)
        show_error(self.form_error, None)

    def error_text(self, field: str) -> str:
        """The message shown under a field ("" when none is shown)."""
        label = self.errors[field]
        return label.text() if label.isVisibleTo(self) else ""

    # ------------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancel()
        else:
            super().keyPressEvent(event)


def _whole(value: float) -> int:
    """A stored figure (a float column) as the whole number the form edits."""
    return round_half_up(Decimal(str(value)))
