"""A saved run in the run form: filled from it, kept in step with it, saved back exactly.

Opening a run fills the form with it (distances rounded as lists show them). While it is
open, a change made elsewhere (Undo, Redo, an import) shows in every field the user has
not touched; saving keeps the exact stored value of each field left as it was; switching
the distance unit converts what is typed without changing anything stored.

:class:`SavedRunEditing` is mixed into :class:`~corelog.ui.log.run_form.RunForm`, whose
fields and state it uses.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit

from corelog.domain.formatting import (
    format_distance_edit,
    format_distance_field,
    format_duration,
    format_elevation_edit,
)
from corelog.domain.parsing import ParseError, parse_distance, parse_elevation
from corelog.domain.runs import RunRow
from corelog.domain.units import round_half_up
from corelog.services.runs import CheckedRun
from corelog.ui.log.labels import local_start


class SavedRunEditing:
    """The run form's dealings with the saved run it edits (see the module's docstring)."""

    start: QDateTimeEdit
    distance: QLineEdit
    duration: QLineEdit
    elevation: QLineEdit
    run_type: QComboBox
    race_class: QComboBox
    effort: QComboBox
    surface: QComboBox
    shoe: QComboBox
    notes: QPlainTextEdit
    sig_editing_changed: SignalInstance
    _unit: str
    _editing: RunRow | None
    _loaded: dict[str, object]
    _saving: bool
    _snapshot: tuple
    # It also calls the form's _set_start, _fill_shoes, _clear_errors, _show_mode,
    # _on_kind_changed, _update_pace, _apply_unit_texts, _state and is_dirty.

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

    def _distance_text(self, metres: float) -> str:
        """A stored distance as the field shows it: rounded as lists show it. Saving
        keeps the stored metres while this text is left as it is."""
        return format_distance_field(_whole(metres), self._unit)

    def _elevation_text(self, metres: float | None) -> str:
        return "" if metres is None else format_elevation_edit(_whole(metres), self._unit)


def _whole(value: float) -> int:
    """A stored figure (a float column) as the whole number the form edits."""
    return round_half_up(Decimal(str(value)))
