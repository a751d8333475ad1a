"""A German user logs core sessions and times planks in German: words, dates and counts."""

from __future__ import annotations

from test_log_core_sessions import log


def test_the_core_tab_speaks_german(german, clock_at, window, store):
    clock_at("2026-12-03 18:00", "Europe/Berlin")  # a Thursday
    log(store, 3, [("bird_dog", "10", None), ("bird_dog", "12", None)], effort=5)
    log(
        store,
        1,
        [("plank", "45", None), ("side_plank", "30", "left"), ("side_plank", "30", "right")],
    )
    window.ctx.bus.announce("core")
    tab = window.show_page("log").open_tab("core")

    assert tab.form.title.text() == "Neue Core-Einheit"
    assert tab.week.label.text() == "Core-Einheiten diese Woche: 2 von 2–3"
    assert tab.model.index(0, 0).data() == "Mi., 2. Dez., 18:00"
    assert tab.model.index(0, 1).data() == "Plank 45 s\nSide plank 1 × 30 s pro Seite"
    assert tab.model.index(1, 1).data() == "Bird dog 10 Wdh., 12 Wdh."

    tab.select(tab.model.record(0).id)
    tab.edit_selected()
    assert tab.form.title.text() == "Bearbeiten: Mi., 2. Dez. 2026, 18:00"
    assert tab.form.save_button.text() == "Änderungen speichern"


def test_the_plank_timer_speaks_german(german, clock_at, window):
    clock_at("2026-12-03 18:00", "Europe/Berlin")
    page = window.show_page("timer")
    assert page.keys_hint.text() == "Leertaste Start · + / − Pause ±5 s"
    assert page.setup_form.sets.text().isdigit()
    assert any(line.startswith("Satz 1 von ") for line in page.display.detail_lines())
