"""Reading when an event is, as a coordinator types it in Czech."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.text.dates import NotUnderstood, read_day, read_when
from tests.conftest import PRAGUE

# Monday 23 November 2026, 9:00 in Prague
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=PRAGUE).astimezone(UTC)


def at(day: int, hour: int = 0, minute: int = 0, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=PRAGUE)


@pytest.mark.parametrize(
    ("typed", "start", "has_time"),
    [
        ("zítra v 10", at(24, 10), True),
        ("Zítra v 10:30", at(24, 10, 30), True),
        ("dnes v 15", at(23, 15), True),
        ("pozítří ráno", at(25, 8), True),
        ("12. 3. ve 14:00", at(12, 14, month=3, year=2027), True),
        ("12.3.2027 14:00", at(12, 14, month=3, year=2027), True),
        ("20. 12. v 9", at(20, 9, month=12), True),
        ("příští úterý odpoledne", at(1, 14, month=12), True),
        ("úterý odpoledne", at(24, 14), True),
        ("v pátek v 9:30", at(27, 9, 30), True),
        ("ve středu v 9.30", at(25, 9, 30), True),
        ("pondělí 10:00", at(30, 10), True),  # today is Monday: the next one
        ("úterý 14h", at(24, 14), True),
        ("čtvrtek v 5 odpoledne", at(26, 17), True),
        ("1. prosince v 9", at(1, 9, month=12), True),
        ("15. ledna 2027 v 13:15", at(15, 13, 15, month=1, year=2027), True),
        ("2026-12-03 16:00", at(3, 16, month=12), True),
        ("v 10", at(23, 10), True),  # later today
        ("v 8", at(24, 8), True),  # already past today: tomorrow
        ("1. prosince", at(1, month=12), False),
        ("za týden v 10", at(30, 10), True),  # dateparser reads the day
    ],
)
def test_czech_dates_and_times(typed: str, start: datetime, has_time: bool) -> None:
    reading = read_when(typed, now=NOW, zone=PRAGUE)
    assert (reading.start, reading.has_time) == (start, has_time)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "when.unknown"),
        ("někdy brzy", "when.unknown"),
        ("31. 2. v 10", "when.unknown"),
        ("zítra v 25:00", "when.unknown"),
        ("dnes v 8", "when.past"),
        ("1. 1. 2026 v 10", "when.past"),
    ],
)
def test_what_cannot_be_read_or_is_past(typed: str, reason: str) -> None:
    with pytest.raises(NotUnderstood) as problem:
        read_when(typed, now=NOW, zone=PRAGUE)
    assert problem.value.reason == reason


def test_dates_around_new_year_roll_into_next_year() -> None:
    december = datetime(2026, 12, 28, 12, 0, tzinfo=UTC)
    assert read_when("5. 1. v 10", now=december, zone=PRAGUE).start == at(5, 10, month=1, year=2027)


# -- days, as asked for a release date or "full until" ------------------------------------

TODAY = NOW.astimezone(PRAGUE).date()  # Monday 23 November 2026


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15.12.", (2026, 12, 15)),
        ("15. 12. 2026", (2026, 12, 15)),
        ("3. 1.", (2027, 1, 3)),  # already past this year: next year
        ("2027-01-31", (2027, 1, 31)),
        ("za 3 týdny", (2026, 12, 14)),
        ("za 14 dní", (2026, 12, 7)),
        ("za týden", (2026, 11, 30)),
        ("za měsíc", (2026, 12, 23)),
        ("za 2 mesice", (2027, 1, 23)),
        ("do konce ledna", (2027, 1, 31)),
        ("plno do konce prosince", (2026, 12, 31)),
        ("konec měsíce", (2026, 11, 30)),
        ("do konce roku", (2026, 12, 31)),
        ("zítra", (2026, 11, 24)),
        ("v pátek", (2026, 11, 27)),
        ("1. února", (2027, 2, 1)),
        ("in 2 weeks", (2026, 12, 7)),
    ],
)
def test_every_day_a_person_types_is_read_the_same_everywhere(typed: str, day: tuple[int, int, int]) -> None:
    assert read_day(typed, today=TODAY) == date(*day)


@pytest.mark.parametrize("typed", ["", "brzy", "31. 2.", "nevím kdy"])
def test_a_day_that_cannot_be_read_is_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(NotUnderstood) as refused:
        read_day(typed, today=TODAY)
    assert refused.value.reason == "when.unknown"
