"""Events: coordinators invite the network; people answer, get reminders, changes and cancellations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from bot.delivery.outbox import enqueue_rows, progress
from bot.events import lifecycle as events
from bot.events.ics import event_ics
from bot.models import table_of
from bot.network.permissions import Who
from bot.refusals import InvalidValue, NotAllowed
from bot.user_models import AppUser, Outbox
from tests.conftest import PRAGUE
from tests.helpers import act

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
START = datetime(2026, 11, 30, 10, 0, tzinfo=PRAGUE)  # a week later, Monday 10:00 in Prague
COORDINATOR = Who(900, "coordinator", True)

PEOPLE = {
    # id: (role, region, status)
    1: ("curator", "Ústecký kraj", "approved"),
    2: ("ngo", "Ústecký kraj", "approved"),
    3: ("curator", "Moravskoslezský kraj", "approved"),
    4: ("curator", "Ústecký kraj", "pending"),  # not approved yet: not in any audience
    5: ("prison_staff", None, "approved"),
}


@pytest.fixture
def network(engine: Engine) -> Engine:
    with engine.begin() as connection:
        connection.execute(
            table_of(AppUser).insert(),
            [
                {
                    "id": user_id,
                    "first_name": f"P{user_id}",
                    "role": role,
                    "region": region,
                    "status": status,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for user_id, (role, region, status) in PEOPLE.items()
            ],
        )
    return engine


def queued(engine: Engine, batch: str) -> dict[int, str]:
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        rows = connection.execute(select(outbox.chat_id, outbox.text).where(outbox.batch == batch))
        return {row[0]: row[1] for row in rows}


def round_table(engine: Engine, **audience: list[str]) -> events.EventView:
    return act(
        engine,
        events.create,
        who=COORDINATOR,
        title="Kulatý stůl: bydlení po propuštění",
        starts_at=START,
        place="Magistrát Ústí, zasedačka 3",
        link="https://meet.example/kulaty-stul",
        description="Program: <kapacity> & spolupráce",
        now=NOW,
        **audience,
    )


def test_only_coordinators_create_and_send(network: Engine) -> None:
    with pytest.raises(NotAllowed):
        act(network, events.create, who=Who(1, "curator", True), title="Akce", starts_at=START, now=NOW)
    event = round_table(network)
    with pytest.raises(NotAllowed):
        act(network, events.send, who=Who(2, "ngo", True), event_id=event.id, zone=PRAGUE, now=NOW)


def test_the_audience_is_approved_people_of_the_chosen_regions_and_roles(network: Engine) -> None:
    everyone = round_table(network)
    assert [user for user, _ in act(network, events.audience, event=everyone)] == [1, 2, 3, 5]
    ustecky = round_table(network, regions=["Ústecký kraj"])
    assert [user for user, _ in act(network, events.audience, event=ustecky)] == [1, 2]
    curators = round_table(network, regions=["Ústecký kraj", "Moravskoslezský kraj"], roles=["curator"])
    assert [user for user, _ in act(network, events.audience, event=curators)] == [1, 3]
    with pytest.raises(InvalidValue):
        round_table(network, regions=["Atlantida"])


def test_sending_queues_the_card_with_answer_buttons_once(network: Engine) -> None:
    event = round_table(network, regions=["Ústecký kraj"])
    assert act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW) == 2
    card = queued(network, f"event:{event.id}")[1]
    assert card.startswith("📅 <b>Kulatý stůl: bydlení po propuštění</b>\n🕘 pondělí 30. 11. 2026 v 10:00\n")
    assert "📍 Magistrát Ústí, zasedačka 3" in card and "Program: &lt;kapacity&gt; &amp; spolupráce" in card
    outbox = table_of(Outbox).c
    with network.connect() as connection:
        markup = connection.execute(select(outbox.markup).where(outbox.chat_id == 1)).scalar_one()
    assert '"Přijdu"' in markup and f'"evy:{event.id}"' in markup and f'"evc:{event.id}"' in markup
    with pytest.raises(InvalidValue):
        act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)  # not twice


def test_a_scheduled_event_goes_out_at_its_time(network: Engine) -> None:
    event = round_table(network)
    act(
        network,
        events.schedule,
        who=COORDINATOR,
        event_id=event.id,
        send_at=NOW + timedelta(hours=2),
        now=NOW,
    )
    assert events.release_scheduled(network, zone=PRAGUE, now=NOW + timedelta(hours=1)) == 0
    assert events.release_scheduled(network, zone=PRAGUE, now=NOW + timedelta(hours=2)) == 4
    assert events.release_scheduled(network, zone=PRAGUE, now=NOW + timedelta(hours=3)) == 0
    with pytest.raises(InvalidValue):
        other = round_table(network)
        act(
            network,
            events.schedule,
            who=COORDINATOR,
            event_id=other.id,
            send_at=START + timedelta(hours=1),
            now=NOW,
        )


def test_answers_and_reminders_the_day_before_and_an_hour_before(network: Engine) -> None:
    event = round_table(network)
    act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)
    act(network, events.answer, who=Who(1), event_id=event.id, reply="yes", now=NOW)
    act(network, events.answer, who=Who(2), event_id=event.id, reply="no", now=NOW)
    act(network, events.answer, who=Who(2), event_id=event.id, reply="maybe", now=NOW)  # changed their mind
    counts = act(network, events.answer, who=Who(3), event_id=event.id, reply="no", now=NOW)
    assert counts == {"yes": 1, "maybe": 1, "no": 1}

    assert events.send_reminders(network, zone=PRAGUE, now=START - timedelta(days=1, minutes=1)) == 0
    assert events.send_reminders(network, zone=PRAGUE, now=START - timedelta(days=1)) == 2
    assert events.send_reminders(network, zone=PRAGUE, now=START - timedelta(hours=5)) == 0  # once
    assert events.send_reminders(network, zone=PRAGUE, now=START - timedelta(minutes=59)) == 2
    day = queued(network, f"event:{event.id}:reminder-day")
    assert set(day) == {1, 2} and day[1].startswith("⏰ <b>Zítra</b>:\n📅 <b>Kulatý stůl")
    assert set(queued(network, f"event:{event.id}:reminder-hour")) == {1, 2}


def test_an_event_sent_the_same_day_gets_only_the_hour_reminder(network: Engine) -> None:
    soon = act(
        network,
        events.create,
        who=COORDINATOR,
        title="Případová konference",
        starts_at=NOW + timedelta(hours=5),
        now=NOW,
    )
    act(network, events.send, who=COORDINATOR, event_id=soon.id, zone=PRAGUE, now=NOW)
    act(network, events.answer, who=Who(1), event_id=soon.id, reply="yes", now=NOW)
    assert events.send_reminders(network, zone=PRAGUE, now=NOW + timedelta(minutes=1)) == 0
    assert events.send_reminders(network, zone=PRAGUE, now=NOW + timedelta(hours=4)) == 1


def test_a_change_and_a_cancellation_reach_everyone_who_got_it(network: Engine) -> None:
    event = round_table(network, regions=["Ústecký kraj"])
    act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)
    outbox = table_of(Outbox)
    with network.begin() as connection:  # the courier delivered the invitations
        connection.execute(outbox.update().values(status="sent"))
    later = START + timedelta(hours=4)
    changed, told = act(
        network, events.change, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW, starts_at=later
    )
    assert told == 2 and changed.starts_at == later
    assert "pondělí 30. 11. 2026 v 14:00" in queued(network, f"event:{event.id}:change")[1]

    assert act(network, events.cancel, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW) == 2
    assert queued(network, f"event:{event.id}:cancel")[2].startswith("❌ <b>Akce se ruší</b>")
    with pytest.raises(InvalidValue):
        act(network, events.answer, who=Who(1), event_id=event.id, reply="yes", now=NOW)
    assert events.send_reminders(network, zone=PRAGUE, now=later - timedelta(hours=1)) == 0


def test_a_change_or_a_cancellation_commits_with_the_messages_telling_of_it(
    network: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = round_table(network, regions=["Ústecký kraj"])
    act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)
    outbox = table_of(Outbox)
    with network.begin() as connection:  # person 1 got the invitation; person 2's is on its way
        connection.execute(outbox.update().where(outbox.c.chat_id == 1).values(status="sent"))
    later = START + timedelta(hours=4)
    queue = enqueue_rows  # what events.enqueue_rows is until the patch below

    def die_after_queueing(**values: Any) -> int:
        queue(**values)  # the change and its messages are written, the unit of work not ended
        raise RuntimeError("the process died before the commit")

    monkeypatch.setattr(events, "enqueue_rows", die_after_queueing)
    with pytest.raises(RuntimeError):
        act(network, events.change, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW, starts_at=later)
    with pytest.raises(RuntimeError):
        act(network, events.cancel, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)

    unchanged = act(network, events.get, event_id=event.id)  # nothing half-done
    assert (unchanged.starts_at, unchanged.status) == (START, "sent")
    assert queued(network, f"event:{event.id}:change") == {}
    assert queued(network, f"event:{event.id}:cancel") == {}
    assert act(network, progress, batch=f"event:{event.id}").pending == 1  # not failed by the cancel

    monkeypatch.undo()
    changed, told = act(
        network, events.change, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW, starts_at=later
    )
    assert (changed.starts_at, told, set(queued(network, f"event:{event.id}:change"))) == (later, 1, {1})
    assert act(network, events.cancel, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW) == 1
    assert act(network, events.get, event_id=event.id).status == "cancelled"
    assert act(network, progress, batch=f"event:{event.id}").failed == 1  # person 2's never goes out


def test_messages_to_attendees_and_what_people_see_in_akce(network: Engine) -> None:
    event = round_table(network, roles=["curator"])
    act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)
    act(network, events.answer, who=Who(3), event_id=event.id, reply="yes", now=NOW)
    assert (
        act(
            network,
            events.message_attendees,
            who=COORDINATOR,
            event_id=event.id,
            message="Parkujte za budovou.",
        )
        == 1
    )
    assert "Parkujte za budovou." in queued(network, f"event:{event.id}:message")[3]

    assert [e.id for e in act(network, events.upcoming, user_id=1, now=NOW)] == [event.id]
    assert act(network, events.upcoming, user_id=2, now=NOW) == []  # ngo: not in the audience
    assert act(network, events.upcoming, user_id=1, now=START + timedelta(minutes=1)) == []  # over


def test_the_calendar_file() -> None:
    event = events.EventView(
        id=7,
        kind="event",
        title="Kulatý stůl; bydlení, práce",
        starts_at=START,
        place="Ústí nad Labem",
        link="https://meet.example/x",
        description="Řádek 1\nŘádek 2 " + "dlouhý text " * 12,
        regions=(),
        roles=(),
        status="sent",
        send_at=None,
        sent_at=NOW,
        created_by=900,
        updated_at=NOW,
    )
    raw = event_ics(event, now=NOW)
    lines = raw.decode("utf-8").split("\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert "DTSTART:20261130T090000Z" in lines and "DTEND:20261130T110000Z" in lines
    assert "SUMMARY:Kulatý stůl\\; bydlení\\, práce" in lines
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = raw.decode("utf-8").replace("\r\n ", "")
    assert "DESCRIPTION:Řádek 1\\nŘádek 2 dlouhý text" in unfolded
