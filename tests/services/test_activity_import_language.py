"""An import's summary and reasons in the user's language, numbers as the locale writes
them, though the files are read in helper processes that know no language."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from corelog.activities.errors import Reason
from corelog.domain import i18n
from corelog.domain.i18n import QT_TRANSLATE_NOOP, NumberSymbols
from corelog.services.activity_import import ActivityImport, ImportOptions

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "activity-samples"


def _marked(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in language: every text CoreLog translates, marked «…»."""
    return i18n.with_count(f"«{text}»", n)


@pytest.fixture
def marked_language():
    i18n.use(_marked, NumberSymbols(decimal_point=",", group_separator="."))
    yield
    i18n.use()


def _import(store, folder: Path, workers: int) -> ActivityImport:
    options = ImportOptions(workers=workers, local_offset=lambda moment: 60)
    importer = ActivityImport(store, [folder], options)
    importer.run()
    return importer


def test_a_reason_keeps_its_pattern_on_the_way_from_a_helper_process():
    where = Reason(
        QT_TRANSLATE_NOOP("Activities", " (its part starting at byte {offset})"), offset=1234
    )
    reason = Reason(
        QT_TRANSLATE_NOOP(
            "Activities", "its FIT header{where} fails its checksum; the file is damaged"
        ),
        where=where,
    )
    assert reason == (
        "its FIT header (its part starting at byte 1,234) fails its checksum; "
        "the file is damaged"
    )
    back = pickle.loads(pickle.dumps(reason))
    assert (
        back == reason
        and back.pattern == reason.pattern
        and back.values["where"].values == {"offset": 1234}
    )


@pytest.mark.parametrize("workers", [0, 1])
def test_the_reasons_and_the_summary_are_in_the_users_language(
    marked_language, store, tmp_path, workers
):
    folder = tmp_path / "watch"
    folder.mkdir()
    for name in ("MonitoringFile.fit", "activity-unexpected-eof.fit", "garmin-fenix-5-bike.fit"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "empty.fit").write_bytes(b"")
    report = _import(store, folder, workers).report  # 1: read in a helper process
    reasons = {Path(line.name).name: line.reason for line in report.lines}
    assert reasons["empty.fit"] == "«the file is empty (0 bytes)»"
    assert reasons["MonitoringFile.fit"] == (
        "««daily monitoring (steps and heart rate through the day)», not a recorded activity»"
    )
    assert reasons["activity-unexpected-eof.fit"].startswith("«it is cut off before its end")
    assert "0,46 km" in reasons["garmin-fenix-5-bike.fit"]  # the locale's decimal point
    assert report.summary().startswith("«Added 0 runs»")
    assert "«1 rides»" in report.summary()
