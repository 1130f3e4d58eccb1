"""The Czech (and basic English) words that map a question onto the profile's codes.

The vocabulary is data, in knowledge/vocabulary.csv, reviewed by coordinators; this module
loads and checks it. Codes are the profile's (bot/kb/profile.py), so a knowledge base that
uses them is understood without any synonyms of its own.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from bot.kb import profile
from bot.text.czech import key, words

KINDS: dict[str, frozenset[str]] = {
    "need": profile.CODES[profile.NEED],
    "target": profile.CODES[profile.TARGET],
    "capacity": frozenset({"available"}),
    "prison": frozenset({"word"}),
}
# One-word phrases that fold onto everyday words ("byt" = flat, "být" = to be): never synonyms.
FORBIDDEN_SINGLE_WORDS = frozenset({"byt", "pas", "byti", "je", "na", "do", "od", "pro"})


EXACT = "="  # "=klientka": only this very word form, not every word of its stem ("klient")
CAPITALS = "^"  # "^AD": an abbreviation read only when typed in capitals (so "ad hoc" is none)
JOIN = "+"  # "women+families": a phrase that says two things ("manželka odsouzeného")


@dataclass(frozen=True)
class Phrase:
    kind: str
    code: str
    text: str  # without the leading "="
    key: tuple[str, ...]
    line: int
    exact: bool = False
    capitals: bool = False  # "^AD": an abbreviation read only when typed in capitals ("ad" is no AD)


class VocabularyError(Exception):
    """The vocabulary file is wrong; the message lists every line to fix."""


def default_vocabulary_path() -> Path:
    return Path(str(files("knowledge") / "vocabulary.csv"))


def load_vocabulary(path: Path | None = None) -> list[Phrase]:
    """Read and check the vocabulary; raises VocabularyError naming every bad line."""
    if path is None:  # the package's own file: read once per process, not at every rebuild
        return list(_default_vocabulary())
    return _read_vocabulary(path)


@cache
def _default_vocabulary() -> tuple[Phrase, ...]:
    return tuple(_read_vocabulary(default_vocabulary_path()))


def _read_vocabulary(source: Path) -> list[Phrase]:
    problems: list[str] = []
    phrases: list[Phrase] = []
    seen: dict[tuple[str, tuple[str, ...]], Phrase] = {}
    with open(source, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            kind = (row.get("kind") or "").strip()
            codes = [c.strip() for c in (row.get("code") or "").split(JOIN)]
            code = JOIN.join(codes)
            text = (row.get("phrase") or "").strip()
            capitals = text.startswith(CAPITALS)
            text = text.removeprefix(CAPITALS)
            # an abbreviation in capitals is one word form: never matched by a stem ("ad" of "adresa")
            exact = capitals or text.startswith(EXACT)
            text = text.removeprefix(EXACT).strip()
            if kind not in KINDS:
                problems.append(f"line {line}: unknown kind {kind!r} (use {', '.join(sorted(KINDS))})")
                continue
            wrong = [c for c in codes if c not in KINDS[kind]]
            if wrong:
                problems.append(f"line {line}: {wrong[0]!r} is not a {kind} code of the profile")
                continue
            phrase_key = tuple(EXACT + w for w in words(text)) if exact else key(text)
            if not phrase_key:
                problems.append(f"line {line}: the phrase is empty")
                continue
            if len(phrase_key) == 1 and words(text)[0] in FORBIDDEN_SINGLE_WORDS:
                problems.append(f"line {line}: {text!r} alone is an everyday word; use a longer phrase")
                continue
            earlier = seen.get((kind, phrase_key))
            if earlier is not None:
                verdict = "repeats" if earlier.code == code else f"clashes with {earlier.code!r} at"
                problems.append(
                    f"line {line}: {text!r} ({code}) {verdict} line {earlier.line} ({earlier.text!r})"
                )
                continue
            seen[(kind, phrase_key)] = Phrase(kind, code, text, phrase_key, line, exact, capitals)
            phrases += [Phrase(kind, c, text, phrase_key, line, exact, capitals) for c in codes]
    if problems:
        raise VocabularyError(f"{source}:\n  " + "\n  ".join(problems))
    return phrases
