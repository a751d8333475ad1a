"""The run form: log a new run or change a saved one, in the user's units.

Distance, time and climb are forgiving text fields read by ``corelog.domain.parsing``;
the pace next to them follows as the user types. Enter saves (Ctrl+Enter in the notes),
Esc cancels. Problems are shown in words under each field and nothing is written; an
implausible pace asks before saving. Every save goes through the undo stack.

The widgets are declared in ``run_form_layout.py``; editing a saved run is in
``run_form_editing.py``; the pace, the unit texts and the messages under the fields
are in ``run_form_feedback.py``.
"""

from __future__ import annotations

import traceback
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from corelog.domain.i18n import Log
from corelog.domain.runs import RunRow
from corelog.domain.timeutil import default_start, fixed_offset, local_from_wall, local_now
from corelog.domain.validation import Invalid
from corelog.domain.vocabulary import EASY, RACE
from corelog.services import runs as run_service
from corelog.services import shoes as shoe_service
from corelog.services.runs import RunDraft
from corelog.ui.context import AppContext
from corelog.ui.errors import reason
from corelog.ui.layouts import relabel
from corelog.ui.log.labels import format_start, local_start, run_kind_text
from corelog.ui.log.run_form_editing import SavedRunEditing
from corelog.ui.log.run_form_feedback import RunFormFeedback
from corelog.ui.log.run_form_layout import RunFormLayout
from corelog.ui.log.run_saving import change_run, confirm_pace, confirm_start, log_run
from corelog.ui.widgets import save_form_action, show_error


def _qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def _naive(value: QDateTime) -> datetime:
    return datetime.combine(value.date().toPython(), value.time().toPython())


class RunForm(SavedRunEditing, RunFormFeedback, RunFormLayout):
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
        self._pace = ""  # the pace shown, as plain text
        self._build()
        self._connect_fields()
        self._apply_unit_texts()
        self.reset()
        ctx.settings.sig_changed.connect(self._on_setting_changed)

    def _connect_fields(self) -> None:
        self.manage_shoes.clicked.connect(self.sig_manage_shoes.emit)
        save_form_action(self, "runKeySave", self.save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
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

    def cancel(self) -> None:
        """Esc: stop editing (nothing changes), or clear a new run."""
        editing = self._editing
        self.reset(keep_typing=editing is None)
        if editing is not None:
            self.ctx.show_status(Log.tr("Edit cancelled; the run is unchanged."), 4000)
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
                show_error(self.form_error, Log.tr("The run you were editing was deleted."))
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
        editing_id = self._editing.id if self._editing is not None else None
        clash = run_service.start_clash(store, checked, self._unit, editing_id)
        if clash and not self.confirm_start(clash):
            self.start.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._saving = True
        try:
            if self._editing is None:
                run_id = log_run(self.ctx, checked, self._unit)
            else:
                run_id = change_run(self.ctx, self._editing, checked)
        except Exception as error:  # the transaction rolled back: nothing was written
            traceback.print_exc()
            show_error(
                self.form_error,
                Log.tr("The run was not saved. {reason}").format(reason=reason(error)),
            )
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

    def confirm_start(self, message: str) -> bool:
        """Ask whether to save a run that starts within 10 minutes of one already logged."""
        return confirm_start(self, message)

    # ----------------------------------------------------------------- shoes
    def refresh_shoes(self) -> None:
        """Reload the pairs offered, keeping the one chosen if it is still offered."""
        self._fill_shoes(self.shoe.currentData())

    def _fill_shoes(self, wanted: int | None) -> None:
        worn = self._editing.shoe_id if self._editing is not None else None
        shoes = shoe_service.shoes_for_run(self.ctx.store, worn)
        self.shoe.blockSignals(True)
        self.shoe.clear()
        self.shoe.addItem(Log.tr("No shoes") if shoes else Log.tr("No shoes yet"), None)
        for shoe in shoes:
            label = Log.tr("{name} (retired)").format(name=shoe.name) if shoe.retired else shoe.name
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
            self.title.setText(Log.tr("New run"))
            self.mode_note.setText(Log.tr("Enter saves · Esc clears"))
            relabel(self.save_button, Log.tr("Save run"), Log.tr("Save run"))
            relabel(self.cancel_button, Log.tr("Clear"), Log.tr("Clear the form"))
        else:
            local = local_start(row.started_at, row.utc_offset_min)
            kind = run_kind_text(row.run_type, row.race_class)
            self.title.setText(Log.tr("Editing: {kind}").format(kind=kind))
            self.mode_note.setText(
                Log.tr("{start} · Enter saves · Esc cancels").format(start=format_start(local))
            )
            relabel(self.save_button, Log.tr("Save changes"), Log.tr("Save changes"))
            relabel(self.cancel_button, Log.tr("Cancel edit"), Log.tr("Cancel the edit"))

    def _on_kind_changed(self, _index: int = 0) -> None:
        run_type, race_class = self.kind()
        self.race_class.setVisible(run_type == RACE)
        self._clear_error("race_class")
        self.sig_kind_changed.emit(run_type, race_class)

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
