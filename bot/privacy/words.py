"""What kind of word a word is, for the privacy check: an ordinary Czech word, a proper noun, or
a word no dictionary knows.

Lists of names never cover the surname a worker types next ("Hanáka převezme kurátor"). What
generalises is the other side: Czech sentences are made of dictionary words, so a capitalised
word in the middle of a sentence that no dictionary knows, that is no town, prison, region or
institution, is most likely somebody's name. simplemma's Czech dictionary (already loaded for
question matching, bot/text/czech.py) holds ~310,000 ordinary word forms and ~50,000 proper-noun
forms (first names, surnames, towns: "Bohdan", "Novák", "Němčice").
"""

from __future__ import annotations

import csv
import re
from enum import Enum
from functools import cache, lru_cache
from typing import Any

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from bot.search.index import knowledge_file, load_stop_words
from bot.text.czech import czech_forms, fold, fold_unremembered, is_czech_word, stem


class Kind(Enum):
    ORDINARY = "ordinary"  # a Czech word form: "převezme", "kotva", "radim" (radím)
    PROPER = "proper"  # only a proper noun: "Bohdan", "Novák", "Němčice"
    UNKNOWN = "unknown"  # neither: "Hanáka", "Zouharovi", "Kuneš", "Kovalenko"


# words that make a note English ("Client has debts of about 300,000 CZK"); the second set are
# Czech words too ("on to nechce", "ať" folded), so they count only beside one of the first
_ENGLISH_MARKERS = frozenset(
    "the and of has have is are for with from needs please will was about does any what how can "
    "there which where who".split()
)
_ENGLISH_TOO_CZECH = frozenset("on at to no in".split())


def is_english(words: list[str]) -> bool:
    """Whether a note (its lower-case words) is written in English: the bot's second language."""
    sure = sum(w in _ENGLISH_MARKERS for w in words)
    return sure >= 1 and sure + sum(w in _ENGLISH_TOO_CZECH for w in words) >= 2


@cache
def _english_forms() -> Any:
    """simplemma's English dictionary; loaded only when an English note comes (~0.3 s)."""
    return DefaultDictionaryFactory().get_dictionary("en")


@cache
def _field_stems() -> frozenset[str]:
    """Stems of the field's ordinary words: knowledge/field_words.txt and the lower-case words
    of the answer engine's vocabulary (knowledge/vocabulary.csv)."""
    words = [
        line.strip()
        for line in knowledge_file("field_words.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    with open(knowledge_file("vocabulary.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            words += [w for w in re.findall(r"[^\W\d_]+", row["phrase"]) if w.islower()]
    return frozenset(stem(word) for word in words if len(word) > 3)


def _english_common_noun(word: str) -> bool:
    """An ordinary English word that is nobody's name ("true", "housing"; not "smith")."""
    lower = word.lower()
    return lower.isascii() and lower in _english_forms() and lower.capitalize() not in _english_forms()


@lru_cache(maxsize=50_000)
def kind(word: str, english: bool = False) -> Kind:
    """The kind of one word as typed (any case, with or without diacritics); in an `english`
    note an ordinary English word is ordinary too."""
    if is_czech_word(word) or (english and word.lower() in _english_forms()):
        return Kind.ORDINARY
    if stem(word) in _field_stems():
        return Kind.ORDINARY  # "Exekutorovi", "Azylák": the field's words the dictionary lacks
    if _english_common_noun(word):
        return Kind.ORDINARY  # "program Housing First", "True": English words in a Czech note
    forms = czech_forms()
    if word in forms or word[:1].upper() + word[1:].lower() in forms:
        return Kind.PROPER
    return Kind.UNKNOWN


# Infinitive endings: the dictionary form of a verb ("převezme" -> "převzít", "chybí" -> "chybět")
_INFINITIVE = re.compile(r"(?:[aáeěií]t|out|ýt|ct|ci|[éíáú][sz]t)$")


@cache
def _verb_forms() -> frozenset[str]:
    """Every form of every Czech verb, folded ("prevezme", "chybi"); built once, ~0.6 s."""
    infinitive: dict[object, bool] = {}  # 35,000 dictionary forms for 360,000 forms
    found = set()
    for form, lemma in czech_forms().items():
        if not form[:1].islower():
            continue
        verb = infinitive.get(lemma)
        if verb is None:
            verb = infinitive[lemma] = _INFINITIVE.search(str(lemma)) is not None
        if verb:
            found.add(fold_unremembered(form))
    return frozenset(found)


def is_verb(word: str) -> bool:
    """Whether a word is a form of a Czech verb, typed with or without diacritics, or negated
    ("převezme", "prevezme", "nedorazila")."""
    if czech_forms().get(word.lower()) == word.lower() and not _INFINITIVE.search(word.lower()):
        return False  # a noun's or an adjective's dictionary form: "nemocnice", not a verb's
    folded = fold(word)
    if folded in _verb_forms() or _present_of_known_verb(folded):
        return True
    if word[:1].islower() and _past_of_human_verb(word.lower()):
        return True  # "zase pil": a past the dictionary reads as a noun
    return folded.startswith("ne") and folded[2:] in _verb_forms()


# present-tense endings the dictionary sometimes lacks, and their infinitive: "vyzvedne"
# (vyzvednout), "vyzvedneme", "zkontroluje" (zkontrolovat)
_PRESENT_ENDINGS = (
    ("neme", "nout"), ("nete", "nout"), ("nou", "nout"), ("ne", "nout"), ("nu", "nout"),
    ("ujeme", "ovat"), ("ujete", "ovat"), ("uje", "ovat"), ("uji", "ovat"), ("ujou", "ovat"),
)  # fmt: skip


def _present_of_known_verb(folded: str) -> bool:
    if folded in czech_forms():
        return False  # the dictionary knows the word, and not as a verb
    return any(
        folded.endswith(ending) and folded[: -len(ending)] + infinitive in _verb_forms()
        for ending, infinitive in _PRESENT_ENDINGS
    )


def first_person_of_verb(word: str) -> bool:
    """The first person of an "-at" verb the dictionary lacks, of 8 letters or more ("připomínám",
    "připomínáme": připomínat). The caller checks it is no listed first name or surname."""
    folded = fold(word)
    if len(folded) < 8 or folded in czech_forms():  # "Bram", "Stam", "Pam": names, not verbs
        return False
    return any(
        folded.endswith(ending) and folded[: -len(ending)] + "at" in _verb_forms() for ending in ("am", "ame")
    )


@cache
def stop_words() -> frozenset[str]:
    """knowledge/stopwords.txt: "jak", "pro", "ale" are never a name, whatever else they mean."""
    return load_stop_words()


def lemma_of(word: str) -> str | None:
    """The dictionary form of an ordinary Czech word as typed ("Berana" -> "beran"); None when the
    dictionary does not know it (typed without diacritics, a name, a typo)."""
    found = czech_forms().get(word.lower())
    return found if isinstance(found, str) else None


@cache
def role_lemmas() -> frozenset[str]:
    """Nouns for people by their role (knowledge/role_words.txt): "klient", "kurátor", "soused"."""
    lines = knowledge_file("role_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def role_noun(word: str) -> bool:
    """A noun for a person by role or a group of people: "klient", "Matka", "rodina"."""
    lemma = lemma_of(word)
    return lemma is not None and lemma in role_lemmas()


# what only people do: after a feminine noun that is no role ("Vrána potřebuje pomoc", "Liška
# volá") the noun is a surname ("Výplata přijde", "Smlouva čeká" are things, so not "přijít")
_HUMAN_VERBS = frozenset(
    "volat zavolat chtít potřebovat odmítat odmítnout podepsat nastoupit nastupovat bydlet spát "
    "pracovat souhlasit slíbit říct říkat ozvat prosit žádat dlužit splácet kouřit pít utéct "
    "hledat psát napsat nechtít bát ptát stěžovat omluvit omlouvat přiznat".split()
)


_PAST = re.compile(r"^(?:ne)?([^\W\d_]+?)(?:l|la|li|ly|lo)$")
_LONG = str.maketrans("aeiy", "áéíý")


def _past_of_human_verb(lower: str) -> bool:
    """A past tense of a verb only people do that the dictionary reads as another word: "pil"
    (of "pít", read as the saws' genitive "pil"), "nepil"; its infinitive is made back from its
    stem ("pi" + "t", lengthened: "pít")."""
    if not lower.endswith(("l", "la", "li", "ly", "lo")):
        return False
    found = _PAST.match(lower)
    if found is None:
        return False
    base = found.group(1)
    return base + "t" in _HUMAN_VERBS or base[:-1] + base[-1].translate(_LONG) + "t" in _HUMAN_VERBS


def human_verb(word: str) -> bool:
    """A form of a verb only people do, negated or not ("čeká", "nepotřebuje", "volal", "pil")."""
    lower = word.lower()
    if _INFINITIVE.search(lower):
        return False  # "Zítra volat na ÚP": an infinitive has no subject
    if _past_of_human_verb(lower):
        return True
    for candidate in (lower, lower[2:] if lower.startswith("ne") else ""):
        lemma = lemma_of(candidate) if candidate else None
        if lemma is not None and lemma in _HUMAN_VERBS:
            return True
    return False


# what is done only to people: the noun before it is somebody ("Brázdu doprovodím", "Sovu
# jsem informovala"; but "Smlouvu předám", "Zprávu jsem viděla" are things)
_PEOPLE_OBJECT_VERBS = frozenset(
    "doprovodit doprovázet potkat informovat kontaktovat navštívit ubytovat propustit pustit "
    "přemluvit motivovat zkontaktovat pozvat".split()
)


def escorted(word: str) -> bool:
    """A form of a verb whose object is a person ("doprovodím", "nepřevezmou")."""
    lower = word.lower()
    for candidate in (lower, lower[2:] if lower.startswith("ne") else ""):
        lemma = lemma_of(candidate) if candidate else None
        if lemma is not None and lemma in _PEOPLE_OBJECT_VERBS:
            return True
    return False


def person_noun(word: str) -> bool:
    """A noun for a living being that is no role ("sedlák", "zajíc", "kohout"; not "klient",
    "kurátor"): such a word before a verb at a sentence's start is most likely a surname
    ("Sedlák nastupuje", "Zajíc volal"). Told by the dictionary: only animate masculine nouns
    have a dative in -ovi ("zajícovi", "kolegovi") or a possessive in -ův ("kosův"); "kabát"
    has neither."""
    lemma = lemma_of(word)
    if lemma is None or lemma in role_lemmas() or not lemma.isalpha() or fold(lemma) in stop_words():
        return False
    forms = czech_forms()
    typed = word.lower()
    bases = {lemma[:-1] if lemma.endswith("a") else lemma, typed}  # "bažant" (lemma "bažantice")
    if lemma.endswith(("ek", "ec", "el")):
        bases.add(lemma[:-2] + lemma[-1])  # "ptáček" -> "ptáčkovi", "koníček" -> "koníčkovi"
    # the dictionary lacks some datives: a possessive ("kosův", "sokolův") is only a being's
    return any(forms.get(base + "ovi") in (lemma, typed) or base + "ův" in forms for base in bases)


def load() -> None:
    """Read the dictionaries now (bot/privacy.load)."""
    czech_forms()
    _english_forms()
    _field_stems()
    _verb_forms()
    stop_words()
    role_lemmas()
