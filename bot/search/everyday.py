"""Everyday words that are also a name: "udělal velký krok" is not the organisation Krok, "postavit
most mezi" is not the town Most, "na prahu propuštění" is not Praha, "tahal písek" is not Písek.

A one-word name read from a word whose dictionary lemma is an ordinary (lower-case) Czech word
needs evidence that the name is meant: a capital letter in the middle of a sentence ("napíšu
Kotvě"), or a preposition that goes with a place or an addressee just before it ("v Mostě",
"z Písku", "kontakt na kotvu", "u Brány"). Names that are no everyday word (Opava, Kladno) and
longer names ("Most naděje") need nothing more.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from bot.search.index import place_adjective
from bot.search.lexicon import Match
from bot.text.czech import _WORD, czech_forms, fold

# Kinds whose one-word names may be everyday words; a prison's own name is said on purpose.
NAME_KINDS = frozenset({"town", "other_town", "prison_town", "prison", "org_word", "organization"})
TOWN_KINDS = frozenset({"town", "other_town"})
# Read together with a name ("Praha" is also a region): never the reason to check it.
ALSO_KINDS = frozenset({"region"})
# "v Mostě", "do Písku", "z Ostrova", "v okolí Mostu": "na" is left out, since "na prahu" is the
# threshold; English "to" too, since Czech "to" is "it" ("jak to ustát" is not Ústí).
PLACE_CUES = frozenset(
    {"v", "ve", "do", "z", "ze", "u", "k", "ke", "od", "kolem", "okolo", "pobliz", "okoli", "in", "near"}
)
PRISON_CUES = PLACE_CUES | frozenset({"na"})  # "na Borech", "na Mírov"
# "kontakt na Kotvu", "od Kotvy", "s Kotvou", "pro Kotvu" name an addressee.
ORG_CUES = PLACE_CUES | frozenset(
    {"na", "s", "se", "pro", "kontakt", "cislo", "telefon", "napisu", "zavolam"}
)
# "Kompas z. s.", "Krok o.p.s.": a legal form after a word says it is an organisation's name.
LEGAL_FORMS = (("z", "s"), ("z", "u"), ("o", "p", "s"), ("s", "r", "o"), ("sro",), ("ops",), ("spolek",))
_AND_AROUND = frozenset(
    (conjunction, around)
    for conjunction in ("a", "nebo", "ci", "i", "and", "or")
    for around in ("okoli", "okolo", "surroundings", "area", "near")
)
_ALL_SPELLINGS_LIMIT = 1024  # "vězněného": three e, two n, z, o (432 spellings)


@lru_cache(maxsize=20_000)
def everyday_lemma(word: str) -> bool:
    """Whether the folded word is a form of an ordinary (lower-case) Czech word: most, krok, prahu."""
    if word.endswith(_COLLOQUIAL) and any(
        lemma.endswith(("y", "i")) for lemma in _ordinary_lemmas(_standard(word))
    ):
        # "čistej" (čistý), "dobrýho" (dobrého): spoken endings of ordinary adjectives; not a
        # word merely spelled like another one ("jiricky" is jiřičky: "jirickej lapák" is Jiřice)
        return True
    return any(lemma not in _PROPER_LOOKALIKES for lemma in _ordinary_lemmas(word))


def _ordinary_lemmas(word: str) -> list[str]:
    """The folded lemmas of the lower-case dictionary words the folded `word` may be typed for
    (diacritics restored every possible way), without adjectives of places ("karvinský
    kriminál" is meant as the place)."""
    forms = czech_forms()
    spellings = [""]
    for letter in word:
        spellings = [s + o for s in spellings for o in _SPELL.get(letter, letter)]
        if len(spellings) > _ALL_SPELLINGS_LIMIT:
            return []
    lemmas = []
    for spelling in spellings:
        found = forms.get(spelling)
        if found and str(found).islower():
            lemma = fold(str(found))
            if not lemma.endswith(_ADJECTIVE):
                lemmas.append(lemma)
    return lemmas


# Spoken endings of adjectives and their written forms (folded): "čistej" -> "čistý".
_COLLOQUIAL = ("ej", "yho", "ymu")
_WRITTEN = {"ej": "y", "yho": "eho", "ymu": "emu"}


def _standard(word: str) -> str:
    for ending in _COLLOQUIAL:
        if word.endswith(ending):
            return word[: -len(ending)] + _WRITTEN[ending]
    return word


_SPELL = {
    "a": "aá", "c": "cč", "d": "dď", "e": "eéě", "i": "ií", "n": "nň", "o": "oó",
    "r": "rř", "s": "sš", "t": "tť", "u": "uúů", "y": "yý", "z": "zž",
}  # fmt: skip
_ADJECTIVE = ("sky", "cky")
# Lemmas simplemma's dictionary gives in lower case for forms of big towns ("plzni" -> plzeň,
# "hradci" -> hradec): in this field only the town is meant.
_PROPER_LOOKALIKES = frozenset({"plzen", "hradec", "kurim", "brne", "kladne", "mirove", "usti", "ustit"})


def _as_typed(text: str, limit: int) -> list[str]:
    """The words of `words(text)` as typed, case and all; none when they do not line up."""
    typed = _WORD.findall(unicodedata.normalize("NFC", text))
    if len(typed) < min(limit, len(_WORD.findall(fold(text)))):
        return []
    return typed[:limit]


def capitals(text: str, limit: int) -> list[bool]:
    """Whether each word of `words(text)` was typed with a capital first letter."""
    return [w[:1].isupper() for w in _as_typed(text, limit)]


def in_capitals(text: str, limit: int) -> list[bool]:
    """Whether each word of `words(text)` was typed all in capitals ("AD", not "ad" or "Ad")."""
    return [len(w) > 1 and w.isupper() for w in _as_typed(text, limit)]


def abbreviations_not_in_capitals(
    groups: Sequence[Sequence[Match]], text: str, words: Sequence[str], capitals_only: AbstractSet[str]
) -> set[int]:
    """One-word readings of an abbreviation read only in capitals, typed otherwise: "ad hoc" is
    no AD (azylový dům)."""
    if not capitals_only:
        return set()
    upper = in_capitals(text, len(words))
    return {
        i
        for i, group in enumerate(groups)
        if group[0].length == 1
        and all(m.entry.stems[0] in capitals_only for m in group)
        and not (group[0].start < len(upper) and upper[group[0].start])
    }


def _other_word_than_town_or_its_adjective(typed: str, town: str) -> bool:
    """`other_word_than_town` for the town's name and for its adjective ("slánská" is Slaný's)."""
    return other_word_than_town(typed, town) and other_word_than_town(typed, place_adjective(town))


def other_word_than_town(typed: str, town: str) -> bool:
    """ "Práh" is not Praha: a letter typed with a diacritic that the town's name does not have
    there (in the stem, before the case ending) shows another word. Typed without diacritics,
    anything may be the town."""
    names = [w.lower() for w in town.split()]
    return all(
        any(
            typed[i] != name[i] and typed[i] != fold(typed[i]) and fold(typed[i]) == fold(name[i])
            for i in range(min(len(name) - 1, len(typed)))
        )
        for name in names
    )


def without_other_words(
    groups: Sequence[list[Match]], typed: Sequence[str], town_names: Mapping[str, str]
) -> list[list[Match]]:
    """The groups without the town readings of a one-word span typed with a diacritic the town
    lacks ("kontakt na Práh": the organisation Práh if there is one, never Praha)."""
    kept: list[list[Match]] = []
    for group in groups:
        position = group[0].start
        if group[0].length == 1 and position < len(typed) and typed[position] != fold(typed[position]):
            written = typed[position]
            other = [
                m
                for m in group
                if m.entry.kind in TOWN_KINDS
                and _other_word_than_town_or_its_adjective(
                    written, town_names.get(m.entry.value, m.entry.value)
                )
            ]
            if other:
                # The region named after the town goes with it ("Praha"): "Práh" is neither.
                group = [m for m in group if m not in other and m.entry.kind != "region"]
        if group:
            kept.append(group)
    return kept


def weak_name_groups(
    groups: Sequence[Sequence[Match]],
    words: Sequence[str],
    text: str,
    marks: Sequence[tuple[int, int]],
) -> set[int]:
    """Indexes of one-word name readings that are more likely the everyday word.

    The dictionary (loaded on first use, ~0.25 s) is asked last, only when nothing else
    shows that the name is meant: most questions never load it."""
    weak: set[int] = set()
    matched = {p for g in groups for p in range(g[0].start, g[0].end)}
    # "insolvence Most", "Kotva": in a list of keywords, every word understood, it is the name.
    if all(p in matched for p in range(len(words))):
        return weak
    capital = capitals(text, len(words))
    places = {g[0].start for g in groups if {m.entry.kind for m in g} & (TOWN_KINDS | {"region"})}
    prison_words = {g[0].start for g in groups if "prison_word" in {m.entry.kind for m in g}}
    needs_or_audiences = {g[0].start for g in groups if {m.entry.kind for m in g} & {"need", "target"}}
    # names written with a capital inside a sentence: the asker capitalises names
    capitalises = any(
        up and p > 0 and marks[p - 1][0] == marks[p][0] for p, up in enumerate(capital[: len(words)])
    )
    for i, group in enumerate(groups):
        first = group[0]
        kinds = {m.entry.kind for m in group}
        if first.length != 1 or not kinds & NAME_KINDS or kinds - NAME_KINDS - ALSO_KINDS:
            continue
        position = first.start
        word = words[position]
        sentence_start = position == 0 or marks[position - 1][0] != marks[position][0]
        if position < len(capital) and capital[position] and not sentence_start:
            continue
        alone = all(marks[p][1] != marks[position][1] for p in range(len(words)) if p != position)
        if position < len(capital) and capital[position] and alone:
            continue  # "… nějakej program? Tábor", "Bory – kdo tam …": a name standing alone
        if (
            kinds <= {"org_word", "organization"}
            and sentence_start
            and words[position + 1 : position + 2] in (["v"], ["ve"], ["na"], ["z"], ["ze"])
            and position + 2 in places
        ):
            continue  # "Přístav v Jeseníku", "Kotvu na Ústecku znáte?", "Fénixu z Přerova": its place
        if (
            kinds <= {"org_word", "organization"}
            and sentence_start
            and words[position + 1 : position + 2] in (["bych"], ["bychom"])
        ):
            continue  # "Tandemu bych rád poslal klienta": a name put first, the clitic after it
        if "prison" in kinds and position + 1 in prison_words:
            continue  # "jiřická věznice – kdo tam …": the prison word says it is the prison
        if (
            position == 0
            and capital[0]
            and (
                position + 1 in needs_or_audiences
                or (kinds <= {"org_word", "organization"} and position + 1 in places)
            )
        ):
            # "Písek sociální podnik, práce pro …", "Jiskra azylák – mají volno?", "Vinice Břeclav
            # telefon": a name put first, keyword style
            continue
        previous = words[position - 1] if position > 0 else ""
        if (
            kinds <= {"org_word", "organization"}
            and capitalises
            and previous not in ORG_CUES - PLACE_CUES
            and everyday_lemma(word)
        ):
            # "utekla z domova, je na podmínce, Brno": one who writes names with a capital
            # wrote this one in lower case: the everyday word, even after "z"/"u" ("kontakt na
            # kotvu" still asks for the organisation)
            weak.add(i)
            continue
        if kinds <= {"org_word", "organization"}:
            cues = ORG_CUES
        elif "prison" in kinds:
            cues = PRISON_CUES
        else:
            cues = PLACE_CUES
        if previous in cues:
            continue
        following = tuple(words[position + 1 : position + 4])
        if kinds & TOWN_KINDS and following[:2] in _AND_AROUND:
            continue  # "Most a okolí", "Písek nebo okolí": a place
        if kinds & {"org_word", "organization"} and any(following[: len(f)] == f for f in LEGAL_FORMS):
            continue
        if everyday_lemma(word):
            weak.add(i)
    others = [g for i, g in enumerate(groups) if i not in weak and {m.entry.kind for m in g} != {"capacity"}]
    if not others:
        # Nothing else was read (free places aside): "kotva má ještě místo?" asks about the
        # organisation after all.
        weak = {i for i in weak if not {m.entry.kind for m in groups[i]} & {"org_word", "organization"}}
    return weak
