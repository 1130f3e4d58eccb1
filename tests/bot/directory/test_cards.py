"""Splitting long answers for Telegram without breaking tags."""

from __future__ import annotations

from bot.directory.cards import split_message
from bot.text.telegram_html import utf16_length, visible_text


def test_long_answers_split_between_lines_and_stay_valid() -> None:
    lines = [f"<b>{n}. Azylový dům</b> – <i>Most naděje &amp; spol.</i>" for n in range(400)]
    pieces = split_message("\n".join(lines))

    assert len(pieces) > 1
    for piece in pieces:
        assert utf16_length(visible_text(piece)) <= 4096
    assert "\n".join(pieces).count("<b>") == 400


def test_one_enormous_line_is_cut_as_plain_text() -> None:
    pieces = split_message("<b>" + "x" * 9000 + "</b>")
    assert [len(p) for p in pieces] == [4096, 4096, 808]
    assert all(visible_text(p) == p for p in pieces)


def test_an_answer_that_fits_is_sent_whole_as_it_was_cut_before() -> None:
    page = "<b>1. Azylový dům</b>\nMost naděje\n\n2. Noclehárna\n"

    assert split_message(page) == [page]
    assert split_message("\n\n" + page) == [page]  # leading blank lines go, as they always did
    assert split_message("\n \n") == []  # nothing to send
    assert split_message("x" * 4096) == ["x" * 4096]
