"""Distance units, conversions and pace.

CoreLog stores distances in whole metres, run durations in whole seconds and timed
holds in whole milliseconds. The user's unit ("km" or "mi", from Settings) only
changes what is shown and how typed numbers are read; it never changes a stored value.

Pace is derived from a run's distance and duration whenever it is shown, never stored.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, get_args

Unit = Literal["km", "mi"]
UNITS: tuple[Unit, ...] = get_args(Unit)

METRES_PER_KM = 1000
METRES_PER_MILE = Decimal("1609.344")  # the international mile, exactly
METRES_PER_FOOT = Decimal("0.3048")  # the international foot, exactly

_METRES_PER_UNIT: dict[str, Decimal] = {"km": Decimal(METRES_PER_KM), "mi": METRES_PER_MILE}


def check_unit(unit: str) -> Unit:
    """Return ``unit`` if it is one CoreLog knows ("km" or "mi"), else raise ValueError."""
    if unit not in _METRES_PER_UNIT:
        raise ValueError(f"unknown distance unit {unit!r}; expected 'km' or 'mi'")
    return unit  # type: ignore[return-value]


def metres_per_unit(unit: str) -> Decimal:
    """Exact number of metres in one kilometre or one mile."""
    return _METRES_PER_UNIT[check_unit(unit)]


def round_half_up(value: Decimal) -> int:
    """Round to the nearest whole number, halves away from zero (as people round)."""
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def to_metres(amount: Decimal | int | float | str, unit: str) -> int:
    """Convert an amount in ``unit`` to whole metres (nearest metre).

    >>> to_metres("5.2", "km"), to_metres("3.1", "mi")
    (5200, 4989)
    """
    return round_half_up(Decimal(str(amount)) * metres_per_unit(unit))


def from_metres(metres: int | float, unit: str) -> float:
    """Distance in ``unit`` (kilometres or miles) for a number of metres, e.g. for charts."""
    return float(Decimal(str(metres)) / metres_per_unit(unit))


def pace_seconds(
    distance_m: int | float, duration_s: int | float, unit: str = "km"
) -> float | None:
    """Seconds per kilometre or per mile, or None when distance or duration is not positive.

    >>> pace_seconds(5000, 1470)
    294.0
    """
    check_unit(unit)
    if distance_m <= 0 or duration_s <= 0:
        return None
    return float(Decimal(str(duration_s)) * metres_per_unit(unit) / Decimal(str(distance_m)))
