"""An export file from "another computer", for the GUI tests of importing one: six months
of demo history ending yesterday, from a computer set to miles and weeks from Sunday,
preferences set later than anything set here."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from corelog.services import exchange
from corelog.services.demo import DEMO, generate_history
from corelog.services.preferences import PreferenceValue
from corelog.store.store import Store

SET_THERE = datetime(2030, 1, 1, tzinfo=UTC)  # later than anything set here


def last_day() -> date:
    """Yesterday, by the suite's clock (CORELOG_TEST_NOW moves it too)."""
    return date.today() - timedelta(days=1)


def count(store: Store, table: str) -> int:
    return store.reader.scalar(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL")


def another_computers_export(folder: Path, name: str) -> tuple[Path, dict[str, int]]:
    """The export file ``folder/name``, and how many runs and core sessions it holds."""
    source = Store.open(folder / "laptop.db")
    generate_history(source, DEMO, last_day=last_day())
    path = folder / name
    exchange.export_json(
        source,
        path,
        preferences={
            "units/distance": PreferenceValue("mi", SET_THERE),
            "calendar/week_start": PreferenceValue(6, SET_THERE),
        },
    )
    counts = {t: count(source, t) for t in ("run", "core_session")}
    source.close()
    return path, counts
