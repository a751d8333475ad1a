"""The History page's words for dates, spans, numbers and lists, shared by its insights and
its charts' read-outs: "3 Mar", "3 Mar – 25 May", "243,464.1 km", "a, b and 2 more", and
the names of the training-load bands and race distances.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from corelog.domain.i18n import QT_TRANSLATE_NOOP, Dates, History, date_text, integer, symbols

RACE_NAMES = {
    "5k": QT_TRANSLATE_NOOP("History", "5K"),
    "10k": QT_TRANSLATE_NOOP("History", "10K"),
    "half": QT_TRANSLATE_NOOP("History", "half marathon"),
    "marathon": QT_TRANSLATE_NOOP("History", "marathon"),
}


def day_text(day: date, today: date) -> str:
    """ "3 Mar", with the year when it is not this year's: "3 Mar 2024"."""
    if day.year == today.year:
        return date_text(day, Dates.tr("d MMM"))
    return date_text(day, Dates.tr("d MMM yyyy"))


def span_text(first: date, last: date, today: date) -> str:
    """ "3 Mar – 25 May", with years when the span leaves this year."""
    if first.year != last.year:
        pattern = Dates.tr("d MMM yyyy")
        return f"{date_text(first, pattern)} – {date_text(last, pattern)}"
    return f"{day_text(first, today)} – {day_text(last, today)}"


def grouped(text: str) -> str:
    """A number in a text with thousands grouped: "243464.1 km" -> "243,464.1 km"."""
    number, _, rest = text.partition(" ")
    point = symbols().decimal_point
    whole, dot, fraction = number.partition(point)
    if not whole.lstrip("-").isdigit():
        return text
    return f"{integer(int(whole))}{dot}{fraction}" + (f" {rest}" if rest else "")


def list_text(parts: Sequence[str], limit: int = 4, separator: str = ", ") -> str:
    """ "a, b and c"; longer lists end with "and N more"."""
    shown = list(parts[:limit])
    rest = len(parts) - len(shown)
    if rest > 0:
        shown.append(History.tr("%Ln more", "", rest))
    if len(shown) <= 1:
        return "".join(shown)
    return History.tr("{items} and {last}").format(items=separator.join(shown[:-1]), last=shown[-1])


LOAD_BAND_WORDS = {
    "low": QT_TRANSLATE_NOOP("History", "low (below 0.8): lighter than usual"),
    "steady": QT_TRANSLATE_NOOP("History", "steady (0.8 to 1.3)"),
    "rising": QT_TRANSLATE_NOOP("History", "rising (1.3 to 1.5)"),
    "spike": QT_TRANSLATE_NOOP("History", "a spike (above 1.5)"),
}
