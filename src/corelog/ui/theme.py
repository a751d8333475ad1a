"""Light and dark looks for CoreLog (Fusion style with our own palettes).

``apply_theme`` is called at start-up and whenever the Theme preference changes;
charts and custom-painted widgets ask ``colors()`` for the current colours.

Every colour drawn as text meets WCAG AA (4.5:1) on the backgrounds it is drawn on, in
both themes (tests/ui/test_theme_contrast.py computes the ratios).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class ThemeColors:
    dark: bool
    window: str
    base: str
    text: str
    muted: str
    accent: str
    good: str
    warn: str
    danger: str
    grid: str
    sidebar: str
    card: str
    highlight: str
    """The background of selected items (lists, tables, the sidebar)."""
    highlighted_text: str
    """Text on ``highlight``."""
    ink: str
    """Text on a solid accent or action colour (badges, a chosen range button)."""
    focus: str
    """The keyboard focus ring (ui/focus_ring.py): 3:1 or more against every surface."""


LIGHT = ThemeColors(
    dark=False,
    window="#f4f6f8",
    base="#ffffff",
    text="#1d2329",
    muted="#5f6b76",
    accent="#1f7a8c",
    good="#2b7d3c",
    warn="#9c5d00",
    danger="#c0392b",
    grid="#d5dbe1",
    sidebar="#e6ebef",
    card="#ffffff",
    highlight="#1f7a8c",
    highlighted_text="#ffffff",
    ink="#ffffff",
    focus="#1f7a8c",
)
DARK = ThemeColors(
    dark=True,
    window="#1e2328",
    base="#262c32",
    text="#e8ecef",
    muted="#a6b1bb",  # 4.5:1 on a raised button too (the Today page's shortcut hints)
    accent="#4fb3c8",
    good="#5cc472",
    warn="#e0a030",
    danger="#f27a6b",
    grid="#3a424a",
    sidebar="#181c20",
    card="#2a3137",
    # White on the bright accent would be hard to read: selections use a deeper teal.
    highlight="#1d7587",
    highlighted_text="#ffffff",
    ink="#1e2328",
    focus="#4fb3c8",
)

_current = LIGHT

DESIGN_PT = 9.0
"""The application font size CoreLog's looks were drawn at."""


def text_scale() -> float:
    """The user's text size against the one CoreLog was drawn at: 1.5 for 150 % text."""
    app = QApplication.instance()
    base = app.font().pointSizeF() if isinstance(app, QApplication) else DESIGN_PT
    return (base if base > 0 else DESIGN_PT) / DESIGN_PT


def scaled(pixels: int) -> int:
    """A width drawn for the usual text size, for the user's: wider with larger text."""
    return round(pixels * max(1.0, text_scale()))


def font_pt(design_pt: float) -> float:
    """The size, in points, for text drawn at ``design_pt`` beside a 9 pt body: the same
    proportion of the application font, so titles and badges grow with the user's text
    size (a desktop set to 150 % gets 150 % titles too)."""
    return round(design_pt * text_scale(), 1)


def colors() -> ThemeColors:
    return _current


def _system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> ThemeColors:
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    return DARK if _system_prefers_dark() else LIGHT


def _palette(c: ThemeColors) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(c.window))
    pal.setColor(role.WindowText, QColor(c.text))
    pal.setColor(role.Base, QColor(c.base))
    pal.setColor(role.AlternateBase, QColor(c.window))
    pal.setColor(role.Text, QColor(c.text))
    pal.setColor(role.Button, QColor(c.card))
    pal.setColor(role.ButtonText, QColor(c.text))
    pal.setColor(role.Highlight, QColor(c.highlight))
    pal.setColor(role.HighlightedText, QColor(c.highlighted_text))
    pal.setColor(role.ToolTipBase, QColor(c.card))
    pal.setColor(role.ToolTipText, QColor(c.text))
    pal.setColor(role.PlaceholderText, QColor(c.muted))
    pal.setColor(role.Link, QColor(c.accent))
    pal.setColor(role.LinkVisited, QColor(c.accent))
    pal.setColor(role.Mid, QColor(c.grid))
    pal.setColor(role.Midlight, QColor(c.grid))
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(c.muted))
    return pal


def stylesheet(c: ThemeColors) -> str:
    return f"""
    QListWidget#navSidebar {{
        background: {c.sidebar};
        border: none;
        padding-top: 8px;
        font-size: {font_pt(11)}pt;
        outline: 0;
    }}
    QListWidget#navSidebar::item {{
        padding: 9px 12px;
        border-radius: 6px;
        margin: 1px 6px;
    }}
    QListWidget#navSidebar::item:selected {{
        background: {c.highlight};
        color: {c.highlighted_text};
    }}
    QLabel[role="pageTitle"] {{
        font-size: {font_pt(18)}pt;
        font-weight: 600;
    }}
    QLabel[role="muted"] {{
        color: {c.muted};
    }}
    QLabel[role="fieldError"] {{
        color: {c.danger};
    }}
    QLabel[role="sectionTitle"] {{
        font-size: {font_pt(12)}pt;
        font-weight: 600;
    }}
    QFrame[role="card"] {{
        background: {c.card};
        border: 1px solid {c.grid};
        border-radius: 8px;
    }}
    """


def apply_theme(app: QApplication, theme: str) -> ThemeColors:
    global _current
    _current = resolve(theme)
    app.setStyle("Fusion")
    app.setPalette(_palette(_current))
    app.setStyleSheet(stylesheet(_current))
    return _current
