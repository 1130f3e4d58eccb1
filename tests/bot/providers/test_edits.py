"""Members edit their services' texts and contacts; every change is kept with who and when."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine

from bot.directory.services import service_details
from bot.following import subscriptions
from bot.network.permissions import ROLES, Who
from bot.providers import capacity
from bot.providers import edits as service_edits
from bot.providers.edits import clean
from bot.refusals import InvalidValue, NotAllowed
from bot.text.czech import fold
from tests.bot.providers.test_capacity import member_of
from tests.conftest import import_sample
from tests.helpers import act

NOON = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)


@pytest.fixture
def sample(engine: Engine) -> Engine:
    import_sample(engine)
    return engine


def shelter_of(engine: Engine, who: Who) -> str:
    ((service_id, name),) = act(engine, service_edits.editable_services, who=who, name="azylový")
    assert name == "Azylový dům Most naděje Ostrava"
    return service_id


def test_a_member_edits_a_text_and_the_card_shows_it_at_once(sample: Engine) -> None:
    member = member_of(sample, "Most naděje", user_id=5)
    service_id = shelter_of(sample, member)
    before = act(sample, service_details, service_ids=[service_id])[service_id].application

    act(
        sample,
        service_edits.edit,
        who=member,
        service_id=service_id,
        field_name="application_process",
        typed="  Volejte denně 8–16.\nS sebou občanský průkaz.  ",
        now=NOON,
    )
    assert act(sample, service_details, service_ids=[service_id])[service_id].application == (
        "Volejte denně 8–16.\nS sebou občanský průkaz."
    )

    coordinator = Who(900, "coordinator", True)
    (change,) = act(sample, service_edits.edits, who=coordinator, service_id=service_id)
    assert (change.user_id, change.field_name, change.old, change.new) == (
        5,
        "application_process",
        before,
        "Volejte denně 8–16.\nS sebou občanský průkaz.",
    )
    with pytest.raises(NotAllowed):
        act(sample, service_edits.edits, who=member, service_id=service_id)  # the history is for coordinators


def test_contacts_are_checked_and_normalised(sample: Engine) -> None:
    member = member_of(sample, "Most naděje", user_id=5)
    service_id = shelter_of(sample, member)
    edited = act(
        sample,
        service_edits.edit,
        who=member,
        service_id=service_id,
        field_name="phones",
        typed="777123456; +420 596 111 222",
    )
    assert edited.phones == ("+420 777 123 456", "+420 596 111 222")
    assert act(sample, service_details, service_ids=[service_id])[service_id].phones == [
        "+420 777 123 456",
        "+420 596 111 222",
    ]
    edited = act(
        sample,
        service_edits.edit,
        who=member,
        service_id=service_id,
        field_name="url",
        typed="www.most.example",
    )
    assert edited.url == "https://www.most.example"
    edited = act(sample, service_edits.edit, who=member, service_id=service_id, field_name="email", typed="-")
    assert edited.email == ""  # "-" clears an optional field


@pytest.mark.parametrize(
    ("field_name", "typed", "reason"),
    [
        ("description", "-", "edit.description_required"),
        ("description", "x" * 3001, "edit.too_long"),
        ("email", "poradna(at)most.cz", "edit.bad_email"),
        ("url", "most nadeje", "edit.bad_url"),
        ("phones", "12345", "edit.bad_phone"),
        (
            "phones",
            "777123456, 777123457, 777123458, 777123459, 777123450, 777123451",
            "edit.too_many_phones",
        ),
        ("application_process", "   ", "edit.empty"),
        ("description", "Vedoucí služby: Jana Nováková, nar. 1975", "privacy.refused"),
        ("eligibility_description", "Nepřijímáme pana Dvořáka (RČ 850503/1007)", "privacy.refused"),
        ("application_process", "Volejte klientce Horákové na 777 123 456", "privacy.refused"),
    ],
)
def test_what_cannot_be_stored_is_explained(field_name: str, typed: str, reason: str) -> None:
    with pytest.raises(InvalidValue) as problem:
        clean(field_name, typed)
    assert problem.value.reason == reason


def test_a_services_own_address_and_phone_may_stand_in_its_texts() -> None:
    typed = "Přijďte na Nádražní 12, Ostrava, nebo volejte 596 123 456."
    assert clean("application_process", typed) == typed


def test_a_refused_value_changes_nothing_and_is_not_audited(sample: Engine) -> None:
    member = member_of(sample, "Most naděje", user_id=5)
    service_id = shelter_of(sample, member)
    before = act(sample, service_edits.editable, who=member, service_id=service_id)
    with pytest.raises(InvalidValue):
        act(sample, service_edits.edit, who=member, service_id=service_id, field_name="email", typed="nope")
    assert act(sample, service_edits.editable, who=member, service_id=service_id) == before
    assert act(sample, service_edits.edits, who=Who(900, "coordinator", True), service_id=service_id) == []


def test_a_coordinator_may_edit_every_service_listed_by_name_and_narrowed_by_a_part_of_it(
    sample: Engine,
) -> None:
    coordinator = Who(900, "coordinator", True)
    every = act(sample, service_edits.editable_services, who=coordinator, limit=1000)
    names = [name for _, name in every]
    assert len(every) > 10
    if sample.dialect.name == "sqlite":  # PostgreSQL orders names by its collation, not Python's
        assert names == sorted(names)

    assert act(sample, service_edits.editable_services, who=coordinator, limit=4) == every[:4]
    shelters = act(sample, service_edits.editable_services, who=coordinator, name="AZYLOVY", limit=1000)
    assert shelters and shelters == [(i, n) for i, n in every if "azylovy" in fold(n)]
    assert act(sample, service_edits.editable_services, who=Who(7), limit=1000) == []  # not approved


def test_confirming_a_service_without_capacity_sets_its_verification_date(sample: Engine) -> None:
    member = member_of(sample, "Kotva", user_id=6)
    service_id = act(sample, service_edits.editable_services, who=member)[0][0]
    confirmed = act(
        sample, service_edits.confirm, who=member, service_id=service_id, today=date(2026, 11, 23)
    )
    assert confirmed.assured == date(2026, 11, 23)
    assert act(sample, service_details, service_ids=[service_id])[service_id].assured == date(2026, 11, 23)


# -- every role against every action ------------------------------------------------------------
ACTIONS = ("publish", "edit", "confirm", "subscribe", "view_history")


def attempt(engine: Engine, who: Who, action: str, service_id: str, capacity_id: str) -> None:
    """Do the action; raises a NotAllowed when refused."""
    if action == "publish":
        act(engine, capacity.set_available, who=who, capacity_id=capacity_id, available=1, now=NOON)
    elif action == "edit":
        typed = f"Zavolejte ({who.role}, {who.approved}, {who.organization_id})"
        act(
            engine,
            service_edits.edit,
            who=who,
            service_id=service_id,
            field_name="application_process",
            typed=typed,
            now=NOON,
        )
    elif action == "confirm":
        act(engine, service_edits.confirm, who=who, service_id=service_id, today=date(2026, 11, 23), now=NOON)
    elif action == "subscribe":
        act(engine, subscriptions.follow_service, who=who, service_id=service_id)
    else:
        act(engine, service_edits.edits, who=who, service_id=service_id)
        act(engine, capacity.history, who=who, service_id=service_id)


def allowed(role: str | None, approved: bool, member: bool, action: str) -> bool:
    if not approved or role is None:
        return False
    if action == "subscribe":
        return True
    if action == "view_history":
        return role == "coordinator"
    return member or role == "coordinator"  # publish, edit, confirm: the organisation's own people


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", [*ROLES, None])
def test_every_role_against_every_action(sample: Engine, role: str | None, action: str) -> None:
    owner = member_of(sample, "Most naděje")
    service_id = shelter_of(sample, owner)
    capacity_id = act(sample, capacity.places, who=owner)[0].capacity_id
    other = member_of(sample, "Kotva").organization_id
    for approved in (True, False):
        for member in (True, False):
            who = Who(10, role, approved, owner.organization_id if member else other)
            expected = allowed(role, approved, member, action)
            try:
                attempt(sample, who, action, service_id, capacity_id)
                done = True
            except NotAllowed:
                done = False
            assert done == expected, (role, approved, member, action)
