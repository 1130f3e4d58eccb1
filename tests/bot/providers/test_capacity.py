"""Publishing free places: only the owning organisation's members and coordinators, every change kept."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.directory.services import find_organizations
from bot.following import notifications, subscriptions
from bot.network import registration
from bot.network.permissions import Who
from bot.providers import capacity, edits
from bot.refusals import NotAllowed
from bot.search.engine import AnswerEngine
from bot.text.czech import fold
from bot.user_models import Outbox
from tests.conftest import import_sample
from tests.helpers import act

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture
def sample(engine: Engine) -> Engine:
    import_sample(engine)
    return engine


def member_of(engine: Engine, name: str, user_id: int = 1, role: str = "ngo") -> Who:
    organization_id = act(engine, find_organizations, name=name, limit=1)[0][0]
    return Who(user_id, role, True, organization_id)


def test_a_member_sees_and_changes_only_their_services(sample: Engine) -> None:
    member = member_of(sample, "Most naděje")
    mine = act(sample, capacity.places, who=member)
    assert [p.service for p in mine] == ["Azylový dům Most naděje Ostrava"]

    changed = act(sample, capacity.set_available, who=member, capacity_id=mine[0].capacity_id, available=99)
    assert changed.available == 24  # clamped to the maximum

    outsider = member_of(sample, "Kotva", user_id=2)
    with pytest.raises(NotAllowed):
        act(sample, capacity.set_available, who=outsider, capacity_id=mine[0].capacity_id, available=1)
    with pytest.raises(NotAllowed):
        act(sample, capacity.set_available, who=Who(3), capacity_id=mine[0].capacity_id, available=1)


def test_a_coordinator_sees_every_capacity_by_name_and_the_list_can_stop_early(sample: Engine) -> None:
    coordinator = Who(900, "coordinator", True)
    every = act(sample, capacity.places, who=coordinator)
    assert len(every) > 3
    if sample.dialect.name == "sqlite":  # PostgreSQL orders names by its collation, not Python's
        assert [p.service for p in every] == sorted(p.service for p in every)

    assert act(sample, capacity.places, who=coordinator, limit=3) == every[:3]
    # one of them, found by its id, as the list shows it
    assert act(sample, capacity.place, who=coordinator, capacity_id=every[-1].capacity_id) == every[-1]
    with pytest.raises(NotAllowed):
        act(sample, capacity.place, who=coordinator, capacity_id="no-such-capacity")

    shelters = act(sample, capacity.places, who=coordinator, name="AZYLOVY")
    assert shelters and shelters == [p for p in every if "azylovy" in fold(p.service)]
    assert act(sample, capacity.places, who=coordinator, name="azylovy", limit=1) == shelters[:1]


def test_full_until_and_confirmations_are_stored_and_kept_in_the_history(sample: Engine) -> None:
    member = member_of(sample, "Most naděje")
    key = act(sample, capacity.places, who=member)[0].capacity_id

    full = act(
        sample,
        capacity.mark_full_until,
        who=member,
        capacity_id=key,
        until=date(2027, 3, 31),
        alert="Plno do 31. 3.",
    )
    assert (full.available, full.alert) == (0, "Plno do 31. 3.")
    again = act(sample, capacity.set_available, who=member, capacity_id=key, available=2)
    assert (again.available, again.alert) == (2, "")  # free places again: the notice goes
    confirmed = act(sample, capacity.confirm, who=member, capacity_id=key, today=date(2026, 11, 22))
    assert confirmed.assured == date(2026, 11, 22)

    with pytest.raises(NotAllowed):
        act(sample, capacity.history, who=member, service_id=confirmed.service_id)
    coordinator = Who(900, "coordinator", True)
    kinds = [
        (c.kind, c.old_available, c.new_available, c.user_id)
        for c in act(sample, capacity.history, who=coordinator, service_id=confirmed.service_id)
    ]
    assert kinds == [("confirmed", 2, 2, 1), ("available", 0, 2, 1), ("full_until", 3, 0, 1)]


def test_answers_follow_a_change_without_rebuilding_the_index(sample: Engine) -> None:
    answers = AnswerEngine(sample, clock=lambda: NOW)
    assert answers.ask("volné lůžko azylový dům Ostrava").results
    member = member_of(sample, "Most naděje")
    key = act(sample, capacity.places, who=member)[0].capacity_id

    act(sample, capacity.set_available, who=member, capacity_id=key, available=0, now=NOW)

    assert answers.ask("volné lůžko azylový dům Ostrava").results == []
    act(sample, capacity.set_available, who=member, capacity_id=key, available=5, now=NOW)
    assert answers.ask("volné lůžko azylový dům Ostrava").results
    assert answers.builds == 1


def test_members_are_nudged_about_stale_free_places_with_one_tap_buttons(sample: Engine) -> None:
    from sqlalchemy import select

    from bot.models import table_of
    from bot.network import registration
    from bot.user_models import Outbox

    organization = member_of(sample, "Olomoucký most").organization_id
    invite = act(
        sample, registration.create_invite, by=900, role="ngo", organization_id=organization, days=1, uses=1
    )
    act(sample, registration.redeem_invite, user_id=77, first_name="Eva", code=invite.code)
    week_later = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    assert act(sample, capacity.nudge_stale, now=week_later, stale_days=7) == 1

    with sample.connect() as connection:
        row = connection.execute(
            select(table_of(Outbox).c.chat_id, table_of(Outbox).c.text, table_of(Outbox).c.markup)
        ).one()
    assert row.chat_id == 77
    assert "Azylový dům Olomoucký most: volno 2 (před 18 dny)" in row.text
    assert '"callback_data": "kc:' in row.markup  # "Údaje platí" in one tap
    fresh = datetime(2026, 11, 13, 9, 0, tzinfo=UTC)
    assert act(sample, capacity.nudge_stale, now=fresh, stale_days=7) == 0


def test_a_change_and_the_followers_notifications_commit_together(
    sample: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = member_of(sample, "Most naděje")
    key = act(sample, capacity.places, who=member)[0].capacity_id
    shelter = act(sample, capacity.places, who=member)[0].service_id
    act(sample, registration.choose_language, user_id=7, first_name="Eva", language="cs")
    act(sample, subscriptions.follow_service, who=Who(7, "curator", True), service_id=shelter)

    def crash(*_: object, **__: object) -> int:
        raise RuntimeError("the process died while queueing the notifications")

    monkeypatch.setattr(notifications, "enqueue_rows", crash)
    with pytest.raises(RuntimeError):
        act(sample, capacity.set_available, who=member, capacity_id=key, available=0, now=NOW)
    assert act(sample, capacity.place, who=member, capacity_id=key).available == 3  # nothing half-done
    assert _outbox(sample) == []

    monkeypatch.undo()
    act(sample, capacity.set_available, who=member, capacity_id=key, available=0, now=NOW)
    assert act(sample, capacity.place, who=member, capacity_id=key).available == 0
    assert [chat for chat, _ in _outbox(sample)] == [7]


def test_one_confirmation_stamps_the_data_and_the_free_places_and_is_audited(sample: Engine) -> None:
    member = member_of(sample, "Most naděje")
    before = act(sample, capacity.places, who=member)[0]
    later = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    confirmed = act(
        sample,
        capacity.confirm,
        who=member,
        capacity_id=before.capacity_id,
        today=date(2026, 11, 25),
        now=later,
    )

    assert confirmed.assured == date(2026, 11, 25)
    assert confirmed.updated == later  # the free places count as checked too
    coordinator = Who(900, "coordinator", True)
    audit = act(sample, edits.edits, who=coordinator, service_id=before.service_id)
    assert [(change.field_name, change.new) for change in audit][:1] == [("assured_date", "2026-11-25")]


def _outbox(engine: Engine) -> list[tuple[int, str]]:
    with Session(engine) as session:
        return [(row.chat_id, row.text) for row in session.exec(select(Outbox))]
