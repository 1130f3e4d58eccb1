"""Famous people (knowledge/famous_people.txt): their names, in any case, name nobody the note
tells of ("o Janu Amosovi", "podle Maslowa"), unless the note says the name is borne by
somebody it tells of (a namesake); things named after them ("Alzheimerova choroba", "filmu
Havel").
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.context import _RELATIVE_CLAUSE, _acts_as_person, _said_to_be_kin, _someone_close
from bot.privacy.lists import (
    _INNS,
    _NAMED_AFTER,
    _NAMED_AFTER_PREFIXES,
    _TITLE_KINDS,
    _first_name_forms,
    _institution_stems,
    _lines,
    _surname_forms,
)
from bot.privacy.names import _PAST_ENDINGS
from bot.privacy.normalising import _CASE_CODE_BEFORE, _standing_alone, _Word, _words_within
from bot.privacy.offices import _PRIVATE
from bot.privacy.words import is_verb, lemma_of, role_noun
from bot.search.index import knowledge_file
from bot.text.czech import fold, stem

# -- seventh round (issue #15): kinds two more examiners' corpora (privq8, p7A) showed
# famous people stand for streets, books, films and holidays: "Jana Palacha 1", "četl Komenského"
_CONNECTIVES = frozenset({"a", "z", "ze"})  # "Cyril a Metoděj", "Zachariáš z Hradce"


@cache
def _famous() -> tuple[dict[str, tuple[tuple[frozenset[str], ...], ...]], frozenset[str]]:
    """knowledge/famous_people.txt: names of several words as the case forms of each word, by
    the forms of their first word; names of one word as their case forms."""
    phrases: dict[str, set[tuple[frozenset[str], ...]]] = {}
    single: set[str] = set()
    for line in _lines("famous_people.txt"):
        tokens = line.split()
        if len(tokens) == 1:
            single |= _surname_forms(tokens[0]) | _first_name_forms(tokens[0])
            continue
        forms: list[frozenset[str]] = []
        after_connective = False
        for token in tokens:
            folded = fold(token.rstrip("."))
            if folded in _CONNECTIVES or token.endswith(".") or after_connective:
                forms.append(frozenset({folded}))  # "z", "IV.", "Hradce" after "z"
                after_connective = after_connective or folded in ("z", "ze")
            else:
                forms.append(frozenset(_famous_forms(token)))
        for first in forms[0]:
            phrases.setdefault(first, set()).add(tuple(forms))
    return {key: tuple(found) for key, found in phrases.items()}, frozenset(single)


def _famous_forms(token: str) -> set[str]:
    """A word of a famous person's name in the cases of that person only: "o Janu Amosovi
    Komenském" is his, "s Janou Nerudovou" (a woman's forms of "Jan Neruda") is somebody else."""
    forms = _first_name_forms(token) | _surname_forms(token)
    folded = fold(token)
    if token.endswith("ý"):
        forms.add(folded[:-1] + "em")  # the locative: "o Komenském"
    if not folded.endswith(("a", "ova")):
        forms -= {folded + "ou", folded[:-2] + folded[-1] + "ou"}  # "Janou" is Jana's, not Jan's
    if not folded.endswith("ova"):  # "Nerudovou" is a woman's, not Neruda's
        forms -= {form for form in forms if form.endswith(_WOMANS)}
    return forms


_WOMANS = ("ova", "ove", "ovou", "ovych", "ovym")


# the last note's spans: asked again for each name found in it (a note of 300 e-mail addresses
# took 2 s when they were found anew each time)
_last_famous_spans: tuple[list[_Word], list[tuple[int, int]]] | None = None


def _famous_spans(words: list[_Word]) -> list[tuple[int, int]]:
    """Where a famous person's name of several words stands, in any case ("Janu Palachovi")."""
    global _last_famous_spans
    last = _last_famous_spans
    if last is not None and last[0] is words:
        return last[1]
    spans = _find_famous_spans(words)
    _last_famous_spans = (words, spans)
    return spans


def _famous_spans_of_nobody(note: str, words: list[_Word]) -> list[tuple[int, int]]:
    """The famous names of several words that stand for the famous person, not for a namesake
    the note tells of (`_namesake`)."""
    famous = _famous_spans(words)
    if not famous:
        return []
    starts = {word.start: i for i, word in enumerate(words)}
    ends = {word.end: i for i, word in enumerate(words)}
    return [(start, end) for start, end in famous if not _namesake(note, words, starts[start], ends[end])]


# a namesake said to be one: "jmenovec prezidenta", "(není příbuzný)", "ne ten podnikatel",
# "opravdu se tak jmenuji", "shodou okolností"
_NAMESAKE = re.compile(
    r"\b(?:jmenov(?:ec|ce|ci|cem|kyn\w*)|neni\s+(?:pribuzn\w*|to\s+t[eo]n)|"
    r"ne\s+(?:t(?:en|a|oho|ou|e)\s+)?(?:prezident|spisovatel|basnik|skladatel|reformator|kral|herec|"
    r"podnikatel|slavn|znam)\w*|sam[ay]?\s+za\s+sebe\s*\)|"
    r"(?:se\s+)?(?:opravdu\s+|skutecne\s+)?tak\s+jmenuj\w*)"
)
# one of a group of people: "Václavu Havlovi z naší dílny"; not "knihy Karla Čapka z naší knihovny"
_ONE_OF_US = re.compile(
    r"\s+(?:z|ze)\s+(?:nasi|naseho)\s+(?:diln|part|skupin|organizac|tym|kancelar|sluzb|poradn|spolk|"
    r"stredisk|komunit|farnost|redakc)\w*"
)
# the roles famous people are named by: "spisovatel Karel Čapek", "prezident Václav Havel"
_FAME_ROLES = re.compile(
    r"^(?:spisovatel|prezident|kral|cisar|knize|malir|skladatel|basnik|reformator|kazatel|"
    r"podnikatel|herec|herecka|zpevak|zpevacka|vojevudce|hejtman|sochar|architekt|vedec|"
    r"astronom|filozof|filosof|politik|papez|reziser|sportovec|fotbalist|hokejist|autor|"
    r"dramatik|pedagog|biskup|arcibiskup|svat|mucednik|svetec|vynalezce|fotograf|ilustrator|"
    r"cestovatel|badatel|historik|disident|student|mistr|psycholog|psychiatr|psychoterapeut|lekar|knez|"
    r"terapeut|kriminolog|sociolog|vezen|americk|svycarsk|rakousk|nemeck|britsk)\w*$"
)
# a person's role the dictionary lacks: "Mediátor Jan Hus", "náš pokladník"
_MORE_ROLES = re.compile(r"^(?:mediator|pokladn|prednasejic|reditel|zastupc|predsed|mistopredsed|mentor)\w*$")
# what a guest does at an event, in the present or future: "Přednáší Václav Havel", "Jan Hus
# vysvětlí"; not what an author does in his books ("jak říká Václav Havel", "Frankl píše")
_HOSTING = frozenset(
    "prednaset prednest vest povest moderovat poslat posilat prijit prijet predstavit vysvetlit "
    "promluvit zahajit zahajovat".split()
)


def _hosts(word: _Word) -> bool:
    found = lemma_of(word.text)
    return found is not None and fold(found) in _HOSTING and not word.folded.endswith(_PAST_ENDINGS)


def _a_persons_role(word: _Word) -> bool:
    return (role_noun(word.text) or bool(_MORE_ROLES.match(word.folded))) and not _FAME_ROLES.match(
        word.folded
    )


def _namesake(note: str, words: list[_Word], first: int, last: int) -> bool:
    """A famous person's name (words[first..last]) borne by somebody the note tells of: it says
    he is a namesake ("jmenovec prezidenta", "není příbuzný"), a person's role stands right
    before it ("Mediátor Jan Hus", "otec klienta je Karel Čapek") or is set off after it
    ("Václav Havel, náš pokladník", "Karel Čapek – soukromá osoba"), a town he is from follows
    ("Jana Husa z Prachatic"), or a verb in the present or future tells what he does ("Jan Hus
    vysvětlí", "posílá Václav Havel"); "spisovatel Karel Čapek", "Karel Čapek napsal" are his."""
    start, end = words[first].start, words[last].end
    if _NAMESAKE.search(fold(note[max(0, start - 30) : end + 50])):
        return True
    before = words[first - 1] if first else None
    if before is not None and not note[before.end : start].strip():
        if _a_persons_role(before):
            return True
        if before.folded in ("je", "byl", "jmenuje") and any(
            _someone_close(w.folded) for w in words[max(0, first - 4) : first - 1]
        ):
            return True  # "otec klienta je Karel Čapek"
        if _hosts(before) and words[first].folded in _famous_nominatives():
            return True  # "Přednáší Václav Havel", "posílá Václav Havel"
    next_word = words[last + 1] if last + 1 < len(words) else None
    if (
        _CASE_CODE_BEFORE.search(note[max(0, start - 16) : start])
        and next_word is not None
        and not note[end : next_word.start].strip()
        and is_verb(next_word.text)
    ):
        return True  # "K-1234 Bohumil Hrabal dokončil rekvalifikaci"; not "K-552 Jan Amos Komenský – knížka"
    if re.match(r"^\s*[,–-]\s*(?:\w+\s+){0,2}osvc\b", fold(note[end : end + 40])):
        return True  # "Jan Žižka, truhlář OSVČ": a self-employed man
    if re.match(r"\s+doma\b", note[end:]) and before is not None and before.folded == "u":
        return True  # "U Jaroslava Haška doma, Lidická 20": at his home
    if re.match(r"\s+(?:ma|mel|mela|bude\s+mit|slavi)\s+narozenin", fold(note[end : end + 30])):
        return True  # "karel capek ma narozeniny, prineste prani": a living man's birthday
    if _ONE_OF_US.match(fold(note[end : end + 30])):
        return True  # "Děkujeme Václavu Havlovi z naší dílny": one of us
    if re.match(r"\s+(?:z|ze)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", note[end:]) and not (
        before is not None and before.folded in ("o", "k", "ke", "po")
    ):
        return True  # "Jana Husa z Prachatic", "Karel Čapek z Dobříše"; not "o Janu Husovi z Husince"
    if (
        before is not None
        and before.text == "u"
        and re.match(r"\s+(?:v|ve)\s+\w", note[end:])
        and not (first > 1 and words[first - 2].folded.startswith(_INNS))
    ):
        return True  # "návštěva u Karla Čapka v Úpici": at his home, not at a pub named after him
    town_then = re.match(r"\s*,\s*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w+(?=\s*,)", note[end:])
    if town_then is not None and _said_to_be_kin(note, end + town_then.end()):
        return True  # "Jan Hus, Tábor, strýc klienta"
    # "Středisko Don Bosco otevírá klub": an institution named after him acts in the present
    institution = before is not None and len(before.folded) > 4 and stem(before.text) in _institution_stems()
    if next_word is not None and not note[end : next_word.start].strip() and not next_word.capital:
        if not institution and _hosts(next_word):
            return True  # "Jan Hus vysvětlí, jak funguje mediace"
    apposition = re.match(r"\s*[,(–-]+\s*", note[end:])
    if apposition is not None:
        following = [w for w in words[last + 1 : last + 5] if w.start >= end + apposition.end()]
        for k, word in enumerate(following):
            if k and note[following[k - 1].end : word.start].strip():
                break  # a comma or a bracket ends the apposition
            if word.folded in ("klient", "klientka", "klienti"):
                break  # "výstavu Alfonse Muchy, klient nadšený": a clause of its own
            if _a_persons_role(word) or word.folded in ("osoba", "osobou", "clovek"):
                later = following[k + 1] if k + 1 < len(following) else None
                # "ZŠ Jana Nerudy, klient tam chodil": a clause of its own, not who he is; a comma
                # after the role ends the apposition ("Václav Havel, náš pokladník, přinese klíče")
                clause = (
                    later is not None
                    and not note[word.end : later.start].strip()
                    and (later.folded in ("tam", "tu", "tady") or is_verb(later.text))
                )
                return not clause
            if word.capital or is_verb(word.text) or word.folded in _RELATIVE_CLAUSE:
                break
    return False


@cache
def _famous_nominatives() -> frozenset[str]:
    """The first words of the famous names of several words, as listed: "václav", "jan"."""
    return frozenset(fold(line.split()[0]) for line in _lines("famous_people.txt") if len(line.split()) > 1)


def _find_famous_spans(words: list[_Word]) -> list[tuple[int, int]]:
    phrases, _ = _famous()
    spans = []
    for i, word in enumerate(words):
        if i and _PRIVATE.fullmatch(words[i - 1].folded):
            continue  # "Klient Jan Hus (opravdu se tak jmenuje)", "pan Karel Čapek": somebody
        for forms in phrases.get(word.folded, ()):
            following = words[i : i + len(forms)]
            if (
                len(following) == len(forms)
                and all(w.folded in found for w, found in zip(following, forms, strict=True))
                and not _acts_as_person(words, i + len(forms) - 1)  # "Pan Tau přišel" is somebody
            ):
                spans.append((word.start, following[-1].end))
    return spans


def _famous_word(folded: str) -> bool:
    """A famous person's name known alone ("Komenského", "Švejka")."""
    return folded in _famous()[1]


@cache
def _cited_famous() -> frozenset[str]:
    """The case forms of the authors' surnames known alone only where a note cites them (the
    last part of knowledge/famous_people.txt): "podle Prochasky", not "Prochaska volal"."""
    cited: set[str] = set()
    inside = False
    with open(knowledge_file("famous_people.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# --"):
                inside = "cites" in line
            elif inside and line.strip() and not line.startswith("#"):
                cited |= _surname_forms(line.strip()) | _first_name_forms(line.strip())
    return frozenset(cited)


# what cites an author: "podle Maslowa", "dle Zehra", "model Prochasky", "metoda Feuersteinové"
_CITING = re.compile(r"^(?:podle|dle|model\w*|metod\w*|teori\w*|pristup\w*|koncept\w*|pyramid\w*|viz|od)$")


def _famous_alone(note: str, words: list[_Word], excerpt: str, parts: list[str]) -> bool:
    """A famous name known alone stands for the famous person wherever it stands, unless a
    person's verb follows it ("Hawkins volal, že nepřijde"); an author's surname that a client
    may bear only where the note cites it ("podle Maslowa a Rollnicka", "(Prochaska a
    DiClemente)")."""
    cited_only = any(part in _cited_famous() for part in parts)
    at = _standing_alone(note, excerpt.rstrip("."))
    for here in at:
        inside = [i for i, word in enumerate(words) if here <= word.start < here + len(excerpt)]
        if not inside:
            continue
        if _acts_as_person(words, inside[-1]):
            return False
        if cited_only and not _cites(note, words, inside[0], inside[-1]):
            return False
    return True


def _cites(note: str, words: list[_Word], first: int, last: int) -> bool:
    """An author's name in a citing context: after "podle", "dle", "model", "metoda" a few words
    back in its sentence, in brackets, or joined by "a" to another cited name."""
    if note[: words[first].start].count("(") > note[: words[first].start].count(")"):
        return True  # "teorie připoutání (Bowlby)"
    for j in range(first - 1, max(-1, first - 5) if not words[first].sentence_start else first - 1, -1):
        if _CITING.match(words[j].folded):
            return True
        if words[j].sentence_start:
            break
    before = words[first - 2] if first > 1 and words[first - 1].folded == "a" else None
    after = words[last + 2] if last + 2 < len(words) and words[last + 1].folded == "a" else None
    return any(other is not None and other.folded in _cited_famous() for other in (before, after))


# an illness named after its describer: "Aspergerův syndrom", "s Parkinsonovou nemocí"
_ILLNESSES = (
    "syndrom", "nemoc", "chorob", "lymfom", "demenc", "sarkom", "chorea", "psychoz", "obrn",
    "encefalopati", "anemi", "tyreoiditid", "zloutenk",
)  # fmt: skip
_NAMED_THING_ENDINGS = ("uv", "ova", "ovo", "ovy", "ovu", "ove", "ovou", "ovym", "ovych", "ovymi")


def _named_thing_after(words: list[_Word], index: int) -> bool:
    """A possessive before an illness or a kind of place: the thing is named after somebody
    ("Downovým syndromem", "Thomayerova nemocnice", "dvořákova ulice"), nobody is named."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or following.capital or following.start - word.end > 1:
        return False
    folded = word.folded
    if not any(folded.endswith(ending) and len(folded) > len(ending) + 2 for ending in _NAMED_THING_ENDINGS):
        return False
    return following.folded.startswith(_ILLNESSES) or (
        following.folded[:3] in _NAMED_AFTER_PREFIXES and stem(following.text) in _NAMED_AFTER | _TITLE_KINDS
    )


def _famous_throughout(
    words: list[_Word], starts: dict[int, int], here: int, excerpt: str, famous: list[tuple[int, int]]
) -> bool:
    """Every word of a name found from `here` belongs to a famous person's name of several
    words or is a famous name known alone that does nothing a person does ("Jan Hus, Komenský a
    exil"); "Jan Hus, Novák", "Komenský, Petr" and "Hus, Komenský volal" are somebody."""
    inside = _words_within(words, starts, here, here + len(excerpt) + 1)
    if len(inside) < 2:
        return False
    for i in inside:
        word = words[i]
        if word.folded in _CONNECTIVES or any(
            start <= word.start and word.end <= end for start, end in famous
        ):
            continue
        if not (_famous_word(word.folded) and word.folded not in _cited_famous()) or _acts_as_person(
            words, i
        ):
            return False
    return True


# a work named after its subject: "filmu Havel", "dokument Palach", "opera Libuše"
_WORKS_OF_ART = frozenset(
    "film filmu filmem snimek snimku dokument dokumentu dokumentem opera opery operu inscenace inscenaci "
    "muzikal muzikalu".split()
)


@cache
def _famous_surnames() -> frozenset[str]:
    """The last words of the famous names of several words, in their cases ("Havel", "Havla")."""
    found: set[str] = set()
    for line in _lines("famous_people.txt"):
        tokens = line.split()
        if len(tokens) > 1 and not tokens[-1].endswith(".") and fold(tokens[-2]) not in _CONNECTIVES:
            found |= _famous_forms(tokens[-1])
    return frozenset(found)


def _famous_work(words: list[_Word], index: int) -> bool:
    """A famous person's surname right after the film, book or play named after him ("filmu
    Havel"); "po filmu Havel odešel" is somebody."""
    word = words[index]
    return (
        index > 0
        and word.capital
        and not word.sentence_start
        and words[index - 1].folded in _WORKS_OF_ART
        and word.start - words[index - 1].end == 1
        and word.folded in _famous_surnames()
        and not _acts_as_person(words, index)
    )
