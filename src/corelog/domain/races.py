"""Race classes and distances: whether a distance run fits a 5K, 10K, half or marathon.

A race logged as a 5K but 21.1 km long is a slip (a wrong choice in the list or a
mistyped distance), and it would also give a "fastest 5K" that no one ran. So a race
of a standard class is only accepted, and only counts for personal records, when its
distance is within :data:`RACE_DISTANCE_TOLERANCE` of the class's standard distance.
"""

from __future__ import annotations

import math
from fractions import Fraction

from corelog.domain.formatting import format_distance
from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks, symbols
from corelog.domain.vocabulary import RACE_DISTANCES_M

RACE_DISTANCE_TOLERANCE = Fraction(1, 10)
"""How far (either way, as a share of the standard distance) a race's logged distance may be.

Why ten percent: a certified road course is measured along the shortest line a runner
could take, so real runners always cover a little more; a GPS watch adds its own error,
a few percent long on an open road, more on twisty trails, and short under trees, in
tunnels or between tall buildings; trail races called "10K" are often a few hundred
metres off. Ten percent takes all of that in, while no two classes come near each
other (a 10K may be up to 11 km, a half no less than 19 km), so a real mix-up is caught.
"""

# What to say when a race is far from its class's distance; shown through ``Checks.marked``.
_TOO_FAR: dict[str, str] = {
    "5k": QT_TRANSLATE_NOOP(
        "Checks",
        "A 5K race is about {standard}; this run is {distance}. "
        "Choose 'other' or check the distance.",
    ),
    "10k": QT_TRANSLATE_NOOP(
        "Checks",
        "A 10K race is about {standard}; this run is {distance}. "
        "Choose 'other' or check the distance.",
    ),
    "half": QT_TRANSLATE_NOOP(
        "Checks",
        "A half marathon is about {standard}; this run is {distance}. "
        "Choose 'other' or check the distance.",
    ),
    "marathon": QT_TRANSLATE_NOOP(
        "Checks",
        "A marathon is about {standard}; this run is {distance}. "
        "Choose 'other' or check the distance.",
    ),
}


def _whole_metres_within(standard: int) -> tuple[int, int]:
    slack = standard * RACE_DISTANCE_TOLERANCE
    # Whole metres inside the range: round the bounds inwards.
    return math.ceil(standard - slack), math.floor(standard + slack)


def race_distance_range(race_class: str) -> tuple[int, int] | None:
    """The whole metres (shortest, longest) a race of ``race_class`` may measure.

    None for a class without a standard distance ("other"), which fits any distance.
    """
    standard = RACE_DISTANCES_M.get(race_class)
    return None if standard is None else _whole_metres_within(standard)


def race_distance_ranges() -> dict[str, tuple[int, int]]:
    """Each class with a standard distance (5k, 10k, half, marathon) and its range in metres."""
    return {key: _whole_metres_within(standard) for key, standard in RACE_DISTANCES_M.items()}


def race_distance_fits(race_class: str | None, distance_m: int | float) -> bool:
    """Whether a race of ``race_class`` may be ``distance_m`` long (any class-less race may)."""
    if race_class is None:
        return True
    limits = race_distance_range(race_class)
    return limits is None or limits[0] <= distance_m <= limits[1]


def _short(metres: int | float, unit: str, decimals: int) -> str:
    """ "5 km", "21.1 km", "13.1 mi": a distance without trailing zeros."""
    number, unit_text = format_distance(metres, unit, decimals).split(" ")
    point = symbols().decimal_point
    if point in number:
        number = number.rstrip("0").rstrip(point)
    return f"{number} {unit_text}"


def race_distance_message(race_class: str, distance_m: int | float, unit: str) -> str:
    """What to tell a user whose race of ``race_class`` is ``distance_m`` long (read in ``unit``).

    >>> race_distance_message("5k", 21100, "km")
    "A 5K race is about 5 km; this run is 21.1 km. Choose 'other' or check the distance."
    """
    standard = RACE_DISTANCES_M[race_class]
    return Checks.marked(_TOO_FAR[race_class]).format(
        standard=_short(standard, unit, 1), distance=_short(distance_m, unit, 2)
    )
