"""Who may do what: the one place where roles are checked.

Handlers ask `can(who, action)`; nothing else in the code compares roles.
"""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("prison_staff", "curator", "probation", "ngo", "coordinator")

# action -> roles allowed once approved; "anyone" actions need no approval at all
ANYONE = frozenset({"search", "register"})
APPROVED: dict[str, frozenset[str]] = {
    "see_personal_contacts": frozenset(ROLES),
    "decide_registrations": frozenset({"coordinator"}),
    "manage_people": frozenset({"coordinator"}),  # suspend, reinstate, remove; see who is pending
    "create_invites": frozenset({"coordinator"}),
    "view_history": frozenset({"coordinator"}),
    "subscribe": frozenset(ROLES),
    "broadcast": frozenset({"coordinator"}),  # events, announcements, messages to attendees
    "hand_over": frozenset({"prison_staff", "curator", "probation"}),  # refer a client to a service
    "view_reports": frozenset({"coordinator"}),  # coverage, data quality, usage
}
# Changing a service (free places, "full until", "data still valid") belongs to the members of
# the organisation that runs it, and to coordinators.
SERVICE_MEMBER_ROLES = frozenset({"ngo", "curator", "probation", "prison_staff"})


@dataclass(frozen=True)
class Who:
    user_id: int
    role: str | None = None
    approved: bool = False
    organization_id: str | None = None
    # waiting for approval of a change (not suspended, removed or rejected): they keep sight of
    # what they made themselves (their own handovers), nothing of any organisation's
    awaiting_change: bool = False


def can(who: Who, action: str) -> bool:
    if action in ANYONE:
        return True
    allowed = APPROVED.get(action)
    if allowed is None:
        raise KeyError(f"unknown action {action!r}")
    return who.approved and who.role in allowed


def can_change_service(who: Who, service_organization_id: str) -> bool:
    """Publish capacity, mark full, confirm data: members of the owning organisation, coordinators."""
    if not who.approved:
        return False
    if who.role == "coordinator":
        return True
    return who.role in SERVICE_MEMBER_ROLES and who.organization_id == service_organization_id
