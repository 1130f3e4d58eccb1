"""The current moment and stored moments, always in UTC with a time zone."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """A stored moment as UTC-aware: SQLite hands back naive date-times."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def aware_or_none(moment: datetime | None) -> datetime | None:
    return aware(moment) if moment is not None else None
