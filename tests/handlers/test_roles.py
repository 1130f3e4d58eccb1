"""Every role, admitted by invitation, against the commands that depend on it."""

from __future__ import annotations

import pytest

from bot import registration
from bot.permissions import ROLES
from tests.handlers.conftest import Chat


@pytest.mark.parametrize("role", ROLES)
async def test_what_each_approved_role_may_do(chat: Chat, role: str) -> None:
    invite = registration.create_invite(chat.engine, by=900, role=role, organization_id=None, days=1, uses=1)
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
