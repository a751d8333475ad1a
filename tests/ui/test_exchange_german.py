"""Importing an export file in German: the summary, the preferences the file brings and
the reason a file is refused are German sentences, with the file's own names (fields,
values) left as the file holds them."""

from __future__ import annotations

import json

import pytest
from export_files import another_computers_export, count
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox


@pytest.fixture
def laptop_export(tmp_path):
    """An export of demo history from a computer set to miles and weeks from Sunday."""
    return another_computers_export(tmp_path, "vom-laptop.json")


def import_file(window, qtbot, monkeypatch, path, box_name: str) -> QMessageBox:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window.findChild(QAction, "actionImport").trigger()
    qtbot.waitUntil(lambda: not window.exchange.busy, timeout=60000)
    box = window.findChild(QMessageBox, box_name)
    assert box is not None and box.isVisible()
    qtbot.addWidget(box)  # closed when the test ends
    return box


def test_the_import_summary_is_german(german, window, qtbot, monkeypatch, laptop_export):
    path, counts = laptop_export
    box = import_file(window, qtbot, monkeypatch, path, "importSummaryDialog")

    assert box.windowTitle() == "Import abgeschlossen"
    summary, preferences = box.text().split("\n\n")
    assert summary.startswith(
        f"Hinzugefügt: {counts['run']} Läufe, {counts['core_session']} Core-Einheiten, "
    )
    assert summary.endswith("; aktualisiert: 0; 0 bereits vorhanden.")
    assert preferences == (
        "Einstellungen aus der Datei: Distanzen in Meilen; Wochen beginnen am Sonntag."
    )
    assert box.informativeText().startswith("Vorher wurde eine Sicherung erstellt: ")
    assert window.statusBar().currentMessage() == summary


def test_a_refused_file_says_why_in_german(german, window, qtbot, monkeypatch, laptop_export):
    path, counts = laptop_export
    document = json.loads(path.read_text(encoding="utf-8"))
    document["runs"][3]["distance_m"] = -100
    uuid = document["runs"][3]["uuid"]
    path.write_text(json.dumps(document), encoding="utf-8")

    box = import_file(window, qtbot, monkeypatch, path, "exchangeErrorDialog")

    assert box.windowTitle() == "Import fehlgeschlagen"
    assert box.text() == (
        f"Lauf 4 von {counts['run']} (UUID {uuid}), Feld „distance_m“: "
        "Die Distanz kann nicht negativ sein."
    )
    assert box.informativeText() == "Nichts wurde importiert: Deine Daten sind unverändert."
    assert count(window.ctx.store, "run") == 0


def test_a_file_that_is_not_an_export_is_refused_in_german(
    german, window, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "läufe.json"
    path.write_text('{"format": "strava", "version": 1}', encoding="utf-8")

    box = import_file(window, qtbot, monkeypatch, path, "exchangeErrorDialog")

    assert (
        box.text()
        == "Diese Datei ist kein CoreLog-Export (ihr fehlt die Kennung „corelog-export“)."
    )
