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

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.core_sessions import CoreSessionRow, CoreSetRow
from corelog.domain.formatting import count_text
from corelog.domain.timeutil import default_start, local_from_wall, local_now
from corelog.domain.validation import Invalid
from corelog.services import core as core_service
from corelog.services import exercises as exercise_service
from corelog.services.core import SessionForm
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.core.sets_editor import SetsEditor
from corelog.ui.core.text import day, when
from corelog.ui.theme import scaled
from corelog.ui.undo import push_change
from corelog.ui.widgets import (
    field_error,
    muted,
    named,
    save_form_action,
    section_title,
    show_error,
)

DATE_FORMAT = "ddd d MMM yyyy  HH:mm"


def _to_qdatetime(moment: datetime) -> QDateTime:
    naive = moment.replace(tzinfo=None)
    return QDateTime(naive.date(), naive.time().replace(microsecond=0))


class EffortBox(QSpinBox):
    """Effort 1-10, "–" for none; its text is selected on focus so typing replaces it."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


class CoreSessionForm(QWidget):
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self._build_header(layout)
        layout.addLayout(self._build_when())
        self._build_sets(layout)
        self._build_notes(layout)
        layout.addLayout(self._build_buttons())
        layout.addStretch(1)

        save_form_action(self, "coreSessionKeySave", self.save)

        self.reload_exercises()
        self.new_session()

    # ------------------------------------------------------------------ building
    def _build_header(self, layout: QVBoxLayout) -> None:
        """The title with Repeat last session, and the notes and errors under it."""
        header = QHBoxLayout()
        self.title = section_title("New core session")
        self.title.setObjectName("coreSessionFormTitle")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.repeat = named(
            QPushButton("Re&peat last session"),
            "coreRepeatLast",
            "Repeat last session",
            "Fill the form with the sets of your latest session (Alt+P)",
        )
        self.repeat.setAutoDefault(False)
        self.repeat.clicked.connect(self.repeat_last)
        header.addWidget(self.repeat)
        layout.addLayout(header)
        self.repeat_note = muted("")
        self.repeat_note.setObjectName("coreRepeatNote")
        self.repeat_note.hide()
        layout.addWidget(self.repeat_note)
        self.sync_note = muted("")
        self.sync_note.setObjectName("coreSessionSyncNote")
        self.sync_note.hide()
        layout.addWidget(self.sync_note)
        stale_row = QHBoxLayout()
        self.stale_error = field_error("coreSessionStaleError")
        stale_row.addWidget(self.stale_error, 1)
        self.reload_button = named(
            QPushButton("Re&load session"),
            "coreSessionReload",
            "Reload session",
            "Show the session as it is stored now; the changes typed here are dropped (Alt+L)",
        )
        self.reload_button.setAutoDefault(False)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        stale_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(stale_row)

    def _build_when(self) -> QGridLayout:
        """When, effort and duration side by side, each with its error line."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.start = named(QDateTimeEdit(), "coreSessionStart", "When the session started")
        self.start.setDisplayFormat(DATE_FORMAT)
        self.start.setCalendarPopup(True)
        self.start.setMinimumWidth(scaled(200))
        self.effort = named(
            EffortBox(),
            "coreSessionEffort",
            "Effort from 1 to 10",
            "How hard it felt, 1 (very easy) to 10 (all out); leave at – if you'd rather not say",
        )
        self.effort.setRange(0, 10)
        self.effort.setSpecialValueText("–")
        self.effort.setFixedWidth(scaled(70))
        self.duration = named(
            QLineEdit(),
            "coreSessionDuration",
            "Duration",
            "How long the session took, like 20 (minutes), 20m or 25:30; optional",
        )
        self.duration.setPlaceholderText("optional, e.g. 20")
        self.duration.setFixedWidth(scaled(130))
        grid.addWidget(QLabel("When"), 0, 0)
        grid.addWidget(QLabel("Effort"), 0, 1)
        grid.addWidget(QLabel("Duration"), 0, 2)
        grid.addWidget(self.start, 1, 0)
        grid.addWidget(self.effort, 1, 1)
        grid.addWidget(self.duration, 1, 2)
        grid.setColumnStretch(3, 1)
        self.start_error = field_error("coreSessionStartError")
        self.effort_error = field_error("coreSessionEffortError")
        self.duration_error = field_error("coreSessionDurationError")
        grid.addWidget(self.start_error, 2, 0)
        grid.addWidget(self.effort_error, 2, 1)
        grid.addWidget(self.duration_error, 2, 2, 1, 2)
        return grid

    def _build_sets(self, layout: QVBoxLayout) -> None:
        sets_header = QHBoxLayout()
        sets_header.addWidget(QLabel("<b>Sets</b>"))
        sets_header.addWidget(muted("reps, or a hold like 45, 45s or 1:30", wrap=False))
        sets_header.addStretch(1)
        layout.addLayout(sets_header)
        self.sets = SetsEditor()
        self.sets.tab_after = self.duration  # Tab: the duration, the sets, Add set, notes
        layout.addWidget(self.sets)

    def _build_notes(self, layout: QVBoxLayout) -> None:
        layout.addWidget(QLabel("Notes"))
        self.notes = named(QPlainTextEdit(), "coreSessionNotes", "Notes")
        self.notes.setPlaceholderText("How it went, what to change next time (optional)")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        layout.addWidget(self.notes)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = named(
            QPushButton("Clear"), "coreSessionCancel", "Clear the form", "Clear the form (Esc)"
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = named(
            QPushButton("Save session"), "coreSessionSave", "Save session", "Save (Enter)"
        )
        self.save_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons

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
        form = core_service.form_from_session(session)
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
            self.ctx.show_status("The core session you were editing was deleted.", 5000)
            return False
        if core_service.same_session(base, current):
            self.editing = current  # an exercise may have been renamed
            self._set_stale(False)
            return True
        added = core_service.sets_added_since(base, current)
        if not self.is_dirty():
            self.edit_session(current, focus=False)
            if added is not None and _timed(added):
                text = (
                    f"The plank timer added {_sets(len(added))} to this session; "
                    "the form shows it as it is now."
                )
            else:
                text = "This session was changed elsewhere; the form shows it as it is now."
            self._show_sync(text)
        elif added is not None and not self._stale:
            self._merge(current, added)
        else:
            self._set_stale(True)
        return False

    def _merge(self, current: CoreSessionRow, added: tuple[CoreSetRow, ...]) -> None:
        """Add sets stored meanwhile after the user's, keeping what the user typed."""
        assert self.editing is not None and self._snapshot is not None
        forms = core_service.form_from_session(current).sets[len(self.editing.sets) :]
        rows = self.sets.append(forms)
        *fields, sets = self._snapshot
        self._snapshot = (*fields, sets + tuple(self.sets.forms_of(rows)[0]))
        self.editing = current
        count = len(added)
        if _timed(added):
            lead = f"The plank timer added {_sets(count)}"
        else:
            lead = f"{_sets(count)} {'was' if count == 1 else 'were'} added"
        where = "it is" if count == 1 else "they are"
        self._show_sync(
            f"{lead} to this session while you were editing it; {where} in the form now, "
            "after yours."
        )

    def _show_sync(self, text: str) -> None:
        self.sync_note.setText(text)
        self.sync_note.show()

    def _set_stale(self, stale: bool) -> None:
        self._stale = stale
        show_error(
            self.stale_error,
            "This session was changed elsewhere since you opened it (by Undo, Redo or the "
            "plank timer). Reload it to see it as it is now; the changes typed here are "
            "dropped then."
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
        self.ctx.show_status("The session as it is stored now.", 4000)

    def repeat_last(self) -> bool:
        """Fill the sets (and effort, duration) from the latest session; False if none."""
        found = core_service.repeat_template(self.ctx.store)
        if found is None:
            self.repeat_note.setText("Nothing to repeat yet: this will be your first session.")
            self.repeat_note.show()
            return False
        template, source = found
        self._fill(template, keep_notes=True)
        self.repeat_note.setText(f"Sets copied from your session of {day(source.local_start)}.")
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
            self.title.setText("New core session")
            self.save_button.setText("Save session")
            self.save_button.setAccessibleName("Save session")
            self.cancel_button.setText("Clear")
            self.cancel_button.setAccessibleName("Clear the form")
            self.cancel_button.setToolTip("Clear the form (Esc)")
        else:
            self._edit_zone = session.local_start.tzinfo
            self.title.setText(f"Editing: {when(session.local_start)}")
            self.save_button.setText("Save changes")
            self.save_button.setAccessibleName("Save changes")
            self.cancel_button.setText("Cancel")
            self.cancel_button.setAccessibleName("Cancel editing")
            self.cancel_button.setToolTip("Leave the session as it was (Esc)")
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
        values = core_service.check_session(self.ctx.store, form)
        if isinstance(values, Invalid):
            self.show_errors(values.errors, origins)
            return None
        self.clear_errors()
        if self.editing is not None:
            edit = core_service.EditSession(self.ctx.store, self.editing.id, values)
            session_id = push_change(self.ctx, "Edit core session", edit.do, edit.undo, bus.CORE)
            self.ctx.show_status("Core session changed — Ctrl+Z to undo", 5000)
        else:
            add = core_service.AddSession(self.ctx.store, values)
            session_id = push_change(self.ctx, "Log core session", add.do, add.undo, bus.CORE)
            count = len(values.sets)
            self.ctx.show_status(
                f"Core session saved ({count_text(count, 'set')}).", 5000
            )
        self.new_session()
        self.sig_saved.emit(session_id)
        return session_id

    def cancel(self) -> None:
        """Esc: leave an edit unchanged, or clear a new session's form."""
        if self.editing is not None:
            self.ctx.show_status("Editing cancelled; the session is unchanged.", 4000)
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


def _sets(count: int) -> str:
    return f"{count} set" if count == 1 else f"{count} sets"
