"""What the core says when it refuses a value, and the two time helpers every module needs."""

from __future__ import annotations

from datetime import UTC, datetime


class InvalidValue(ValueError):
    """What was typed cannot be stored: `reason` is an i18n key, `values` its placeholders, so
    that the bot can say why in the person's language (and keep what they typed)."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values


def utc_now() -> datetime:
    return datetime.now(UTC)


def aware(moment: datetime) -> datetime:
    """A stored moment as UTC-aware: SQLite hands back naive date-times."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
