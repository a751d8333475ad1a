"""Starting CoreLog on a damaged database: one clear message, a way out, nothing changed."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

import corelog.app as app
import corelog.ui.application as application
from corelog.app import main
from corelog.store.database import list_backups


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_first_page(path):
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


@pytest.fixture
def default_db(tmp_path, monkeypatch):
    """CoreLog started without --db opens this file (the user's usual database)."""
    path = tmp_path / "data" / "corelog.db"
    path.parent.mkdir()
    monkeypatch.setattr(app, "default_db_path", lambda: path)
    return path


@pytest.fixture
def opened(monkeypatch):
    """What the window would show: the runs readable in the store it was given."""
    seen = {}

    def window(_app, store, _guard, *, demo):
        seen["runs"] = len(store.reader.all("SELECT * FROM run"))
        return 0

    monkeypatch.setattr(application, "_run_window", window)
    return seen


def answer_dialog(qtbot, button_name, seen):
    """Click a button of the damaged-database dialog once it is on screen."""

    def click():
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "corruptDatabaseDialog" and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(10, click)
            return
        dialog = dialogs[0]
        seen["text"] = dialog.text()
        seen["informative"] = dialog.informativeText()
        seen["buttons"] = sorted(b.objectName() for b in dialog.findChildren(QPushButton))
        qtbot.mouseClick(dialog.findChild(QPushButton, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("damage", ["middle pages", "first page"])
def test_damaged_database_offers_the_newest_backup_and_keeps_the_damaged_file(
    default_db, opened, qtbot, capsys, damaged_database, damage
):
    damaged_database(default_db, backup=True)
    if damage == "first page":
        damage_first_page(default_db)
    damaged = default_db.read_bytes()

    answer_dialog(qtbot, "restoreNewestBackupButton", opened)
    assert main([]) == 0

    assert "is damaged" in opened["text"] and "--restore" not in opened["text"]
    assert "newest backup" in opened["informative"]
    assert opened["runs"] > 50  # the restored backup opened, every run readable
    kept = [p for p in list_backups(default_db) if "replaced-by-restore" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_declining_the_restore_leaves_the_damaged_file_as_it_was(
    default_db, opened, qtbot, capsys, damaged_database
):
    damaged_database(default_db, backup=True)
    before = digest(default_db)
    folder = default_db.parent
    listing = sorted(p.name for p in folder.iterdir())

    answer_dialog(qtbot, "closeDamagedDatabaseButton", opened)
    assert main([]) == 1

    assert "runs" not in opened  # no window
    assert digest(default_db) == before
    assert sorted(p.name for p in folder.iterdir()) == listing
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is damaged" in err[0]


def test_without_a_backup_the_dialog_says_so(default_db, opened, qtbot, damaged_database):
    damaged_database(default_db)
    before = digest(default_db)

    answer_dialog(qtbot, "closeDamagedDatabaseButton", opened)
    assert main([]) == 1

    assert "no backup" in opened["informative"]
    assert opened["buttons"] == ["closeDamagedDatabaseButton"]
    assert digest(default_db) == before
