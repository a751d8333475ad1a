"""History's heart-rate load over imported runs: only runs with heart rate, in TRIMP."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from activity_files import START, fit_file, samples
from corelog.domain.heart_load import trimp
from corelog.services import runs as run_service
from corelog.services.activity_import import ActivityImport, ImportOptions
from corelog.services.heart_load import HeartProfile, heart_load
from corelog.services.runs import RunDraft
from corelog.store import recordings as rec_store

PROFILE = HeartProfile(rest_hr=60, max_hr=190)


def import_runs(store, tmp_path, days: list[int], *, hr: bool = True) -> None:
    for day in days:
        path = tmp_path / f"{day}-{hr}.fit"
        path.write_bytes(fit_file(samples(1800, hr=hr), start=START + timedelta(days=day)))
    ActivityImport(store, [tmp_path], ImportOptions(workers=0, local_offset=lambda m: 0)).run()


def test_each_run_with_heart_rate_adds_its_trimp_on_its_local_day(store, tmp_path):
    import_runs(store, tmp_path, [0, 2])
    first = START.date()  # 05:30 UTC, 07:30 at the files' +02:00
    result = heart_load(store, PROFILE, first, first + timedelta(days=6))
    assert result.runs == 2
    (run, _) = run_service.recent_runs(store)
    average = rec_store.recording_of(store, run.id).values.figures.avg_hr
    assert average == 146  # the file's own average heart rate
    one = trimp(30, average, 60, 190)
    loads = [round(day.load, 1) for day in result.series]
    assert loads == [round(one, 1), 0, round(one, 1), 0, 0, 0, 0]
    assert result.series[-1].acute == pytest.approx(2 * one, abs=0.1)


def test_runs_without_heart_rate_and_typed_runs_do_not_count(store, tmp_path):
    import_runs(store, tmp_path, [0], hr=False)
    draft = RunDraft(started_at=START.astimezone(), distance="10", duration="50:00", effort=8)
    run_service.add_run(store, run_service.check_run(store, draft, "km", START + timedelta(days=1)))
    result = heart_load(store, PROFILE, date(2026, 5, 1), date(2026, 5, 10))
    assert result.runs == 0 and result.series == []


def test_the_profile_from_settings_changes_the_numbers(store, tmp_path):
    import_runs(store, tmp_path, [0])
    day = START.date()
    easy = heart_load(store, HeartProfile(60, 200), day, day).series[0].load
    hard = heart_load(store, HeartProfile(60, 170), day, day).series[0].load
    women = heart_load(store, HeartProfile(60, 170, "women"), day, day).series[0].load
    assert easy < hard and women < hard
