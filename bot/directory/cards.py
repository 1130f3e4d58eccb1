"""Replies as the bot sends them: Telegram HTML text plus buttons, built from plain data.

No Telegram import: a Reply is text and rows of (label, callback data); the handlers turn it
into a message. Every value goes through bot.text.i18n, which escapes it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlmodel import Session

from bot.buttons import Button, Keyboard, pack
from bot.directory.eligibility import QUESTIONS, answer, check, next_question, relevant
from bot.directory.services import Person, PrisonCard, RememberedDetails, ServiceDetails, service_details
from bot.kb import profile
from bot.search.answering import Answer, Hit
from bot.search.catalog import Catalog
from bot.search.index import region_abbreviation
from bot.search.understanding import Reading
from bot.text.czech import unit_form
from bot.text.i18n import DEFAULT, Html, czech_date, escape, text

PAGE = 5
MAX_MESSAGE = 4096
_TAG = re.compile(r"<[^>]+>")


@dataclass
class Reply:
    text: str
    buttons: Keyboard = field(default_factory=list)


def _term(catalog: Catalog, taxonomy: str, code: str, language: str = DEFAULT) -> str:
    """A need's or audience's name: the knowledge base's own (Czech); in another language the
    profile's fixed code, translated in the catalogue."""
    if language != DEFAULT and taxonomy in (profile.NEED, profile.TARGET) and code in profile.CODES[taxonomy]:
        return text(language, f"term.{taxonomy}.{code}")
    return catalog.term_names.get((taxonomy, code), code)


def understood_summary(result: Answer, catalog: Catalog, language: str) -> str:
    found = result.understanding
    parts: list[str] = []

    def label(key: str, values: Sequence[str]) -> None:
        if values:
            parts.append(f"{text(language, f'label.{key}')}: {', '.join(values)}")

    label("prison", [catalog.prisons[p].name for p in found.prisons if p in catalog.prisons])
    towns = [catalog.towns.get(t, t) for t in found.towns]
    label("town", towns)
    if any(r.kind == "town" and r.note == "no prison word" for r in found.readings) and towns:
        parts[-1] += " " + text(language, "answer.understood_town_note", town=towns[0])
    label("region", found.regions)
    label("need", [_term(catalog, profile.NEED, n, language) for n in found.needs])
    label("target", [_term(catalog, profile.TARGET, t, language) for t in found.targets])
    label("organization", [catalog.org_names[o][0] for o in found.organizations])
    if found.capacity_available:
        parts.append(text(language, "label.capacity"))
    parts += _set_aside_parts(found.set_aside, found.unknown_words, language)
    return " · ".join(parts)


def _set_aside_parts(set_aside: Sequence[Reading], unknown: Sequence[str], language: str) -> list[str]:
    """What was read but not used, and the words not understood: the worker sees what to correct."""
    parts: list[str] = []
    for note in ("background", "negated", "relaxed"):
        items = [r.text or r.value for r in set_aside if r.note == note]
        if items:
            parts.append(text(language, f"answer.set_aside_{note}", items=", ".join(items)))
    if unknown:
        parts.append(text(language, "answer.not_known", words=", ".join(unknown[:5])))
    return parts


def _need_buttons(result: Answer, catalog: Catalog, language: str) -> Keyboard:
    """One button per need the place's services help with, two a row, and "all of them"."""
    picks = [
        Button(_term(catalog, profile.NEED, need, language), pack("an", need)) for need in result.need_choices
    ]
    rows: Keyboard = [picks[i : i + 2] for i in range(0, len(picks), 2)]
    rows.append([Button(text(language, "answer.show_all"), pack("aw"))])
    return rows


def _meant_buttons(set_aside: Sequence[Reading], language: str) -> list[list[Button]]:
    """One "I meant it" per reading set aside ("z Heřmanic", "drogy"), named by its position."""
    return [
        [Button(text(language, "answer.use_context", what=_short(r.text)), pack("d", "context", r.start))]
        for r in [r for r in set_aside if r.note != "relaxed"][:3]  # a relaxed one has its ✕ filter
    ]


def answer_page(
    result: Answer,
    catalog: Catalog,
    details: dict[str, ServiceDetails],
    *,
    page: int,
    language: str,
    today: date,
    stale_days: int,
    page_size: int = PAGE,
    can_follow: bool = False,
) -> Reply:
    """One page (5 cards) of an answer, with the filter, detail and paging buttons."""
    found = result.understanding
    if found.empty:
        unknown = ""
        if found.unknown_words:
            unknown = text(language, "answer.unknown_words", words=", ".join(found.unknown_words[:5]))
        reply = Reply(text(language, "answer.not_understood", unknown=Html(unknown)))
        if found.set_aside:  # "nejde o drogy": all of it set aside, and the worker may have meant it
            reply.text += "\n" + " · ".join(_set_aside_parts(found.set_aside, [], language))
            reply.buttons = _meant_buttons(found.set_aside, language)
        return reply
    lines = [text(language, "answer.understood", summary=understood_summary(result, catalog, language))]
    if result.need_unclear:
        # "shání melouch, Zlínsko": the place is clear, what for is not; ask rather than guess
        return Reply(
            "\n".join([*lines, "", text(language, "answer.which_need")]),
            # ... and the same corrections as any answer ("Myslel jsem věznici", "↺ Myslel jsem i")
            _need_buttons(result, catalog, language) + _filter_buttons(result, catalog, language),
        )
    hits = result.results or result.alternatives
    if not result.results:
        lines += ["", text(language, "answer.nothing")]
        if hits:
            lines.append(text(language, "answer.alternatives"))
    first = page * page_size
    shown = hits[first : first + page_size]
    buttons: Keyboard = []
    previous_reason = None
    for number, hit in enumerate(shown, start=first + 1):
        service = details.get(catalog.service_ids[hit.service])
        if service is None:
            continue
        if not result.results and hit.relaxed != previous_reason:
            lines += ["", f"<i>– {text(language, f'relaxed.{hit.relaxed}')}</i>"]
            previous_reason = hit.relaxed
        short_of_places = "capacity" in (hit.relaxed or "").split("+")
        lines += ["", *_compact(number, service, found.prisons, language, today, stale_days, short_of_places)]
        buttons.append(
            [
                Button(text(language, "card.contacts", number=number), pack("c", service.id)),
                Button(text(language, "card.conditions", number=number), pack("e", service.id)),
                Button(text(language, "card.more", number=number), pack("m", service.id)),
            ]
        )
        if can_follow and service.capacity:
            buttons[-1].append(Button(text(language, "follow.button", number=number), pack("s", service.id)))
    if len(hits) > PAGE:
        lines += [
            "",
            text(language, "answer.page", first=first + 1, last=first + len(shown), total=len(hits)),
        ]
    paging = []
    if page > 0:
        paging.append(Button(text(language, "answer.back"), pack("p", page - 1)))
    if first + page_size < len(hits):
        paging.append(Button(text(language, "answer.more"), pack("p", page + 1)))
    if paging:
        buttons.append(paging)
    buttons += _filter_buttons(result, catalog, language)
    if can_follow:
        buttons += _follow_scope_buttons(result, catalog, language)
    return Reply("\n".join(lines), buttons)


def answer_reply(
    result: Answer,
    catalog: Catalog,
    *,
    session: Session,
    page: int,
    language: str,
    today: date,
    stale_days: int,
    page_size: int = PAGE,
    can_follow: bool = False,
    remembered: RememberedDetails | None = None,
) -> Reply:
    """A page of an answer, reading from the database only the services shown on it (from
    `remembered` when given: the answer engine's, told the versions read for this answer)."""
    hits = result.results or result.alternatives
    first = page * page_size
    shown = hits_ids(hits[first : first + page_size], catalog)
    read = remembered.details if remembered is not None else service_details
    details = read(session=session, service_ids=shown)
    return answer_page(
        result,
        catalog,
        details,
        page=page,
        language=language,
        today=today,
        stale_days=stale_days,
        page_size=page_size,
        can_follow=can_follow,
    )


def _filter_buttons(result: Answer, catalog: Catalog, language: str) -> Keyboard:
    found = result.understanding
    row: list[Button] = []
    named = {
        "prisons": [catalog.prisons[p].name for p in found.prisons if p in catalog.prisons],
        "towns": [catalog.towns.get(t, t) for t in found.towns],
        "regions": found.regions,
        "needs": [_term(catalog, profile.NEED, n, language) for n in found.needs],
        "targets": [_term(catalog, profile.TARGET, t, language) for t in found.targets],
        "capacity": [text(language, "label.capacity")] if found.capacity_available else [],
    }
    for kind, names in named.items():
        if names and sum(1 for v in named.values() if v) > 1:
            row.append(Button(text(language, "answer.drop", what=_short(", ".join(names))), pack("d", kind)))
    rows = [row[i : i + 2] for i in range(0, len(row), 2)]
    rows += _meant_buttons(found.set_aside, language)
    ambiguous = [r for r in found.readings if r.kind == "town" and r.note == "no prison word"]
    if ambiguous:
        town = catalog.towns.get(ambiguous[0].value, ambiguous[0].value)
        rows.append([Button(text(language, "answer.as_prison", town=town), pack("r", "prison"))])
    return rows


def _follow_scope_buttons(result: Answer, catalog: Catalog, language: str) -> Keyboard:
    """ "Tell me when something new appears here": for one prison, or a need in one region (a
    town stands for its region)."""
    found = result.understanding
    if len(found.prisons) == 1:
        return [[Button(text(language, "follow.prison_button"), pack("fp", found.prisons[0]))]]
    regions = list(found.regions) or [catalog.town_region[t] for t in found.towns if t in catalog.town_region]
    if len(found.needs) != 1 or len(set(regions)) != 1:
        return []
    code = region_abbreviation(regions[0])
    if code is None:
        return []
    label = f"{_term(catalog, profile.NEED, found.needs[0], language)} · {regions[0]}"
    return [
        [
            Button(
                text(language, "follow.scope_button", label=_short(label, 40)),
                pack("fr", found.needs[0], code),
            )
        ]
    ]


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _compact(
    number: int,
    service: ServiceDetails,
    prisons: list[str],
    language: str,
    today: date,
    stale_days: int,
    short_of_places: bool = False,
) -> list[str]:
    """A result's card. `short_of_places`: shown although it has no confirmed free place (an
    alternative), so its last published count is said as unconfirmed, never as "volno"."""
    lines = [
        text(language, "card.title", number=number, name=service.name),
        text(language, "card.organization", organization=service.organization),
    ]
    where = [name for pid, name in service.prisons.items() if pid in prisons] + service.towns
    if where:
        lines.append(text(language, "card.where", where=", ".join(where[:4])))
    elif service.prisons:  # works only inside prisons: say so, or a town question misleads
        lines.append(
            text(language, "card.only_in_prison", prisons=", ".join(list(service.prisons.values())[:3]))
        )
    for free in service.capacity[:1]:
        line = _capacity_line(
            free.available, free.maximum, free.unit, free.updated, language, today, stale_days
        )
        if short_of_places:
            key = "card.capacity_full" if free.available == 0 else "card.capacity_unconfirmed"
            line = text(
                language,
                key,
                available=free.available,
                maximum=f"/{free.maximum}" if free.maximum is not None else "",
                unit=unit_form(free.unit, free.maximum if free.maximum is not None else free.available),
                date=czech_date(free.updated.date()),
            )
        lines.append(line)
    if not service.capacity:
        lines += _registered_lines(service, language)
    if service.alert:
        lines.append(text(language, "card.alert", alert=service.alert))
    if service.assured:
        lines.append(text(language, "card.verified", date=czech_date(service.assured)))
    else:
        lines.append(text(language, "card.never_verified"))
    if service.registry_as_of:
        lines.append(text(language, "card.registry", date=czech_date(service.registry_as_of)))
    return lines


def _registered_lines(service: ServiceDetails, language: str) -> list[str]:
    """The register's maximum, said as such: it is never a number of free places."""
    return [
        text(
            language,
            "card.registered_capacity",
            unit=free.unit[:1].lower() + free.unit[1:],
            maximum=free.maximum,
        )
        for free in service.registered[:1]
        if free.maximum is not None
    ]


def _capacity_line(
    available: int,
    maximum: int | None,
    unit: str,
    updated: datetime,
    language: str,
    today: date,
    stale_days: int,
) -> str:
    local = updated.astimezone(UTC).date() if updated.tzinfo else updated.date()
    age = (today - local).days
    key = "card.capacity_stale" if age > stale_days else "card.capacity"
    return text(
        language,
        key,
        available=available,
        maximum=f"/{maximum}" if maximum is not None else "",
        unit=unit_form(unit, maximum if maximum is not None else available),
        date=czech_date(local),
        count=age,
    )


def _tel(number: str) -> str:
    return re.sub(r"[^0-9+]", "", number)


def _person_lines(person: Person, language: str) -> list[str]:
    title = f", {person.title}" if person.title else ""
    lines = [text(language, "contacts.person", name=person.name, title=title)]
    lines += [text(language, "contacts.phone", tel=_tel(n), number=n) for n in person.phones]
    if person.email:
        lines.append(text(language, "contacts.email", email=person.email))
    return lines


def contacts_view(
    service: ServiceDetails, *, asked_prisons: Sequence[str], personal: bool, language: str
) -> Reply:
    """The contact for the asked prison first; persons only for approved users."""
    lines = [
        text(language, "contacts.title", name=service.name),
        text(language, "contacts.organization", organization=service.organization),
    ]
    own = [text(language, "contacts.phone", tel=_tel(n), number=n) for n in service.phones]
    for email in dict.fromkeys(filter(None, (service.email, service.org_email))):
        own.append(text(language, "contacts.email", email=email))
    for url in dict.fromkeys(filter(None, (service.url, service.org_website))):
        own.append(text(language, "contacts.web", url=url))
    lines += own
    people = sorted(
        service.people, key=lambda p: (p.prison_id not in asked_prisons, p.prison_id != "", p.name)
    )
    if personal:
        for person in people:
            lines.append("")
            if person.prison_id and person.prison_id in service.prisons:
                lines.append(text(language, "contacts.for_prison", prison=service.prisons[person.prison_id]))
            lines += _person_lines(person, language)
    elif people:
        lines += ["", text(language, "contacts.hidden")]
    if not own and not (personal and people):
        lines.append(text(language, "contacts.none"))
    return Reply("\n".join(lines))


def conditions_view(service: ServiceDetails, catalog: Catalog, language: str) -> Reply:
    lines = [text(language, "conditions.title", name=service.name)]
    if service.eligibility:
        lines.append(text(language, "conditions.eligibility", text=service.eligibility))
    ages = _ages(service)
    if ages:
        lines.append(text(language, "conditions.ages", ages=ages))
    lines += [text(language, "conditions.requirement", name=name) for name in service.requirements]
    if service.targets:
        names = ", ".join(_term(catalog, profile.TARGET, t, language) for t in service.targets)
        lines.append(text(language, "conditions.audience", names=names))
    if len(lines) == 1:
        lines.append(text(language, "conditions.none"))
    return Reply(
        "\n".join(lines), [[Button(text(language, "eligibility.button"), pack("q", service.id, ""))]]
    )


def eligibility_view(
    service: ServiceDetails, answers: str, language: str, *, similar: Sequence[ServiceDetails] = ()
) -> Reply:
    """The next question about the client (only those the service has a condition on), or the
    verdict with what to do next: the service's contacts and, when it does not fit, `similar`
    services that do."""
    lines = [text(language, "eligibility.title", name=service.name)]
    question = next_question(service, answers)
    if question is not None:
        lines += [text(language, "eligibility.private"), "", text(language, f"eligibility.{question}")]
        options = [
            Button(
                text(language, f"eligibility.{question}.{option}"),
                pack("q", service.id, answer(answers, question, option)),
            )
            for option in QUESTIONS[question]
        ]
        return Reply("\n".join(lines), [options])
    verdict = check(service, answers)
    lines.append("")
    if not relevant(service):
        lines.append(text(language, "eligibility.nothing_to_ask"))
    else:
        lines.append(text(language, f"eligibility.{verdict.outcome}"))
    lines += [f"• {text(language, f'eligibility.reason.{key}', **values)}" for key, values in verdict.reasons]
    lines += [text(language, f"eligibility.note.{note}") for note in verdict.notes]
    lines += ["", text(language, "eligibility.check_by_phone")]
    buttons: Keyboard = []
    if verdict.outcome != "no":
        buttons.append([Button(text(language, "eligibility.contacts"), pack("c", service.id))])
    elif similar:
        lines += ["", text(language, "eligibility.similar")]
        for other in similar[:3]:
            lines.append(f"• {escape(other.name)} – {escape(other.organization)}")
            buttons.append([Button(_short(other.name, 40), pack("m", other.id))])
    elif verdict.outcome == "no":
        lines += ["", text(language, "eligibility.no_similar")]
    return Reply("\n".join(lines), buttons)


def _ages(service: ServiceDetails) -> str:
    low, high = service.minimum_age, service.maximum_age
    if low is not None and high is not None:
        return f"{low}–{high}"
    if low is not None:
        return f"{low}+"
    if high is not None:
        return f"≤ {high}"
    return ""


def more_view(service: ServiceDetails, language: str) -> Reply:
    lines = [
        text(language, "more.title", name=service.name),
        text(language, "card.organization", organization=service.organization),
    ]
    if service.description:
        lines.append(text(language, "more.description", text=service.description))
    if service.application:
        lines.append(text(language, "more.application", text=service.application))
    if service.fees:
        lines.append(text(language, "more.fees", text=service.fees))
    if service.url or service.org_website:
        lines.append(text(language, "more.web", url=service.url or service.org_website))
    if service.trust:
        lines.append(text(language, "more.trust", names=", ".join(service.trust)))
    if service.org_year:
        lines.append(text(language, "more.founded", year=service.org_year))
    if service.assured:
        lines.append(text(language, "more.verified", date=czech_date(service.assured)))
    if service.registry_as_of:
        lines += _registered_lines(service, language)
        lines.append(text(language, "card.registry", date=czech_date(service.registry_as_of)))
    return Reply("\n".join(lines))


def client_card(service: ServiceDetails, language: str) -> str:
    """The service as a client takes it along (forwarded, or printed for someone without
    Telegram): what, where, when, whom to call. No staff-only contacts, no formatting."""
    lines = [escape(service.name), escape(service.organization)]
    if service.description:
        lines.append(escape(_short(service.description, 300)))
    for address in service.addresses[:3]:
        lines.append(text(language, "client.address", address=address))
    if not service.addresses and service.towns:
        lines.append(text(language, "client.address", address=", ".join(service.towns[:3])))
    for hours in service.hours[:3]:
        lines.append(text(language, "client.hours", hours=hours))
    for number in service.phones[:3]:
        lines.append(text(language, "client.phone", number=number))
    email = service.email or service.org_email
    if email:
        lines.append(text(language, "client.email", email=email))
    web = service.url or service.org_website
    if web:
        lines.append(text(language, "client.web", web=web))
    if service.application:
        lines.append(text(language, "client.how", text=_short(service.application, 300)))
    return "\n".join(lines)


def prison_view(
    card: PrisonCard, catalog: Catalog, *, personal: bool, language: str, can_follow: bool = False
) -> Reply:
    lines = [text(language, "prison.title", name=card.name)]
    if card.town:
        lines.append(text(language, "prison.where", town=card.town, region=card.region))
    lines += ["", text(language, "prison.services")]
    if not card.services:
        lines.append(text(language, "prison.nobody"))
    by_need: dict[str, list[tuple[str, str]]] = {}
    for _, name, organization, needs in card.services:
        for need in needs[:1] or ["counselling"]:
            by_need.setdefault(need, []).append((name, organization))
    for need in sorted(by_need, key=lambda n: _term(catalog, profile.NEED, n)):
        lines.append(text(language, "prison.need", need=_term(catalog, profile.NEED, need, language)))
        lines += [text(language, "prison.service", name=n, organization=o) for n, o in by_need[need]]
    if card.people:
        lines += ["", text(language, "prison.contacts")]
        for person in card.people:
            if personal:
                lines += _person_lines(person, language)
            else:
                title = f", {person.title}" if person.title else ""
                lines.append(text(language, "contacts.person", name=person.name, title=title))
        if not personal:
            lines.append(text(language, "contacts.hidden"))
    lines += ["", escape(card.description) if card.description else text(language, "prison.cooperation")]
    buttons = [[Button(text(language, "follow.prison_button"), pack("fp", card.id))]] if can_follow else []
    return Reply("\n".join(lines), buttons)


def organization_view(name: str, services: Sequence[ServiceDetails], language: str) -> Reply:
    lines = [text(language, "organization.title", name=name)]
    if services:
        first = services[0]
        if first.trust:
            lines.append(text(language, "more.trust", names=", ".join(first.trust)))
        if first.funding:
            lines.append(text(language, "organization.funding", sources=", ".join(first.funding)))
        if first.org_year:
            lines.append(text(language, "more.founded", year=first.org_year))
        verified = [s.assured for s in services if s.assured]
        if verified:
            lines.append(text(language, "more.verified", date=czech_date(max(verified))))
        if first.org_website:
            lines.append(text(language, "more.web", url=first.org_website))
        lines += ["", text(language, "organization.services")]
        lines += [text(language, "organization.service", name=s.name) for s in services]
    buttons = [
        [
            Button(text(language, "card.contacts", number=i), pack("c", s.id)),
            Button(text(language, "card.more", number=i), pack("m", s.id)),
        ]
        for i, s in enumerate(services[:8], start=1)
    ]
    return Reply("\n".join(lines), buttons)


def split_message(html_text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Pieces under Telegram's limit, cut between lines so that no tag is broken."""
    if len(html_text) <= limit:  # an answer page, nearly always: what the cutting below gives
        whole = html_text.lstrip("\n")
        return [whole] if whole.strip() else []
    pieces: list[str] = []
    current = ""
    for line in html_text.split("\n"):
        if len(_TAG.sub("", line)) > limit:
            line = _TAG.sub("", line)  # a single huge line loses its formatting, not its text
            while len(line) > limit:
                pieces.append(line[:limit])
                line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(_TAG.sub("", candidate)) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current.strip():
        pieces.append(current)
    return [p for p in pieces if p.strip()]


def hits_ids(hits: Sequence[Hit], catalog: Catalog) -> list[str]:
    return [catalog.service_ids[h.service] for h in hits]


def inline_card(service: ServiceDetails, language: str) -> tuple[str, str, str]:
    """Title, one-line description and the card to share: organisation-level contacts only.

    An inline result can be forwarded anywhere, so no contact person's phone or e-mail.
    """
    where = ", ".join(service.towns[:3])
    lines = [
        text(language, "more.title", name=service.name),
        text(language, "card.organization", organization=service.organization),
    ]
    if where:
        lines.append(text(language, "card.where", where=where))
    lines += [text(language, "contacts.phone", tel=_tel(n), number=n) for n in service.phones[:2]]
    for email in dict.fromkeys(filter(None, (service.email, service.org_email))):
        lines.append(text(language, "contacts.email", email=email))
    if service.url or service.org_website:
        lines.append(text(language, "contacts.web", url=service.url or service.org_website))
    if service.registry_as_of:
        lines.append(text(language, "card.registry", date=czech_date(service.registry_as_of)))
    description = " · ".join(filter(None, (service.organization, where)))
    return service.name[:100], description[:200], "\n".join(lines)


_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


def as_terminal_text(markup: str, *, styled: bool = False) -> str:
    """Telegram HTML as a terminal shows it: bold/italic as ANSI styles (or nothing), links as text."""

    def link(match: re.Match[str]) -> str:
        href, label = match.group(1), match.group(2)
        return label if href.startswith(("tel:", "mailto:")) or href == label else f"{label} ({href})"

    out = _LINK.sub(link, markup)
    if styled:
        for tag, code in (("b", "1"), ("strong", "1"), ("i", "3"), ("em", "3"), ("u", "4")):
            out = out.replace(f"<{tag}>", f"\033[{code}m").replace(f"</{tag}>", "\033[0m")
    return html.unescape(_TAG.sub("", out))
