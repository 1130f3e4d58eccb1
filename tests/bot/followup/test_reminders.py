"""Reminders fire once each, at the right local hour, across restarts and clock changes."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from bot.database import create_db_engine, upgrade
from bot.followup import reminders
from bot.models import table_of
from bot.refusals import InvalidValue
from bot.text.dates import NotUnderstood
from bot.user_models import Outbox, Reminder
from tests.conftest import PRAGUE
from tests.helpers import act

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday 9:00 in Prague


def local(moment: datetime) -> str:
    return moment.astimezone(PRAGUE).strftime("%d.%m.%Y %H:%M")


@pytest.mark.parametrize(
    ("typed", "due", "text"),
    [
        ("za 14 dní zavolat do Kotvy", "07.12.2026 09:00", "zavolat do Kotvy"),
        ("3. 12. v 9:00 případová konference K-7F3Q", "03.12.2026 09:00", "případová konference K-7F3Q"),
        ("zítra ve 14 ověřit lůžko v azyláku", "24.11.2026 14:00", "ověřit lůžko v azyláku"),
        ("pátek odpoledne poslat podklady PMS", "27.11.2026 14:00", "poslat podklady PMS"),
    ],
)
def test_a_personal_reminder_reads_its_time_and_keeps_the_rest(
    engine: Engine, typed: str, due: str, text: str
) -> None:
    added = act(engine, reminders.add_personal, user_id=1, typed=typed, now=NOW, zone=PRAGUE)
    assert (local(added.due_at), added.text) == (due, text)
    assert [r.text for r in act(engine, reminders.pending, user_id=1)] == [text]


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("zavolat do Kotvy", "when.unknown"),
        ("včera zavolat", "when.past"),
        ("zítra", "reminder.no_text"),
        ("zítra zavolat Janu Novákovi", "reminder.personal_data"),
    ],
)
def test_what_cannot_become_a_reminder(engine: Engine, typed: str, problem: str) -> None:
    with pytest.raises((InvalidValue, NotUnderstood)) as refused:
        act(engine, reminders.add_personal, user_id=1, typed=typed, now=NOW, zone=PRAGUE)
    assert refused.value.reason == problem


def test_cancelled_reminders_do_not_fire_and_only_the_owner_cancels(engine: Engine) -> None:
    added = act(
        engine, reminders.add_personal, user_id=1, typed="zítra zavolat do Kotvy", now=NOW, zone=PRAGUE
    )
    assert not act(engine, reminders.cancel, user_id=2, reminder_id=added.id)
    assert act(engine, reminders.cancel, user_id=1, reminder_id=added.id)
    assert reminders.fire_due(engine, now=NOW + timedelta(days=2)) == 0


def sent_per_reminder(engine: Engine) -> dict[str, int]:
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        rows = connection.execute(select(outbox.batch, func.count()).group_by(outbox.batch))
        return {str(batch): int(count) for batch, count in rows}


def test_two_hundred_reminders_with_a_restart_in_the_middle_fire_exactly_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'spojka.sqlite3'}"
    first = create_db_engine(url)
    upgrade(first)
    for n in range(200):
        when = NOW + timedelta(minutes=5 * (n + 1))
        act(
            first,
            reminders.add_personal,
            user_id=1000 + n,
            typed=f"{when.astimezone(PRAGUE):%d. %m. %Y v %H:%M} úkol {n}",
            now=NOW,
            zone=PRAGUE,
        )
    # the bot runs for 8 hours 20 minutes, then dies
    assert reminders.fire_due(first, now=NOW + timedelta(minutes=500)) == 100
    first.dispose()

    # a new process: everything that fell due while it was down fires at start, and two
    # callers at once (the start-up sweep and a job) still send each reminder once
    second = create_db_engine(url)
    later = NOW + timedelta(minutes=5 * 200)
    results: list[int] = []
    callers = [
        threading.Thread(target=lambda: results.append(reminders.fire_due(second, now=later)))
        for _ in range(2)
    ]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
    assert sum(results) == 100
    counts = sent_per_reminder(second)
    assert len(counts) == 200 and set(counts.values()) == {1}
    assert act(second, reminders.schedule) == []
    second.dispose()


def test_a_reminder_across_the_clock_change_keeps_its_local_hour(engine: Engine) -> None:
    before_change = datetime(2027, 3, 20, 10, 0, tzinfo=UTC)  # winter time (UTC+1)
    added = act(
        engine,
        reminders.add_personal,
        user_id=1,
        typed="29. 3. v 9:00 kontrola",
        now=before_change,
        zone=PRAGUE,
    )
    assert added.due_at == datetime(2027, 3, 29, 7, 0, tzinfo=UTC)  # summer time: 9:00 is 7:00 UTC
    assert reminders.fire_due(engine, now=datetime(2027, 3, 29, 6, 59, tzinfo=UTC)) == 0
    assert reminders.fire_due(engine, now=datetime(2027, 3, 29, 7, 0, tzinfo=UTC)) == 1
    table = table_of(Reminder).c
    with engine.connect() as connection:
        assert connection.execute(select(table.status)).scalar_one() == "sent"
