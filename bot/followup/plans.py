"""Release plans ("🗓 Plán propuštění"): from "my client leaves prison X on day D for town Y and
needs ..." to fitting services, handovers under one case code, reminders and a case conference.

A plan holds only what the worker may tell Spojka: the release day, the origin prison, the
destination town, the needs and the screening answers (bot/directory/eligibility.py). For each
need the services are read from the answer engine's catalog (the same sets the answers use):
those in or serving the destination town first, each checked by the same eligibility rules;
where none fits locally, the nearest that does (knowledge/gazetteer.csv), and whether that is
still in the region. Chosen services become handovers under the plan's case code (each
provider sees only its own, bot/followup/handovers.py); the worker is reminded 30 and 7 days
before the release and on the day; a case conference is an event for the chosen providers'
members only (bot/events/listed.py).
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache

from sqlalchemy import Engine, delete, update
from sqlmodel import Session, col, select

from bot.clock import aware, utc_now
from bot.database import unit_of_work
from bot.directory import eligibility
from bot.directory.services import Free, service_details
from bot.events import listed
from bot.followup import handovers
from bot.followup.reminders import split_when
from bot.kb import profile
from bot.models import Address, Location, ServiceAtLocation
from bot.network.permissions import Who, can
from bot.network.registration import chosen_language, members_in
from bot.privacy import find_personal_data
from bot.refusals import InvalidValue, NotAllowed
from bot.search.index import SearchIndex, knowledge_file
from bot.search.understanding import understand
from bot.text.czech import fold
from bot.text.dates import NotUnderstood, read_day
from bot.text.i18n import czech_date, escape, text
from bot.user_models import Handover, ReleasePlan, ReleasePlanItem, Reminder

QUESTIONS = tuple(eligibility.QUESTIONS)
UNKNOWN = "-"
NO_ANSWERS = UNKNOWN * len(QUESTIONS)
REMIND_DAYS = (30, 7, 0)  # before the release; 0: on the day
REMINDER_HOUR = time(9, 0)
SHOWN = 4  # services offered per need
NEAREST_CHECKED = 80  # candidates beyond the town checked for eligibility, nearest first
VERDICT_ORDER = {"fits": 0, "unknown": 1, "no": 2}


# -- reading the first sentence ----------------------------------------------------------------
@dataclass
class Draft:
    """What a sentence (or the steps after it) told about the client's release."""

    release_date: date | None = None
    origin_prison_id: str = ""
    town: str = ""  # as written in the knowledge base
    region: str = ""
    needs: list[str] = field(default_factory=list)
    answers: str = NO_ANSWERS

    @property
    def gaps(self) -> list[str]:
        """What is still missing before a plan can be made, in the order it is asked."""
        missing = []
        if self.release_date is None:
            missing.append("release")
        if not self.town:
            missing.append("town")
        if not self.needs:
            missing.append("needs")
        return missing


# Phrases that answer a screening question (folded, matched as whole words or word starts).
_ANSWER_PHRASES: tuple[tuple[str, str, str], ...] = (
    (r"\b(klientka|zena|zeny|matka)\b", "gender", "f"),
    (r"\b(klient|muz|muze|otec)\b", "gender", "m"),
    (r"\b(mladistv\w*|nezletil\w*)\b", "age", "a"),
    (r"\b(senior\w*|duchodce|duchodkyne)\b", "age", "d"),
    # the screening asks about an active addiction: after treatment, abstinent is "no"
    (r"\b(bez (zavislosti|drog)|po lecbe|abstin\w*|vylecen\w*|doleceni)\b", "addiction", "n"),
    (r"\b(lecb\w*|zavisl\w*|drog\w*|alkohol\w*|toxikoman\w*|pervitin\w*|uziva)\b", "addiction", "y"),
    (r"\bbez (dluhu|exekuci)\b", "debts", "n"),
    (r"\b(dluh\w*|dluzi|exekuc\w*|insolvenc\w*|oddluz\w*)\b", "debts", "y"),
    (r"\b(bez dokladu|nema (obcank\w*|op|doklad\w*)|neplatn\w* (op|obcank\w*|doklad\w*))\b", "valid_id", "n"),
    (r"\b(ma (obcank\w*|op|doklad\w*)|platn\w* (op|obcank\w*|doklad\w*))\b", "valid_id", "y"),
    (r"\b(bez dohledu)\b", "probation", "n"),
    (r"\b(dohled\w*|probac\w*|podminen\w*|pms)\b", "probation", "y"),
)
_AGE = re.compile(r"\b(\d{2}) ?(let|lety|roku)\b")
_DATE_HINT = re.compile(r"\d|zitra|pozitri|za |ledn|unor|brez|dub|kvet|cerv|srp|zari|rij|listop|prosin")


def valid_answers(answers: str) -> bool:
    return len(answers) == len(QUESTIONS) and all(
        letter == UNKNOWN or letter in eligibility.QUESTIONS[name]
        for name, letter in zip(QUESTIONS, answers, strict=True)
    )


def answers_in(sentence: str) -> str:
    """The screening answers a sentence gives ("je po léčbě" -> no active addiction, "dluhy" ->
    owes the town), "-" where it says nothing. The first phrase that answers a question wins."""
    folded = " ".join(fold(sentence).lower().replace(",", " ").replace(".", " ").split())
    given: dict[str, str] = {}
    for pattern, question, letter in _ANSWER_PHRASES:
        if question not in given and re.search(pattern, folded):
            given[question] = letter
    age = _AGE.search(folded)
    if age:
        years = int(age.group(1))
        given["age"] = next(
            (band for band, (low, high) in eligibility.AGE_BANDS.items() if low <= years <= high), UNKNOWN
        )
    return "".join(given.get(question, UNKNOWN) for question in QUESTIONS)


def release_in(sentence: str, *, today: date) -> date | None:
    """The first run of words that reads as a day ("15. 3.", "za 3 týdny", "1. dubna"), the
    longest such run from the earliest start; None when there is none."""
    pieces = sentence.replace(",", " ").split()
    for start in range(len(pieces)):
        best: date | None = None
        for end in range(start + 1, min(len(pieces), start + 4) + 1):
            piece = " ".join(pieces[start:end])
            if not _DATE_HINT.search(fold(piece).lower()):
                continue
            try:
                best = read_day(piece, today=today)
            except NotUnderstood:
                continue
        if best is not None:
            return best
    return None


def _plain(text: str) -> str:
    return " ".join(fold(text).lower().replace("-", " ").split())


def _role_of_place(sentence_words: list[str], reading_text: str) -> str:
    """ "z Heřmanic" -> origin; "do Ostravy", "v Ostravě", "cíl Ostrava" -> destination; a
    town without such a word -> "town" (a destination when nothing says better)."""
    first = reading_text.split()[0] if reading_text else ""
    for position, word in enumerate(sentence_words):
        if word == first and position > 0:
            before = sentence_words[position - 1]
            if before in ("z", "ze", "od"):
                return "origin"
            if before in ("do", "v", "ve", "na", "cil", "k", "ke"):
                return "destination"
    return "town"


def read_sentence(sentence: str, index: SearchIndex, *, today: date) -> Draft:
    """A plan's draft from one sentence, read by the answer engine's understanding and read_day.

    The sentence is not stored, yet one with a name or a birth date is refused (InvalidValue
    with the findings): the worker learns to describe the client without them."""
    found = understand(sentence, index)
    read = [*found.readings, *found.set_aside]
    places = [_plain(r.text) for r in read if r.kind in ("town", "prison", "region") and not r.typos]
    # "Karlovy Vary", "Labem-Stará Boleslav" read like names; a place the engine knows is not one
    findings = [
        f
        for f in find_personal_data(sentence, today=today)
        if not (f.reason == "privacy.name" and any(_plain(f.excerpt) in place for place in places))
    ]
    if findings:
        raise InvalidValue("plan.personal_data", findings)
    draft = Draft(answers=answers_in(sentence))
    day = release_in(sentence, today=today)
    if day is not None and today - timedelta(days=30) <= day <= today + timedelta(days=3 * 365):
        draft.release_date = day
    catalog = index.catalog
    folded_words = [fold(w).lower().strip(".,;:!?") for w in sentence.split()]
    draft.needs = [n for n in found.needs if n in profile.CODES[profile.NEED]]
    if draft.answers[QUESTIONS.index("valid_id")] == "n" and "documents" not in draft.needs:
        draft.needs.append("documents")  # "bez dokladů": not a need set aside, papers to arrange
    # The engine sets the place a client leaves aside as "background" ("z Heřmanic"); a prison
    # it did read is the origin too (a plan's client is leaving one).
    background = [r for r in found.set_aside if r.note == "background"]
    draft.origin_prison_id = next(
        (
            r.value
            for r in [*background, *found.readings]
            if r.kind == "prison" and r.value in catalog.prisons
        ),
        "",
    )
    towns: dict[str, list[str]] = {"destination": [], "town": []}
    for reading in [*found.readings, *background]:
        if reading.kind != "town":
            continue
        role = "origin" if reading in background else _role_of_place(folded_words, fold(reading.text))
        if role == "origin":
            draft.origin_prison_id = draft.origin_prison_id or _prison_in_town(index, reading.value)
        else:
            towns[role].append(reading.value)
    chosen = towns["destination"] or towns["town"]
    if chosen:
        draft.town = catalog.towns.get(chosen[0], chosen[0])
    if not draft.town:  # "z vazební věznice X, cíl Y": next to a prison word, Y was read as a prison
        draft.town = _town_after_marker(sentence, index)
    draft.region = region_of(index, draft.town)
    return draft


_DESTINATION = re.compile(r"(?:^|\s)(?:do|cil|v|ve|na|k|ke)\s+([^,.;]+)")


def _town_after_marker(sentence: str, index: SearchIndex) -> str:
    """The town named right after "do"/"cíl"/"v" (up to four words, up to a comma), read on
    its own: without the sentence's prison words it is a town."""
    for match in _DESTINATION.finditer(fold(sentence).lower()):
        phrase = " ".join(match.group(1).split()[:4])
        try:
            return read_town(phrase, index)[0]
        except InvalidValue:
            continue
    return ""


def _prison_in_town(index: SearchIndex, town_key: str) -> str:
    for prison in index.catalog.prisons.values():
        if fold(prison.town) == town_key:
            return prison.location_id
    return ""


def region_of(index: SearchIndex, town: str) -> str:
    return index.catalog.town_region.get(fold(town), "") if town else ""


def read_town(typed: str, index: SearchIndex) -> tuple[str, str]:
    """(town, region) from what a worker typed ("Ostrava", "do Ostravy"); InvalidValue if none."""
    found = understand(typed, index)
    for reading in found.readings:
        if reading.kind == "town":
            town = index.catalog.towns.get(reading.value, reading.value)
            return town, region_of(index, town)
    for prison_id in found.prisons:
        town = index.catalog.prisons[prison_id].town
        return town, region_of(index, town)
    raise InvalidValue("plan.bad_town")


# -- distances ---------------------------------------------------------------------------------------
@cache
def gazetteer() -> dict[str, tuple[float, float]]:
    """Folded town name -> (latitude, longitude) from knowledge/gazetteer.csv."""
    with open(knowledge_file("gazetteer.csv"), encoding="utf-8", newline="") as handle:
        return {
            fold(row["name"]): (float(row["latitude"]), float(row["longitude"]))
            for row in csv.DictReader(handle)
        }


def kilometres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine): plenty for "which is nearer"."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@dataclass
class _Derived:
    """What plans need from a catalog beyond the answers' indexes, built once per catalog."""

    catalog: object
    towns: dict[int, list[str]]  # service number -> folded towns it is located in
    numbers: dict[str, int]  # service id -> number


_DERIVED: list[_Derived] = []


def _derived(index: SearchIndex) -> _Derived:
    catalog = index.catalog
    if _DERIVED and _DERIVED[0].catalog is catalog:
        return _DERIVED[0]
    towns: dict[int, list[str]] = {}
    for town, numbers in catalog.town_services.items():
        for number in numbers:
            towns.setdefault(number, []).append(town)
    derived = _Derived(catalog, towns, {service_id: n for n, service_id in enumerate(catalog.service_ids)})
    _DERIVED[:] = [derived]
    return derived


def _service_towns(index: SearchIndex) -> dict[int, list[str]]:
    return _derived(index).towns


def _numbers(index: SearchIndex) -> dict[str, int]:
    return _derived(index).numbers


# -- the options for one need ----------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    number: int  # in the catalog
    service_id: str
    name: str
    organization: str
    town: str
    kilometres: float | None
    verdict: str  # fits, no, unknown
    reasons: tuple[tuple[str, dict[str, object]], ...]
    free: tuple[Free, ...]
    assured: date | None
    local: bool


@dataclass(frozen=True)
class NeedOptions:
    need: str
    candidates: tuple[Candidate, ...]
    local_fit: bool  # something in or serving the town fits (or may fit)
    in_region: bool  # something that fits is in the region (or serves it)


def options(
    *,
    session: Session,
    index: SearchIndex,
    town: str,
    region: str,
    need: str,
    answers: str,
    exclude: Iterable[str] = (),
    shown: int = SHOWN,
) -> NeedOptions:
    """Services for one need at the destination, each checked against the answers.

    In or serving the town first (fresher and more free places first, as answers order
    them); when none of those fits, the nearest located ones that fit and one nationwide
    (a phone line, online) that fits; when one fits here, the nearest further one too, for a
    choice. `exclude`: services tried already (a provider declined)."""
    catalog = index.catalog
    numbers = _numbers(index)
    skip = {numbers[service_id] for service_id in exclude if service_id in numbers}
    wanted = catalog.need_under.get(need, set()) - skip
    key = fold(town)
    local = wanted & (catalog.town_services.get(key, set()) | catalog.area_services.get(key, set()))
    in_region_set = (
        wanted & (catalog.area_services.get(fold(region), set()) | catalog.located_in_region(region))
        if region
        else set()
    )
    distance = _distances_from(index, key)
    local_order = sorted(local, key=lambda n: (-catalog.tie[n], n))
    checked = _checked(session, index, local_order[: shown * 3], answers, local=True, distance=distance)
    result = sorted(checked, key=lambda c: VERDICT_ORDER[c.verdict])[:shown]
    local_fit = any(c.verdict != "no" for c in checked)
    in_region = local_fit
    fitting = sum(c.verdict == "fits" for c in checked)
    if fitting < 2:  # a choice: the nearest beyond the town as well
        located = sorted(
            (n for n in wanted - local if n in _service_towns(index)), key=lambda n: (distance(n), n)
        )
        nearest = _first_fitting(
            session, index, located[:NEAREST_CHECKED], answers, distance, wanted=2 - fitting
        )
        if not fitting:  # nothing here: a phone line or an online service may do meanwhile
            remote = sorted((wanted & catalog.nationwide) - local, key=lambda n: (-catalog.tie[n], n))
            nearest += _first_fitting(session, index, remote[:NEAREST_CHECKED], answers, distance, wanted=1)
        in_region = local_fit or any(c.number in in_region_set for c in nearest)
        result = result[: max(1, shown - len(nearest))] + nearest
    return NeedOptions(need, tuple(result), local_fit, in_region)


def _distances_from(index: SearchIndex, town_key: str) -> Callable[[int], float]:
    """Service number -> km from the town to the nearest town the service is located in
    (infinite when either place is not in the gazetteer)."""
    places = gazetteer()
    here = places.get(town_key)
    towns_of = _service_towns(index)
    per_town: dict[str, float] = {}

    def town_distance(town: str) -> float:
        if town not in per_town:
            there = places.get(town)
            per_town[town] = kilometres(here, there) if here and there else math.inf
        return per_town[town]

    def distance(number: int) -> float:
        return min((town_distance(t) for t in towns_of.get(number, ())), default=math.inf)

    return distance


def _first_fitting(
    session: Session,
    index: SearchIndex,
    order: list[int],
    answers: str,
    distance: Callable[[int], float],
    *,
    wanted: int,
) -> list[Candidate]:
    found: list[Candidate] = []
    for start in range(0, len(order), 20):
        for candidate in _checked(
            session, index, order[start : start + 20], answers, local=False, distance=distance
        ):
            if candidate.verdict == "fits":
                found.append(candidate)
                if len(found) == wanted:
                    return found
    return found


def _checked(
    session: Session,
    index: SearchIndex,
    numbers: list[int],
    answers: str,
    *,
    local: bool,
    distance: Callable[[int], float],
) -> list[Candidate]:
    catalog = index.catalog
    ids = [catalog.service_ids[n] for n in numbers]
    details = service_details(session=session, service_ids=ids)
    found = []
    for number, service_id in zip(numbers, ids, strict=True):
        service = details.get(service_id)
        if service is None:
            continue
        verdict = eligibility.check(service, eligibility.from_positional(answers))
        far = distance(number)
        found.append(
            Candidate(
                number=number,
                service_id=service_id,
                name=service.name,
                organization=service.organization,
                town=", ".join(service.towns[:2]),
                kilometres=None if far == math.inf else round(far),
                verdict=verdict.outcome,
                reasons=tuple(verdict.reasons),
                free=tuple(service.capacity),
                assured=service.assured,
                local=local,
            )
        )
    return found


# -- plans ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    id: int
    need: str
    service_id: str
    service_name: str
    handover_id: int | None
    handover_status: str  # "" before it was handed over


@dataclass(frozen=True)
class PlanView:
    id: int
    code: str
    worker_id: int | None
    release_date: date | None
    origin_prison_id: str
    town: str
    region: str
    needs: tuple[str, ...]
    answers: str
    status: str
    conference_event_id: int | None
    items: tuple[Item, ...]
    created_at: datetime

    def chosen(self, need: str) -> list[Item]:
        return [item for item in self.items if item.need == need]

    def declined(self) -> list[Item]:
        return [item for item in self.items if item.handover_status == "declined"]


def _view(session: Session, row: ReleasePlan) -> PlanView:
    assert row.id is not None
    items = session.exec(
        select(ReleasePlanItem).where(ReleasePlanItem.plan_id == row.id).order_by(col(ReleasePlanItem.id))
    ).all()
    handover_ids = [i.handover_id for i in items if i.handover_id is not None]
    statuses = (
        dict(
            session.exec(select(Handover.id, Handover.status).where(col(Handover.id).in_(handover_ids))).all()
        )
        if handover_ids
        else {}
    )
    return PlanView(
        id=row.id,
        code=row.code,
        worker_id=row.worker_id,
        release_date=row.release_date,
        origin_prison_id=row.origin_prison_id or "",
        town=row.town,
        region=row.region,
        needs=tuple(n for n in row.needs.split(";") if n),
        answers=row.answers or NO_ANSWERS,
        status=row.status,
        conference_event_id=row.conference_event_id,
        items=tuple(
            Item(
                i.id or 0,
                i.need,
                i.service_id,
                i.service_name,
                i.handover_id,
                statuses.get(i.handover_id, ""),
            )
            for i in items
        ),
        created_at=aware(row.created_at),
    )


def _require(who: Who) -> None:
    if not can(who, "hand_over"):
        raise NotAllowed(who.user_id)


def _own(session: Session, who: Who, plan_id: int) -> ReleasePlan:
    row = session.get(ReleasePlan, plan_id)
    if row is None:
        raise LookupError(plan_id)
    if row.worker_id != who.user_id or not who.approved:
        raise NotAllowed(plan_id)  # a plan is its worker's alone (providers see their handovers)
    return row


def create(
    *, session: Session, who: Who, draft: Draft, now: datetime | None = None, zone: tzinfo = UTC
) -> PlanView:
    """A new plan with a fresh case code, and the worker's reminders around the release."""
    _require(who)
    moment = now or utc_now()
    today = moment.astimezone(zone).date()
    if draft.release_date is not None:
        handovers.check_release(draft.release_date, today=today)
    if not draft.town:
        raise InvalidValue("plan.bad_town")
    needs = [n for n in dict.fromkeys(draft.needs) if n in profile.CODES[profile.NEED]]
    if not needs:
        raise InvalidValue("plan.no_needs")
    if not valid_answers(draft.answers):
        raise InvalidValue("plan.bad_answers")
    for _ in range(20):
        code = handovers.new_code()
        if not handovers.code_taken(session, code):
            break
    row = ReleasePlan(
        code=code,
        worker_id=who.user_id,
        worker_organization_id=who.organization_id,
        release_date=draft.release_date,
        origin_prison_id=draft.origin_prison_id or None,
        town=draft.town,
        region=draft.region,
        needs=";".join(needs),
        answers=draft.answers,
        status="open",
        created_at=moment,
        updated_at=moment,
    )
    session.add(row)
    session.flush()
    _remind(session, row, who, moment, zone)
    return _view(session, row)


def _remind(session: Session, row: ReleasePlan, who: Who, moment: datetime, zone: tzinfo) -> None:
    """The worker's reminders 30 and 7 days before the release and on the day (personal
    reminders: they show in /pripomen and can be cancelled there)."""
    if row.release_date is None:
        return
    language = chosen_language(session=session, user_id=who.user_id)
    ids = []
    for days in REMIND_DAYS:
        due = datetime.combine(
            row.release_date - timedelta(days=days), REMINDER_HOUR, tzinfo=zone
        ).astimezone(UTC)
        if due <= moment:
            continue
        key = "plan.reminder_day" if days == 0 else "plan.reminder_before"
        message = text(
            language, key, code=row.code, days=days, date=czech_date(row.release_date), town=row.town
        )
        reminder = Reminder(
            kind="personal",
            user_id=who.user_id,
            text=message,
            due_at=due,
            status="pending",
            created_at=moment,
        )
        session.add(reminder)
        session.flush()
        ids.append(str(reminder.id))
    row.reminder_ids = ";".join(ids)


def get(*, session: Session, who: Who, plan_id: int) -> PlanView:
    return _view(session, _own(session, who, plan_id))


def plans_of(*, session: Session, who: Who, include_closed: bool = False, limit: int = 30) -> list[PlanView]:
    query = select(ReleasePlan).where(ReleasePlan.worker_id == who.user_id)
    if not include_closed:
        query = query.where(ReleasePlan.status == "open")
    rows = session.exec(query.order_by(col(ReleasePlan.id).desc()).limit(limit)).all()
    return [_view(session, row) for row in rows]


def choose(
    *, session: Session, who: Who, plan_id: int, need: str, service_id: str, now: datetime | None = None
) -> PlanView:
    """Mark a service for a need (again: unmark it, unless it was handed over already)."""
    row = _own(session, who, plan_id)
    if row.status != "open":
        raise InvalidValue("plan.closed")
    if need not in row.needs.split(";"):
        raise LookupError(need)
    existing = session.exec(
        select(ReleasePlanItem).where(
            ReleasePlanItem.plan_id == plan_id,
            ReleasePlanItem.need == need,
            ReleasePlanItem.service_id == service_id,
        )
    ).first()
    if existing is not None:
        if existing.handover_id is None:
            session.delete(existing)
            session.flush()
        return _view(session, row)
    details = service_details(session=session, service_ids=[service_id]).get(service_id)
    if details is None:
        raise LookupError(service_id)
    session.add(
        ReleasePlanItem(
            plan_id=plan_id,
            need=need,
            service_id=service_id,
            service_name=details.name,
            created_at=now or utc_now(),
        )
    )
    session.flush()
    return _view(session, row)


def hand_over(
    *, session: Session, who: Who, plan_id: int, now: datetime | None = None, zone: tzinfo = UTC
) -> list[handovers.HandoverView]:
    """Every chosen service not yet handed over gets a handover under the plan's case code
    (consent is asked by the caller before this); each provider is told of its own only."""
    row = _own(session, who, plan_id)
    if row.status != "open":
        raise InvalidValue("plan.closed")
    items = session.exec(
        select(ReleasePlanItem).where(
            ReleasePlanItem.plan_id == plan_id, col(ReleasePlanItem.handover_id).is_(None)
        )
    ).all()
    if not items:
        raise InvalidValue("plan.nothing_chosen")
    # (a service may serve two needs: one handover, naming both when chosen together)
    by_service: dict[str, list[ReleasePlanItem]] = {}
    for item in items:
        by_service.setdefault(item.service_id, []).append(item)
    made = []
    for service_id, chosen in by_service.items():
        earlier = session.exec(
            select(Handover).where(Handover.code == row.code, Handover.service_id == service_id)
        ).first()
        if earlier is not None:  # the same service for another need: the handover it already has
            for item in chosen:
                item.handover_id = earlier.id
            continue
        handover = handovers.create(
            session=session,
            who=who,
            service_id=service_id,
            needs=[item.need for item in chosen],
            release_date=row.release_date,
            consent=True,
            now=now,
            zone=zone,
            code=row.code,
            remind_referrer=False,
        )
        for item in chosen:
            item.handover_id = handover.id
        made.append(handover)
    row.updated_at = now or utc_now()
    return made


def read_conference(typed: str, *, now: datetime, zone: tzinfo) -> tuple[datetime, str, str]:
    """(when, place, link) from "20. 2. v 10:00 Ostrava, Sokolská 1 https://meet…": the moment
    first, then the place and/or an online link. NotUnderstood for a moment it cannot read;
    InvalidValue("plan.personal_data", findings) for a place that names a person (an
    organisation's address is no person's: "Sokolská 1" passes)."""
    starts_at, rest = split_when(typed, now=now, zone=zone)
    words = rest.split()
    link = next((w for w in words if w.startswith(("https://", "http://"))), "")
    place = " ".join(w for w in words if w != link).strip(" ,")
    # where providers meet, like an event's place: an office's address belongs, a person never
    findings = find_personal_data(place, public=True)
    if findings:
        raise InvalidValue("plan.personal_data", findings)
    return starts_at, place, link


def conference(
    *,
    session: Session,
    who: Who,
    plan_id: int,
    starts_at: datetime,
    place: str,
    link: str,
    now: datetime | None = None,
    zone: tzinfo = UTC,
) -> int:
    """A case conference: an event whose audience is the chosen providers' approved members
    (and the worker); returns how many were invited."""
    row = _own(session, who, plan_id)
    plan = _view(session, row)
    organizations = dict.fromkeys(
        handovers.get(session=session, who=who, handover_id=item.handover_id).organization_id
        for item in plan.items
        if item.handover_id is not None and item.handover_status not in ("declined", "closed")
    )
    people = [
        member.user_id for org in organizations for member in members_in(session=session, organization_id=org)
    ]
    if not people:
        raise InvalidValue("plan.no_conference_audience")
    title = text("cs", "plan.conference_title", code=row.code)
    event_id, invited = listed.invite(
        session=session,
        who=who,
        title=title,
        starts_at=starts_at,
        place=place,
        link=link,
        user_ids=[*dict.fromkeys([*people, who.user_id])],
        now=now,
        zone=zone,
    )
    row.conference_event_id = event_id
    return invited


def close(*, session: Session, who: Who, plan_id: int, now: datetime | None = None) -> PlanView:
    """The plan is done: its reminders are cancelled (its handovers stay with the providers)."""
    row = _own(session, who, plan_id)
    moment = now or utc_now()
    row.status, row.closed_at, row.updated_at = "closed", moment, moment
    ids = [int(i) for i in row.reminder_ids.split(";") if i]
    if ids:
        session.execute(
            update(Reminder)
            .where(col(Reminder.id).in_(ids), col(Reminder.status) == "pending")
            .values(status="cancelled")
        )
    return _view(session, row)


# -- what the worker reads and what the client carries ----------------------------------------------
def candidate_line(candidate: Candidate, language: str, *, today: date, stale_days: int = 7) -> str:
    """One service as a plan shows it (Telegram HTML): verdict, name, where, free places and
    how fresh they are."""
    mark = {"fits": "✅", "unknown": "❔", "no": "⛔"}[candidate.verdict]
    parts = [f"{mark} {escape(candidate.name)}"]
    if candidate.town:
        where = escape(candidate.town)
        if candidate.kilometres:
            where += f" ({text(language, 'plan.km', km=candidate.kilometres)})"
        parts.append(where)
    else:
        parts.append(text(language, "plan.nationwide"))
    if candidate.free:
        newest = max(candidate.free, key=lambda f: f.updated)
        age = (today - newest.updated.date()).days
        key = "plan.free_stale" if age > stale_days else "plan.free"
        parts.append(text(language, key, count=newest.available, date=czech_date(newest.updated)))
    elif candidate.assured:
        parts.append(text(language, "plan.assured", date=czech_date(candidate.assured)))
    line = " · ".join(parts)
    if candidate.verdict != "fits" and candidate.reasons:
        why = "; ".join(
            text(language, f"eligibility.reason.{key}", **values) for key, values in candidate.reasons
        )
        line += "\n   " + text(language, f"plan.verdict.{candidate.verdict}", why=why)
    return line


def client_text(*, session: Session, who: Who, plan_id: int, language: str, needs: dict[str, str]) -> str:
    """Plain text for the client's file: services, addresses, phones, dates. No staff-only
    contacts (contact persons' names, phones and e-mails are left out)."""
    plan = get(session=session, who=who, plan_id=plan_id)
    chosen = [item for item in plan.items if item.handover_status not in ("declined",)]
    details = service_details(session=session, service_ids=[item.service_id for item in chosen])
    addresses = _addresses(session, [item.service_id for item in chosen])
    lines = [text(language, "plan.client_title", code=plan.code)]
    if plan.release_date:
        lines.append(
            text(language, "plan.client_release", date=czech_date(plan.release_date), town=plan.town)
        )
    for item in chosen:
        service = details.get(item.service_id)
        if service is None:
            continue
        lines += ["", f"{needs.get(item.need, item.need)}: {service.name} ({service.organization})"]
        lines += [f"  {address}" for address in addresses.get(item.service_id, [])]
        if service.phones:
            lines.append("  " + text(language, "plan.client_phone", phones=", ".join(service.phones)))
        if service.url:
            lines.append(f"  {service.url}")
    return "\n".join(lines)


def _addresses(session: Session, service_ids: list[str]) -> dict[str, list[str]]:
    rows = session.exec(
        select(ServiceAtLocation.service_id, Address)
        .join(Location, col(Location.id) == ServiceAtLocation.location_id)
        .join(Address, col(Address.location_id) == Location.id)
        .where(col(ServiceAtLocation.service_id).in_(service_ids))
    ).all()
    found: dict[str, list[str]] = {}
    for service_id, address in rows:
        line = ", ".join(p for p in (address.address_1, address.postal_code, address.city) if p)
        if line and line not in found.setdefault(service_id, []):
            found[service_id].append(line)
    return found


def gaps_by_region(*, session: Session, since: datetime) -> list[tuple[str, str, int]]:
    """(region, need, plans) where a plan built since then found nothing fitting in the
    client's region, most first: what the register lacks for real clients."""
    counted: dict[tuple[str, str], int] = {}
    rows = session.exec(
        select(ReleasePlan.region, ReleasePlan.gaps).where(col(ReleasePlan.created_at) >= since)
    )
    for region, gaps in rows:
        for need in (n for n in gaps.split(";") if n):
            counted[(region, need)] = counted.get((region, need), 0) + 1
    return sorted(((r, n, c) for (r, n), c in counted.items()), key=lambda item: (-item[2], item[0], item[1]))


# -- retention -------------------------------------------------------------------------------------
def anonymise_closed(engine: Engine, *, now: datetime | None = None, retention_days: int = 365) -> int:
    """Closed plans older than the retention lose their link to the worker and their screening
    answers, like handovers; the needs, town and dates stay for statistics."""
    moment = now or utc_now()
    with unit_of_work(engine) as session:
        old = session.exec(
            select(ReleasePlan).where(
                ReleasePlan.status == "closed",
                col(ReleasePlan.closed_at) <= moment - timedelta(days=retention_days),
                col(ReleasePlan.anonymised_at).is_(None),
            )
        ).all()
        for row in old:
            row.worker_id, row.answers, row.anonymised_at = None, NO_ANSWERS, moment
    return len(old)


def erase_worker(session: Session, user_id: int) -> int:
    """With the worker's account: open plans go (their handovers stay with the providers,
    without the worker), closed ones lose the link to the worker."""
    ids = list(
        session.exec(
            select(ReleasePlan.id).where(ReleasePlan.worker_id == user_id, ReleasePlan.status == "open")
        )
    )
    if ids:
        session.execute(delete(ReleasePlanItem).where(col(ReleasePlanItem.plan_id).in_(ids)))
        session.execute(delete(ReleasePlan).where(col(ReleasePlan.id).in_(ids)))
    session.execute(update(ReleasePlan).where(col(ReleasePlan.worker_id) == user_id).values(worker_id=None))
    return len(ids)


# -- the plan as it stands ----------------------------------------------------------------------------
@dataclass(frozen=True)
class NeedState:
    """One need of a plan: what was chosen (and what became of its handover) and what is offered."""

    need: str
    chosen: tuple[Item, ...]
    options: NeedOptions


def state(
    *, session: Session, who: Who, plan_id: int, index: SearchIndex
) -> tuple[PlanView, list[NeedState]]:
    """The plan and, per need, the options; services a provider declined are not offered again."""
    plan = get(session=session, who=who, plan_id=plan_id)
    shown = SHOWN if len(plan.needs) <= 3 else max(2, 12 // len(plan.needs))  # a page, not a book
    found = []
    for need in plan.needs:
        chosen = plan.chosen(need)
        declined = [item.service_id for item in chosen if item.handover_status == "declined"]
        found.append(
            NeedState(
                need,
                tuple(chosen),
                options(
                    session=session,
                    index=index,
                    town=plan.town,
                    region=plan.region,
                    need=need,
                    answers=plan.answers,
                    exclude=declined,
                    shown=shown,
                ),
            )
        )
    return plan, found


def choose_first_fitting(*, session: Session, who: Who, plan_id: int, index: SearchIndex) -> PlanView:
    """For every need with nothing open chosen: the first service that fits (the worker can
    change it with one tap). A need where a provider declined gets the next one. The needs
    nothing in the region fits are recorded the first time (they count in /pokryti)."""
    plan, needs = state(session=session, who=who, plan_id=plan_id, index=index)
    row = _own(session, who, plan_id)
    if not row.gaps:
        row.gaps = ";".join(need.need for need in needs if not need.options.in_region) or ";"
    for need in needs:
        if any(item.handover_status != "declined" for item in need.chosen):
            continue
        first = next((c for c in need.options.candidates if c.verdict == "fits"), None)
        if first is not None:
            plan = choose(
                session=session, who=who, plan_id=plan_id, need=need.need, service_id=first.service_id
            )
    return plan
