"""What the words around a match say about it: a place that is only background, a need that
is negated or only mentioned, the age of the client, a question outside the domain.

Workers write whole sentences: "propuštěný z Bor, bude bydlet v Plzni" asks about Plzeň;
"nejde o drogy, jen o dluhy" asks about debts; "má exekuce a občas pije, hlavně potřebuje
bydlení" asks about housing. The words that decide this are data (knowledge/context.csv).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.search.lexicon import Match
from bot.text.czech import fold, is_czech_word

ROLES = (
    "origin",
    "living",
    "anywhere",
    "negator",
    "has_not",
    "not_negating",
    "request",
    "outside",
    "leaving",
    "asker",
    "inside",
    "relative",
    "relative_object",
    "prison_staff",
    "asker_state",
    "nobody",
    "outside_phrase",
)
PLACE_KINDS = frozenset({"prison", "prison_town", "town", "other_town", "region"})
_DENIABLE = frozenset({"need", "target", "capacity"})
# "nemá dluhy" says there is no such need; "nemá práci" or "nemá kde bydlet" is the need itself.
NEEDS_A_HAS_NOT_DENIES = frozenset({"debt", "addiction"})
NEGATION_AHEAD = 3  # "nejde o drogy": the words after a negator it may deny
VERB_NEGATION_BEHIND = 3  # "práci nepotřebuje": a ne- verb may deny what came just before
BACKGROUND_REACH = 4  # "konec trestu v Rýnovicích", "propuštěný z vazby v X"
RELATIVE_REACH = 5  # "maminka klienta bydlí v Opavě", "děti jsou u babičky v Kladně"
ASKER_REACH = 7  # "jsem v kontaktu s jeho rodinou v Olomouci", "I am a social worker in Prague"
LIVING_REACH = 4  # "bude bydlet ve Znojmě", "se stěhuje do Mostu", "bydlet u mámy v Karviné"
STAFF_REACH = 3  # "jsem vychovatel v Opavě": the prison of that town
ASKER_STATE_REACH = 5  # "jsem tu druhý den v práci": the asker's own work is no need
# "u mámy v Havířově", "k bratrovi do Liberce": where the client goes, not the relative's own place.
# (Not "s": "s mámou" is no nominative, and English "client's brother" splits into "client s".)
_RELATIVE_PREPOSITIONS = frozenset({"u", "k", "ke", "za", "od", "with", "to", "at"})
RELATIVE_AFTER = 2  # "má v Opavě jen přítelkyni", "v Brně žije jeho máma"
# "jsem v práci", "pracuju jako kurátor": the asker's own work or role.
_AT = frozenset({"v", "ve", "na", "in", "at", "jako", "as"})
REQUEST_REACH = 8  # "potřeboval by hlavně někoho, kdo ho bude provázet"

_AGE = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*(?:let[a-z]*|rok[a-z]*|r\b|y\b|yo\b|years?\b|year-old)|\((\d{1,2})\)"
    r"|\bje\s+(?:mu\s+|ji\s+)?(\d{1,2})\b(?!\s*(?:tis|kc|korun|mesic|tyd|dn|hod|%|deti))"
)


@dataclass(frozen=True)
class ContextWords:
    origin: frozenset[str]
    negators: frozenset[str]
    has_not: frozenset[str]
    not_negating: frozenset[str]
    request: frozenset[str]
    outside: frozenset[str]
    outside_beginnings: tuple[str, ...]
    leaving: frozenset[str]
    asker: frozenset[str]
    inside: frozenset[str]
    relative: frozenset[str] = frozenset()
    relative_object: frozenset[str] = frozenset()
    prison_staff: frozenset[str] = frozenset()
    asker_state: frozenset[str] = frozenset()
    nobody: frozenset[str] = frozenset()
    outside_phrases: tuple[tuple[str, ...], ...] = ()
    living: frozenset[str] = frozenset()
    anywhere: frozenset[str] = frozenset()


@cache
def load_context_words(path: Path | None = None) -> ContextWords:
    from bot.search.index import knowledge_file  # the index imports this module

    source = path or knowledge_file("context.csv")
    by_role: dict[str, set[str]] = {role: set() for role in (*ROLES, "outside_beginning")}
    with open(source, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            role = (row.get("role") or "").strip()
            word = " ".join(fold((row.get("word") or "").strip()).split())
            if role == "outside" and word.endswith("*"):
                role, word = "outside_beginning", word[:-1]
            if role not in by_role or not word:
                raise ValueError(f"{source}: line {line}: use a role of {', '.join(ROLES)} and a word")
            by_role[role].add(word)
    return ContextWords(
        origin=frozenset(by_role["origin"]),
        negators=frozenset(by_role["negator"]),
        has_not=frozenset(by_role["has_not"]),
        not_negating=frozenset(by_role["not_negating"]),
        request=frozenset(by_role["request"]),
        outside=frozenset(by_role["outside"]),
        outside_beginnings=tuple(sorted(by_role["outside_beginning"])),
        leaving=frozenset(by_role["leaving"]),
        asker=frozenset(by_role["asker"]),
        inside=frozenset(by_role["inside"]),
        relative=frozenset(by_role["relative"]),
        relative_object=frozenset(by_role["relative_object"]),
        prison_staff=frozenset(by_role["prison_staff"]),
        asker_state=frozenset(by_role["asker_state"]),
        nobody=frozenset(by_role["nobody"]),
        outside_phrases=tuple(tuple(p.split()) for p in sorted(by_role["outside_phrase"])),
        living=frozenset(by_role["living"]),
        anywhere=frozenset(by_role["anywhere"]),
    )


def context_word(word: str, context: ContextWords) -> bool:
    """A word that was read for its role ("maminka", "vychovatel", "nikdo"): never "unknown"."""
    return any(
        word in words
        for words in (
            context.request,
            context.origin,
            context.inside,
            context.relative,
            context.relative_object,
            context.asker,
            context.asker_state,
            context.prison_staff,
            context.nobody,
            context.living,
            context.anywhere,
        )
    )


def negation_kind(word: str, context: ContextWords) -> str:
    """'' (no negation), 'ahead' (nejde o X, bez X), 'verb' (X nepotřebuje), 'has_not' (X nemá)."""
    if word in context.not_negating:
        return ""
    if word in context.has_not:
        return "has_not"
    if word in context.negators:
        return "ahead"
    if len(word) >= 5 and word.startswith("ne") and word.isalpha() and is_czech_word(word[2:]):
        return "verb"
    return ""


def negated_groups(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    covered: set[int],
    context: ContextWords,
) -> set[int]:
    """Indexes of the groups a negation in the same clause denies."""
    denied: set[int] = set()
    for position, word in enumerate(words):
        if position in covered:
            continue
        kind = negation_kind(word, context)
        if not kind:
            continue
        if kind == "verb" and position > 0 and words[position - 1] in context.nobody:
            continue  # "s exekucí mu nikdo nepomohl": Czech double negation, the need stands
        if "by" in words[max(0, position - 1) : position + 2]:
            continue  # "makačka v Kladně by nebyla?": a polite question, nothing denied
        clause = marks[position][1]
        ahead = [
            i
            for i, g in enumerate(groups)
            if position < g[0].start <= position + NEGATION_AHEAD and marks[g[0].start][1] == clause
        ]
        behind = [
            i
            for i, g in enumerate(groups)
            if position - VERB_NEGATION_BEHIND <= g[0].end - 1 < position and marks[g[0].end - 1][1] == clause
        ]
        if kind == "has_not":
            options = [*reversed(behind), *ahead]
            options = [i for i in options if _kinds(groups[i]) == {"need"}]
            options = [i for i in options if {m.entry.value for m in groups[i]} <= NEEDS_A_HAS_NOT_DENIES]
        elif kind == "verb":
            # "nechce k-centrum", "práci nepotřebuje": a verb denies a need, not a place.
            options = [i for i in [*reversed(behind), *ahead[:1]] if _kinds(groups[i]) & _DENIABLE]
        else:
            # "nejde o drogy", "ne v Praze"; at the end of a clause "psycholog ne, spíš duchovní".
            options = ahead[:1] or [i for i in reversed(behind) if position - groups[i][0].end <= 1][:1]
        if options:
            denied.add(options[0])
    return denied


def _kinds(group: Sequence[Match]) -> set[str]:
    return {m.entry.kind for m in group}


def background_places(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    denied: set[int],
    context: ContextWords,
    marks: Sequence[tuple[int, int]] = (),
) -> set[int]:
    """Places the client comes from ("z Heřmanic", "původem z Olomouce") when another place is named.

    The place wanted is where the service should be; where someone comes from or is released
    from is background unless it is the only place in the question.
    """
    origin: set[int] = set()
    wanted: set[int] = set()
    relatives: list[int] = []
    for i, group in enumerate(groups):
        if (
            i in denied
            or not _kinds(group) & PLACE_KINDS
            or _kinds(group) - PLACE_KINDS - {"organization", "org_word"}
        ):
            continue
        start = group[0].start
        near = words[max(0, start - 2) : start]  # "z Horního Slavkova" read from "Slavkova"
        before = words[max(0, start - BACKGROUND_REACH) : start]
        if (
            any(w in context.origin for w in near)
            or any(w in context.leaving for w in before)
            or any(
                words[p] in context.asker and (not marks or marks[p][1] == marks[start][1])
                for p in range(max(0, start - ASKER_REACH), start)
            )
        ):
            origin.add(i)
        elif _relative_before(start, words, marks, context):
            origin.add(i)
            relatives.append(i)
        else:
            wanted.add(i)
    if not wanted and relatives and len(origin) > 1:
        # "jeho táta je na Mírově, syn bydlí v Olomouci a potřebuje …": only relatives' places,
        # so the relative who needs help is the last one named.
        origin.discard(relatives[-1])
        return origin
    if not wanted and any(w in context.anywhere for w in words):
        # "vychází z Drahonic, … kdekoliv v republice": where the client leaves is no place asked for
        return origin
    return origin if wanted else set()


def left_places(groups: Sequence[Sequence[Match]], words: Sequence[str], context: ContextWords) -> set[int]:
    """Places the client leaves or comes from ("po výstupu z Heřmanic", "propuštěný z Mírova"),
    whether or not another place is named: a prison among them is no place to look in when a
    town is named too (bot.search.answering)."""
    return {
        i
        for i, group in enumerate(groups)
        if _kinds(group) & PLACE_KINDS
        and (
            any(w in context.origin for w in words[max(0, group[0].start - 2) : group[0].start])
            or any(
                w in context.leaving
                for w in words[max(0, group[0].start - BACKGROUND_REACH) : group[0].start]
            )
        )
    }


def _relative_before(
    start: int,
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    context: ContextWords,
    *,
    objects: bool = True,
) -> bool:
    """ "maminka klienta bydlí v Opavě", "syn klientky sedí v X", "má v Opavě jen přítelkyni": a
    relative's own place, in the same clause; "u mámy v Havířově" (where the client will live) is
    not."""
    after = range(start + 1, min(len(words), start + 1 + RELATIVE_AFTER)) if objects else range(0)
    for position in [*range(max(0, start - RELATIVE_REACH), start), *after]:
        relatives = context.relative if position < start else context.relative | context.relative_object
        if words[position] not in relatives:
            continue
        if marks and marks[position][1] != marks[start][1]:
            continue
        if position > 0 and words[position - 1] in _RELATIVE_PREPOSITIONS:
            continue
        return True
    return False


def relative_is_helped(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    set_apart: set[int],
    context: ContextWords,
) -> bool:
    """ "maminka klienta bydlí v Opavě a potřebuje poradit": the place kept is a relative's own,
    so the relative is the one who needs help (the profile's audience 'families')."""
    return any(
        i not in set_apart
        and _kinds(g) & PLACE_KINDS
        and _relative_before(g[0].start, words, marks, context, objects=False)
        for i, g in enumerate(groups)
    )


def askers_own_needs(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    denied: set[int],
    context: ContextWords,
) -> set[int]:
    """ "jsem v práci druhý týden", "jsem na úřadě práce": the asker's own situation is no need."""
    own: set[int] = set()
    for i, group in enumerate(groups):
        start = group[0].start
        if i in denied or "need" not in _kinds(group) or start == 0 or words[start - 1] not in _AT:
            continue
        for position in range(max(0, start - ASKER_STATE_REACH), start - 1):
            between = words[position + 1 : start]
            if (
                (words[position] in context.asker_state or words[position] in context.asker)
                and marks[position][1] == marks[start][1]
                and not any(w in context.request for w in between)
            ):
                own.add(i)
                break
    return own


def outside_phrase(words: Sequence[str], context: ContextWords) -> bool:
    """ "návštěvní hodiny", "kdy jsou návštěvy", "ordinační hodiny": a schedule, even of a service."""
    for phrase in context.outside_phrases:
        size = len(phrase)
        if any(tuple(words[p : p + size]) == phrase for p in range(len(words) - size + 1)):
            return True
    return False


def inside_groups(groups: Sequence[Sequence[Match]], words: Sequence[str], context: ContextWords) -> set[int]:
    """Places right after "sedí" ("sedí v Karviné") or a prison job ("jsem vychovatel v Opavě"):
    the prison of that town, not the town."""
    return {
        i
        for i, group in enumerate(groups)
        if any(w in context.inside for w in words[max(0, group[0].start - 3) : group[0].start])
        or any(
            w in context.prison_staff for w in words[max(0, group[0].start - STAFF_REACH) : group[0].start]
        )
    }


def living_groups(groups: Sequence[Sequence[Match]], words: Sequence[str], context: ContextWords) -> set[int]:
    """Places right after "žije", "bydlí", "bude bydlet", "stěhuje se" ("žije ve Znojmě, věznici
    má za sebou"): the town where the client lives, never its prison, whatever prison word is
    elsewhere in the question."""
    return {
        i
        for i, group in enumerate(groups)
        if any(w in context.living for w in words[max(0, group[0].start - LIVING_REACH) : group[0].start])
    }


def unrequested_needs(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    denied: set[int],
    context: ContextWords,
) -> set[int]:
    """Needs only mentioned ("má exekuce") when another is asked for ("hlavně potřebuje bydlení")."""
    needs = [i for i, g in enumerate(groups) if i not in denied and "need" in _kinds(g)]
    if len(needs) < 2:
        return set()
    requested = set()
    for i in needs:
        start = groups[i][0].start
        sentence = marks[start][0]
        reach = range(max(0, start - REQUEST_REACH), start)
        if any(words[p] in context.request and marks[p][0] == sentence for p in reach):
            requested.add(i)
    return set(needs) - requested if requested else set()


def unrequested_places(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    set_apart: set[int],
    context: ContextWords,
) -> set[int]:
    """In a letter of several sentences, places in the sentence of the last request ("hledá bydlení
    v Ostravě") decide; places only told in other sentences ("si odpykává trest v Opavě") are
    background."""
    places = [i for i, g in enumerate(groups) if i not in set_apart and _kinds(g) & PLACE_KINDS]
    sentences = {marks[groups[i][0].start][0] for i in places}
    if len(sentences) < 2:
        return set()
    # The last request decides: "... chce se vrátit do Jihlavy. Nejvíc teď hoří dluhy, kdo uvnitř?"
    asking = {max((marks[p][0] for p, w in enumerate(words) if w in context.request), default=-1)}
    # A place read through a typo repair ("zpátky" ~ Žatec) is too weak to outweigh the others.
    requested = {i for i in places if marks[groups[i][0].start][0] in asking and groups[i][0].typos == 0}
    return set(places) - requested if requested else set()


def with_background_places(
    groups: Sequence[Sequence[Match]], words: Sequence[str], set_apart: set[int]
) -> set[int]:
    """Prison words next to a background place ("released from Mírov prison", "z věznice v Opavě"):
    they belong to that place and make no other place a prison."""
    found: set[int] = set()
    for i, group in enumerate(groups):
        if _kinds(group) != {"prison_word"}:
            continue
        for j in set_apart:
            other = groups[j]
            gap = (
                words[group[0].end : other[0].start]
                if group[0].end <= other[0].start
                else words[other[0].end : group[0].start]
            )
            if _kinds(other) & PLACE_KINDS and len(gap) <= 1 and all(len(w) <= 2 for w in gap):
                found.add(i)
    return found


def ages(question: str) -> list[int]:
    """Ages written in a question: '17 let', '17letej', 'holka, 23 let', '(34)', '72 r.'."""
    found = []
    for match in _AGE.finditer(fold(question)):
        value = int(match.group(1) or match.group(2) or match.group(3))
        if 10 <= value <= 99:
            found.append(value)
    return found


def age_targets(age: int) -> list[str]:
    """The profile's age audiences: 15-17 juveniles, 18-26 young adults, 70+ seniors."""
    if 15 <= age <= 17:
        return ["juveniles"]
    if 18 <= age <= 26:
        return ["young-adults"]
    if age >= 70:
        return ["seniors"]
    return []


def outside_the_domain(words: Sequence[str], covered: set[int], context: ContextWords) -> bool:
    """A word of a question no service answers (a timetable, the weather, a count of prisoners)."""
    return any(
        position not in covered and (word in context.outside or word.startswith(context.outside_beginnings))
        for position, word in enumerate(words)
    )
