"""The Recovery page's parts that only show things: the left column and the how-to.

:class:`EntriesColumn` is the body map with the list of regions beside it, then the open
entries (with today's advice) and the chosen region's past episodes, in two tabs. The
page connects their signals. :class:`IntroView` is what the right-hand side shows before
any entry is chosen: how to log soreness, how to tell its kinds apart (with the
sentences that rests on, on demand) and the note that this is general information.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from corelog.domain.i18n import Recovery
from corelog.services import recovery
from corelog.ui.layouts import rows_view
from corelog.ui.recovery.body_map import BodyMap
from corelog.ui.recovery.entries import OpenEntriesModel, RegionHistoryModel
from corelog.ui.recovery.tips import QuotedCard, rich, set_rich, tip_html
from corelog.ui.widgets import Card, muted, named, plain


def _table(object_name: str, header_name: str, accessible: str) -> QTreeView:
    """A flat list of entries in columns (one header, no grid); the first column stretches,
    so no column hides behind a scroll bar."""
    view = named(QTreeView(), object_name, accessible)
    view.setRootIsDecorated(False)
    view.setItemsExpandable(False)
    view.setUniformRowHeights(True)
    view.setAllColumnsShowFocus(True)
    rows_view(view)
    view.setStyleSheet(f"QTreeView#{object_name}::item {{ padding: 3px 2px; }}")
    header = named(
        view.header(), header_name, Recovery.tr("{table}: columns").format(table=accessible)
    )
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    header.setSectionsMovable(False)
    return view


def _tab(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    tab = QWidget()
    box = QVBoxLayout(tab)
    box.setContentsMargins(0, 6, 0, 0)
    for widget in widgets:
        box.addWidget(widget)
    if stretch_last:
        box.setStretch(len(widgets) - 1, 1)
        box.addStretch(0)
    return tab


class EntriesColumn(QWidget):
    """Where is it sore (body map and region list), then the open entries and history."""

    def __init__(self, region_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)

        where = Card(Recovery.tr("Where is it sore?"))
        row = QHBoxLayout()
        row.setSpacing(8)
        self.body_map = named(BodyMap(region_names), "recoveryBodyMap", Recovery.tr("Body map"))
        row.addWidget(self.body_map, 1)
        self.region_list = named(QListWidget(), "recoveryRegionList", Recovery.tr("Body regions"))
        for key, name in region_names.items():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.region_list.addItem(item)
        metrics = self.region_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in region_names.values())
        self.region_list.setFixedWidth(widest + 34)
        self.region_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.region_list.setStyleSheet("QListWidget#recoveryRegionList::item { padding: 3px 4px; }")
        row.addWidget(self.region_list)
        where.body.addLayout(row)
        where.body.addWidget(
            muted(Recovery.tr("The front view faces you: R and L are your right and left."))
        )
        column.addWidget(where)

        self.tabs = named(QTabWidget(), "recoveryTabs", Recovery.tr("Soreness entries"))
        self.tabs.setDocumentMode(True)
        self.open_model = OpenEntriesModel(self)
        self.open_view = _table(
            "recoveryOpenEntries", "recoveryOpenEntriesHeader", Recovery.tr("Open soreness entries")
        )
        self.open_view.setModel(self.open_model)
        self.open_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.open_empty = muted(Recovery.tr("No open soreness. Log it here when something hurts."))
        self.tabs.addTab(
            _tab(self.open_empty, self.open_view, stretch_last=True), Recovery.tr("Open", "a tab")
        )

        self.history_model = RegionHistoryModel(self)
        self.history_view = _table(
            "recoveryRegionHistory",
            "recoveryRegionHistoryHeader",
            Recovery.tr("Past episodes of the region"),
        )
        self.history_view.setModel(self.history_model)
        self.history_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history_title = muted(Recovery.tr("Pick a region to see its past episodes."))
        self.history_title.setObjectName("recoveryHistoryTitle")
        self.tabs.addTab(_tab(self.history_title, self.history_view), Recovery.tr("Region history"))
        column.addWidget(self.tabs, 1)


def how_to() -> str:
    return Recovery.tr(
        "1. Click where it is sore on the body map, or pick it from the list.<br>"
        "2. Say how bad it is, how it feels, when it began and which way it is going."
        "<br>3. Save: CoreLog says what it most likely is, what to do today, what "
        "relieves it and how to keep it away, each tip with the document sentences it rests "
        "on (“From the documents”)."
    )


class IntroView(QWidget):
    """How to log soreness and tell its kinds apart, before any entry is chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 4, 0)
        box.setSpacing(12)
        how = Card(Recovery.tr("Log soreness, get guidance"))
        how.body.addWidget(rich(how_to()))
        box.addWidget(how)
        shown = recovery.intro()
        self.apart = QuotedCard(
            Recovery.tr("Telling soreness apart"),
            "recoveryTellingApartCard",
            "recoveryTellingApartQuotes",
        )
        self.telling_apart = self.apart.add_text(
            tip_html(shown.telling_apart), "recoveryTellingApart", (shown.telling_apart,)
        )
        self.apart.finish()
        box.addWidget(self.apart)
        self.notice = plain(muted(f"{shown.notice.text} {shown.notice.source_line}"))
        self.notice.setObjectName("recoveryIntroNotice")
        box.addWidget(self.notice)
        box.addStretch(1)

    def fill(self) -> None:
        """Write the texts again: the theme's colours are in them."""
        set_rich(self.telling_apart, tip_html(recovery.intro().telling_apart))
        self.apart.restyle()
