"""Rights are given, never taken: a change of organisation or role waits for a coordinator, and
coordinators can take rights away."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.network import registration
from bot.network.permissions import Who, can_change_service
from bot.refusals import InvalidValue
from tests.helpers import act

COORDINATOR = 900


def approved_member(engine: Engine, user_id: int, role: str, organization: str) -> None:
    act(engine, registration.choose_role, user_id=user_id, first_name="Pavla", role=role)
    act(engine, registration.choose_organization, user_id=user_id, organization_id=organization)
    act(engine, registration.choose_region, user_id=user_id, region="Moravskoslezský kraj")
    act(engine, registration.submit, user_id=user_id)
    assert act(engine, registration.decide, user_id=user_id, approve=True, by=COORDINATOR) is not None


def who(engine: Engine, user_id: int) -> Who:
    return act(engine, registration.who, user_id=user_id, coordinator_ids=[COORDINATOR])


@pytest.mark.parametrize("role", ["ngo", "prison_staff"])
def test_the_same_role_in_another_organisation_waits_for_approval(engine: Engine, role: str) -> None:
    approved_member(engine, 1, role, "org-own")
    assert can_change_service(who(engine, 1), "org-own")

    # /profil -> change role -> the same role -> another organisation -> a region
    act(engine, registration.choose_role, user_id=1, first_name="Pavla", role=role)
    act(engine, registration.choose_organization, user_id=1, organization_id="org-other")
    act(engine, registration.choose_region, user_id=1, region="Zlínský kraj")
    request = act(engine, registration.submit, user_id=1)

    assert request.status == "pending"
    now = who(engine, 1)
    assert not now.approved
    assert not can_change_service(now, "org-other") and not can_change_service(now, "org-own")

    # ... and "Zamítnout" works on it
    rejected = act(engine, registration.decide, user_id=1, approve=False, by=COORDINATOR)
    assert rejected is not None and rejected.status == "rejected"
    assert not who(engine, 1).approved


def test_approving_the_change_grants_the_new_organisation_only(engine: Engine) -> None:
    approved_member(engine, 1, "ngo", "org-own")
    act(engine, registration.choose_organization, user_id=1, organization_id="org-other")
    act(engine, registration.submit, user_id=1)
    act(engine, registration.decide, user_id=1, approve=True, by=COORDINATOR)
    now = who(engine, 1)
    assert can_change_service(now, "org-other") and not can_change_service(now, "org-own")


def test_keeping_role_and_organisation_keeps_the_approval(engine: Engine) -> None:
    approved_member(engine, 1, "ngo", "org-own")
    act(engine, registration.choose_role, user_id=1, first_name="Pavla", role="ngo")
    act(engine, registration.choose_organization, user_id=1, organization_id="org-own")
    assert act(engine, registration.submit, user_id=1).status == "approved"


def test_coordinators_suspend_reinstate_and_remove(engine: Engine) -> None:
    approved_member(engine, 1, "curator", "org-own")
    suspended = act(engine, registration.suspend, user_id=1, by=COORDINATOR)
    assert suspended is not None and not who(engine, 1).approved
    assert [p.id for p in act(engine, registration.people, statuses=["suspended"])] == [1]
    # an invitation does not lift a suspension
    invite = act(
        engine,
        registration.create_invite,
        by=COORDINATOR,
        role="coordinator",
        organization_id=None,
        days=1,
        uses=5,
    )
    assert (
        act(engine, registration.redeem_invite, user_id=1, first_name="P", code=invite.code).outcome
        == "suspended"
    )
    assert not who(engine, 1).approved

    assert act(engine, registration.reinstate, user_id=1, by=COORDINATOR) is not None
    assert who(engine, 1).approved and who(engine, 1).role == "curator"

    removed = act(engine, registration.remove, user_id=1, by=COORDINATOR)
    assert removed is not None and removed.role is None and removed.organization_id is None
    assert not who(engine, 1).approved
    assert act(engine, registration.reinstate, user_id=1, by=COORDINATOR) is None  # removal is not a pause


def test_coordinators_see_who_is_pending(engine: Engine) -> None:
    act(engine, registration.choose_role, user_id=5, first_name="Karel", role="probation")
    act(engine, registration.submit, user_id=5)
    approved_member(engine, 6, "ngo", "org-own")
    assert [p.id for p in act(engine, registration.people, statuses=["pending"])] == [5]
    assert [p.id for p in act(engine, registration.people, statuses=["pending", "approved"], name="kar")] == [
        5
    ]


def test_an_organisation_typed_at_registration_holds_no_personal_data(engine: Engine) -> None:
    act(engine, registration.choose_role, user_id=7, first_name="Petr", role="ngo")
    with pytest.raises(InvalidValue) as refused:
        act(
            engine,
            registration.choose_organization,
            user_id=7,
            organization_id=None,
            typed_name="Jan Novák, nar. 3. 5. 1985, Nádražní 12",
        )
    assert refused.value.reason == "privacy.refused"
    assert act(engine, registration.profile, user_id=7).organization_name is None  # type: ignore[union-attr]
    typed = act(
        engine, registration.choose_organization, user_id=7, organization_id=None, typed_name="Spolek Exit"
    )
    assert typed.organization_name == "Spolek Exit"
