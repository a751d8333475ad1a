"""Export to a CoreLog file and import it back: every entry survives field by field, a
second import changes nothing, newer entries win, and a bad file imports nothing."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from corelog.services import exchange
from corelog.services.demo import DEMO, generate_history
from corelog.services.exchange import ImportRefused
from corelog.store import core as core_store
from corelog.store import exercises as exercise_store
from corelog.store import runs as run_store
from corelog.store.database import HEAD_REVISION, list_backups
from corelog.store.runs import RunValues
from corelog.store.store import Store

LAST_DAY = date.today() - timedelta(days=1)
AWKWARD_NOTES = 'Hill reps, "brutal"\nsecond line; café, naïve 🏃\r\nlast'

# Columns that point at other rows, and what they point at.
REFERENCES = {
    "run": {"shoe_id": "shoe"},
    "core_set": {
        "session_id": "core_session",
        "exercise_id": "exercise",
        "workout_id": "timer_workout",
    },
    "timer_workout": {"session_id": "core_session", "exercise_id": "exercise"},
    "soreness_entry": {"run_id": "run", "core_session_id": "core_session"},
    "soreness_update": {"entry_id": "soreness_entry"},
}
TABLES = (
    "shoe",
    "run",
    "core_session",
    "core_set",
    "timer_workout",
    "soreness_entry",
    "soreness_update",
)


def identity(conn: sqlite3.Connection, table: str, row_id: int | None) -> str | None:
    """How an entry is known across databases: its uuid (a built-in exercise: its key)."""
    if row_id is None:
        return None
    if table == "exercise":
        key, uuid = conn.execute(
            "SELECT key, uuid FROM exercise WHERE id = ?", (row_id,)
        ).fetchone()
        return f"key:{key}" if key else uuid
    return conn.execute(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]


def entries(store: Store) -> dict[str, dict[str, dict]]:
    """Every live entry, field by field, with references as uuids (no row ids)."""
    conn = sqlite3.connect(store.path)
    conn.row_factory = sqlite3.Row
    out: dict[str, dict[str, dict]] = {}
    for table in TABLES:
        rows = {}
        for row in conn.execute(f"SELECT * FROM {table}"):
            values = dict(row)
            if values.pop("deleted_at", None) is not None:
                continue
            values.pop("id")
            for column, target in REFERENCES.get(table, {}).items():
                values[column] = identity(conn, target, values[column])
            rows[values["uuid"]] = values
        out[table] = rows
    out["exercise"] = {
        r["uuid"]: {k: r[k] for k in r.keys() if k != "id"}  # noqa: SIM118 (sqlite3.Row)
        for r in conn.execute("SELECT * FROM exercise WHERE builtin = 0")
    }
    conn.close()
    return out


def content(store: Store) -> list[str]:
    """The database's whole content as SQL text (what "unchanged" is checked against)."""
    conn = sqlite3.connect(store.path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def source(tmp_path):
    """A demo history plus the user's own exercise, awkward notes and deleted entries."""
    store = Store.open(tmp_path / "source.db")
    generate_history(store, DEMO, last_day=LAST_DAY)
    superman = exercise_store.add_exercise(store, "Superman hold", "hold", False)
    started = datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 6, 30, tzinfo=UTC)
    core_store.add_session(
        store,
        core_store.SessionValues(
            started_at=started,
            utc_offset_min=-300,
            duration_s=None,
            effort=None,
            notes=AWKWARD_NOTES,
            sets=(core_store.SetValues(superman, None, None, 42_500),),
        ),
    )
    run_id = run_store.insert_run(
        store,
        RunValues(
            started, 330, 10_000.0, 3000.0, "race", "10k", 9, "road", None, None, AWKWARD_NOTES
        ),
    )
    gone = run_store.insert_run(
        store, RunValues(started, 0, 1234.0, 600.0, "easy", None, None, None, 3.0, None, "gone")
    )
    run_store.delete_runs(store, [gone])
    yield store, run_id, gone
    store.close()


@pytest.fixture
def exported(source, tmp_path):
    store, _run_id, _gone = source
    path = tmp_path / "log.corelog.json"
    exchange.export_json(store, path)
    return path


def test_export_holds_every_entry_with_its_format_header(source, exported):
    store, _run_id, gone = source
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "corelog-export" and document["version"] == 3
    assert document["schema_revision"] == HEAD_REVISION
    assert datetime.fromisoformat(document["exported_at"]).tzinfo is not None
    live_runs = store.reader.scalar("SELECT count(*) FROM run WHERE deleted_at IS NULL")
    assert len(document["runs"]) == live_runs
    gone_uuid = store.reader.scalar("SELECT uuid FROM run WHERE id = ?", (gone,))
    assert gone_uuid not in {r["uuid"] for r in document["runs"]}
    # The deleted run travels as a tombstone: what it was and when, nothing of its content.
    (tombstone,) = [d for d in document["deletions"] if d["uuid"] == gone_uuid]
    assert tombstone["kind"] == "run" and set(tombstone) == {"uuid", "kind", "deleted_at"}
    assert [e["name"] for e in document["exercises"]] == ["Superman hold"]
    assert {"plank", "side_plank"} <= {e["key"] for e in document["builtin_exercises"]}
    assert any(r["notes"] == AWKWARD_NOTES for r in document["runs"])
    assert not list(exported.parent.glob("*.partial"))


def test_an_export_shows_the_log_as_it_was_when_it_began(source, tmp_path, monkeypatch):
    """The user logs a run while a long export is under way: the file stays consistent."""
    from corelog.store import exchange_read

    store, _run_id, _gone = source
    monkeypatch.setattr(exchange_read, "_SLICE", 5)
    before = store.reader.scalar("SELECT count(*) FROM run WHERE deleted_at IS NULL")
    logged = []

    def log_a_run_meanwhile(done, _total):
        if not logged:
            at = datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 20, tzinfo=UTC)
            logged.append(
                run_store.insert_run(
                    store,
                    RunValues(at, 0, 3000.0, 900.0, "easy", None, None, None, None, None, ""),
                )
            )

    path = tmp_path / "during.json"
    exchange.export_json(store, path, log_a_run_meanwhile)
    assert logged, "the run was logged while the export was reading"
    document = json.loads(path.read_text(encoding="utf-8"))
    assert len(document["runs"]) == before
    assert run_store.get_run(store, logged[0]) is not None


def test_round_trip_into_an_empty_database_keeps_every_field(source, exported, tmp_path):
    store, _run_id, gone = source
    target = Store.open(tmp_path / "target.db")
    result = exchange.import_json(target, exported)

    expected = entries(store)
    got = entries(target)
    for table in (*TABLES, "exercise"):
        assert got[table] == expected[table], table
    gone_uuid = store.reader.scalar("SELECT uuid FROM run WHERE id = ?", (gone,))
    assert gone_uuid not in got["run"]
    assert result.counts.added["runs"] == len(expected["run"])
    assert result.counts.added["core_sessions"] == len(expected["core_session"])
    assert result.summary.startswith(f"Added {len(expected['run'])} runs, ")
    assert result.backup is not None and result.backup in list_backups(target.path)

    again = exchange.import_json(target, exported)
    assert entries(target) == got
    assert not again.counts.changed
    assert again.summary.startswith("Nothing new to add; updated 0; ")
    target.close()


def test_importing_into_the_database_it_came_from_adds_nothing(source, exported):
    store, _run_id, _gone = source
    before = entries(store)
    result = exchange.import_json(store, exported)
    assert entries(store) == before
    assert not result.counts.changed


def edit_file(path, change) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


def later(stamp: str, days: int = 1) -> str:
    moment = datetime.fromisoformat(stamp) + timedelta(days=days)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_a_newer_entry_in_the_file_replaces_the_one_here(source, exported):
    store, run_id, _gone = source
    uuid = store.reader.scalar("SELECT uuid FROM run WHERE id = ?", (run_id,))

    def newer_distance(document):
        run = next(r for r in document["runs"] if r["uuid"] == uuid)
        run["distance_m"] = 10_050.0
        run["notes"] = "measured again"
        run["updated_at"] = later(run["updated_at"])

    edit_file(exported, newer_distance)
    result = exchange.import_json(store, exported)
    row = run_store.get_run(store, run_id)
    assert (row.distance_m, row.notes) == (10_050.0, "measured again")
    assert sum(result.counts.updated.values()) == 1
    assert "updated 1;" in result.summary


def test_an_older_entry_in_the_file_leaves_the_one_here(source, exported):
    store, run_id, _gone = source
    values = run_store.get_run(store, run_id).values
    run_store.update_run(
        store, run_id, RunValues(**{**values.__dict__, "notes": "edited here, later"})
    )
    result = exchange.import_json(store, exported)
    assert run_store.get_run(store, run_id).notes == "edited here, later"
    assert not result.counts.changed


@pytest.mark.parametrize("version", [1, 2])
def test_a_set_deleted_on_the_other_computer_goes_here_too(source, exported, tmp_path, version):
    """Version 2 names the deleted set (a tombstone); a version 1 file cannot, so a newer
    session from it brings its whole list of sets, as before."""
    _store, _run_id, _gone = source
    target = Store.open(tmp_path / "target.db")
    exchange.import_json(target, exported)

    def drop_a_set(document):
        session = next(s for s in document["core_sessions"] if len(s["sets"]) > 1)
        dropped = session["sets"][1:]
        session["sets"] = session["sets"][:1]
        session["effort"] = 10
        session["updated_at"] = later(session["updated_at"])
        document["picked"] = session["uuid"]
        document["version"] = version
        del document["recordings"]  # a version 1 or 2 file has none
        if version == 2:
            document["deletions"] += [
                {"uuid": s["uuid"], "kind": "core_set", "deleted_at": session["updated_at"]}
                for s in dropped
            ]
        else:
            for key in ("timer_presets", "deletions", "aliases", "preferences"):
                del document[key]

    edit_file(exported, drop_a_set)
    picked = json.loads(exported.read_text(encoding="utf-8"))["picked"]
    exchange.import_json(target, exported)
    session_id = target.reader.scalar("SELECT id FROM core_session WHERE uuid = ?", (picked,))
    session = core_store.get_session(target, session_id)
    assert session.effort == 10
    assert len(session.sets) == 1
    target.close()


def test_a_deleted_entry_here_comes_back_only_if_the_file_has_it_newer(source, exported):
    store, run_id, _gone = source
    run_store.delete_runs(store, [run_id])
    exchange.import_json(store, exported)
    assert run_store.get_run(store, run_id) is None  # deleted after it was exported

    uuid = store.reader.scalar("SELECT uuid FROM run WHERE id = ?", (run_id,))

    def edited_elsewhere(document):
        run = next(r for r in document["runs"] if r["uuid"] == uuid)
        run["updated_at"] = later(run["updated_at"], days=400)

    edit_file(exported, edited_elsewhere)
    exchange.import_json(store, exported)
    assert run_store.get_run(store, run_id) is not None


def test_the_same_custom_exercise_made_on_both_computers_is_not_doubled(source, exported, tmp_path):
    target = Store.open(tmp_path / "target.db")
    exercise_store.add_exercise(target, "superman  HOLD", "hold", False)
    exchange.import_json(target, exported)
    names = [e.name for e in exercise_store.list_exercises(target) if not e.builtin]
    assert names == ["superman  HOLD"]
    target.close()


def _first(key):
    return lambda d: d[key][0]


BAD_VALUES = [
    # (what, change to the document, words the message must contain)
    (
        "negative distance",
        lambda d: d["runs"][-1].update(distance_m=-5.0),
        ["Run", "distance_m", "negative"],
    ),
    (
        "unknown exercise",
        lambda d: d["core_sessions"][-1]["sets"][0].update(
            exercise="00000000-0000-4000-8000-000000000000"
        ),
        ["Core session", "sets.0.exercise", "unknown exercise"],
    ),
    (
        "timestamp without a zone",
        lambda d: d["runs"][-1].update(started_at="2026-03-01 07:10"),
        ["Run", "started_at", "UTC"],
    ),
    (
        "timestamp that is not one",
        lambda d: d["soreness_entries"][-1].update(noted_at="yesterday"),
        ["Soreness entry", "noted_at"],
    ),
    (
        "a run in the far future",
        lambda d: d["runs"][-1].update(started_at="2999-01-01T00:00:00Z"),
        ["Run", "started_at", "future"],
    ),
    ("effort out of range", lambda d: d["runs"][-1].update(effort=11), ["Run", "effort"]),
    ("unknown run type", lambda d: d["runs"][-1].update(run_type="jog"), ["Run", "run_type"]),
    (
        "text for a number",
        lambda d: d["runs"][-1].update(duration_s="25:00"),
        ["Run", "duration_s", "number"],
    ),
    (
        "missing field",
        lambda d: d["runs"][-1].pop("utc_offset_min"),
        ["Run", "utc_offset_min", "missing"],
    ),
    (
        "unknown region",
        lambda d: d["soreness_entries"][-1].update(region="elbow"),
        ["Soreness entry", "region"],
    ),
    (
        "severity out of range",
        lambda d: d["soreness_entries"][0].update(severity=12),
        ["Soreness entry", "severity"],
    ),
    (
        "hold of zero",
        lambda d: next(s for c in d["core_sessions"] for s in c["sets"] if s["hold_ms"]).update(
            hold_ms=0
        ),
        ["Core session", "hold_ms"],
    ),
    (
        "the same uuid twice",
        lambda d: d["runs"][-1].update(uuid=d["runs"][0]["uuid"]),
        ["Run", "uuid", "another entry"],
    ),
    (
        "a shoe that is not in the file",
        lambda d: d["runs"][-1].update(shoe="00000000-0000-4000-8000-000000000000"),
        ["Run", "shoe"],
    ),
    (
        "unknown built-in exercise",
        lambda d: d["builtin_exercises"][0].update(key="handstand"),
        ["Built-in exercise", "key"],
    ),
    (
        "sets that are not a list",
        lambda d: d["core_sessions"][0].update(sets="3 x plank"),
        ["Core session 1 of", "“sets”", "list"],
    ),
    ("an entry that is not an object", lambda d: d["runs"].append(42), ["Run", "not an entry"]),
    (
        "a distance of 400 digits",
        lambda d: d["runs"][-1].update(distance_m=10**400),
        ["Run", "distance_m", "far too large"],
    ),
    (
        "an offset of 30 digits",
        lambda d: d["runs"][-1].update(utc_offset_min=10**30),
        ["Run", "utc_offset_min", "far too large"],
    ),
    (
        "an offset of a week",
        lambda d: d["soreness_entries"][-1].update(utc_offset_min=7 * 24 * 60),
        ["Soreness entry", "utc_offset_min", "UTC offset"],
    ),
    (
        "a timer preset the timer cannot run",
        lambda d: d["timer_presets"].append(
            {
                "uuid": "00000000-0000-4000-8000-00000000abcd",
                "name": "Forever",
                "exercise": d["builtin_exercises"][0]["uuid"],
                "mode": "countdown",
                "hold_ms": 10**12,
                "sets": 3,
                "rest_ms": 0,
                "prep_ms": 0,
                "alternate_sides": False,
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
            }
        ),
        ["Timer preset", "hold_ms", "plank timer"],
    ),
    (
        "a deletion of an entry the file holds",
        lambda d: d["deletions"].append(
            {"uuid": d["runs"][0]["uuid"], "kind": "run", "deleted_at": "2026-01-01T00:00:00Z"}
        ),
        ["Deletion", "uuid", "cannot also be deleted"],
    ),
    (
        "a deletion of an unknown kind",
        lambda d: d["deletions"].append(
            {
                "uuid": "00000000-0000-4000-8000-00000000dead",
                "kind": "bicycle",
                "deleted_at": "2026-01-01T00:00:00Z",
            }
        ),
        ["Deletion", "kind"],
    ),
    (
        "a preference with a bad value",
        lambda d: d["preferences"].update(
            {"units/distance": {"value": "furlongs", "changed_at": "2026-01-01T00:00:00Z"}}
        ),
        ["Preference", "units/distance"],
    ),
    (
        "a maximum heart rate out of range",
        lambda d: d["preferences"].update(
            {"heart/max_bpm": {"value": 250, "changed_at": "2026-01-01T00:00:00Z"}}
        ),
        ["Preference “heart/max_bpm”", "must be from 120 to 230"],
    ),
    (
        "a resting heart rate that is not a whole number",
        lambda d: d["preferences"].update(
            {"heart/resting_bpm": {"value": "52", "changed_at": "2026-01-01T00:00:00Z"}}
        ),
        ["Preference “heart/resting_bpm”", "whole number"],
    ),
    (
        "an unknown heart-rate weighting",
        lambda d: d["preferences"].update(
            {"heart/weighting": {"value": "horses", "changed_at": "2026-01-01T00:00:00Z"}}
        ),
        ["Preference “heart/weighting”", "“men”, “women”"],
    ),
]


@pytest.mark.parametrize("what, change, words", BAD_VALUES, ids=[b[0] for b in BAD_VALUES])
def test_a_bad_value_imports_nothing_and_names_entry_and_field(
    source, exported, tmp_path, what, change, words
):
    target = Store.open(tmp_path / "target.db")
    run_store.insert_run(
        target,
        RunValues(
            datetime(2026, 1, 2, 8, tzinfo=UTC),
            0,
            5000.0,
            1500.0,
            "easy",
            None,
            None,
            None,
            None,
            None,
            "mine",
        ),
    )
    before = content(target)
    edit_file(exported, change)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_json(target, exported)
    message = str(refused.value)
    for word in words:
        assert word in message, (what, message)
    assert content(target) == before
    assert list_backups(target.path) == []
    target.close()


BAD_FILES = [
    ("not JSON", b"date,distance\n2026-01-01,5\n", "not valid JSON"),
    ("binary", bytes(range(256)), "not a text file"),
    ("empty", b"", "not valid JSON"),
    ("a JSON list", b"[1, 2, 3]", "not a CoreLog export"),
    ("another program's JSON", b'{"format": "strava", "version": 1}', "not a CoreLog export"),
    ("a newer format", b'{"format": "corelog-export", "version": 4, "runs": []}', "newer CoreLog"),
    ("no version", b'{"format": "corelog-export"}', "no valid format version"),
    ("no lists", b'{"format": "corelog-export", "version": 1}', "incomplete"),
    ("no lists (version 2)", b'{"format": "corelog-export", "version": 2}', "incomplete"),
    (
        "a version thousands of digits long",
        b'{"format": "corelog-export", "version": ' + b"9" * 5000 + b"}",
        "a number thousands of digits long",
    ),
    (
        "a version far beyond",
        b'{"format": "corelog-export", "version": ' + b"9" * 4000 + b"}",
        "a version number far beyond",
    ),
]


@pytest.mark.parametrize("what, raw, words", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_a_file_that_is_not_an_export_imports_nothing(source, tmp_path, what, raw, words):
    store, _run_id, _gone = source
    path = tmp_path / "chosen.json"
    path.write_bytes(raw)
    before = content(store)
    with pytest.raises(ImportRefused) as refused:
        exchange.import_json(store, path)
    assert words in str(refused.value)
    assert len(str(refused.value)) < 300  # one clear sentence, not the file read back
    assert content(store) == before


def test_a_missing_file_is_reported(store, tmp_path):
    with pytest.raises(ImportRefused, match="Cannot read"):
        exchange.import_json(store, tmp_path / "nowhere.json")


def test_a_failed_export_leaves_the_old_file_and_no_partial_file(source, tmp_path, monkeypatch):
    store, _run_id, _gone = source
    path = tmp_path / "log.json"
    path.write_text("the previous export", encoding="utf-8")

    def broken_dump(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange.json, "dump", broken_dump)
    with pytest.raises(exchange.ExportFailed, match="No space left"):
        exchange.export_json(store, path)
    assert path.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".log.json")] == []


@pytest.mark.parametrize(
    ("notes", "cell"),
    [
        ("-3 °C, icy", "'-3 °C, icy"),
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
        ("+1 km extra", "'+1 km extra"),
        ("@track", "'@track"),
        ("Easy, 3 °C", "Easy, 3 °C"),
        ("", ""),
    ],
)
def test_runs_csv_never_hands_a_spreadsheet_a_formula(tmp_path, notes, cell):
    store = Store.open(tmp_path / "log.db")
    started = datetime(2026, 11, 30, 7, tzinfo=UTC)
    run_store.insert_run(
        store, RunValues(started, 60, 5000.0, 1500.0, "easy", None, None, None, None, None, notes)
    )
    path = tmp_path / "runs.csv"
    exchange.export_runs_csv(store, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert row[header.index("notes")] == cell
    store.close()


def test_runs_csv_quotes_awkward_notes_so_they_read_back(source, tmp_path):
    store, _run_id, _gone = source
    path = tmp_path / "runs.csv"
    result = exchange.export_runs_csv(store, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the accents right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert header == list(exchange.CSV_HEADER)
    live = store.reader.scalar("SELECT count(*) FROM run WHERE deleted_at IS NULL")
    assert len(body) == live == result.entries
    race = [
        dict(zip(header, r, strict=True)) for r in body if r[header.index("notes")] == AWKWARD_NOTES
    ]
    assert len(race) == 1
    row = race[0]
    assert row["distance (km)"] == "10.000" and row["distance (mi)"] == "6.214"
    assert row["duration"] == "50:00" and row["pace (/km)"] == "5:00 /km"
    assert (row["type"], row["race"], row["effort"], row["surface"]) == ("race", "10k", "9", "road")
    assert row["UTC offset"] == "+05:30"
    assert row["shoe"] == ""
    shoes = {r[header.index("shoe")] for r in body}
    assert "Racing flats" in shoes
