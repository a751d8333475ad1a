"""An import the user cancels from the status bar leaves the log as it was; the training
preferences travel with the file and the user is told which ones arrived; an import cut
short by a crash is reported when CoreLog next opens."""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from export_files import SET_THERE, another_computers_export, count
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from corelog.services import exchange
from corelog.services.preferences import PreferenceValue
from corelog.store import exchange_merge
from corelog.store.store import Store


@pytest.fixture
def other_computer(tmp_path):
    """An export of six months of demo history from a computer set to miles and Sundays."""
    return another_computers_export(tmp_path, "from-the-laptop.json")[0]


def choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def test_cancel_in_the_status_bar_takes_the_import_back(window, qtbot, other_computer, monkeypatch):
    monkeypatch.setattr(exchange_merge, "CHUNK_ROWS", 10)
    real = exchange_merge.transaction

    @contextmanager
    def slow(conn, gate):  # a slow disk: each short transaction takes a while
        time.sleep(0.02)
        with real(conn, gate):
            yield

    monkeypatch.setattr(exchange_merge, "transaction", slow)
    choose(monkeypatch, other_computer)
    window.findChild(QAction, "actionImport").trigger()
    button = window.findChild(QPushButton, "cancelImportButton")
    qtbot.waitUntil(lambda: window.progress.maximum() > 0 and window.progress.value() > 5)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.exchange.busy, timeout=60000)

    assert "Import cancelled" in window.statusBar().currentMessage()
    assert window.findChild(QMessageBox, "exchangeErrorDialog") is None
    store = window.ctx.store
    assert count(store, "run") == count(store, "core_session") == 0
    assert store.reader.scalar("SELECT count(*) FROM import_journal") == 0
    assert not button.isVisible()
    assert window.ctx.settings.unit == "km"  # nothing of the file was taken


def test_the_files_newer_preferences_are_applied_and_named(
    window, qtbot, other_computer, monkeypatch
):
    settings = window.ctx.settings
    settings.set("timer/prep_s", 10)  # set here, and not in the file: it stays
    choose(monkeypatch, other_computer)
    window.findChild(QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: not window.exchange.busy, timeout=60000)

    box = window.findChild(QMessageBox, "importSummaryDialog")
    qtbot.addWidget(box)  # closed when the test ends
    assert "Preferences from the file: distances in miles; weeks start on Sunday." in box.text()
    assert (settings.unit, settings.week_start, settings.timer_prep_s) == ("mi", 6, 10)
    # Exported from here now, they carry the moment they were set on the laptop.
    document = exchange.export_document(window.ctx.store, None, settings.training_preferences())
    assert document["preferences"]["units/distance"] == {
        "value": "mi",
        "changed_at": "2030-01-01T00:00:00.000000Z",
    }
    assert document["preferences"]["timer/prep_s"]["value"] == 10
    assert "appearance/theme" not in document["preferences"]


def test_a_preference_changed_here_later_is_kept(window, qtbot, tmp_path, monkeypatch):
    source = Store.open(tmp_path / "laptop.db")
    path = tmp_path / "old.json"
    long_ago = datetime(2020, 1, 1, tzinfo=UTC)
    exchange.export_json(
        source, path, preferences={"units/distance": PreferenceValue("mi", long_ago)}
    )
    source.close()
    window.ctx.settings.set("units/distance", "km")
    choose(monkeypatch, path)
    window.findChild(QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: not window.exchange.busy, timeout=60000)
    box = window.findChild(QMessageBox, "importSummaryDialog")
    qtbot.addWidget(box)  # closed when the test ends
    assert "Preferences" not in box.text()
    assert window.ctx.settings.unit == "km"


def test_export_from_the_menu_carries_the_training_preferences_only(
    window, qtbot, tmp_path, monkeypatch
):
    window.ctx.settings.set("calendar/week_start", 2)
    window.ctx.settings.set("appearance/theme", "dark")
    target = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.findChild(QAction, "actionExport").trigger()
    qtbot.waitUntil(lambda: not window.exchange.busy, timeout=20000)
    window.ctx.settings.set("appearance/theme", "light")
    preferences = json.loads(target.read_text(encoding="utf-8"))["preferences"]
    assert list(preferences) == ["calendar/week_start"]
    assert preferences["calendar/week_start"]["value"] == 2


def test_an_import_taken_back_at_start_is_reported(ctx, qtbot):
    from corelog.ui.main_window import MainWindow

    ctx.store.imports_taken_back = 1
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importInterruptedDialog") is not None)
    box = window.findChild(QMessageBox, "importInterruptedDialog")
    qtbot.addWidget(box)  # closed when the test ends
    assert "taken back" in box.text()
    window.close()


def test_heart_rates_travel_and_the_heart_load_uses_them(window, qtbot, tmp_path, monkeypatch):
    settings = window.ctx.settings
    settings.set("heart/resting_bpm", 58)  # set here long before the file's
    source = Store.open(tmp_path / "laptop.db")
    path = tmp_path / "heart.json"
    exchange.export_json(
        source,
        path,
        preferences={
            "heart/resting_bpm": PreferenceValue(52, SET_THERE),
            "heart/max_bpm": PreferenceValue(186, SET_THERE),
            "heart/weighting": PreferenceValue("women", SET_THERE),
        },
    )
    source.close()
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["preferences"]["heart/max_bpm"] == {
        "value": 186,
        "changed_at": "2030-01-01T00:00:00.000000Z",
    }
    page = window.show_page("settings")
    choose(monkeypatch, path)
    window.findChild(QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: not window.exchange.busy, timeout=60000)

    box = window.findChild(QMessageBox, "importSummaryDialog")
    qtbot.addWidget(box)  # closed when the test ends
    assert (
        "Preferences from the file: resting heart rate 52 bpm; maximum heart rate 186 bpm; "
        "heart-rate load weighted for women." in box.text()
    )
    assert (settings.resting_hr, settings.max_hr, settings.hr_weighting) == (52, 186, "women")
    # The Settings page shows them (without setting them again), and History's heart-rate
    # load is worked out with them.
    assert (page.heart.resting.value(), page.heart.maximum.value()) == (52, 186)
    assert page.heart.weighting.currentData() == "women"
    assert settings.training_preferences()["heart/resting_bpm"].changed_at == SET_THERE
    history = window.show_page("history")
    bar = history.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    heart = history.charts_tab.charts["historyChartHeartLoad"]
    assert "resting 52, maximum 186 beats a minute, Banister's women's weighting" in (
        heart.caption.text()
    )
