"""CoreLog reads the date and time from one clock (corelog.domain.clock), nothing else.

A "now" or "today" read anywhere else would escape the tests that fix the clock, and a
page would show whichever day the machine happens to be on. This test reads every module
of CoreLog and names each place that asks the computer (or Qt) for the time directly.
"""

from __future__ import annotations

import ast
from pathlib import Path

import corelog

SOURCE = Path(corelog.__file__).parent
THE_CLOCK = SOURCE / "domain" / "clock.py"

# (owner, attribute) pairs that read the wall clock or the calendar.
FORBIDDEN_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "ctime"),
    ("time", "asctime"),
    ("QDate", "currentDate"),
    ("QTime", "currentTime"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDateTime", "currentSecsSinceEpoch"),
}
FORBIDDEN_FROM_IMPORTS = {("time", "time"), ("time", "time_ns"), ("time", "localtime")}
SQL_CLOCK_WORDS = ("'now'", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME")
# The only exception: the timer core's default wall clock, which it reads solely to notice
# that the machine slept (never for a date). The app hands it ``clock.wall_ns`` anyway.
ALLOWED = {("timer/core.py", "time.time_ns")}


def _owner(node: ast.expr) -> str | None:
    """The last name of the object an attribute is read from: ``datetime`` for
    ``datetime.now`` and for ``dt.datetime.now``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def clock_reads(source: str, filename: str = "<module>") -> list[str]:
    """Each direct read of the computer's clock in ``source``, as ``line: what``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Attribute) and (_owner(node.value), node.attr) in FORBIDDEN_CALLS:
            found.append(f"{node.lineno}: {_owner(node.value)}.{node.attr}")
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if (node.module, alias.name) in FORBIDDEN_FROM_IMPORTS:
                    found.append(f"{node.lineno}: from {node.module} import {alias.name}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            upper = node.value.upper()
            if any(word.upper() in upper for word in SQL_CLOCK_WORDS) and (
                "SELECT" in upper or "DEFAULT" in upper or "INSERT" in upper
            ):
                found.append(f"{node.lineno}: SQL reads the database's clock")
    return sorted(found, key=lambda place: int(place.split(":")[0]))


def test_the_scanner_finds_every_way_of_reading_the_clock():
    sample = "\n".join(
        [
            "import datetime as dt, time",
            "from datetime import date, datetime",
            "from time import time_ns",
            "from PySide6.QtCore import QDate, QDateTime",
            "a = datetime.now()",
            "b = dt.datetime.now(dt.UTC)",
            "c = date.today()",
            "d = time.time()",
            "e = QDate.currentDate()",
            "f = QDateTime.currentDateTime()",
            "g = 'SELECT datetime(\\'now\\')'",
            "h = time.monotonic_ns()",
            "i = datetime.fromisoformat('2026-12-06')",
        ]
    )
    assert [line.split(":")[0] for line in clock_reads(sample)] == [
        "3", "5", "6", "7", "8", "9", "10", "11",
    ]  # fmt: skip


def test_nothing_but_the_one_clock_reads_the_time():
    offenders = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path == THE_CLOCK:
            continue
        name = path.relative_to(SOURCE).as_posix()
        for place in clock_reads(path.read_text(encoding="utf-8"), str(path)):
            if (name, place.split(": ", 1)[1]) not in ALLOWED:
                offenders.append(f"{name}:{place}")
    assert offenders == [], "read the time from corelog.domain.clock instead:\n" + "\n".join(
        offenders
    )


def test_the_clock_module_is_where_the_time_is_read():
    assert clock_reads(THE_CLOCK.read_text(encoding="utf-8")) != []


def test_tests_never_read_qts_clock():
    """Tests move the clock with time-machine (the clock_at fixture), which Python's clock
    follows and Qt's own does not: a test that asks Qt for the date reads the machine's."""
    tests = Path(__file__).parent
    offenders = []
    for path in sorted(tests.rglob("*.py")):
        for place in clock_reads(path.read_text(encoding="utf-8"), str(path)):
            if place.split(": ", 1)[1].startswith(("QDate", "QTime", "QDateTime")):
                offenders.append(f"{path.relative_to(tests)}:{place}")
    assert offenders == []
