"""Alt keys: on every page, in every view of it, each underlined letter means one thing.

The menu bar's letters (Alt+F File, Alt+E Edit, ...) count too: a field label that
shares one would make that Alt key open the menu or the field depending on luck.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from corelog.domain.timeutil import local_now
from corelog.services import recovery
from corelog.services import runs as run_service
from corelog.services.recovery import SorenessForm
from corelog.services.runs import RunDraft


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def alt_keys(window) -> dict[str, list[str]]:
    """Every Alt key live in the window now, with what it belongs to."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = mnemonic(text)
        if key is not None:
            keys[key].append(f"{what} {text!r}")

    for action in window.menuBar().actions():
        add(action.text(), "menu")
    page = window.stack.currentWidget()
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), f"button {widget.objectName()}")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), f"label for {widget.buddy().objectName()}")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), f"group {widget.objectName()}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), "tab")
    return keys


def clashes(window) -> dict[str, list[str]]:
    return {key: owners for key, owners in alt_keys(window).items() if len(owners) > 1}


def views(window, page_id: str):
    """Show each view of a page in turn (tabs, the soreness form and its advice)."""
    page = window.show_page(page_id)
    yield page_id
    if page_id == "log":
        for tab_id in ("core", "runs"):
            page.open_tab(tab_id)
            yield f"log/{tab_id}"
        page.tab("runs").edit_row(0)
        yield "log/runs editing"
    elif page_id == "history":
        page.ensure_charts()
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            yield f"history/{page.tabs.tabText(index)}"
    elif page_id == "recovery":
        page.new_entry()
        yield "recovery/form"
        entry = recovery.entries(window.ctx.store)[0]
        page.open_entry(entry.id)
        yield "recovery/advice"


@pytest.fixture
def logged(ctx):
    """A run and a soreness entry, so that the pages show their full views."""
    now = local_now()
    draft = RunDraft(started_at=now - timedelta(hours=3), distance="8", duration="44:05")
    run_service.add_run(ctx.store, run_service.check_run(ctx.store, draft, "km", now))
    form = SorenessForm(
        noted_at=now - timedelta(minutes=5), region="upper_abs", severity=2, feel="dull",
        onset="delayed", trend="improving", days_lasted="1",
    )
    recovery.add_entry(ctx.store, recovery.check_entry(ctx.store, form))
    ctx.bus.announce("all")


def test_menus_have_an_alt_key_each(window):
    keys = [mnemonic(action.text()) for action in window.menuBar().actions()]
    assert None not in keys and len(set(keys)) == len(keys), keys


@pytest.mark.parametrize("page_id", ["today", "log", "timer", "recovery", "history", "settings"])
def test_no_alt_key_means_two_things_on_any_page(all_pages_window, logged, page_id):
    found = {view: clashes(all_pages_window) for view in views(all_pages_window, page_id)}
    assert not any(found.values()), {view: c for view, c in found.items() if c}


def test_run_form_alt_keys_go_to_their_fields(window, press):
    form = window.show_page("log").tab("runs").form
    form.distance.setFocus()
    for key, field in (
        (Qt.Key.Key_A, form.start),
        (Qt.Key.Key_R, form.effort),
        (Qt.Key.Key_S, form.shoe),
        (Qt.Key.Key_D, form.distance),
    ):
        press(key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is field or field.isAncestorOf(
            QApplication.focusWidget()
        ), key
