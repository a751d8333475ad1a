"""Forgiving parsing of what users type into distance, time, hold and elevation fields.

Every parser returns the stored value (whole metres, whole seconds, whole milliseconds),
rounded to the nearest unit, halves up. A leading minus sign is read, so a negative
value comes back negative and validation can say "can't be negative" instead of "can't
read that". Text CoreLog cannot read raises :class:`ParseError`, whose message is a
sentence for the user naming what was expected.

Accepted input, case-insensitive, spaces optional, comma or point as decimal mark:

* distance, in the user's unit unless another is named: ``5``, ``5.2``, ``5,2``,
  ``5.2 km``, ``5.2km``, ``5k``, ``3.1 mi``, ``3.1 miles``, ``800 m``. For metres a
  separator followed by exactly three digits groups thousands (``1,500 m`` and
  ``1.500 m`` are both 1500 m), since nobody logs a run of a metre and a half.
* run duration: ``25:30`` (minutes:seconds), ``1:02:03`` (hours:minutes:seconds),
  ``45m``, ``45 min``, ``1h 5m``, ``1h05``, ``1h``, ``90s``, ``25'30"``, ``1.5h``.
  **A bare number means minutes**: ``45`` is 45 minutes. A bare number with decimals
  (``25.30``) is refused because people write it for both 25:30 and 25.3 minutes.
* timed hold: ``45`` (a bare number means seconds), ``45s``, ``45.5 s``, ``1:30``,
  ``1:30.25``, ``1m 30s``, ``1m30``, ``1.5m``. A bare number with decimals (``1.5``) is
  refused because people write it for both a minute and a half and a second and a half;
  the message offers both spellings (``1.5s``, ``1:30``).
* elevation gain: ``120``, ``120 m``, ``400 ft``, ``1,200 m``; a bare number is metres
  for users of kilometres and feet for users of miles. As for metres above, a separator
  followed by exactly three digits groups thousands.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Checks
from corelog.domain.units import METRES_PER_FOOT, check_unit, round_half_up, to_metres

MAX_INPUT_LENGTH = 40
"""Longer input is refused outright: no distance or time needs more characters."""


class ParseError(ValueError):
    """Text CoreLog cannot read; ``str(error)`` is a sentence to show next to the field."""


# The hints, in English: a message is translated where it is raised (``Checks.marked``).
DISTANCE_HINTS = {
    "km": QT_TRANSLATE_NOOP("Checks", "Enter a distance like 5.2 or 5.2 km."),
    "mi": QT_TRANSLATE_NOOP("Checks", "Enter a distance like 3.1 or 3.1 mi."),
}
DURATION_HINT = QT_TRANSLATE_NOOP("Checks", "Enter a time like 25:30, 1:02:03 or 45m.")
HOLD_HINT = QT_TRANSLATE_NOOP("Checks", "Enter a hold like 45, 45s or 1:30.")
ELEVATION_HINTS = {
    "km": QT_TRANSLATE_NOOP("Checks", "Enter an elevation gain like 120 or 120 m."),
    "mi": QT_TRANSLATE_NOOP("Checks", "Enter an elevation gain like 400 or 400 ft."),
}
WHOLE_NUMBER_HINT = QT_TRANSLATE_NOOP("Checks", "Enter a whole number, like 12.")

_NUMBER = r"(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)"
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\u2010": "-"})

_DISTANCE = re.compile(
    rf"(?P<number>{_NUMBER})\s*"
    r"(?P<unit>kilometres?|kilometers?|kms?|k|miles?|mi|metres?|meters?|m)?\.?"
)
_GROUPED_THOUSANDS = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{3})+")
_DISTANCE_UNITS = {
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "km": "km", "kms": "km", "k": "km",
    "mile": "mi", "miles": "mi", "mi": "mi",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "m": "m",
}  # fmt: skip

_TIME_TOKEN = re.compile(
    rf"(?P<number>{_NUMBER})\s*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|''|'|\"|′′|′|″)?\s*"
)
_HOURS, _MINUTES, _SECONDS = 3600, 60, 1
_TIME_UNITS = {
    "hour": _HOURS, "hours": _HOURS, "hr": _HOURS, "hrs": _HOURS, "h": _HOURS,
    "minute": _MINUTES, "minutes": _MINUTES, "min": _MINUTES, "mins": _MINUTES,
    "m": _MINUTES, "'": _MINUTES, "′": _MINUTES,
    "second": _SECONDS, "seconds": _SECONDS, "sec": _SECONDS, "secs": _SECONDS,
    "s": _SECONDS, "''": _SECONDS, '"': _SECONDS, "′′": _SECONDS, "″": _SECONDS,
}  # fmt: skip
_CLOCK = re.compile(
    r"(?P<first>[0-9]+):(?P<second>[0-9]{2})(?::(?P<third>[0-9]{2}))?"
    r"(?P<fraction>[.,][0-9]*)?"
)

_ELEVATION = re.compile(rf"(?P<number>{_NUMBER})\s*(?P<unit>metres?|meters?|m|feet|foot|ft)?\.?")


def _normalise(text: str, hint: str) -> tuple[bool, str]:
    """Fold case, width and spaces; split off a sign. Returns (negative, rest)."""
    if not isinstance(text, str):
        raise ParseError(hint)
    folded = unicodedata.normalize("NFKC", text).translate(_MINUS_SIGNS).casefold()
    folded = " ".join(folded.split())
    if not folded or len(folded) > MAX_INPUT_LENGTH:
        raise ParseError(hint)
    negative = folded[0] == "-"
    if folded[0] in "+-":
        folded = folded[1:].lstrip()
    if not folded:
        raise ParseError(hint)
    return negative, folded


def _decimal(number: str) -> Decimal:
    return Decimal(number.replace(",", "."))


def _whole_metres(number: str) -> Decimal:
    """A number of metres or feet: "1,500" and "1.500" group thousands (both are 1500)."""
    if _GROUPED_THOUSANDS.fullmatch(number):
        return Decimal(number.replace(",", "").replace(".", ""))
    return _decimal(number)


def parse_distance(text: str, unit: str) -> int:
    """Read a distance typed in the user's ``unit`` ("km" or "mi"); return whole metres.

    >>> parse_distance("5,2", "km"), parse_distance("3.1 mi", "km"), parse_distance("800 m", "mi")
    (5200, 4989, 800)
    """
    hint = Checks.marked(DISTANCE_HINTS[check_unit(unit)])
    negative, rest = _normalise(text, hint)
    match = _DISTANCE.fullmatch(rest)
    if match is None:
        raise ParseError(hint)
    number = match["number"]
    named = _DISTANCE_UNITS.get(match["unit"] or "", unit)
    if named == "m":
        metres = round_half_up(_whole_metres(number))
    else:
        metres = to_metres(_decimal(number), named)
    return -metres if negative else metres


def _clock_seconds(match: re.Match[str], hint: str) -> Decimal:
    first, second, third = match["first"], match["second"], match["third"]
    fraction = match["fraction"] or ""
    if third is None:
        hours, minutes, seconds = 0, int(first), int(second)
    else:
        hours, minutes, seconds = int(first), int(second), int(third)
        if minutes >= 60:
            raise ParseError(
                Checks.tr("Minutes after the hours must be below 60. {hint}").format(hint=hint)
            )
    if seconds >= 60:
        raise ParseError(
            Checks.tr("Seconds after a colon must be below 60. {hint}").format(hint=hint)
        )
    whole = hours * _HOURS + minutes * _MINUTES + seconds
    return Decimal(whole) + (_decimal("0" + fraction) if fraction not in ("", ".", ",") else 0)


def _token_seconds(text: str, bare_unit: int, hint: str) -> Decimal:
    tokens: list[tuple[str, str | None]] = []
    position = 0
    while position < len(text):
        match = _TIME_TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise ParseError(hint)
        tokens.append((match["number"], match["unit"]))
        position = match.end()
    total = Decimal(0)
    previous: int | None = None
    for index, (number, unit_text) in enumerate(tokens):
        if unit_text is not None:
            unit = _TIME_UNITS[unit_text]
        elif index != len(tokens) - 1:
            raise ParseError(hint)  # "1 5": only the last number may go without a unit
        elif previous is None:
            unit = bare_unit
            if unit == _MINUTES and not re.fullmatch(r"[0-9]+[.,]?", number):
                raise ParseError(
                    Checks.tr(
                        "Write 25:30 for 25 minutes 30 seconds, or 25.5m for decimal minutes."
                    )
                )
        elif previous == _SECONDS:
            raise ParseError(hint)
        else:
            unit = previous // 60  # "1h05" is 1 h 5 min, "5m30" is 5 min 30 s
        if previous is not None and unit >= previous:
            raise ParseError(hint)  # units in order, each once: hours, minutes, seconds
        total += _decimal(number) * unit
        previous = unit
    return total


def _parse_seconds(text: str, bare_unit: int, hint: str) -> tuple[bool, Decimal]:
    negative, rest = _normalise(text, hint)
    if ":" in rest:
        clock = _CLOCK.fullmatch(rest.replace(" ", ""))
        if clock is None:
            raise ParseError(hint)
        return negative, _clock_seconds(clock, hint)
    return negative, _token_seconds(rest, bare_unit, hint)


def parse_duration(text: str) -> int:
    """Read a run's duration; return whole seconds. A bare number means minutes.

    >>> parse_duration("25:30"), parse_duration("1h05"), parse_duration("45")
    (1530, 3900, 2700)
    """
    negative, seconds = _parse_seconds(text, _MINUTES, Checks.marked(DURATION_HINT))
    value = round_half_up(seconds)
    return -value if negative else value


_BARE_DECIMAL = re.compile(r"[0-9]*[.,][0-9]+")


def _bare_decimal_hold(number: str) -> str:
    """What to say about a hold typed as a bare decimal: seconds or minutes?"""
    as_minutes = _decimal(number) * _MINUTES
    if as_minutes == as_minutes.to_integral_value() and 0 < as_minutes <= 30 * _MINUTES:
        whole = int(as_minutes)
        return Checks.tr(
            "Seconds or minutes? Write {number}s for seconds, or {clock} for {number} minutes."
        ).format(number=number, clock=f"{whole // 60}:{whole % 60:02d}")
    return Checks.tr("Seconds or minutes? Write {number}s for seconds.").format(number=number)


def parse_hold(text: str, hint: str = HOLD_HINT) -> int:
    """Read a timed hold; return whole milliseconds. A bare whole number means seconds.

    Other short times typed the same way (a rest, a prep countdown) pass the ``hint``
    their field's messages end with.

    >>> parse_hold("45"), parse_hold("1:30"), parse_hold("45.5 s")
    (45000, 90000, 45500)

    A bare number with decimals ("1.5") is refused: it may mean seconds or minutes.
    """
    hint = Checks.marked(hint)
    negative, rest = _normalise(text, hint)
    if not negative and _BARE_DECIMAL.fullmatch(rest):
        raise ParseError(_bare_decimal_hold(rest))
    negative, seconds = _parse_seconds(text, _SECONDS, hint)
    value = round_half_up(seconds * 1000)
    return -value if negative else value


def parse_elevation(text: str, unit: str) -> int:
    """Read an elevation gain; return whole metres.

    A bare number is metres for users of kilometres and feet for users of miles.
    """
    hint = Checks.marked(ELEVATION_HINTS[check_unit(unit)])
    negative, rest = _normalise(text, hint)
    match = _ELEVATION.fullmatch(rest)
    if match is None:
        raise ParseError(hint)
    named = match["unit"] or ("m" if unit == "km" else "ft")
    amount = _whole_metres(match["number"])
    metres = round_half_up(amount if named.startswith("m") else amount * METRES_PER_FOOT)
    return -metres if negative else metres


def parse_whole_number(text: str, hint: str = WHOLE_NUMBER_HINT) -> int:
    """Read a whole number such as ``12`` or ``-3``; ``12.0`` is 12, ``12.5`` is refused."""
    hint = Checks.marked(hint)
    negative, rest = _normalise(text, hint)
    if re.fullmatch(_NUMBER, rest) is None:
        raise ParseError(hint)
    value = _decimal(rest)
    if value != value.to_integral_value():
        raise ParseError(hint)
    return -int(value) if negative else int(value)
