"""The one way a keyboard becomes Telegram markup (keyboards are built in bot/buttons.py terms).

Markup is sent as the JSON it is made of. PTB's own InlineKeyboardMarkup is a tree of frozen
button objects of thirteen fields each, built and then walked back into a dict for every
message: for an answer page of 19 buttons that was ~1.0 ms on the event loop (a 2-core
machine, between questions), against ~0.25 ms for the same JSON made directly
(docs/benchmarks.md, "Keyboards as JSON"). The markup is an InlineKeyboardMarkup to PTB and to
every caller here (its buttons are built when someone reads them), but it is not equal (==) to
a PTB markup of the same buttons: compare their to_dict() (as handlers/common.py does).
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, TelegramObject

from bot.buttons import Button, Keyboard, as_json, from_json


def _button(button: Button) -> InlineKeyboardButton:
    if button.url:
        return InlineKeyboardButton(button.label, url=button.url)
    return InlineKeyboardButton(button.label, callback_data=button.data)


class ReadyMarkup(InlineKeyboardMarkup):
    """An inline keyboard whose JSON (bot/buttons.as_json) is made once, without PTB's objects."""

    __slots__ = ("_json",)

    def __init__(self, made: dict[str, Any]) -> None:
        # not InlineKeyboardMarkup.__init__: it would build every button object
        TelegramObject.__init__(self)
        self._json = made
        self._id_attrs = (repr(made),)
        self._freeze()

    @property
    def inline_keyboard(self) -> tuple[tuple[InlineKeyboardButton, ...], ...]:  # type: ignore[override]
        return tuple(tuple(_button(button) for button in row) for row in from_json(self._json))

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:  # noqa: ARG002 (JSON either way)
        return {
            "inline_keyboard": [[dict(button) for button in row] for row in self._json["inline_keyboard"]]
        }


def markup(keyboard: Keyboard | None) -> InlineKeyboardMarkup | None:
    """None for no or an empty keyboard (Telegram refuses an empty inline keyboard)."""
    made = as_json(keyboard or [])
    return ReadyMarkup(made) if made else None


def markup_from_json(stored: dict[str, Any] | None) -> InlineKeyboardMarkup | None:
    """Markup stored with an outbox row (bot/buttons.as_json)."""
    return markup(from_json(stored))
