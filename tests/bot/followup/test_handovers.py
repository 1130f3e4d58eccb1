"""Handing a client over, pseudonymously, and hearing back how it went."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, select

from bot.followup import handovers, reminders
from bot.models import table_of
from bot.network.permissions import Who
from bot.providers.edits import editable_services
from bot.refusals import InvalidValue, NotAllowed
from bot.user_models import AppUser, Outbox, Reminder
from tests.conftest import PRAGUE
from tests.helpers import act

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
RELEASE = date(2027, 1, 15)


def who(engine: Engine, user_id: int) -> Who:
    user = table_of(AppUser).c
    with engine.connect() as connection:
        role, org = connection.execute(
            select(user.role, user.organization_id).where(user.id == user_id)
        ).one()
    return Who(user_id, role, True, org)


def shelter(engine: Engine) -> str:
    return act(engine, editable_services, who=who(engine, 20), name="azylový")[0][0]


def hand_over(engine: Engine, note: str = "Muž, 40 let, bez bydlení.") -> handovers.HandoverView:
    return act(
        engine,
        handovers.create,
        who=who(engine, 10),
        service_id=shelter(engine),
        needs=["housing-shelter", "debt"],
        release_date=RELEASE,
        consent=True,
        note=note,
        now=NOW,
        zone=PRAGUE,
    )


def messages_to(engine: Engine, chat_id: int) -> list[str]:
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        return list(
            connection.execute(
                select(outbox.text).where(outbox.chat_id == chat_id).order_by(outbox.id)
            ).scalars()
        )


def test_a_handover_gets_a_code_and_the_shelter_is_asked(network: Engine) -> None:
    handover = hand_over(network)
    assert re.fullmatch(r"K-[2-9A-HJKMNP-Z]{4}", handover.code)
    for member in (20, 21):
        (incoming,) = messages_to(network, member)
        assert incoming.startswith("📥 <b>Nové předání klienta</b>")
        assert f"<b>{handover.code}</b> → Azylový dům Most naděje Ostrava" in incoming
        assert "Propuštění: 15. 1. 2027" in incoming and "Muž, 40 let, bez bydlení." in incoming
        assert "Potřeby: Azylové bydlení, Dluhy a finance" in incoming
    assert messages_to(network, 30) == []


def test_no_handover_without_consent_or_with_personal_data(network: Engine) -> None:
    with pytest.raises(InvalidValue) as missing:
        act(
            network,
            handovers.create,
            who=who(network, 10),
            service_id=shelter(network),
            needs=[],
            release_date=None,
            consent=False,
        )
    assert missing.value.reason == "handover.no_consent"
    with pytest.raises(InvalidValue) as personal:
        hand_over(network, note="Jan Novák, nar. 3. 5. 1985")
    assert personal.value.reason == "handover.personal_data"
    assert {f.reason for f in personal.value.findings} == {"privacy.name", "privacy.birth_date"}
    with pytest.raises(InvalidValue):
        hand_over(network, note="x" * 501)
    with pytest.raises(NotAllowed):  # providers receive handovers, they do not make them
        act(
            network,
            handovers.create,
            who=who(network, 20),
            service_id=shelter(network),
            needs=[],
            release_date=None,
            consent=True,
        )


@pytest.mark.parametrize(
    ("user_id", "sees"),
    [(10, True), (20, True), (21, True), (30, False), (40, True), (50, False)],
)
def test_who_sees_a_handover(network: Engine, user_id: int, sees: bool) -> None:
    handover = hand_over(network)
    person = who(network, user_id)
    assert (handover.id in [h.id for h in act(network, handovers.open_handovers, who=person)]) == sees
    if sees:
        assert act(network, handovers.get, who=person, handover_id=handover.id).code == handover.code
    else:
        with pytest.raises(NotAllowed):
            act(network, handovers.get, who=person, handover_id=handover.id)
    with pytest.raises(NotAllowed):
        act(
            network,
            handovers.get,
            who=Who(user_id, person.role, False, person.organization_id),
            handover_id=handover.id,
        )


def test_the_loop_closes_and_both_sides_see_the_history(network: Engine) -> None:
    handover = hand_over(network)
    worker = who(network, 20)
    with pytest.raises(InvalidValue):
        act(
            network, handovers.move, who=worker, handover_id=handover.id, status="helped", now=NOW
        )  # not accepted yet
    act(network, handovers.move, who=worker, handover_id=handover.id, status="accepted", now=NOW)
    act(network, handovers.move, who=worker, handover_id=handover.id, status="in_contact", now=NOW)
    act(network, handovers.move, who=worker, handover_id=handover.id, status="helped", now=NOW)
    with pytest.raises(InvalidValue):  # the referrer closes, does not report help
        act(
            network, handovers.move, who=who(network, 10), handover_id=handover.id, status="accepted", now=NOW
        )
    closed = act(
        network, handovers.move, who=who(network, 10), handover_id=handover.id, status="closed", now=NOW
    )
    assert closed.status == "closed"

    steps = act(network, handovers.history, who=who(network, 21), handover_id=handover.id)
    assert [(s.user_id, s.status) for s in steps] == [
        (10, "sent"),
        (20, "accepted"),
        (20, "in_contact"),
        (20, "helped"),
        (10, "closed"),
    ]
    told = messages_to(network, 10)
    assert told[0].endswith("(Azylový dům Most naděje Ostrava): přijato")
    assert told[-1].endswith("pomoc poskytnuta")
    assert messages_to(network, 21)[-1].endswith("uzavřeno")  # the referrer closed: the shelter hears
    assert act(network, handovers.open_handovers, who=who(network, 10)) == []


def test_declining_needs_a_reason_and_stops_the_reminders(network: Engine) -> None:
    handover = hand_over(network)
    worker = who(network, 20)
    with pytest.raises(InvalidValue):
        act(network, handovers.move, who=worker, handover_id=handover.id, status="declined", now=NOW)
    act(
        network,
        handovers.move,
        who=worker,
        handover_id=handover.id,
        status="declined",
        reason="no_capacity",
        now=NOW,
    )
    assert messages_to(network, 10)[-1].endswith("odmítnuto (není kapacita)")
    table = table_of(Reminder).c
    with network.connect() as connection:
        statuses = set(
            connection.execute(select(table.status).where(table.handover_id == handover.id)).scalars()
        )
    assert statuses == {"cancelled"}
    assert reminders.fire_due(network, now=datetime(2027, 6, 1, tzinfo=UTC)) == 0


def test_reminders_around_the_release_at_nine_local_time(network: Engine) -> None:
    handover = hand_over(network)
    table = table_of(Reminder).c
    with network.connect() as connection:
        rows = connection.execute(
            select(table.kind, table.days, table.user_id, table.due_at).where(
                table.handover_id == handover.id
            )
        ).all()
    rows = sorted(rows, key=lambda r: (r.due_at, r.user_id or 0))
    due = [
        (kind, days, user, at.replace(tzinfo=UTC).astimezone(PRAGUE).strftime("%d.%m.%Y %H:%M"))
        for kind, days, user, at in rows
    ]
    assert due == [
        ("before_release", -30, 10, "16.12.2026 09:00"),
        ("before_release", -7, 10, "08.01.2027 09:00"),
        ("release_day", 0, None, "15.01.2027 09:00"),
        ("release_day", 0, 10, "15.01.2027 09:00"),
        ("after_release", 14, None, "29.01.2027 09:00"),
        ("after_release", 90, None, "15.04.2027 09:00"),  # summer time by then: still 9:00
    ]
    # 14 days after: the shelter is asked; its answer goes back to the referrer
    # everything due so far fires now: -30, -7, release day (referrer + 2 members), +14 (2 members)
    assert reminders.fire_due(network, now=datetime(2027, 1, 29, 8, 0, tzinfo=UTC)) == 1 + 1 + 1 + 2 + 2
    asked = messages_to(network, 20)[-1]
    assert "14 dní po propuštění. Jak se klientovi/klientce daří?" in asked
    act(
        network,
        handovers.feedback,
        who=who(network, 20),
        handover_id=handover.id,
        answer="difficulties",
        now=NOW,
    )
    assert messages_to(network, 10)[-1].endswith("jak se klientovi daří: Potíže")
    with pytest.raises(NotAllowed):
        act(
            network, handovers.feedback, who=who(network, 10), handover_id=handover.id, answer="fine", now=NOW
        )
