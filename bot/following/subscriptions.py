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

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from bot.clock import utc_now
from bot.database import unit_of_work
from bot.directory.services import need_names
from bot.following.notifications import DEFAULT_ZONE, Routed, notify
from bot.kb import profile
from bot.models import Location, Organization, Service
from bot.network.permissions import Who, can
from bot.refusals import NotAllowed
from bot.search.answering import Constraints, matching
from bot.search.catalog import Catalog, load_catalog
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


def follow_service(*, session: Session, who: Who, service_id: str) -> bool:
    """Subscribe; False when the person already follows it."""
    return _follow(session, who, kind="service", service_id=service_id)


def follow_need_in_region(*, session: Session, who: Who, need: str, region: str) -> bool:
    if need not in profile.CODES[profile.NEED]:
        raise ValueError(f"unknown need {need!r}")
    if region not in {r.name for r in load_regions()}:
        raise ValueError(f"unknown region {region!r}")
    return _follow(session, who, kind="need_region", need=need, region=region)


def follow_prison(*, session: Session, who: Who, prison_id: str) -> bool:
    return _follow(session, who, kind="prison", prison_id=prison_id)


def _follow(session: Session, who: Who, *, kind: str, **scope: str) -> bool:
    if not can(who, "subscribe"):
        raise NotAllowed(kind)
    same = [Subscription.user_id == who.user_id, Subscription.kind == kind]
    same += [getattr(Subscription, name) == value for name, value in scope.items()]
    if session.exec(select(Subscription.id).where(*same)).first() is not None:
        return False
    session.add(
        Subscription.model_validate({"user_id": who.user_id, "kind": kind, "created_at": utc_now(), **scope})
    )
    return True


def unfollow(*, session: Session, user_id: int, subscription_id: int) -> bool:
    """Stop following; False when there was no such subscription of this person."""
    found = session.get(Subscription, subscription_id)
    if found is None or found.user_id != user_id:
        return False
    session.delete(found)
    return True


def followed(*, session: Session, user_id: int) -> list[Followed]:
    """What the person follows, services first, each with a label to show."""
    rows = session.exec(
        select(Subscription).where(Subscription.user_id == user_id).order_by(col(Subscription.id))
    ).all()
    service_ids = [row.service_id for row in rows if row.service_id]
    prison_ids = [row.prison_id for row in rows if row.prison_id]
    services = {s.id: s.name for s in session.exec(select(Service).where(col(Service.id).in_(service_ids)))}
    prisons = {p.id: p.name for p in session.exec(select(Location).where(col(Location.id).in_(prison_ids)))}
    needs = need_names(session=session)
    found: list[Followed] = []
    for row in rows:
        assert row.id is not None
        if row.kind == "service" and row.service_id in services:
            found.append(Followed(row.id, row.kind, services[row.service_id]))
        elif row.kind == "need_region" and row.need and row.region:
            found.append(Followed(row.id, row.kind, f"{needs.get(row.need, row.need)} · {row.region}"))
        elif row.kind == "prison" and row.prison_id in prisons:
            found.append(Followed(row.id, row.kind, prisons[row.prison_id] or row.prison_id))
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
        select(Subscription.user_id).where(
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


def active_service_ids(*, session: Session) -> set[str]:
    return set(session.exec(select(Service.id).where(Service.status == "active")))


def announce_new_services(
    engine: Engine, *, before: set[str], now: datetime, stale_days: int = 7, zone: tzinfo = DEFAULT_ZONE
) -> Routed:
    """After an import: tell the followers of a need in a region, or of a prison, about the
    active services that were not active `before`. Scopes are matched exactly as answers are
    (the catalog the answer engine uses); every notification commits in one unit of work."""
    catalog = load_catalog(engine)
    new = {n for n, service_id in enumerate(catalog.service_ids) if service_id not in before}
    if not new:
        return Routed()
    with unit_of_work(engine) as session:
        return _announce(session, catalog, new, now=now, stale_days=stale_days, zone=zone)


def _announce(
    session: Session, catalog: Catalog, new: set[int], *, now: datetime, stale_days: int, zone: tzinfo
) -> Routed:
    scoped = session.exec(
        select(Subscription).where(col(Subscription.kind).in_(("need_region", "prison")))
    ).all()
    needs = need_names(session=session)
    # user -> [(scope label, new service numbers)]
    found: dict[int, list[tuple[str, list[int]]]] = defaultdict(list)
    for sub in scoped:
        if sub.kind == "need_region" and sub.need and sub.region:
            wanted = Constraints(needs=frozenset({sub.need}), regions=frozenset({sub.region}))
            hits = matching(catalog, wanted, now, stale_days) & new
            label = f"{needs.get(sub.need, sub.need)} · {sub.region}"
        elif sub.kind == "prison" and sub.prison_id:
            hits = catalog.prison_services.get(sub.prison_id, set()) & new
            prison = catalog.prisons.get(sub.prison_id)
            label = prison.name if prison else sub.prison_id
        else:
            continue
        if hits:
            found[sub.user_id].append((label, sorted(hits, key=lambda n: catalog.service_names[n])))
    if not found:
        return Routed()
    organizations = {o.id: o.name for o in session.exec(select(Organization))}
    new_ids = [catalog.service_ids[n] for n in new]
    names = {s.id: s.name for s in session.exec(select(Service).where(col(Service.id).in_(new_ids)))}
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
