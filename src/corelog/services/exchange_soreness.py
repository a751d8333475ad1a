"""Checking the soreness entries of an export file, and the follow-ups inside each, with
the rules of the Recovery page's forms (``domain.soreness_validation``).

:class:`SorenessEntries` is a part of ``services.exchange_entries.EntryReader``: it reads
with the reader's ``fresh`` (every uuid once in the file), ``now`` and ``regions``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from corelog.domain.i18n import Exchange
from corelog.domain.soreness_validation import (
    FollowUpForm,
    SorenessForm,
    validate_soreness,
    validate_soreness_follow_up,
)
from corelog.services import exchange_fields as fields


class SorenessEntries:
    """Soreness entries and their follow-ups, for the reader of a whole file."""

    now: datetime
    regions: set[str]
    fresh: Callable[[dict], str]

    def noted(self, item: dict) -> tuple[datetime, int, dict[str, Any]]:
        """What a soreness entry and its follow-ups both hold: when (UTC, offset), and the
        values both forms check with it (how bad, which way it goes, swelling, notes)."""
        utc, offset, local = fields.local_time(item, "noted_at")
        values = {
            "noted_at": local,
            "severity": fields.whole(item, "severity"),
            "trend": fields.text(item, "trend"),
            "swelling": fields.boolean(item, "swelling"),
            "notes": fields.text(item, "notes"),
        }
        return utc, offset, values

    def soreness(self, item: dict, runs: set[str], sessions: set[str]) -> dict[str, Any]:
        uuid = self.fresh(item)
        utc, offset, noted = self.noted(item)
        form = SorenessForm(
            region=fields.text(item, "region"),
            feel=fields.text(item, "feel"),
            onset=fields.text(item, "onset"),
            days_lasted=fields.whole(item, "days_lasted"),
            **noted,
        )
        result = validate_soreness(form, now=self.now, known_regions=self.regions)
        fields.raise_invalid(result)
        run = fields.linked(item, "run", runs, Exchange.tr("names a run that is not in the file."))
        session = fields.linked(
            item,
            "core_session",
            sessions,
            Exchange.tr("names a core session that is not in the file."),
        )
        follow_ups = [
            fields.nested(f, f"follow_ups.{i}", self.follow_up)
            for i, f in enumerate(fields.listed(item, "follow_ups"))
        ]
        return {
            "uuid": uuid,
            "noted_at": utc,
            "utc_offset_min": offset,
            "region": result.region,
            "severity": result.severity,
            "feel": result.feel,
            "onset": result.onset,
            "trend": result.trend,
            "swelling": result.swelling,
            "days_lasted": result.days_lasted,
            "run": run,
            "core_session": session,
            "notes": result.notes,
            "resolved_at": fields.instant(item, "resolved_at", optional=True),
            **fields.stamps(item),
            "follow_ups": follow_ups,
        }

    def follow_up(self, item: dict) -> dict[str, Any]:
        uuid = self.fresh(item)
        utc, offset, noted = self.noted(item)
        result = validate_soreness_follow_up(FollowUpForm(**noted), now=self.now)
        fields.raise_invalid(result)
        return {
            "uuid": uuid,
            "noted_at": utc,
            "utc_offset_min": offset,
            "severity": result.severity,
            "trend": result.trend,
            "swelling": result.swelling,
            "notes": result.notes,
            **fields.stamps(item),
        }
