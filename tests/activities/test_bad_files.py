"""Each kind of bad file gets its own clear reason; none raises, none is half-read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from activity_files import fit_file, gpx_file, gzipped, samples, tcx_file, zipped
from corelog.activities import sources
from corelog.activities.sources import Job, read_job, walk

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "activity-samples"


def read_path(path: Path):
    results = [read_job(job) for job in walk([path]) if isinstance(job, Job)]
    assert len(results) == 1
    return results[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_fit_file_cut_short_is_refused(tmp_path):
    data = fit_file(samples(600))
    result = read_path(write(tmp_path, "short.fit", data[: len(data) // 2]))
    assert result.refused.startswith("it is cut off before its end")
    assert result.activities == []


def test_a_fit_file_with_one_changed_byte_fails_its_crc(tmp_path):
    data = bytearray(fit_file(samples(600)))
    data[len(data) // 2] ^= 0x55
    result = read_path(write(tmp_path, "flipped.fit", bytes(data)))
    assert "checksum (CRC)" in result.refused and "damaged" in result.refused


def test_a_fit_header_that_is_not_fit_is_refused(tmp_path):
    data = bytearray(fit_file(samples(60)))
    data[8:12] = b"JUNK"
    result = read_path(write(tmp_path, "header.fit", bytes(data)))
    assert "header" in result.refused and "damaged" in result.refused


def test_a_copy_of_the_truncated_sample_with_a_byte_more_missing_is_still_refused(tmp_path):
    copy = tmp_path / "copy.fit"
    shutil.copyfile(SAMPLES / "activity-unexpected-eof.fit", copy)
    copy.write_bytes(copy.read_bytes()[:-10])
    assert read_path(copy).refused.startswith("it is cut off")


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<gpx version="1.1"><trk><name>&lol3;</name><trkseg>
<trkpt lat="46" lon="14"><time>2026-05-04T05:30:00Z</time></trkpt></trkseg></trk></gpx>
"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE TrainingCenterDatabase [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<TrainingCenterDatabase><Activities><Activity Sport="Running"><Id>&secret;</Id>
</Activity></Activities></TrainingCenterDatabase>
"""


def test_an_xml_entity_bomb_is_refused_before_it_swells(tmp_path):
    result = read_path(write(tmp_path, "bomb.gpx", BOMB))
    assert "entity bomb" in result.refused
    assert result.activities == []


def test_an_external_entity_is_refused(tmp_path):
    result = read_path(write(tmp_path, "external.tcx", EXTERNAL))
    assert "external entity" in result.refused


def test_any_dtd_is_refused_even_a_harmless_one(tmp_path):
    data = gpx_file(samples(60)).replace(b"<gpx ", b'<!DOCTYPE gpx SYSTEM "gpx.dtd">\n<gpx ', 1)
    result = read_path(write(tmp_path, "dtd.gpx", data))
    assert "external entity" in result.refused or "document type" in result.refused


def test_broken_xml_names_where_it_breaks(tmp_path):
    data = tcx_file(samples(120))
    result = read_path(write(tmp_path, "broken.tcx", data[: len(data) // 2]))
    assert result.refused.startswith("it is not well-formed XML")
    assert "line" in result.refused


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("run.fit", gpx_file(samples(60)), "named as a FIT file but holds GPX data"),
        ("run.gpx", fit_file(samples(60)), "named as a GPX file but holds FIT data"),
        ("run.tcx", b"\x89PNG\r\n\x1a\n" + bytes(64), "holds something else"),
        ("run.fit", b"\x89PNG\r\n\x1a\n" + bytes(64), "does not start as a FIT file does"),
        ("run.gpx", b"<?xml version='1.0'?><kml></kml>", "XML that is neither GPX nor TCX"),
    ],
)
def test_a_file_with_the_wrong_extension_says_what_it_holds(tmp_path, name, data, expected):
    assert expected in read_path(write(tmp_path, name, data)).refused


def test_an_empty_file_is_refused(tmp_path):
    assert read_path(write(tmp_path, "empty.fit", b"")).refused == "the file is empty (0 bytes)"


def test_a_500_mb_file_is_refused_by_its_size_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.fit"
    with path.open("wb") as handle:  # sparse: takes no room on disk
        handle.truncate(500 * 1024 * 1024)
    monkeypatch.setattr(sources, "load", lambda job: pytest.fail("the file was read"))
    result = read_path(path)
    assert result.refused.startswith("it is too large to be an activity file (500 MB")


def test_a_file_of_unknown_kind_chosen_on_its_own_is_refused(tmp_path):
    result = read_path(write(tmp_path, "notes.txt", b"ran 5k"))
    assert result.refused == "not an activity file CoreLog reads (FIT, GPX or TCX)"


def test_a_gzip_that_is_not_gzip_is_refused(tmp_path):
    result = read_path(write(tmp_path, "run.fit.gz", fit_file(samples(60))))
    assert "not valid gzip" in result.refused


def test_a_gzip_bomb_stops_at_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 1024 * 1024)
    bomb = gzipped(bytes(5 * 1024 * 1024))
    result = read_path(write(tmp_path, "bomb.gpx.gz", bomb))
    assert "would unpack to more than" in result.refused


def test_a_zip_with_entries_that_escape_its_folder_is_refused_whole(tmp_path):
    data = zipped({"activities/ok.fit": fit_file(samples(60)), "../../evil.fit": b"x"})
    results = [read_job(j) for j in walk([write(tmp_path, "export.zip", data)])]
    assert len(results) == 1
    assert "point outside the archive" in results[0].refused
    assert "“../../evil.fit”" in results[0].refused


def _declare_size(data: bytes, declared: int) -> bytes:
    """The zip with every member's stated unpacked size changed to ``declared``."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (found := out.find(signature, start)) >= 0:
            out[found + offset : found + offset + 4] = declared.to_bytes(4, "little")
            start = found + 4
    return bytes(out)


def test_a_zip_that_would_unpack_to_more_than_2_gb_is_refused_unread(tmp_path, monkeypatch):
    members = {f"activities/{i}.fit": fit_file(samples(60)) for i in range(2)}
    data = _declare_size(zipped(members, stored=False), 1_500 * 1024 * 1024)
    monkeypatch.setattr(sources, "_walk_member", lambda *a: pytest.fail("a member was read"))
    results = [read_job(j) for j in walk([write(tmp_path, "big.zip", data)])]
    assert len(results) == 1
    assert "would unpack to 2.9 GB, more than the 2 GB" in results[0].refused


def test_a_zip_member_that_lies_about_its_size_fails_its_check(tmp_path):
    data = _declare_size(zipped({"a.fit": fit_file(samples(600))}), 100)
    (result,) = [read_job(j) for j in walk([write(tmp_path, "liar.zip", data)])]
    assert result.refused.startswith("it could not be unpacked")


def test_a_damaged_zip_is_refused(tmp_path):
    result = read_path(write(tmp_path, "export.zip", b"PK\x03\x04 not really a zip"))
    assert result.refused.startswith("it is not a zip archive CoreLog can open")
