"""Registration, approval, invitations and the profile, as the people involved see them."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.network import registration
from bot.user_models import AppUser
from offline_api.server import Person
from tests.handlers.conftest import COORDINATOR, Chat
from tests.helpers import act


async def register(chat: Chat, person: Person, role: str, organization: str, region: str) -> None:
    person.says("/start")
    await chat.settle()
    person.presses(role)
    await chat.settle()
    person.says(organization)
    await chat.settle()
    person.presses(organization)
    await chat.settle()
    person.presses(region)
    await chat.settle()


@pytest.mark.both_databases
async def test_a_worker_registers_and_a_coordinator_approves(chat: Chat) -> None:
    jana = chat.person(11, "Jana")
    coordinator = chat.person(COORDINATOR, "Eva")
    await register(chat, jana, "Sociální kurátor/ka", "Kotva", "Moravskoslezský kraj")

    assert jana.last.plain.startswith("Děkuji. Žádost jsem poslal koordinátorům")
    request = coordinator.last
    assert request.plain.startswith("Nová žádost o registraci\nJana (Telegram id 11)")
    assert (
        "Role: Sociální kurátor/ka\nOrganizace: Kotva Opava, z. ú.\nKraj: Moravskoslezský kraj"
        in request.plain
    )

    coordinator.presses("Schválit")
    await chat.settle()

    assert coordinator.last.plain.endswith("✓ Schváleno")  # on the message of the one who decided
    assert jana.last.plain == "Vaše registrace byla schválena. Teď uvidíte i osobní kontakty pracovníků."
    jana.says("mentoring Heřmanice")
    await chat.settle()
    jana.presses("1 · Kontakty")
    await chat.settle()
    contacts = next(m for m in reversed(jana.received) if m.plain.startswith("Kontakty")).plain
    assert "Pro věznici Věznice Heřmanice:" in contacts and "po schválení registrace" not in contacts


async def test_a_request_that_cannot_be_stored_leaves_nobody_half_registered(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The region and the request it completes are one step (one unit of work): when storing
    the request fails, the region is not kept either, and the same tap later sends the request."""
    storing_fails = [RuntimeError("the database went away")]
    submit = registration.submit

    def submit_failing_once(**values: Any) -> AppUser:
        submitted = submit(**values)
        if storing_fails:
            raise storing_fails.pop()
        return submitted

    monkeypatch.setattr(registration, "submit", submit_failing_once)
    karel = chat.person(13, "Karel")
    coordinator = chat.person(COORDINATOR, "Eva")
    await register(chat, karel, "Pracovník/ce NNO", "Most naděje", "Moravskoslezský kraj")

    assert karel.notice == "Omlouvám se, něco se pokazilo. Zkuste to prosím znovu za chvíli."
    stored = act(chat.engine, registration.profile, user_id=13)
    assert stored is not None and (stored.region, stored.status) == (None, "new")  # nothing half-done
    assert coordinator.received == []

    karel.presses("Moravskoslezský kraj")
    await chat.settle()

    assert karel.last.plain.startswith("Děkuji. Žádost jsem poslal koordinátorům")
    assert coordinator.last.plain.startswith("Nová žádost o registraci\nKarel (Telegram id 13)")
    stored = act(chat.engine, registration.profile, user_id=13)
    assert stored is not None and (stored.region, stored.status) == ("Moravskoslezský kraj", "pending")


async def test_a_rejected_worker_is_told_and_still_sees_no_personal_contacts(chat: Chat) -> None:
    petr = chat.person(12, "Petr")
    coordinator = chat.person(COORDINATOR, "Eva")
    await register(chat, petr, "Pracovník/ce NNO", "Most naděje", "Moravskoslezský kraj")
    coordinator.presses("Zamítnout")
    await chat.settle()

    assert petr.last.plain.startswith("Vaše registrace nebyla schválena.")
    # another coordinator's copy of the request still has its buttons
    coordinator.presses_data("ok:12", coordinator.last)
    await chat.settle()
    assert coordinator.notice == "O této žádosti už bylo rozhodnuto."


async def test_the_organisation_step_takes_text_as_a_name_not_a_question(chat: Chat) -> None:
    jana = chat.person(13, "Jana")
    jana.says("/start")
    await chat.settle()
    jana.presses("Pracovník/ce věznice")
    await chat.settle()
    jana.says("azylový dům Ostrava")
    await chat.settle()

    assert jana.last.plain == "Vyberte svou organizaci:"
    assert [b["text"] for b in jana.last.buttons][-1] == "Není v seznamu: „azylový dům Ostrava“"
    jana.presses("Není v seznamu")
    await chat.settle()
    assert jana.last.plain == "Ve kterém kraji pracujete?"


@pytest.mark.both_databases
async def test_an_invitation_admits_at_once_until_it_is_used_up(chat: Chat) -> None:
    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/pozvanka nno 7 2 Kotva")
    await chat.settle()
    link = re.search(r"https://t\.me/spojka_offline_bot\?start=([\w-]+)", coordinator.last.plain)
    assert link and "Pracovník/ce NNO, Kotva Opava, z. ú." in coordinator.last.plain
    code = link.group(1)

    first, second, third = chat.person(21, "A"), chat.person(22, "B"), chat.person(23, "C")
    for person in (first, second, third):
        person.says(f"/start {code}")
        await chat.settle()

    assert first.last.plain == "Vítejte ve Spojce! Jste přijat/a (Pracovník/ce NNO, Kotva Opava, z. ú.)."
    assert second.last.plain.startswith("Vítejte ve Spojce!")
    assert third.last.plain == "Pozvánka už byla vyčerpána. Požádejte koordinátora o novou."
    first.says("/profil")
    await chat.settle()
    assert "Stav: schváleno" in first.last.plain


async def test_guessing_invitation_codes_is_slowed_down(chat: Chat) -> None:
    guesser = chat.person(31, "X")
    for attempt in range(5):
        guesser.says(f"/start guess{attempt}")
    await chat.settle()
    answers = [m.plain for m in guesser.received]
    assert answers[:3] == ["Tento odkaz neznám. Požádejte koordinátora o nový."] * 3
    assert answers[3:] == ["Příliš mnoho neplatných pozvánek. Zkuste to prosím později."] * 2


async def test_only_coordinators_invite_and_decide(chat: Chat) -> None:
    jana = chat.person(41, "Jana")
    jana.says("/pozvanka nno 7 1")
    await chat.settle()
    assert jana.last.plain == "Na to nemáte oprávnění."

    jana.presses_data("ok:41", jana.last)
    await chat.settle()
    assert jana.notice == "Na to nemáte oprávnění."


async def test_the_profile_switches_the_language(chat: Chat) -> None:
    jana = chat.person(51, "Jana")
    jana.says("/profil")
    await chat.settle()
    assert jana.last.plain.startswith("Váš profil\nRole: —")
    jana.presses("English")
    await chat.settle()
    assert jana.last.plain.startswith("Your profile") and "Language: English" in jana.last.plain

    jana.says("shelter Ostrava")
    await chat.settle()
    assert jana.last.plain.startswith("I understood:")


async def test_a_new_role_needs_a_new_approval(chat: Chat) -> None:
    coordinator = chat.person(COORDINATOR, "Eva")
    jana = chat.person(61, "Jana")
    await register(chat, jana, "Pracovník/ce NNO", "Kotva", "Moravskoslezský kraj")
    coordinator.presses("Schválit")
    await chat.settle()

    jana.says("/profil")
    await chat.settle()
    jana.presses("Změnit roli")
    await chat.settle()
    jana.presses("Koordinátor/ka")
    await chat.settle()
    jana.says("/pozvanka nno 7 1")
    await chat.settle()
    assert jana.last.plain == "Na to nemáte oprávnění."


async def test_before_any_coordinator_a_request_says_how_the_network_gets_one(chat: Chat) -> None:
    services = chat.application.bot_data["services"]
    services.settings = services.settings.model_copy(update={"coordinator_ids": []})  # a new network
    jana = chat.person(21, "Jana")
    await register(chat, jana, "Sociální kurátor/ka", "Kotva", "Moravskoslezský kraj")

    assert "zatím není žádný koordinátor" in jana.last.plain
    assert "<code>21</code>" in jana.last.text and "SPOJKA_COORDINATOR_IDS" in jana.last.plain

    # the administrator configures the first coordinator: the request made before is waiting for her
    services.settings = services.settings.model_copy(update={"coordinator_ids": [COORDINATOR]})
    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/start")
    await chat.settle()
    assert coordinator.last.plain == "Na schválení čeká 1 žádost: /lide"


async def test_while_pending_the_role_can_be_changed(chat: Chat) -> None:
    chat.person(COORDINATOR, "Eva")  # receives the request
    petr = chat.person(22, "Petr")
    await register(chat, petr, "Pracovník/ce NNO", "Most naděje", "Moravskoslezský kraj")
    petr.says("/start")
    await chat.settle()
    pending = next(m for m in reversed(petr.received) if m.plain.startswith("Vaše žádost čeká"))
    petr.presses("✏️ Změnit roli nebo organizaci", message=pending)
    await chat.settle()

    assert petr.last.plain.startswith("Kdo jste? Vyberte svou roli:")


async def test_a_coordinator_by_setting_cannot_pick_another_role(chat: Chat) -> None:
    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/profil")
    await chat.settle()
    coordinator.presses("Změnit roli")
    await chat.settle()

    assert coordinator.notice.startswith("Vaši roli koordinátora/ky určuje nastavení SPOJKA_COORDINATOR_IDS")
