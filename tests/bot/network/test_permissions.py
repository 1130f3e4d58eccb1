"""Every role against every action: the one table of who may do what."""

from __future__ import annotations

import pytest

from bot.network.permissions import ANYONE, APPROVED, ROLES, Who, can, can_change_service

EXPECTED = {
    # action: roles allowed once approved
    "see_personal_contacts": set(ROLES),
    "decide_registrations": {"coordinator"},
    "manage_people": {"coordinator"},
    "create_invites": {"coordinator"},
    "view_history": {"coordinator"},
    "subscribe": set(ROLES),
    "broadcast": {"coordinator"},
    "hand_over": {"prison_staff", "curator", "probation"},
    "view_reports": {"coordinator"},
}


@pytest.mark.parametrize("role", [*ROLES, None])
@pytest.mark.parametrize("action", sorted(EXPECTED))
def test_approved_and_unapproved_users_of_every_role(role: str | None, action: str) -> None:
    assert can(Who(1, role, approved=True), action) == (role in EXPECTED[action])
    assert can(Who(1, role, approved=False), action) is False


@pytest.mark.parametrize("action", sorted(ANYONE))
def test_searching_and_registering_need_nothing(action: str) -> None:
    assert can(Who(1), action)


def test_the_table_covers_every_action_and_unknown_actions_fail_loudly() -> None:
    assert set(APPROVED) == set(EXPECTED)
    with pytest.raises(KeyError):
        can(Who(1, "coordinator", True), "launch_rockets")


@pytest.mark.parametrize("role", [*ROLES, None])
def test_who_may_change_a_service(role: str | None) -> None:
    member = Who(1, role, approved=True, organization_id="org-1")
    outsider = Who(1, role, approved=True, organization_id="org-2")
    unapproved = Who(1, role, approved=False, organization_id="org-1")

    assert can_change_service(member, "org-1") == (role is not None)
    assert can_change_service(outsider, "org-1") == (role == "coordinator")
    assert can_change_service(unapproved, "org-1") is False
