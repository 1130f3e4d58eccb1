"""The current moment, always aware and in UTC, from one clock that a test can set.

Everything in the core that asks "what time is it?" asks `utc_now()` (or `today(zone)`),
so a test can put the whole bot at 23:30 on a Friday (`set_clock`, `frozen_at`) instead of
hoping the test does not run at midnight. Stored moments come back through `aware`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, tzinfo


def _system() -> datetime:
    return datetime.now(UTC)


_source: Callable[[], datetime] = _system


def utc_now() -> datetime:
    return _source()


def local_now(zone: tzinfo) -> datetime:
    return utc_now().astimezone(zone)


def today(zone: tzinfo) -> date:
    """Today's date where the people are (Europe/Prague by the settings)."""
    return local_now(zone).date()


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Read the time from `source` from now on; None goes back to the system clock."""
    global _source
    _source = source if source is not None else _system


@contextmanager
def frozen_at(moment: datetime, *, running: bool = True) -> Iterator[None]:
    """The bot's clock starts at `moment` (aware) and runs on in real time (or stands still)."""
    if moment.tzinfo is None:
        raise ValueError("a frozen moment needs a time zone")
    start, offset = moment.astimezone(UTC), _system() - moment.astimezone(UTC)

    def shifted() -> datetime:
        return _system() - offset if running else start

    previous = _source
    set_clock(shifted)
    try:
        yield
    finally:
        set_clock(previous)


def aware(moment: datetime) -> datetime:
    """A stored moment as UTC-aware: SQLite hands back naive date-times."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def aware_or_none(moment: datetime | None) -> datetime | None:
    return aware(moment) if moment is not None else None
