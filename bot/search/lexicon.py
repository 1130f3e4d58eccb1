"""Find known phrases (vocabulary, places, prisons, organisations) in a question, typos and all.

Every phrase is a sequence of word stems (bot.text.czech.stem). A question word matches a phrase
word when its stem is the same, or, for words of five letters or more that are not known as
they stand, when the stems differ by one letter (two for long words). Matching is by an
inverted index on the phrase's first stem, so its cost grows with the question, not with the
knowledge base; the typo look-up is the only part that scans, and only over known stems of a
similar length, once per unknown word.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from bot.text.czech import dictionary_lemmas, fold, is_czech_word, lemma, stem

MIN_TYPO_WORD = 5  # shorter words must be spelt right: "byt" and "být" are different words
EXACT = "="  # marks a key that is a word form, not a stem
PLACE_KINDS = frozenset({"town", "other_town", "prison", "prison_town", "region"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One way of writing something the engine knows: a need, a town, a prison..."""

    kind: str
    value: str
    stems: tuple[str, ...]
    # The words as written in the vocabulary, with diacritics ("muže"): a question word that
    # differs from it by a diacritic only ("může") is another word and does not match.
    typed: tuple[str, ...] = ()
    first_word: str = ""  # folded, as written: "pracovat" is not "práce" by its stem


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    start: int
    end: int
    typos: int

    @property
    def length(self) -> int:
        return self.end - self.start


class FrozenLexiconError(RuntimeError):
    """A frozen lexicon was asked to change: it may be shared by several bots (bot/search/index.py
    reuses one while the knowledge base's names stay the same), so a change would reach them all."""


@dataclass
class _Draft:
    """What `Lexicon.add` fills while the lexicon is built; freeze() makes it read-only."""

    by_first: defaultdict[str, list[Entry]] = field(default_factory=lambda: defaultdict(list))
    known: set[str] = field(default_factory=set)
    word_stem: dict[str, str] = field(default_factory=dict)
    capitals_only: set[str] = field(default_factory=set)
    seen: set[tuple[str, str, tuple[str, ...]]] = field(default_factory=set)


@dataclass
class Lexicon:
    """An index of entries by their first stem: built with add(), then frozen for good.

    A frozen lexicon is shared (several bots of one process, every rebuild while the names stay
    the same), so freeze() turns what readers outside the class see read-only, and the lexicon
    refuses any change after that: add(), read_only_in_capitals(), setting or deleting an
    attribute. (It is never copied or pickled: its look-up cache is of this very object.)"""

    stop_words: frozenset[str] = frozenset()
    typed_stop_words: frozenset[str] = frozenset()  # only as typed with diacritics: "máme"
    _draft: _Draft | None = field(default_factory=_Draft, init=False, repr=False)  # None: frozen
    _by_first: Mapping[str, Sequence[Entry]] = field(init=False)
    _known: AbstractSet[str] = field(init=False)
    # Folded words of place names as written ("sokolov"): their stems are irregular
    # ("sokol"), so a typo ("sokolof") is compared with the word, and read as its stem.
    _word_stem: Mapping[str, str] = field(init=False)
    # Keys of abbreviations read only when typed in capitals ("=ad": AD, never "ad hoc")
    capitals_only: AbstractSet[str] = field(init=False)
    # Built by freeze(): the known stems and place words by length (for typos), and the entries
    # of each first stem split by their second stem, so that a common first word ("velké",
    # "nový": hundreds of organisations' names at 20k services) costs the phrases whose second
    # word can fit, not all of them.
    _by_length: Mapping[int, Sequence[str]] = field(default_factory=dict, init=False)
    _place_by_length: Mapping[int, Sequence[str]] = field(default_factory=dict, init=False)
    _heads: Mapping[str, _Head] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        draft = self._building()
        # while building, the readers (has, knows) see the draft itself
        self._by_first = draft.by_first
        self._known = draft.known
        self._word_stem = draft.word_stem
        self.capitals_only = draft.capitals_only

    def __setattr__(self, name: str, value: object) -> None:
        self._refuse_when_frozen(name)
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        self._refuse_when_frozen(name)  # `del lexicon.stop_words` would fall back to the default
        super().__delattr__(name)

    def _refuse_when_frozen(self, name: str) -> None:
        # before __init__ has set _draft there is nothing to guard yet
        if "_draft" in self.__dict__ and self._draft is None:
            raise FrozenLexiconError(f"a frozen lexicon cannot change ({name})")

    def _building(self) -> _Draft:
        if self._draft is None:
            raise FrozenLexiconError("a frozen lexicon takes no more entries: build a new one")
        return self._draft

    def add(
        self, kind: str, value: str, words: Sequence[str], *, typed: Sequence[str] = (), exact: bool = False
    ) -> None:
        """One way of writing an entry; `typed` (the words with diacritics) tells "muže" (men)
        from "může" (can); `exact` entries match only these very word
        forms ("klientka" is a woman, "klient" is no one's gender)."""
        draft = self._building()
        stems = tuple(sys.intern(EXACT + w if exact else stem(w)) for w in words)
        if not stems or (kind, value, stems) in draft.seen:
            return
        draft.seen.add((kind, value, stems))
        written = tuple(typed) if len(typed) == len(stems) and any(w != fold(w) for w in typed) else ()
        draft.by_first[stems[0]].append(Entry(sys.intern(kind), value, stems, written, sys.intern(words[0])))
        draft.known.update(stems)
        if kind in PLACE_KINDS:
            for word, word_stem in zip(words, stems, strict=True):
                if word.isalpha() and len(word) >= MIN_TYPO_WORD:
                    draft.word_stem.setdefault(word, word_stem)

    def read_only_in_capitals(self, words: Iterable[str]) -> None:
        """These exact words are read only when typed in capitals (an abbreviation: "AD")."""
        self._building().capitals_only.update(EXACT + w for w in words)

    def freeze(self) -> None:
        draft = self._building()
        self._by_first = MappingProxyType({first: tuple(found) for first, found in draft.by_first.items()})
        self._known = frozenset(draft.known)
        self._word_stem = MappingProxyType(dict(draft.word_stem))
        self.capitals_only = frozenset(draft.capitals_only)
        self._by_length = _by_length(self._known)
        self._place_by_length = _by_length(self._word_stem.keys())
        self._alternatives = lru_cache(maxsize=50_000)(self._alternatives_uncached)
        self._heads = MappingProxyType({first: _Head.of(found) for first, found in self._by_first.items()})
        self._draft = None  # the last change: from here on nothing changes

    def has(self, kind: str, words: Sequence[str]) -> bool:
        """Whether these folded words are already an entry of this kind."""
        stems = tuple(stem(w) for w in words)
        return bool(stems) and any(
            e.kind == kind and e.stems == stems for e in self._by_first.get(stems[0], ())
        )

    @property
    def entry_count(self) -> int:
        return sum(len(entries) for entries in self._by_first.values())

    def knows(self, word_stem: str) -> bool:
        return word_stem in self._known

    def _alternatives_uncached(self, word: str) -> tuple[tuple[str, int], ...]:
        """Known stems this folded word may stand for, with the number of typos."""
        own = stem(word)
        exact = (EXACT + word, 0)
        if own in self._known:
            return ((own, 0), exact)
        if word in self.stop_words or len(word) < MIN_TYPO_WORD or not word.isalpha():
            return ((own, 0), exact)
        # Stems first; place names also as written ("sokolof" -> "sokolov"), their stems
        # being irregular.
        typos = _near(own, self._by_length) + [
            (self._word_stem[known], distance) for known, distance in _near(word, self._place_by_length)
        ]
        base = self._dictionary_stem(word, own)
        if base is not None:
            return ((own, 0), (base, 0), exact)
        if not typos or is_czech_word(word):
            # A real word is not a typo: "právě" is not "práce", "autobus" not "automaty".
            # (Checked last: most unknown words are near nothing, and the check costs more.)
            return ((own, 0), exact)
        return ((own, 0), exact, *typos)

    def _dictionary_stem(self, word: str, own: str) -> str | None:
        """The known stem of the word's dictionary form, where the stemmer cut its forms apart:
        "Slunovratu" is Slunovrat (stemmed "slunovrat" against "slunovr"), "zaměstnali" is
        zaměstnat. The dictionary is asked only when a known stem begins the word."""
        if not any(word[:end] in self._known for end in range(MIN_TYPO_WORD, len(word))):
            return None
        for base in dictionary_lemmas(word):  # "zamestnali" is a form of zaměstnat
            base_stem = stem(fold(base))
            if base_stem != own and base_stem in self._known:
                return base_stem
        return None

    def alternatives(self, word: str) -> tuple[tuple[str, int], ...]:
        return self._alternatives(word)

    def find(self, words: Sequence[str], typed: Sequence[str] = ()) -> list[Match]:
        """Every entry that occurs in the folded words, at every position.

        `typed` are the same words as typed; where given, a word typed with diacritics whose
        dictionary form differs from the entry's ("může" vs "muže") does not match it.
        """
        options: list[dict[str, int]] = []
        for w in words:
            here: dict[str, int] = {}
            for known, typos in self.alternatives(w):
                here[known] = min(typos, here.get(known, typos))
            options.append(here)
        question_typed = list(typed) if len(typed) == len(words) else []
        matches: list[Match] = []
        count = len(words)
        for start, here in enumerate(options):
            word = words[start]
            stop_word = word in self.stop_words or bool(
                question_typed and question_typed[start] in self.typed_stop_words
            )
            around = [*words[max(0, start - 3) : start], *words[start + 1 : start + 4]]
            # where a phrase's second word stands: counts inside a phrase are skipped
            second = start + 1
            while second < count - 1 and words[second] in COUNT_WORDS:
                second += 1
            for first, typos in here.items():
                head = self._heads.get(first)
                if head is None:
                    continue
                candidates = head.fitting(options[second], words[second]) if second < count else head.singles
                for entry in candidates:
                    end = start + len(entry.stems)
                    if end > count:
                        continue
                    if question_typed and entry.typed and _other_word(question_typed[start:end], entry.typed):
                        continue
                    if not first.startswith(EXACT) and _another_word_by_stem(
                        word, entry, end - start, stop_word, around
                    ):
                        continue
                    total = typos
                    position = start
                    for offset in range(1, len(entry.stems)):
                        position += 1
                        # "máma se třemi dětmi" is "máma s dětmi": a count inside a phrase is skipped
                        while position < count - 1 and words[position] in COUNT_WORDS:
                            position += 1
                        if position >= count:
                            break
                        cost = options[position].get(entry.stems[offset])
                        if cost is None:
                            # after a lone preposition the next word is the whole meaning: "na
                            # nohy" is no "na noc"
                            alone = len(entry.stems) == 2 and stop_word
                            cost = _near_in_phrase(words[position], entry.stems[offset], loose=not alone)
                        if cost is None:
                            break
                        total += cost
                    else:
                        matches.append(Match(entry, start, position + 1, total))
        return matches


@dataclass(frozen=True, slots=True)
class _Head:
    """The entries sharing a first stem: one-word ones, and longer ones by their second stem."""

    singles: tuple[Entry, ...]
    by_second: dict[str, tuple[Entry, ...]]
    # second stems by their first letter (a phrase's second word may differ by one letter, never
    # in its first: _near_in_phrase), and the one-letter ones ("s", "v": "se", "ve" fit them)
    by_initial: dict[str, tuple[str, ...]]
    one_letter: tuple[str, ...]
    order: dict[int, int]  # id(entry) -> its place among the entries, to keep their order

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> _Head:
        by_second: dict[str, list[Entry]] = defaultdict(list)
        for entry in entries:
            if len(entry.stems) > 1:
                by_second[entry.stems[1]].append(entry)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for second in by_second:
            by_initial[second[0]].append(second)
        return cls(
            singles=tuple(e for e in entries if len(e.stems) == 1),
            by_second={k: tuple(v) for k, v in by_second.items()},
            by_initial={k: tuple(v) for k, v in by_initial.items()},
            one_letter=tuple(k for k in by_second if len(k) == 1),
            order={id(e): n for n, e in enumerate(entries)},
        )

    def fitting(self, options: dict[str, int], word: str) -> list[Entry]:
        """The entries that may match when `word` (with its readings `options`) follows the
        first one: every one-word entry, and the longer ones whose second stem is one of the
        readings or can be near it. A superset: find() checks each as before, in the same order."""
        if not self.by_second:
            return list(self.singles)
        seconds = {k for k in options if k in self.by_second}
        own = stem(word)
        if len(own) >= 3:
            size = len(own)
            seconds.update(k for k in self.by_initial.get(own[0], ()) if abs(len(k) - size) <= 1)
        seconds.update(self.one_letter)
        found = [*self.singles, *(e for k in seconds for e in self.by_second[k])]
        if len(found) > 1:
            found.sort(key=lambda e: self.order[id(e)])
        return found


# "s ním pracovat", "pracovat s klientem": working WITH someone is no job wanted. Only then a
# verb ("pracovat") sharing a noun's stem ("práce") is not that noun; "chce pracovat", "kde může
# pracovat", "rekvalifikovat se" stay needs.
_WITH = frozenset({"s", "se", "with"})
_SOMEONE = ("nim", "ni", "nimi", "nima", "klient", "him", "her", "them")


def _another_word_by_stem(
    word: str, entry: Entry, length: int, stop_word: bool, around: Sequence[str] = ()
) -> bool:
    """Whether a question word that shares only its stem with the entry's first word is another
    word: a stop word ("muze" is může, never muže) or a verb of working with someone beside
    "s ním" ("kdo s ním může pracovat" asks for no job). `around`: the three words before and
    after it."""
    written = entry.first_word
    if stop_word:
        # A stop word alone never stands for an entry; at the head of a phrase only when the
        # phrase is written with that very word.
        return length == 1 or (bool(written) and written != word)
    if word == written or not word.startswith("pracov"):
        return False
    return any(a in _WITH and b.startswith(_SOMEONE) for a, b in zip(around, around[1:], strict=False))


def _by_length(known: Iterable[str]) -> Mapping[int, Sequence[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for word in known:
        if word.isalpha() and len(word) >= MIN_TYPO_WORD - 1:
            found[len(word)].append(word)
    return MappingProxyType({length: tuple(stems) for length, stems in found.items()})


def _near(typed: str, by_length: Mapping[int, Sequence[str]]) -> list[tuple[str, int]]:
    """Words of similar length within one typo (two for long words), same first letter."""
    allowed = 1 if len(typed) <= 7 else 2
    found: list[tuple[str, int]] = []
    for length in range(len(typed) - allowed, len(typed) + allowed + 1):
        candidates = by_length.get(length)
        if not candidates:
            continue
        # OSA: a swap of two letters ("dokaldy") is one typo, as people make it.
        for known, distance, _ in process.extract(
            typed, candidates, scorer=OSA.distance, score_cutoff=allowed, limit=None
        ):
            # The first letter is rarely the mistyped one; requiring it keeps
            # "prace" (work) from turning into "prase" or "praze".
            if known[0] == typed[0]:
                found.append((known, int(distance)))
    return found


def _other_word(question: Sequence[str], entry: Sequence[str]) -> bool:
    """Whether a word typed with diacritics is another word than the entry's that folds the
    same: "může" (moci) is not "muže" (muž), but "dětí" is "děti" (dítě). Only such pairs are
    looked up in the dictionary, so most questions never load it."""
    return any(
        q != e
        and q != fold(q)
        and e != fold(e)
        and fold(q) == fold(e)
        and None not in (lemma(q), lemma(e))
        and lemma(q) != lemma(e)
        for q, e in zip(question, entry, strict=False)
    )


# Counts and sizes said inside a phrase ("máma se dvěma malými dětmi"), folded: never the
# phrase's own words, so skipping them joins the phrase.
COUNT_WORDS = frozenset(
    {"dvema", "dvouma", "tremi", "trema", "ctyrmi", "ctyrma", "peti", "malymi", "malyma", "nekolika"}
    | {"malym", "malou", "malinkym", "malinkou", "jednim", "jednou"}  # "máma s malým dítětem"
    | {str(n) for n in range(2, 10)}
)


@lru_cache(maxsize=100_000)
def _near_in_phrase(word: str, wanted: str, *, loose: bool = True) -> int | None:
    """Inside a phrase whose first word matched, a short word may differ by one letter.

    Vowel changes of declension ("dům" -> "v domě", "půl" -> "pul") and one-letter slips in
    the second word of "probační dům" are common; alone, such short words would be too risky.
    """
    if len(wanted) == 1 and word == wanted + "e":
        return 0  # "se dvěma dětmi", "ve vazbě": the vocalised preposition is the same word
    if not loose:
        return None
    own = stem(word)
    if len(own) >= 3 and len(wanted) >= 3 and own[0] == wanted[0]:
        distance = Levenshtein.distance(own, wanted, score_cutoff=1)
        if distance <= 1:
            return 1
    return None


def best_spans(matches: Iterable[Match]) -> list[list[Match]]:
    """Longest match wins: non-overlapping spans, longest (then fewest typos) first.

    All matches covering exactly the chosen span are kept together, so that the caller can
    decide between their readings ("Opava" the town or the prison) by context.
    """
    by_span: dict[tuple[int, int], list[Match]] = defaultdict(list)
    for match in matches:
        by_span[(match.start, match.end)].append(match)
    order = sorted(
        by_span, key=lambda span: (-(span[1] - span[0]), min(m.typos for m in by_span[span]), span)
    )
    taken: set[int] = set()
    chosen: list[list[Match]] = []
    for span in order:
        covered = set(range(*span))
        if covered & taken:
            continue
        taken |= covered
        best = min(m.typos for m in by_span[span])
        chosen.append([m for m in by_span[span] if m.typos == best])
    chosen.sort(key=lambda group: group[0].start)
    return chosen
