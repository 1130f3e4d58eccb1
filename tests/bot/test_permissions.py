"""Every role against every action: the one table of who may do what."""

from __future__ import annotations

import pytest

from bot.permissions import ANYONE, APPROVED, ROLES, Who, can

EXPECTED = {
    # action: roles allowed once approved
    "see_personal_contacts": set(ROLES),
    "decide_registrations": {"coordinator"},
    "create_invites": {"coordinator"},
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
