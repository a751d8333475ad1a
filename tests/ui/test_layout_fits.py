"""Every page fits the smallest window: no label, button or text field is cut off.

The window is shrunk to its minimum size with a full history in it, and every page (and
each state worth checking: tabs, the soreness form, the guidance) is searched for a visible
label, button or line edit that its parents do not show whole. A page may scroll down; it
may not push controls off to the right or squeeze a label narrower than its text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QWidget,
)

from corelog.services.demo import generate_history
from corelog.store.soreness import list_entries
from corelog.ui.main_window import MINIMUM_WINDOW_SIZE

CHECKED = (QLabel, QPushButton, QLineEdit)


def _in_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _scrolls_down_only(parent: QWidget) -> bool:
    """``parent`` is a scroll area's viewport: what is below it is reached by scrolling."""
    area = parent.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def clipping(widget: QWidget, top: QWidget) -> str | None:
    """Why ``widget`` is not shown whole inside ``top``, or None when it is."""
    rect = QRect(0, 0, widget.width(), widget.height())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.translated(child.pos())
        bounds = parent.rect()
        if _scrolls_down_only(parent):
            if rect.left() < 0 or rect.right() > bounds.right():
                return f"runs off the side of a scroll area ({rect} in {bounds})"
            # Above or below the viewport is reached by scrolling: carry on with what shows.
            shown = QRect(rect.left(), bounds.top(), rect.width(), bounds.height())
            rect = rect.intersected(shown)
            if rect.isEmpty():
                break
        elif not bounds.contains(rect):
            name = parent.objectName() or type(parent).__name__
            return f"cut off by {name} ({rect} in {bounds})"
        if parent is top:
            break
        child, parent = parent, parent.parentWidget()
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                return f"wrapped text needs {widget.heightForWidth(widget.width())} px of height"
        elif widget.text() and widget.minimumSizeHint().width() > widget.width():
            return f"text needs {widget.minimumSizeHint().width()} px of width"
    if isinstance(widget, QPushButton) and widget.minimumSizeHint().width() > widget.width():
        return f"text needs {widget.minimumSizeHint().width()} px of width"
    return None


def clipped(top: QWidget) -> list[str]:
    found = []
    for kind in CHECKED:
        for widget in top.findChildren(kind):
            if not widget.isVisible() or _in_item_view(widget):
                continue
            reason = clipping(widget, top)
            if reason is not None:
                text = widget.text() if hasattr(widget, "text") else ""
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name} {text[:40]!r}: {reason}")
    return found


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(1)


@pytest.fixture
def small_window(ctx, window, qtbot):
    generate_history(ctx.store)
    ctx.bus.announce("all")
    window.resize(QSize(100, 100))  # as small as the window lets itself be
    qtbot.waitUntil(lambda: window.size() == window.minimumSize())
    return window


def _page(page_id: str) -> Callable:
    def show(window):
        return window.show_page(page_id)

    return show


def _log_tab(tab_id: str) -> Callable:
    def show(window):
        window.show_page("log").open_tab(tab_id)
        return window.page("log")

    return show


def _editing_core_session(window):
    tab = window.show_page("log").open_tab("core")
    longest = max(tab.model.rows(), key=lambda session: len(session.sets))
    tab.select(longest.id)
    assert tab.edit_selected()
    return window.page("log")


def _history_tab(index: int) -> Callable:
    def show(window):
        window.show_page("history").show_tab(index)
        return window.page("history")

    return show


def _recovery_form(window):
    page = window.show_page("recovery")
    page.new_entry()
    return page


def _recovery_guidance(window):
    page = window.show_page("recovery")
    entries = list_entries(window.ctx.store)
    sharp = [e for e in entries if e.feel == "sharp"] or entries
    page.open_entry(sharp[-1].id)
    return page


STATES: dict[str, Callable] = {
    "today": _page("today"),
    "log-runs": _log_tab("runs"),
    "log-core": _log_tab("core"),
    "log-core-editing": _editing_core_session,
    "timer": _page("timer"),
    "recovery": _page("recovery"),
    "recovery-form": _recovery_form,
    "recovery-guidance": _recovery_guidance,
    "history-timeline": _history_tab(0),
    "history-calendar": _history_tab(1),
    "history-charts": _history_tab(2),
    "settings": _page("settings"),
}


def test_the_window_has_a_minimum_size(window, qtbot):
    assert window.minimumSize() == MINIMUM_WINDOW_SIZE
    window.resize(QSize(400, 300))
    qtbot.waitUntil(lambda: window.size() == MINIMUM_WINDOW_SIZE)


@pytest.mark.parametrize("state", list(STATES))
def test_nothing_is_cut_off_in_the_smallest_window(small_window, qtbot, state):
    STATES[state](small_window)
    _settle(qtbot)
    assert small_window.size() == MINIMUM_WINDOW_SIZE
    assert clipped(small_window) == []


@pytest.mark.parametrize("size", [(900, 640), (1024, 700)])
@pytest.mark.parametrize(
    "state", ["log-core", "log-core-editing", "recovery-form", "recovery-guidance"]
)
def test_nothing_is_cut_off_in_a_half_screen_window(small_window, qtbot, state, size):
    small_window.resize(*size)
    qtbot.waitUntil(lambda: small_window.size() == QSize(*size))
    STATES[state](small_window)
    _settle(qtbot)
    assert clipped(small_window) == []


def test_the_check_sees_a_label_cut_off_at_the_side(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    box.resize(120, 40)
    label = QLabel("A label far too long for its box", box)
    label.move(0, 0)
    label.resize(label.sizeHint())
    box.show()
    qtbot.waitExposed(box)
    assert len(clipped(box)) == 1
    label.setWordWrap(True)
    label.resize(110, label.heightForWidth(110))
    assert clipped(box) == []
    label.resize(110, 10)
    assert clipped(box) == [f"QLabel {label.text()[:40]!r}: wrapped text needs "
                            f"{label.heightForWidth(110)} px of height"]


def test_in_a_narrow_window_the_soreness_form_goes_below_the_map_and_into_view(
    small_window, qtbot
):
    page = small_window.show_page("recovery")
    qtbot.waitUntil(page.stacked)
    qtbot.mouseClick(page.body_map, Qt.MouseButton.LeftButton,
                     pos=page.body_map.region_point("calves"))
    form_top = page.detail.mapTo(page.scroll.viewport(), page.detail.rect().topLeft())
    map_top = page.body_map.mapTo(page.scroll.viewport(), page.body_map.rect().topLeft())
    assert form_top.y() > map_top.y()  # below the map ...
    assert 0 <= form_top.y() < page.scroll.viewport().height()  # ... and scrolled to
    assert page.form.isVisible()
    # The guidance shows whole below the map: the page scrolls, not a box inside it.
    page.open_entry(list_entries(small_window.ctx.store)[-1].id)
    inner = page.guidance_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: page.guidance.isVisible() and inner.maximum() == 0)
    small_window.resize(1280, 800)
    qtbot.waitUntil(lambda: not page.stacked())
    assert page.detail.mapTo(page, page.detail.rect().topLeft()).x() > page.body_map.x()


def test_in_a_narrow_window_the_core_sessions_go_below_the_form(small_window, qtbot):
    tab = small_window.show_page("log").open_tab("core")
    qtbot.waitUntil(tab.stacked)
    assert tab.list_card.y() > tab.form_card.y() + tab.form_card.height() - 1
    assert tab.form_scroll.verticalScrollBar().maximum() == 0  # the whole form shows
    small_window.resize(1280, 800)
    qtbot.waitUntil(lambda: not tab.stacked())
    assert tab.list_card.x() > tab.form_card.x() + tab.form_card.width() - 1


@pytest.fixture(params=["en", "de"])
def language(request):
    """CoreLog in English, then in German (longer words), from before the window opens."""
    if request.param == "de":
        request.getfixturevalue("german")
    return request.param


@pytest.mark.parametrize("size", [None, (1280, 800)])
def test_the_runs_list_fits_its_card(language, small_window, qtbot, size):
    """The Log page's runs never scroll sideways: the type, effort and shoes give way
    (elided) to the date and the figures, which always show whole."""
    if size is not None:
        small_window.resize(*size)
        qtbot.waitUntil(lambda: small_window.size() == QSize(*size))
    tab = small_window.show_page("log").open_tab("runs")
    _settle(qtbot)
    table = tab.table
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    assert header.length() <= table.viewport().width()
    for column in (0, 2, 3, 4):  # date, distance, time, pace
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column


def _tooltip_over(table, row: int, column: int) -> str:
    """What a pointer resting on the cell shows as its tooltip ("" for none)."""
    QToolTip.hideText()
    centre = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cut_short_cell_of_the_runs_list_shows_its_whole_text_on_hover(
    german, small_window, qtbot
):
    """At the smallest window, in German, the shoes give way; resting the pointer on a
    shortened cell shows it whole above the run's details; a whole cell, the details."""
    tab = small_window.show_page("log").open_tab("runs")
    _settle(qtbot)
    table = tab.table
    shoes = 6
    cut = [
        row
        for row in range(table.model().rowCount())
        if table.sizeHintForIndex(table.model().index(row, shoes)).width()
        > table.columnWidth(shoes)
    ]
    assert cut, "the smallest German window should shorten the shoes' names"
    whole_text = table.model().index(cut[0], shoes).data()
    details = table.model().index(cut[0], shoes).data(Qt.ItemDataRole.ToolTipRole)
    assert details  # surface, climb or notes
    assert _tooltip_over(table, cut[0], shoes) == f"{whole_text}\n{details}"
    assert _tooltip_over(table, cut[0], 0) == details  # the date always shows whole
