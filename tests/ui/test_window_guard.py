"""The check after each GUI test (window_guard.py) names a window the test left on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget
from window_guard import check_windows, visible_windows

UI_CONFTEST = Path(__file__).with_name("conftest.py")


def test_a_window_left_on_screen_is_named_and_put_away(qtbot):
    left = QDialog()
    left.setObjectName("leftOpen")
    left.setWindowTitle("Shoes")
    left.show()
    gone = []
    left.destroyed.connect(lambda: gone.append(True))

    problem = check_windows()

    assert problem is not None
    assert "QDialog (leftOpen) titled 'Shoes'" in problem
    qtbot.waitUntil(lambda: gone == [True])  # hidden and deleted: the next test starts clean
    assert check_windows() is None


def test_a_tooltip_is_not_counted_as_a_window_left_open(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    QToolTip.showText(owner.mapToGlobal(QPoint(5, 5)), "Distance in km", owner)
    qtbot.waitUntil(QToolTip.isVisible)

    assert [type(w).__name__ for w in visible_windows()] == ["QWidget"]
    QToolTip.hideText()


def test_a_test_that_leaves_a_window_open_errors_and_the_next_starts_clean(pytester):
    """Through pytest-qt's teardown, as in the suite: registered windows are closed first."""
    pytester.makeconftest(UI_CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(
        test_leak="""
        from PySide6.QtWidgets import QApplication, QDialog, QWidget

        kept = []

        def test_leaves_a_dialog_open(qtbot):
            dialog = QDialog()
            dialog.setObjectName("shoesDialog")
            dialog.show()
            kept.append(dialog)

        def test_closes_what_it_registered(qtbot):
            window = QWidget()
            qtbot.addWidget(window)
            window.show()

        def test_starts_with_no_window_on_screen(qtbot):
            assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
        """
    )

    result = pytester.runpytest("-p", "no:cacheprovider")

    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_leaves_a_dialog_open*",
            "*1 window(s) still on screen after the test: QDialog (shoesDialog)*",
        ]
    )
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
