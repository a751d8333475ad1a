"""CoreLog's words and numbers in the user's language, without Qt.

Every text a user reads goes through a translation context::

    from corelog.domain.i18n import History
    History.tr("Weekly distance")
    History.tr("%Ln runs", "", count)            # plural forms, the count grouped
    History.tr("Week of {day}").format(day=...)  # never an f-string: it cannot be looked up

``pyside6-lupdate`` finds these calls (``make translations``): the name before ``.tr`` is
the context a translator sees, so always call a context by the name it is declared under
here, never through another name. The UI (``ui.i18n``) plugs in Qt's translation and
``QLocale``; until it does (the command line, the services tests), English is used, with
its plural forms read from ``resources/translations/corelog_en.ts``.

Numbers and dates are written for the user's locale through :func:`number`,
:func:`integer` and :func:`date_text` ("13,8" and "Do., 3. Dez." in German), with Qt's
date-format patterns (``ddd d MMM``); the patterns CoreLog uses are themselves
translatable (:data:`Dates`), since word order differs between languages.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

Translate = Callable[[str, str, "str | None", int], str]
"""``(context, text, disambiguation, n) -> translated text`` (``n`` is -1 for no count)."""


class Context:
    """A translation context: the group a translator sees a text in (a page, an area)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the user's language; with ``n``, the plural form for that count,
        ``%n`` (or ``%Ln``, grouped for the locale) replaced by it."""
        return _state.translate(self.name, text, disambiguation or None, n)

    def marked(self, text: str, disambiguation: str | None = None) -> str:
        """A text marked with ``QT_TRANSLATE_NOOP`` where it is declared (at import time,
        before the language is chosen), translated where it is shown."""
        return _state.translate(self.name, text, disambiguation or None, -1)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"


# The contexts, one per area of the app. Call each by this name (lupdate reads it).
App = Context("App")  # the window, its menus, start-up and shared dialogs
Common = Context("Common")  # words every page uses: Save, Cancel, units, kinds of entry
Dates = Context("Dates")  # date and time patterns, and names of periods
Checks = Context("Checks")  # messages about what was typed, next to the field
Today = Context("Today")
Log = Context("Log")  # runs: the form and the list
Core = Context("Core")  # core sessions, sets and exercises
Timer = Context("Timer")
Recovery = Context("Recovery")
History = Context("History")
Activities = Context("Activities")  # importing activity files, a run's own page
Settings = Context("Settings")
Exchange = Context("Exchange")  # export and import files, backups, the database

CONTEXTS: tuple[Context, ...] = (
    App, Common, Dates, Checks, Today, Log, Core, Timer, Recovery, History, Activities,
    Settings, Exchange,
)  # fmt: skip


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for translation in ``context`` where it is declared (a table of
    labels); it is translated where shown, with ``<Context>.marked(text)``."""
    return text


# ---------------------------------------------------------------------- locale
@dataclass(frozen=True)
class NumberSymbols:
    decimal_point: str = "."
    group_separator: str = ","


DateText = Callable[["date | datetime | time", str], str]
"""``(value, Qt date-format pattern) -> text`` in the user's locale."""


class _State:
    def __init__(self) -> None:
        self.translate: Translate = english
        self.symbols = NumberSymbols()
        self.date_text: DateText = english_date_text


def use(
    translate: Translate | None = None,
    symbols: NumberSymbols | None = None,
    date_text: DateText | None = None,
) -> None:
    """Installs the translation and locale the UI chose; ``use()`` puts English back."""
    _state.translate = translate or english
    _state.symbols = symbols or NumberSymbols()
    _state.date_text = date_text or english_date_text


def symbols() -> NumberSymbols:
    return _state.symbols


def number(value: float | int | Decimal, decimals: int = 0, *, grouped: bool = False) -> str:
    """``value`` rounded half up to ``decimals`` places, with the locale's decimal point
    (and thousands separator when ``grouped``): ``number(13.75, 1)`` is "13.8" ("13,8")."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0.0"
    text = f"{rounded:,f}" if grouped else f"{rounded:f}"
    marks = _state.symbols
    return text.translate(str.maketrans({",": marks.group_separator, ".": marks.decimal_point}))


def integer(value: int) -> str:
    """A whole number with the locale's thousands separator: "1,200" ("1.200")."""
    return number(int(value), 0, grouped=True)


def date_text(value: date | datetime | time, pattern: str) -> str:
    """``value`` written with a Qt date-format ``pattern`` in the user's locale. Patterns
    are translated first where word order differs: ``date_text(day, Dates.tr("ddd d MMM"))``.
    """
    return _state.date_text(value, pattern)


def short_day(day: date | datetime) -> str:
    """ "Thu 3 Dec" ("Do., 3. Dez.")."""
    return date_text(day, Dates.tr("ddd d MMM"))


def long_day(day: date | datetime) -> str:
    """ "Thursday 3 December 2026" ("Donnerstag, 3. Dezember 2026")."""
    return date_text(day, Dates.tr("dddd d MMMM yyyy"))


def clock_time(moment: datetime | time) -> str:
    """ "14:05"."""
    return date_text(moment, Dates.tr("HH:mm"))


# ---------------------------------------------------------------------- English
_PLACEHOLDER = re.compile(r"%L?n")


def with_count(text: str, n: int) -> str:
    """``text`` with ``%n`` replaced by ``n`` and ``%Ln`` by ``n`` grouped for the locale."""
    if n < 0:
        return text
    return _PLACEHOLDER.sub(lambda m: integer(n) if m.group() == "%Ln" else str(n), text)


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with its English plural form for ``n``."""
    if n >= 0:
        forms = english_plurals().get((context, text, disambiguation or ""))
        if forms:
            text = forms[0] if n == 1 else forms[-1]
    return with_count(text, n)


def _catalogue() -> Path | None:
    here = Path(__file__).resolve().parent.parent  # the corelog package
    places = [here / "resources", here.parent.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places += [Path(bundle) / "resources", Path(bundle) / "corelog" / "resources"]
    for place in places:
        path = place / "translations" / "corelog_en.ts"
        if path.is_file():
            return path
    return None


@cache
def english_plurals() -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The English singular and plural of every text with a count, from corelog_en.ts
    (``lupdate -pluralonly``): ``("History", "%Ln runs", "") -> ("%Ln run", "%Ln runs")``.
    """
    path = _catalogue()
    if path is None:
        return {}
    table = {}
    root = ElementTree.parse(path).getroot()  # CoreLog's own file, shipped with it
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = tuple(f.text or "" for f in message.iter("numerusform"))
            if message.get("numerus") == "yes" and all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = forms
    return table


_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_TOKEN = re.compile(r"'[^']*'|dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy|HH|H|hh|h|mm|m|ss|s|AP|ap")


def english_date_text(value: date | datetime | time, pattern: str) -> str:
    """The subset of Qt's date-format patterns CoreLog uses, with English names."""

    def part(token: str) -> str:
        if token.startswith("'"):
            return token[1:-1] or "'"
        if token[0] in "dMy" and isinstance(value, time):
            return token
        if token[0] in "Hhms" and not isinstance(value, (datetime, time)):
            return token
        v = value
        match token:
            case "dddd":
                return _EN_DAYS[v.weekday()]
            case "ddd":
                return _EN_DAYS[v.weekday()][:3]
            case "dd" | "d":
                return f"{v.day:0{len(token)}d}"
            case "MMMM":
                return _EN_MONTHS[v.month - 1]
            case "MMM":
                return _EN_MONTHS[v.month - 1][:3]
            case "MM" | "M":
                return f"{v.month:0{len(token)}d}"
            case "yyyy":
                return f"{v.year:04d}"
            case "yy":
                return f"{v.year % 100:02d}"
            case "HH" | "H":
                return f"{v.hour:0{len(token)}d}"
            case "hh" | "h":
                return f"{(v.hour % 12) or 12:0{len(token)}d}"
            case "mm" | "m":
                return f"{v.minute:0{len(token)}d}"
            case "ss" | "s":
                return f"{v.second:0{len(token)}d}"
            case "AP":
                return "AM" if v.hour < 12 else "PM"
            case _:
                return "am" if v.hour < 12 else "pm"

    return _TOKEN.sub(lambda m: part(m.group()), pattern)


_state = _State()
