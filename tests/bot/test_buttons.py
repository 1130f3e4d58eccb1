"""Button data: made and read in one place, never over Telegram's 64 bytes."""

from __future__ import annotations

import uuid

import pytest

from bot.buttons import ACTIONS, MAX_DATA_BYTES, NOTHING, Button, as_json, from_json, pack, pattern, unpack


def test_what_is_packed_is_read_back() -> None:
    service = str(uuid.uuid4())
    tap = unpack(pack("q", service, "ab"))
    assert (tap.action, tap.part(0), tap.part(1), tap.part(2, "none")) == ("q", service, "ab", "none")
    assert unpack(pack("hm", "accepted", 17)).rest == "accepted:17"


def test_a_button_telegram_would_refuse_is_caught_where_it_is_made() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        pack("ef", 3, "x" * MAX_DATA_BYTES)
    with pytest.raises(ValueError, match="unknown button action"):
        pack("zz", 1)


@pytest.mark.parametrize("forged", ["", None, "zz:1", "kx:abc", ":::", "é" * 70])
def test_forged_or_old_data_reads_as_nothing(forged: str | None) -> None:
    assert unpack(forged) is NOTHING and not unpack(forged)


def test_the_longest_real_button_fits() -> None:
    # the longest data Spojka makes: a change of an event's description (action, field, id)
    assert len(pack("evt", "description", 2**31).encode()) <= MAX_DATA_BYTES
    assert len(pack("q", str(uuid.uuid4()), "abcdef").encode()) <= MAX_DATA_BYTES


def test_a_handler_pattern_takes_only_its_actions() -> None:
    capacity = pattern("k", "k+", "kc")
    assert capacity.match("k+:1") and capacity.match("kc:1") and capacity.match("k:1")
    assert not capacity.match("kh:1") and not capacity.match("kx:1")
    with pytest.raises(ValueError):
        pattern("nope")


def test_keyboards_survive_the_outbox() -> None:
    keyboard = [[Button("Přijdu", pack("evy", 3)), Button("Web", url="https://example.org")]]
    assert from_json(as_json(keyboard)) == keyboard
    assert as_json([]) is None


def test_every_action_says_what_it_does() -> None:
    assert all(description.strip() for description in ACTIONS.values())
