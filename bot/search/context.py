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

from bot.search.lexicon import COUNT_WORDS, Match
from bot.text.czech import fold, is_czech_word, is_verb_form

ROLES = (
    "origin",
    "living",
    "anywhere",
    "negator",
    "has_not",
    "has",
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
    "first_person",
    "female_relative",
    "male_relative",
    "visit_word",
    "visit_rule",
    "help_request",
    "female_self",
    "inside_request",
    "priority",
    "priority_after",
    "prisoner_genitive",
    "sentenced",
    "urgent_time",
    "mother",
    "send",
    "filler",
    "later",
    "visiting",
    "office",
    "sentence_years",
    "who",
    "also",
    "service_form",
    "without",
    "not_a_prison",
    "going_in",
)
PLACE_KINDS = frozenset({"prison", "prison_town", "town", "other_town", "region"})
_DENIABLE = frozenset({"need", "target", "capacity"})
# "nemá dluhy" says there is no such need; "nemá práci" or "nemá kde bydlet" is the need itself.
NEEDS_A_HAS_NOT_DENIES = frozenset({"debt", "addiction"})
_AFTER = frozenset({"po", "after"})  # "po podmíněném propuštění": behind the client
# ... what can be behind him ("po léčbě", "po výkonu"), not "pomoc po exekuci"
_BEHIND = ("podmin", "lecb", "lecen", "vykon", "propust", "rozvod", "dolec", "vazb", "treatment", "release")
# who is with the children: "já s dětmi", "jsem se dvěma dětmi", "zůstala s dětmi sama"
_WITH_WHOM = frozenset(
    {
        "ja",
        "ona",
        "my",
        "jsem",
        "jsme",
        "zustala",
        "zustal",
        "zustali",
        "zije",
        "bydli",
        "sama",
        "sam",
        "doma",
        # "klientka s dětmi, hmotná nouze": the children she is with
        "klientka",
        "klientku",
        "klientky",
    }
)
# counts said before the children ("se dvěma dětmi"): the lexicon's, and "svými"
_COUNTS = COUNT_WORDS | {"svymi", "svyma"}
# "máma dvou dětí": a count in the genitive before her children
_GENITIVE_COUNTS = frozenset({"dvou", "tri", "trech", "ctyr", "ctyrech", "peti", "nekolika", "of"})
_PRISON_NOUNS = frozenset({"prison", "jail", "veznice", "veznici"})
_CLIENT = ("klient", "client")
_JOBS = ("kurator", "pracovnic", "pracovnik", "urednic", "urednik", "vychovatel", "social worker", "terenni")
_PLACE_FILLERS = frozenset(
    {
        "a",
        "nebo",
        "okoli",
        "nejblizsi",
        "blizke",
        "kdekoli",
        "kdekoliv",
        "v",
        "ve",
        "na",
        "or",
        "and",
        "around",
    }
)
# "syn vyšel z vězení a nemůže sehnat práci": his need, not the parent's who writes
_THIRD_PERSON_NEEDS = frozenset(
    {"needs", "potrebuje", "potreboval", "hleda", "wants", "nemuze", "nema", "shani", "nebude", "nowhere"}
)
# "co mám dělat", "mám dotaz": the asker speaks, but of nothing she has
_NOT_HAVING = frozenset({"dotaz", "otazku", "strach", "starost", "obavy", "delat", "udelat"})
_HIM = frozenset({"mu", "jemu", "him"})  # "kdo mu tam pomůže": help for him
_HELP = ("pomu", "pomoc", "pomoh", "help")
_FIRST_PERSON_NEEDS = frozenset(
    {"potrebuju", "potrebuji", "potrebujeme", "bych", "bychom", "hledam", "chci", "need"}
    | {"najdu", "najdeme", "sanim", "muzu", "muzeme", "obratit"}
)
# ... and "práci má", "bydlení má u sestry", "má rodinu ve Vyškově" say he has it: no such need.
NEEDS_A_HAS_DENIES = frozenset(
    {
        "employment",
        "housing",
        "housing-shelter",
        "housing-halfway",
        "housing-social",
        "documents",
        "family",
        "education",
        "counselling",  # "má kurátora i PMS": a curator he has is no need
        "mentoring",
    }
)
# What a person can be without and so need ("bez práce", "bez dokladů"); "bez drog" and "bez
# dluhů" deny instead.
_LACKED = frozenset(
    {"employment", "housing", "housing-shelter", "housing-social", "documents", "education", "benefits"}
)
# "kde má bydlet?", "kdo má bydlení pro matky", "která firma má práci": asking, not having
_ASKING = frozenset(
    {
        "kde",
        "kam",
        "co",
        "jak",
        "kdy",
        "proc",
        "kolik",
        "kdo",
        "nekdo",
        "ktery",
        "ktera",
        "ktere",
        "jaky",
        "nejaky",
    }
    | {"firma", "organizace", "neziskovka"}
)
_TROUBLE = ("problem", "potiz", "trabl", "starost")
_LACKS = frozenset({"chybi", "potrebuje", "potreboval", "potrebovala", "needs", "lacks"})
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
# "zůstala jsem", "potřebovala bych": the auxiliaries next to a feminine past form.
_TOWARDS = frozenset({"do", "to", "into", "k", "ke"})  # "z výkonu trestu do Liberce"
_FOR_SOMEONE_ELSE = frozenset(
    {("pro", w) for w in ("nej", "ni", "neho", "nich", "ne")}
    | {("for", w) for w in ("him", "her", "them")}
    | {("za", w) for w in ("nim", "ni")}  # "chodí za ním do vězení někdo …": help goes to him
)
_CLITICS = frozenset({"mu", "ji", "jim", "mi", "nam", "uz"})  # pronouns and "už"
_MY_OWN = frozenset({"bydlim", "nemam", "mam", "jezdim", "chodim", "me", "mne", "jsem", "bydlime", "jezdime"})
_OURS = frozenset({("k", "nam"), ("u", "nas"), ("za", "nami"), ("to", "us"), ("our", "prison")})
_BE = frozenset({"je", "jsou", "byl", "byla", "is", "was"})
_WITH = frozenset({"s", "se", "with"})
_CHILDREN = ("det", "dit", "child", "kids")
_IS = frozenset({"is", "are", "was", "were"})
_AS = frozenset({"jako", "as"})  # "is there anyone": no place meant
_FIRST_PERSON_AUXILIARIES = frozenset({"jsem", "sem", "bych"})
OUTSIDE_PHRASE_GAP = 3  # "poslat manželovi peníze", "poslat odsouzenému do Opavy balíček"
_IT = frozenset({"to", "tohle", "it", "this"})  # "potřebuje to vyřešit": the need just named
_BUT = frozenset({"ale", "vsak", "avsak", "jenze", "but"})
URGENT_TIME_REACH = 4  # "dneska večer nemá kam jít spát", not "dnes vyšla z Opavy, má dluhy"
PRIORITY_AFTER_REACH = 5  # "nemá kde bydlet, to je teď nejdůležitější"
REQUEST_REACH = 8  # "potřeboval by hlavně někoho, kdo ho bude provázet"
PRIORITY_REACH = 14  # a priority word's need may come late in its sentence
# ... the words that say "most of all" ("prosím", "nejdřív" do not reach so far)
_FAR_PRIORITY = frozenset(
    {"nejvic", "hlavne", "nejdulezitejsi", "predevsim", "zejmena", "mainly", "especially"}
)

# What follows a number that is no age: money, time, distance, counts of things.
_NOT_AN_AGE = r"(?!\s*(?:\d{3}|tis|kc|korun|mesic|tyd|dn|hod|min|%|deti|x\b|km|exekuc|dluh|let|rok|[./:]\d))"
_AGE = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*-?\s*(?:let[a-z]*|rok[a-z]*|r\b|y\b|yo\b|years?\b|year-old)|\((\d{1,2})\)"
    r"|\b(?:je\s+(?:mu\s+|ji\s+|mi\s+)?|(?:he|she)\s+is\s+|i\s+am\s+)(\d{1,2})\b" + _NOT_AN_AGE +
    # "kluk 17", "klienta, 35, který": a number right after one person is that person's age
    r"|\b(?:kluk|kluka|holka|holky|klient|klienta|klientka|klientky|klientku|syn|syna|dcera|dceru|chlap"
    r"|chlapa|mladik|slecna|muz|zena|fetak|fetaka|fetacka|fetacku|narkoman|narkomana|gambler"
    r"|boy|girl|son|daughter|man|woman)"
    r"\s*,?\s*(\d{2})\b" + _NOT_AN_AGE
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
    first_person: frozenset[str] = frozenset()
    female_relatives: frozenset[str] = frozenset()
    male_relatives: frozenset[str] = frozenset()
    visit_words: tuple[str, ...] = ()
    visit_rules: frozenset[str] = frozenset()
    help_requests: frozenset[str] = frozenset()
    female_self: frozenset[str] = frozenset()
    inside_request: frozenset[str] = frozenset()
    priority: frozenset[str] = frozenset()
    priority_after: frozenset[str] = frozenset()
    prisoner_genitive: frozenset[str] = frozenset()
    sentenced: frozenset[str] = frozenset()
    urgent_time: frozenset[str] = frozenset()
    mothers: frozenset[str] = frozenset()
    send: frozenset[str] = frozenset()
    living: frozenset[str] = frozenset()
    anywhere: frozenset[str] = frozenset()
    has: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    later: frozenset[str] = frozenset()
    visiting: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()
    sentence_years: frozenset[str] = frozenset()
    who: frozenset[str] = frozenset()
    also: frozenset[str] = frozenset()
    service_forms: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    not_a_prison: frozenset[str] = frozenset()
    going_in: frozenset[str] = frozenset()


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
        has=frozenset(by_role["has"]),
        not_negating=frozenset(by_role["not_negating"]),
        request=frozenset(by_role["request"] | by_role["priority"]),
        outside=frozenset(by_role["outside"]),
        outside_beginnings=tuple(sorted(by_role["outside_beginning"])),
        leaving=frozenset(by_role["leaving"]),
        asker=frozenset(by_role["asker"]),
        inside=frozenset(by_role["inside"]),
        relative=frozenset(by_role["relative"] | by_role["female_relative"]),
        relative_object=frozenset(by_role["relative_object"]),
        prison_staff=frozenset(by_role["prison_staff"]),
        asker_state=frozenset(by_role["asker_state"]),
        nobody=frozenset(by_role["nobody"]),
        outside_phrases=tuple(tuple(p.split()) for p in sorted(by_role["outside_phrase"])),
        first_person=frozenset(by_role["first_person"]),
        female_relatives=frozenset(by_role["female_relative"]),
        male_relatives=frozenset(by_role["male_relative"]),
        visit_words=tuple(sorted(by_role["visit_word"])),
        visit_rules=frozenset(by_role["visit_rule"]),
        help_requests=frozenset(by_role["help_request"]),
        female_self=frozenset(by_role["female_self"]),
        inside_request=frozenset(by_role["inside_request"]),
        priority=frozenset(by_role["priority"]),
        priority_after=frozenset(by_role["priority_after"]),
        prisoner_genitive=frozenset(by_role["prisoner_genitive"]),
        sentenced=frozenset(by_role["sentenced"]),
        urgent_time=frozenset(by_role["urgent_time"]),
        mothers=frozenset(by_role["mother"]),
        send=frozenset(by_role["send"]),
        living=frozenset(by_role["living"]),
        anywhere=frozenset(by_role["anywhere"]),
        fillers=frozenset(by_role["filler"]),
        later=frozenset(by_role["later"]),
        visiting=frozenset(by_role["visiting"]),
        offices=frozenset(by_role["office"]),
        sentence_years=frozenset(by_role["sentence_years"]),
        who=frozenset(by_role["who"]),
        also=frozenset(by_role["also"]),
        service_forms=frozenset(by_role["service_form"]),
        without=frozenset(by_role["without"]),
        not_a_prison=frozenset(by_role["not_a_prison"]),
        going_in=frozenset(by_role["going_in"]),
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
            context.priority_after,
            context.prisoner_genitive,
            context.inside_request,
            context.sentenced,
            context.urgent_time,
            context.living,
            context.anywhere,
        )
    )


def negation_kind(word: str, context: ContextWords) -> str:
    """'' (no negation), 'ahead' (nejde o X, bez X), 'verb' (X nepotřebuje), 'has_not' (X nemá),
    'has' (práci má: what he has is not needed)."""
    if word in context.not_negating:
        return ""
    if word in context.has_not:
        return "has_not"
    if word in context.has:
        return "has"
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
    asked: frozenset[int] = frozenset(),
) -> set[int]:
    """Indexes of the groups a negation in the same clause denies."""
    denied: set[int] = set()
    for position, word in enumerate(words):
        if position in covered:
            continue
        kind = negation_kind(word, context)
        if not kind:
            continue
        if kind == "has_not" and words[position + 1 : position + 2] and words[position + 1] in context.nobody:
            continue  # "nemá nikoho na dluhy": nobody helps with them, the need stands
        if kind == "has_not" and "need" in words[position + 1 : position + 3]:
            kind = "ahead"  # "he doesn't need housing": not needed, whatever it is
            position = words.index("need", position + 1)
        if kind == "has_not" and position + 1 < len(words) and words[position + 1].startswith(_TROUBLE):
            # "nemá problém s bydlením": no trouble with anything named, not only debts
            kind, position = "ahead", position + 1
        if kind == "has" and any(w.startswith("aby") for w in words[max(0, position - 3) : position]):
            continue  # "aby mu obec zajistila sociální byt": what is to be arranged, not had
        if kind == "has":
            sentence = [w for p, w in enumerate(words) if marks[p][0] == marks[position][0]]
            # "Má doklady, má práci, ale nemá nikoho … – mentoring?": a question that also says
            # what he lacks tells what he has
            lacks = any(w in context.has_not or w in _LACKS for w in sentence)
            if (marks[position][0] in asked and not lacks) or (
                position > 0 and words[position - 1] in _ASKING
            ):
                # "Má azylák v Brně volno?", "kdo má bydlení pro matky": asked, not had
                continue
            if position + 1 < len(words) and words[position + 1].startswith(_TROUBLE):
                continue  # "má problém s bydlením": the need itself
        if kind == "verb" and position > 0 and words[position - 1].startswith("aby"):
            continue  # "abychom nebyli na ulici", "aby neskončil na ulici": what is to be prevented
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
        if kind == "has":
            # only what is right beside it: "práci má", "má kde bydlet", not "má zájem o práci"
            # "bydlení mu zajistila rodina": a pronoun between is still beside
            gap = 1 if position > 0 and words[position - 1] in _CLITICS else 0
            beside = [
                i
                for i in [*behind, *ahead]
                if groups[i][0].end in (position, position - gap) or groups[i][0].start == position + 1
            ]
            # "má práci i bydlení i doklady", "práci a bydlení má": what is joined to it is had too;
            # "má práci a bydlení pro propuštěné": offered, none of it had
            chain = _joined(beside, groups, words)
            offered = any(words[groups[i][0].end : groups[i][0].end + 1] == ["pro"] for i in chain)
            options = [
                i
                for i in ([] if offered else chain)
                if _kinds(groups[i]) == {"need"} and {m.entry.value for m in groups[i]} <= NEEDS_A_HAS_DENIES
            ]
        elif kind == "has_not":
            options = [*reversed(behind), *ahead]
            options = [i for i in options if _kinds(groups[i]) == {"need"}]
            options = [
                i
                for i in options
                if {m.entry.value for m in groups[i]} <= NEEDS_A_HAS_NOT_DENIES
                # "rodinu nemá", "nemá rodinu": nobody to keep in touch with ("nemá kontakt s
                # rodinou" is the need)
                or (
                    {m.entry.value for m in groups[i]} == {"family"}
                    and (groups[i][0].end == position or groups[i][0].start == position + 1)
                    and not _wants_it(words, marks, position)
                )
            ]
        elif kind == "verb":
            # "nechce k-centrum", "práci nepotřebuje": a verb denies a need, not a place.
            options = [i for i in [*reversed(behind), *ahead[:1]] if _kinds(groups[i]) & _DENIABLE]
        else:
            # "nejde o drogy", "ne v Praze"; at the end of a clause "psycholog ne, spíš duchovní".
            options = ahead[:1] or [i for i in reversed(behind) if position - groups[i][0].end <= 1][:1]
            if word in context.without and not ahead:
                options = []  # "ve Vyškově bez peněz": "bez" looks ahead only, at what is lacked
            lacked = [i for i in options if _kinds(groups[i]) == {"need"} and _values(groups[i]) <= _LACKED]
            if word in context.without and lacked == options:
                options = []  # "je bez práce", "bez střechy nad hlavou": what he lacks is the need
            if (
                word == "ne"
                and not ahead
                and all({m.entry.value for m in groups[i]} <= NEEDS_A_HAS_DENIES for i in options)
                and any(
                    words[p] in context.has and marks[p][0] == marks[position][0] for p in range(position)
                )
            ):
                options = []  # "Doklady má, práci ne": what he has not is what he needs
        if options and kind == "has":
            denied.update(options)  # "má práci i bydlení": all that he has
        elif options:
            denied.add(options[0])
    return denied


# "rodinu nemá a chce ji najít": what he has not, he wants
_WANTING = ("chce", "chtel", "hleda", "najit", "najde", "kontakt", "obnov", "wants")


def _wants_it(words: Sequence[str], marks: Sequence[tuple[int, int]], position: int) -> bool:
    """A word of wanting or contact after `position` in its sentence."""
    return any(
        w.startswith(_WANTING)
        for p, w in enumerate(words)
        if p > position and marks[p][0] == marks[position][0]
    )


def _joined(first: list[int], groups: Sequence[Sequence[Match]], words: Sequence[str]) -> list[int]:
    """The groups joined to `first` by "i"/"a", following the whole chain."""
    chain = list(first)
    grown = True
    while grown:
        grown = False
        for j in range(len(groups)):
            if j in chain:
                continue
            if any(
                words[groups[i][0].end : groups[j][0].start] in (["i"], ["a"])
                or words[groups[j][0].end : groups[i][0].start] in (["i"], ["a"])
                for i in chain
            ):
                chain.append(j)
                grown = True
    return chain


def _kinds(group: Sequence[Match]) -> set[str]:
    return {m.entry.kind for m in group}


def _values(group: Sequence[Match]) -> set[str]:
    return {m.entry.value for m in group}


def background_places(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    denied: set[int],
    context: ContextWords,
    marks: Sequence[tuple[int, int]] = (),
    *,
    asker_helped: bool = False,
) -> set[int]:
    """Places the client comes from ("z Heřmanic", "původem z Olomouce") when another place is named.
    The asker's own place ("jsem v Jihlavě") is background, unless the asker is the one helped
    (`asker_helped`: a prisoner's relative asking for themselves).

    The place wanted is where the service should be; where someone comes from or is released
    from is background unless it is the only place in the question.
    """
    origin: set[int] = set()
    wanted: set[int] = set()
    relatives: list[int] = []
    # "kdo s tím pomůže tady u nás ve věznici?", "kdo k nám dochází": the asker's own place is
    # the one asked about
    places = {g[0].start for g in groups if _kinds(g) & PLACE_KINDS}
    ours = any(
        _asks_about_us(words, p, context) and not places & set(range(p + 2, p + 6))
        for p in range(len(words) - 1)
    )
    own: set[int] = set()  # the asker's own places, when asked about
    myself = _was_inside_myself(words, context)  # "jsem venku z Mírova, bydlím v Přerově": where he lives
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
        # "manžel sedí ve Znojmě, mám exekuce, jsem z Frýdku": a relative asking for herself
        # says where she is from, which is where she needs help
        her_home = asker_helped and start >= 2 and words[start - 2] in context.asker
        askers = not asker_helped and not myself and _said_by_asker(words, marks, start, context)
        if askers and ours:
            own.add(i)
        if (
            (any(w in context.origin for w in near) and not her_home)
            or (asker_helped and _serving_in(words, start, context))
            or any(w in context.leaving for w in before)
            or (askers and not ours)
        ):
            origin.add(i)
        elif _relative_at(start, words, marks, context, prisoner_is_client=not asker_helped) >= 0:
            origin.add(i)
            relatives.append(i)
        else:
            wanted.add(i)
    if own and not own & origin:
        # "jsem vychovatelka v Opavě, půjde bydlet do Krnova, kdo k nám dochází?": only there, not
        # where the client will live ("… a pomáhá s bydlením v Olomouci" still asks there)
        return origin | {i for i in wanted - own if _where_living(words, groups[i][0].start, context)}
    if not wanted and relatives and len(origin) > 1:
        # "jeho táta je na Mírově, syn bydlí v Olomouci a potřebuje …": only relatives' places,
        # so the relative who needs help is the last one named.
        origin.discard(relatives[-1])
        return origin
    if not wanted and (
        any(w in context.anywhere for w in words) or ("jedno", "kde") in zip(words, words[1:], strict=False)
    ):
        # ("je jedno kde": no matter where)
        # "vychází z Drahonic, … kdekoliv v republice": where the client leaves is no place asked for
        return origin
    return origin if wanted else set()


def relatives_prison_beside_home(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    set_apart: set[int],
    context: ContextWords,
) -> tuple[set[int], set[int]]:
    """ "babička vychovává vnoučata, jejich máma sedí ve Světlé, … bydlí v Pardubicích": the
    place where a relative serves is background when a home is named in another clause ("bydlí
    v", "žije v"), unless help inside is asked ("kdo tam chodí"). Those places, and the homes,
    which are wanted even when a relative lives there ("táta sedí ve Valdicích, dcera bydlí v
    Brně, potřebuje doučování")."""
    places = [i for i, g in enumerate(groups) if i not in set_apart and _kinds(g) & PLACE_KINDS]
    serving: set[int] = set()
    for i in places:
        start = groups[i][0].start
        position = _relative_at(start, words, marks, context, objects=False)
        if position >= 0 and position < start and _serving_there(words, position, start, context):
            serving.add(i)
    # visits happen where the relative serves ("dcera sedí v Opavě, máma bydlí v Ostravě,
    # návštěvy"); help of another kind after a visit is still wanted at home ("po návštěvě
    # potřebuje psychologa")
    needs = {m.entry.value for g in groups for m in g if m.entry.kind == "need"}
    visits = any(w.startswith(context.visit_words) for w in words) and needs <= {"family"}
    if not serving or visits or prisoner_is_helped(words, context):
        return set(), set()
    homes = {
        j
        for j in places
        if j not in serving
        and _where_living(words, groups[j][0].start, context)
        and all(marks[groups[j][0].start][1] != marks[groups[i][0].start][1] for i in serving)
    }
    return (serving, homes) if homes else (set(), set())


def askers_places(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    context: ContextWords,
) -> set[int]:
    """Places the asker says she is in ("já jsem doma s dětmi v Hradci Králové", "jsem z
    Brna"): for a prisoner's relative asking for herself, the town where she lives."""
    return {
        i
        for i, group in enumerate(groups)
        if _kinds(group) & PLACE_KINDS
        and _said_by_asker(words, marks, group[0].start, context)
        and not _serving_in(words, group[0].start, context)
    }


def _said_by_asker(
    words: Sequence[str], marks: Sequence[tuple[int, int]], start: int, context: ContextWords
) -> bool:
    """An asker's word ("jsem", "pracuju", "bydlím") shortly before `start`, in its clause."""
    return any(
        words[p] in context.asker and (not marks or marks[p][1] == marks[start][1])
        for p in range(max(0, start - ASKER_REACH), start)
    )


def _where_living(words: Sequence[str], start: int, context: ContextWords) -> bool:
    """A living word just before the place: "půjde bydlet do Krnova", "se chce usadit v X"."""
    return any(w in context.living for w in words[max(0, start - LIVING_REACH) : start])


def _asks_about_us(words: Sequence[str], position: int, context: ContextWords) -> bool:
    """ "kdo k nám dochází", "pomůže tady u nás ve věznici": who comes to the asker's own place is
    asked ("bydlet nebude u nás", "bude u nás v Ostravě bydlet" say where the client lives)."""
    if (words[position], words[position + 1]) not in _OURS:
        return False
    if any(negation_kind(w, context) == "verb" for w in words[max(0, position - 2) : position]):
        return False  # "bydlet nebude u nás" ("nějaká neziskovka k nám dochází?" is no negation)
    around = words[max(0, position - 4) : position + 4]
    return any(w in context.visiting or w in _PRISON_NOUNS or w in ("kdo", "who") for w in around)


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


def _relative_at(
    start: int,
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    context: ContextWords,
    *,
    objects: bool = True,
    prisoner_is_client: bool = False,
) -> int:
    """The position of the relative whose own place starts at `start`, or -1: "maminka klienta
    bydlí v Opavě", "syn klientky sedí v X", "má v Opavě jen přítelkyni" — a relative's own
    place, in the same clause ("rodinu má ve Vyškově" too); "u mámy v Havířově" (where the
    client will live) is not."""
    after = range(start + 1, min(len(words), start + 1 + RELATIVE_AFTER)) if objects else range(0)
    positions: list[int] = [*range(max(0, start - RELATIVE_REACH), start), *after]
    anyone = context.relative | context.relative_object
    # "rodinu má ve Vyškově", "má mámu v X": a relative named as the object before the place
    last_has = max((p for p in range(start) if words[p] in context.has), default=-2) if objects else -2
    for position in positions:
        relatives = anyone if position > start or last_has >= position - 1 else context.relative
        if words[position] not in relatives:
            continue
        if marks and marks[position][1] != marks[start][1]:
            continue
        if position > 0 and words[position - 1] in _RELATIVE_PREPOSITIONS:
            continue
        if (
            prisoner_is_client
            and position < start
            and not (position + 1 < len(words) and words[position + 1].startswith(_CLIENT))
            and _serving_there(words, position, start, context)
        ):
            # "brácha sedí v Kuřimi a potřebuje mentora": the relative is the prisoner, the one
            # helped, in that prison (unless the asker asks for themselves: relative_asks)
            continue
        return position
    return -1


def _serving_there(words: Sequence[str], relative: int, start: int, context: ContextWords) -> bool:
    """The relative named before the place is in prison there: "sedí v X", "is in X prison"."""
    return (
        any(w in context.inside for w in words[relative + 1 : start])
        or any(w in _PRISON_NOUNS for w in words[start + 1 : start + 3])
        or _serving_in(words, start, context)  # "syn je ve vazbě v Brně"
    )


def helped_relative(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    set_apart: set[int],
    context: ContextWords,
) -> int:
    """ "maminka klienta bydlí v Opavě a potřebuje poradit": the place kept is a relative's own,
    so the relative is the one who needs help (the profile's audience 'families'). The position
    of that relative's word, or -1."""
    for i, g in enumerate(groups):
        if i not in set_apart and _kinds(g) & PLACE_KINDS:
            position = _relative_at(g[0].start, words, marks, context, objects=False, prisoner_is_client=True)
            if position >= 0:
                return position
    return -1


def prisoners_relative(words: Sequence[str], context: ContextWords) -> int:
    """ "dcera odsouzeného potřebuje …", "sestra vězně": the position of a prisoner's relative
    named as such, or -1."""
    for position, word in enumerate(words[:-1]):
        if word in context.relative and words[position + 1] in context.prisoner_genitive:
            if position == 0 or words[position - 1] not in _RELATIVE_PREPOSITIONS:
                return position
    return -1


# A need said of a woman: feminine anywhere after her in her sentence, or right after her.
_SHE_WOULD = frozenset({"potrebovala", "chtela"})
_NEEDS_NOW = frozenset({"potrebuje", "hleda"})
# A woman of the family as the object of what happened ("mámu to zničilo")
_HER = frozenset({"mamu", "maminku", "mamku", "sestru", "babicku", "dceru", "manzelku", "partnerku"})


def is_woman_relative(word: str, context: ContextWords) -> bool:
    """A word naming a woman of the family, also as the object ("mámu", "sestru")."""
    return word in context.female_relatives or word in _HER


def woman_relative_in_need(
    words: Sequence[str], marks: Sequence[tuple[int, int]], context: ContextWords
) -> int:
    """ "Brácha sedí v Plzni, mámu to zničilo, potřebovala by psychologa", "Babička se stará o
    vnoučata, syn jí sedí na Mírově – potřebovala by …": a woman of the prisoner's family (someone
    else is the one inside) and a need said of a woman in her sentence. The position of her
    word, or -1."""
    if any(w.startswith(_CLIENT) for w in words):
        return -1
    inside = [p for p, w in enumerate(words) if w in context.inside or w in context.sentenced]
    for position, word in enumerate(words):
        if not is_woman_relative(word, context):
            continue
        if position > 0 and (words[position - 1] in _RELATIVE_PREPOSITIONS or words[position - 1] == "pro"):
            continue  # "u mámy", "pro mámu s dětmi": where the client goes, whom a shelter is for
        if any(position < p <= position + 2 for p in inside):
            continue  # "Sestra sedí ve Světlé, chtěla by studovat": she is the one inside
        if not any(p < position or p > position + 2 for p in inside):
            continue  # someone else must be the one inside
        after = [p for p in range(position + 1, len(words)) if marks[p][0] == marks[position][0]]
        if any(words[p] in _SHE_WOULD for p in after) or any(words[p] in _NEEDS_NOW for p in after[:2]):
            return position
    return -1


def mother_with_children(words: Sequence[str], context: ContextWords) -> bool:
    """ "máma se dvěma malýma dětma", "matka se třemi dětmi", "a mother with two kids": a mother
    with her children (the audiences women and children), with up to two words between "s" and
    the children; not "u mámy s dětmi" (where the client goes)."""
    for position, word in enumerate(words):
        if word not in context.mothers or (position > 0 and words[position - 1] in _RELATIVE_PREPOSITIONS):
            continue
        for at in range(position + 1, min(len(words), position + 3)):
            if words[at] in _WITH and any(w.startswith(_CHILDREN) for w in words[at + 1 : at + 4]):
                return True
        # "máma dvou dětí", "matka tří malých dětí": her children in the genitive, after a count
        if any(w in _GENITIVE_COUNTS for w in words[position + 1 : position + 3]) and any(
            w.startswith(_CHILDREN) for w in words[position + 2 : position + 5]
        ):
            return True
    return False


# "my mum needs help", "máma potřebuje": a woman's need beside the man
_MOTHERS_NEED = frozenset({"mum", "mom", "mother", "mama", "maminka", "matka", "mamka"})
# "jeho syn", "syn klientky": somebody else's relative, not the client
_SOMEBODY_ELSES = frozenset({"jeho", "jeji", "klientuv", "klientovo", "jejich", "his", "her"})


def male_relative_client(words: Sequence[str], context: ContextWords) -> bool:
    """ "můj syn vyšel z vězení a nemá práci", "brácha vylezl z basy": the client is a man, named
    by a relative's word (the generic masculine of "vyšel", "propuštěný" is no gender), when the
    need said is his ("my father is in prison and my mum needs help" is not)."""
    his = (
        _someone_else_needs(words)
        or (prisoner_is_helped(words, context) and not any(w in _FIRST_PERSON_NEEDS for w in words))
        or any(tuple(words[p : p + 3]) == ("kam", "s", "nim") for p in range(len(words) - 2))
    )
    if not his or any(w in _MOTHERS_NEED for w in words):
        return False
    for position, word in enumerate(words):
        if word not in context.male_relatives:
            continue
        before = words[position - 1] if position > 0 else ""
        after = words[position + 1] if position + 1 < len(words) else ""
        if before in _RELATIVE_PREPOSITIONS or before in _SOMEBODY_ELSES or after.startswith(_CLIENT):
            continue
        return True
    return False


def relative_asks(groups: Sequence[Sequence[Match]], words: Sequence[str], context: ContextWords) -> bool:
    """ "syn mi sedí v Příbrami a já nevím, jak zvládnout splátky", "my husband is in prison and I
    need …": a prisoner's relative asks for themselves. A relative is named (not after a
    preposition: "u mámy"), the asker speaks in the first person, nobody is called a client, and
    someone is in prison."""
    if any(w.startswith(_CLIENT) or w.startswith(_JOBS) for w in words):
        return False  # "jsem kurátor v Olomouci, otec je na Mírově": a professional asks
    if not any(_first_person(words, p, context) for p in range(len(words))):
        return False
    if _someone_else_needs(words):
        # "my brother is in Kuřim prison and needs a mentor", "syn sedí na Pankráci, já bydlím ve
        # Zlíně, potřeboval by tam právníka": the prisoner is the one helped
        return False
    if any(pair in _FOR_SOMEONE_ELSE for pair in zip(words, words[1:], strict=False)):
        return False  # "potřebuju pro něj azylák": the asker asks for someone else
    if any(tuple(words[p : p + 3]) in _WHERE_WITH_HIM for p in range(len(words) - 2)):
        return False  # "bude bydlet se mnou, ale pije. Kam s ním?": where to take him
    if any(_works_with_him(words, p) for p in range(len(words) - 1)):
        return False  # "hledám někoho, kdo by s ním pracoval už teď ve vazbě": for him
    if prisoner_is_helped(words, context) and not any(w in _FIRST_PERSON_NEEDS for w in words):
        return False  # "chodí tam za nimi někdo?", "je tam nějaký program?": for the prisoner
    if _was_inside_myself(words, context):
        return False  # "vylez jsem z Jiřic, máma mě nechce": the released person asks
    relative = any(
        w in context.relative and (p == 0 or words[p - 1] not in _RELATIVE_PREPOSITIONS)
        for p, w in enumerate(words)
    )
    in_prison = any(w in context.inside or w in context.sentenced for w in words) or any(
        m.entry.kind in ("prison", "prison_word") or m.entry.value == "in-custody" for g in groups for m in g
    )
    return relative and in_prison


def _works_with_him(words: Sequence[str], position: int) -> bool:
    """ "kdo by s ním pracoval", "someone to work with him": work with the prisoner is asked ("nemám
    s ním kontakt", "nevím si s ním rady" are the asker's own)."""
    if (words[position], words[position + 1]) not in _WITH_HIM:
        return False
    near = [*words[max(0, position - 2) : position], *words[position + 2 : position + 4]]
    return any(w.startswith(("pracov", "work")) for w in near)


_WHERE_WITH_HIM = frozenset({("kam", "s", "nim"), ("kam", "s", "ni")})
_WITH_HIM = frozenset({("s", "nim"), ("s", "ni"), ("with", "him"), ("with", "her")})


def _first_person(words: Sequence[str], position: int, context: ContextWords) -> bool:
    """The asker speaks of herself: "já", "potřebuju", "mám exekuce" ("co mám dělat", "mám
    dotaz" say nothing of her)."""
    word = words[position]
    if word not in context.first_person:
        return False
    if word == "mam":
        after = words[position + 1 : position + 2]
        return not (position > 0 and words[position - 1] == "co") and not (after and after[0] in _NOT_HAVING)
    return True


# "vylezl jsem", "jsem venku z Mírova", "pustili mě": the asker is the one released
_RELEASED_VERBS = frozenset(
    {"vylez", "vylezl", "vylezla", "vysel", "vysla", "venku", "pustili", "propustili"}
)
_ME = frozenset({"jsem", "me", "mne"})
# "manžel ještě sedí", "brácha je ve vazbě": a relative inside now
_INSIDE_NOW = frozenset({"vezeni", "vazbe", "vykonu", "base", "kriminale", "lapaku", "veznici"})


def _was_inside_myself(words: Sequence[str], context: ContextWords) -> bool:
    """The asker is the one released: "vylez jsem z Jiřic", "jsem venku z Mírova", "pustili mě".
    Not when a relative is the one out ("brácha je venku, jsem jeho sestra") or still inside
    ("manžel ještě sedí, jsem venku s dětmi sama")."""
    if any(
        w in context.relative and any(v in context.inside or v in _INSIDE_NOW for v in words[p + 1 : p + 5])
        for p, w in enumerate(words)
    ):
        return False
    return any(
        w in _RELEASED_VERBS
        and _ME & {words[p - 1] if p > 0 else "", words[p + 1] if p + 1 < len(words) else ""}
        and not any(r in context.relative for r in words[max(0, p - 3) : p])
        for p, w in enumerate(words)
    )


def _someone_else_needs(words: Sequence[str]) -> bool:
    """A need said in the third person ("needs", "potřebuje", "kdo mu pomůže") and none in the
    first ("potřebuju", "I need")."""
    for_him = any(
        w in _HIM
        and (
            any(v.startswith(_HELP) for v in words[p + 1 : p + 4])
            or (p > 0 and words[p - 1].startswith(_HELP))
        )
        for p, w in enumerate(words)
    )  # "kdo mu pomůže", "who can help him"
    third = (
        for_him
        or any(w in _THIRD_PERSON_NEEDS for w in words)
        or ("chtel", "by") in zip(words, words[1:], strict=False)  # "chtěl by začít s oddlužením"
    )
    return third and not any(w in _FIRST_PERSON_NEEDS for w in words)


def imprisoned_relatives(
    groups: Sequence[Sequence[Match]], words: Sequence[str], set_apart: set[int], context: ContextWords
) -> set[int]:
    """ "my brother is in Opava prison and needs a job", "manžel sedí na Borech, potřebuje
    právníka": the relative named is the prisoner and the one who needs help, so the words that
    name him say no audience 'families' (they are set aside as background)."""
    inside_asked = prisoner_is_helped(words, context) and not any(w in _FIRST_PERSON_NEEDS for w in words)
    if not _someone_else_needs(words) and not inside_asked:
        return set()  # ("my brother is in Bory … any addiction programme inside?": his help)
    found = set()
    for i, group in enumerate(groups):
        if i in set_apart or not any(m.entry.kind == "target" and "families" in m.entry.value for m in group):
            continue
        start, end = group[0].start, group[0].end
        named = words[start:end]
        # "sedí", "dostal 5 let", or a prison named right after: "is in Opava prison"
        serving = any(w in context.inside or w in context.sentenced for w in words[start : end + 4]) or any(
            end <= other[0].start <= end + 4 and {m.entry.kind for m in other} & {"prison", "prison_word"}
            for other in groups
        )
        if serving and any(w in context.relative for w in named):
            found.add(i)
    return found


# Greetings after which a word for a group of people is whom the message is to ("Ahoj holky,
# …"); "Ahoj, klientce je 45" still speaks of the client.
_GREETINGS = frozenset({"ahoj", "cau", "zdravim", "zdravime", "nazdar", "hi", "hello", "hey"})
_COLLEAGUES = frozenset(
    {"holky", "holcicky", "kluci", "lidi", "kolegyne", "kolegove", "girls", "guys", "ladies"}
)


def addressed_people(groups: Sequence[Sequence[Match]], words: Sequence[str]) -> set[int]:
    """ "Ahoj holky, máte zkušenost s azylákem?": the colleagues greeted are no audience."""
    return {
        i
        for i, group in enumerate(groups)
        if _kinds(group) == {"target"}
        and 0 < group[0].start <= 2
        and words[group[0].start - 1] in _GREETINGS
        and words[group[0].start] in _COLLEAGUES
    }


def askers_organisation(
    groups: Sequence[Sequence[Match]], words: Sequence[str], context: ContextWords
) -> set[int]:
    """ "píšu z Městského úřadu v Mostě", "jsme z Charity", "jsem z OSPODu": where the asker
    works is no organisation or help asked about ("jsem z dluhů zoufalá" is her need: only an
    office's word counts)."""
    return {
        i
        for i, group in enumerate(groups)
        if (
            _kinds(group) <= {"organization", "org_word"}
            or (_kinds(group) == {"need"} and words[group[0].start] in context.offices)
        )
        and group[0].start >= 2
        and words[group[0].start - 1] in context.origin
        and words[group[0].start - 2] in context.asker
    }


def region_adjectives(
    groups: Sequence[Sequence[Match]], words: Sequence[str], marks: Sequence[tuple[int, int]]
) -> set[int]:
    """A region's adjective that is also its main town's: the region when "kraj" follows it
    ("Ústecký nebo Liberecký kraj", "v Karlovarském kraji") or no noun does ("něco v
    Karlovarském?"); the town before a noun of its own ("plzeňskej azylák", "olomoucká poradna")."""
    regional = set()
    for i, group in enumerate(groups):
        kinds = _kinds(group)
        if group[0].length != 1 or "region" not in kinds or not kinds & {"town", "prison_town"}:
            continue
        if not _REGION_ADJECTIVE.search(words[group[0].start]):
            continue  # "Pha", "Praha": the capital is its own region, no adjective to weigh
        end = group[0].end
        after = [p for p in range(end, min(len(words), end + 3)) if marks[p][1] == marks[end - 1][1]]
        if not after or any(words[p].startswith("kraj") for p in after):
            regional.add(i)
    return regional


_REGION_ADJECTIVE = re.compile(r"[sc]k(?:y|a|e|em|ou|ej|ych|eho|ym|emu|yho|ymu|ymi)$")


def asks_who_goes_in(words: Sequence[str], context: ContextWords) -> bool:
    """ "Horní Slavkov – kdo tam chodí?", "chodí tam někdo s programem?": who goes in there is
    asked, so a town with a prison stands for its prison ("dochází někdo do rodin" goes into no
    prison)."""
    return any(
        w in context.visiting and "tam" in words[max(0, p - 1) : p + 2] and _who_near(words, p, context)
        for p, w in enumerate(words)
    )


def _who_near(words: Sequence[str], position: int, context: ContextWords) -> bool:
    return any(w in context.who for w in words[max(0, position - 2) : position + 3])


def asker_is_woman(words: Sequence[str], context: ContextWords) -> bool:
    """ "zůstala jsem sama", "potřebovala bych": a relative asking for herself is a woman (a
    feminine past form next to jsem/bych, or "sama")."""
    if any(w in context.female_self for w in words):
        return True
    for position, word in enumerate(words):
        if word in _FIRST_PERSON_AUXILIARIES:
            near = words[max(0, position - 2) : position + 3]
            if any(len(w) >= 4 and w.endswith("la") and w.isalpha() for w in near):
                return True
    return False


def prisoner_is_helped(words: Sequence[str], context: ContextWords) -> bool:
    """ "kdo tam chodí", "kdo mu pomůže", "who works with families there": the help is wanted
    in the prison, for the prisoner, even when a relative asks."""
    return any(
        w in context.inside_request
        and not (w == "there" and p > 0 and words[p - 1] in _IS)
        # "bydlím tam", "tam nemám nikoho", "jezdím tam", "navštěvuje mě": the asker's own
        and not {words[p - 1] if p > 0 else "", words[p + 1] if p + 1 < len(words) else ""} & _MY_OWN
        for p, w in enumerate(words)
    )


def askers_own_needs(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    denied: set[int],
    context: ContextWords,
    *,
    asker_helped: bool = False,
) -> set[int]:
    """ "jsem v práci druhý týden", "jsem na úřadě práce": the asker's own situation is no need
    (unless the asker is the client: "jsem venku z Mírova, … zase jsem začal pít").
    `asker_helped`: a prisoner's relative asks for herself (`relative_asks`)."""
    own: set[int] = set()
    if _was_inside_myself(words, context):
        return own
    # A relative asking for herself: how she is ("jsem z toho v depresi", "mám dluhy") is her
    # need, where she is ("jsem v důchodu", "jsem v práci") stays her situation.
    troubles = _TROUBLES if asker_helped else frozenset()
    for i, group in enumerate(groups):
        if _values(group) & troubles:
            continue
        start = group[0].start
        if i not in denied and "need" in _kinds(group) and _says_what_they_are(words, start, context):
            own.add(i)
            continue
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


_TROUBLES = frozenset({"mental-health", "debt", "addiction", "health", "legal"})
_ARTICLES = frozenset({"a", "an"})
_SITUATION = frozenset(
    {"v", "ve", "na", "bez", "po", "u", "s", "se", "z", "ze", "do", "k", "ke", "in", "on", "at"}
)


def _says_what_they_are(words: Sequence[str], start: int, context: ContextWords) -> bool:
    """ "jsem sociální pracovnice", "jsem nový farář", "I am a social worker": the asker's own
    job or organisation ("jsme azylový dům") named right after "jsem", at most one word between;
    in English only after "am a(n)" ("I am looking for work" asks)."""
    before = words[max(0, start - 3) : start]
    if words[start] in _SITUATION:
        return False  # "jsem na ulici": where the asker is, not what
    if len(before) >= 2 and before[-1] in _ARTICLES:
        return before[-2] == "am" or (len(before) == 3 and before[-3] == "am" and before[-2].isalpha())
    czech = {w for w in context.asker_state if w != "am"}
    if before and before[-1] in czech:
        return True
    # "jsem na ulici s dětmi", "jsem bez práce": a preposition starts a situation, not a job
    return (
        len(before) >= 2
        and before[-2] in czech
        and before[-1] not in context.request | context.negators | _SITUATION
    )


def outside_phrase(
    words: Sequence[str], context: ContextWords, marks: Sequence[tuple[int, int]] = ()
) -> bool:
    """ "návštěvní hodiny", "poslat synovi peníze", "číslo účtu", "telefonovat": the real topic is
    outside the domain (a schedule, money or parcels sent to a prisoner, a call), even with a
    need or a prison named. A phrase word ending in * matches any word beginning so; up to
    `OUTSIDE_PHRASE_GAP` other words may stand between two phrase words, in the same sentence."""
    exact, prefixed, prefixes = _phrases_by_first_word(context.outside_phrases)
    for start, word in enumerate(words):
        candidates = exact.get(word, ())
        if prefixes and word.startswith(prefixes):
            candidates = (*candidates, *(phrase for prefix, phrase in prefixed if word.startswith(prefix)))
        if any(_phrase_at(phrase, start, words, marks) for phrase in candidates):
            return True
    return False


@cache
def _phrases_by_first_word(
    phrases: tuple[tuple[str, ...], ...],
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    """The phrases by their first word (looked up once per word of a question, not per phrase):
    those starting with a whole word, those starting with a word beginning (návštěvn*), and
    the beginnings."""
    exact: dict[str, tuple[tuple[str, ...], ...]] = {}
    prefixed = []
    for phrase in phrases:
        if phrase[0].endswith("*"):
            prefixed.append((phrase[0][:-1], phrase))
        else:
            exact[phrase[0]] = (*exact.get(phrase[0], ()), phrase)
    return exact, tuple(prefixed), tuple(prefix for prefix, _ in prefixed)


def _word_fits(pattern: str, word: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def _phrase_at(
    phrase: tuple[str, ...], start: int, words: Sequence[str], marks: Sequence[tuple[int, int]]
) -> bool:
    position = start  # the first word fits (_phrases_by_first_word)
    for pattern in phrase[1:]:
        reach = range(position + 1, min(len(words), position + 2 + OUTSIDE_PHRASE_GAP))
        found = next(
            (
                p
                for p in reach
                if _word_fits(pattern, words[p]) and (not marks or marks[p][0] == marks[start][0])
            ),
            None,
        )
        if found is None:
            return False
        position = found
    return True


def sent_to_a_prisoner(words: Sequence[str], context: ContextWords) -> bool:
    """ "Můžu poslat bratrovi do Všehrd oblečení?": something sent to a prisoner (with a prison
    read, see `understand`); a worker sending a client somewhere names the client."""
    return any(w in context.send for w in words) and not any(w.startswith(_CLIENT) for w in words)


def inside_groups(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    context: ContextWords,
    marks: Sequence[tuple[int, int]],
) -> set[int]:
    """Places right after "sedí" ("sedí v Karviné") or a prison job ("jsem vychovatel v Opavě"):
    the prison of that town, not the town."""
    return {
        i
        for i, group in enumerate(groups)
        if _serving_in(words, group[0].start, context, marks)
        or any(
            w in context.prison_staff for w in words[max(0, group[0].start - STAFF_REACH) : group[0].start]
        )
        or _goes_into(words, group[0].start, group[0].end, marks, context)
    }


def _serving_in(
    words: Sequence[str], start: int, context: ContextWords, marks: Sequence[tuple[int, int]] = ()
) -> bool:
    """The place starting at `start` is where someone serves a sentence: "sedí v Karviné",
    "je ve výkonu trestu ve Znojmě" ("po výkonu trestu v Opavě" is over). With `marks`, only in
    the place's clause when a relative is the one inside ("máma jí sedí, potřebuje doučování,
    Opava": the town the child lives in; "sedí, Opava" stays the prison)."""
    before = [
        p
        for p in range(max(0, start - 3), start)
        if not marks
        or marks[p][1] == marks[start][1]
        or not any(w in context.relative for w in words[max(0, p - 2) : p])
    ]
    return any(words[p] in context.inside for p in before) or any(
        words[p] in ("vykonu", "vazbe") and p > 0 and words[p - 1] == "ve"
        for p in range(max(0, start - 4), start)
    )


def _goes_into(
    words: Sequence[str], start: int, end: int, marks: Sequence[tuple[int, int]], context: ContextWords
) -> bool:
    """ "kdo chodí do Pardubic", "chodíte i do Valdic?", "Děti a mříže – chodí i do Rýnovic?": who
    goes into the place, asked, is going into its prison. A trip of the client's is not
    ("jezdí do Prahy za prací", "chodí do Liberce do K-centra"): the place ends the question or
    who goes is asked."""
    before = [p for p in range(max(0, start - 4), start) if words[p] not in context.also]
    if len(before) < 2 or words[before[-1]] != "do" or words[before[-2]] not in context.visiting:
        return False
    verb = before[-2]
    clause_ends = end >= len(words) or marks[end][1] != marks[end - 1][1]
    # "chodí do Opavy někdo, kdo …": who goes, said right after the place
    who_after = end < len(words) and words[end] in context.who
    return clause_ends or who_after or _who_near(words, verb, context) or words[verb].endswith("te")


def living_groups(groups: Sequence[Sequence[Match]], words: Sequence[str], context: ContextWords) -> set[int]:
    """Places right after "žije", "bydlí", "bude bydlet", "stěhuje se" ("žije ve Znojmě, věznici
    má za sebou"): the town where the client lives, never its prison, whatever prison word is
    elsewhere in the question."""
    return {
        i
        for i, group in enumerate(groups)
        if any(w in context.living for w in _before_skipping_preferences(words, group[0].start))
    }


# "chce bydlet s dětmi, ideálně v Pardubicích": a word of preference between does not count
_PREFERENCES = frozenset({"idealne", "nejlepe", "nejradeji", "nejradsi", "ideally", "preferably"})


def _before_skipping_preferences(words: Sequence[str], start: int) -> list[str]:
    """The LIVING_REACH words before `start`, words of preference not counted."""
    before: list[str] = []
    for position in range(start - 1, -1, -1):
        if len(before) == LIVING_REACH:
            break
        if words[position] not in _PREFERENCES:
            before.append(words[position])
    return before


# "bydlí u matky", "jde k mámě", "lives with his mother": whom the client stays with
_MOTHER = ("mam", "mat", "mother", "mum", "mom")
_STAYS_WITH = frozenset({"u", "k", "ke", "with"})


def staying_with_mother(
    groups: Sequence[Sequence[Match]], words: Sequence[str], set_apart: set[int]
) -> set[int]:
    """ "bydlí v Chomutově u matky": the mother he lives with is no audience (women) asked for."""
    return {
        i
        for i, group in enumerate(groups)
        if i not in set_apart
        and _kinds(group) == {"target"}
        and group[0].end - group[0].start == 1
        and group[0].start > 0
        and words[group[0].start - 1] in _STAYS_WITH
        and words[group[0].start].startswith(_MOTHER)
    }


def children_along(
    groups: Sequence[Sequence[Match]], words: Sequence[str], set_apart: set[int], context: ContextWords
) -> set[int]:
    """ "já s dětmi nemám na nájem", "zůstala se dvěma dětmi sama", "azylák pro maminku s
    dítětem": children someone is with are who the person is, not a request about the family
    (visits, contact, OSPOD ask for that)."""
    along: set[int] = set()
    for i, group in enumerate(groups):
        if i in set_apart or _kinds(group) != {"need"} or {m.entry.value for m in group} != {"family"}:
            continue
        start = group[0].start
        if group[0].end - start != 1 or not words[start].startswith(_CHILDREN):
            continue
        before = [w for w in words[max(0, start - 4) : start] if w not in _COUNTS]
        with_whom = len(before) >= 2 and (before[-2] in _WITH_WHOM or before[-2] in context.mothers)
        if with_whom and before[-1] in _WITH:
            along.add(i)
    return along


def past_needs(groups: Sequence[Sequence[Match]], words: Sequence[str], set_apart: set[int]) -> set[int]:
    """Needs named as what is behind the client ("po podmíněném propuštění", "po léčbě") when
    another need is named too: background, not what is asked for."""
    needs = [i for i, g in enumerate(groups) if i not in set_apart and "need" in _kinds(g)]
    past = {
        i
        for i in needs
        if groups[i][0].start > 0
        and words[groups[i][0].start - 1] in _AFTER
        and words[groups[i][0].start].startswith(_BEHIND)
    }
    return past if len(past) < len(needs) else set()


def later_needs(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    set_apart: set[int],
    context: ContextWords,
) -> set[int]:
    """ "práce, dluhy se vyřeší potom", "doklady počkají": a need put off till later, when another
    need is named too, is not what is asked for now."""
    needs = [i for i, g in enumerate(groups) if i not in set_apart and "need" in _kinds(g)]
    starts = {g[0].start for g in groups}
    need_starts = {groups[i][0].start for i in needs}
    later = set()
    for i in needs:
        end = groups[i][0].end
        for p in range(end, min(len(words), end + LATER_REACH)):
            if p in starts or marks[p][1] != marks[end - 1][1]:
                break  # another thing named, or another clause: "bydlení a pak práci"
            if words[p] in context.later and not need_starts & set(range(p + 1, p + 1 + LATER_REACH)):
                # ("bydlení a potom se uvidí s prací": "potom" introduces the next need)
                later.add(i)
                break
    return later if len(later) < len(needs) else set()


LATER_REACH = 4  # "dluhy se pak nějak vyřeší"


def _wish(words: Sequence[str], position: int, context: ContextWords) -> bool:
    """ "chci, aby …", "jde jen o to, aby …": "aby" after a request says what is wanted (alone,
    as in "chce, aby měl blízko k mámě", it says nothing)."""
    return words[position] == "aby" and any(
        w in context.request or w == "to" for w in words[max(0, position - 3) : position]
    )


def unrequested_needs(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    marks: Sequence[tuple[int, int]],
    denied: set[int],
    context: ContextWords,
) -> set[int]:
    """Needs only mentioned ("má exekuce") when another is asked for ("hlavně potřebuje bydlení").

    A need after a word of priority ("hlavně", "nejvíc", "urgentně") outranks one after a mere
    request ("chtěl by si dodělat výuční list …, ale nejdůležitější je práce"); "potřebuje to
    vyřešit" asks for the need named just before it ("nemá kde spát a potřebuje to vyřešit")."""
    needs = [i for i, g in enumerate(groups) if i not in denied and "need" in _kinds(g)]
    if len(needs) < 2:
        return set()
    requested: set[int] = set()
    urgent: set[int] = set()
    for i in needs:
        start = groups[i][0].start
        sentence = marks[start][0]
        reach = [p for p in range(max(0, start - REQUEST_REACH), start) if marks[p][0] == sentence]
        if any(words[p] in context.request or _wish(words, p, context) for p in reach):
            requested.add(i)
        if any(
            words[p] in context.urgent_time and marks[p][1] == marks[start][1]
            for p in range(max(0, start - URGENT_TIME_REACH), start)
        ):
            requested.add(i)  # "dneska večer nemá kam jít spát"
        # a word of priority reaches the whole sentence's next need: "Nejvíc by jí teď pomohl
        # někdo, kdo ji bude dlouhodobě provázet"
        if any(words[p] in context.priority for p in reach):
            urgent.add(i)
        far = [p for p in range(max(0, start - PRIORITY_REACH), start) if marks[p][0] == sentence]
        if any(
            words[p] in _FAR_PRIORITY and not any(groups[j][0].start in range(p + 1, start) for j in needs)
            for p in far
        ):
            urgent.add(i)
    for number, i in enumerate(needs):
        # "nemá kde bydlet, to je teď nejdůležitější"
        end = groups[i][0].end
        following = needs[number + 1] if number + 1 < len(needs) else None
        stop = min(
            len(words), end + PRIORITY_AFTER_REACH, groups[following][0].start if following else len(words)
        )
        # "dluhy, ale nejdůležitější je práce": the priority goes with what follows "ale"
        stop = next((p for p in range(end, stop) if words[p] in _BUT), stop)
        if any(
            words[p] in context.priority_after and marks[p][0] == marks[end - 1][0] for p in range(end, stop)
        ):
            requested.add(i)
            urgent.add(i)
    for position, word in enumerate(words):
        it = [p for p in range(position + 1, min(len(words), position + 3)) if words[p] in _IT]
        # "potřebuje to vyřešit"; not "pálí to, že nemá kde spát" (the need follows)
        if word in context.request and it and words[it[0] + 1 : it[0] + 2] not in (["ze"], ["that"]):
            before = [
                i
                for i in needs
                if groups[i][0].end <= position and marks[groups[i][0].start][0] == marks[position][0]
            ]
            if before:
                requested.add(before[-1])
                urgent.add(before[-1])
    requested = urgent or requested
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
    # "… Chodí do Opavy někdo, kdo …?": who goes into a place named just after asks too
    starts = {groups[i][0].start for i in places}
    asking = {
        max(
            (
                marks[p][0]
                for p, w in enumerate(words)
                if w in context.request or (w in context.visiting and starts & {p + 1, p + 2, p + 3})
            ),
            default=-1,
        )
    }
    # "… nemá kde spát. Dnes. Příbram nebo nejbližší okolí.": a sentence that only names a place
    # says where the request is wanted
    in_places = {p for i in places for p in range(groups[i][0].start, groups[i][0].end)}
    for sentence in sentences:
        said = [p for p in range(len(words)) if marks[p][0] == sentence]
        if all(p in in_places or words[p] in _PLACE_FILLERS for p in said):
            asking.add(sentence)
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


def ages(question: str, *, not_of: frozenset[str] = frozenset()) -> list[int]:
    """Ages written in a question: '17 let', '17letej', 'holka, 23 let', '(34)', '72 r.';
    `not_of`: none right after these words ("můj syn (23)" when the mother asks for herself)."""
    found = []
    folded = fold(question)
    for match in _AGE.finditer(folded):
        value = int(next(group for group in match.groups() if group))
        before = [w.strip(",.()") for w in folded[: match.start()].split()[-2:]]
        # "odseděl 15 let", "sedí už 15 let": years of a sentence (whole words: "odsouzený 19 let",
        # "závislý 22 let" are ages)
        last = before[-1:] if before[-1:] != ["uz"] else before[-2:-1]
        sentence = match.group(1) and last and last[0] in load_context_words().sentence_years
        whose = any(w in not_of for w in before)
        if 10 <= value <= 99 and not sentence and not whose:
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


def visiting_rules(words: Sequence[str], context: ContextWords) -> bool:
    """ "Smím si na návštěvu do Drahonic vzít mobil?", "Can children visit an inmate in
    Pankrác?": the prison's own rules for visits, which only the prison answers; not "kdo
    pomůže dojet na návštěvu", "nemáme na autobus na návštěvu" (help with visits)."""
    visit = any(w.startswith(context.visit_words) for w in words)
    rule = any(w in context.visit_rules for w in words)
    help_asked = any(w in context.help_requests or w.startswith(_HELP) for w in words)
    return visit and rule and not help_asked


def need_words(unknown: Sequence[str], context: ContextWords) -> list[str]:
    """The words not understood that may say what the client needs ("melouch", "fachu",
    "pokuty", "zmatlanej", "terapeuta"): not a verb ("pracuje", "poradit"), an adverb made from
    an adjective ("aktuálně", "rychle") or a filler of a chat ("ahoj", "cokoli", "lidi")."""
    return [
        word
        for position, word in enumerate(unknown)
        if len(word) > 2
        and word not in context.fillers
        and not is_verb_form(word)
        and not _adverb(word)
        and not (position > 0 and unknown[position - 1] in _AS)  # "pracoval jako kuchař": who he was
    ]


def _adverb(word: str) -> bool:
    """ "aktualne" (aktuální), "rychle" (rychlý), "prave" (pravý): an adverb of a known adjective."""
    return word.endswith("e") and any(is_czech_word(word[:-1] + end) for end in ("y", "i"))


def house_arrest(
    groups: Sequence[Sequence[Match]], words: Sequence[str], set_apart: set[int], context: ContextWords
) -> set[int]:
    """ "klientka s domácím vězením hledá práci v Ostrově": house arrest is a sentence served at
    home, so its prison word names no prison (the town stays a town) and nobody is in custody."""
    places = [g[0].start for j, g in enumerate(groups) if j not in set_apart and _kinds(g) & PLACE_KINDS]
    found = set()
    for i, group in enumerate(groups):
        start, end = group[0].start, group[0].end
        if i in set_apart or "prison_word" not in _kinds(group) or _kinds(group) & PLACE_KINDS or start == 0:
            continue
        if words[start - 1] in context.not_a_prison:
            found.add(i)
        elif (
            start >= 2
            and words[start - 1] == "do"
            and words[start - 2] in context.going_in
            and not any(end <= p <= end + 2 for p in places)
            # "jde do vězení za synem na návštěvu": a visitor goes in
            and not (end < len(words) and words[end] == "za")
            and not any(w.startswith(context.visit_words) for w in words)
        ):
            # "otec dvou dětí jde do výkonu trestu, jak připravit děti – Hradec Králové": he is not
            # inside yet, the town is where the family is ("jde do výkonu v Opavě" names the prison)
            found.add(i)
    return found


def prison_words_left(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    set_apart: set[int],
    context: ContextWords,
    marks: Sequence[tuple[int, int]] = (),
) -> set[int]:
    """ "vrací se z výkonu trestu do Liberce", "just out of prison, … in Olomouc", "rodinám, kterým
    sedí táta ve vězení": a prison word after z/from, a leaving word or a relative names the
    prison left or the relative's, not a prison of another place named, unless that place is its
    own ("z věznice v Opavě")."""
    found: set[int] = set()
    places = [j for j, g in enumerate(groups) if j not in set_apart and _kinds(g) & PLACE_KINDS]
    for i, group in enumerate(groups):
        start, end = group[0].start, group[0].end
        kinds = _kinds(group)
        if "prison_word" not in kinds or kinds - {"prison_word", "target"} or not places:
            continue
        if any(start - 1 <= groups[j][0].end <= start for j in places):
            continue  # "z liberecké vazebky": the prison of the place just before
        before = range(max(0, start - 3), start)
        left = any(words[p] in context.origin or words[p] in context.leaving for p in before)
        # "sedí táta ve vězení", "táta je ve vězení"; not "návštěvy dětí ve věznici"
        relatives = any(
            words[p] in context.relative and (not marks or marks[p][1] == marks[start][1]) for p in before
        ) and any(w in context.inside or w in _BE for w in words[max(0, start - 4) : start])
        if not (left or relatives):
            continue
        later = [j for j in places if groups[j][0].start >= end]
        if later:
            gap = words[end : groups[later[0]][0].start]
            if not any(w in _TOWARDS for w in gap) and len(gap) <= 1 and all(len(w) <= 2 for w in gap):
                continue  # "z věznice v Opavě": the prison of that place
        found.add(i)
    return found
