"""Muscles worked: beside the form as the run type changes, and for a selected saved run."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from corelog.domain.timeutil import local_now
from corelog.services import runs as run_service
from corelog.services.runs import RunDraft


@pytest.fixture
def tab(window):
    window.show_page("log")
    return window.page("log").tab("runs")


def pick(qtbot, combo, key: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != key:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def panel_text(qtbot, tab) -> str:
    qtbot.waitUntil(lambda: not tab.muscles.pending)
    return tab.muscles.shown_text()


def test_an_easy_run_says_what_every_run_works_and_that_the_core_steadies_it(qtbot, tab):
    text = panel_text(qtbot, tab)
    assert "For this run: Easy" in text
    assert "single out no muscles for easy runs" in text
    assert "Quadriceps, Hamstrings, Glutes, Calves" in text
    assert "core steadies your trunk on every stride" in text
    assert "001 · Muscles running works" in text


@pytest.mark.parametrize(
    ("run_type", "race_class", "expected"),
    [
        (
            "hills",
            None,
            ["Calves: Work hardest when running uphill.", "Hamstrings", "Glutes"],
        ),
        ("sprints", None, ["Calves", "Quadriceps", "Hamstrings"]),
        ("race", "5k", ["Hip flexors", "Quadriceps", "A 5K works the hip flexors and quads most."]),
        (
            "race",
            "half",
            ["Quadriceps", "Hamstrings", "half marathon works the quads and hamstrings"],
        ),
    ],
)
def test_the_panel_follows_the_run_type_with_sources(qtbot, tab, run_type, race_class, expected):
    pick(qtbot, tab.form.run_type, run_type)
    if race_class:
        pick(qtbot, tab.form.race_class, race_class)
    text = panel_text(qtbot, tab)
    for words in expected:
        assert words in text
    assert "(sources: " in text and "001 · Muscles running works" in text
    assert "Core:" in text and "steadies your trunk on every stride" in text


def test_hills_name_their_sources_and_only_those(qtbot, tab):
    pick(qtbot, tab.form.run_type, "hills")
    text = panel_text(qtbot, tab)
    assert (
        "(sources: 000 · Running and your abs; 001 · Muscles running works; "
        "002 · Sore abs after running)"
    ) in text
    assert "004 ·" not in text


def test_a_selected_saved_run_shows_its_muscles(ctx, qtbot, tab):
    now = local_now()
    draft = RunDraft(
        started_at=now - timedelta(hours=3),
        distance="5",
        duration="21:58",
        run_type="race",
        race_class="5k",
    )
    run_service.add_run(ctx.store, run_service.check_run(ctx.store, draft, "km", now))
    ctx.bus.announce("runs")
    rect = tab.table.visualRect(tab.model.index(0, 1))
    tab.table.setFocus()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = panel_text(qtbot, tab)
    assert "For the selected run:" in text and "Race · 5K" in text
    assert "Hip flexors" in text
    # Back in the form, the panel follows the form again.
    tab.form.distance.setFocus()
    text = panel_text(qtbot, tab)
    assert "For this run: Easy" in text


def test_the_panel_shows_the_run_being_edited(ctx, qtbot, tab):
    now = local_now()
    draft = RunDraft(
        started_at=now - timedelta(hours=3), distance="8", duration="44:00", run_type="sprints"
    )
    run_id = run_service.add_run(ctx.store, run_service.check_run(ctx.store, draft, "km", now))
    tab.reload()
    tab.form.edit_run(run_service.get_run(ctx.store, run_id))
    text = panel_text(qtbot, tab)
    assert "For the run you are editing: Sprints" in text


def test_the_knowledge_base_is_read_after_the_page_is_built(ctx, qtbot):
    from corelog.ui.log.runs_tab import RunsTab

    tab = RunsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.muscles.pending and tab.muscles.text.text() == ""
    qtbot.waitUntil(lambda: "Core:" in tab.muscles.shown_text())


def test_in_a_narrow_window_the_muscles_move_below_the_list(window, qtbot, tab):
    window.resize(1180, 760)
    qtbot.waitUntil(tab.muscles_beside)
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: not tab.muscles_beside())
    qtbot.waitUntil(lambda: tab.muscles.width() > 400)  # the whole width below the list
    window.resize(1180, 760)
    qtbot.waitUntil(tab.muscles_beside)
