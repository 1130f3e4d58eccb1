"""The check as the round tests ask it: on a fixed day, so that ages and birth years stay put."""

from __future__ import annotations

from datetime import date

from bot.privacy import find_personal_data

TODAY = date(2026, 11, 30)


def refused(note: str) -> bool:
    """Whether the check finds personal data in the note (a form would refuse it)."""
    return bool(find_personal_data(note, today=TODAY))


def refused_in_public(note: str) -> bool:
    """As a service's text, an event's or a message to attendees is checked (`public=True`)."""
    return bool(find_personal_data(note, today=TODAY, public=True))
