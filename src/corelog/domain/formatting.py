"""Showing stored values to users: rounded display texts and exact edit texts.

Display texts are rounded for reading ("5.20 km", "4:54 /km", "25:30", "45 s"), and
counts carry the right form of their noun ("1 run", "3 runs").
Edit texts are what a form shows when an entry is opened again: reading an edit text
back with :mod:`corelog.domain.parsing`, in the same unit, gives exactly the stored
value, so opening an entry and saving it unchanged never changes it. A run's distance is
the exception: its field shows the rounded number lists show
(:func:`format_distance_field`), and the run form keeps the stored metres for as long
as that text is left unchanged.
"""

from __future__ import annotations

from decimal import Decimal

from corelog.domain import i18n
from corelog.domain.parsing import parse_distance
from corelog.domain.units import (
    METRES_PER_FOOT,
    check_unit,
    metres_per_unit,
    pace_seconds,
    round_half_up,
)

_EDIT_DECIMALS = range(5)  # km needs at most 3 decimals, miles at most 4


def _fixed(value: Decimal, decimals: int) -> str:
    """Rounded half up, with the user's decimal point ("5.20", "5,20"); never "-0.00"."""
    return i18n.number(value, decimals)


def format_distance(metres: int | float, unit: str, decimals: int = 2) -> str:
    """Distance for reading, in the user's unit: ``format_distance(5200, "km")`` is "5.20 km"."""
    check_unit(unit)
    amount = Decimal(str(metres)) / metres_per_unit(unit)
    return f"{_fixed(amount, decimals)} {unit}"


def format_distance_field(metres: int | float, unit: str, decimals: int = 2) -> str:
    """A stored distance put back in a form field: the number lists show, without the unit.

    Rounded as :func:`format_distance` rounds (two decimals unless ``decimals`` says
    otherwise, as for a list that shows one), with trailing zeros dropped: 17520 m is
    "17.52" in km and "10.89" in miles, not "10.8864". It does not read back to the same
    metres, so a form showing it keeps the stored value for as long as the text is left
    as shown.

    >>> format_distance_field(17520, "mi"), format_distance_field(8000, "km")
    ('10.89', '8')
    """
    number = format_distance(metres, unit, decimals).split(" ")[0]
    point = i18n.symbols().decimal_point
    return number.rstrip("0").rstrip(point) if point in number else number


def format_distance_edit(metres: int, unit: str, *, with_unit: bool = False) -> str:
    """Exact distance for a form field: the shortest number that reads back to ``metres``.

    >>> format_distance_edit(5200, "km"), format_distance_edit(4989, "mi")
    ('5.2', '3.1')
    """
    check_unit(unit)
    amount = Decimal(metres) / metres_per_unit(unit)
    for decimals in _EDIT_DECIMALS:
        text = _fixed(amount, decimals)
        if parse_distance(text, unit) == metres:
            break
    else:  # pragma: no cover - four decimals of a mile are always within half a metre
        raise ValueError(f"cannot write {metres} m exactly in {unit}")
    return f"{text} {unit}" if with_unit else text


def count_text(count: int, one: str, many: str | None = None) -> str:
    """A count with its noun, singular for one and plural otherwise, thousands grouped.

    Every "N things" phrase CoreLog shows goes through here, so none says "1 seconds".
    ``many`` is the plural when it is not ``one`` + "s".

    >>> count_text(1, "second"), count_text(0, "run"), count_text(1200, "entry", "entries")
    ('1 second', '0 runs', '1,200 entries')
    """
    return f"{i18n.integer(count)} {one if count == 1 else (many or one + 's')}"


def _clock(total: int) -> str:
    sign = "-" if total < 0 else ""
    hours, rest = divmod(abs(total), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"
    return f"{sign}{minutes}:{seconds:02d}"


def format_duration(seconds: int) -> str:
    """A run's duration as "25:30" or "1:02:03"; exact, so it is also the edit text."""
    return _clock(int(seconds))


format_duration_edit = format_duration


def format_hours_minutes(seconds: int | float) -> str:
    """A total time in words for summaries: "45 min", "5 h 32 min" (nearest minute)."""
    minutes = round_half_up(Decimal(str(seconds)) / 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{minutes} min"


def format_pace(seconds_per_unit: float, unit: str) -> str:
    """A pace for reading, to the nearest second: ``format_pace(294, "km")`` is "4:54 /km"."""
    check_unit(unit)
    return f"{_clock(round_half_up(Decimal(str(seconds_per_unit))))} /{unit}"


def format_run_pace(distance_m: int | float, duration_s: int | float, unit: str) -> str:
    """The pace of a run for reading, or "" while distance or duration is not positive."""
    pace = pace_seconds(distance_m, duration_s, unit)
    return "" if pace is None else format_pace(pace, unit)


def format_hold(milliseconds: int) -> str:
    """A hold for reading, to the nearest second: "45 s" below a minute, else "1:30"."""
    seconds = round_half_up(Decimal(int(milliseconds)) / 1000)
    return f"{seconds} s" if abs(seconds) < 60 else _clock(seconds)


def format_hold_edit(milliseconds: int) -> str:
    """Exact hold for a form field: "45", "45.5s", "1:30", "1:30.25" (read back as given).

    Below a minute a fraction carries its unit: a bare "45.5" is not read (seconds or
    minutes?).
    """
    sign = "-" if milliseconds < 0 else ""
    whole_seconds, millis = divmod(abs(int(milliseconds)), 1000)
    point = i18n.symbols().decimal_point
    fraction = f"{point}{millis:03d}".rstrip("0") if millis else ""
    if whole_seconds < 60:
        return f"{sign}{whole_seconds}{fraction}{'s' if fraction else ''}"
    return f"{sign}{_clock(whole_seconds)}{fraction}"


def _feet(metres: int | float) -> Decimal:
    return Decimal(str(metres)) / METRES_PER_FOOT


def format_elevation(metres: int | float, unit: str) -> str:
    """Elevation gain for reading: metres for kilometre users, feet for mile users."""
    if check_unit(unit) == "km":
        return f"{round_half_up(Decimal(str(metres)))} m"
    return f"{round_half_up(_feet(metres))} ft"


def format_elevation_edit(metres: int, unit: str) -> str:
    """Exact elevation gain for a form field, as a bare number in metres or feet."""
    if check_unit(unit) == "km":
        return str(int(metres))
    return str(round_half_up(_feet(metres)))
