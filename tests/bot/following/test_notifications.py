"""Notifications arrive the way each person chose: now, after quiet hours, or in a daily digest."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from bot.following import notifications
from bot.following.notifications import Preferences, release_time, send_digests
from bot.models import table_of
from bot.network import registration
from bot.text.dates import read_clock, read_hours
from bot.user_models import InactiveChat, Outbox
from tests.conftest import PRAGUE
from tests.helpers import act


def prague(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=PRAGUE).astimezone(UTC)


@pytest.mark.parametrize(
    ("local", "released"),
    [
        (prague(23, 12), prague(23, 12)),  # midday: now
        (prague(23, 19, 59), prague(23, 19, 59)),  # a minute before the quiet hours
        (prague(23, 20), prague(24, 7)),  # evening: tomorrow at 7
        (prague(24, 3, 30), prague(24, 7)),  # the small hours: this morning at 7
        (prague(24, 7), prague(24, 7)),  # the quiet hours are over
    ],
)
def test_quiet_hours_hold_a_message_until_morning(local: datetime, released: datetime) -> None:
    assert release_time(Preferences(), local, PRAGUE) == released


def test_quiet_hours_within_a_day_and_none_at_all() -> None:
    lunch = Preferences(quiet_from=12 * 60, quiet_until=13 * 60 + 30)
    assert release_time(lunch, prague(23, 12, 15), PRAGUE) == prague(23, 13, 30)
    assert release_time(lunch, prague(23, 14), PRAGUE) == prague(23, 14)
    never = Preferences(quiet_from=0, quiet_until=0)
    assert release_time(never, prague(23, 3), PRAGUE) == prague(23, 3)


def test_the_morning_after_the_clocks_change_is_still_7_local() -> None:
    # 24 -> 25 October 2026: summer time ends in the night
    assert release_time(Preferences(), prague(24, 22, month=10), PRAGUE) == prague(25, 7, month=10)


@pytest.mark.parametrize(
    ("typed", "parsed"),
    [
        ("22-6", (22 * 60, 6 * 60)),
        ("21:30 – 6:45", (21 * 60 + 30, 6 * 60 + 45)),
        ("od 22 do 7", (22 * 60, 7 * 60)),
        ("22.00-7.00", (22 * 60, 7 * 60)),
        ("bez", (0, 0)),
        ("celý den", None),
        ("25-7", None),
        ("22:75-7", None),
    ],
)
def test_typed_quiet_hours(typed: str, parsed: tuple[int, int] | None) -> None:
    assert read_hours(typed) == parsed


@pytest.fixture
def people(engine: Engine) -> Engine:
    for user_id in (1, 2, 3, 4):
        act(engine, registration.choose_language, user_id=user_id, first_name=f"P{user_id}", language="cs")
    act(engine, notifications.set_quiet_hours, user_id=2, start=0, end=0)
    act(engine, notifications.set_mode, user_id=3, mode="digest", digest_at=16 * 60)
    return engine


def tell(engine: Engine, user_ids: list[int], message: str, at: datetime) -> notifications.Routed:
    with Session(engine) as session, session.begin():
        return notifications.notify(
            session=session,
            batch="t",
            user_ids=user_ids,
            render=lambda lang: f"{message} {lang}",
            now=at,
            zone=PRAGUE,
        )


def outbox_rows(engine: Engine) -> list[tuple[int, str, datetime]]:
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        rows = connection.execute(select(outbox.chat_id, outbox.text, outbox.not_before).order_by(outbox.id))
        return [(r[0], r[1], r[2] if r[2].tzinfo else r[2].replace(tzinfo=UTC)) for r in rows]


def test_each_person_gets_it_their_way(people: Engine) -> None:
    evening = prague(23, 21)
    with Session(people) as session, session.begin():
        routed = notifications.notify(
            session=session,
            batch="t",
            user_ids=[1, 2, 3, 4],
            render=lambda lang: f"zpráva {lang}",
            now=evening,
            zone=PRAGUE,
        )
    assert (routed.now, routed.held, routed.digest) == (1, 2, 1)
    assert outbox_rows(people) == [
        (1, "zpráva cs", prague(24, 7)),  # default quiet hours: next morning
        (2, "zpráva cs", evening),  # no quiet hours
        (4, "zpráva cs", prague(24, 7)),
    ]

    # the digest goes at 16:00 with what came before; not earlier
    assert send_digests(people, now=prague(24, 15, 59), zone=PRAGUE) == 0
    assert send_digests(people, now=prague(24, 16, 1), zone=PRAGUE) == 1
    assert send_digests(people, now=prague(24, 16, 2), zone=PRAGUE) == 0  # sent once
    digest = outbox_rows(people)[-1]
    assert digest[0] == 3 and "Denní přehled Spojky</b> (1)" in digest[1] and "zpráva cs" in digest[1]


def test_a_digest_gathers_a_day_and_a_late_item_waits_for_the_next(people: Engine) -> None:
    for hour in (9, 12, 15):
        tell(people, [3], f"v {hour}", prague(24, hour))
    tell(people, [3], "po 16", prague(24, 17))
    assert send_digests(people, now=prague(24, 18), zone=PRAGUE) == 1
    (first,) = [text for chat, text, _ in outbox_rows(people) if chat == 3]
    assert "(3)" in first and "v 9 cs\n\nv 12 cs\n\nv 15 cs" in first and "po 16" not in first
    assert send_digests(people, now=prague(25, 16), zone=PRAGUE) == 1
    assert "po 16" in outbox_rows(people)[-1][1]


def test_a_bot_down_at_digest_time_sends_it_when_back(people: Engine) -> None:
    tell(people, [3], "ráno", prague(24, 8))
    assert send_digests(people, now=prague(25, 9), zone=PRAGUE) == 1  # missed 16:00 yesterday


def test_switching_back_to_messages_releases_what_waited(people: Engine) -> None:
    tell(people, [3], "čeká", prague(24, 8))
    act(people, notifications.set_mode, user_id=3, mode="immediate")
    assert send_digests(people, now=prague(24, 9), zone=PRAGUE) == 1


def test_people_who_blocked_the_bot_get_nothing_queued(people: Engine) -> None:
    with people.begin() as connection:
        connection.execute(
            table_of(InactiveChat).insert().values(chat_id=2, since=prague(1, 1), reason="blocked")
        )
    with Session(people) as session, session.begin():
        routed = notifications.notify(
            session=session, batch="t", user_ids=[2, 3], render=lambda _: "x", now=prague(23, 12)
        )
    assert routed.total == 1 and [chat for chat, _, _ in outbox_rows(people)] == []


def test_long_digests_are_cut_to_fit_a_message(people: Engine) -> None:
    for n in range(60):
        tell(people, [3], "x" * 100 + str(n), prague(24, 8))
    send_digests(people, now=prague(24, 17), zone=PRAGUE)
    body = outbox_rows(people)[-1][1]
    assert len(body) < 4096 and body.endswith("oznámení se nevešlo. /odbery")


def test_preferences_are_validated(people: Engine) -> None:
    with pytest.raises(ValueError):
        act(people, notifications.set_mode, user_id=1, mode="pigeon")
    with pytest.raises(ValueError):
        act(people, notifications.set_quiet_hours, user_id=1, start=25 * 60, end=0)
    with pytest.raises(LookupError):
        act(people, notifications.set_mode, user_id=999, mode="digest")
    assert act(people, notifications.preferences, user_id=1) == Preferences()
    assert act(people, notifications.registered, user_id=999) is None


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("17", 17 * 60),
        ("17:30", 17 * 60 + 30),
        ("v 7.15", 7 * 60 + 15),
        ("6 h", 6 * 60),
        ("25", None),
        ("ráno", None),
    ],
)
def test_a_typed_digest_time(typed: str, minutes: int | None) -> None:
    assert read_clock(typed) == minutes
