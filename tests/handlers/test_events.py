"""A coordinator invites the network to a round table; people answer, add it to their calendar,
hear about a change and a cancellation."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import pytest

from bot.models import table_of
from bot.network import registration
from bot.user_models import Event
from offline_api.server import Person
from tests.handlers.conftest import COORDINATOR, Chat, until
from tests.handlers.test_following import admitted
from tests.helpers import act


def in_region(chat: Chat, person: Person, region: str) -> Person:
    act(chat.engine, registration.choose_region, user_id=person.id, region=region)
    return person


async def arrives(person: Person, start: str, timeout: float = 20.0) -> str:
    """The last message to `person` starting with `start`, waiting on the server's activity
    (a busy machine may take seconds; nothing arriving at all fails after `timeout`)."""
    await until(person.api, lambda: any(m.plain.startswith(start) for m in person.received), timeout=timeout)
    found = [m.plain for m in person.received if m.plain.startswith(start)]
    if found:
        return found[-1]
    raise AssertionError(f"nothing starting {start!r} arrived; last: {person.last.plain!r}")


async def create_round_table(chat: Chat, coordinator: Person) -> None:
    coordinator.says("/akce")
    await chat.settle()
    coordinator.presses("➕ Nová akce")
    await chat.settle()
    assert coordinator.last.plain.startswith("Jak se akce jmenuje?")
    coordinator.says("Kulatý stůl: bydlení po propuštění")
    await chat.settle()
    assert coordinator.last.plain.startswith("Kdy?")
    coordinator.says("někdy brzy")
    await chat.settle()
    assert coordinator.last.plain.startswith("Tomu datu nerozumím.")
    coordinator.says("1. 12. 2099")
    await chat.settle()
    assert coordinator.last.plain.startswith("Napište i čas")
    coordinator.says("1. 12. 2099 ve 14:00")
    await chat.settle()
    assert coordinator.last.plain == "Rozumím: úterý 1. 12. 2099 v 14:00. Platí?"
    coordinator.presses("✓ Ano")
    await chat.settle()
    assert coordinator.last.plain.startswith("Kde?")
    coordinator.says("Magistrát Ústí nad Labem, zasedačka 3\nhttps://meet.example/kulaty-stul")
    await chat.settle()
    coordinator.says("Kapacity azylových domů a spolupráce s věznicemi.")
    await chat.settle()
    assert coordinator.last.plain.startswith("Komu?")
    coordinator.presses("Ústecký kraj")
    await chat.settle()
    assert "Pro: Ústecký kraj · všechny role" in coordinator.last.plain
    coordinator.presses("Hotovo")
    await chat.settle()


@pytest.mark.both_databases
async def test_a_round_table_from_invitation_to_cancellation(chat: Chat) -> None:
    curator = in_region(chat, admitted(chat, 801, "curator"), "Ústecký kraj")
    worker = in_region(chat, admitted(chat, 802, "ngo", "Most naděje"), "Ústecký kraj")
    elsewhere = in_region(chat, admitted(chat, 803, "curator"), "Zlínský kraj")
    coordinator = chat.person(COORDINATOR, "Eva")
    await chat.settle()

    await create_round_table(chat, coordinator)
    preview = coordinator.last.plain
    assert preview.startswith("Náhled – takto to přijde 2 lidem:")
    assert "🕘 úterý 1. 12. 2099 v 14:00" in preview and "📍 Magistrát Ústí nad Labem, zasedačka 3" in preview
    coordinator.presses("📤 Odeslat hned")
    await chat.settle()

    card = await arrives(curator, "📅 Kulatý stůl: bydlení po propuštění")
    assert "🔗 https://meet.example/kulaty-stul" in card
    assert not any(m.plain.startswith("📅 Kulatý stůl") for m in elsewhere.received)
    # the live progress message ends with the delivery report
    await until(chat.api, lambda: coordinator.last.plain.startswith("✅ Hotovo"))
    assert coordinator.last.plain == "✅ Hotovo: doručeno 2 / 2 · 0 zablokováno · 0 selhalo"

    curator.presses("Přijdu")
    await chat.settle()
    assert curator.notice == "Zaznamenáno: Přijdu. Přijde 1, možná 0."
    invitation = next(m for m in curator.received if m.plain.startswith("📅 Kulatý stůl"))
    assert "✓ Přijdu" in [b["text"] for b in invitation.buttons]
    worker.presses("Nepřijdu")
    curator.presses("Do kalendáře")
    await chat.settle()
    ics = curator.last
    assert ics.kind == "document" and ics.extra["document"]["file"] == "spojka-akce-1.ics"
    assert b"DTSTART:20991201T130000Z" in ics.extra["document"]["content"]

    coordinator.says("/akce")
    await chat.settle()
    coordinator.presses("✅ Kulatý stůl")
    await chat.settle()
    report = coordinator.last.plain
    assert "Doručení: doručeno 2 · zablokováno 0 · selhalo 0 · čeká 0" in report
    assert "Odpovědi: přijde 1 · možná 0 · nepřijde 1" in report

    coordinator.presses("✏️ Čas")
    await chat.settle()
    coordinator.says("2. 12. 2099 v 9:30")
    await chat.settle()
    assert coordinator.last.plain == "Změněno. Oznámeno 2 lidem."
    change = await arrives(worker, "✏️ Změna akce")
    assert "🕘 středa 2. 12. 2099 v 9:30" in change

    coordinator.presses("❌ Zrušit")
    await chat.settle()
    coordinator.presses("Ano, zrušit")
    await chat.settle()
    assert coordinator.last.plain == "Zrušeno. Oznámeno 2 lidem."
    await arrives(curator, "❌ Akce se ruší")
    curator.presses("Možná", invitation)
    await chat.settle()
    assert curator.notice == "Tato akce už neprobíhá (zrušena nebo skončila)."


async def test_an_announcement_scheduled_for_later(chat: Chat) -> None:
    curator = in_region(chat, admitted(chat, 811, "curator"), "Ústecký kraj")
    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/akce")
    await chat.settle()
    coordinator.presses("➕ Oznámení")
    await chat.settle()
    coordinator.says("Nové číslo na koordinátorku")
    await chat.settle()
    coordinator.says("Od pondělí volejte +420 000 111 222.")
    await chat.settle()
    coordinator.presses("Hotovo")
    await chat.settle()
    assert coordinator.last.plain.startswith(
        "Náhled – takto to přijde 1 člověku:\n\n📣 Nové číslo na koordinátorku"
    )
    assert not any("Přijdu" in b["text"] for b in coordinator.last.buttons)
    coordinator.presses("Naplánovat")
    await chat.settle()
    coordinator.says("včera")
    await chat.settle()
    assert coordinator.last.plain.startswith("To už bylo.")
    coordinator.says("1. 1. 2099 v 8:00")
    await chat.settle()
    assert coordinator.last.plain.startswith("⏳ Naplánováno na čtvrtek 1. 1. 2099 v 8:00.")

    # the time comes: the minute job sends it, and the coordinator gets the live report
    event = table_of(Event)
    with chat.engine.begin() as connection:
        connection.execute(event.update().values(send_at=datetime.now(UTC) - timedelta(minutes=1)))
    assert chat.application.job_queue is not None
    (job,) = chat.application.job_queue.get_jobs_by_name("events")
    await job.run(chat.application)
    assert (await arrives(curator, "📣 Nové číslo")).endswith("Od pondělí volejte +420 000 111 222.")
    await until(chat.api, lambda: coordinator.last.plain.startswith("✅ Hotovo"))
    assert coordinator.last.plain == "✅ Hotovo: doručeno 1 / 1 · 0 zablokováno · 0 selhalo"


async def test_only_coordinators_create_events(chat: Chat) -> None:
    curator = in_region(chat, admitted(chat, 821, "curator"), "Ústecký kraj")
    curator.says("/akce")
    await chat.settle()
    assert curator.last.plain == "Žádné nadcházející akce pro váš kraj a roli."
    assert curator.last.buttons == []
    curator.presses_data("evadd:e", curator.last)
    await chat.settle()
    assert curator.notice == "Akce a oznámení rozesílají koordinátoři."
    guest = chat.person(822, "Host")
    guest.says("/akce")
    await chat.settle()
    assert guest.last.plain == "Akce vidí schválení uživatelé (/start)."


async def test_events_and_reminders_are_checked_every_minute(chat: Chat) -> None:
    assert chat.application.job_queue is not None
    (job,) = chat.application.job_queue.get_jobs_by_name("events")
    assert job.job.trigger.interval.total_seconds() == 60


async def test_the_live_report_counts_who_blocked_the_bot(chat: Chat) -> None:
    for user_id in (831, 832, 833):
        in_region(chat, admitted(chat, user_id, "curator"), "Ústecký kraj")
    await chat.settle()
    chat.person(833).block()
    coordinator = chat.person(COORDINATOR, "Eva")
    await create_round_table(chat, coordinator)
    coordinator.presses("📤 Odeslat hned")
    await chat.settle()
    await until(chat.api, lambda: coordinator.last.plain.startswith("✅ Hotovo"))
    assert coordinator.last.plain == "✅ Hotovo: doručeno 2 / 3 · 1 zablokováno · 0 selhalo"


async def test_an_event_for_nobody_is_done_at_once_and_never_edited_in_vain(chat: Chat) -> None:
    from handlers import events

    coordinator = chat.person(COORDINATOR, "Eva")  # nobody is registered in Ústecký kraj
    await create_round_table(chat, coordinator)
    coordinator.presses("📤 Odeslat hned")
    await chat.settle()
    assert coordinator.last.plain.startswith("✅ Hotovo: doručeno 0 / 0")
    calls_before = len(chat.api.calls)

    done = asyncio.Event()

    async def reports_then_done(context: object) -> None:
        await events.delivery_reports(context)  # type: ignore[arg-type]
        done.set()

    assert chat.application.job_queue is not None
    chat.application.job_queue.run_once(reports_then_done, 0)
    await asyncio.wait_for(done.wait(), timeout=5)
    await chat.settle()

    assert [method for method, _ in chat.api.calls[calls_before:] if method == "editMessageText"] == []


async def test_the_live_report_says_when_replies_slowed_the_broadcast(chat: Chat) -> None:

    in_region(chat, admitted(chat, 811, "curator"), "Ústecký kraj")
    coordinator = chat.person(COORDINATOR, "Eva")
    await chat.settle()
    await create_round_table(chat, coordinator)
    budget = chat.application.bot_data["budget"]
    budget.last_slowed = time.monotonic()  # the courier just waited for people's answers

    coordinator.presses("📤 Odeslat hned")
    await chat.settle()

    reports = [
        params["text"]
        for method, params in chat.api.calls
        if method in ("sendMessage", "editMessageText") and "Odesláno" in params.get("text", "")
    ]
    assert any("zpomaleno: přednost mají odpovědi lidem" in body for body in reports)
