"""Fixtures shared by the core's tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from bot.directory.services import find_organizations
from bot.models import table_of
from bot.user_models import AppUser
from tests.conftest import import_sample
from tests.helpers import act

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def network(engine: Engine) -> Engine:
    """The sample with a curator (10), two shelter workers (20, 21), another organisation's
    worker (30), a coordinator (40) and prison staff (50), all approved."""
    import_sample(engine)
    shelter_org = act(engine, find_organizations, name="Most naděje", limit=1)[0][0]
    other_org = act(engine, find_organizations, name="Kotva", limit=1)[0][0]
    people = {
        10: ("curator", None),  # the referrer
        20: ("ngo", shelter_org),  # the shelter's worker
        21: ("ngo", shelter_org),
        30: ("ngo", other_org),
        40: ("coordinator", None),
        50: ("prison_staff", None),
    }
    with engine.begin() as connection:
        connection.execute(
            table_of(AppUser).insert(),
            [
                {
                    "id": user_id,
                    "first_name": "P",
                    "role": role,
                    "organization_id": org,
                    "status": "approved",
                    "created_at": NOW,
                    "updated_at": NOW,
                }
                for user_id, (role, org) in people.items()
            ],
        )
    return engine
