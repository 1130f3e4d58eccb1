"""A curator hands a client over to a shelter and hears back; reminders by /pripomen."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.followup import handovers
from bot.models import table_of
from bot.network.permissions import Who
from bot.providers.edits import editable_services
from bot.user_models import Reminder
from handlers import reminders as reminder_jobs
from tests.handlers.conftest import COORDINATOR, Chat
from tests.handlers.test_events import arrives
from tests.handlers.test_following import admitted
from tests.helpers import act


@pytest.mark.both_databases
async def test_a_curator_hands_a_client_over_and_the_shelter_accepts(chat: Chat) -> None:
    curator = admitted(chat, 901, "curator")
    worker = admitted(chat, 902, "ngo", "Most naděje")
    outsider = admitted(chat, 903, "ngo", "Kotva")
    curator.says("azylový dům Ostrava")
    await chat.settle()
    curator.presses("1 · Více")
    await chat.settle()
    curator.presses("🤝 Předat")
    await chat.settle()
    assert curator.last.plain.startswith("Předání klienta → Azylový dům Most naděje Ostrava")
    curator.presses("Azylové bydlení")
    await chat.settle()
    assert "✓ Azylové bydlení" in [b["text"] for b in curator.last.buttons]
    curator.presses("Dál")
    await chat.settle()
    curator.says("někdy v zimě")
    await chat.settle()
    assert curator.last.plain.startswith("Tomu datu nerozumím.")  # asked again, nothing lost
    curator.says("za 3 týdny")  # read by the same reader as /pripomen and events
    await chat.settle()
    assert curator.last.plain.startswith("Krátká poznámka pro službu")
    curator.says("Jan Novák, 40 let, bez bydlení")
    await chat.settle()
    assert curator.last.plain.startswith("Poznámka obsahuje, co vypadá jako osobní údaje klienta (jméno).")
    curator.says("Muž, 40 let, bez bydlení, po výkonu trestu.")
    await chat.settle()
    curator.presses("Klient/ka s předáním souhlasí")
    await chat.settle()
    created = curator.last.plain
    assert created.startswith("Předáno. Kód předání: K-")
    code = created.split("Kód předání: ")[1][:6]

    incoming = await arrives(worker, "📥 Nové předání klienta")
    assert f"{code} → Azylový dům Most naděje Ostrava" in incoming and "Jan" not in incoming
    # the provider knows whom to call back
    assert "👤 Předává: Curator, Sociální kurátor/ka – napsat v Telegramu" in incoming
    message = next(m for m in worker.received if m.plain.startswith("📥"))
    assert 'href="tg://user?id=901"' in message.text
    assert not any(m.plain.startswith("📥") for m in outsider.received)
    worker.presses("✓ Přijmout")
    await chat.settle()
    assert worker.notice == "Uloženo: přijato."
    assert (await arrives(curator, f"🤝 {code}")).endswith("přijato")

    curator.says("/predani")
    await chat.settle()
    curator.presses(code)
    await chat.settle()
    card = curator.last.plain
    assert "Průběh" in card and "odesláno" in card and "přijato" in card
    opened = next(b["callback_data"] for b in curator.received[-2].buttons if code in b["text"])
    outsider.presses_data(opened, outsider.last)
    await chat.settle()
    assert outsider.notice.startswith("Toto předání vidí jen")
    worker.presses_data(opened, worker.last)
    await chat.settle()
    assert "👤 Předává: Curator, Sociální kurátor/ka" in worker.last.plain  # on the provider's card too
    assert "👤 Předává" not in card  # the referrer is not shown to themselves


async def test_a_handover_to_a_provider_nobody_there_uses_says_whom_to_call(chat: Chat) -> None:
    curator = admitted(chat, 951, "curator")
    curator.says("azylový dům pro muže Brno")
    await chat.settle()
    curator.presses("1 · Více")
    await chat.settle()
    curator.presses("🤝 Předat")
    await chat.settle()
    curator.presses("Dál")
    await chat.settle()
    curator.says("-")
    await chat.settle()
    curator.says("-")
    await chat.settle()
    curator.presses("Klient/ka s předáním souhlasí")
    await chat.settle()

    assert curator.received[-2].plain.startswith("Předáno. Kód předání: K-")
    warning = curator.last.plain
    assert warning.startswith("⚠ V organizaci")
    assert "zatím Spojku nikdo nepoužívá" in warning and "☎" in warning


async def test_personal_reminders_with_pripomen(chat: Chat) -> None:
    curator = admitted(chat, 911, "curator")
    curator.says("/pripomen za 14 dní zavolat do Kotvy")
    await chat.settle()
    # the weekday spelled out: "po 14. 12." would read as "after 14. 12."
    day = r"(pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle) \d+\. \d+\. \d{4}"
    assert re.fullmatch(rf"⏰ Připomenu: {day} v 9:00 – zavolat do Kotvy", curator.last.plain)
    assert chat.application.job_queue is not None
    assert len([j for j in chat.application.job_queue.jobs() if (j.name or "").startswith("reminder:")]) == 1
    curator.says("/pripomen zítra zavolat Janu Novákovi")
    await chat.settle()
    assert curator.last.plain.startswith("Text připomínky vypadá, že obsahuje osobní údaje")
    curator.says("/pripomen")
    await chat.settle()
    assert curator.last.plain.startswith("Vaše připomínky")
    curator.presses("✕")
    await chat.settle()
    assert curator.notice == "Zrušeno."


@pytest.mark.both_databases
async def test_a_reminder_that_fell_due_while_the_bot_was_down_fires_at_start(chat: Chat) -> None:
    curator = admitted(chat, 921, "curator")
    await chat.settle()
    with chat.engine.begin() as connection:
        connection.execute(
            table_of(Reminder)
            .insert()
            .values(
                kind="personal",
                user_id=921,
                text="poslat zprávu PMS",
                due_at=datetime.now(UTC) - timedelta(hours=2),
                status="pending",
                created_at=datetime.now(UTC) - timedelta(days=1),
            )
        )
    assert reminder_jobs.rebuild(chat.application) == 1
    assert (await arrives(curator, "⏰ Připomínka")) == "⏰ Připomínka: poslat zprávu PMS"
    await asyncio.sleep(0.3)
    assert reminder_jobs.rebuild(chat.application) == 0  # sent, and only once
    assert [m.plain for m in curator.received].count("⏰ Připomínka: poslat zprávu PMS") == 1


@pytest.mark.both_databases
async def test_my_data_as_a_file_and_erasing_the_account(chat: Chat) -> None:
    import json

    curator = admitted(chat, 931, "curator")
    curator.says("/pripomen zítra zavolat do Kotvy")
    curator.says("/moje_data")
    await chat.settle()
    exported = curator.last
    assert exported.kind == "document" and exported.extra["document"]["file"] == "spojka-moje-data.json"
    data = json.loads(exported.extra["document"]["content"])
    assert data["profile"][0]["role"] == "curator" and data["reminders"][0]["text"] == "zavolat do Kotvy"

    curator.says("/smazat_ucet")
    await chat.settle()
    curator.presses("Ne")
    await chat.settle()
    assert curator.last.plain == "Nic se nesmazalo."
    curator.says("/smazat_ucet")
    await chat.settle()
    curator.presses("Ano, smazat")
    await chat.settle()
    assert curator.last.plain.startswith("Účet je smazán.")
    curator.says("/pripomen")
    curator.says("/moje_data")
    await chat.settle()
    data = json.loads(curator.last.extra["document"]["content"])
    assert data["profile"] == [] and data["reminders"] == []


async def test_the_shelter_says_how_the_client_is_doing_and_the_curator_hears_it(chat: Chat) -> None:
    from bot.followup import handovers, reminders
    from bot.network.permissions import Who
    from bot.providers.edits import editable_services

    curator = admitted(chat, 941, "curator")
    worker = admitted(chat, 942, "ngo", "Most naděje")
    await chat.settle()
    shelter = act(
        chat.engine, editable_services, who=Who(942, "ngo", True, _organization(chat, 942)), name="azylový"
    )
    handover = act(
        chat.engine,
        handovers.create,
        who=Who(941, "curator", True),
        service_id=shelter[0][0],
        needs=["housing-shelter"],
        release_date=datetime.now(UTC).date() + timedelta(days=1),
        consent=True,
    )
    act(
        chat.engine,
        handovers.move,
        who=Who(942, "ngo", True, handover.organization_id),
        handover_id=handover.id,
        status="accepted",
    )
    due = table_of(Reminder)
    with chat.engine.begin() as connection:  # 14 days after the release: as if that day had come
        connection.execute(
            due.update()
            .where(due.c.handover_id == handover.id, due.c.days == 14)
            .values(due_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    assert reminders.fire_due(chat.engine) == 1
    chat.application.bot_data["courier"].wake()
    asked = await arrives(worker, "💬")
    assert "Jak se klientovi/klientce daří?" in asked
    worker.presses("Potíže")
    await chat.settle()
    assert worker.notice == "Díky, předáno pracovníkovi, který klienta předal."
    heard = await arrives(curator, "💬")
    assert heard.endswith("jak se klientovi daří: Potíže")


def _organization(chat: Chat, user_id: int) -> str:
    from sqlalchemy import select

    from bot.user_models import AppUser

    with chat.engine.connect() as connection:
        found = connection.execute(
            select(table_of(AppUser).c.organization_id).where(table_of(AppUser).c.id == user_id)
        )
        return str(found.scalar_one())


async def test_a_worker_waiting_for_a_role_change_still_sees_their_own_handovers(chat: Chat) -> None:
    curator = admitted(chat, 961, "curator")
    await chat.settle()
    with_engine = chat.engine
    shelter = act(with_engine, editable_services, who=Who(900, "coordinator", True), name="azylový")[0][0]
    made = act(
        with_engine,
        handovers.create,
        who=Who(961, "curator", True),
        service_id=shelter,
        needs=["housing-shelter"],
        release_date=None,
        consent=True,
    )
    chat.person(COORDINATOR, "Eva")  # receives the change request
    curator.says("/profil")
    await chat.settle()
    curator.presses("Změnit roli")
    await chat.settle()
    curator.presses("Probační úředník/ce")
    await chat.settle()
    curator.presses("Přeskočit")
    await chat.settle()
    curator.presses("Moravskoslezský kraj")
    await chat.settle()

    curator.says("/predani")
    await chat.settle()
    # their own referral, while the change waits
    assert any(b["text"].startswith(made.code) for b in curator.last.buttons)
    curator.says("drogy Opava")
    await chat.settle()
    curator.presses("1 · Kontakty")
    await chat.settle()
    contacts = next(m for m in reversed(curator.received) if m.plain.startswith("Kontakty")).plain
    assert "po schválení registrace" in contacts  # no other rights until approved
