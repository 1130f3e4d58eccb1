"""Every role, admitted by invitation, against the commands that depend on it."""

from __future__ import annotations

import pytest

from bot.network import registration
from bot.network.permissions import ROLES
from handlers import capacity as capacity_handlers
from offline_api.server import Person
from tests.handlers.conftest import Chat
from tests.helpers import act


@pytest.mark.parametrize("role", ROLES)
async def test_what_each_approved_role_may_do(chat: Chat, role: str) -> None:
    invite = act(
        chat.engine, registration.create_invite, by=900, role=role, organization_id=None, days=1, uses=1
    )
    person = chat.person(300 + ROLES.index(role), "Člověk")
    person.says(f"/start {invite.code}")
    person.says("/pozvanka nno 7 1")
    person.says("drogy věznice Opava")
    await chat.settle()
    person.presses("1 · Kontakty")
    await chat.settle()

    texts = [m.plain for m in person.received]
    assert texts[0].startswith("Vítejte ve Spojce!")
    invited = texts[1].startswith("Pozvánka – Pracovník/ce NNO")
    assert invited == (role == "coordinator")
    contacts = next(t for t in texts if t.startswith("Kontakty"))
    assert "po schválení registrace" not in contacts  # every approved role sees contact persons


async def test_an_unregistered_person_searches_but_sees_no_contact_persons(chat: Chat) -> None:
    person = chat.person(399, "Host")
    person.says("/pozvanka nno 7 1")
    person.says("drogy věznice Opava")
    await chat.settle()
    person.presses("1 · Kontakty")
    await chat.settle()
    texts = [m.plain for m in person.received]
    assert texts[0] == "Na to nemáte oprávnění."
    assert texts[1].startswith("Rozuměl jsem")
    assert "po schválení registrace" in next(t for t in texts if t.startswith("Kontakty"))


@pytest.mark.both_databases
async def test_a_shelter_worker_publishes_free_places_and_everyone_sees_them(chat: Chat) -> None:
    worker = await shelter_worker_at_capacity(chat, 501)
    assert worker.last.plain.startswith("Azylový dům Most naděje Ostrava\nVolno: ")

    worker.presses("Zadat číslo")
    await chat.settle()
    worker.says("sto")
    await chat.settle()
    assert worker.last.plain == "Napište prosím celé číslo od 0 do 24."
    worker.says("0")
    await chat.settle()
    assert "Volno: 0/24" in worker.last.plain

    asker = chat.person(502, "Kurátor")
    asker.says("volné lůžko azylový dům Ostrava")
    await chat.settle()
    assert "Nenašel jsem nic, co by odpovídalo všemu." in asker.last.plain

    worker.presses("+1")
    await chat.settle()
    assert "Volno: 1/24" in worker.last.plain and worker.notice == "Uloženo."
    asker.says("volné lůžko azylový dům Ostrava")
    await chat.settle()
    assert "1. Azylový dům Most naděje Ostrava" in asker.last.plain

    coordinator = chat.person(900, "Eva")
    coordinator.says("/kapacita")
    await chat.settle()
    coordinator.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    coordinator.presses("Historie")
    await chat.settle()
    assert coordinator.last.plain.startswith("Historie – Azylový dům Most naděje Ostrava")
    assert "501: volno 0 → 1" in coordinator.last.plain


async def test_a_coordinator_finds_a_capacity_by_a_part_of_its_name(chat: Chat) -> None:
    coordinator = chat.person(900, "Eva")
    coordinator.says("/kapacita azylový")
    await chat.settle()
    shown = [b["text"] for b in coordinator.last.buttons]
    assert shown and all("azylov" in label.lower() for label in shown)
    assert "Azylový dům Most naděje Ostrava" in " ".join(shown)

    coordinator.says("/kapacita planetárium")
    await chat.settle()
    assert coordinator.last.plain == "Žádná vaše služba s kapacitou nemá v názvu „planetárium“."


async def test_a_long_capacity_list_says_how_to_find_the_rest(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(capacity_handlers, "LISTED", 2)
    coordinator = chat.person(900, "Eva")
    coordinator.says("/kapacita")
    await chat.settle()
    assert len(coordinator.last.buttons) == 2
    assert "Zobrazuji prvních 2; zužte: /kapacita část názvu" in coordinator.last.plain


async def test_someone_else_cannot_change_the_shelter(chat: Chat) -> None:
    stranger = chat.person(503, "Cizí")
    stranger.says("/kapacita")
    await chat.settle()
    assert stranger.last.plain.startswith("Nemáte žádnou službu s kapacitou")


async def test_only_approved_people_can_follow(chat: Chat) -> None:
    guest = chat.person(603, "Host")
    guest.says("azylový dům Ostrava")
    await chat.settle()
    assert not any("Sledovat" in b["text"] for b in guest.last.buttons)
    service_button = guest.last.buttons[0]["callback_data"].removeprefix("c:")
    guest.presses_data(f"s:{service_button}", guest.last)
    await chat.settle()
    assert guest.notice == "Sledovat mohou schválení uživatelé (/start)."


async def test_the_weekly_nudge_is_scheduled_for_monday_morning(chat: Chat) -> None:
    assert chat.application.job_queue is not None
    (job,) = chat.application.job_queue.get_jobs_by_name("capacity-nudge")
    upcoming = job.next_t
    assert upcoming is not None and upcoming.isoweekday() == 1 and upcoming.hour == 9


async def test_full_until_is_typed_as_people_type_dates(chat: Chat) -> None:
    worker = await shelter_worker_at_capacity(chat, 503)
    worker.presses("Plno do…")
    await chat.settle()
    worker.says("někdy brzy")
    await chat.settle()
    assert worker.last.plain.startswith("Tomu datu nerozumím")  # the bot keeps waiting
    worker.says("do konce ledna")
    await chat.settle()

    assert "Volno: 0/24" in worker.last.plain and "31. 1. 2027" in worker.last.plain


async def shelter_worker_at_capacity(chat: Chat, user_id: int) -> Person:
    """A worker of Most naděje, admitted by invitation, looking at the shelter's free places."""
    from bot.directory.services import find_organizations

    organization_id = act(chat.engine, find_organizations, name="Most naděje", limit=1)[0][0]
    invite = act(
        chat.engine,
        registration.create_invite,
        by=900,
        role="ngo",
        organization_id=organization_id,
        days=1,
        uses=1,
    )
    worker = chat.person(user_id, "Pracovnice")
    worker.says(f"/start {invite.code}")
    worker.says("/kapacita")
    await chat.settle()
    worker.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    return worker
