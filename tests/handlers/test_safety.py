"""Conversations an attacker or a careless user would have: nobody gets rights they were not given,
personal data stays in private chats, edits of commands do nothing."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from bot.clock import utc_now
from bot.directory.services import find_organizations
from bot.events import lifecycle as events
from bot.models import table_of
from bot.network import registration
from bot.network.permissions import Who
from bot.user_models import Invite, Reminder
from offline_api.server import Person
from tests.handlers.conftest import COORDINATOR, Chat
from tests.handlers.test_following import admitted
from tests.helpers import act


async def test_the_same_role_in_another_organisation_is_asked_and_can_be_rejected(chat: Chat) -> None:
    worker = admitted(chat, 610, "ngo", "Most naděje")
    coordinator = chat.person(COORDINATOR, "Eva")
    await chat.settle()
    worker.says("/profil")
    await chat.settle()
    worker.presses("Změnit roli")
    await chat.settle()
    worker.presses("Pracovník/ce NNO")  # the same role ...
    await chat.settle()
    worker.says("Kotva")  # ... another organisation
    await chat.settle()
    worker.presses(act(chat.engine, find_organizations, name="Kotva", limit=1)[0][1][:20])
    await chat.settle()
    worker.presses("Moravskoslezský")
    await chat.settle()

    # the old rights are gone at once, the new ones wait for a coordinator
    assert not act(chat.engine, registration.who, user_id=610, coordinator_ids=[COORDINATOR]).approved
    worker.says("/kapacita")
    await chat.settle()
    assert "Azylový dům Most naděje" not in worker.last.plain
    request = coordinator.last
    assert "Kotva" in request.plain
    coordinator.presses("Zamítnout", request)
    await chat.settle()
    assert coordinator.notice != "O této žádosti už bylo rozhodnuto."
    assert worker.last.plain.startswith("Vaše registrace nebyla schválena")
    assert act(chat.engine, registration.profile, user_id=610).status == "rejected"  # type: ignore[union-attr]


async def test_coordinators_list_who_is_pending_and_suspend_a_person(chat: Chat) -> None:
    coordinator = chat.person(COORDINATOR, "Eva")
    applicant = chat.person(620, "Karel")
    applicant.says("/start")
    await chat.settle()
    applicant.presses("Kurátor")
    await chat.settle()
    applicant.presses("Přeskočit")
    await chat.settle()
    applicant.presses("Zlínský")
    await chat.settle()
    member = admitted(chat, 621, "curator")
    coordinator.says("/lide")
    await chat.settle()
    overview = coordinator.last.plain
    assert "Čeká na schválení: 1" in overview and "Karel (ID 620)" in overview

    coordinator.says("/lide 621")
    await chat.settle()
    coordinator.presses("Pozastavit")
    await chat.settle()
    assert not act(chat.engine, registration.who, user_id=621, coordinator_ids=[COORDINATOR]).approved
    assert member.last.plain.startswith("Koordinátor/ka pozastavil/a váš přístup")

    member.says("/lide")  # and nobody else manages people
    await chat.settle()
    assert member.last.plain == "Lidi v síti spravují koordinátoři."


async def test_event_buttons_check_the_audience(chat: Chat) -> None:
    insider = admitted(chat, 630, "curator")
    outsider = admitted(chat, 631, "ngo")
    await chat.settle()
    act(chat.engine, registration.choose_region, user_id=630, region="Ústecký kraj")
    coordinator = Who(COORDINATOR, "coordinator", True)
    draft = act(
        chat.engine,
        events.create,
        who=coordinator,
        title="Kulatý stůl",
        starts_at=utc_now().replace(year=2099),
        place="Zasedačka 3, kód 4471",
        roles=["curator"],
    )
    sent = act(
        chat.engine,
        events.create,
        who=coordinator,
        title="Supervize",
        starts_at=utc_now().replace(year=2099),
        place="Místnost 2, kód 9981",
        roles=["curator"],
    )
    act(
        chat.engine,
        events.send,
        who=coordinator,
        event_id=sent.id,
        zone=chat.application.bot_data["services"].settings.tzinfo,
    )
    outsider.says("/pomoc")
    await chat.settle()
    anchor = outsider.last
    for data in (f"evc:{draft.id}", f"evo:{sent.id}", f"evc:{sent.id}", f"evy:{sent.id}"):
        outsider.presses_data(data, anchor)
        await chat.settle()
        assert outsider.notice.startswith("Tato akce není určena pro vás")
    assert not any("4471" in m.plain or "9981" in m.plain for m in outsider.received)
    assert act(chat.engine, events.answers, event_id=sent.id) == {}
    insider.says("/pomoc")
    await chat.settle()
    insider.presses_data(f"evy:{sent.id}", insider.last)
    await chat.settle()
    assert act(chat.engine, events.answers, event_id=sent.id) == {"yes": 1}


async def test_personal_data_is_answered_only_in_a_private_chat(chat: Chat) -> None:
    worker = admitted(chat, 640, "curator")
    await chat.settle()
    for command in ("/moje_data", "/pripomen", "/predani", "/profil"):
        worker.says_in_group(-1001, command)
    await chat.settle()
    in_group = [m.plain for m in chat.api.transcript(-1001) if m.from_bot]
    assert len(in_group) == 4
    assert all(m.startswith("Tohle posílám jen do soukromého chatu") for m in in_group)
    assert not any("640" in m or "curator" in m.lower() or "Kurátor" in m for m in in_group)


def edits_command(chat: Chat, person: Person, typed: str) -> None:
    """Telegram sends an edited command with its entity, as an edited_message update."""
    command = typed.split()[0]
    chat.api.inject(
        {
            "edited_message": {
                "message_id": 1,
                "date": int(time.time()) - 60,
                "edit_date": int(time.time()),
                "chat": {"id": person.id, "type": "private", "first_name": person.first_name},
                "from": person.as_user(),
                "text": typed,
                "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}],
            }
        }
    )


async def test_an_edited_command_does_nothing(chat: Chat) -> None:
    invite = act(
        chat.engine,
        registration.create_invite,
        by=COORDINATOR,
        role="ngo",
        organization_id=None,
        days=1,
        uses=2,
    )
    person = chat.person(650, "Pavla")
    person.says(f"/start {invite.code}")
    await chat.settle()
    person.says("/pripomen zítra v 9 zavolat do Kotvy")
    await chat.settle()
    answers = len(person.received)
    edits_command(chat, person, f"/start {invite.code}")
    edits_command(chat, person, "/pripomen zítra v 10 zavolat do Kotvy")
    await chat.settle()

    with chat.engine.connect() as connection:
        uses = connection.execute(select(table_of(Invite).c.uses)).scalar()
        reminders = connection.execute(select(func.count()).select_from(table_of(Reminder))).scalar()
    assert (uses, reminders) == (1, 1)
    assert len(person.received) == answers
