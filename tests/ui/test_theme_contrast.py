"""Text is readable in both themes: every text/background pair meets WCAG AA.

The ratios are computed with WCAG 2's relative luminance from the palette the application
really gets (after ``apply_theme``), and from the theme colours drawn as text.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from corelog.ui import theme

AA = 4.5
"""WCAG AA for normal text."""
AA_HINT = 3.0
"""Placeholder text is a hint, not content: WCAG's 3:1 for it."""

R = QPalette.ColorRole
PALETTE_PAIRS = [
    (R.Text, R.Base, AA),
    (R.Text, R.AlternateBase, AA),
    (R.WindowText, R.Window, AA),
    (R.HighlightedText, R.Highlight, AA),
    (R.ButtonText, R.Button, AA),
    (R.ToolTipText, R.ToolTipBase, AA),
    (R.PlaceholderText, R.Base, AA_HINT),
    (R.Link, R.Base, AA),
    (R.LinkVisited, R.Base, AA),
]


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    return (
        0.2126 * _linear(color.redF())
        + 0.7152 * _linear(color.greenF())
        + 0.0722 * _linear(color.blueF())
    )


def contrast(first: QColor | str, second: QColor | str) -> float:
    lighter, darker = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    # The colours the dark theme used to select with: white on #4fb3c8.
    assert contrast("#ffffff", "#4fb3c8") < AA


@pytest.fixture(params=["light", "dark"])
def applied(request, qapp):
    """The theme as the application gets it; the light look is put back afterwards."""
    colors = theme.apply_theme(qapp, request.param)
    yield qapp.palette(), colors
    theme.apply_theme(qapp, "light")


@pytest.mark.parametrize(
    ("text", "background", "needed"),
    PALETTE_PAIRS,
    ids=[f"{t.name}-on-{b.name}" for t, b, _ in PALETTE_PAIRS],
)
def test_palette_roles_drawn_together_are_readable(applied, text, background, needed):
    palette, colors = applied
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ratio = contrast(palette.color(group, text), palette.color(group, background))
        assert ratio >= needed, (
            f"{'dark' if colors.dark else 'light'} theme, {group.name}: "
            f"{palette.color(group, text).name()} on {palette.color(group, background).name()}"
            f" is {ratio:.2f}:1"
        )


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_coloured_text_is_readable_on_every_surface(look):
    """Muted captions, links, warnings and good news go on the window, fields and cards."""
    problems = []
    for name in ("text", "muted", "accent", "good", "warn", "danger"):
        for surface in ("window", "base", "card"):
            ratio = contrast(getattr(look, name), getattr(look, surface))
            if ratio < AA:
                problems.append(f"{name} on {surface}: {ratio:.2f}:1")
    ratio = contrast(look.text, look.sidebar)
    if ratio < AA:
        problems.append(f"text on sidebar: {ratio:.2f}:1")
    assert problems == []


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_the_focus_ring_stands_out_from_every_surface(look):
    """WCAG's 3:1 for a focus indicator, on everything the ring is drawn on."""
    surfaces = ("window", "base", "card", "sidebar", "grid")
    ratios = {s: contrast(look.focus, getattr(look, s)) for s in surfaces}
    assert all(ratio >= AA_HINT for ratio in ratios.values()), ratios


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_badges_and_the_chosen_sidebar_page_are_readable(look):
    """Words on a solid colour: badges (GO EASY, STOP, NEW), a chosen range, the sidebar."""
    problems = []
    for name in ("accent", "good", "warn", "danger"):
        ratio = contrast(look.ink, getattr(look, name))
        if ratio < AA:
            problems.append(f"ink on {name}: {ratio:.2f}:1")
    assert contrast(look.highlighted_text, look.highlight) >= AA
    assert f"background: {look.highlight};" in theme.stylesheet(look)
    assert problems == []


# ------------------------------------------------------------ every page's real widgets


def contrast_problems(_view: str, top) -> list[str]:
    from contrast_check import page_problems

    return page_problems(top)


@pytest.mark.parametrize("look", ["light", "dark"])
def test_every_text_of_every_page_and_dialog_is_readable(window, qtbot, tmp_path, qapp, look):
    """Labels, buttons, tabs and list cells as they really show, in each theme chosen in
    Settings (the pages restyle as they do for the user)."""
    from every_view import Tour

    window.ctx.settings.set("appearance/theme", look)
    theme.apply_theme(qapp, look)
    window.ctx.settings.sig_changed.emit("appearance/theme")
    try:
        problems = Tour(window, qtbot, tmp_path).visit(contrast_problems)
    finally:
        theme.apply_theme(qapp, "light")
    assert problems == [], "\n".join(problems)


def test_the_page_check_sees_grey_on_grey(qtbot):
    from contrast_check import page_problems
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    box.setStyleSheet("background: #ffffff;")
    layout = QVBoxLayout(box)
    pale = QLabel("Pale words")
    pale.setStyleSheet("color: #aaaaaa;")
    badge = QLabel('<span style="background:#2b7d3c; color:#3a8a4a">&nbsp;GO&nbsp;</span> ok')
    button = QPushButton("Faint")
    button.setStyleSheet("color: #bbbbbb; background: #ffffff; border: 1px solid #000;")
    fine = QLabel("Dark words")
    fine.setStyleSheet("color: #222222;")
    for widget in (pale, badge, button, fine):
        layout.addWidget(widget)
    box.show()
    qtbot.waitExposed(box)
    found = page_problems(box)
    assert any("Pale words" in p for p in found)
    assert any("#3a8a4a on #2b7d3c" in p for p in found)
    assert any("Faint" in p for p in found)
    assert not any("Dark words" in p for p in found)
