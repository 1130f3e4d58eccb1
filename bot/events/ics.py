"""An event as an iCalendar file (RFC 5545) for "Do kalendáře": one VEVENT, times in UTC.

Written by hand: the format is small, and every calendar (Outlook, Google, Apple) reads
this subset. Lines end with CRLF and are folded at 75 octets; text values are escaped.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.events.lifecycle import EventView

DEFAULT_LENGTH = timedelta(hours=2)  # the field's events (round tables, workshops) take about two hours


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
    limit = 75
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = " ", 1, 75  # continuation lines start with a space
        current += character
        size += width
    pieces.append(current)
    return pieces


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_ics(event: EventView, *, now: datetime, domain: str = "spojka.invalid") -> bytes:
    """The .ics of an event with a start; ValueError for an announcement."""
    if event.starts_at is None:
        raise ValueError("an announcement has no time to put in a calendar")
    location = ", ".join(part for part in (event.place, event.link) if part)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Spojka//Events//CS",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:event-{event.id}@{domain}",
        f"DTSTAMP:{_utc(now)}",
        # a changed event downloaded again replaces the old one: same UID, higher SEQUENCE
        f"SEQUENCE:{int(event.updated_at.timestamp()) // 60}",
        f"DTSTART:{_utc(event.starts_at)}",
        f"DTEND:{_utc(event.starts_at + DEFAULT_LENGTH)}",
        f"SUMMARY:{_escape(event.title)}",
    ]
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    if event.link:
        lines.append(f"URL:{event.link}")
    if event.description:
        lines.append(f"DESCRIPTION:{_escape(event.description)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")
