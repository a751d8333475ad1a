"""Timestamps as the database stores them: aware instants in UTC, written as text."""

from __future__ import annotations

from datetime import UTC, datetime

from corelog.domain import clock


def utc_now() -> datetime:
    """The current instant, aware, in UTC (what every timestamp column stores)."""
    return clock.utc_now()


def parse_timestamp(value: str | None) -> datetime | None:
    """A timestamp column read through ``store.reader`` as an aware UTC datetime."""
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def format_timestamp(value: datetime) -> str:
    """An aware datetime as stored in timestamp columns (UTC, for raw SQL comparisons)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
