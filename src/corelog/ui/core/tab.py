"""The Log page's core tab: the weekly target, the session form and the recent sessions.

The form and the list sit side by side when the tab is wide enough for both; in a narrower
window the list goes below the form and the tab scrolls down (see ``fit_width``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.core_sessions import CoreSessionRow
from corelog.domain.i18n import Core, integer
from corelog.services import core as core_service
from corelog.services import exercises as exercise_service
from corelog.ui import bus
from corelog.ui.accessibility import name_scroll_area
from corelog.ui.context import AppContext
from corelog.ui.core.learn import LearnCoreDialog
from corelog.ui.core.library import ExerciseLibraryDialog
from corelog.ui.core.session_form import CoreSessionForm
from corelog.ui.core.sessions_model import make_sessions_model
from corelog.ui.core.text import when
from corelog.ui.core.week_target import CoreWeekIndicator
from corelog.ui.layouts import TableOrEmpty, rows_table
from corelog.ui.undo import push_change
from corelog.ui.widgets import Card, action_button, muted, named, scrolled

RECENT_LIMIT = 100
"""How many sessions the tab lists; the History page reviews them all."""
LIST_MIN_WIDTH = 380
"""The recent sessions need this much width beside the form, or they go below it."""
LIST_MIN_HEIGHT_BELOW = 300


class CoreTab(QWidget):
    """Log, edit and delete core sessions; open the exercise library and Learn the core."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        named(self, "coreTab", Core.tr("Core sessions"))
        # Opening the tab never waits for a database another program holds.
        exercise_service.ensure_library(ctx.store, wait=False)
        self.library_dialog: ExerciseLibraryDialog | None = None
        self.learn_dialog: LearnCoreDialog | None = None

        layout = self._build_scroll()
        layout.addLayout(self._build_top())
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("coreSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_form_card())
        splitter.addWidget(self._build_list_card())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 480])
        layout.addWidget(splitter, 1)

        self.form.sig_saved.connect(self._after_save)
        self.form.installEventFilter(self)  # its width follows its texts (_fit_form_scroll)
        ctx.bus.sig_changed.connect(self._on_data_changed)
        self.refresh()

    # ---------------------------------------------------------------- building
    def _build_scroll(self) -> QVBoxLayout:
        """The tab scrolls down as a whole when the window is smaller than it needs."""
        content = QWidget()
        content.setObjectName("coreTabContent")
        self.scroll = scrolled(content, Core.tr("Core sessions tab"), sideways=False)
        self.scroll.setObjectName("coreTabScroll")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        return layout

    def _build_top(self) -> QHBoxLayout:
        """This week against the target, and the library and Learn the core buttons."""
        top = QHBoxLayout()
        self.week = CoreWeekIndicator(self.ctx)
        top.addWidget(self.week)
        top.addStretch(1)
        self.library_button = action_button(
            Core.tr("E&xercise library…"),
            "coreOpenLibrary",
            Core.tr("Exercise library"),
            Core.tr("What each exercise trains; add, rename or hide exercises (Alt+X)"),
        )
        self.library_button.clicked.connect(lambda: self.open_library())
        self.learn_button = action_button(
            Core.tr("Learn the c&ore…"),
            "coreOpenLearn",
            Core.tr("Learn the core"),
            Core.tr("The core muscles, what they do while you run, and how to train them (Alt+O)"),
        )
        self.learn_button.clicked.connect(self.open_learn)
        # Stacked, so the tab stays usable in a small window.
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        for button in (self.library_button, self.learn_button):
            buttons.addWidget(button)
        width = max(b.sizeHint().width() for b in (self.library_button, self.learn_button))
        for button in (self.library_button, self.learn_button):
            button.setMinimumWidth(width)
        top.addLayout(buttons)
        return top

    def _build_form_card(self) -> Card:
        """The session form, scrolling down (never sideways) in its card."""
        self.form_card = form_card = Card()
        self.form = CoreSessionForm(self.ctx)
        self.form_scroll = form_scroll = QScrollArea()
        name_scroll_area(form_scroll, Core.tr("Core session form"))
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setWidget(self.form)
        form_scroll.viewport().setAutoFillBackground(False)
        self.form.setAutoFillBackground(False)
        # Never narrower than the form: it scrolls down, never sideways. Its texts change
        # (editing a session, the language), so the width follows them.
        self._fit_form_scroll()
        form_card.body.addWidget(form_scroll)
        return form_card

    def _fit_form_scroll(self) -> None:
        bar = self.form_scroll.verticalScrollBar().sizeHint().width()
        self.form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + bar)

    def _build_table(self) -> QTableView:
        self.model = make_sessions_model(self)
        self.table = table = named(
            QTableView(), "coreSessionsTable", Core.tr("Recent core sessions")
        )
        table.setModel(self.model)
        rows_table(table)
        table.setStyleSheet("QTableView::item { padding: 4px 6px; }")
        rows = named(table.verticalHeader(), "coreSessionsRowHeader", Core.tr("Session rows"))
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = named(
            table.horizontalHeader(), "coreSessionsHeader", Core.tr("Columns of recent sessions")
        )
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.installEventFilter(self)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return table

    def _build_list_card(self) -> Card:
        """Recent sessions (or a word for a first-time user), with Edit and Delete."""
        self.list_card = list_card = Card(Core.tr("Recent sessions"))
        table = self._build_table()
        self.empty = muted(
            Core.tr(
                "No core sessions yet. Log your first one on the left: two or three short "
                "sessions a week are enough to steady your stride."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = TableOrEmpty(table, self.empty)
        list_card.body.addWidget(self.list_stack, 1)
        self.more = muted("")
        self.more.setObjectName("coreSessionsMore")
        self.more.hide()
        list_card.body.addWidget(self.more)
        list_card.body.addLayout(self._build_list_buttons())
        list_card.body.addWidget(
            muted(Core.tr("Double-click or press Enter to edit a session; Delete removes it."))
        )
        return list_card

    def _build_list_buttons(self) -> QHBoxLayout:
        self.edit_button = action_button(
            Core.tr("Ed&it"),
            "coreSessionEdit",
            Core.tr("Edit session"),
            Core.tr("Edit the chosen session (Enter)"),
        )
        self.delete_button = action_button(
            Core.tr("&Delete"),
            "coreSessionDelete",
            Core.tr("Delete session"),
            Core.tr("Delete the chosen session (Delete; Ctrl+Z brings it back)"),
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        return row

    # ---------------------------------------------------------------- layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # As if the scroll bar showed, so that it coming and going does not flip the layout.
        self.fit_width(self.width() - self.scroll.verticalScrollBar().sizeHint().width())

    def fit_width(self, width: int) -> None:
        """The recent sessions beside the form when both fit, else below it."""
        needed = (
            self.form_card.minimumSizeHint().width() + self.splitter.handleWidth() + LIST_MIN_WIDTH
        )
        orientation = Qt.Orientation.Horizontal if width >= needed else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        if orientation == Qt.Orientation.Horizontal:
            self.form_scroll.setMinimumHeight(0)
            self.list_card.setMinimumHeight(0)
            self.splitter.setSizes([520, 480])
        else:
            # The whole form shows; the tab scrolls down to the list.
            self.form_scroll.setMinimumHeight(self.form.sizeHint().height())
            self.list_card.setMinimumHeight(LIST_MIN_HEIGHT_BELOW)
            self.splitter.setSizes([self.form_card.sizeHint().height(), LIST_MIN_HEIGHT_BELOW])

    def stacked(self) -> bool:
        """Whether the recent sessions are below the form (a narrow window)."""
        return self.splitter.orientation() == Qt.Orientation.Vertical

    def _bring_form_into_view(self) -> None:
        if self.stacked():
            self.scroll.ensureWidgetVisible(self.form_card, 0, 0)

    # ------------------------------------------------------------------ data
    def _on_data_changed(self, kinds: set[str]) -> None:
        if bus.ALL in kinds:
            exercise_service.refresh_library(self.ctx.store)
        if bus.touches(kinds, bus.EXERCISES):
            self.form.reload_exercises()
        if bus.touches(kinds, bus.CORE, bus.EXERCISES, bus.TIMER):
            self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        sessions = core_service.recent_sessions(self.ctx.store, RECENT_LIMIT)
        self.model.set_rows(sessions)
        total = core_service.count_sessions(self.ctx.store) if len(sessions) == RECENT_LIMIT else 0
        self.more.setText(
            Core.tr("The latest {shown} of {total} sessions; History shows them all.").format(
                shown=integer(RECENT_LIMIT), total=integer(total)
            )
        )
        self.more.setVisible(total > RECENT_LIMIT)
        self.list_stack.show_table(bool(sessions))
        self.form.follow_stored()  # the session being edited may have changed meanwhile
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()
        self.week.refresh()

    def on_shown(self) -> None:
        self.refresh()  # the week may have turned since the tab was last shown

    def selected(self) -> CoreSessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, session_id: int) -> bool:
        for row, session in enumerate(self.model.rows()):
            if session.id == session_id:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _after_save(self, session_id: int) -> None:
        self.select(session_id)

    # --------------------------------------------------------------- actions
    def new_session(self) -> None:
        """Ctrl+K: a fresh form with the cursor in the first set."""
        if self.form.editing is not None:
            self.form.new_session()
        else:
            self.form.focus_first()
        self._bring_form_into_view()

    def edit_selected(self) -> bool:
        session = self.selected()
        if session is None:
            return False
        self.form.edit_session(session)
        self._bring_form_into_view()
        return True

    def delete_selected(self) -> bool:
        session = self.selected()
        if session is None:
            return False
        row = self.table.currentIndex().row()
        op = core_service.DeleteSession(self.ctx.store, session.id)
        push_change(self.ctx, Core.tr("Delete core session"), op.do, op.undo, bus.CORE)
        self.ctx.show_status(
            Core.tr("Core session of {when} deleted — Ctrl+Z to undo").format(
                when=when(session.local_start)
            ),
            6000,
        )
        if self.model.rowCount():
            next_row = min(max(row, 0), self.model.rowCount() - 1)
            self.select(self.model.record(next_row).id)
        return True

    def open_library(self, key: str | None = None) -> ExerciseLibraryDialog:
        if self.library_dialog is None:
            self.library_dialog = ExerciseLibraryDialog(self.ctx, self.window())
        self.library_dialog.refresh()
        if key is not None:
            self.library_dialog.select_key(key)
        self.library_dialog.show()
        self.library_dialog.raise_()
        self.library_dialog.activateWindow()
        return self.library_dialog

    def open_learn(self) -> LearnCoreDialog:
        if self.learn_dialog is None:
            self.learn_dialog = LearnCoreDialog(self.window())
        self.learn_dialog.show()
        self.learn_dialog.raise_()
        self.learn_dialog.activateWindow()
        return self.learn_dialog

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form and event.type() == QEvent.Type.LayoutRequest:
            self._fit_form_scroll()
            return False
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.edit_selected()
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                return self.delete_selected()
        return super().eventFilter(watched, event)
