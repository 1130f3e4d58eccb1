"""Privacy over time: old handovers anonymised, accounts exported and erased, data kept fresh."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import Engine, select, update

from bot.following import subscriptions
from bot.followup import handovers, reminders
from bot.models import Service, table_of
from bot.network import account
from bot.network.permissions import Who
from bot.providers import edits as service_edits
from bot.providers import freshness
from bot.user_models import AppUser, CapacityChange, FreshnessRequest, Handover, HandoverStep
from tests.bot.followup.test_handovers import NOW, hand_over, messages_to, shelter, who
from tests.helpers import act


def test_closed_handovers_lose_note_history_and_referrer_after_a_year(network: Engine) -> None:
    kept = hand_over(network)
    closed = hand_over(network)
    act(network, handovers.move, who=who(network, 10), handover_id=closed.id, status="closed", now=NOW)
    assert handovers.anonymise_closed(network, now=NOW + timedelta(days=364)) == 0
    assert handovers.anonymise_closed(network, now=NOW + timedelta(days=366)) == 1
    table, step = table_of(Handover).c, table_of(HandoverStep).c
    with network.connect() as connection:
        row = connection.execute(
            select(table.note, table.referrer_id, table.status).where(table.id == closed.id)
        ).one()
        steps = connection.execute(select(step.id).where(step.handover_id == closed.id)).all()
        open_note = connection.execute(select(table.note).where(table.id == kept.id)).scalar()
    assert tuple(row) == (None, None, "closed") and steps == []  # counted still, about nobody
    assert open_note == "Muž, 40 let, bez bydlení."  # an open handover keeps its note


def test_my_data_and_erasing_the_account(network: Engine) -> None:
    handover = hand_over(network)
    curator = who(network, 10)
    act(network, subscriptions.follow_prison, who=curator, prison_id="x")
    act(network, reminders.add_personal, user_id=10, typed="zítra zavolat do Kotvy", now=NOW)
    exported = json.loads(act(network, account.export, user_id=10))
    assert exported["profile"][0]["role"] == "curator"
    assert [h["code"] for h in exported["handovers_made"]] == [handover.code]
    assert len(exported["subscriptions"]) == 1
    assert len(exported["reminders"]) == 3 + 1  # the handover's (-30, -7, the day) and the personal one

    done = act(network, account.erase, user_id=10)
    assert done["profile"] == 1 and done["handovers_anonymised"] == 1
    user = table_of(AppUser).c
    with network.connect() as connection:
        assert connection.execute(select(user.id).where(user.id == 10)).first() is None
    still = act(network, handovers.get, who=who(network, 20), handover_id=handover.id)
    assert still.referrer_id is None and still.code == handover.code  # the shelter keeps its case
    assert json.loads(act(network, account.export, user_id=10))["handovers_made"] == []


def test_erasing_keeps_audit_rows_without_the_person(network: Engine) -> None:
    worker, service_id = who(network, 20), shelter(network)
    act(
        network,
        service_edits.edit,
        who=worker,
        service_id=service_id,
        field_name="email",
        typed="a@b.example",
    )
    with network.begin() as connection:
        connection.execute(
            table_of(CapacityChange)
            .insert()
            .values(service_id="s", user_id=20, kind="available", changed_at=NOW)
        )
    act(network, account.erase, user_id=20)
    edits = act(network, service_edits.edits, who=Who(40, "coordinator", True), service_id=service_id)
    assert [(e.user_id, e.new) for e in edits] == [(0, "a@b.example")]


def test_providers_confirm_their_data_every_90_days_and_coordinators_hear_of_silence(network: Engine) -> None:
    service_id = shelter(network)
    s = table_of(Service)
    with network.begin() as connection:  # only the shelter matters here: the rest are fresh
        connection.execute(update(s).values(assured_date=date(2026, 11, 1)))
        connection.execute(update(s).where(s.c.id == service_id).values(assured_date=date(2026, 6, 1)))
    first = freshness.check(network, now=NOW, coordinator_ids=[40])
    assert first["asked"] == 1
    assert messages_to(network, 20)[-1].startswith("🔎 <b>Azylový dům Most naděje Ostrava</b>: platí ještě")
    assert freshness.check(network, now=NOW + timedelta(days=1), coordinator_ids=[40])["asked"] == 0
    assert freshness.check(network, now=NOW + timedelta(days=14), coordinator_ids=[40])["asked_again"] == 1
    assert freshness.check(network, now=NOW + timedelta(days=28), coordinator_ids=[40])["escalated"] == 1
    told = messages_to(network, 40)[-1]
    assert told.startswith("⚠️ Údaje těchto služeb (1) nikdo nepotvrdil") and "Azylový dům Most naděje" in told
    assert (
        freshness.check(network, now=NOW + timedelta(days=29), coordinator_ids=[40])["escalated"] == 0
    )  # once


def test_confirming_answers_the_request(network: Engine) -> None:
    service_id = shelter(network)
    s = table_of(Service)
    with network.begin() as connection:
        connection.execute(update(s).values(assured_date=date(2026, 11, 1)))
        connection.execute(update(s).where(s.c.id == service_id).values(assured_date=None))
    freshness.check(network, now=NOW)
    act(network, service_edits.confirm, who=who(network, 20), service_id=service_id, today=date(2026, 11, 24))
    assert freshness.check(network, now=NOW + timedelta(days=20))["answered"] == 1
    request = table_of(FreshnessRequest).c
    with network.connect() as connection:
        assert connection.execute(select(request.answered_at)).scalar() is not None
    assert not [t for t in messages_to(network, 40) if "nikdo nepotvrdil" in t]
