"""The window shell: pages, menus, status bar, geometry."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from corelog import __version__
from corelog.ui.main_window import MINIMUM_WINDOW_SIZE, MainWindow
from corelog.ui.pages import page_specs


def test_window_opens_with_every_existing_page_in_the_sidebar(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [spec.title for spec in page_specs()]
    assert window.isVisible()
    assert window.current_page_id() == page_specs()[0].page_id
    assert window.stack.currentWidget() is window.page(page_specs()[0].page_id)


def test_pages_are_built_only_when_visited(ctx, qtbot):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert list(win.built_pages()) == [page_specs()[0].page_id]
    win.build_remaining_pages()
    qtbot.waitUntil(lambda: len(win.built_pages()) == len(page_specs()))


def test_go_shortcuts_switch_pages(window, qtbot):
    for spec in page_specs():
        action = window.findChild(QAction, f"actionGo{spec.page_id.title()}")
        assert action is not None
        assert action.shortcut().toString() != ""
        action.trigger()
        assert window.current_page_id() == spec.page_id


def test_menus(window):
    names = [a.menu().objectName() for a in window.menuBar().actions() if a.menu()]
    assert names[0] == "menuFile" and names[-1] == "menuHelp"
    assert "menuEdit" in names


def test_about_names_version_and_data_folder(window, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.update(text=text))
    window.findChild(QAction, "actionAbout").trigger()
    assert __version__ in shown["text"]
    assert str(window.ctx.store.path.parent) in shown["text"]


def test_shortcut_list_includes_quit_and_undo(window):
    texts = dict(window.all_shortcuts())
    assert "Quit" in texts and "Undo" in texts


def test_window_size_and_position_are_remembered(ctx, qtbot, settings_file):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800 x 800 and restoring keeps a window on its screen, so the
    # width comes back as the minimum; the height shows what was remembered.
    first.resize(MINIMUM_WINDOW_SIZE.width(), 730)
    qtbot.waitUntil(lambda: first.height() == 730)
    first.close()
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).contains("window/geometry")

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (MINIMUM_WINDOW_SIZE.width(), 730)
    second.close()


def test_back_up_now_writes_a_copy_off_the_gui_thread(window, qtbot):
    from corelog.store.database import list_backups

    window.findChild(QAction, "actionBackupNow").trigger()
    qtbot.waitUntil(lambda: len(list_backups(window.ctx.store.path)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage())


def test_nav_sidebar_is_keyboard_reachable(window):
    assert window.nav.focusPolicy() == Qt.FocusPolicy.StrongFocus


def listed_keys(rows: list[tuple[str, str]]) -> dict[str, set[str]]:
    """Help's rows as {text: its keys}."""
    listed: dict[str, set[str]] = {}
    for text, keys in rows:
        listed.setdefault(text, set()).update(keys.split(", "))
    return listed


def test_every_shortcut_in_the_window_is_in_the_help_list(window):
    from PySide6.QtGui import QKeySequence, QShortcut
    from PySide6.QtWidgets import QWidget

    listed = listed_keys(window.all_shortcuts())  # every page is built for the list
    assert len(window.built_pages()) == len(page_specs())
    native = QKeySequence.SequenceFormat.NativeText
    missing = []
    for action in window.findChildren(QAction):
        owner = action.parent()
        assert isinstance(owner, QWidget), action.objectName()
        if action.shortcuts() and owner.window() is window:  # not a dialog's own keys
            text = window.help_text(action)
            for sequence in action.shortcuts():
                if sequence.toString(native) not in listed.get(text, set()):
                    missing.append((action.objectName(), text, sequence.toString(native)))
    assert not missing
    shortcuts = [s for s in window.findChildren(QShortcut) if s.parent().window() is window]
    assert all(s.key().toString(native) in listed.get(s.whatsThis(), set()) for s in shortcuts)


def test_help_lists_history_search_and_saving_a_form_with_ctrl_enter(window):
    listed = listed_keys(window.all_shortcuts())
    assert listed["Search the history notes"] == {"Ctrl+F"}
    assert {"Ctrl+Return", "Ctrl+Enter"} <= listed["Save the form (from the notes too)"]
    assert listed["Redo"] == {"Ctrl+Shift+Z", "Ctrl+Y"}


def test_f1_shows_the_list(window, qtbot, press):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTableWidget

    seen: list[list[str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        table = dialog.findChild(QTableWidget, "shortcutsTable")
        seen.append([table.item(row, 1).text() for row in range(table.rowCount())])
        dialog.reject()

    window.nav.setFocus()
    QTimer.singleShot(0, read_and_close)
    press(Qt.Key.Key_F1)
    (keys,) = seen
    assert "Ctrl+F" in keys and "F1" in keys
    assert any("Ctrl+Return" in k for k in keys)
