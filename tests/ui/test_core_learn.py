"""Learn the core: document 002's muscle table linked to exercises, and the engagement cue."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from corelog.knowledge import get_knowledge
from corelog.ui.core.learn import LearnCoreView


@pytest.fixture
def view(qtbot):
    widget = LearnCoreView()
    qtbot.addWidget(widget)
    widget.resize(1040, 900)
    widget.show()
    return widget


def texts(view) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_the_five_muscles_in_the_documents_order(view):
    assert [row.muscle.name for row in view.rows] == [
        "Rectus abdominis",
        "Obliques",
        "Transverse abdominis",
        "Hip flexors",
        "Erector spinae",
    ]
    shown = texts(view)
    for row in view.rows:
        assert row.function in shown and row.when_weak in shown
    assert "(source: 002 · Sore abs after running)" in shown


def test_each_muscle_links_the_exercises_that_train_it(view):
    links = {
        row.muscle.key: label.text() for row, label in zip(view.rows, view.link_labels, strict=True)
    }
    assert 'href="side_plank"' in links["obliques"]
    assert 'href="plank"' in links["transverse_abdominis"]
    assert 'href="dead_bug"' in links["transverse_abdominis"]
    assert 'href="bird_dog"' in links["erector_spinae"]
    assert 'href="glute_bridge"' in links["hip_flexors"]
    assert all(
        label.accessibleName().startswith("Exercises that train") for label in view.link_labels
    )


def test_following_a_link_shows_how_to_do_the_exercise(view, qtbot):
    assert not view.details.name.isVisible()
    with qtbot.waitSignal(view.sig_exercise_chosen) as chosen:
        view.link_labels[2].linkActivated.emit("plank")
    assert chosen.args == ["plank"]
    plank = get_knowledge().exercise("plank")
    assert view.details.name.text() == "Plank"
    assert plank.cue in view.details.body.text()
    assert "30-60 s" in view.details.body.text()
    assert view.details.sources.text() == (
        "(sources: 002 · Sore abs after running; 003 · Core training for runners)"
    )


def test_the_engagement_cue_with_its_sources(view):
    cue = get_knowledge().core.engagement_cue
    shown = texts(view)
    assert cue.summary in shown
    for step in cue.steps:
        assert step.text in shown
    assert "(sources: 000 · Running and your abs; 002 · Sore abs after running)" in shown


def test_opened_from_the_core_tab(window, qtbot):
    tab = window.show_page("log").open_tab("core")
    qtbot.mouseClick(tab.learn_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(tab.learn_dialog)  # closed when the test ends
    assert tab.learn_dialog.isVisible()
    assert tab.learn_dialog.view.objectName() == "learnCoreView"
