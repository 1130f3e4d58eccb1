"""The one way a keyboard becomes Telegram markup (keyboards are built in bot/buttons.py terms)."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.buttons import Button, Keyboard, from_json


def _button(button: Button) -> InlineKeyboardButton:
    if button.url:
        return InlineKeyboardButton(button.label, url=button.url)
    return InlineKeyboardButton(button.label, callback_data=button.data)


def markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    """None for no or an empty keyboard (Telegram refuses an empty inline keyboard)."""
    rows = [[_button(button) for button in row] for row in keyboard or [] if row]
    return InlineKeyboardMarkup(rows) if rows else None


def markup_from_json(stored: dict[str, Any] | None) -> InlineKeyboardMarkup | None:
    """Markup stored with an outbox row (bot/buttons.as_json)."""
    return markup(from_json(stored))
