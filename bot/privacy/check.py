"""The check: every rule over a normalised note, in order (`find_personal_data`), names found
without those that are nobody's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from bot.clock import utc_now
from bot.privacy.addresses import _addresses
from bot.privacy.capitals import _listed_in_capitals, _shouted_title_and_verb, _unshouted
from bot.privacy.contacts import (
    _ACCOUNT,
    _BANK_CODE,
    _DOTTED_MOBILE,
    _EMAIL,
    _FILE_NUMBER,
    _FOREIGN_PHONE,
    _PHONE,
    _SAID_EMAIL,
    _ZEROS_PHONE,
    _contacts_of_a_named_person,
    _documents,
    _handles,
    _plates,
    _private_contacts,
    _spoken_phones,
)
from bot.privacy.dates import (
    _BIRTH_NUMBER,
    _SPACED_BIRTH_NUMBER,
    _age_spans,
    _birth_dates,
    _has_age_or_year,
    _valid_birth_number,
)
from bot.privacy.hurried_notes import _families_in_lower_case, _names_typed_in_a_hurry, _vietnamese_names
from bot.privacy.known import KnownNames, current_names, known_names, merged, standing_names
from bot.privacy.named_after import _holidays_as_words, _not_named_after, _venue_then_its_address
from bot.privacy.names import _find_names, _orp_names
from bot.privacy.names_by_context import (
    _lower_case_heading,
    _names_by_their_company,
    _names_by_their_neighbours,
    _names_by_what_stands_around,
)
from bot.privacy.normalising import Finding, _shouting, _words, normalise
from bot.privacy.offices import (
    _COLLECTION,
    _INSTITUTION_HOUSE,
    _OFFICE_MOVED,
    _PRIVATE,
    _SERVICE_LABEL,
    _WORK_PHONE,
    _about,
    _about_an_office,
    _office_mailbox,
    _office_near,
    _office_phone,
    _our_label,
)
from bot.privacy.unlisted_names import (
    _find_unlisted_names,
    _lower_case_persons,
    _name_beside_a_place,
    _thing_nouns_acting,
)
from bot.privacy.words import is_english
from bot.text.czech import fold


def find_personal_data(
    note: str, *, today: date | None = None, public: bool = False, organisations: Iterable[str] | None = None
) -> list[Finding]:
    """What in `note` looks like personal data of a person; empty when nothing does.

    `public` texts (a service's description, an event's place, a message to attendees) may
    hold an organisation's address, phone and e-mail; names and birth data never.
    `organisations`: the names of organisations known to be no person; by default those of the
    sample and of the live knowledge base (`learn_organisations`, at the answer index's build)."""
    note = normalise(note)
    found: list[Finding] = []
    folded = fold(note)
    current_year = (today or utc_now().date()).year
    # a health insurance number is the birth number: "číslo pojištěnce 8703141234"
    # ("kartička pojištěnce 7901011234", "pojištěnec č. 8605121234")
    named = bool(
        re.search(r"\b(rc|r\. ?c\.?|rodne (?:cislo|c\.)|pojistenc\w*|c\. ?poj\w*)(?:\b|(?<=\.))", folded)
    )
    for match in _BIRTH_NUMBER.finditer(note):
        if (
            not named
            and _BANK_CODE.match(note, match.end())
            and not (public and _valid_birth_number(*match.groups()))
        ):
            # "2901234567/2010": an account and its bank's code, judged as an account below; a
            # public text judges no account, so there a valid birth number stays one
            continue
        if named or _valid_birth_number(*match.groups()):
            found.append(Finding("privacy.birth_number", match.group(0)))
    if named:
        found += [Finding("privacy.birth_number", m.group(0)) for m in _SPACED_BIRTH_NUMBER.finditer(note)]
    found += _birth_dates(note, folded, current_year)
    known = current_names() if organisations is None else _given(tuple(organisations))
    found += _names(note, folded, current_year, known, public=public)
    if _shouting(note) and not is_english(re.findall(r"[a-z]+", folded)):
        # "POZOR - KOLÁŘ MÁ ZÁKAZ": in capitals every word looks like a name and none does;
        # read again as a worker would have typed it ("Pozor - Kolář má zákaz"). In the note as
        # typed, a title before a verb names nobody ("KLIENTKA PORODILA", "KLIENT SE NEDOSTAVIL")
        found = [finding for finding in found if not _shouted_title_and_verb(finding.excerpt)]
        found = [finding for finding in found if _listed_in_capitals(note, finding)]
        found += _names(_unshouted(note), folded, current_year, known, public=public)
    found += _documents(folded)
    found += _plates(note, folded)
    if public:
        # a private or home phone or mailbox is a person's, in a service's or event's text too
        # (a case text refuses every phone already)
        return _unique(found + _private_contacts(note) + _contacts_of_a_named_person(note))
    # an office's address, switchboard or helpline, in a note about nobody's private life
    # ("služební mobil terénní pracovnice" is the office's)
    about = _about(folded)
    # a person named in the note makes it somebody's: "Kontaktní místo: Novák, Husova 5"
    named = any(finding.reason == "privacy.name" for finding in found)
    office = _about_an_office(about) and not named
    # a mobile is the office's only when said to be a work phone, in a service's text, at an
    # institution's house or a moved office's; never by "naše …" or "pro matky" anywhere in it
    work = any(
        pattern.search(folded) for pattern in (_WORK_PHONE, _SERVICE_LABEL, _INSTITUTION_HOUSE, _OFFICE_MOVED)
    )
    if not office:
        found += _addresses(note, about, folded)
    for match in _PHONE.finditer(note):
        near = _office_near(note, folded, *match.span())
        ours = _our_label(note, folded, match.start())
        if not (ours or _office_phone(match.group(0), office or near, work=work)):
            found.append(Finding("privacy.phone", match.group(0)))
    for match in _DOTTED_MOBILE.finditer(note):
        if not (
            _our_label(note, folded, match.start())
            or _office_phone(match.group(0), office or _office_near(note, folded, *match.span()), work=work)
        ):
            found.append(Finding("privacy.phone", match.group(0)))
    for match in _FOREIGN_PHONE.finditer(note):
        if not (office or _office_near(note, folded, *match.span())):
            found.append(Finding("privacy.phone", match.group(0)))
    for match in _ZEROS_PHONE.finditer(folded):
        if not (office or _office_near(note, folded, *match.span(1))):
            found.append(Finding("privacy.phone", match.group(1)))
    found += _spoken_phones(note, folded, office)
    for match in _EMAIL.finditer(note):
        if not _office_mailbox(match.group(0)):
            found.append(Finding("privacy.email", match.group(0)))
    for match in _SAID_EMAIL.finditer(folded):
        address = re.sub(r"\s*(?:zavinac|\(at\)|\[at\])\s*", "@", match.group(0))
        if not _office_mailbox(re.sub(r"\s+tecka\s+", ".", address)):
            found.append(Finding("privacy.email", note[match.start() : match.end()]))
    found += _handles(note, folded, office)
    for match in _ACCOUNT.finditer(folded):
        if office or (_COLLECTION.search(about) and not _PRIVATE.search(about)):
            break  # "Číslo účtu organizace pro dary", "transparentní účet sbírky": an organisation's
        if _office_near(note, folded, *match.span(), collection=True):
            continue  # "Účet pro dary organizace: 2100123456/2010" in a note about a client too
        if not _FILE_NUMBER.search(folded[max(0, match.start() - 12) : match.start()]):
            found.append(Finding("privacy.account", match.group(0)))
    return _unique(found)


def _names(
    note: str, folded: str, current_year: int, known: KnownNames, *, public: bool = False
) -> list[Finding]:
    note = _holidays_as_words(note)
    words = _words(note)
    names = _find_names(note, words, _has_age_or_year(note, folded, current_year, words))
    names += _find_unlisted_names(note, words, _age_spans(folded, current_year))
    names += _names_by_what_stands_around(note, words)
    names += _names_by_their_company(note, words)
    names += _lower_case_heading(note, words)
    names += _thing_nouns_acting(note, words)
    names += _lower_case_persons(note, words)
    names += _name_beside_a_place(note, words)
    names += _names_by_their_neighbours(note, words)
    names += _names_typed_in_a_hurry(note, words)
    names += _vietnamese_names(note, words)
    names += _families_in_lower_case(note, words)
    if public:
        names = [name for name in names if not _venue_then_its_address(note, folded, words, name.excerpt)]
    return _not_named_after(note, folded, words, names, known, public=public) + _orp_names(words)


@lru_cache(maxsize=8)
def _given(organisations: tuple[str, ...]) -> KnownNames:
    return merged(standing_names(), known_names(organisations))


def _unique(found: list[Finding]) -> list[Finding]:
    unique: dict[tuple[str, str], Finding] = {}
    for finding in found:
        unique.setdefault((finding.reason, finding.excerpt), finding)
    return list(unique.values())
