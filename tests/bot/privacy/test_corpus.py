"""The privacy check measured on notes written the way workers write them (docs/privacy.md).

personal.txt / harmless.txt are the part the check was tuned on; the held-out files were
written before tuning and kept out of it. dev2_*.txt came from an independent author and were
used to develop the dictionary-based rules (bot/privacy/words.py); dev3_*.txt were written for
issue #15 (foreign names, surnames after abbreviations or that are ordinary words, streets and
institutions named after people, brands) and tuned on; dev4_*.txt for the fourth round (notes in
capitals, adjectives and animals as surnames, the field's organisations, "2. ročník", "data
narození" with no date), tuned on; dev5_*.txt for the fifth round, written by the developer anew
for the kinds an examiner's notes showed (described first names, surnames that are words before
the first name, documents and accounts, an office's contacts, regions, brands), tuned on;
dev6_*.txt for the sixth round, written by the developer anew for the kinds a new examiner's
notes showed (a surname's possessive before kin, "se jmenuje", "s Janou", social-network
handles, driving licences, file numbers, offices' houses and accounts, holidays, places by
their context), tuned on; dev7_*.txt, every n-th note of two examiners' corpora the seventh
round was developed on; dev8_*.txt, every 5th note of the examiner's corpus the eighth round was
developed on; dev9_*.txt, the same of the ninth round's; dev10_*.txt and dev11_*.txt, every note
of the two examiners' A halves the tenth round was developed on; dev12_*.txt and dev13_*.txt, every
note of the two examiners' A halves the thirteenth round was developed on; dev14_*.txt and
dev15_*.txt, every note of the two examiners' A halves the fourteenth round was developed on;
dev16_*.txt, every note of the new examiner's corpus the fifteenth round was developed on.
Every line is one note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from bot.privacy import find_personal_data

HERE = Path(__file__).parent
TODAY = date(2026, 11, 30)


def notes(name: str) -> list[str]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Rates:
    personal: int
    missed: list[str]
    harmless: int
    refused: list[str]

    @property
    def missed_share(self) -> float:
        return len(self.missed) / self.personal

    @property
    def refused_share(self) -> float:
        return len(self.refused) / self.harmless


def measure(personal: str, harmless: str) -> Rates:
    named = notes(personal)
    ordinary = notes(harmless)
    return Rates(
        personal=len(named),
        missed=[n for n in named if not find_personal_data(n, today=TODAY)],
        harmless=len(ordinary),
        refused=[n for n in ordinary if find_personal_data(n, today=TODAY)],
    )


def test_the_corpus_is_as_large_as_promised() -> None:
    assert len(notes("personal.txt")) >= 300
    assert len(notes("harmless.txt")) >= 300
    assert len(set(notes("personal.txt")) & set(notes("harmless.txt"))) == 0
    assert len(notes("dev3_personal.txt")) >= 100 and len(notes("dev3_harmless.txt")) >= 100
    assert len(notes("dev5_personal.txt")) >= 40 and len(notes("dev5_harmless.txt")) >= 40
    assert len(notes("dev6_personal.txt")) >= 40 and len(notes("dev6_harmless.txt")) >= 40
    assert len(notes("dev7_personal.txt")) >= 100 and len(notes("dev7_harmless.txt")) >= 100
    assert len(notes("dev8_personal.txt")) >= 50 and len(notes("dev8_harmless.txt")) >= 60
    assert len(notes("dev9_personal.txt")) >= 50 and len(notes("dev9_harmless.txt")) >= 70
    assert len(notes("dev10_personal.txt")) >= 170 and len(notes("dev10_harmless.txt")) >= 170
    assert len(notes("dev11_personal.txt")) >= 170 and len(notes("dev11_harmless.txt")) >= 170
    assert len(notes("dev12_personal.txt")) >= 160 and len(notes("dev12_harmless.txt")) >= 160
    assert len(notes("dev13_personal.txt")) >= 160 and len(notes("dev13_harmless.txt")) >= 160
    assert len(notes("dev14_personal.txt")) >= 120 and len(notes("dev14_harmless.txt")) >= 120
    assert len(notes("dev15_personal.txt")) >= 120 and len(notes("dev15_harmless.txt")) >= 120
    assert len(notes("dev16_personal.txt")) >= 240 and len(notes("dev16_harmless.txt")) >= 240


@pytest.mark.parametrize(
    ("personal", "harmless"),
    [
        ("personal.txt", "harmless.txt"),
        ("dev2_personal.txt", "dev2_harmless.txt"),
        ("dev3_personal.txt", "dev3_harmless.txt"),
        ("dev4_personal.txt", "dev4_harmless.txt"),
        ("dev5_personal.txt", "dev5_harmless.txt"),
        ("dev6_personal.txt", "dev6_harmless.txt"),
        ("dev7_personal.txt", "dev7_harmless.txt"),
        ("dev8_personal.txt", "dev8_harmless.txt"),
        ("dev9_personal.txt", "dev9_harmless.txt"),
        ("dev10_personal.txt", "dev10_harmless.txt"),
        ("dev11_personal.txt", "dev11_harmless.txt"),
        ("dev12_personal.txt", "dev12_harmless.txt"),
        ("dev13_personal.txt", "dev13_harmless.txt"),
        ("dev14_personal.txt", "dev14_harmless.txt"),
        ("dev15_personal.txt", "dev15_harmless.txt"),
        ("dev16_personal.txt", "dev16_harmless.txt"),
    ],
)
def test_at_most_2_percent_missed_and_2_percent_of_harmless_notes_refused(
    personal: str, harmless: str
) -> None:
    rates = measure(personal, harmless)
    assert rates.missed_share <= 0.02, rates.missed
    assert rates.refused_share <= 0.02, rates.refused


@pytest.mark.parametrize(
    ("personal", "harmless"),
    [("heldout_personal.txt", "heldout_harmless.txt"), ("heldout2_personal.txt", "heldout2_harmless.txt")],
)
def test_held_out_notes_stay_within_what_docs_privacy_reports(personal: str, harmless: str) -> None:
    # The held-out rates are reported, not tuned; this only catches the check getting worse
    # than docs/privacy.md says.
    rates = measure(personal, harmless)
    assert rates.missed_share <= 0.05, rates.missed
    assert rates.refused_share <= 0.02, rates.refused
