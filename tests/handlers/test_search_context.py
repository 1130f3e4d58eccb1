"""A worker sees what was read as background or denied, and can say "I meant it"."""

from __future__ import annotations

from tests.handlers.conftest import Chat


async def test_background_and_negation_are_shown_and_can_be_taken_back(chat: Chat) -> None:
    jana = chat.person()
    jana.says("nejde o drogy, jen o dluhy – propuštěný z Heřmanic, bude bydlet v Liberci")
    await chat.settle()

    first = jana.last.plain.splitlines()[0]
    assert first.startswith("Rozuměl jsem: místo: Liberec")
    assert "potřeba: Dluhy" in first and "Závislosti" not in first
    assert "jen souvislost: heřmanic" in first
    assert "vynechal jsem (zápor): drogy" in first
    meant = next(b["text"] for b in jana.last.buttons if b["text"].startswith("↺ Myslel jsem i"))

    jana.presses(meant)
    await chat.settle()

    again = jana.last.plain.splitlines()[0]
    assert "Závislosti" in again and "Dluhy" in again
    assert "věznice: Věznice Heřmanice" in again
    assert "jen souvislost" not in again


async def test_words_not_understood_are_named_and_the_rest_is_answered(chat: Chat) -> None:
    jana = chat.person()
    jana.says("hipoterapie Opava")
    await chat.settle()

    assert jana.last.plain.startswith("Rozuměl jsem: místo: Opava")
    assert "neznám slova: hipoterapie" in jana.last.plain.splitlines()[0]
    assert "1. " in jana.last.plain
