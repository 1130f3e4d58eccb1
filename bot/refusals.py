"""What the core says when it refuses a value."""

from __future__ import annotations


class InvalidValue(ValueError):
    """What was typed cannot be stored: `reason` is an i18n key, `values` its placeholders, so
    that the bot can say why in the person's language (and keep what they typed)."""

    def __init__(self, reason: str, **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values
