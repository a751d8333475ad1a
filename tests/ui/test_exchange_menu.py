"""File > Export…, Export Runs as CSV… and Import… as a user drives them: the file
dialog answers with a path, the work runs off the GUI thread, and the result shows."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from corelog.services import exchange
from corelog.services.demo import DEMO, generate_history
from corelog.store.store import Store

LAST_DAY = date.today() - timedelta(days=1)
EXCHANGE_ACTIONS = ("actionExport", "actionExportCsv", "actionImport")


def count(store: Store, table: str) -> int:
    return store.reader.scalar(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")


def answer_save_dialog(monkeypatch, path) -> list[str]:
    asked = []

    def fake(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def answer_open_dialog(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def finished(window) -> bool:
    return not window.exchange.busy


@pytest.fixture
def export_file(tmp_path):
    """A CoreLog export of six months of demo history, made on another computer."""
    source = Store.open(tmp_path / "other-computer.db")
    generate_history(source, DEMO, last_day=LAST_DAY)
    path = tmp_path / "from-the-laptop.json"
    exchange.export_json(source, path)
    counts = {t: count(source, t) for t in ("run", "core_session", "soreness_entry")}
    source.close()
    return path, counts


def test_ctrl_e_exports_the_log_without_blocking_the_window(window, qtbot, tmp_path, monkeypatch):
    generate_history(window.ctx.store, DEMO, last_day=LAST_DAY)
    target = tmp_path / "exports" / "my-log"
    target.parent.mkdir()
    asked = answer_save_dialog(monkeypatch, target)

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    # The key press returned with the export still under way: the window is free, the
    # actions wait, and the status bar shows the work.
    assert asked == ["Export your CoreLog data"]
    assert window.exchange.busy
    assert not window.findChild(QAction, "actionImport").isEnabled()
    assert window.progress.isVisible()

    qtbot.waitUntil(lambda: finished(window), timeout=20000)
    saved = target.with_suffix(".json")
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["format"] == "corelog-export"
    assert len(document["runs"]) == count(window.ctx.store, "run")
    assert f"to {saved.name}" in window.statusBar().currentMessage()
    assert all(window.findChild(QAction, name).isEnabled() for name in EXCHANGE_ACTIONS)
    assert not window.progress.isVisible()


def test_export_runs_as_csv_from_the_file_menu(window, qtbot, tmp_path, monkeypatch):
    generate_history(window.ctx.store, DEMO, last_day=LAST_DAY)
    target = tmp_path / "runs.csv"
    answer_save_dialog(monkeypatch, target)
    window.findChild(QAction, "actionExportCsv").trigger()
    qtbot.waitUntil(lambda: finished(window), timeout=20000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["date", "start time", "UTC offset", "distance (km)"]
    assert len(rows) - 1 == count(window.ctx.store, "run")
    assert "runs to runs.csv" in window.statusBar().currentMessage()


def test_import_merges_the_file_shows_a_summary_and_refreshes_the_pages(
    window, qtbot, export_file, monkeypatch
):
    path, counts = export_file
    runs_table = window.show_page("log").findChild(QTableView, "runsTable")
    assert runs_table.model().rowCount() == 0
    answer_open_dialog(monkeypatch, path)

    window.findChild(QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: finished(window), timeout=30000)

    box = window.findChild(QMessageBox, "importSummaryDialog")
    assert box is not None and box.isVisible()
    assert box.text().startswith(
        f"Added {counts['run']} runs, {counts['core_session']} core sessions, "
        f"{counts['soreness_entry']} soreness entries"
    )
    assert box.text().endswith("; updated 0; 0 already here.")
    assert "before-import" in box.informativeText()
    store = window.ctx.store
    assert {t: count(store, t) for t in counts} == counts
    # The Log page heard about the new runs and lists them.
    assert runs_table.model().rowCount() == min(counts["run"], 50)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importSummaryDialog") is None)

    # The same file again: nothing new, nothing doubled.
    window.findChild(QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: finished(window), timeout=30000)
    box = window.findChild(QMessageBox, "importSummaryDialog")
    qtbot.addWidget(box)  # closed when the test ends
    assert box.text().startswith("Nothing new to add; updated 0; ")
    assert {t: count(store, t) for t in counts} == counts


def test_a_bad_file_shows_the_problem_and_imports_nothing(window, qtbot, export_file, monkeypatch):
    path, _counts = export_file
    document = json.loads(path.read_text(encoding="utf-8"))
    document["runs"][3]["distance_m"] = -100
    path.write_text(json.dumps(document), encoding="utf-8")
    answer_open_dialog(monkeypatch, path)

    window.findChild(QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: finished(window), timeout=30000)

    box = window.findChild(QMessageBox, "exchangeErrorDialog")
    assert box is not None and box.isVisible()
    qtbot.addWidget(box)  # closed when the test ends
    assert "Run 4 of" in box.text() and "distance_m" in box.text()
    assert "negative" in box.text()
    assert "Nothing was imported" in box.informativeText()
    assert count(window.ctx.store, "run") == 0
    assert window.findChild(QAction, "actionImport").isEnabled()


def test_cancelling_the_file_dialog_does_nothing(window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    window.findChild(QAction, "actionImport").trigger()
    assert not window.exchange.busy
    assert window.findChild(QMessageBox, "importSummaryDialog") is None
