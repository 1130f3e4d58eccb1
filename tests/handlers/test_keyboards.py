"""Keyboards leave as JSON made from our buttons (handlers/keyboards.py), exactly as PTB's would."""

from __future__ import annotations

import json

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.buttons import Button
from handlers.keyboards import markup


def test_a_keyboard_is_the_json_ptb_would_send_key_for_key() -> None:
    ours = markup(
        [
            [Button("Další ▶", data="p:1"), Button("Web", url="https://example.cz")],
            [Button("✕", data="d:towns")],
        ]
    )
    ptbs = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Další ▶", callback_data="p:1"),
                InlineKeyboardButton("Web", url="https://example.cz"),
            ],
            [InlineKeyboardButton("✕", callback_data="d:towns")],
        ]
    )

    assert ours is not None
    # the same text, keys in the same order: a pressed button's message (parsed by PTB) is
    # compared as text with what is about to be set (handlers/common.replace_message)
    assert json.dumps(ours.to_dict()) == json.dumps(ptbs.to_dict())
    assert ours.inline_keyboard == ptbs.inline_keyboard  # built when read, as PTB's


def test_no_rows_or_only_empty_rows_make_no_keyboard() -> None:
    assert markup(None) is None
    assert markup([[], []]) is None  # Telegram refuses an empty inline keyboard
