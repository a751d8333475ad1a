"""Every control of every page and dialog tells assistive technology what it is.

The tour (every_view.py) opens each page, state and dialog; on each, every widget the
Tab key can reach must have an accessible name in words, a combo box must be labelled
for Linux screen readers too, a text field must say what may be typed, and two controls
of one window with the same name must tell themselves apart by their descriptions.
Every problem is named, with the view and the widget's objectName.
"""

from __future__ import annotations

from collections import defaultdict

from accessible import (
    describe,
    description_of,
    focusable_controls,
    markup_in,
    name_of,
    naming_problems,
)
from every_view import Tour
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from corelog.ui.accessibility import label_combo, plain_words, shows_rich_text, speak_plainly


def unnamed_controls(_view: str, top: QWidget) -> list[str]:
    problems = []
    shown = [w for w in focusable_controls(top) if w.isVisible()]
    for widget in focusable_controls(top):
        problems.extend(f"{describe(widget)} {problem}" for problem in naming_problems(widget))
    alike: dict[tuple[str, str], list[QWidget]] = defaultdict(list)
    for widget in shown:
        alike[(name_of(widget), description_of(widget))].append(widget)
    for (name, _description), widgets in alike.items():
        if name and len(widgets) > 1:
            which = ", ".join(describe(w) for w in widgets)
            problems.append(f"{which} are all named {name!r} and not told apart")
    return problems


def test_every_control_of_every_page_and_dialog_is_named(window, qtbot, tmp_path):
    problems = Tour(window, qtbot, tmp_path).visit(unnamed_controls)
    assert problems == [], "\n".join(problems)


def rich_text_read_out(_view: str, top: QWidget) -> list[str]:
    """Labels drawing rich text, and every control: no markup in what is read out."""
    problems = []
    for label in top.findChildren(QLabel):
        if shows_rich_text(label) or label.toolTip():
            problems.extend(f"{describe(label)} {p}" for p in markup_in(label))
    for widget in focusable_controls(top):
        problems.extend(f"{describe(widget)} {p}" for p in markup_in(widget))
    return problems


def test_rich_text_labels_give_plain_words(window, qtbot, tmp_path):
    problems = Tour(window, qtbot, tmp_path).visit(rich_text_read_out)
    assert problems == [], "\n".join(problems)


def test_the_checks_find_what_a_screen_reader_would_miss(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    field = QLineEdit(box)
    combo = QComboBox(box)
    combo.addItems(["Any run type", "Easy"])
    label = QLabel("<b>5:30</b> /km", box)
    label.setToolTip("<p>Pace from <i>distance</i> and time</p>")
    assert "has no accessible name" in " ".join(naming_problems(field))
    assert "does not say what may be typed" in " ".join(naming_problems(field))
    assert any("label relation" in p for p in naming_problems(combo))
    assert any("description" in p for p in markup_in(label))

    field.setAccessibleName("Distance")
    field.setPlaceholderText("5, 5.2 km, 3.1 mi")
    label_combo(combo, "Run type")
    speak_plainly(label)
    assert naming_problems(field) == naming_problems(combo) == []
    assert markup_in(label) == []
    assert description_of(label) == "Pace from distance and time"
    assert name_of(combo) == "Run type"


def test_plain_words_keep_the_words_and_drop_the_markup():
    assert plain_words("<b>GO EASY</b> &nbsp;Easy run") == "GO EASY Easy run"
    assert plain_words("<p>One</p><p>Two &amp; three</p>") == "One Two & three"
    assert plain_words("5 < 6 and plain") == "5 < 6 and plain"
