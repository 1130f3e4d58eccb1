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
    buttons = [b["text"] for b in jana.last.buttons if b["text"].startswith("↺ Myslel jsem i")]
    assert buttons == ["↺ Myslel jsem i: drogy", "↺ Myslel jsem i: heřmanic"]

    jana.presses("↺ Myslel jsem i: drogy")
    await chat.settle()

    again = jana.last.plain.splitlines()[0]
    assert "Závislosti" in again and "Dluhy" in again and "zápor" not in again
    assert "místo: Liberec" in again and "jen souvislost: heřmanic" in again

    jana.presses("↺ Myslel jsem i: heřmanic")
    await chat.settle()

    last = jana.last.plain.splitlines()[0]
    assert "věznice: Věznice Heřmanice" in last and "Závislosti" in last
    assert "jen souvislost" not in last


async def test_words_not_understood_are_named_and_the_rest_is_answered(chat: Chat) -> None:
    jana = chat.person()
    jana.says("hipoterapie Opava")
    await chat.settle()

    assert jana.last.plain.startswith("Rozuměl jsem: místo: Opava")
    assert "neznám slova: hipoterapie" in jana.last.plain.splitlines()[0]
    assert "s čím klient potřebuje pomoct" in jana.last.plain and "1. " not in jana.last.plain

    jana.presses("Ukázat vše, co tu je")
    await chat.settle()

    assert "1. " in jana.last.plain and "s čím klient" not in jana.last.plain


async def test_a_need_not_understood_is_asked_and_the_one_picked_answers(chat: Chat) -> None:
    jana = chat.person()
    jana.says("chtěl by do fabriky nebo do skladu, Ostrava")
    await chat.settle()

    assert "neznám slova: fabriky, skladu" in jana.last.plain
    picks = [b["text"] for b in jana.last.buttons]
    assert "Zaměstnání a práce" in picks and "Ukázat vše, co tu je" in picks
    assert any(p.startswith("Myslel jsem věznici") for p in picks)  # the usual corrections stay

    jana.presses("Zaměstnání a práce")
    await chat.settle()

    first = jana.last.plain.splitlines()[0]
    assert "místo: Ostrava" in first and "potřeba: Zaměstnání a práce" in first
    assert "1. " in jana.last.plain

    jana.presses(next(b["text"] for b in jana.last.buttons if b["text"].startswith("Myslel jsem věznici")))
    await chat.settle()

    assert "potřeba: Zaměstnání a práce" in jana.last.plain.splitlines()[0]  # the need picked stays


async def test_a_question_that_only_denies_offers_to_take_it_back(chat: Chat) -> None:
    jana = chat.person()
    jana.says("nejde o drogy")
    await chat.settle()

    assert "vynechal jsem (zápor): drogy" in jana.last.plain
    jana.presses("↺ Myslel jsem i: drogy")
    await chat.settle()

    assert jana.last.plain.startswith("Rozuměl jsem: potřeba: Závislosti")


async def test_what_was_let_go_to_find_anything_is_said(chat: Chat) -> None:
    jana = chat.person()
    jana.says("Pracuju na probaci v Ostravě, klient potřebuje azylák v Ostravě")
    await chat.settle()

    first = jana.last.plain.splitlines()[0]
    assert first.startswith("Rozuměl jsem: místo: Ostrava")
    assert "uvolnil jsem (jinak by nic nevyhovovalo): probaci" in first
    assert "Azylový dům Most naděje Ostrava" in jana.last.plain
