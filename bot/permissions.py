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
    "create_invites": frozenset({"coordinator"}),
}


@dataclass(frozen=True)
class Who:
    user_id: int
    role: str | None = None
    approved: bool = False


def can(who: Who, action: str) -> bool:
    if action in ANYONE:
        return True
    allowed = APPROVED.get(action)
    if allowed is None:
        raise KeyError(f"unknown action {action!r}")
    return who.approved and who.role in allowed
