"""The History page's words for dates, spans, numbers and lists, shared by its insights and
its charts' read-outs: "3 Mar", "3 Mar – 25 May", "243,464.1 km", "a, b and 2 more", and
the names of the training-load bands and race distances.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

RACE_NAMES = {"5k": "5K", "10k": "10K", "half": "half marathon", "marathon": "marathon"}


def day_text(day: date, today: date) -> str:
    """ "3 Mar", with the year when it is not this year's: "3 Mar 2024"."""
    text = f"{day.day} {day:%b}"
    return text if day.year == today.year else f"{text} {day.year}"


def span_text(first: date, last: date, today: date) -> str:
    """ "3 Mar – 25 May", with years when the span leaves this year."""
    if first.year != last.year:
        return f"{first.day} {first:%b} {first.year} – {last.day} {last:%b} {last.year}"
    return f"{day_text(first, today)} – {day_text(last, today)}"


def grouped(text: str) -> str:
    """A number in a text with thousands grouped: "243464.1 km" -> "243,464.1 km"."""
    number, _, rest = text.partition(" ")
    whole, dot, fraction = number.partition(".")
    if not whole.lstrip("-").isdigit():
        return text
    return f"{int(whole):,}{dot}{fraction}" + (f" {rest}" if rest else "")


def list_text(parts: Sequence[str], limit: int = 4, separator: str = ", ") -> str:
    """ "a, b and c"; longer lists end with "and N more"."""
    shown = list(parts[:limit])
    rest = len(parts) - len(shown)
    if rest > 0:
        shown.append(f"{rest} more")
    if len(shown) <= 1:
        return "".join(shown)
    return separator.join(shown[:-1]) + " and " + shown[-1]


LOAD_BAND_WORDS = {
    "low": "low (below 0.8): lighter than usual",
    "steady": "steady (0.8 to 1.3)",
    "rising": "rising (1.3 to 1.5)",
    "spike": "a spike (above 1.5)",
}
