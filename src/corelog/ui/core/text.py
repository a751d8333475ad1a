"""How the core screens write dates (in the user's language and locale); sources are cited with
:func:`corelog.services.knowledge.citation`."""

from __future__ import annotations

from datetime import datetime
from html import escape as _html_escape

from corelog.domain import clock
from corelog.domain.i18n import Dates, date_text


def when(moment: datetime, *, with_year: bool = True) -> str:
    """A local start for reading: "Wed 5 Jun 2024, 07:10"."""
    if with_year:
        return date_text(moment, Dates.tr("ddd d MMM yyyy, HH:mm"))
    return date_text(moment, Dates.tr("ddd d MMM, HH:mm"))


def short_when(moment: datetime, this_year: int | None = None) -> str:
    """Like :func:`when`, without the year for this year's entries: "Wed 5 Jun, 07:10"."""
    year = this_year if this_year is not None else clock.today().year
    return when(moment, with_year=moment.year != year)


def day(moment: datetime) -> str:
    """A local day for reading: "Wed 5 Jun"."""
    return date_text(moment, Dates.tr("ddd d MMM"))


def escape(text: str) -> str:
    """Plain text made safe for a rich-text label (quotes left as they are)."""
    return _html_escape(text, quote=False)
