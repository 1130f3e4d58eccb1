"""Conversations with the bot: asking, reading cards, paging, filters, contacts, inline mode."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.clock import frozen_at
from bot.directory.services import (
    find_organizations,
    organization_name,
    organization_services,
    service_details,
)
from bot.models import Organization, table_of
from bot.network import registration
from bot.reports import usage
from bot.user_models import QuestionLog
from tests.bot.directory.test_remembered import reads_of
from tests.bot.following.test_subscriptions import add_service
from tests.conftest import PRAGUE
from tests.handlers.conftest import COORDINATOR, Chat
from tests.helpers import act


async def test_start_welcomes_in_czech_and_the_menu_is_set_in_both_languages(chat: Chat) -> None:
    jana = chat.person()
    jana.says("/start")
    await chat.settle()

    assert jana.received[0].plain.startswith("Spojka propojuje lidi, kteří pracují kolem věznic.")
    assert jana.last.plain == "Kdo jste? Vyberte svou roli:"
    assert [c["command"] for c in chat.api.commands["cs"]] == [
        "start",
        "pomoc",
        "veznice",
        "organizace",
        "predani",
        "plan",
        "plany",
        "pripomen",
        "akce",
        "kapacita",
        "sluzby",
        "odbery",
        "profil",
        "zrusit",
        "moje_data",
        "smazat_ucet",
        "pokryti",
        "kvalita",
        "statistiky",
        "lide",
    ]
    assert chat.api.commands["en"][1]["description"] == "What I can do, with examples"
    assert "propojuje" in chat.api.descriptions["cs"]


async def test_the_educators_question_gets_how_it_was_understood_and_a_card(chat: Chat) -> None:
    jana = chat.person()
    jana.says("Které NNO působí ve věznici Opava s klienty se závislostí?")
    await chat.settle()

    answer = jana.last
    opava = "Věznice a Ústav pro výkon zabezpečovací detence Opava"
    assert answer.plain.startswith(f"Rozuměl jsem: věznice: {opava} · pro: Lidé se závislostí")
    assert "1. Adiktologické poradenství ve věznici Opava" in answer.plain
    assert "Kotva Opava, z. ú." in answer.plain
    assert [b["text"] for b in answer.buttons][:3] == ["1 · Kontakty", "1 · Podmínky", "1 · Více"]


async def test_every_card_is_read_at_start_so_an_answer_waits_for_no_card(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = reads_of(monkeypatch)
    jana = chat.person()
    jana.says("Ostrava")
    await chat.settle()

    assert "Program Mladiství (PMS)" in jana.last.plain
    assert reads == []


async def test_a_worker_without_approval_sees_organisation_contacts_only(chat: Chat) -> None:
    jana = chat.person()
    jana.says("drogy věznice Opava")
    await chat.settle()
    jana.presses("1 · Kontakty")
    await chat.settle()

    text = next(m for m in jana.received if m.plain.startswith("Kontakty")).plain
    assert "☎ +420 000 100 051" in text and "info@kotva.example" in text
    assert "Osobní kontakty pracovníků uvidíte po schválení registrace" in text
    assert jana.last.kind == "contact" and jana.last.extra["contact"]["phone_number"] == "+420 000 100 051"


async def test_an_approved_worker_gets_the_contact_person_for_that_prison_first(chat: Chat) -> None:
    coordinator = chat.person(COORDINATOR, "Koordinátorka")
    coordinator.says("mentoring Heřmanice")
    await chat.settle()
    coordinator.presses("1 · Kontakty")
    await chat.settle()

    text = next(m for m in coordinator.received if m.plain.startswith("Kontakty")).plain
    assert "Pro věznici Věznice Heřmanice:" in text
    assert text.index("Pro věznici Věznice Heřmanice:") < text.index("☎", text.index("Pro věznici"))
    assert '<a href="tel:' in next(m for m in coordinator.received if m.plain.startswith("Kontakty")).text


async def test_conditions_and_more(chat: Chat) -> None:
    jana = chat.person()
    jana.says("azylový dům Ostrava")
    await chat.settle()
    jana.presses("1 · Podmínky")
    await chat.settle()
    assert jana.last.plain.startswith("Podmínky – Azylový dům Most naděje Ostrava")
    assert "Věk: 18+" in jana.last.plain

    jana.presses("1 · Více", message=jana.received[-2])
    await chat.settle()
    assert "Důvěra:" in jana.last.plain and "Údaje ověřeny" in jana.last.plain


async def test_more_results_page_through_the_same_message(chat: Chat) -> None:
    jana = chat.person()
    jana.says("azylový dům")
    await chat.settle()
    first = jana.last
    assert "Výsledky 1–5 z 7" in first.plain

    jana.presses("Další výsledky")
    await chat.settle()

    assert jana.last.message_id == first.message_id  # edited in place
    assert "Výsledky 6–7 z 7" in jana.last.plain
    assert "6. " in jana.last.plain
    assert "Další výsledky ›" not in [b["text"] for b in jana.last.buttons]

    jana.presses("‹ Zpět")
    await chat.settle()

    assert "Výsledky 1–5 z 7" in jana.last.plain  # the first page again, in the same message
    assert "‹ Zpět" not in [b["text"] for b in jana.last.buttons]


async def test_an_alternative_without_confirmed_places_never_says_free(chat: Chat) -> None:
    jana = chat.person()
    jana.says("volné lůžko azylák Olomouc")
    await chat.settle()

    shown = jana.last.plain
    below = shown[shown.index("bez volné kapacity") :]
    olomouc = below[below.index("Azylový dům Olomoucký most") :].split("\n\n")[0]
    assert "volno nepotvrzeno: naposledy 2/22" in olomouc
    assert "🛏 volno 2/22" not in olomouc


async def test_a_service_only_inside_a_prison_says_so_on_a_town_question(chat: Chat) -> None:
    jana = chat.person()
    jana.says("fetak ostrava")
    await chat.settle()

    card = jana.last.plain[jana.last.plain.index("Adiktologické poradenství ve věznici Opava") :]
    assert card.split("\n")[2] == "📍 jen ve věznici: Věznice a Ústav pro výkon zabezpečovací detence Opava"


@pytest.mark.both_databases
async def test_dropping_a_filter_shows_what_it_hid(chat: Chat) -> None:
    jana = chat.person()
    jana.says("volné lůžko azylový dům Olomouc")
    await chat.settle()
    assert "Nenašel jsem nic, co by odpovídalo všemu." in jana.last.plain

    with frozen_at(datetime(2026, 11, 30, 12, 0, tzinfo=PRAGUE)):
        jana.presses("✕ jen s volnou kapacitou")
        await chat.settle()

    assert "Nenašel jsem nic" not in jana.last.plain
    assert "1. Azylový dům Olomoucký most" in jana.last.plain
    # the capacity was last confirmed on 12 November: 18 days before the (frozen) today
    assert "🛏 volno 2/22 lůžek (k 12. 11. 2026 – neověřeno přes 18 dní)" in jana.last.plain


async def test_a_town_can_be_reread_as_its_prison(chat: Chat) -> None:
    jana = chat.person()
    jana.says("drogy Opava")
    await chat.settle()
    assert "místo: Opava (město; pro věznici napište „věznice Opava“)" in jana.last.plain

    jana.presses("Myslel jsem věznici Opava")
    await chat.settle()

    assert "věznice: Věznice a Ústav pro výkon zabezpečovací detence Opava" in jana.last.plain
    assert "Adiktologické poradenství ve věznici Opava" in jana.last.plain


async def test_nothing_understood_is_said_plainly(chat: Chat) -> None:
    jana = chat.person()
    jana.says("jaké bude počasí")
    await chat.settle()
    assert jana.last.plain.startswith("Této otázce nerozumím")
    assert jana.last.buttons == []


async def test_inline_mode_shares_cards_with_organisation_contacts_only(chat: Chat) -> None:
    jana = chat.person()
    query = jana.types_inline("dluhy Ústí")
    await chat.settle()

    results = chat.api.inline_answer(query)
    assert results and results[0]["title"] == "Dluhové poradenství Lávka"
    shared = results[0]["input_message_content"]["message_text"]
    assert "Lávka Ústí, z. ú." in shared
    # the service's contact persons (and their personal phones) never travel in an inline card
    coordinator = chat.person(COORDINATOR, "Koordinátorka")
    coordinator.says("dluhy Ústí")
    await chat.settle()
    coordinator.presses("1 · Kontakty")
    await chat.settle()
    contacts = next(m for m in coordinator.received if m.plain.startswith("Kontakty")).plain
    personal = [line for line in contacts.splitlines() if line.startswith("☎")][1:]
    assert personal and not any(line.removeprefix("☎ ") in shared for line in personal)


async def test_an_english_speaker_is_answered_in_english(chat: Chat) -> None:
    john = chat.person(2, "John", language_code="en")
    john.says("shelter Ostrava")
    await chat.settle()
    assert john.last.plain.startswith("I understood: place: Ostrava")
    assert john.last.buttons[0]["text"] == "1 · Contacts"


async def test_long_answers_are_split_under_the_limit_without_breaking_tags(chat: Chat) -> None:
    """An organisation with 120 services: its card is far over Telegram's 4,096 characters."""
    names = [f"Služba <č. {n:03}> & spol. – poradenství pro rodiny po výkonu trestu" for n in range(120)]
    for name in names:
        add_service(chat.engine, name, need="housing", town="Ostrava")
    with chat.engine.connect() as connection:
        first = connection.execute(select(table_of(Organization).c.id)).scalars().first()  # as add_service
        organization = act(chat.engine, organization_name, organization_id=str(first))
    assert organization is not None
    jana = chat.person()
    jana.says(f"/organizace {organization}")
    await chat.settle()

    pieces = [m.plain for m in jana.received]
    assert len(pieces) >= 2 and sum(len(p) for p in pieces) > 4096
    assert all(len(p) <= 4096 for p in pieces)  # (the server refused any piece with a broken tag)
    shown = "\n".join(pieces)
    positions = [shown.find(name) for name in names]
    assert -1 not in positions and positions == sorted(positions)  # every service, in order, once


async def test_checking_whether_a_client_qualifies(chat: Chat) -> None:
    jana = chat.person()
    jana.says("azylový dům pro muže Brno")
    await chat.settle()
    jana.presses("1 · Podmínky")
    await chat.settle()
    jana.presses("Vyhoví můj klient?")
    await chat.settle()
    assert "Odpovědi se nikam neukládají." in jana.last.plain and jana.last.plain.endswith("Klient/ka je")
    # a man, 27-64, with debts to the municipality: asked only what this shelter has conditions
    # on, and no more once the answer is "no" (the ID question never comes)
    asked = []
    for answer in ("muž", "27–64", "ano"):
        asked.append(jana.last.plain.splitlines()[-1])
        jana.presses(answer, message=jana.last)
        await chat.settle()

    assert asked == ["Klient/ka je", "Věk klienta/klientky", "Má klient/ka dluhy vůči obci?"]
    verdict = jana.last.plain
    assert "❌ Nevyhovuje, protože:" in verdict
    assert "• vyžaduje bezdlužnost vůči obci" in verdict
    assert "platný doklad" not in verdict
    # no other shelter in the sample's Brno: said, with what to try instead
    assert "Podobnou službu poblíž, které by klient/ka vyhověl/a, jsem nenašel." in verdict


async def test_a_client_who_does_not_fit_is_shown_similar_services_that_fit(chat: Chat) -> None:
    jana = chat.person()
    jana.says("terapeutická komunita Liberec")
    await chat.settle()
    jana.presses("1 · Podmínky")
    await chat.settle()
    jana.presses("Vyhoví můj klient?")
    await chat.settle()
    choices = {"Klient/ka je": "muž", "Věk klienta/klientky": "15–17"}
    while (question := jana.last.plain.splitlines()[-1]) in choices:
        jana.presses(choices[question], message=jana.last)
        await chat.settle()

    verdict = jana.last
    assert "❌ Nevyhovuje, protože:" in verdict.plain
    assert "Podobné služby, kterým klient/ka vyhoví:\n• K-centrum Cesta ven Liberec" in verdict.plain
    jana.presses("K-centrum Cesta ven Liberec", message=verdict)
    await chat.settle()
    assert jana.last.plain.startswith("K-centrum Cesta ven Liberec")


async def test_a_worker_passes_a_service_on_to_a_client_as_plain_text(chat: Chat) -> None:
    coordinator = chat.person(COORDINATOR, "Koordinátorka")  # sees staff contacts: none may leak
    coordinator.says("azylový dům Ostrava")
    await chat.settle()
    coordinator.presses("1 · Více")
    await chat.settle()
    coordinator.presses("📄 Pro klienta/klientku")
    await chat.settle()

    card = coordinator.last
    assert coordinator.received[-2].plain.startswith("Tuto zprávu můžete přeposlat nebo vytisknout")
    assert card.plain.startswith("Azylový dům Most naděje Ostrava\nMost naděje, z. s.")
    assert "Adresa: " in card.plain and "Ostrava" in card.plain and "Telefon: +420" in card.plain
    assert "<" not in card.text  # no formatting: it prints and forwards as it is
    contacts = [
        p.name for p in act(chat.engine, service_details, service_ids=[_shelter(chat)])[_shelter(chat)].people
    ]
    assert contacts and not any(name in card.plain for name in contacts)  # no staff-only contacts


def _shelter(chat: Chat) -> str:
    organization = act(chat.engine, find_organizations, name="Most naděje", limit=1)[0][0]
    services = act(chat.engine, organization_services, organization_id=organization)
    details = act(chat.engine, service_details, service_ids=services)
    return next(i for i in services if details[i].name == "Azylový dům Most naděje Ostrava")


async def test_help_tells_coordinators_what_only_they_can_do(chat: Chat) -> None:
    worker = chat.person(5, "Jana")
    worker.says("/pomoc")
    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/pomoc")
    await chat.settle()

    assert "Pro koordinátory" not in worker.last.plain
    for command in ("/pokryti", "/kvalita", "/statistiky", "/pozvanka", "➕ Nová akce"):
        assert command in coordinator.last.plain, command


async def test_in_english_the_understood_line_is_english_too(chat: Chat) -> None:
    jana = chat.person(7, "Jane", language_code="en")
    jana.says("drogy věznice Opava pro ženy")
    await chat.settle()

    first = jana.last.plain.splitlines()[0]
    assert first.startswith("I understood: prison:") and "need: Addiction" in first and "for: Women" in first
    assert "Závislosti" not in first and "Ženy" not in first


async def test_a_town_without_a_prison_lists_the_prisons_of_its_region(chat: Chat) -> None:
    jana = chat.person(8, "Jana")
    jana.says("/veznice usti")
    await chat.settle()

    assert jana.last.plain == "V místě „usti“ věznice není. Věznice v kraji Ústecký kraj:"
    assert "Věznice Bělušice" in [b["text"] for b in jana.last.buttons]


def _logged(chat: Chat) -> list[tuple[bool, str | None]]:
    log = table_of(QuestionLog).c
    with chat.engine.connect() as connection:
        return [
            tuple(row) for row in connection.execute(select(log.had_results, log.question).order_by(log.id))
        ]


async def test_a_question_is_logged_once_its_answer_has_left(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    jana = chat.person()
    seen_when_logged: list[int] = []
    record = usage.record_question

    def recording(**values: Any) -> None:
        seen_when_logged.append(len(jana.received))  # what Jana had received by then
        record(**values)

    monkeypatch.setattr(usage, "record_question", recording)
    jana.says("azylový dům Ostrava")
    await chat.settle()
    assert jana.last.plain.startswith("Rozuměl jsem")
    assert seen_when_logged == [1]  # the answer first, then the log
    assert _logged(chat) == [(True, None)]


async def test_a_question_is_logged_even_when_telegram_refuses_its_answer(chat: Chat) -> None:
    jana = chat.person()
    chat.api.fail_next("sendMessage", 500, "Internal Server Error")
    jana.says("qwertzuiop")
    await chat.settle()
    assert jana.last.plain == "Omlouvám se, něco se pokazilo. Zkuste to prosím znovu za chvíli."
    assert _logged(chat) == [(False, "qwertzuiop")]


async def test_a_question_log_that_cannot_be_written_costs_the_person_nothing(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_values: Any) -> None:
        raise OperationalError("INSERT INTO question_log", {}, Exception("database is locked"))

    monkeypatch.setattr(usage, "record_question", broken)
    jana = chat.person()
    jana.says("azylový dům Ostrava")
    await chat.settle()
    assert len(jana.received) == 1  # the answer, and no "something went wrong" after it
    assert jana.last.plain.startswith("Rozuměl jsem")


async def test_a_language_changed_elsewhere_counts_at_the_next_question(chat: Chat) -> None:
    """The remembered language is refreshed by the question's one read of the account (another
    instance of the bot, or a coordinator's tool, may have changed it)."""
    jana = chat.person(52, "Jana")
    jana.says("azylový dům Ostrava")
    await chat.settle()
    assert jana.last.plain.startswith("Rozuměl jsem")
    act(chat.engine, registration.choose_language, user_id=52, first_name="Jana", language="en")
    jana.says("shelter Ostrava")
    await chat.settle()
    assert jana.last.plain.startswith("I understood:")
    act(chat.engine, registration.choose_language, user_id=52, first_name="Jana", language="cs")
    jana.says("azylový dům Ostrava")
    await chat.settle()
    assert jana.last.plain.startswith("Rozuměl jsem")
