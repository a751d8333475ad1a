"""Importing activity files through the service: what is added, merged, skipped, refused."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from activity_files import START, fit_file, gpx_file, gzipped, samples, tcx_file, zipped
from corelog.services import runs as run_service
from corelog.services.activity_import import ActivityImport, ImportOptions
from corelog.services.activity_writing import redo_change, undo_change
from corelog.services.runs import RunDraft
from corelog.store import recordings as rec_store

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "activity-samples"
FIXED = ImportOptions(workers=0, local_offset=lambda moment: 60)


def run_import(store, *paths, **options):
    importer = ActivityImport(store, list(paths), ImportOptions(**{**FIXED.__dict__, **options}))
    importer.run()
    return importer


def outcomes(report) -> dict[str, str]:
    return {Path(line.name.split(" › ")[-1]).name: line.outcome for line in report.lines}


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def type_run(store, start: datetime, distance: str, duration: str, **extra) -> int:
    draft = RunDraft(started_at=start, distance=distance, duration=duration, **extra)
    checked = run_service.check_run(store, draft, "km", START + timedelta(days=30))
    return run_service.add_run(store, checked)


def test_the_sample_folder_imports_its_runs_and_says_why_for_every_other_file(store):
    report = run_import(store, SAMPLES).report
    assert outcomes(report) == {
        "Activity.fit": "added",
        "MonitoringFile.fit": "not_run",
        "activity-settings-corruptheader.fit": "refused",
        "activity-small-fenix2-run.fit": "added",
        "activity-unexpected-eof.fit": "refused",
        "cerknicko-jezero.gpx": "added",
        "cerknicko-without-times.gpx": "no_times",
        "garmin-fenix-5-bike.fit": "not_run",
        "garmin-fenix-5-run.fit": "added",
        "no_hr.tcx": "added",
        "route.gpx": "not_run",
        "test.tcx": "duplicate",
        "track-with-empty-segment.gpx": "added",
        "unicode_with_bom.gpx": "not_run",
    }
    assert run_service.recent_runs(store, 100).__len__() == 6
    assert rec_store.count_recordings(store) == 6
    assert report.ignored == 1  # the README
    assert report.summary() == (
        "Added 6 runs, 1 already in your log, skipped 3 files that are not activities and "
        "1 ride, 1 waits for your answer, 2 files could not be read."
    )
    details = report.details()
    assert "activity-unexpected-eof.fit: it is cut off before its end" in details
    assert "garmin-fenix-5-bike.fit: a ride (cycling)" in details
    assert "route.gpx: a route" in details


def test_the_same_files_again_add_nothing(store):
    run_import(store, SAMPLES)
    again = run_import(store, SAMPLES).report
    assert again.count("added") == 0
    assert again.count("duplicate") == 7
    assert len(run_service.recent_runs(store, 100)) == 6


def test_the_same_run_from_a_second_export_is_recognised(store, tmp_path):
    fit = write(tmp_path, "garmin/run.fit", fit_file(samples(1800)))
    strava = write(tmp_path, "strava.zip", zipped({"activities/9.gpx.gz": gzipped(gpx_file())}))
    run_import(store, fit)
    report = run_import(store, strava).report
    assert [line.outcome for line in report.lines] == ["duplicate"]
    assert "already here, from another file" in report.lines[0].reason


def test_an_imported_run_has_the_files_figures_and_a_track(store, tmp_path):
    run_import(store, write(tmp_path, "run.fit", fit_file(samples(3600, pace_s_per_km=300))))
    (run,) = run_service.recent_runs(store)
    assert run.started_at == START and run.utc_offset_min == 120
    assert run.distance_m == pytest.approx(12_000, abs=1) and run.duration_s == 3600
    assert run.effort is None and run.notes == "" and run.run_type == "easy"
    recording = rec_store.recording_of(store, run.id)
    assert recording.values.device == "Garmin Fenix 5"
    assert recording.values.figures.avg_hr is not None and recording.values.utc_offset_known
    assert len(rec_store.track_of(store, recording.id)) > 100


def test_the_recording_keeps_every_figure_the_file_gave(store):
    from corelog.activities.sources import Job, read_job, walk

    path = SAMPLES / "activity-small-fenix2-run.fit"
    (job,) = list(walk([path]))
    assert isinstance(job, Job)
    (activity,) = read_job(job).activities
    run_import(store, path)
    (run,) = run_service.recent_runs(store)
    # Written as columns and read back as one record: the very figures the file gave.
    assert rec_store.recording_of(store, run.id).values.figures == activity.figures
    assert run.elevation_gain_m == activity.figures.climb_m


def test_a_file_that_does_not_say_its_offset_takes_this_computers(store, tmp_path):
    run_import(store, write(tmp_path, "run.gpx", gpx_file()))
    (run,) = run_service.recent_runs(store)
    assert run.utc_offset_min == 60  # the fixed "computer" offset of these tests
    assert not rec_store.recording_of(store, run.id).values.utc_offset_known


def test_walks_and_treadmill_runs_wait_unless_asked_for(store, tmp_path):
    write(tmp_path, "walk.fit", fit_file(sport="walking"))
    write(tmp_path, "mill.fit", fit_file(sub_sport="treadmill", start=START + timedelta(days=1)))
    importer = run_import(store, tmp_path)
    assert importer.report.summary() == "Added 0 runs, skipped 1 treadmill run and 1 walk."
    assert len(importer.report.walks) == 2
    change = importer.import_walks()
    assert len(change.added) == 2
    runs = run_service.recent_runs(store)
    assert {r.surface for r in runs} == {"treadmill", None}
    assert importer.report.summary() == "Added 2 runs."


def test_walks_are_runs_from_the_start_when_chosen(store, tmp_path):
    write(tmp_path, "walk.fit", fit_file(sport="walking"))
    assert run_import(store, tmp_path, include_walks=True).report.count("added") == 1


def test_a_multisport_file_gives_its_run_legs(store, tmp_path):
    legs = [("cycling", samples(1800, pace_s_per_km=120)), ("running", samples(1200))]
    report = run_import(store, write(tmp_path, "duathlon.fit", fit_file(legs=legs))).report
    lines = [(line.outcome, line.kind) for line in report.lines]
    assert lines == [("not_run", "ride"), ("added", "")]
    assert report.lines[1].name.endswith("(leg 2)")
    (run,) = run_service.recent_runs(store)
    assert run.duration_s == 1200


def typed_and_file(store, tmp_path, **typed):
    shoe_id = None
    run_id = type_run(
        store,
        (START + timedelta(minutes=7)).astimezone(),
        "5.5",
        "31:00",
        effort=6,
        notes="felt good",
        surface="road",
        run_type="tempo",
        **typed,
    )
    importer = ActivityImport(
        store,
        [write(tmp_path, "run.fit", fit_file(samples(1800)))],
        ImportOptions(workers=0, local_offset=lambda m: 60),
    )
    importer.run()
    return run_id, importer, shoe_id


def test_a_run_typed_by_hand_waits_for_the_users_choice(store, tmp_path):
    _, importer, _ = typed_and_file(store, tmp_path)
    report = importer.report
    assert report.count("waiting") == 1 and len(report.typed) == 1
    assert "matches the run you typed for" in report.lines[0].reason
    assert len(run_service.recent_runs(store)) == 1


def test_merging_keeps_what_was_typed_and_takes_what_was_measured(store, tmp_path):
    run_id, importer, _ = typed_and_file(store, tmp_path)
    change = importer.resolve_typed({0: "merge"})
    (run,) = run_service.recent_runs(store)
    assert run.id == run_id
    assert (run.effort, run.notes, run.surface, run.run_type) == (6, "felt good", "road", "tempo")
    assert run.started_at == START and run.duration_s == 1800
    assert run.distance_m == pytest.approx(1800 / 330 * 1000, abs=1)
    assert rec_store.recording_of(store, run_id) is not None
    assert importer.report.summary() == "Added 0 runs, merged 1 with runs you typed."

    undo_change(store, change)
    typed = run_service.get_run(store, run_id)
    assert typed.distance_m == 5500 and typed.duration_s == 31 * 60
    assert rec_store.recording_of(store, run_id) is None
    redo_change(store, change)
    assert run_service.get_run(store, run_id).duration_s == 1800
    assert rec_store.recording_of(store, run_id) is not None


def test_keeping_both_adds_the_file_beside_the_typed_run(store, tmp_path):
    _, importer, _ = typed_and_file(store, tmp_path)
    change = importer.resolve_typed({0: "keep"})
    assert len(change.added) == 1
    assert len(run_service.recent_runs(store)) == 2


def test_skipping_keeps_only_the_typed_run(store, tmp_path):
    _, importer, _ = typed_and_file(store, tmp_path)
    assert not importer.resolve_typed({0: "skip"})
    assert len(run_service.recent_runs(store)) == 1
    assert importer.report.count("typed_skipped") == 1


def test_a_typed_run_far_off_in_distance_is_another_run(store, tmp_path):
    type_run(store, (START + timedelta(minutes=3)).astimezone(), "12", "60:00")
    report = run_import(store, write(tmp_path, "run.fit", fit_file(samples(1800)))).report
    assert report.count("added") == 1 and not report.typed


def test_the_command_lines_choice_answers_without_asking(store, tmp_path):
    type_run(store, (START + timedelta(minutes=7)).astimezone(), "5.5", "31:00")
    path = write(tmp_path, "run.fit", fit_file(samples(1800)))
    report = run_import(store, path, typed="merge").report
    assert report.count("merged") == 1 and not report.typed


def test_a_file_without_times_is_imported_with_the_duration_given(store, tmp_path):
    importer = run_import(store, write(tmp_path, "route.gpx", gpx_file(samples(900), times=False)))
    assert len(importer.report.no_times) == 1
    start = datetime(2026, 5, 6, 6, 0, tzinfo=UTC)
    change = importer.import_with_duration(0, start, 1500)
    (run,) = run_service.recent_runs(store)
    assert run.id == change.added[0]
    assert run.started_at == start and run.duration_s == 1500
    assert run.distance_m == pytest.approx(900 / 330 * 1000, rel=0.01)


def test_undo_takes_an_import_back_and_redo_brings_the_same_runs(store, tmp_path):
    for day in range(3):
        write(tmp_path, f"{day}.fit", fit_file(start=START + timedelta(days=day)))
    change = run_import(store, tmp_path).report.change
    assert len(change.added) == 3
    undo_change(store, change)
    assert run_service.recent_runs(store) == []
    redo_change(store, change)
    assert sorted(r.id for r in run_service.recent_runs(store)) == sorted(change.added)


def test_a_run_imported_then_undone_can_be_imported_again(store, tmp_path):
    path = write(tmp_path, "run.fit", fit_file())
    change = run_import(store, path).report.change
    undo_change(store, change)
    assert run_import(store, path).report.count("added") == 1


def test_stopping_keeps_whole_runs_and_nothing_half_written(store, tmp_path, db_path):
    for day in range(12):
        write(tmp_path, f"{day:02d}.fit", fit_file(samples(300), start=START + timedelta(days=day)))
    importer = ActivityImport(store, [tmp_path], FIXED)
    seen = []
    report = importer.run(lambda done, total, name: seen.append(done), stop=lambda: len(seen) > 5)
    assert report.cancelled
    assert 0 < report.count("added") < 12
    conn = sqlite3.connect(db_path)
    runs = conn.execute("SELECT count(*) FROM run").fetchone()[0]
    whole = conn.execute(
        "SELECT count(*) FROM run JOIN run_recording ON run_id = run.id "
        "JOIN run_track ON recording_id = run_recording.id"
    ).fetchone()[0]
    conn.close()
    assert runs == whole == report.count("added")
    assert report.summary().startswith("Stopped before the end. Added ")


def test_helper_processes_read_the_files_the_same_way(store, tmp_path):
    for day in range(6):
        write(tmp_path, f"{day}.fit", fit_file(samples(120), start=START + timedelta(days=day)))
    write(tmp_path, "broken.fit", b"nonsense")
    report = run_import(store, tmp_path, workers=2).report
    assert report.count("added") == 6 and report.count("refused") == 1


def test_progress_counts_every_file_and_names_it(store, tmp_path):
    shutil.copy(SAMPLES / "garmin-fenix-5-run.fit", tmp_path)
    write(tmp_path, "export.zip", zipped({"a/1.tcx": tcx_file(), "a/photo.jpg": b"x"}))
    calls = []
    ActivityImport(store, [tmp_path], FIXED).run(lambda d, t, n: calls.append((d, t, n)))
    assert [c[:2] for c in calls] == [(0, 2), (1, 2), (2, 2)]
    assert calls[1][2].endswith("export.zip › a/1.tcx")
