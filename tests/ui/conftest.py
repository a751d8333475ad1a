"""Fixtures for GUI tests (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from window_guard import check_windows

from corelog.ui.bus import DataBus
from corelog.ui.context import AppContext
from corelog.ui.settings import AppSettings


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """After each test's teardown, no window is left on screen (tests/ui/window_guard.py).

    This wrapper sits outside pytest-qt's own (which is ``trylast``), so the widgets given
    to ``qtbot.addWidget`` are closed and the fixtures torn down before the check.
    """
    try:
        result = yield
    except BaseException:
        check_windows()  # still put them away; the teardown's own error is the one to show
        raise
    problem = check_windows()
    if problem:
        pytest.fail(f"{item.nodeid}: {problem}", pytrace=False)
    return result


@pytest.fixture(scope="session", autouse=True)
def users_look(qapp):
    """Every GUI test sees CoreLog as its users do: the Fusion style with the light theme.

    Tests that switch to the dark theme put the light one back when they end.
    """
    from corelog.ui.i18n import install_language
    from corelog.ui.theme import apply_theme

    apply_theme(qapp, "light")
    install_language("en")  # Qt's translation in place, as when CoreLog starts


@pytest.fixture
def settings_file(tmp_path):
    return tmp_path / "settings" / "CoreLog.ini"


@pytest.fixture(autouse=True)
def isolated_user_settings(tmp_path, monkeypatch):
    """QSettings written by the app under test land in the test's temporary folder."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield


@pytest.fixture
def app_settings(settings_file, qapp):
    return AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(store, app_settings, qapp):
    context = AppContext(store=store, settings=app_settings, bus=DataBus(), undo_stack=QUndoStack())
    yield context
    context.undo_stack.clear()


@pytest.fixture
def window(ctx, qtbot):
    from corelog.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def all_pages_window(window):
    """The main window with every page built."""
    for spec in window.specs:
        window.page(spec.page_id)
    return window


@pytest.fixture
def press(qtbot):
    """Press a key as a person would: it goes to whatever has the keyboard focus."""

    def press_key(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focused, key, modifier)
        return focused

    return press_key


@pytest.fixture
def german(monkeypatch):
    """CoreLog in German, as a German desktop starts it (the catalogue compiled from
    resources/translations/corelog_de.ts); English again afterwards."""
    from corelog.ui.i18n import install_language
    from translation_files import TRANSLATIONS, compile_ts

    qm = compile_ts(TRANSLATIONS / "corelog_de.ts")
    monkeypatch.setenv("CORELOG_LANGUAGE", "de")
    install_language("system", qm_file=qm)
    yield
    monkeypatch.setenv("CORELOG_LANGUAGE", "en")
    install_language("en")
