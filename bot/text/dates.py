"""Dates and times as people type them, in Czech (and simple English): the one reader for
every date the bot asks for.

- `read_when`: a moment ("zítra v 10", "12. 3. ve 14:00", "příští úterý odpoledne",
  "v pátek v 9:30", "1. prosince v 9") — events, reminders;
- `read_day`: a day ("15.12.", "za 3 týdny", "do konce ledna", "v pátek", "2027-01-31") —
  release dates, "plno do";
- `read_clock` and `read_hours`: a time of day ("17:30") and a range ("22-6") — digests and
  quiet hours.

The common Czech forms are read here (dateparser reads "zítra v 10" as tomorrow at the
current time, and knows neither "odpoledne" nor "příští úterý"); whatever else, e.g. "za
týden" or an English date, goes to dateparser for the day. The result is always shown back
for confirmation, so a wrong guess costs one tap, never a wrong invitation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from bot.refusals import InvalidValue
from bot.text.czech import fold

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


class NotUnderstood(InvalidValue):
    """`reason` is an i18n key: when.unknown (no date read) or when.past."""


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


_IN_SPAN = re.compile(
    r"\bza\s+(\d{1,3}|jeden|jednu|dva|dve|tri|ctyri|pet|sest)?\s*"
    r"(den|dny|dni|dnu|tyden|tydny|tydnu|mesic|mesice|mesicu|rok|roky|let)\b"
    r"|\bin\s+(\d{1,3}|a|one|two|three)\s+(days?|weeks?|months?|years?)\b"
)
_NUMBER_WORDS = {
    None: 1, "jeden": 1, "jednu": 1, "a": 1, "one": 1, "dva": 2, "dve": 2, "two": 2,
    "tri": 3, "three": 3, "ctyri": 4, "pet": 5, "sest": 6,
}  # fmt: skip
_END_OF = re.compile(r"\b(?:do\s+)?kon(?:ce|ec)\s+(mesice|roku|[a-z]+)\b")


def read_day(typed: str, *, today: date) -> date:
    """The day meant by `typed` (a day without a time; past days too: the caller decides
    whether one may be in the past). NotUnderstood("when.unknown") when there is none."""
    words = fold(typed).lower().strip()
    found = _day(words, today) if words else None
    if found is None:
        raise NotUnderstood("when.unknown")
    return found


def _span(words: str, today: date) -> date | None:
    """ "za 3 týdny", "za 14 dní", "za měsíc", "in 2 weeks"."""
    match = _IN_SPAN.search(words)
    if match is None:
        return None
    count_word, unit = (
        (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
    )
    count = int(count_word) if count_word and count_word.isdigit() else _NUMBER_WORDS.get(count_word, 1)
    if unit.startswith(("d", "day")):
        return today + timedelta(days=count)
    if unit.startswith(("t", "week")):
        return today + timedelta(weeks=count)
    months = count * (12 if unit.startswith(("r", "l", "year")) else 1)
    return _add_months(today, months)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, _last_day(year, month)))


def _last_day(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _end_of(words: str, today: date) -> date | None:
    """ "do konce ledna", "konec měsíce", "do konce roku": the last day of it."""
    match = _END_OF.search(words)
    if match is None:
        return None
    what = match.group(1)
    if what == "mesice":
        return date(today.year, today.month, _last_day(today.year, today.month))
    if what == "roku":
        return date(today.year, 12, 31)
    if what not in MONTHS:
        return None
    month = MONTHS[what]
    year = today.year if month >= today.month else today.year + 1
    return date(year, month, _last_day(year, month))


def _day(words: str, today: date) -> date | None:
    if (found := _end_of(words, today) or _span(words, today)) is not None:
        return found
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


_TIME = r"(\d{1,2})(?:[:.](\d{2}))?"
_RANGE = re.compile(rf"^\s*(?:od\s+)?{_TIME}\s*(?:-|–|—|do|až)\s*{_TIME}\s*(?:h|hod)?\.?\s*$", re.IGNORECASE)
_OFF = frozenset({"bez", "žádné", "zadne", "ne", "vypnout", "off", "none", "0"})


def read_hours(typed: str) -> tuple[int, int] | None:
    """ "22-6", "21:30 – 6:45", "od 22 do 7"; "bez"/"ne" switch quiet hours off. None: unreadable."""
    cleaned = typed.strip().lower()
    if cleaned in _OFF:
        return (0, 0)
    match = _RANGE.match(cleaned)
    if match is None:
        return None
    values = [int(part) if part else 0 for part in match.groups()]
    start_hour, start_minute, end_hour, end_minute = values
    if start_hour > 23 or end_hour > 23 or start_minute > 59 or end_minute > 59:
        return None
    return start_hour * 60 + start_minute, end_hour * 60 + end_minute


_CLOCK_TYPED = re.compile(r"^\s*(?:v|ve|at)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:h|hod)?\.?\s*$", re.IGNORECASE)


def read_clock(typed: str) -> int | None:
    """ "17", "17:30", "v 7.15" -> minutes after midnight; None when it is not a time of day."""
    match = _CLOCK_TYPED.match(typed)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute
