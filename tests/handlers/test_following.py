"""Following: a shelter's free places, a need in a region, a prison; and how the news arrives."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.clock import aware, frozen_at
from bot.directory.services import find_organizations
from bot.following.subscriptions import active_service_ids, announce_new_services
from bot.models import table_of
from bot.network import registration
from bot.user_models import DigestItem, Outbox
from offline_api.server import Person
from tests.bot.following.test_subscriptions import OPAVA, add_service
from tests.conftest import PRAGUE
from tests.handlers.conftest import Chat, until
from tests.helpers import act


def admitted(chat: Chat, user_id: int, role: str, organization: str | None = None) -> Person:
    organization_id = (
        act(chat.engine, find_organizations, name=organization, limit=1)[0][0] if organization else None
    )
    invite = act(
        chat.engine,
        registration.create_invite,
        by=900,
        role=role,
        organization_id=organization_id,
        days=1,
        uses=1,
    )
    person = chat.person(user_id, role.title())
    person.says(f"/start {invite.code}")
    return person


async def arrives(person: Person, ending: str) -> str:
    """The courier delivers from the outbox, paced: wait for the message."""
    await until(person.api, lambda: any(ending in m.plain for m in person.received))
    found = [m.plain for m in person.received if ending in m.plain]
    if found:
        return found[-1]
    raise AssertionError(f"nothing with {ending!r} arrived; last: {person.last.plain!r}")


async def fills_up(chat: Chat, worker: Person) -> None:
    """The shelter's worker marks it full in /kapacita."""
    worker.says("/kapacita")
    await chat.settle()
    worker.presses("Azylový dům Most naděje Ostrava")
    await chat.settle()
    worker.presses("Plno")
    await chat.settle()


async def without_quiet_hours(chat: Chat, person: Person) -> None:
    """Tests run at any hour; quiet hours (default 20-7) would hold the news until morning."""
    person.says("/odbery")
    await chat.settle()
    person.presses("Jak oznamovat")
    await chat.settle()
    person.presses("Bez tichých hodin")
    await chat.settle()
    assert "Oznámení hned, i v noci" in person.last.plain


async def test_followers_hear_when_a_shelter_fills_up_and_frees_up(chat: Chat) -> None:
    worker = admitted(chat, 601, "ngo", "Most naděje")
    curator = admitted(chat, 602, "curator")
    await without_quiet_hours(chat, curator)
    curator.says("azylový dům Ostrava")
    await chat.settle()
    curator.presses("1 · Sledovat")
    await chat.settle()
    assert curator.notice.startswith("Sleduji.")

    await fills_up(chat, worker)
    assert await arrives(curator, "je plno.") == "🛏 Azylový dům Most naděje Ostrava: je plno."
    assert not any("je plno." in m.plain for m in worker.received)  # the one who changed it is not told

    curator.says("/odbery")
    await chat.settle()
    assert "🛏 Volná místa\n• Azylový dům Most naděje Ostrava" in curator.last.plain
    assert [b["text"] for b in curator.last.buttons][0] == "✕ Azylový dům Most naděje Ostrava"
    curator.presses("✕ Azylový dům")
    await chat.settle()
    assert curator.last.plain.startswith("Nic nesledujete.")


@pytest.mark.both_databases
async def test_during_quiet_hours_the_news_waits_in_the_outbox_until_morning(chat: Chat) -> None:
    worker = admitted(chat, 611, "ngo", "Most naděje")
    curator = admitted(chat, 612, "curator")
    curator.says("/odbery")
    await chat.settle()
    curator.presses("Jak oznamovat")
    await chat.settle()
    assert "v tichých hodinách 20:00–7:00 počkají do rána" in curator.last.plain  # the default
    curator.presses("Jiné tiché hodiny")
    await chat.settle()
    curator.says("celý den")
    await chat.settle()
    assert curator.last.plain.startswith("Tomu nerozumím.")
    curator.says("22:00-6:30")
    await chat.settle()
    assert "v tichých hodinách 22:00–6:30 počkají do rána" in curator.last.plain
    curator.says("azylový dům Ostrava")
    await chat.settle()
    curator.presses("1 · Sledovat")
    await chat.settle()

    with frozen_at(datetime(2026, 12, 4, 23, 30, tzinfo=PRAGUE)):  # a Friday night
        await fills_up(chat, worker)

    assert not any("je plno." in m.plain for m in curator.received)
    outbox = table_of(Outbox).c
    with chat.engine.connect() as connection:
        held = connection.execute(select(outbox.not_before, outbox.status).where(outbox.chat_id == 612)).one()
    assert held.status == "pending"
    assert aware(held.not_before) == datetime(2026, 12, 5, 6, 30, tzinfo=PRAGUE)  # when quiet hours end


async def test_a_daily_digest_instead_of_messages(chat: Chat) -> None:
    worker = admitted(chat, 621, "ngo", "Most naděje")
    curator = admitted(chat, 622, "curator")
    curator.says("/odbery")
    await chat.settle()
    curator.presses("Jak oznamovat")
    await chat.settle()
    curator.presses("Denní přehled")
    await chat.settle()
    curator.presses("16:00")
    await chat.settle()
    assert "Oznámení jednou denně v přehledu v 16:00." in curator.last.plain
    assert "✓ 16:00" in [b["text"] for b in curator.last.buttons]
    curator.presses("Jiná hodina")
    await chat.settle()
    curator.says("po obědě")
    await chat.settle()
    assert curator.last.plain.startswith("Tomu nerozumím. Napište čas")
    curator.says("17:30")
    await chat.settle()
    assert "Oznámení jednou denně v přehledu v 17:30." in curator.last.plain
    curator.says("azylový dům Ostrava")
    await chat.settle()
    curator.presses("1 · Sledovat")
    await fills_up(chat, worker)
    item = table_of(DigestItem).c
    with chat.engine.connect() as connection:
        waiting = connection.execute(select(item.text).where(item.user_id == 622)).scalars().all()
    assert waiting == ["🛏 <b>Azylový dům Most naděje Ostrava</b>: je plno."]
    assert not any("je plno." in m.plain for m in curator.received)


async def test_following_a_need_in_a_region_from_an_answer_and_hearing_of_a_new_service(chat: Chat) -> None:
    curator = admitted(chat, 631, "curator")
    await without_quiet_hours(chat, curator)
    curator.says("azylový dům Ústí nad Labem")
    await chat.settle()
    curator.presses("🔔 Sledovat nové")
    await chat.settle()
    assert curator.notice.startswith("Sleduji: Azylové bydlení · Ústecký kraj.")
    curator.presses("🔔 Sledovat nové")
    await chat.settle()
    assert curator.notice == "Už sledujete: Azylové bydlení · Ústecký kraj."

    before = act(chat.engine, active_service_ids)
    add_service(chat.engine, "Azylový dům Nová střecha Děčín", need="housing-shelter", town="Děčín")
    add_service(chat.engine, "Poradna pro dlužníky Děčín", need="debt", town="Děčín")  # not followed
    routed = announce_new_services(chat.engine, before=before, now=datetime.now(UTC))
    assert routed.now == 1
    chat.application.bot_data["courier"].wake()
    news = await arrives(curator, "Nové služby, které sledujete")
    assert "Azylové bydlení · Ústecký kraj\n• Azylový dům Nová střecha Děčín" in news
    assert "Poradna pro dlužníky" not in news


async def test_following_a_prison_from_its_card_and_a_need_from_odbery(chat: Chat) -> None:
    educator = admitted(chat, 641, "prison_staff")
    educator.says("/veznice Opava")
    await chat.settle()
    educator.presses("🔔 Sledovat nové služby ve věznici")
    await chat.settle()
    assert educator.notice.startswith(f"Sleduji: {OPAVA}.")

    educator.says("/odbery")
    await chat.settle()
    educator.presses("➕ Potřeba v kraji")
    await chat.settle()
    assert educator.last.plain.startswith("Jakou potřebu sledovat?")
    educator.presses("Dluhy")
    await chat.settle()
    assert educator.last.plain.endswith("v kterém kraji?")
    educator.presses("Moravskoslezský kraj")
    await chat.settle()
    assert educator.notice.startswith("Sleduji: ")
    educator.says("/odbery")
    await chat.settle()
    listing = educator.last.plain
    assert "🆕 Nové služby v kraji\n• " in listing and "· Moravskoslezský kraj" in listing
    assert f"🆕 Nové služby ve věznici\n• {OPAVA}" in listing


async def test_a_guest_cannot_follow_anything(chat: Chat) -> None:
    guest = chat.person(651, "Host")
    guest.says("azylový dům Ústí nad Labem")
    await chat.settle()
    assert not any("🔔" in b["text"] for b in guest.last.buttons)
    guest.presses_data("fr:housing-shelter:ULK", guest.last)
    await chat.settle()
    assert guest.notice == "Sledovat mohou schválení uživatelé (/start)."
    guest.presses_data("fs:", guest.last)
    await chat.settle()
    assert guest.notice == "Sledovat mohou schválení uživatelé (/start)."


async def test_digests_are_checked_every_minute(chat: Chat) -> None:
    assert chat.application.job_queue is not None
    (job,) = chat.application.job_queue.get_jobs_by_name("digests")
    assert job.job.trigger.interval.total_seconds() == 60


async def test_a_tap_that_changes_nothing_edits_nothing_even_after_a_restart(chat: Chat) -> None:
    curator = admitted(chat, 661, "curator")
    await chat.settle()
    curator.says("/odbery")
    await chat.settle()
    curator.presses_data("fs:", curator.last)
    await chat.settle()
    settings = curator.last
    assert settings.plain.startswith("Jak vám oznamovat změny")
    # the bot restarted since: what it last set each message to is forgotten, so it compares
    # with the message as Telegram sends it with the tap (text and buttons)
    chat.application.chat_data[curator.id].clear()

    def edits_asked() -> int:  # refused ones too: Telegram refuses an edit that changes nothing
        return sum(method == "editMessageText" for method, _ in chat.api.calls)

    edits_before = edits_asked()

    curator.presses_data("fm:immediate", settings)  # already the chosen mode
    await chat.settle()

    assert edits_asked() == edits_before
    assert curator.last.plain == settings.plain
