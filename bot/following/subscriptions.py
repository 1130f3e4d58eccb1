"""What people follow, and telling them when it matters (each the way they chose: notifications.py).

Three kinds of following:
- a service: its free places going from none to some, or from some to none;
- a need in a region ("azylové bydlení v Ústeckém kraji"): a new active service for it there;
- a prison: a new active service working in it.
The person who made a change is not told about it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import Engine, and_, delete, select
from sqlmodel import Session
from sqlmodel import select as select_model

from bot.clock import utc_now
from bot.directory.services import need_names
from bot.following.notifications import DEFAULT_ZONE, Routed, notify
from bot.kb import profile
from bot.models import Location, Organization, Service, table_of
from bot.network.permissions import Who, can
from bot.refusals import NotAllowed
from bot.search.answering import Constraints, matching
from bot.search.catalog import load_catalog
from bot.search.index import load_regions
from bot.text.i18n import text
from bot.user_models import Subscription

KINDS = ("service", "need_region", "prison")
LISTED_NEW = 8  # new services named per followed scope; the rest are counted


@dataclass(frozen=True)
class Followed:
    id: int
    kind: str
    label: str


def follow_service(engine: Engine, *, who: Who, service_id: str) -> bool:
    """Subscribe; False when the person already follows it."""
    return _follow(engine, who, kind="service", service_id=service_id)


def follow_need_in_region(engine: Engine, *, who: Who, need: str, region: str) -> bool:
    if need not in profile.CODES[profile.NEED]:
        raise ValueError(f"unknown need {need!r}")
    if region not in {r.name for r in load_regions()}:
        raise ValueError(f"unknown region {region!r}")
    return _follow(engine, who, kind="need_region", need=need, region=region)


def follow_prison(engine: Engine, *, who: Who, prison_id: str) -> bool:
    return _follow(engine, who, kind="prison", prison_id=prison_id)


def _follow(engine: Engine, who: Who, *, kind: str, **scope: str) -> bool:
    if not can(who, "subscribe"):
        raise NotAllowed(kind)
    table = table_of(Subscription)
    with engine.begin() as connection:
        same = [table.c.user_id == who.user_id, table.c.kind == kind]
        same += [table.c[name] == value for name, value in scope.items()]
        if connection.execute(select(table.c.id).where(and_(*same))).first() is not None:
            return False
        connection.execute(
            table.insert().values(user_id=who.user_id, kind=kind, created_at=utc_now(), **scope)
        )
        return True


def unfollow(engine: Engine, *, user_id: int, subscription_id: int) -> bool:
    table = table_of(Subscription)
    with engine.begin() as connection:
        result = connection.execute(
            delete(table).where(table.c.id == subscription_id, table.c.user_id == user_id)
        )
        return bool(result.rowcount)


def followed(engine: Engine, *, user_id: int) -> list[Followed]:
    """What the person follows, services first, each with a label to show."""
    sub, service, location = table_of(Subscription).c, table_of(Service).c, table_of(Location).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(sub.id, sub.kind, sub.service_id, sub.need, sub.region, sub.prison_id)
            .where(sub.user_id == user_id)
            .order_by(sub.id)
        ).all()
        services = dict(
            connection.execute(
                select(service.id, service.name).where(service.id.in_([r[2] for r in rows if r[2]]))
            ).all()
        )
        prisons = dict(
            connection.execute(
                select(location.id, location.name).where(location.id.in_([r[5] for r in rows if r[5]]))
            ).all()
        )
        needs = need_names(engine)
    found: list[Followed] = []
    for sub_id, kind, service_id, need, region, prison_id in rows:
        if kind == "service" and service_id in services:
            found.append(Followed(sub_id, kind, services[service_id]))
        elif kind == "need_region" and need and region:
            found.append(Followed(sub_id, kind, f"{needs.get(need, need)} · {region}"))
        elif kind == "prison" and prison_id in prisons:
            found.append(Followed(sub_id, kind, prisons[prison_id]))
    order = {kind: n for n, kind in enumerate(KINDS)}
    return sorted(found, key=lambda f: (order[f.kind], f.label))


def notify_capacity(
    *,
    session: Session,
    service_id: str,
    service_name: str,
    old: int,
    new: int,
    changed_by: int,
    now: datetime,
    zone: tzinfo = DEFAULT_ZONE,
) -> Routed:
    """Tell the service's followers "free places now" / "full now", in the caller's session."""
    if (old > 0) == (new > 0):
        return Routed()
    followers = session.exec(
        select_model(Subscription.user_id).where(
            Subscription.kind == "service",
            Subscription.service_id == service_id,
            Subscription.user_id != changed_by,
        )
    ).all()
    key = "follow.now_free" if new > 0 else "follow.now_full"
    return notify(
        session=session,
        batch=f"capacity:{service_id}",
        user_ids=followers,
        render=lambda language: text(language, key, name=service_name, available=new),
        now=now,
        zone=zone,
    )


def active_service_ids(engine: Engine) -> set[str]:
    service = table_of(Service).c
    with engine.connect() as connection:
        return set(connection.execute(select(service.id).where(service.status == "active")).scalars())


def announce_new_services(
    engine: Engine, *, before: set[str], now: datetime, stale_days: int = 7, zone: tzinfo = DEFAULT_ZONE
) -> Routed:
    """After an import: tell the followers of a need in a region, or of a prison, about the
    active services that were not active `before`. Scopes are matched exactly as answers are."""
    catalog = load_catalog(engine)
    new = {n for n, service_id in enumerate(catalog.service_ids) if service_id not in before}
    if not new:
        return Routed()
    sub = table_of(Subscription).c
    with engine.connect() as connection:
        scoped = connection.execute(
            select(sub.user_id, sub.kind, sub.need, sub.region, sub.prison_id).where(
                sub.kind.in_(("need_region", "prison"))
            )
        ).all()
    needs = need_names(engine)
    # user -> [(scope label, new service numbers)]
    found: dict[int, list[tuple[str, list[int]]]] = defaultdict(list)
    for user_id, kind, need, region, prison_id in scoped:
        if kind == "need_region":
            wanted = Constraints(needs=frozenset({need}), regions=frozenset({region}))
            hits = matching(catalog, wanted, now, stale_days) & new
            label = f"{needs.get(need, need)} · {region}"
        else:
            hits = catalog.prison_services.get(prison_id, set()) & new
            prison = catalog.prisons.get(prison_id)
            label = prison.name if prison else prison_id
        if hits:
            found[user_id].append((label, sorted(hits, key=lambda n: catalog.service_names[n])))
    if not found:
        return Routed()
    organizations = _organization_names(engine)
    names = _service_names(engine, [catalog.service_ids[n] for n in new])
    total = Routed()
    for user_id, scopes in found.items():

        def render(language: str, scopes: list[tuple[str, list[int]]] = scopes) -> str:
            lines = [text(language, "follow.new_services")]
            for label, numbers in scopes:
                lines.append(text(language, "follow.new_scope", scope=label))
                for n in numbers[:LISTED_NEW]:
                    org = organizations.get(catalog.org_ids[catalog.service_org[n]], "")
                    name = names.get(catalog.service_ids[n], catalog.service_names[n])
                    lines.append(text(language, "follow.new_item", name=name, organization=org))
                if len(numbers) > LISTED_NEW:
                    lines.append(text(language, "follow.new_more", count=len(numbers) - LISTED_NEW))
            lines.append(text(language, "follow.new_hint"))
            return "\n".join(lines)

        with Session(engine) as session, session.begin():
            routed = notify(
                session=session,
                batch=f"new:{now.date().isoformat()}",
                user_ids=[user_id],
                render=render,
                now=now,
                zone=zone,
            )
        total = Routed(total.now + routed.now, total.held + routed.held, total.digest + routed.digest)
    return total


def _organization_names(engine: Engine) -> dict[str, str]:
    org = table_of(Organization).c
    with engine.connect() as connection:
        return dict(connection.execute(select(org.id, org.name)).all())


def _service_names(engine: Engine, service_ids: list[str]) -> dict[str, str]:
    service = table_of(Service).c
    with engine.connect() as connection:
        return dict(
            connection.execute(select(service.id, service.name).where(service.id.in_(service_ids))).all()
        )
