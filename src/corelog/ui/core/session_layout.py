"""The core-session form's widgets and their layout: the title with Repeat last session
(and the notes and the stale-session error under it), when, effort and duration side by
side, the sets, the notes, and Cancel and Save.

:class:`CoreSessionLayout` builds them (objectNames, accessible names, Alt keys, tips);
:class:`~corelog.ui.core.session_form.CoreSessionForm` fills, follows and saves them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Common, Core, Dates
from corelog.ui.core.sets_editor import SetsEditor
from corelog.ui.theme import scaled
from corelog.ui.widgets import action_button, field_error, muted, named, section_title


class EffortBox(QSpinBox):
    """Effort 1-10, "–" for none; its text is selected on focus so typing replaces it."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)


class CoreSessionLayout(QWidget):
    """The core-session form's widgets laid out; the form connects and fills them."""

    def _build(self) -> None:
        """The title and notes, when, the sets, the notes field, then the buttons."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        self._build_header(layout)
        layout.addLayout(self._build_when())
        self._build_sets(layout)
        self._build_notes(layout)
        layout.addLayout(self._build_buttons())
        layout.addStretch(1)

    def _build_header(self, layout: QVBoxLayout) -> None:
        """The title with Repeat last session, and the notes and errors under it."""
        header = QHBoxLayout()
        self.title = section_title(Core.tr("New core session"))
        self.title.setObjectName("coreSessionFormTitle")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.repeat = action_button(
            Core.tr("Re&peat last session"),
            "coreRepeatLast",
            Core.tr("Repeat last session"),
            Core.tr("Fill the form with the sets of your latest session (Alt+P)"),
        )
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
        self.reload_button = action_button(
            Core.tr("Re&load session"),
            "coreSessionReload",
            Core.tr("Reload session"),
            Core.tr(
                "Show the session as it is stored now; the changes typed here are dropped (Alt+L)"
            ),
        )
        self.reload_button.hide()
        stale_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(stale_row)

    def _build_when(self) -> QGridLayout:
        """When, effort and duration side by side, each with its error line."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.start = named(QDateTimeEdit(), "coreSessionStart", Core.tr("When the session started"))
        self.start.setDisplayFormat(Dates.tr("ddd d MMM yyyy  HH:mm"))
        self.start.setCalendarPopup(True)
        self.start.setMinimumWidth(scaled(200))
        self.effort = named(
            EffortBox(),
            "coreSessionEffort",
            Core.tr("Effort from 1 to 10"),
            Core.tr(
                "How hard it felt, 1 (very easy) to 10 (all out); leave at – if you'd rather "
                "not say"
            ),
        )
        self.effort.setRange(0, 10)
        self.effort.setSpecialValueText("–")
        self.effort.setFixedWidth(scaled(70))
        self.duration = named(
            QLineEdit(),
            "coreSessionDuration",
            Core.tr("Duration"),
            Core.tr("How long the session took, like 20 (minutes), 20m or 25:30; optional"),
        )
        self.duration.setPlaceholderText(Core.tr("optional, e.g. 20"))
        self.duration.setFixedWidth(scaled(130))
        grid.addWidget(QLabel(Core.tr("When")), 0, 0)
        grid.addWidget(QLabel(Core.tr("Effort")), 0, 1)
        grid.addWidget(QLabel(Core.tr("Duration")), 0, 2)
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
        sets_header.addWidget(QLabel("<b>{}</b>".format(Core.tr("Sets"))))
        sets_header.addWidget(muted(Core.tr("reps, or a hold like 45, 45s or 1:30"), wrap=False))
        sets_header.addStretch(1)
        layout.addLayout(sets_header)
        self.sets = SetsEditor()
        self.sets.tab_after = self.duration  # Tab: the duration, the sets, Add set, notes
        layout.addWidget(self.sets)

    def _build_notes(self, layout: QVBoxLayout) -> None:
        layout.addWidget(QLabel(Core.tr("Notes")))
        self.notes = named(QPlainTextEdit(), "coreSessionNotes", Core.tr("Notes"))
        self.notes.setPlaceholderText(Core.tr("How it went, what to change next time (optional)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        layout.addWidget(self.notes)

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = action_button(
            Core.tr("Clear"),
            "coreSessionCancel",
            Core.tr("Clear the form"),
            Core.tr("Clear the form (Esc)"),
        )
        self.save_button = action_button(
            Core.tr("Save session"),
            "coreSessionSave",
            Core.tr("Save session"),
            Common.tr("Save (Enter)"),
        )
        self.save_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        return buttons
