"""Following a service, a need in a region or a prison, and who hears about what changed."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select

from bot.following import subscriptions
from bot.following.subscriptions import active_service_ids, announce_new_services
from bot.kb import profile
from bot.models import (
    Address,
    Attribute,
    Location,
    Organization,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
    table_of,
)
from bot.network.permissions import Who
from bot.providers import capacity
from bot.refusals import NotAllowed
from bot.user_models import Outbox
from tests.bot.providers.test_capacity import member_of
from tests.conftest import import_sample
from tests.helpers import act

NOON = datetime(2026, 11, 23, 11, 0, tzinfo=UTC)  # 12:00 in Prague: outside quiet hours
CURATOR = Who(70, "curator", True)


@pytest.fixture
def sample(engine: Engine) -> Engine:
    import_sample(engine)
    return engine


def add_service(
    engine: Engine, name: str, *, need: str, town: str = "", region: str = "", prison: str = ""
) -> str:
    """A new active service of the first organisation, with one need, in a town (with its region
    as the sample writes it) or in a prison; as a later import would add it."""
    service_id = str(uuid.uuid4())
    with engine.begin() as connection:
        organization_id = connection.execute(select(table_of(Organization).c.id)).scalars().first()
        term = table_of(TaxonomyTerm).c
        term_id = connection.execute(
            select(term.id).where(term.taxonomy == profile.NEED, term.code == need)
        ).scalar_one()
        connection.execute(
            table_of(Service)
            .insert()
            .values(id=service_id, organization_id=organization_id, name=name, status="active")
        )
        connection.execute(
            table_of(Attribute)
            .insert()
            .values(
                id=str(uuid.uuid4()),
                link_id=service_id,
                link_entity="service",
                link_type="category",
                taxonomy_term_id=term_id,
            )
        )
        location_id = prison
        if not prison:
            location_id = str(uuid.uuid4())
            address = table_of(Address).c
            region = (
                region
                or connection.execute(select(address.state_province).where(address.city == town))
                .scalars()
                .first()
                or "Ústecký kraj"
            )
            connection.execute(
                table_of(Location).insert().values(id=location_id, location_type="physical", name=name)
            )
            connection.execute(
                table_of(Address)
                .insert()
                .values(id=str(uuid.uuid4()), location_id=location_id, city=town, state_province=region)
            )
        connection.execute(
            table_of(ServiceAtLocation)
            .insert()
            .values(id=str(uuid.uuid4()), service_id=service_id, location_id=location_id)
        )
    return service_id


def prison_id(engine: Engine, short_name: str) -> str:
    location = table_of(Location).c
    with engine.connect() as connection:
        return str(
            connection.execute(select(location.id).where(location.alternate_name == short_name)).scalar_one()
        )


OPAVA = "Věznice a Ústav pro výkon zabezpečovací detence Opava"


def queued_texts(engine: Engine, chat_id: int) -> list[str]:
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        return list(connection.execute(select(outbox.text).where(outbox.chat_id == chat_id)).scalars())


def test_what_a_person_follows_is_listed_with_names(sample: Engine) -> None:
    opava = prison_id(sample, "Věznice Opava")
    shelter = act(sample, capacity.places, who=member_of(sample, "Most naděje"))[0]
    assert act(sample, subscriptions.follow_service, who=CURATOR, service_id=shelter.service_id)
    assert act(sample, subscriptions.follow_need_in_region, who=CURATOR, need="debt", region="Ústecký kraj")
    assert act(sample, subscriptions.follow_prison, who=CURATOR, prison_id=opava)
    assert not act(sample, subscriptions.follow_prison, who=CURATOR, prison_id=opava)  # once is enough

    listed = act(sample, subscriptions.followed, user_id=CURATOR.user_id)
    assert [(f.kind, f.label) for f in listed] == [
        ("service", "Azylový dům Most naděje Ostrava"),
        ("need_region", "Dluhy a finance · Ústecký kraj"),
        ("prison", OPAVA),
    ]
    assert act(sample, subscriptions.unfollow, user_id=CURATOR.user_id, subscription_id=listed[1].id)
    assert not act(sample, subscriptions.unfollow, user_id=999, subscription_id=listed[0].id)  # not theirs
    assert len(act(sample, subscriptions.followed, user_id=CURATOR.user_id)) == 2


def test_unknown_needs_and_regions_and_unapproved_people_are_refused(sample: Engine) -> None:
    with pytest.raises(ValueError):
        act(sample, subscriptions.follow_need_in_region, who=CURATOR, need="rockets", region="Ústecký kraj")
    with pytest.raises(ValueError):
        act(sample, subscriptions.follow_need_in_region, who=CURATOR, need="debt", region="Bavorsko")
    with pytest.raises(NotAllowed):
        act(sample, subscriptions.follow_need_in_region, who=Who(71), need="debt", region="Ústecký kraj")


def test_a_new_service_is_announced_to_followers_of_its_need_region_and_prison(sample: Engine) -> None:
    opava = prison_id(sample, "Věznice Opava")
    educator, other_region, unrelated = (
        Who(81, "prison_staff", True),
        Who(82, "curator", True),
        Who(83, "ngo", True),
    )
    act(sample, subscriptions.follow_need_in_region, who=CURATOR, need="housing", region="Ústecký kraj")
    act(sample, subscriptions.follow_prison, who=educator, prison_id=opava)
    act(sample, subscriptions.follow_need_in_region, who=other_region, need="housing", region="Zlínský kraj")
    act(sample, subscriptions.follow_need_in_region, who=unrelated, need="debt", region="Ústecký kraj")

    before = act(sample, active_service_ids)
    add_service(sample, "Azylový dům Nová střecha Děčín", need="housing-shelter", town="Děčín")
    add_service(sample, "Mentoring za zdí Opava", need="mentoring", prison=opava)
    routed = announce_new_services(sample, before=before, now=NOON)

    assert routed.now == 2
    (news,) = queued_texts(sample, CURATOR.user_id)
    assert "Bydlení · Ústecký kraj</b>\n• Azylový dům Nová střecha Děčín" in news  # housing covers shelters
    (prison_news,) = queued_texts(sample, educator.user_id)
    assert f"{OPAVA}</b>\n• Mentoring za zdí Opava" in prison_news
    assert queued_texts(sample, other_region.user_id) == []
    assert queued_texts(sample, unrelated.user_id) == []

    # the same import seen again announces nothing new
    assert announce_new_services(sample, before=act(sample, active_service_ids), now=NOON).total == 0


def test_free_places_news_goes_to_followers_but_not_to_who_changed_it(sample: Engine) -> None:
    worker = member_of(sample, "Most naděje", user_id=90)
    shelter = act(sample, capacity.places, who=worker)[0]
    act(sample, subscriptions.follow_service, who=CURATOR, service_id=shelter.service_id)
    act(sample, subscriptions.follow_service, who=Who(90, "ngo", True), service_id=shelter.service_id)

    act(sample, capacity.set_available, who=worker, capacity_id=shelter.capacity_id, available=0, now=NOON)
    act(sample, capacity.set_available, who=worker, capacity_id=shelter.capacity_id, available=0, now=NOON)
    act(sample, capacity.set_available, who=worker, capacity_id=shelter.capacity_id, available=3, now=NOON)
    act(sample, capacity.set_available, who=worker, capacity_id=shelter.capacity_id, available=2, now=NOON)

    assert queued_texts(sample, CURATOR.user_id) == [
        "🛏 <b>Azylový dům Most naděje Ostrava</b>: je plno.",
        "🛏 <b>Azylový dům Most naděje Ostrava</b>: uvolnila se místa (volno 3).",
    ]  # 0 -> 0 and 3 -> 2 are not news
    assert queued_texts(sample, 90) == []
