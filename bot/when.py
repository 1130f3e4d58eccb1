"""When an event takes place, from what a coordinator types in Czech: "zítra v 10",
"12. 3. ve 14:00", "příští úterý odpoledne", "v pátek v 9:30", "1. prosince v 9".

The common Czech forms are read here (dateparser reads "zítra v 10" as tomorrow at the
current time, and knows neither "odpoledne" nor "příští úterý"); whatever else, e.g. "za
týden" or an English date, goes to dateparser for the day. The result is always shown back
for confirmation, so a wrong guess costs one tap, never a wrong invitation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from bot.language import fold

MONTHS = {
    "ledna": 1, "leden": 1, "unora": 2, "unor": 2, "brezna": 3, "brezen": 3, "dubna": 4, "duben": 4,
    "kvetna": 5, "kveten": 5, "cervna": 6, "cerven": 6, "cervence": 7, "cervenec": 7,
    "srpna": 8, "srpen": 8, "zari": 9, "rijna": 10, "rijen": 10, "listopadu": 11, "listopad": 11,
    "prosince": 12, "prosinec": 12,
}  # fmt: skip
WEEKDAYS = {
    "pondeli": 0, "utery": 1, "streda": 2, "stredu": 2, "ctvrtek": 3, "patek": 4,
    "sobota": 5, "sobotu": 5, "nedele": 6, "nedeli": 6,
}  # fmt: skip
PARTS_OF_DAY = {
    "rano": 8, "dopoledne": 9, "poledne": 12, "odpoledne": 14, "podvecer": 17, "vecer": 18,
}  # fmt: skip
_AFTERNOON = ("odpoledne", "podvecer", "vecer")


class NotUnderstood(ValueError):
    """`reason` is an i18n key: when.unknown (no date read) or when.past."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Reading:
    start: datetime  # aware, in the zone it was read in
    has_time: bool


_CLOCK = re.compile(r"\b(?:(?:v|ve|od|o|at)\s+)?(\d{1,2})[:](\d{2})\b")
_HOURS = re.compile(r"\b(?:v|ve|od|o|at)\s+(\d{1,2})(?:[.](\d{2}))?(?:\s*(?:h|hod|hodin)\b\.?)?(?![.\d])")
_HOURS_SUFFIX = re.compile(r"\b(\d{1,2})(?:[.](\d{2}))?\s*(?:h|hod|hodin)\b\.?")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*\.\s*(\d{1,2})\s*\.(?:\s*(\d{4})\b)?")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NAMED_DATE = re.compile(r"\b(\d{1,2})\s*\.\s*([a-z]+)(?:\s+(\d{4})\b)?")


def read_when(typed: str, *, now: datetime, zone: tzinfo) -> Reading:
    """The moment meant by `typed`, in the future; NotUnderstood when there is none."""
    local_now = now.astimezone(zone)
    words = fold(typed).lower().strip()
    if not words:
        raise NotUnderstood("when.unknown")
    clock, words = _time_of_day(words)
    day = _day(words, local_now.date())
    if day is None and clock is None:
        raise NotUnderstood("when.unknown")
    if day is None:
        assert clock is not None
        # "v 10" alone: the next 10:00
        day = local_now.date() if clock > local_now.time() else local_now.date() + timedelta(days=1)
    start = datetime.combine(day, clock or time(0, 0), tzinfo=zone)
    if (clock is not None and start <= local_now) or (clock is None and day < local_now.date()):
        raise NotUnderstood("when.past")
    return Reading(start, clock is not None)


def _time_of_day(words: str) -> tuple[time | None, str]:
    """The time read, and the words with it taken out (so "v 9.30" is not read as a date)."""
    hour: int | None = None
    minute = 0
    for pattern in (_CLOCK, _HOURS_SUFFIX, _HOURS):
        match = pattern.search(words)
        if match:
            hour, minute = int(match.group(1)), int(match.group(2) or 0)
            words = words[: match.start()] + " " + words[match.end() :]
            break
    part = next((name for name in PARTS_OF_DAY if re.search(rf"\b{name}\b", words)), None)
    if hour is None and part is not None:
        hour = PARTS_OF_DAY[part]
    elif hour is not None and part in _AFTERNOON and hour < 12:
        hour += 12  # "v 5 odpoledne", "v 7 večer"
    if hour is None:
        return None, words
    if hour > 23 or minute > 59:
        raise NotUnderstood("when.unknown")
    return time(hour, minute), words


def _day(words: str, today: date) -> date | None:
    if re.search(r"\bpozitri\b", words):
        return today + timedelta(days=2)
    if re.search(r"\bzitra\b|\btomorrow\b", words):
        return today + timedelta(days=1)
    if re.search(r"\bdnes\b|\bdneska\b|\btoday\b", words):
        return today
    if match := _ISO_DATE.search(words):
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _NUMERIC_DATE.search(words):
        return _with_year(int(match.group(1)), int(match.group(2)), match.group(3), today)
    if (match := _NAMED_DATE.search(words)) and match.group(2) in MONTHS:
        return _with_year(int(match.group(1)), MONTHS[match.group(2)], match.group(3), today)
    for name, weekday in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", words):
            ahead = (weekday - today.weekday()) % 7 or 7
            if re.search(r"\bpristi\b", words) and today.weekday() < weekday:
                ahead += 7  # "příští úterý" on a Monday: the Tuesday of next week
            return today + timedelta(days=ahead)
    return _by_dateparser(words, today)


def _date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NotUnderstood("when.unknown") from None


def _with_year(day: int, month: int, year: str | None, today: date) -> date:
    if year:
        return _date(int(year), month, day)
    found = _date(today.year, month, day)
    return found if found >= today else _date(today.year + 1, month, day)


def _by_dateparser(words: str, today: date) -> date | None:
    import dateparser  # imported on use: it takes a second to load its language data

    base = datetime.combine(today, time(12, 0))
    found = dateparser.parse(
        words,
        languages=["cs", "en"],
        settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return found.date() if found else None
