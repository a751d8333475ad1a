"""At 150 % text (a desktop set to large text) nothing is cut off, on any page or dialog.

The application font is made half as large again before the window opens, as the
desktop's text size does; the theme's titles and badges grow with it (theme.font_pt).
The window is as small as it lets itself be: as tall as at the usual text size (pages
scroll down) and half as wide again (``main_window.minimum_size``). The tour
(every_view.py) then checks each page, state and dialog for a label, button or text
field its parents do not show whole, the same check as tests/ui/test_layout_fits.py
makes at the usual text size.
"""

from __future__ import annotations

import pytest
from every_view import Tour
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from test_layout_fits import clipped

from corelog.ui import theme

SCALE = 1.5


@pytest.fixture
def large_text(qapp):
    normal = QFont(qapp.font())
    larger = QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * SCALE)
    qapp.setFont(larger)
    theme.apply_theme(qapp, "light")  # the style sheet's sizes follow the font
    yield larger
    qapp.setFont(normal)
    theme.apply_theme(qapp, "light")


@pytest.fixture
def large_window(large_text, ctx, qtbot, monkeypatch):
    from corelog.ui import main_window
    from corelog.ui.main_window import MainWindow

    monkeypatch.setattr(main_window, "screen_width", lambda: 1920)  # a desktop's screen

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(100, 100)  # as small as the window lets itself be
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def cut_off(_view: str, top) -> list[str]:
    return clipped(top)


def test_nothing_is_cut_off_at_150_percent_text(large_window, qtbot, tmp_path):
    assert large_window.font().pointSizeF() == pytest.approx(9 * SCALE, abs=1.5)
    qtbot.waitUntil(lambda: large_window.size() == large_window.minimumSize())
    assert large_window.minimumSize() == QSize(1320, 600)
    problems = Tour(large_window, qtbot, tmp_path).visit(cut_off)
    assert problems == [], "\n".join(problems)


def test_titles_grow_with_the_text(large_text):
    assert theme.font_pt(18) == pytest.approx(18 * large_text.pointSizeF() / theme.DESIGN_PT)
    assert f"font-size: {theme.font_pt(18)}pt" in theme.stylesheet(theme.LIGHT)


def test_the_window_never_outgrows_the_screen(large_text, monkeypatch):
    from corelog.ui import main_window

    monkeypatch.setattr(main_window, "screen_width", lambda: 1024)
    assert main_window.minimum_size() == QSize(1024, 600)
    monkeypatch.setattr(main_window, "screen_width", lambda: 640)
    assert main_window.minimum_size() == QSize(880, 600)
