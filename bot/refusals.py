"""What the core says when it refuses: a value it cannot store, or an action the person may not do.

Every feature raises these two, so every adapter (bot, command line) handles refusals one way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.privacy import Finding


class InvalidValue(ValueError):
    """What was typed cannot be stored: `reason` is an i18n key, `values` its placeholders, so
    that the bot can say why in the person's language (and keep what they typed). `findings`
    say what looked like a client's personal data, when that was the reason."""

    def __init__(self, reason: str, findings: Sequence[Finding] = (), **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values
        self.findings = list(findings)


class NotAllowed(Exception):
    """The person may not do this (their role, approval or membership does not allow it), or
    the thing does not exist for them: the two are not told apart, so nothing leaks."""
