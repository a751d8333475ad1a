"""Logging soreness: checking the form, proposing what came before it, saving, following up."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from corelog.domain.validation import Invalid
from corelog.services import recovery
from corelog.services.recovery import FollowUpForm, LinkRef, SorenessForm
from corelog.store.models import CoreSession, Run

TZ = timezone(timedelta(hours=2))
NOW = datetime(2025, 5, 10, 19, 0, tzinfo=TZ)


def add_run(store, hours_ago: float, run_type: str = "easy", km: float = 8.0,
            deleted: bool = False) -> int:
    with store.write() as session:
        run = Run(started_at=NOW - timedelta(hours=hours_ago), utc_offset_min=120,
                  distance_m=km * 1000, duration_s=km * 330, run_type=run_type,
                  deleted_at=NOW if deleted else None)
        session.add(run)
        session.flush()
        return run.id


def add_session(store, hours_ago: float, deleted: bool = False) -> int:
    with store.write() as session:
        core = CoreSession(started_at=NOW - timedelta(hours=hours_ago), utc_offset_min=120,
                           deleted_at=NOW if deleted else None)
        session.add(core)
        session.flush()
        return core.id


def form(**changes: object) -> SorenessForm:
    values: dict[str, object] = {
        "noted_at": NOW,
        "region": "upper_abs",
        "severity": 2,
        "feel": "dull",
        "onset": "delayed",
        "trend": "improving",
        "swelling": False,
        "days_lasted": "1",
        "link": None,
        "notes": "",
    }
    values.update(changes)
    return SorenessForm(**values)  # type: ignore[arg-type]


def save(store, **changes: object) -> int:
    values = recovery.check_entry(store, form(**changes), now=NOW)
    assert not isinstance(values, Invalid), values
    return recovery.add_entry(store, values)


def count(store) -> int:
    return store.reader.scalar("SELECT COUNT(*) FROM soreness_entry")


# --- bad input: a clear message at the field, nothing saved --------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"region": None}, "region", "Choose where it is sore, on the body map or from the list."),
        ({"region": "elbow"}, "region", "Choose a body region from the map or the list."),
        ({"days_lasted": "-2"}, "days_lasted", "Days can't be negative."),
        ({"days_lasted": "400"}, "days_lasted", "More than a year? Check the number of days."),
        ({"days_lasted": "a week"}, "days_lasted",
         "Enter the number of whole days it has lasted, like 2."),
        ({"severity": None}, "severity", "Choose how bad it is, from 0 to 10."),
        ({"severity": "11"}, "severity", "Severity is a whole number from 0 to 10."),
        ({"feel": None}, "feel", "Choose how it feels: dull or sharp."),
        ({"onset": None}, "onset", "Choose when it began."),
        ({"trend": None}, "trend", "Choose how it is changing."),
        ({"noted_at": NOW + timedelta(days=3)}, "noted_at",
         "That is more than a day in the future; check the date and time."),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(
    store, changes: dict[str, object], field: str, message: str
) -> None:
    result = recovery.check_entry(store, form(**changes), now=NOW)
    assert isinstance(result, Invalid)
    assert result.errors == {field: message}
    assert count(store) == 0


def test_every_problem_is_reported_at_once(store) -> None:
    result = recovery.check_entry(
        store, form(region=None, days_lasted="-1", feel=None), now=NOW
    )
    assert isinstance(result, Invalid)
    assert set(result.errors) == {"region", "days_lasted", "feel"}


def test_a_link_to_a_deleted_run_is_refused_with_a_clear_message(store) -> None:
    run_id = add_run(store, 20, deleted=True)
    result = recovery.check_entry(store, form(link=LinkRef("run", run_id)), now=NOW)
    assert isinstance(result, Invalid)
    assert result.errors == {
        "link": "The run this was linked to has been deleted. Pick another one, or none."
    }
    assert count(store) == 0


def test_a_link_to_a_deleted_core_session_is_refused(store) -> None:
    session_id = add_session(store, 20, deleted=True)
    result = recovery.check_entry(
        store, form(link=LinkRef("core_session", session_id), region=None), now=NOW
    )
    assert isinstance(result, Invalid)
    assert "core session this was linked to has been deleted" in result.errors["link"]
    assert "region" in result.errors


def test_a_run_after_the_soreness_cannot_be_what_came_before_it(store) -> None:
    run_id = add_run(store, 2)
    result = recovery.check_entry(
        store, form(link=LinkRef("run", run_id), noted_at=NOW - timedelta(hours=5)), now=NOW
    )
    assert isinstance(result, Invalid)
    assert result.errors == {"link": recovery.LINK_AFTER_ENTRY_MESSAGE}


def test_a_run_deleted_between_check_and_save_is_refused_by_the_store(store) -> None:
    run_id = add_run(store, 20)
    values = recovery.check_entry(store, form(link=LinkRef("run", run_id)), now=NOW)
    with store.write() as session:
        session.get(Run, run_id).deleted_at = NOW
    with pytest.raises(recovery.LinkError):
        recovery.add_entry(store, values)
    assert count(store) == 0


# --- what came before it ---------------------------------------------------------------------


def test_the_latest_run_or_session_in_72_hours_is_proposed(store) -> None:
    assert recovery.propose_link(store, NOW) is None
    add_run(store, 80, "long")
    assert recovery.propose_link(store, NOW) is None
    hills = add_run(store, 30, "hills")
    proposal = recovery.propose_link(store, NOW)
    assert proposal is not None and proposal.ref == LinkRef("run", hills)
    assert proposal.words == "Hill session"
    assert proposal.started_at == NOW - timedelta(hours=30)
    core = add_session(store, 10)
    proposal = recovery.propose_link(store, NOW)
    assert proposal.ref == LinkRef("core_session", core) and proposal.words == "Core session"
    add_run(store, 5, deleted=True)
    assert recovery.propose_link(store, NOW).ref == LinkRef("core_session", core)


def test_choices_are_the_last_two_weeks_newest_first_plus_the_current_link(store) -> None:
    old = add_run(store, 24 * 20, "long")
    week = add_run(store, 24 * 7, "tempo")
    day = add_run(store, 24)
    session = add_session(store, 12)
    refs = [c.ref for c in recovery.link_choices(store, NOW)]
    assert refs == [LinkRef("core_session", session), LinkRef("run", day), LinkRef("run", week)]
    with store.write() as db_session:
        db_session.get(Run, old).deleted_at = NOW
    choices = recovery.link_choices(store, NOW, current=LinkRef("run", old))
    assert choices[-1].ref == LinkRef("run", old) and choices[-1].deleted


# --- saving, editing, deleting, resolving ---------------------------------------------------


def test_a_checked_entry_is_saved_with_its_link_and_local_offset(store) -> None:
    run_id = add_run(store, 30, "long", km=24)
    entry_id = save(store, link=LinkRef("run", run_id), notes="after the long run")
    entry = recovery.get_entry(store, entry_id)
    assert entry.run_id == run_id and entry.core_session_id is None
    assert entry.utc_offset_min == 120
    assert entry.noted_at == NOW and entry.days_lasted == 1
    assert entry.notes == "after the long run"


def test_empty_days_lasted_means_it_began_today(store) -> None:
    entry_id = save(store, days_lasted="")
    assert recovery.get_entry(store, entry_id).days_lasted == 0


def test_edit_then_put_back_the_old_values(store) -> None:
    entry_id = save(store)
    before = recovery.entry_values(store, entry_id)
    changed = recovery.check_entry(store, form(severity=6, region="calves"), now=NOW)
    recovery.change_entry(store, entry_id, changed)
    assert recovery.get_entry(store, entry_id).region == "calves"
    recovery.change_entry(store, entry_id, before, check_links=False)
    assert recovery.entry_values(store, entry_id) == before


def test_deleted_entries_leave_every_list_and_come_back(store) -> None:
    entry_id = save(store)
    recovery.delete_entry(store, entry_id)
    assert recovery.entries(store) == []
    assert recovery.open_entries_with_advice(store, now=NOW) == []
    assert recovery.region_history(store, "upper_abs", now=NOW) == []
    recovery.restore_entry(store, entry_id)
    assert [e.id for e in recovery.entries(store)] == [entry_id]


def test_resolved_entries_leave_the_open_list(store) -> None:
    entry_id = save(store)
    assert [o.entry.id for o in recovery.open_entries_with_advice(store, now=NOW)] == [entry_id]
    recovery.resolve_entry(store, entry_id, at=NOW + timedelta(days=1))
    assert recovery.open_entries_with_advice(store, now=NOW + timedelta(days=1)) == []
    assert recovery.get_entry(store, entry_id).resolved_at is not None
    recovery.reopen_entry(store, entry_id)
    assert len(recovery.open_entries_with_advice(store, now=NOW)) == 1


# --- follow-ups -----------------------------------------------------------------------------


def test_follow_up_checks_its_fields(store) -> None:
    entry_id = save(store)
    result = recovery.check_follow_up(
        store, entry_id, FollowUpForm(severity=None, trend=None), now=NOW
    )
    assert isinstance(result, Invalid)
    assert set(result.errors) == {"severity", "trend"}
    early = recovery.check_follow_up(
        store, entry_id,
        FollowUpForm(severity=2, trend="steady", noted_at=NOW - timedelta(days=1)), now=NOW,
    )
    assert isinstance(early, Invalid) and early.errors == {
        "noted_at": recovery.FOLLOW_UP_BEFORE_ENTRY_MESSAGE
    }


def test_a_follow_up_becomes_the_current_state(store) -> None:
    entry_id = save(store, severity=8, trend="steady", days_lasted="0")
    later = NOW + timedelta(days=1)
    values = recovery.check_follow_up(
        store, entry_id, FollowUpForm(severity=3, trend="improving"), now=later
    )
    update_id = recovery.add_follow_up(store, entry_id, values)
    [item] = recovery.open_entries_with_advice(store, now=later)
    assert (item.state.severity, item.state.trend, item.state.days_lasted) == (3, "improving", 1)
    assert item.checked_today
    uuid = recovery.follow_up_uuid(store, entry_id, update_id)
    recovery.remove_follow_up(store, update_id)
    [item] = recovery.open_entries_with_advice(store, now=later)
    assert item.state.severity == 8 and not item.checked_today
    recovery.add_follow_up(store, entry_id, values, uuid=uuid)
    assert recovery.build_guidance(store, entry_id, now=later).updates[-1].uuid == uuid


def test_open_entries_put_warning_signs_first(store) -> None:
    mild = save(store, noted_at=NOW - timedelta(hours=1))
    sharp = save(store, noted_at=NOW - timedelta(hours=3), feel="sharp", region="calves")
    newest = save(store, region="quads", severity=5)
    items = recovery.open_entries_with_advice(store, now=NOW)
    assert [i.entry.id for i in items] == [sharp, newest, mild]
    assert items[0].has_red_flags and items[0].action == "stop_rest"
    assert items[0].action_name == "Stop running and rest"
    assert items[0].rule is not None and items[0].rule.key == "stabbing_or_swelling"
    assert items[1].action == "active_recovery" and items[2].action == "run_easy"
    assert items[1].region_name == "Quads (front of thighs)"


def test_region_history_lists_episodes_newest_first(store) -> None:
    hills = add_run(store, 24 * 9, "hills")
    first = save(store, region="obliques_left", noted_at=NOW - timedelta(days=8),
                 link=LinkRef("run", hills))
    second = save(store, region="obliques_left", noted_at=NOW - timedelta(days=1))
    save(store, region="calves")
    recovery.resolve_entry(store, first, at=NOW - timedelta(days=6))
    values = recovery.check_follow_up(
        store, second, FollowUpForm(severity=1, trend="improving"), now=NOW
    )
    recovery.add_follow_up(store, second, values)
    episodes = recovery.region_history(store, "obliques_left", now=NOW)
    assert [e.entry.id for e in episodes] == [second, first]
    assert episodes[0].is_open and not episodes[1].is_open
    assert episodes[0].follow_ups == 1 and episodes[0].state.severity == 1
    assert episodes[1].run_words == "hill session" and episodes[0].run_words is None
    # A resolved episode stops counting days at its resolution.
    assert episodes[1].state.days_lasted == 1 + 2
