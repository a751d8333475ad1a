"""The fixed keys CoreLog stores for kinds of runs, surfaces, sets and soreness details.

These are the values written to the database; what users read for each key is chosen
by the user interface.
"""

from __future__ import annotations

RUN_TYPES: tuple[str, ...] = ("easy", "long", "tempo", "intervals", "hills", "sprints", "race")
RACE = "race"
EASY = "easy"

RACE_CLASSES: tuple[str, ...] = ("5k", "10k", "half", "marathon", "other")
# Race classes with a standard distance, for personal records (metres, nearest metre).
RACE_DISTANCES_M: dict[str, int] = {"5k": 5000, "10k": 10000, "half": 21098, "marathon": 42195}

SURFACES: tuple[str, ...] = ("road", "trail", "track", "treadmill", "grass")

SET_MEASURES: tuple[str, ...] = ("hold", "reps")
SIDES: tuple[str, ...] = ("left", "right")

SORENESS_FEELS: tuple[str, ...] = ("dull", "sharp")  # dull or tight / sharp or localised
SORENESS_ONSETS: tuple[str, ...] = ("during", "hours", "delayed")  # during / hours / 24-48 h
SORENESS_TRENDS: tuple[str, ...] = ("improving", "steady", "worsening")

EFFORT_MIN, EFFORT_MAX = 1, 10
SEVERITY_MIN, SEVERITY_MAX = 0, 10
