"""Speed of the privacy check (bot/privacy.py) on a long note, and its rates on every corpus.

usage: python bench/bench_privacy.py

The note is 2,700 characters of harmless notes from tests/bot/privacy/ joined together (the
longest a handover note may be is about that). Prints the first call (the word lists and
simplemma's dictionaries load then), the median and the slowest of 50 calls on the same note
and on 20 shuffled ones (new words each time, so the word caches help less), and the missed
and refused shares of every corpus in tests/bot/privacy/.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.privacy import find_personal_data  # noqa: E402
from tests.bot.privacy.test_corpus import measure, notes  # noqa: E402

CORPORA = (
    "", "heldout_", "heldout2_", "dev2_", "dev3_", "dev4_", "dev5_", "dev6_", "dev7_", "dev8_", "dev9_",
    "dev10_", "dev11_", "dev12_", "dev13_", "dev14_", "dev15_", "dev16_",
)  # fmt: skip


def _milliseconds(note: str) -> float:
    start = time.perf_counter()
    find_personal_data(note)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    text = " ".join(notes("dev2_harmless.txt") + notes("heldout2_harmless.txt") + notes("harmless.txt"))
    note = text[:2700]
    print(f"first call (lists load): {_milliseconds(note):.0f} ms")
    same = [_milliseconds(note) for _ in range(50)]
    print(f"same 2,700-char note: median {statistics.median(same):.2f} ms, slowest {max(same):.2f} ms")
    words = text.split()
    shuffled = []
    for seed in range(20):
        random.Random(seed).shuffle(words)
        shuffled.append(_milliseconds(" ".join(words)[:2700]))
    print(f"shuffled notes: median {statistics.median(shuffled):.2f} ms, slowest {max(shuffled):.2f} ms")
    for prefix in CORPORA:
        rates = measure(f"{prefix}personal.txt", f"{prefix}harmless.txt")
        print(
            f"{prefix or 'tuned_'}: missed {len(rates.missed)}/{rates.personal} = {rates.missed_share:.1%}, "
            f"refused {len(rates.refused)}/{rates.harmless} = {rates.refused_share:.1%}"
        )


if __name__ == "__main__":
    main()
