"""A History chart's "Table" toggle and the table it shows in place of the plot.

Each chart card has a toggle in its title row (``historyChartTableToggle``): Tab reaches
it, Space (or a click) shows the chart's numbers as a table (``historyChartTable``) where
the plot was, and again brings the plot back. Alt+B on the Charts tab switches every
chart at once, and the choice is remembered. The table (``ui/charts/table.py``, as on a
run's page) is a read-only ``QTableView``: arrow keys move from cell to cell, Tab leaves
it, and a screen reader reads each cell with its column title.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget

from corelog.domain.i18n import History
from corelog.services.history_review import HistoryReview
from corelog.ui.charts.table import TABLE_HEIGHT, ChartTableModel, table_view
from corelog.ui.history.chart_tables import TABLES
from corelog.ui.settings import AppSettings
from corelog.ui.theme import scaled
from corelog.ui.widgets import named

TOGGLE_NAME = "historyChartTableToggle"
TABLE_NAME = "historyChartTable"
TABLE_HEADERS = ("historyChartTableHeader", "historyChartTableRowHeader")


class TableCard(Protocol):
    """What the switch uses of the card it sits in (``chart_card.ChartCard``, a widget
    that owns the switch): its title, the range it draws, the stack holding its plot, its
    read-out, and drawing the range again."""

    @property
    def title_text(self) -> str: ...

    @property
    def review(self) -> HistoryReview | None: ...

    @property
    def stack(self) -> QStackedWidget: ...

    @property
    def readout(self) -> QLabel: ...

    def objectName(self) -> str: ...

    def show_review(self, review: HistoryReview) -> None: ...


class ChartTableSwitch(QObject):
    """Adds the toggle to a card's title row and the table to its plot's place."""

    def __init__(self, card: TableCard, title_row: QHBoxLayout) -> None:
        super().__init__(card)  # the card, a widget, owns the switch
        self.card = card
        title = card.title_text
        self.button = named(
            QPushButton(History.tr("Table")),
            TOGGLE_NAME,
            History.tr("Show {chart} as a table").format(chart=title),
            History.tr("{chart}: show the numbers as a table (Space); again for the chart").format(
                chart=title
            ),
        )
        self.button.setAccessibleDescription(
            History.tr("Shows the chart's numbers in a table in place of the chart, and back.")
        )
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)
        self.button.toggled.connect(self._toggled)
        title_row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.model = ChartTableModel(self)
        self.view = table_view(
            self.model, TABLE_NAME, History.tr("{chart}: table").format(chart=title), TABLE_HEADERS
        )
        self.view.setFixedHeight(0)  # no room kept for it under the plot until shown
        card.stack.addWidget(self.view)

    @property
    def showing_table(self) -> bool:
        return self.button.isChecked()

    def set_table_shown(self, shown: bool) -> None:
        self.button.setChecked(shown)

    def _toggled(self, shown: bool) -> None:
        self.button.setText(History.tr("Chart") if shown else History.tr("Table"))
        title = self.card.title_text
        self.button.setAccessibleName(
            History.tr("Show {chart} as a chart").format(chart=title)
            if shown
            else History.tr("Show {chart} as a table").format(chart=title)
        )
        self.view.setFixedHeight(scaled(TABLE_HEIGHT) if shown else 0)
        if shown:
            self.refresh()
        elif self.card.review is not None:
            self.card.show_review(self.card.review)  # the chart, or its empty message

    def refresh(self) -> None:
        """After the card drew its chart: fill the table and show the right one."""
        card = self.card
        if not self.showing_table or card.review is None:
            return
        table = TABLES[card.objectName()](card.review, card)
        self.model.set_table(table)
        self.view.setAccessibleDescription(table.note)
        if table.rows:
            card.stack.setCurrentWidget(self.view)
            card.readout.hide()
        # With no rows the card's own "nothing to show" message stays.


TABLES_KEY = "history/charts_as_tables"
"""Where the Charts tab remembers that every chart shows as a table (UI state)."""


def all_tables_button(settings: AppSettings, show: Callable[[bool], None]) -> QPushButton:
    """The Charts tab's "Tables" toggle (Alt+B): every chart as a table, remembered."""
    button = named(
        QPushButton(History.tr("Ta&bles")),
        "historyChartsAsTables",
        History.tr("Show every chart as a table"),
        History.tr("Every chart's numbers as a table (Alt+B); again for the charts"),
    )
    button.setCheckable(True)
    button.setAutoDefault(False)
    button.setChecked(settings.value(TABLES_KEY, "false") == "true")

    def toggled(shown: bool) -> None:
        settings.set_value(TABLES_KEY, "true" if shown else "false")
        show(shown)

    button.toggled.connect(toggled)
    return button
