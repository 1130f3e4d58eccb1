"""/sluzby: a shelter worker corrects her service's details; coordinators see who changed what."""

from __future__ import annotations

import pytest

from tests.handlers.conftest import Chat
from tests.handlers.test_following import admitted


@pytest.mark.both_databases
async def test_a_worker_corrects_the_e_mail_and_everyone_sees_it(chat: Chat) -> None:
    worker = admitted(chat, 701, "ngo", "Most naděje")
    worker.says("/sluzby")
    await chat.settle()
    assert worker.last.plain == "Kterou službu upravit?"
    worker.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    assert worker.last.plain.startswith("Azylový dům Most naděje Ostrava\nPopis: ")
    worker.presses("✏️ E-mail")
    await chat.settle()
    assert worker.last.plain.startswith("Pošlete nový text – E-mail")

    worker.says("azyl(at)most.cz")
    await chat.settle()
    assert worker.last.plain.startswith("To nevypadá jako e-mail")
    worker.says("azyl@most-nadeje.example")
    await chat.settle()
    assert worker.received[-2].plain == "Uloženo: E-mail."
    assert "E-mail: azyl@most-nadeje.example" in worker.last.plain

    curator = chat.person(702, "Kurátor")
    curator.says("azylový dům Ostrava")
    await chat.settle()
    curator.presses("1 · Kontakty")
    await chat.settle()
    contacts = next(m.plain for m in curator.received if m.plain.startswith("Kontakty"))
    assert "azyl@most-nadeje.example" in contacts

    coordinator = chat.person(900, "Eva")
    coordinator.says("/sluzby most naděje")
    await chat.settle()
    coordinator.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    coordinator.presses("Historie úprav")
    await chat.settle()
    history = coordinator.last.plain
    assert history.startswith("Historie úprav – Azylový dům Most naděje Ostrava")
    assert "701 · E-mail: " in history and "→ azyl@most-nadeje.example" in history


async def test_a_too_long_description_is_explained_and_cancel_keeps_the_old_one(chat: Chat) -> None:
    worker = admitted(chat, 711, "ngo", "Most naděje")
    worker.says("/sluzby")
    await chat.settle()
    worker.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    old = worker.last.plain.split("\n")[1]
    worker.presses("✏️ Popis")
    await chat.settle()
    worker.says("Dlouhý text. " * 300)
    await chat.settle()
    assert worker.last.plain.startswith("Text má 3899 znaků, vejde se nejvýše 3000.")
    worker.says("/zrusit")
    await chat.settle()
    assert worker.last.plain == "Dobře, nic jsem neměnil."
    worker.says("azylový dům Ostrava")  # a question again, not a description
    await chat.settle()
    assert worker.last.plain.startswith("Rozuměl jsem")
    worker.says("/sluzby")
    await chat.settle()
    worker.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    assert worker.last.plain.split("\n")[1] == old


async def test_details_confirmed_from_the_more_card(chat: Chat) -> None:
    worker = admitted(chat, 721, "ngo", "Most naděje")
    worker.says("azylový dům Ostrava")
    await chat.settle()
    worker.presses("1 · Více")
    await chat.settle()
    worker.presses("✏️ Upravit údaje")
    await chat.settle()
    worker.presses("✓ Údaje platí")
    await chat.settle()
    assert worker.notice == "Díky, údaje označeny jako platné k dnešku."
    assert "✓ Údaje ověřeny " in worker.last.plain


async def test_nobody_else_can_edit_even_with_a_forged_button(chat: Chat) -> None:
    worker = admitted(chat, 731, "ngo", "Most naděje")
    worker.says("/sluzby")
    await chat.settle()
    worker.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    forged = next(b["callback_data"] for b in worker.last.buttons if b["text"] == "✏️ Popis")

    stranger = admitted(chat, 732, "ngo", "Kotva")
    stranger.says("azylový dům Ostrava")
    await chat.settle()
    stranger.presses("1 · Více")
    await chat.settle()
    assert not any("Upravit" in b["text"] for b in stranger.last.buttons)
    stranger.presses_data(forged, stranger.last)
    await chat.settle()
    assert stranger.notice.startswith("Tuto službu upravovat nemůžete")

    guest = chat.person(733, "Host")
    guest.says("/sluzby")
    await chat.settle()
    assert guest.last.plain.startswith("Nemáte žádnou službu, kterou byste mohli upravit.")
