"""Every real file in ../shared/activity-samples/, read as it is, does what its README says."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from corelog.activities import codec
from corelog.activities.sources import Job, read_job, walk

# Byte-for-byte copies of ../shared/activity-samples (their README gives their licences).
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "activity-samples"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "activity-samples"


def read(name: str):
    path = SAMPLES / name
    (job,) = list(walk([path]))
    assert isinstance(job, Job)
    return read_job(job)


def test_the_fenix_5_run_is_one_run_with_its_device_offset_and_heart_rate():
    result = read("garmin-fenix-5-run.fit")
    assert result.refused is None and result.not_activity is None
    (run,) = result.activities
    assert run.kind == "run" and run.sport == "running"
    assert run.start == datetime(2017, 6, 11, 14, 34, 9, tzinfo=UTC)
    assert run.utc_offset_min == -7 * 60  # local 07:35 at 14:35 UTC
    assert run.device == "Garmin Fenix 5"
    assert run.distance_m == pytest.approx(157.56)
    assert run.moving_s == pytest.approx(56.887)
    assert run.figures.avg_hr == 90 and run.figures.max_hr == 112
    assert run.figures.avg_cadence is not None
    assert 150 < run.figures.avg_cadence < 200  # steps a minute
    assert run.dropped == 0
    assert len(codec.decode(run.track_blob)) == run.figures.points == 21


def test_the_fenix_2_run_keeps_the_devices_own_totals_and_its_track():
    (run,) = read("activity-small-fenix2-run.fit").activities
    assert run.kind == "run"
    assert run.device == "Garmin Fenix 2"
    assert run.utc_offset_min == 120
    assert run.distance_m == pytest.approx(9008.22)
    assert run.elapsed_s == pytest.approx(2832) and run.moving_s == pytest.approx(2832)
    assert run.figures.climb_m == 64
    assert run.figures.max_hr == 178 and 140 < run.figures.avg_hr < 170
    track = codec.decode(run.track_blob)
    assert len(track) == run.figures.points > 2000
    assert track.has("lat") and track.has("hr") and track.has("alt")
    assert track.dist[-1] == pytest.approx(run.distance_m, rel=0.02)


def test_the_sdk_example_activity_says_its_sport():
    (activity,) = read("Activity.fit").activities
    assert activity.sport == "running" and activity.kind == "run"
    assert activity.kind_guessed is False


def test_the_bike_ride_is_a_ride_not_a_run():
    (ride,) = read("garmin-fenix-5-bike.fit").activities
    assert ride.kind == "ride" and ride.sport == "cycling"


def test_the_monitoring_file_is_not_an_activity():
    result = read("MonitoringFile.fit")
    assert result.activities == [] and result.refused is None
    assert "monitoring" in result.not_activity and "not a recorded activity" in result.not_activity


def test_the_cut_off_fit_file_is_refused_with_a_clear_reason():
    result = read("activity-unexpected-eof.fit")
    assert result.activities == []
    assert result.refused.startswith("it is cut off before its end")


def test_the_fit_file_with_a_corrupt_header_is_refused():
    result = read("activity-settings-corruptheader.fit")
    assert result.activities == []
    assert "corrupt header" in result.refused


def test_the_gpx_track_with_times_is_one_activity():
    (activity,) = read("cerknicko-jezero.gpx").activities
    assert activity.has_times
    assert activity.start == datetime(2010, 8, 5, 14, 23, 59, tzinfo=UTC)
    assert activity.utc_offset_min is None  # GPX times are UTC; the offset is not known
    assert 13_000 < activity.distance_m < 14_500
    assert activity.figures.climb_m is not None and activity.figures.climb_m > 50
    assert activity.kind_guessed  # the file names no sport


def test_the_gpx_track_without_times_knows_its_distance_but_not_its_time():
    (activity,) = read("cerknicko-without-times.gpx").activities
    assert not activity.has_times
    assert activity.moving_s is None
    assert 13_000 < activity.distance_m < 14_500


def test_a_planned_route_is_not_a_recorded_activity():
    result = read("route.gpx")
    assert result.not_activity.startswith("a route")
    assert "not a recorded activity" in result.not_activity


def test_a_track_with_an_empty_segment_is_one_activity():
    (activity,) = read("track-with-empty-segment.gpx").activities
    assert activity.figures.points == 9
    assert activity.elapsed_s == 76


def test_a_gpx_with_a_byte_order_mark_is_read_and_its_names_kept():
    result = read("unicode_with_bom.gpx")
    assert result.refused is None
    assert "“test”" in result.not_activity  # one waypoint, named, and no track


def test_the_tcx_run_has_heart_rate():
    (run,) = read("test.tcx").activities
    assert run.kind == "run" and run.device == "Forerunner 410"
    assert run.start == datetime(2012, 12, 26, 21, 29, 53, tzinfo=UTC)
    assert run.distance_m == pytest.approx(4689.24, abs=0.01)
    assert run.figures.max_hr == 189 and run.figures.avg_hr is not None
    assert codec.decode(run.track_blob).has("hr")


def test_the_tcx_run_without_heart_rate_has_none():
    (run,) = read("no_hr.tcx").activities
    assert run.kind == "run"
    assert run.figures.avg_hr is None and run.figures.max_hr is None
    assert not codec.decode(run.track_blob).has("hr")


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared samples are not beside this checkout")
def test_the_copies_are_the_shared_samples_unchanged():
    names = sorted(p.name for p in SHARED.iterdir())
    assert sorted(p.name for p in SAMPLES.iterdir()) == names
    for name in names:
        assert (SAMPLES / name).read_bytes() == (SHARED / name).read_bytes(), name


def test_a_whole_folder_of_samples_reads_every_file_and_leaves_the_readme_alone():
    found = list(walk([SAMPLES]))
    jobs = [item for item in found if isinstance(item, Job)]
    assert len(jobs) == 14
    assert [item.name for item in found if not isinstance(item, Job)] == [
        "activity-samples/README.md"  # names are shown from the chosen folder on
    ]
