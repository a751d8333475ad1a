"""The core-session form: when, the sets, effort, duration and notes; new or editing.

Enter saves from any field but the notes (Ctrl+Enter saves from there too), Esc cancels.
Bad input gets a red message at its field and nothing is saved.

A session can change while the form edits it: the plank timer adds today's holds to it,
Undo takes them back, History deletes it. The form never saves over such a change. An
untouched form shows the session as it is now; sets added to it join the user's edits;
any other change stops Save with a message and a Reload button.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from corelog.domain.core_sessions import CoreSessionRow, CoreSetRow
from corelog.domain.i18n import Common, Core
from corelog.domain.timeutil import default_start, local_from_wall, local_now
from corelog.domain.validation import Invalid
from corelog.services import core as core_service
from corelog.services import core_form
from corelog.services import exercises as exercise_service
from corelog.services.core_form import SessionForm
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.core.session_layout import CoreSessionLayout
from corelog.ui.core.text import day, when
from corelog.ui.layouts import relabel
from corelog.ui.undo import push_change
from corelog.ui.widgets import save_form_action, show_error


def _to_qdatetime(moment: datetime) -> QDateTime:
    naive = moment.replace(tzinfo=None)
    return QDateTime(naive.date(), naive.time().replace(microsecond=0))


class CoreSessionForm(CoreSessionLayout):
    """Log a new core session or edit one."""

    sig_saved = Signal(int)
    """A session was saved (new or edited); carries its id."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("coreSessionForm")
        self.editing: CoreSessionRow | None = None
        """The session being edited, as the form last read it from the database."""
        self._edit_zone: tzinfo | None = None
        self._snapshot: tuple | None = None
        self._stale = False

        self._build()
        self.repeat.clicked.connect(self.repeat_last)
        self.reload_button.clicked.connect(self.reload)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        save_form_action(self, "coreSessionKeySave", self.save)

        self.reload_exercises()
        self.new_session()

    # ------------------------------------------------------------------ state
    def reload_exercises(self) -> None:
        self.sets.set_exercises(exercise_service.library(self.ctx.store))

    def new_session(self, *, focus: bool = True) -> None:
        """An empty form for a new session starting now (to the nearest 5 minutes)."""
        self._set_editing(None)
        self.start.setDateTime(_to_qdatetime(default_start(local_now())))
        self.effort.setValue(0)
        self.duration.setText("")  # nothing to undo in it: Ctrl+Z after a save undoes the save
        self.notes.clear()
        self.sets.clear()
        self.sets.add_set(focus=False)
        self.repeat_note.hide()
        self._loaded()
        if focus:
            self.focus_first()

    def edit_session(self, session: CoreSessionRow, *, focus: bool = True) -> None:
        """Fill the form with a logged session to change it."""
        form = core_form.form_from_session(session)
        self._set_editing(session)
        self._fill(form)
        self.start.setDateTime(_to_qdatetime(session.local_start))
        self.repeat_note.hide()
        self._loaded()
        if focus:
            self.focus_first()

    def _loaded(self) -> None:
        """The form shows a fresh state: no messages, nothing typed yet."""
        self.clear_errors()
        self.sync_note.hide()
        self._set_stale(False)
        self._snapshot = self._state()

    def _state(self) -> tuple:
        return (
            self.start.dateTime(),
            self.effort.value(),
            self.duration.text(),
            self.notes.toPlainText(),
            tuple(self.sets.set_forms()[0]),
        )

    def is_dirty(self) -> bool:
        """Whether the user changed anything since the form was filled."""
        return self._snapshot is not None and self._state() != self._snapshot

    # ------------------------------------------------- changed while being edited
    def follow_stored(self) -> bool:
        """Catch up with the stored session being edited, which may have changed meanwhile;
        True when it is still as the form knows it (or nothing is being edited).

        Deleted: the form starts afresh and says so. Untouched form: it shows the session
        as it is now. Sets added (the plank timer): they join the form after the user's
        sets. Anything else: Save stops until the user reloads.
        """
        base = self.editing
        if base is None:
            return True
        current = core_service.get_session(self.ctx.store, base.id)
        if current is None:
            self.new_session(focus=False)
            self.ctx.show_status(Core.tr("The core session you were editing was deleted."), 5000)
            return False
        if core_form.same_session(base, current):
            self.editing = current  # an exercise may have been renamed
            self._set_stale(False)
            return True
        added = core_form.sets_added_since(base, current)
        if not self.is_dirty():
            self.edit_session(current, focus=False)
            if added is not None and _timed(added):
                text = Core.tr(
                    "The plank timer added %Ln sets to this session; "
                    "the form shows it as it is now.",
                    "",
                    len(added),
                )
            else:
                text = Core.tr(
                    "This session was changed elsewhere; the form shows it as it is now."
                )
            self._show_sync(text)
        elif added is not None and not self._stale:
            self._merge(current, added)
        else:
            self._set_stale(True)
        return False

    def _merge(self, current: CoreSessionRow, added: tuple[CoreSetRow, ...]) -> None:
        """Add sets stored meanwhile after the user's, keeping what the user typed."""
        assert self.editing is not None and self._snapshot is not None
        forms = core_form.form_from_session(current).sets[len(self.editing.sets) :]
        rows = self.sets.append(forms)
        *fields, sets = self._snapshot
        self._snapshot = (*fields, sets + tuple(self.sets.forms_of(rows)[0]))
        self.editing = current
        count = len(added)
        if _timed(added):
            text = Core.tr(
                "The plank timer added %Ln sets to this session while you were editing it; "
                "they are in the form now, after yours.",
                "",
                count,
            )
        else:
            text = Core.tr(
                "%Ln sets were added to this session while you were editing it; "
                "they are in the form now, after yours.",
                "",
                count,
            )
        self._show_sync(text)

    def _show_sync(self, text: str) -> None:
        self.sync_note.setText(text)
        self.sync_note.show()

    def _set_stale(self, stale: bool) -> None:
        self._stale = stale
        show_error(
            self.stale_error,
            Core.tr(
                "This session was changed elsewhere since you opened it (by Undo, Redo or the "
                "plank timer). Reload it to see it as it is now; the changes typed here are "
                "dropped then."
            )
            if stale
            else None,
        )
        self.reload_button.setVisible(stale)
        if stale:
            self.sync_note.hide()

    def reload(self) -> None:
        """Show the edited session as it is stored now (the user's unsaved changes go)."""
        if self.editing is None:
            return
        current = core_service.get_session(self.ctx.store, self.editing.id)
        if current is None:
            self.follow_stored()
            return
        self.edit_session(current)
        self.ctx.show_status(Core.tr("The session as it is stored now."), 4000)

    def repeat_last(self) -> bool:
        """Fill the sets (and effort, duration) from the latest session; False if none."""
        found = core_form.repeat_template(self.ctx.store)
        if found is None:
            self.repeat_note.setText(
                Core.tr("Nothing to repeat yet: this will be your first session.")
            )
            self.repeat_note.show()
            return False
        template, source = found
        self._fill(template, keep_notes=True)
        self.repeat_note.setText(
            Core.tr("Sets copied from your session of {day}.").format(day=day(source.local_start))
        )
        self.repeat_note.show()
        self.clear_errors()
        self.focus_first()
        return True

    def _fill(self, form: SessionForm, *, keep_notes: bool = False) -> None:
        self.effort.setValue(int(form.effort) if form.effort else 0)
        self.duration.setText(form.duration or "")
        if not keep_notes:
            self.notes.setPlainText(form.notes or "")
        self.sets.load(form.sets)
        if not self.sets.rows():
            self.sets.add_set(focus=False)

    def _set_editing(self, session: CoreSessionRow | None) -> None:
        self.editing = session
        if session is None:
            self._edit_zone = None
            self.title.setText(Core.tr("New core session"))
            relabel(self.save_button, Core.tr("Save session"), Core.tr("Save session"))
            relabel(self.cancel_button, Core.tr("Clear"), Core.tr("Clear the form"))
            self.cancel_button.setToolTip(Core.tr("Clear the form (Esc)"))
        else:
            self._edit_zone = session.local_start.tzinfo
            self.title.setText(Core.tr("Editing: {when}").format(when=when(session.local_start)))
            relabel(self.save_button, Core.tr("Save changes"), Core.tr("Save changes"))
            relabel(self.cancel_button, Common.tr("Cancel"), Core.tr("Cancel editing"))
            self.cancel_button.setToolTip(Core.tr("Leave the session as it was (Esc)"))
        self.repeat.setVisible(session is None)

    def focus_first(self) -> None:
        rows = self.sets.rows()
        if rows:
            field = rows[0].first_field()
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    # ----------------------------------------------------------------- saving
    def started_at(self) -> datetime:
        naive = self.start.dateTime().toPython()
        if self._edit_zone is not None:
            return naive.replace(tzinfo=self._edit_zone)
        return local_from_wall(naive)

    def form(self) -> tuple[SessionForm, list]:
        set_forms, origins = self.sets.set_forms()
        form = SessionForm(
            started_at=self.started_at(),
            sets=set_forms,
            effort=self.effort.value() or None,
            duration=self.duration.text(),
            notes=self.notes.toPlainText(),
        )
        return form, origins

    def clear_errors(self) -> None:
        for label in (self.start_error, self.effort_error, self.duration_error):
            show_error(label, None)
        self.sets.clear_errors()

    def show_errors(self, errors: Mapping[str, str], origins: list) -> None:
        show_error(self.start_error, errors.get("started_at"))
        show_error(self.effort_error, errors.get("effort"))
        show_error(self.duration_error, errors.get("duration"))
        first_row = self.sets.show_errors(errors, origins)
        if "started_at" in errors:
            self.start.setFocus()
        elif "duration" in errors:
            self.duration.setFocus()
        elif first_row is not None:
            first_row.first_field().setFocus()
        elif "sets" in errors:
            self.sets.add_button.setFocus()

    def _unchanged_meanwhile(self) -> bool:
        """Whether the session being edited is still as the form knows it; if not, the
        form catches up (see :meth:`follow_stored`) and nothing is saved this time."""
        if self.follow_stored():
            return True
        if self._stale:
            self.reload_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def save(self) -> int | None:
        """Check and save; on bad input show the messages and save nothing."""
        if not self._unchanged_meanwhile():
            return None
        form, origins = self.form()
        values = core_form.check_session(self.ctx.store, form)
        if isinstance(values, Invalid):
            self.show_errors(values.errors, origins)
            return None
        self.clear_errors()
        if self.editing is not None:
            edit = core_service.EditSession(self.ctx.store, self.editing.id, values)
            session_id = push_change(
                self.ctx, Core.tr("Edit core session"), edit.do, edit.undo, bus.CORE
            )
            self.ctx.show_status(Core.tr("Core session changed — Ctrl+Z to undo"), 5000)
        else:
            add = core_service.AddSession(self.ctx.store, values)
            session_id = push_change(
                self.ctx, Core.tr("Log core session"), add.do, add.undo, bus.CORE
            )
            count = len(values.sets)
            self.ctx.show_status(Core.tr("Core session saved (%Ln sets).", "", count), 5000)
        self.new_session()
        self.sig_saved.emit(session_id)
        return session_id

    def cancel(self) -> None:
        """Esc: leave an edit unchanged, or clear a new session's form."""
        if self.editing is not None:
            self.ctx.show_status(Core.tr("Editing cancelled; the session is unchanged."), 4000)
        self.new_session()

    # ------------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)


def _timed(sets: tuple[CoreSetRow, ...]) -> bool:
    """Whether the plank timer recorded all these sets."""
    return all(s.workout_id is not None for s in sets)
