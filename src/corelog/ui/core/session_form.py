"""The core-session form: when, the sets, effort, duration and notes; new or editing.

Enter saves from any field but the notes (Ctrl+Enter saves from there too), Esc cancels.
Bad input gets a red message at its field and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
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

from corelog.domain.formatting import count_text
from corelog.domain.timeutil import default_start, local_now
from corelog.domain.validation import Invalid
from corelog.services import core as core_service
from corelog.services import exercises as exercise_service
from corelog.services.core import SessionForm
from corelog.store.core import CoreSessionRow
from corelog.ui import bus
from corelog.ui.context import AppContext
from corelog.ui.core.sets_editor import SetsEditor
from corelog.ui.core.text import day, when
from corelog.ui.undo import push_change
from corelog.ui.widgets import field_error, muted, named, section_title, show_error

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
        self._edit_zone: tzinfo | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

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

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.start = named(QDateTimeEdit(), "coreSessionStart", "When the session started")
        self.start.setDisplayFormat(DATE_FORMAT)
        self.start.setCalendarPopup(True)
        self.start.setMinimumWidth(200)
        self.effort = named(
            EffortBox(),
            "coreSessionEffort",
            "Effort from 1 to 10",
            "How hard it felt, 1 (very easy) to 10 (all out); leave at – if you'd rather not say",
        )
        self.effort.setRange(0, 10)
        self.effort.setSpecialValueText("–")
        self.effort.setFixedWidth(70)
        self.duration = named(
            QLineEdit(),
            "coreSessionDuration",
            "Duration",
            "How long the session took, like 20 (minutes), 20m or 25:30; optional",
        )
        self.duration.setPlaceholderText("optional, e.g. 20")
        self.duration.setFixedWidth(130)
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
        layout.addLayout(grid)

        sets_header = QHBoxLayout()
        sets_header.addWidget(QLabel("<b>Sets</b>"))
        sets_header.addWidget(muted("reps, or a hold like 45, 45s or 1:30", wrap=False))
        sets_header.addStretch(1)
        layout.addLayout(sets_header)
        self.sets = SetsEditor()
        layout.addWidget(self.sets)

        layout.addWidget(QLabel("Notes"))
        self.notes = named(QPlainTextEdit(), "coreSessionNotes", "Notes")
        self.notes.setPlaceholderText("How it went, what to change next time (optional)")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        layout.addWidget(self.notes)

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
        layout.addLayout(buttons)
        layout.addStretch(1)

        save_from_notes = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_from_notes.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_from_notes.activated.connect(self.save)

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
        self.duration.clear()
        self.notes.clear()
        self.sets.clear()
        self.sets.add_set(focus=False)
        self.repeat_note.hide()
        self.clear_errors()
        if focus:
            self.focus_first()

    def edit_session(self, session: CoreSessionRow) -> None:
        """Fill the form with a logged session to change it."""
        form = core_service.form_from_session(session)
        self._set_editing(session)
        self._fill(form)
        self.start.setDateTime(_to_qdatetime(session.local_start))
        self.repeat_note.hide()
        self.clear_errors()
        self.focus_first()

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
        return naive.astimezone()

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

    def save(self) -> int | None:
        """Check and save; on bad input show the messages and save nothing."""
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
