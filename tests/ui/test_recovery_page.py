"""The Recovery page, used as a person would: click the body map, pick values, save, read."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from corelog.domain.timeutil import local_now
from corelog.services import recovery
from corelog.services.recovery import LinkRef, SorenessForm
from corelog.store.models import CoreSession, Run
from corelog.ui.recovery.page import FORM, GUIDANCE, INTRO, RecoveryPage

SHORT_TITLES = {
    "000": "Running and your abs",
    "001": "Muscles running works",
    "002": "Sore abs after running",
    "003": "Core training for runners",
    "004": "Running and muscles",
}


def add_run(store, hours_ago: float, run_type: str = "easy", km: float = 8.0) -> int:
    now = local_now()
    with store.write() as session:
        run = Run(started_at=now - timedelta(hours=hours_ago),
                  utc_offset_min=round(now.utcoffset().total_seconds() / 60),
                  distance_m=km * 1000, duration_s=km * 330, run_type=run_type)
        session.add(run)
        session.flush()
        return run.id


def add_core_session(store, hours_ago: float) -> int:
    with store.write() as session:
        core = CoreSession(started_at=local_now() - timedelta(hours=hours_ago))
        session.add(core)
        session.flush()
        return core.id


def log_directly(store, **changes: object) -> int:
    values: dict[str, object] = {
        "noted_at": local_now() - timedelta(minutes=5), "region": "upper_abs", "severity": 2,
        "feel": "dull", "onset": "delayed", "trend": "improving", "days_lasted": "1",
    }
    values.update(changes)
    checked = recovery.check_entry(store, SorenessForm(**values))  # type: ignore[arg-type]
    return recovery.add_entry(store, checked)


@pytest.fixture
def page(window, qtbot) -> RecoveryPage:
    shown = window.show_page("recovery")
    assert isinstance(shown, RecoveryPage)
    qtbot.waitExposed(shown)
    return shown


def click(qtbot, button: QAbstractButton) -> None:
    """Click a button the way a person does (radio buttons and check boxes near the left)."""
    button.ensurePolished()
    if button.metaObject().className() in ("QRadioButton", "QCheckBox"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_region(qtbot, page: RecoveryPage, region: str) -> None:
    qtbot.mouseClick(page.body_map, Qt.MouseButton.LeftButton,
                     pos=page.body_map.region_point(region))


def fill_in(qtbot, page: RecoveryPage, *, band: str = "mild", feel: str = "dull",
            onset: str = "delayed", trend: str = "improving", days: str = "1",
            swelling: bool = False) -> None:
    form = page.form
    click(qtbot, form.band_buttons[band])
    click(qtbot, form.feel[feel])
    click(qtbot, form.onset[onset])
    click(qtbot, form.trend[trend])
    if swelling:
        click(qtbot, form.swelling)
    form.days_lasted.clear()
    qtbot.keyClicks(form.days_lasted, days)


def text_of(page: RecoveryPage, name: str) -> str:
    widget = page.findChild(QWidget, name)
    assert widget is not None, name
    return widget.text()


def count_entries(store) -> int:
    return store.reader.scalar("SELECT COUNT(*) FROM soreness_entry WHERE deleted_at IS NULL")


# --- logging and reading the advice ----------------------------------------------------------


def test_log_mild_doms_after_a_long_run_and_read_the_advice(qtbot, page, store, window) -> None:
    add_core_session(store, 48)
    run_id = add_run(store, 30, "long", km=24)
    page.refresh()
    assert page.detail.currentIndex() == INTRO

    click_region(qtbot, page, "upper_abs")
    assert page.detail.currentIndex() == FORM
    assert "Upper abs" in page.form.region_label.text()
    assert page.region_list.currentItem().text() == "Upper abs"
    # CoreLog proposes the long run of yesterday as what came before it.
    assert "Long run · 24.0 km" in page.form.link.currentText()
    assert page.form.link_hint.text().startswith("CoreLog proposes")

    fill_in(qtbot, page)
    assert page.form.severity.value() == 2
    qtbot.keyClick(page.form.days_lasted, Qt.Key.Key_Return)

    assert page.detail.currentIndex() == GUIDANCE
    entry = recovery.entries(store)[0]
    assert (entry.region, entry.severity, entry.feel, entry.onset, entry.trend) == (
        "upper_abs", 2, "dull", "delayed", "improving"
    )
    assert entry.run_id == run_id and entry.days_lasted == 1

    assert "Run easy" in text_of(page, "guidanceAction")
    assert "GO EASY" in text_of(page, "guidanceAction")
    kind = text_of(page, "guidanceKind")
    assert "Normal soreness (DOMS)" in kind
    assert "began a day or two after your long run" in kind
    assert "Gentle movement" in text_of(page, "guidanceRelief")
    assert "A long run" in text_of(page, "guidanceCauses")
    assert "Bicycle crunch" in text_of(page, "guidancePrevention")
    assert "not medical advice" in text_of(page, "guidanceNotice")
    assert page.findChild(QWidget, "guidanceRedFlagsCard") is None
    assert "Soreness logged — Ctrl+Z to undo" in window.statusBar().currentMessage()
    # The open entries list shows it with today's advice, and the map marks the region.
    assert page.open_model.rowCount() == 1
    today = page.open_model.index(0, 2)
    assert today.data() == "GO EASY"
    assert today.data(Qt.ItemDataRole.ToolTipRole).startswith("Run easy. Mild soreness (2/10)")
    assert page.body_map.marked_regions() == {"upper_abs"}


def test_every_tip_cites_its_sources(qtbot, page, store) -> None:
    entry_id = log_directly(store, region="obliques_left")
    page.open_entry(entry_id)
    for name in ("guidanceActionText", "guidanceKind", "guidanceRelief", "guidanceCauses",
                 "guidancePrevention", "guidanceRegionFacts"):
        text = text_of(page, name)
        assert "(source: " in text or "(sources: " in text, name
        assert any(f"{sid} · {short}" in text for sid, short in SHORT_TITLES.items()), name
    # The note that this is not medical advice is CoreLog's, and says so.
    notice = page.findChild(QLabel, "guidanceNotice")
    assert "(CoreLog's own words)" in notice.accessibleName()
    assert "(source" not in notice.accessibleName()


def test_a_red_flag_case_puts_the_warning_first_and_says_stop(qtbot, page, store) -> None:
    add_run(store, 3, "intervals")
    page.refresh()
    click_region(qtbot, page, "obliques_left")
    fill_in(qtbot, page, band="moderate", feel="sharp", onset="during", trend="worsening",
            days="0", swelling=True)
    click(qtbot, page.form.save_button)

    assert page.detail.currentIndex() == GUIDANCE
    flags = text_of(page, "guidanceRedFlags")
    for sign in ("Sharp or stabbing pain", "Getting worse", "Swelling or tenderness"):
        assert sign in flags
    assert "You said the pain is sharp or localised." in flags
    # Getting worse calls for a physiotherapist; a warning sign alone would mean stop and rest.
    action = text_of(page, "guidanceAction")
    assert "PHYSIO" in action and "See a physiotherapist" in action
    # The warning card comes before the action card.
    body = page.guidance.body_layout
    order = [body.itemAt(i).widget().objectName() for i in range(body.count())]
    assert order.index("guidanceRedFlagsCard") < order.index("guidanceActionCard")
    relief = page.findChild(QLabel, "guidanceRelief").accessibleName()
    assert "Not yet" in relief and "training through it" in relief
    assert "CoreLog's reading" in relief
    assert "Run easy" not in action
    assert page.open_model.index(0, 2).data() == "PHYSIO"


def test_sharp_pain_alone_says_stop_running_and_rest(qtbot, page, store) -> None:
    add_run(store, 2, "tempo")
    page.refresh()
    click_region(qtbot, page, "lower_back")
    fill_in(qtbot, page, band="moderate", feel="sharp", onset="during", trend="improving",
            days="0")
    click(qtbot, page.form.save_button)
    action = page.findChild(QLabel, "guidanceAction").accessibleName()
    assert action == "What to do today: Stop running and rest"
    assert "STOP" in text_of(page, "guidanceAction")
    text = page.findChild(QLabel, "guidanceActionText").accessibleName()
    assert "The rule behind it: Sharp, stabbing or localised pain" in text
    assert "consider seeing a physiotherapist" in text  # only if it lasts or gets worse
    assert page.open_model.index(0, 2).data() == "STOP"


# --- what the advice rests on, on demand ---------------------------------------------------


def test_from_the_documents_shows_the_sentence_each_line_rests_on(qtbot, page, store) -> None:
    page.open_entry(log_directly(store))
    toggle = page.findChild(QAbstractButton, "guidanceActionQuotes")
    quotes = page.findChild(QLabel, "guidanceActionQuotesText")
    assert toggle.text() == "From the documents" and not quotes.isVisible()
    click(qtbot, toggle)
    assert quotes.isVisible()
    shown = quotes.accessibleName()
    assert shown.startswith("Run easy 002 · Sore abs after running “Mild soreness: Continue")
    assert (
        "“Mild soreness: Continue running at an easy pace or perform low-intensity activities "
        "such as cycling or swimming.”"
    ) in shown
    assert "The rule behind it" in shown
    # The same sentences are the tooltip of the lines they belong to.
    assert "Continue running at an easy pace" in page.findChild(
        QLabel, "guidanceActionText"
    ).toolTip()
    click(qtbot, toggle)
    assert not quotes.isVisible()


def test_corelogs_own_readings_are_labelled_with_the_rule_they_rest_on(qtbot, page, store) -> None:
    page.open_entry(log_directly(store, severity=5))
    text = page.findChild(QLabel, "guidanceActionText").accessibleName()
    assert text.startswith("CoreLog's reading: Moderate soreness (5/10)")
    assert "CoreLog's reading: CoreLog takes an active recovery day to mean no run" in text
    assert "(CoreLog's reading; rule from 002 · Sore abs after running)" in text
    click(qtbot, page.findChild(QAbstractButton, "guidanceActionQuotes"))
    quotes = page.findChild(QLabel, "guidanceActionQuotesText").accessibleName()
    assert "CoreLog's reading Resting on the document's rule: 002 · Sore abs" in quotes
    assert "Moderate soreness: Take an active recovery day" in quotes


def test_the_quotes_are_reached_and_opened_with_the_keyboard(qtbot, page, store) -> None:
    page.open_entry(log_directly(store))
    page.guidance.delete_button.setFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused in page.guidance.quote_toggles():
            reached.append(focused.objectName())
            break
    assert reached == ["guidanceActionQuotes"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.findChild(QLabel, "guidanceActionQuotesText").isVisible()
    # Every cited card has its own toggle, in the order the cards are shown.
    names = [t.objectName() for t in page.guidance.quote_toggles()]
    assert names == [
        "guidanceActionQuotes", "guidanceKindQuotes", "guidanceReliefQuotes",
        "guidanceCausesQuotes", "guidancePreventionQuotes", "guidanceRegionQuotes",
    ]
    for toggle in page.guidance.quote_toggles():
        assert toggle.accessibleName().startswith("From the documents: ")


def test_rich_text_labels_read_as_plain_words(qtbot, page, store) -> None:
    page.open_entry(log_directly(store))
    for name in ("guidanceAction", "guidanceActionText", "guidanceKind", "guidanceRelief",
                 "guidanceNotice"):
        label = page.findChild(QLabel, name)
        spoken = label.accessibleName()
        assert spoken and "<" not in spoken and "&#" not in spoken, name
    assert "Normal soreness (DOMS)" in page.findChild(QLabel, "guidanceKind").accessibleName()


# --- bad input --------------------------------------------------------------------------------


def test_saving_without_a_region_says_so_and_saves_nothing(qtbot, page, store, window) -> None:
    window.findChild(QAction, "actionLogSoreness").trigger()
    assert page.detail.currentIndex() == FORM
    assert page.body_map.hasFocus()
    fill_in(qtbot, page)
    click(qtbot, page.form.save_button)
    error = page.form.errors["region"]
    assert error.isVisible()
    assert error.text() == "Choose where it is sore, on the body map or from the list."
    assert count_entries(store) == 0
    # Picking the region clears the message; then it saves.
    click_region(qtbot, page, "calves")
    assert not error.isVisible()
    click(qtbot, page.form.save_button)
    assert count_entries(store) == 1


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ("-3", "Days can't be negative."),
        ("400", "More than a year? Check the number of days."),
        ("lots", "Enter the number of whole days it has lasted, like 2."),
    ],
)
def test_bad_days_lasted_is_refused_with_a_clear_message(
    qtbot, page, store, days: str, message: str
) -> None:
    click_region(qtbot, page, "shins")
    fill_in(qtbot, page, days=days)
    qtbot.keyClick(page.form.days_lasted, Qt.Key.Key_Return)
    assert page.detail.currentIndex() == FORM
    assert page.form.errors["days_lasted"].isVisible()
    assert page.form.errors["days_lasted"].text() == message
    assert count_entries(store) == 0


def test_every_missing_choice_is_named_at_its_field(qtbot, page, store) -> None:
    click_region(qtbot, page, "glutes")
    click(qtbot, page.form.save_button)
    shown = {name for name, label in page.form.errors.items() if label.isVisible()}
    assert shown == {"severity", "feel", "onset", "trend"}
    assert page.form.errors["feel"].text() == "Choose how it feels: dull or sharp."
    assert count_entries(store) == 0


def test_a_link_to_a_run_deleted_since_gets_a_clear_message(qtbot, page, store) -> None:
    run_id = add_run(store, 20, "hills")
    entry_id = log_directly(store, link=LinkRef("run", run_id))
    with store.write() as session:
        session.get(Run, run_id).deleted_at = local_now()
    page.open_entry(entry_id)
    assert "has been deleted" in text_of(page, "guidanceLinkNote")

    click(qtbot, page.guidance.edit_button)
    assert page.detail.currentIndex() == FORM
    assert page.form.link.currentText().startswith("Deleted run")
    link_error = page.form.errors["link"]
    assert link_error.isVisible()
    assert link_error.text() == (
        "The run this was linked to has been deleted. Pick another one, or none."
    )
    page.form.severity.setValue(5)
    click(qtbot, page.form.save_button)
    assert page.detail.currentIndex() == FORM
    assert recovery.get_entry(store, entry_id).severity == 2  # nothing half-saved

    page.form.link.setCurrentIndex(0)
    page.form.link.activated.emit(0)
    click(qtbot, page.form.save_button)
    assert page.detail.currentIndex() == GUIDANCE
    saved = recovery.get_entry(store, entry_id)
    assert saved.severity == 5 and saved.run_id is None


def test_esc_cancels_the_form_and_saves_nothing(qtbot, page, store) -> None:
    click_region(qtbot, page, "feet")
    fill_in(qtbot, page)
    qtbot.keyClick(page.form.days_lasted, Qt.Key.Key_Escape)
    assert page.detail.currentIndex() == INTRO
    assert count_entries(store) == 0


# --- follow-up, resolve, edit, delete, undo --------------------------------------------------


def test_how_is_it_today_records_a_follow_up_and_updates_the_advice(qtbot, page, store) -> None:
    entry_id = log_directly(store, severity=8, trend="steady")
    page.open_entry(entry_id)
    assert "Rest 48-72 hours" in text_of(page, "guidanceAction")

    click(qtbot, page.guidance.follow_up_button)
    panel = page.guidance.follow_up
    assert panel.isVisible() and panel.severity.value() == 8
    panel.severity.lineEdit().selectAll()
    qtbot.keyClicks(panel.severity, "3")
    click(qtbot, panel.buttons["improving"])

    updates = store.reader.all("SELECT severity, trend FROM soreness_update")
    assert [tuple(u) for u in updates] == [(3, "improving")]
    assert not panel.isVisible()
    assert "Run easy" in text_of(page, "guidanceAction")
    assert "3/10" in text_of(page, "guidanceUpdates")
    assert page.open_model.index(0, 1).data() == "3/10, mild"

    page.ctx.undo_stack.undo()
    assert store.reader.scalar("SELECT COUNT(*) FROM soreness_update") == 0
    assert "Rest 48-72 hours" in text_of(page, "guidanceAction")
    page.ctx.undo_stack.redo()
    assert store.reader.scalar("SELECT COUNT(*) FROM soreness_update") == 1


def test_the_follow_up_shortcut_and_esc(qtbot, page, store) -> None:
    page.open_entry(log_directly(store))
    page.guidance.follow_up_button.setFocus()
    qtbot.keyClick(page.guidance.follow_up_button, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.guidance.follow_up.isVisible()
    qtbot.keyClick(page.guidance.follow_up.severity, Qt.Key.Key_Escape)
    assert not page.guidance.follow_up.isVisible()


def test_resolved_closes_the_entry_and_undo_reopens_it(qtbot, page, store, window) -> None:
    entry_id = log_directly(store)
    page.open_entry(entry_id)
    click(qtbot, page.guidance.resolve_button)
    assert recovery.get_entry(store, entry_id).resolved_at is not None
    assert page.open_model.rowCount() == 0
    assert "resolved" in page.guidance.summary.text()
    assert page.guidance.reopen_button.isVisible()
    assert not page.guidance.follow_up_button.isVisible()
    assert "Marked resolved — Ctrl+Z to undo" in window.statusBar().currentMessage()
    heading = page.findChild(QLabel, "guidanceActionHeading")
    assert heading.text() == "What CoreLog advised while it lasted"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert recovery.get_entry(store, entry_id).resolved_at is None
    assert page.open_model.rowCount() == 1
    heading = page.findChild(QLabel, "guidanceActionHeading")
    assert heading.text() == "What to do today"


def test_delete_and_undo_bring_back_the_same_entry(qtbot, page, store, window) -> None:
    entry_id = log_directly(store)
    uuid = recovery.get_entry(store, entry_id).uuid
    page.open_entry(entry_id)
    click(qtbot, page.guidance.delete_button)
    assert count_entries(store) == 0
    assert page.detail.currentIndex() == INTRO
    assert window.statusBar().currentMessage() == "Soreness entry deleted — Ctrl+Z to undo"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert count_entries(store) == 1
    assert recovery.entries(store)[0].uuid == uuid
    assert page.detail.currentIndex() == GUIDANCE and page.shown_entry() == entry_id


def test_undo_a_new_entry_then_redo_it(qtbot, page, store) -> None:
    click_region(qtbot, page, "quads")
    fill_in(qtbot, page, band="moderate")
    click(qtbot, page.form.save_button)
    entry_id = page.shown_entry()
    assert count_entries(store) == 1
    page.ctx.undo_stack.undo()
    assert count_entries(store) == 0 and page.open_model.rowCount() == 0
    page.ctx.undo_stack.redo()
    assert [e.id for e in recovery.entries(store)] == [entry_id]
    assert page.shown_entry() == entry_id


def test_edit_keeps_the_entry_and_undo_puts_it_back(qtbot, page, store) -> None:
    entry_id = log_directly(store, severity=2)
    uuid = recovery.get_entry(store, entry_id).uuid
    page.open_entry(entry_id)
    click(qtbot, page.guidance.edit_button)
    assert page.form.title.text() == "Edit soreness entry"
    assert page.form.severity.value() == 2 and page.form.feel["dull"].isChecked()
    click(qtbot, page.form.band_buttons["severe"])
    qtbot.keyClick(page.form.days_lasted, Qt.Key.Key_Return)
    edited = recovery.get_entry(store, entry_id)
    assert edited.severity == 8 and edited.uuid == uuid
    assert "Rest 48-72 hours" in text_of(page, "guidanceAction")
    page.ctx.undo_stack.undo()
    assert recovery.get_entry(store, entry_id).severity == 2


DELETED_WHILE_EDITING = "The soreness entry you were editing was deleted."


def _edit_to_severe_then_open_again(qtbot, page, store) -> int:
    entry_id = log_directly(store, severity=2)
    page.open_entry(entry_id)
    click(qtbot, page.guidance.edit_button)
    click(qtbot, page.form.band_buttons["severe"])
    qtbot.keyClick(page.form.days_lasted, Qt.Key.Key_Return)
    click(qtbot, page.guidance.edit_button)
    assert page.form.severity.value() == 8
    return entry_id


def test_an_entry_changed_by_undo_while_it_is_edited_shows_as_it_is_now(
    qtbot, page, store, window
) -> None:
    entry_id = _edit_to_severe_then_open_again(qtbot, page, store)
    window.findChild(QAction, "actionUndo").trigger()  # takes back the severity
    assert recovery.get_entry(store, entry_id).severity == 2
    assert page.form.entry_id == entry_id and page.form.severity.value() == 2


def test_what_was_typed_before_an_undo_elsewhere_stays_and_the_rest_follows(
    qtbot, page, store, window
) -> None:
    entry_id = _edit_to_severe_then_open_again(qtbot, page, store)
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "worse on stairs")
    window.findChild(QAction, "actionUndo").trigger()
    assert page.form.severity.value() == 2
    assert page.form.notes.toPlainText() == "worse on stairs"
    click(qtbot, page.form.save_button)
    saved = recovery.get_entry(store, entry_id)
    assert (saved.severity, saved.notes) == (2, "worse on stairs")


def test_undoing_the_entrys_creation_while_editing_it_empties_the_form(
    qtbot, page, store, window
) -> None:
    click_region(qtbot, page, "quads")
    fill_in(qtbot, page, band="mild")
    click(qtbot, page.form.save_button)
    click(qtbot, page.guidance.edit_button)
    assert page.form.entry_id is not None
    click(qtbot, page.form.band_buttons["severe"])
    window.findChild(QAction, "actionUndo").trigger()  # takes back "Log soreness"
    assert count_entries(store) == 0
    assert page.form.entry_id is None
    assert page.form.title.text() == "Log soreness"
    assert window.statusBar().currentMessage() == DELETED_WHILE_EDITING
    click(qtbot, page.form.save_button)  # an empty form: it asks, it saves nothing
    assert page.form.errors["severity"].isVisible()
    assert count_entries(store) == 0
    assert "saved" not in window.statusBar().currentMessage()


def test_an_entry_deleted_from_history_while_edited_is_not_saved_as_if_alive(
    qtbot, page, store, window
) -> None:
    from corelog.store.history import KIND_SORENESS

    entry_id = log_directly(store, severity=2)
    page.open_entry(entry_id)
    click(qtbot, page.guidance.edit_button)
    click(qtbot, page.form.band_buttons["severe"])
    window.page("history").delete_entry(KIND_SORENESS, entry_id)
    assert page.form.entry_id is None and page.form.title.text() == "Log soreness"
    click(qtbot, page.form.save_button)  # nothing to change any more: it asks for values
    assert page.form.errors["severity"].isVisible()
    assert recovery.get_entry(store, entry_id).severity == 2
    assert count_entries(store) == 0


def test_save_refuses_an_entry_deleted_behind_the_pages_back(qtbot, page, store, window) -> None:
    """Even without the news of the deletion, Save says the entry is gone, never "saved"."""
    entry_id = log_directly(store, severity=2)
    page.open_entry(entry_id)
    click(qtbot, page.guidance.edit_button)
    click(qtbot, page.form.band_buttons["severe"])
    recovery.delete_entry(store, entry_id)  # no announcement on the bus
    click(qtbot, page.form.save_button)
    assert page.form.entry_id is None
    assert window.statusBar().currentMessage() == DELETED_WHILE_EDITING
    deleted = recovery.get_entry(store, entry_id)
    assert deleted.severity == 2 and deleted.deleted_at is not None


# --- regions, history, settings -------------------------------------------------------------


def test_the_region_list_and_the_map_pick_the_same_region(qtbot, page) -> None:
    item = page.region_list.item(list(page.region_names).index("hamstrings"))
    rect = page.region_list.visualItemRect(item)
    qtbot.mouseClick(page.region_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.body_map.selected_region() == "hamstrings"
    assert page.form.region() == "hamstrings"
    page.body_map.setFocus()
    qtbot.keyClick(page.body_map, Qt.Key.Key_Down)
    assert page.region_list.currentItem().text() == "Calves"
    assert page.form.region() == "calves"


def test_region_history_shows_past_episodes_and_opens_them(qtbot, page, store) -> None:
    hills = add_run(store, 24 * 10, "hills")
    first = log_directly(store, region="obliques_left",
                         noted_at=local_now() - timedelta(days=9), link=LinkRef("run", hills))
    recovery.resolve_entry(store, first, at=local_now() - timedelta(days=7))
    second = log_directly(store, region="obliques_left")
    log_directly(store, region="calves")
    click_region(qtbot, page, "obliques_left")
    page.tabs.setCurrentIndex(1)
    assert page.history_model.rowCount() == 2
    assert "2 episodes" in page.history_title.text()
    assert page.history_model.index(1, 3).data() == "hill session"
    assert page.history_model.index(1, 4).data() == "Resolved"
    rect = page.history_view.visualRect(page.history_model.index(1, 0))
    qtbot.mouseClick(page.history_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.shown_entry() == first
    assert "resolved" in page.guidance.summary.text()
    rect = page.history_view.visualRect(page.history_model.index(0, 0))
    qtbot.mouseClick(page.history_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.shown_entry() == second


def test_open_entries_list_opens_the_guidance(qtbot, page, store) -> None:
    first = log_directly(store, region="calves", severity=5)
    log_directly(store, region="shins", feel="sharp")
    page.refresh()
    assert page.open_model.rowCount() == 2
    assert page.open_model.index(0, 0).data() == "Shins"  # warning signs first
    rect = page.open_view.visualRect(page.open_model.index(1, 0))
    qtbot.mouseClick(page.open_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.shown_entry() == first
    assert "Calves" in page.guidance.heading.text()


def test_distances_follow_the_unit_setting(qtbot, page, store) -> None:
    add_run(store, 30, "long", km=16.09)
    page.refresh()
    click_region(qtbot, page, "lower_back")
    assert "16.1 km" in page.form.link.currentText()
    page.ctx.settings.set("units/distance", "mi")
    assert "10.0 mi" in page.form.link.currentText()


def test_changes_elsewhere_refresh_the_page(qtbot, page, store) -> None:
    entry_id = log_directly(store)
    page.ctx.bus.announce("soreness")
    assert page.open_model.rowCount() == 1
    recovery.delete_entry(store, entry_id)
    page.ctx.bus.announce("all")
    assert page.open_model.rowCount() == 0


def test_the_models_obey_qts_rules(qtmodeltester, page, store) -> None:
    log_directly(store, region="obliques_left")
    log_directly(store, region="obliques_left", feel="sharp")
    page.refresh()
    page._set_region("obliques_left")
    qtmodeltester.check(page.open_model)
    qtmodeltester.check(page.history_model)


def test_page_shortcuts_do_not_clash_with_any_other(all_pages_window) -> None:
    seen: dict[str, str] = {}
    in_one_form: list[tuple[str, str]] = []  # such as Ctrl+Enter: one form's, never two
    for action in all_pages_window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString()
            if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
                in_one_form.append((keys, action.objectName()))
                continue
            assert keys not in seen, f"{keys}: {seen.get(keys)} and {action.objectName()}"
            seen[keys] = action.objectName()
    for keys, name in in_one_form:
        assert keys not in seen, f"{keys}: {seen.get(keys)} and {name}"
    assert seen["Ctrl+Shift+S"] == "actionLogSoreness"
    assert seen["Ctrl+4"] == "actionGoRecovery"


def test_logging_works_from_the_keyboard_alone(qtbot, page, store, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.body_map.hasFocus()
    qtbot.keyClick(page.body_map, Qt.Key.Key_Down)
    qtbot.keyClick(page.body_map, Qt.Key.Key_Down)
    assert page.form.region() == "lower_abs"
    qtbot.keyClick(page.body_map, Qt.Key.Key_Tab)
    assert page.region_list.hasFocus()
    qtbot.keyClick(page.region_list, Qt.Key.Key_Tab)
    assert page.form.noted_at.hasFocus()
    # (Tab steps through the date's parts before it leaves the date field.)
    page.form.band_buttons["mild"].setFocus()
    qtbot.keyClick(page.form.band_buttons["mild"], Qt.Key.Key_Space)
    assert page.form.severity.value() == 2
    page.form.severity.setFocus()
    page.form.severity.selectAll()
    qtbot.keyClicks(page.form.severity, "6")
    assert page.form.severity.value() == 6
    assert page.form.band_buttons["moderate"].isChecked()
    assert not page.form.band_buttons["mild"].isChecked()
    for button in (page.form.feel["dull"], page.form.onset["hours"], page.form.trend["steady"]):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.keyClick(page.form.trend["steady"], Qt.Key.Key_Return)
    assert page.detail.currentIndex() == GUIDANCE
    entry = recovery.entries(store)[0]
    assert (entry.region, entry.severity, entry.onset, entry.trend) == (
        "lower_abs", 6, "hours", "steady"
    )


def test_editing_an_entry_logged_abroad_keeps_its_time_and_offset(qtbot, page, store) -> None:
    from datetime import timezone

    tokyo = (local_now() - timedelta(hours=3)).astimezone(timezone(timedelta(hours=9)))
    entry_id = log_directly(store, noted_at=tokyo)
    before = recovery.get_entry(store, entry_id)
    page.open_entry(entry_id)
    click(qtbot, page.guidance.edit_button)
    click(qtbot, page.form.band_buttons["moderate"])
    click(qtbot, page.form.save_button)
    after = recovery.get_entry(store, entry_id)
    assert after.severity == 5
    assert (after.noted_at, after.utc_offset_min) == (before.noted_at, 540)


def test_ctrl_z_right_after_saving_with_enter_undoes_the_save(qtbot, page, store, press) -> None:
    click_region(qtbot, page, "upper_abs")
    fill_in(qtbot, page)
    qtbot.keyClick(page.form.days_lasted, Qt.Key.Key_Return)
    assert page.detail.currentIndex() == GUIDANCE and len(recovery.entries(store)) == 1
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert recovery.entries(store) == []


def test_ctrl_z_while_typing_in_the_form_undoes_the_typing(qtbot, page, store, press) -> None:
    log_directly(store)
    page.refresh()
    click_region(qtbot, page, "lower_back")
    page.form.days_lasted.setFocus()
    qtbot.keyClicks(page.form.days_lasted, "3")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.form.days_lasted.text() == ""
    assert len(recovery.entries(store)) == 1


def test_ctrl_enter_in_the_notes_saves(qtbot, page, store) -> None:
    click_region(qtbot, page, "upper_abs")
    fill_in(qtbot, page)
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "after the hills")
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    assert recovery.entries(store) == []  # Enter starts a new line in the notes
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (entry,) = recovery.entries(store)
    assert entry.notes.startswith("after the hills")
