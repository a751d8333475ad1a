"""How the core screens write dates (English, the app's language); sources are cited with
:func:`corelog.services.knowledge.citation`."""

from __future__ import annotations

from datetime import datetime
from html import escape as _html_escape

from corelog.domain import clock


def when(moment: datetime, *, with_year: bool = True) -> str:
    """A local start for reading: "Wed 5 Jun 2024, 07:10"."""
    day = f"{moment:%a} {moment.day} {moment:%b}"
    if with_year:
        day += f" {moment:%Y}"
    return f"{day}, {moment:%H:%M}"


def short_when(moment: datetime, this_year: int | None = None) -> str:
    """Like :func:`when`, without the year for this year's entries: "Wed 5 Jun, 07:10"."""
    year = this_year if this_year is not None else clock.today().year
    return when(moment, with_year=moment.year != year)


def day(moment: datetime) -> str:
    """A local day for reading: "Wed 5 Jun"."""
    return f"{moment:%a} {moment.day} {moment:%b}"


def escape(text: str) -> str:
    """Plain text made safe for a rich-text label (quotes left as they are)."""
    return _html_escape(text, quote=False)
