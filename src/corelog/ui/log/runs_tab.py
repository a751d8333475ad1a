"""The Runs tab of the Log page: the run form, muscles worked, and the latest runs.

Double-click or Enter on a run edits it in the form; Delete removes the selected runs
(Ctrl+Z brings them back). Everything follows the Settings unit.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Log, integer
from corelog.domain.runs import RunRow
from corelog.services import runs as run_service
from corelog.ui import bus
from corelog.ui.accessibility import name_scroll_area
from corelog.ui.context import AppContext
from corelog.ui.layouts import TableOrEmpty
from corelog.ui.log.labels import run_kind_text
from corelog.ui.log.muscles_panel import MusclesPanel
from corelog.ui.log.record_table import RecordTable
from corelog.ui.log.run_form import RunForm
from corelog.ui.log.runs_model import RecentRunsModel, run_start_text
from corelog.ui.undo import push_change
from corelog.ui.widgets import Card, action_button, muted, named

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's largest widget size
MUSCLES_WIDTH = 280
MUSCLES_MIN_HEIGHT_BELOW = 300  # when the panel sits below the list
COLUMN_SPACING = 10


class RunsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        named(self, "logRunsTab", Log.tr("Runs"))
        content = self._build_scroll()
        column = self._build_columns(content)
        self._build_form_card(column)
        column.addWidget(self._build_runs_card(), 1)
        self._connect()
        self.reload()
        self._show_form_kind(*self.form.kind())

    def _build_scroll(self) -> QWidget:
        """The tab's content, which scrolls as a whole when the window is smaller than it."""
        content = QWidget()
        content.setObjectName("logRunsContent")
        self.scroll = QScrollArea()
        self.scroll.setObjectName("logRunsScroll")
        name_scroll_area(self.scroll, Log.tr("Runs tab"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        return content

    def _build_columns(self, content: QWidget) -> QVBoxLayout:
        """The two columns: the muscles panel on the right; returns the left, for form and list."""
        # Left: the form above the latest runs. Right: the muscles the run works.
        # In a narrow window the muscles go below the list instead (see resizeEvent).
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        columns.setContentsMargins(0, 10, 0, 0)
        columns.setSpacing(COLUMN_SPACING)
        layout = QVBoxLayout()
        columns.addLayout(layout, 1)
        layout.setSpacing(10)
        self.muscles = MusclesPanel()
        self.muscles.setFixedWidth(MUSCLES_WIDTH)
        columns.addWidget(self.muscles)
        return layout

    def _build_form_card(self, column: QVBoxLayout) -> None:
        """The run form, in a card at the top of the left column."""
        form_card = Card()
        column.addWidget(form_card)  # into the column first, then the form into the card
        self.form = RunForm(self.ctx)
        form_card.body.addWidget(self.form)
        self._form_card = form_card

    def _build_runs_card(self) -> Card:
        """The Recent runs card: its caption with the buttons, then the list of runs."""
        runs_card = Card(Log.tr("Recent runs"))
        runs_card.body.addLayout(self._build_caption())
        runs_card.body.addWidget(self._build_list(), 1)
        return runs_card

    def _build_caption(self) -> QHBoxLayout:
        """What the list shows and how to act on it, then Run page, Edit and Delete."""
        caption = QHBoxLayout()
        caption.addWidget(
            muted(
                Log.tr(
                    "The latest {count}. Enter or double-click edits; "
                    "Delete removes; Ctrl+Z undoes."
                ).format(count=integer(run_service.RECENT_RUNS))
            ),
            1,
        )
        self.edit_button = action_button(Log.tr("Edit"), "runEdit", Log.tr("Edit the selected run"))
        self.delete_button = action_button(
            Log.tr("Delete"),
            "runDelete",
            Log.tr("Delete the selected runs"),
            Log.tr("Delete (Del)"),
        )
        self.page_button = action_button(
            Log.tr("Run &page"),
            "runOpenPage",
            Log.tr("Open the selected run's page"),
            Log.tr("Its figures, pace, heart rate and elevation, splits and recovery (Alt+P)"),
        )
        for button in (self.page_button, self.edit_button, self.delete_button):
            caption.addWidget(button)
        return caption

    def _build_list(self) -> TableOrEmpty:
        """The latest runs, newest first, or a note on how to log the first one."""
        self.model = RecentRunsModel(lambda: self.ctx.settings.unit, self)
        self.table = RecordTable(
            self.model,
            ("runsTable", "runsTableHeader", "runsTableRowHeader"),
            Log.tr("Recent runs"),
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # Date, distance, time and pace always show whole; the type, the effort and the
        # shoes give way (elided) when the list is narrower than its words.
        self.table.give_way(1, 5, 6)
        self.empty = muted(
            Log.tr(
                "No runs yet. Fill in the form above and press Enter to log your first run; "
                "it will show up here."
            )
        )
        self.empty.setObjectName("runsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = TableOrEmpty(self.table, self.empty)
        return self.list_stack

    def _connect(self) -> None:
        """The buttons, the list, the form, data and settings changes, and the focus."""
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.page_button.clicked.connect(lambda _checked=False: self.open_run_page())
        self.table.sig_edit_requested.connect(self.edit_row)
        self.table.sig_delete_requested.connect(self.delete_rows)
        self.form.sig_kind_changed.connect(self._show_form_kind)
        self.form.sig_editing_changed.connect(lambda _id: self._show_form_kind(*self.form.kind()))
        self.form.sig_saved.connect(self._after_save)
        self.form.sig_manage_shoes.connect(self.manage_shoes)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_selection())
        self.ctx.bus.sig_changed.connect(self._on_data_changed)
        self.ctx.settings.sig_changed.connect(self._on_setting_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def open_run_page(self, run_id: int | None = None):
        """A run's own page, in a window of its own (the selected run unless told)."""
        # Here, not at the top: the run page's charts import pyqtgraph, which waits until
        # a run page is first opened.
        from corelog.ui.log.run_page import RunPageDialog

        if run_id is None:
            current = self.current_run()
            if current is None:
                return None
            run_id = current.id
        dialog = RunPageDialog(self.ctx, run_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the latest runs again, keeping the selection where it can."""
        selected = {self.model.record(r).id for r in self.table.selected_rows()}
        current = self.current_run()
        self.model.set_rows(run_service.recent_runs(self.ctx.store))
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        for run_id in selected:
            row = self.model.row_of(run_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last_column))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        if current is not None and (row := self.model.row_of(current.id)) is not None:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
        self.list_stack.show_table(self.model.rowCount() > 0)
        self._update_buttons()

    def _on_data_changed(self, kinds: set[str]) -> None:
        if not bus.touches(kinds, bus.RUNS, bus.SHOES):
            return
        self.reload()
        self.form.refresh_shoes()
        editing = self.form.editing
        if editing is None:
            return
        stored = run_service.get_run(self.ctx.store, editing.id)
        if stored is None:
            self.form.reset()
            self.ctx.show_status(Log.tr("The run you were editing was deleted."), 5000)
        elif self.form.follow(stored):
            self.ctx.show_status(
                Log.tr(
                    "The run you are editing was changed meanwhile: the form shows it as it "
                    "is now, with what you typed kept."
                ),
                6000,
            )

    def _on_setting_changed(self, key: str) -> None:
        if key == "units/distance":
            self.model.refresh_display()
            self.table.fit_columns()
        elif key == "appearance/theme":
            self.muscles.render()

    def current_run(self) -> RunRow | None:
        row = self.table.chosen_row()
        return None if row is None else self.model.record(row)

    def selected_runs(self) -> list[RunRow]:
        return [self.model.record(row) for row in self.table.selected_rows()]

    def _update_buttons(self) -> None:
        selected = self.table.selected_rows()
        self.edit_button.setEnabled(self.current_run() is not None)
        self.page_button.setEnabled(self.current_run() is not None)
        self.delete_button.setEnabled(bool(selected))

    # -------------------------------------------------------------- muscles
    def _show_form_kind(self, run_type: str, race_class: object) -> None:
        race = race_class if isinstance(race_class, str) else None
        kind = run_kind_text(run_type, race)
        if self.form.editing:
            caption = Log.tr("For the run you are editing: {kind}").format(kind=kind)
        else:
            caption = Log.tr("For this run: {kind}").format(kind=kind)
        self.muscles.show_kind(run_type, race, caption)

    def _show_run(self, run: RunRow) -> None:
        self.muscles.show_kind(
            run.run_type,
            run.race_class,
            Log.tr("For the selected run: {start}, {kind}").format(
                start=run_start_text(run), kind=run_kind_text(run.run_type, run.race_class)
            ),
        )

    def _on_selection(self, *_args) -> None:
        self._update_buttons()
        run = self.current_run()
        if run is not None and self.table.hasFocus():
            self._show_run(run)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        if new is self.table:
            run = self.current_run()
            if run is not None:
                self._show_run(run)
        elif self.form.isAncestorOf(new):
            self._show_form_kind(*self.form.kind())

    # -------------------------------------------------------------- actions
    def new_run(self) -> None:
        """Ctrl+R: a new run in the form, ready for the distance."""
        self.form.new_run()

    def edit_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.form.edit_run(self.model.record(row))

    def edit_current(self) -> None:
        run = self.current_run()
        if run is not None:
            self.form.edit_run(run)

    def delete_rows(self, rows: list[int]) -> None:
        runs = [self.model.record(r) for r in rows if 0 <= r < self.model.rowCount()]
        self._delete(runs)

    def delete_selected(self) -> None:
        self._delete(self.selected_runs())

    def _delete(self, runs: list[RunRow]) -> None:
        if not runs:
            return
        ids = [run.id for run in runs]
        first_row = min(self.table.selected_rows() or [0])
        store = self.ctx.store
        one = len(ids) == 1
        push_change(
            self.ctx,
            Log.tr("Delete run") if one else Log.tr("Delete %Ln runs", "", len(ids)),
            lambda: run_service.delete_runs(store, ids),
            lambda: run_service.restore_runs(store, ids),
            bus.RUNS,
            bus.SHOES,
        )
        if one:
            done = Log.tr("Run deleted — Ctrl+Z to undo")
        else:
            done = Log.tr("%Ln runs deleted — Ctrl+Z to undo", "", len(ids))
        self.ctx.show_status(done, 8000)
        if self.model.rowCount():
            self.table.select_row(min(first_row, self.model.rowCount() - 1))
            self.table.setFocus()
        else:
            self.form.distance.setFocus()

    def _after_save(self, run_id: int) -> None:
        row = self.model.row_of(run_id)
        if row is not None:
            self.table.scrollTo(self.model.index(row, 0))

    def manage_shoes(self) -> None:
        from corelog.ui.log.shoes_dialog import ShoesDialog

        dialog = ShoesDialog(self.ctx, self)
        dialog.exec()
        if dialog.added_shoe_id is not None and self.form.editing is None:
            self.form.select_shoe(dialog.added_shoe_id)
        dialog.deleteLater()
        self.form.shoe.setFocus()

    # ----------------------------------------------------------------- layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_width(self.scroll.viewport().width())

    def fit_width(self, width: int) -> None:
        """Muscles beside the form when there is room for both, else below the list."""
        needed = self._form_card.minimumSizeHint().width() + COLUMN_SPACING + MUSCLES_WIDTH
        beside = width >= needed
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() == direction:
            return
        self.columns.setDirection(direction)
        if beside:
            self.muscles.setFixedWidth(MUSCLES_WIDTH)
            self.muscles.setMinimumHeight(0)
        else:
            self.muscles.setMinimumWidth(0)
            self.muscles.setMaximumWidth(QWIDGETSIZE_MAX)
            self.muscles.setMinimumHeight(MUSCLES_MIN_HEIGHT_BELOW)

    def muscles_beside(self) -> bool:
        return self.columns.direction() == QBoxLayout.Direction.LeftToRight

    def on_shown(self) -> None:
        self.form.refresh_start()
