"""The History page's Alt keys clash neither with the menus nor with one another."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_alt_keys_do_not_clash(window):
    page = window.show_page("history")
    page.ensure_charts()
    menus = {mnemonic(action.text()) for action in window.menuBar().actions()} - {None}
    tabs = [mnemonic(page.tabs.tabText(i)) for i in range(page.tabs.count())]
    assert None not in tabs and len(set(tabs)) == len(tabs)
    assert not menus & set(tabs), (menus, tabs)
    for tab in (page.timeline, page.calendar, page.charts_tab):
        keys = [
            key
            for button in tab.findChildren(QAbstractButton)
            if (key := mnemonic(button.text())) is not None
        ]
        assert len(set(keys)) == len(keys), keys
        assert not set(keys) & (menus | set(tabs)), (tab.objectName(), keys)
