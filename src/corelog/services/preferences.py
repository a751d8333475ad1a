"""Preferences that describe the user's training, and so travel in export files.

Which preferences travel is decided here, once: those that say how the user trains and
counts their training, the same on every computer they log on:

* ``units/distance``: kilometres or miles, how they think of distance;
* ``calendar/week_start``: the day their training week begins (weekly totals, the core
  target and the 10 percent rule are counted in those weeks);
* ``timer/prep_s``: how long the plank timer counts down before the first hold;
* ``heart/resting_bpm``, ``heart/max_bpm`` and ``heart/weighting``: the heart rates
  (and the men's or women's weighting) History's heart-rate load, Banister's TRIMP, is
  worked out with, so the load of a run is the same number on every computer.

Those that describe the machine stay on it: the theme, sound and spoken cues (one
computer has speakers, another not), the window's size and place, which page was open.
A new preference that says how the user trains belongs here too.

The values live in QSettings (``ui.settings``), with the moment each was last changed.
The UI hands them to an export as :class:`PreferenceValue` records and applies the ones
an import brings (:func:`newer_preferences`), telling the user which.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from corelog.domain import i18n
from corelog.domain.i18n import Exchange

A_MONDAY = date(2024, 1, 1)


@dataclass(frozen=True)
class Setting:
    """A preference: its key in QSettings, its default (and so its type), its allowed values."""

    key: str
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None

    @property
    def kind(self) -> type:
        return type(self.default)

    def allows(self, value: Any) -> bool:
        """Whether ``value`` is one of the choices and within the range, where there are."""
        if self.choices is not None and value not in self.choices:
            return False
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum


@dataclass(frozen=True)
class TrainingPreference(Setting):
    """A preference that travels, with how an import's report says its value."""

    describe: Callable[[Any], str] = str

    def check(self, value: Any) -> Any:
        """``value`` if it is one this preference allows; ValueError otherwise."""
        if self.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(Exchange.tr("must be a whole number."))
        if self.kind is str and not isinstance(value, str):
            raise ValueError(Exchange.tr("must be text."))
        if self.allows(value):
            return value
        if self.choices is not None:
            # Only an export file's bad value gets here: its checks load with it, not at
            # start-up (tests/test_startup_imports.py).
            from corelog.services.exchange_fields import one_of

            raise ValueError(one_of(self.choices))
        raise ValueError(
            Exchange.tr("must be from {low} to {high}.").format(
                low=i18n.integer(self.minimum), high=i18n.integer(self.maximum)
            )
        )


def _unit(value: str) -> str:
    if value == "mi":
        return Exchange.tr("distances in miles")
    return Exchange.tr("distances in kilometres")


def _week_start(value: int) -> str:
    day = i18n.date_text(A_MONDAY + timedelta(days=value), "dddd")
    return Exchange.tr("weeks start on {day}").format(day=day)


def _prep(value: int) -> str:
    if value == 0:
        return Exchange.tr("the plank timer starts holds without a countdown")
    return Exchange.tr("the plank timer counts down {seconds} s before the first hold").format(
        seconds=i18n.integer(value)
    )


def _resting(value: int) -> str:
    return Exchange.tr("resting heart rate {bpm} bpm").format(bpm=i18n.integer(value))


def _maximum(value: int) -> str:
    return Exchange.tr("maximum heart rate {bpm} bpm").format(bpm=i18n.integer(value))


def _weighting(value: str) -> str:
    if value == "women":
        return Exchange.tr("heart-rate load weighted for women")
    return Exchange.tr("heart-rate load weighted for men")


TRAINING_PREFERENCES: dict[str, TrainingPreference] = {
    p.key: p
    for p in (
        TrainingPreference("units/distance", "km", choices=("km", "mi"), describe=_unit),
        # 0 = Monday ... 6 = Sunday
        TrainingPreference("calendar/week_start", 0, minimum=0, maximum=6, describe=_week_start),
        # The plank timer's countdown before the first hold, in seconds.
        TrainingPreference("timer/prep_s", 5, minimum=0, maximum=60, describe=_prep),
        # Heart rate for History's heart-rate load (Banister's TRIMP), beats a minute.
        TrainingPreference("heart/resting_bpm", 60, minimum=30, maximum=120, describe=_resting),
        TrainingPreference("heart/max_bpm", 190, minimum=120, maximum=230, describe=_maximum),
        TrainingPreference("heart/weighting", "men", choices=("men", "women"), describe=_weighting),
    )
}
"""Declared here with their defaults and allowed values, the one rule for them: ``ui.settings``
stores them, and the Settings page's fields take their choices and ranges from here."""


@dataclass(frozen=True)
class PreferenceValue:
    """A preference's value and when the user last set it (aware)."""

    value: Any
    changed_at: datetime


def newer_preferences(
    incoming: Mapping[str, PreferenceValue], here: Mapping[str, PreferenceValue]
) -> dict[str, PreferenceValue]:
    """The incoming preferences to take: those set later than here, or never set here.
    The newer change wins, as for entries (the time is taken too, so that both computers
    agree afterwards)."""
    out = {}
    for key, theirs in incoming.items():
        mine = here.get(key)
        if mine is None or theirs.changed_at > mine.changed_at:
            out[key] = theirs
    return out


def describe_preferences(
    changes: Mapping[str, PreferenceValue], current: Mapping[str, Any] | None = None
) -> str:
    """One sentence for the user, naming the preferences whose value changes (``current``:
    the values now): "Preferences from the file: distances in miles; ..."."""
    current = current or {}
    parts = [
        TRAINING_PREFERENCES[key].describe(change.value)
        for key, change in changes.items()
        if key in TRAINING_PREFERENCES and current.get(key) != change.value
    ]
    if not parts:
        return ""
    return Exchange.tr("Preferences from the file: {preferences}.").format(
        preferences="; ".join(parts)
    )
