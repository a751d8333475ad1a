"""Generated FIT, GPX and TCX runs: figures, sports, legs, dropped samples, archives."""

from __future__ import annotations

import dataclasses
import io
from datetime import timedelta
from pathlib import Path

import fitdecode
import numpy as np
import pytest

from activity_files import (
    START,
    fit_file,
    gpx_file,
    gzipped,
    samples,
    tcx_file,
    zipped,
)
from corelog.activities import codec
from corelog.activities.reader import read_activity_file
from corelog.activities.sources import Ignored, Job, read_job, walk
from corelog.activities.splits import splits


def one(data: bytes, fmt: str):
    result = read_activity_file(f"run.{fmt}", data, fmt)
    assert result.refused is None, result.refused
    (activity,) = result.activities
    return activity


def test_the_test_fit_writer_writes_files_fitdecode_reads_with_its_crc_check():
    data = fit_file(samples(120))
    with fitdecode.FitReader(io.BytesIO(data), check_crc=fitdecode.CrcCheck.RAISE) as reader:
        records = sum(
            1 for f in reader if isinstance(f, fitdecode.FitDataMessage) and f.name == "record"
        )
    assert records == 121


def test_a_fit_run_has_every_figure():
    run = one(fit_file(samples(3600, pace_s_per_km=300)), "fit")
    assert run.kind == "run"
    assert run.start == START and run.utc_offset_min == 120
    assert run.distance_m == pytest.approx(12_000, abs=1)
    assert run.moving_s == run.elapsed_s == 3600
    assert run.figures.max_hr == 160 and 150 < run.figures.avg_hr < 160
    assert run.figures.avg_cadence == pytest.approx(174, abs=1)  # 86-88 strides: 172-176 steps
    # 300 m ± 20 m waves: up 20, down 40, up 40, down 40, up 9.3 to the end
    assert run.figures.climb_m == pytest.approx(20 + 40 + 20 * (1 + np.sin(12.0)), abs=0.5)
    assert run.figures.points == 3601


@pytest.mark.parametrize("fmt", ["gpx", "tcx"])
def test_xml_runs_have_their_figures_and_no_offset(fmt):
    data = gpx_file(samples(1800)) if fmt == "gpx" else tcx_file(samples(1800))
    run = one(data, fmt)
    assert run.kind == "run" and run.start == START
    assert run.utc_offset_min is None
    assert run.distance_m == pytest.approx(1800 / 330 * 1000, rel=0.01)
    assert run.moving_s == pytest.approx(1800)
    assert run.figures.avg_hr is not None


def test_a_treadmill_run_and_a_walk_are_told_apart_from_runs():
    assert one(fit_file(sub_sport="treadmill"), "fit").kind == "treadmill"
    assert one(fit_file(sport="walking"), "fit").kind == "walk"
    assert one(gpx_file(sport="hiking"), "gpx").kind == "walk"
    assert one(tcx_file(sport="Biking"), "tcx").kind == "ride"


def test_a_file_without_a_sport_is_judged_by_its_speed():
    slow = one(gpx_file(samples(1800, pace_s_per_km=800), sport=None), "gpx")
    assert slow.kind == "walk" and slow.kind_guessed
    steady = one(gpx_file(samples(1800, pace_s_per_km=330), sport=None), "gpx")
    assert steady.kind == "run" and steady.kind_guessed


def test_a_multisport_file_gives_each_leg_with_its_sport():
    data = fit_file(
        legs=[
            ("swimming", samples(600, pace_s_per_km=1200)),
            ("cycling", samples(1800, pace_s_per_km=120)),
            ("running", samples(1200)),
        ]
    )
    result = read_activity_file("tri.fit", data, "fit")
    kinds = [(a.kind, a.leg) for a in result.activities]
    assert kinds == [("swim", 1), ("ride", 2), ("run", 3)]
    run = result.activities[2]
    assert run.moving_s == 1200
    assert run.start == START + timedelta(seconds=600 + 60 + 1800 + 60)


def test_a_sample_at_300_km_h_is_dropped_from_the_numbers_and_counted():
    run = samples(600)
    glitch = run[300]
    # 83.3 m off in one second: 300 km/h, a GPS glitch.
    run[300] = dataclasses.replace(glitch, lat=glitch.lat + 83.3 / 111_195.0)
    clean = one(fit_file(samples(600)), "fit")
    bumped = one(fit_file(run), "fit")
    assert bumped.dropped_fast == 1 and bumped.dropped_backwards == 0
    assert bumped.figures.points == clean.figures.points - 1
    assert bumped.distance_m == pytest.approx(clean.distance_m, abs=2)


def test_samples_whose_time_goes_backwards_are_dropped_and_counted():
    run = samples(600)
    run[200] = dataclasses.replace(run[200], t=150.0)
    run[201] = dataclasses.replace(run[201], t=150.0)
    activity = one(gpx_file(run), "gpx")
    assert activity.dropped_backwards == 2
    assert activity.figures.points == 599
    assert activity.moving_s == pytest.approx(600)


def test_a_gpx_without_times_has_a_distance_but_no_duration():
    activity = one(gpx_file(samples(900), times=False), "gpx")
    assert not activity.has_times
    assert activity.distance_m == pytest.approx(900 / 330 * 1000, rel=0.01)


def test_the_compact_track_gives_back_what_went_in():
    track = codec.decode(one(fit_file(samples(600)), "fit").track_blob)
    assert len(track) == 601
    assert track.t[-1] == 600 and track.dist[-1] == pytest.approx(600 / 330 * 1000, abs=0.01)
    assert track.lat[0] == pytest.approx(46.05, abs=1e-7)
    assert track.hr[0] == 120 and np.isnan(track.hr).sum() == 0


def test_the_compact_track_keeps_gaps_and_the_date_line():
    from corelog.activities.model import Track

    nan = float("nan")
    track = Track(
        t=np.array([0.0, 1.0, 2.0]),
        lat=np.array([-16.5, nan, -16.6]),
        lon=np.array([179.9999, nan, -179.9999]),
        dist=np.array([0.0, 10.0, 20.0]),
        alt=np.array([nan, nan, nan]),
        hr=np.array([140.0, nan, 150.0]),
        cad=np.array([nan, nan, nan]),
    )
    back = codec.decode(codec.encode(track))
    np.testing.assert_allclose(back.lon, track.lon, atol=1e-7, equal_nan=True)
    np.testing.assert_allclose(back.hr, track.hr, equal_nan=True)
    assert not back.has("alt")


def test_damaged_track_bytes_are_refused():
    with pytest.raises(codec.TrackFormatError):
        codec.decode(b"CLT\x01garbage")


def test_kilometre_and_mile_splits():
    track = codec.decode(one(fit_file(samples(1800, pace_s_per_km=300)), "fit").track_blob)
    kms = splits(track, 1000)
    assert [round(s.moving_s) for s in kms[:6]] == [300] * 6
    assert kms[-1].distance_m == pytest.approx(6000 - 5000, abs=0.5) or len(kms) == 6
    miles = splits(track, 1609.344)
    assert miles[0].moving_s == pytest.approx(1609.344 * 0.3, abs=0.5)
    assert sum(s.distance_m for s in miles) == pytest.approx(6000, abs=0.5)
    assert kms[0].avg_hr is not None and kms[0].climb_m is not None


def test_a_pause_does_not_slow_a_split():
    run = samples(600, pace_s_per_km=300)
    paused = run[:150] + [dataclasses.replace(s, t=s.t + 120) for s in run[150:]]
    track = codec.decode(one(fit_file(paused), "fit").track_blob)
    assert splits(track, 1000)[0].moving_s == pytest.approx(300, abs=2)


def test_archives_folders_nested_zips_and_gzip_are_read_in_memory(tmp_path):
    inner = zipped({"DI_CONNECT/run2.fit": fit_file(samples(60)), "photo.jpg": b"\xff\xd8"})
    strava = zipped(
        {
            "activities/1.fit.gz": gzipped(fit_file(samples(60))),
            "activities/2.gpx.gz": gzipped(gpx_file(samples(60))),
            "activities/3.tcx.gz": gzipped(tcx_file(samples(60))),
            "activities.csv": b"id,name\n1,Morning Run\n",
            "garmin/export.zip": inner,
        }
    )
    folder = tmp_path / "exports"
    (folder / "sub").mkdir(parents=True)
    (folder / "export_123.zip").write_bytes(strava)
    (folder / "sub" / "loose.gpx").write_bytes(gpx_file(samples(60)))
    before = sorted(p.name for p in folder.rglob("*"))
    found = list(walk([folder]))
    jobs = [item for item in found if isinstance(item, Job)]
    results = [read_job(job) for job in jobs]
    assert all(r.refused is None and len(r.activities) == 1 for r in results)
    assert [Path(j.name.split(" › ")[-1]).name for j in jobs] == [
        "1.fit.gz", "2.gpx.gz", "3.tcx.gz", "run2.fit", "loose.gpx"
    ]
    assert jobs[3].name.endswith("export_123.zip › garmin/export.zip › DI_CONNECT/run2.fit")
    assert {Path(i.name.split(" › ")[-1]).name for i in found if isinstance(i, Ignored)} == {
        "activities.csv", "photo.jpg"
    }
    assert sorted(p.name for p in folder.rglob("*")) == before  # nothing unpacked to disk


def test_sample_without_positions_uses_the_devices_distance():
    run = [dataclasses.replace(s, lat=None, lon=None) for s in samples(600)]
    activity = one(fit_file(run, sub_sport="treadmill"), "fit")
    assert activity.kind == "treadmill"
    assert activity.distance_m == pytest.approx(600 / 330 * 1000, abs=1)


def test_a_distance_counter_jump_without_positions_is_left_out():
    run = [dataclasses.replace(s, lat=None, lon=None) for s in samples(600)]
    run = run[:300] + [dataclasses.replace(s, dist=s.dist + 500) for s in run[300:]]
    activity = one(fit_file(run), "fit")
    assert activity.dropped_fast == 1
    assert activity.distance_m == pytest.approx(600 / 330 * 1000, abs=5)
