"""Registration and invitations over a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, event, update
from sqlmodel import col

from bot.database import unit_of_work
from bot.network import registration
from bot.network.registration import InviteGuard
from bot.user_models import Invite
from tests.helpers import act


def test_a_request_is_decided_once(engine: Engine) -> None:
    act(engine, registration.choose_role, user_id=1, first_name="Jana", role="curator")
    act(engine, registration.choose_region, user_id=1, region="Moravskoslezský kraj")
    assert act(engine, registration.submit, user_id=1).status == "pending"

    approved = act(engine, registration.decide, user_id=1, approve=True, by=900)
    assert approved is not None and approved.status == "approved" and approved.decided_by == 900
    assert act(engine, registration.decide, user_id=1, approve=False, by=901) is None
    assert act(engine, registration.who, user_id=1, coordinator_ids=[]).approved


def test_a_new_role_needs_a_new_approval(engine: Engine) -> None:
    act(engine, registration.choose_role, user_id=2, first_name="Petr", role="ngo")
    act(engine, registration.submit, user_id=2)
    act(engine, registration.decide, user_id=2, approve=True, by=900)

    act(engine, registration.choose_role, user_id=2, first_name="Petr", role="coordinator")

    who = act(engine, registration.who, user_id=2, coordinator_ids=[])
    assert (who.role, who.approved) == ("coordinator", False)


def test_settings_coordinators_are_approved_without_a_request(engine: Engine) -> None:
    who = act(engine, registration.who, user_id=900, coordinator_ids=[900])
    assert (who.role, who.approved) == ("coordinator", True)
    assert act(engine, registration.coordinators, coordinator_ids=[900]) == [900]


def test_invitations_expire_and_run_out(engine: Engine) -> None:
    invite = act(engine, registration.create_invite, by=900, role="ngo", organization_id=None, days=7, uses=1)
    assert len(invite.code) >= 20
    later = datetime.now(UTC) + timedelta(days=8)

    assert act(
        engine, registration.redeem_invite, user_id=5, first_name="A", code=invite.code, now=later
    ).outcome == ("expired")
    assert (
        act(engine, registration.redeem_invite, user_id=5, first_name="A", code=invite.code).outcome
        == "admitted"
    )
    assert (
        act(engine, registration.redeem_invite, user_id=6, first_name="B", code=invite.code).outcome
        == "used_up"
    )
    assert (
        act(engine, registration.redeem_invite, user_id=6, first_name="B", code="nope").outcome == "unknown"
    )
    assert act(engine, registration.who, user_id=5, coordinator_ids=[]).approved


def test_invitation_codes_do_not_repeat(engine: Engine) -> None:
    codes = {
        act(engine, registration.create_invite, by=900, role="ngo", organization_id=None, days=1, uses=1).code
        for _ in range(50)
    }
    assert len(codes) == 50


def test_an_unknown_role_is_refused(engine: Engine) -> None:
    with pytest.raises(ValueError, match="unknown role"):
        act(engine, registration.choose_role, user_id=7, first_name="X", role="admin")


def test_the_guard_pauses_longer_after_each_wrong_code() -> None:
    guard = InviteGuard(free_tries=3, pause=60)
    for second in range(3):
        assert guard.allowed(1, second)
        guard.failed(1, second)
    assert not guard.allowed(1, 10) and guard.allowed(1, 63)
    guard.failed(1, 63)
    assert not guard.allowed(1, 63 + 100) and guard.allowed(1, 63 + 121)
    assert guard.allowed(2, 10)  # somebody else is not affected


def test_the_last_place_of_an_invitation_goes_to_one_person_only(engine: Engine) -> None:
    """Two people redeem a one-place code at the same moment: the second read the invitation
    before the first one's use was saved, and is still turned away."""
    invite = act(engine, registration.create_invite, by=900, role="ngo", organization_id=None, days=7, uses=1)

    def someone_else_takes_it(target: Invite, _context: object) -> None:
        with engine.begin() as connection:
            connection.execute(update(Invite).where(col(Invite.code) == target.code).values(uses=1))

    event.listen(Invite, "load", someone_else_takes_it)
    try:
        late = act(engine, registration.redeem_invite, user_id=7, first_name="C", code=invite.code)
    finally:
        event.remove(Invite, "load", someone_else_takes_it)

    assert late.outcome == "used_up"
    assert not act(engine, registration.who, user_id=7, coordinator_ids=[]).approved


def test_an_invitation_redeemed_in_an_action_that_fails_is_not_used_up(engine: Engine) -> None:
    """Redeeming never commits by itself: when the rest of the person's action fails, nobody
    was admitted and the invitation's one place is still free."""
    invite = act(engine, registration.create_invite, by=900, role="ngo", organization_id=None, days=7, uses=1)

    with pytest.raises(RuntimeError), unit_of_work(engine) as session:
        redeemed = registration.redeem_invite(session=session, user_id=5, first_name="A", code=invite.code)
        assert redeemed.outcome == "admitted"
        raise RuntimeError("the welcome could not be prepared")

    assert act(engine, registration.profile, user_id=5) is None
    later = act(engine, registration.redeem_invite, user_id=5, first_name="A", code=invite.code)
    assert later.outcome == "admitted"
