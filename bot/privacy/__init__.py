"""THE check for a client's personal data in anything a person types that Spojka keeps or passes on.

Spojka stores pseudonymous case codes only. A note such as "Jan Novák, nar. 3. 5. 1985,
bytem Nádražní 12" must never be written to the database or sent to other people: it is
refused, and the person is told why, so that they can rephrase ("muž, 40 let, bez bydlení").
Every free-text field goes through `check_free_text` (handover notes, reminders, the question
log, service texts, events, messages to attendees, an organisation typed at registration).

The text is normalised first, so that case, diacritics and scripts do not matter: "JAN NOVÁK",
"jan novak", "Jаn Nоvák" with Cyrillic look-alike letters and "Олександр Коваленко" are the
same to the check. A name is a first name beside a surname (known, or shaped like one:
-ová, -enko, -uk ...), an initial or another capitalised word; a surname after "pan", "paní",
"klient"; a known surname on its own; or a first name with an age or a birth year. Names in
no list are told by the Czech dictionary (bot/privacy/words.py): a capitalised word that no
dictionary knows inside a sentence, or opening one before a verb, or beside an age, a first
name or another such word ("zítra přijde Šebestík", "Hanáka převezme kurátor"). Birth dates
are read in every form workers write ("* 3.5.85", "3. května 1985", "ročník 1985", "r. 79").
A note typed in capitals is read again in the case a worker would have typed it.
Organisations and brands are nobody's name: those of the sample, knowledge/brands.txt and the
live knowledge base's (bot/privacy/known.py, learnt when the answer index is built), and so is a
person's name inside a street's or institution's name ("Nemocnice Tomáše Bati").
The check is on the strict side: a false alarm costs a rephrasing, a miss a person's privacy.
docs/privacy.md gives the measured rates on the corpus in tests/bot/privacy/.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.privacy import words
from bot.privacy.check import find_personal_data
from bot.privacy.known import learn_from_index, learn_organisations
from bot.privacy.lists import (
    _institution_stems,
    _organisation_words,
    _place_words,
    first_names,
    is_first_name,
    not_names,
    surnames,
)
from bot.privacy.normalising import Finding
from bot.privacy.places import _place_adjective_stems, _place_first_word
from bot.refusals import InvalidValue

__all__ = [
    "Finding",
    "check_free_text",
    "find_personal_data",
    "first_names",
    "is_first_name",
    "learn_from_index",
    "learn_organisations",
    "surnames",
]


def check_free_text(
    value: str, *, today: date | None = None, public: bool = False, organisations: Iterable[str] | None = None
) -> str:
    """`value` unchanged when it holds no personal data; InvalidValue("privacy.refused") naming
    what was found otherwise. The one gate for free text that Spojka keeps or passes on.
    `public`: a text about an organisation, where its address and phone belong.
    `organisations`: names known to be organisations (default: the live knowledge base's)."""
    findings = find_personal_data(value, today=today, public=public, organisations=organisations)
    if findings:
        raise InvalidValue("privacy.refused", findings)
    return value


def load() -> None:
    """Read every list and dictionary of the check now (~1.5 s, ~80 MB), not at the first text
    a person types: the bot calls it at start, so the first unanswered question or typed note
    is not held up, nor everyone else's answers behind it (bench/bench_latency.py)."""
    words.load()
    for lists in (
        not_names,
        first_names,
        surnames,
        _place_words,
        _organisation_words,
        _institution_stems,
        _place_adjective_stems,
        _place_first_word,
    ):
        lists()
    find_personal_data("Jan Novák, nar. 3. 5. 1985, bytem Nádražní 12, zítra přijde Šebestík")
