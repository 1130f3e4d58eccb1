"""Speed structures that must answer exactly as the plain scans did.

At 20,000 services hundreds of organisations' names begin with the same word ("Velký …",
"Nový …"), and thousands of services tie when the nearest are looked for elsewhere. The lexicon
looks only at the phrases whose second word can fit, and nearness walks places nearest first;
both must find what a scan of every entry or every service finds.
"""

from __future__ import annotations

import random
from array import array
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import Engine

from bot.search import answering
from bot.search.answering import (
    Constraints,
    Fit,
    Hit,
    _best,
    _best_of_many,
    _scorer,
    constraints_of,
    matching,
)
from bot.search.catalog import load_catalog
from bot.search.index import SearchIndex
from bot.search.lexicon import Lexicon
from bot.search.nearness import FAR, Nearness, gazetteer, origin, outside_prisons
from bot.search.understanding import understand
from bot.text.czech import fold, typed_words, words
from tests.bot.search.conftest import NOW

SECONDS = ["domov", "most", "kruh", "přístav", "start", "krok", "dům", "cesta", "brána", "kotva"]


def crowded_lexicon() -> Lexicon:
    lexicon = Lexicon(stop_words=frozenset({"s", "se", "na", "v", "ve"}))
    for n in range(400):  # "Velký domov 0" … : one first word, hundreds of names
        name = f"Velký {SECONDS[n % len(SECONDS)]} {n}"
        lexicon.add("organization", name, words(name), typed=typed_words(name))
    lexicon.add("organization", "Velký Slunovrat", words("Velký Slunovrat"))
    lexicon.add("organization", "Velký Dům", words("Velký Dům"))
    lexicon.add("need", "housing", words("azylový dům"))
    lexicon.add("target", "women+children", words("máma s dětmi"))
    lexicon.freeze()
    return lexicon


def found(lexicon: Lexicon, question: str) -> list[tuple[str, int, int, int]]:
    return [
        (m.entry.value, m.start, m.end, m.typos) for m in lexicon.find(words(question), typed_words(question))
    ]


def test_a_common_first_word_finds_no_name_whose_second_word_is_not_there() -> None:
    assert found(crowded_lexicon(), "velké dluhy a azylový dům") == [("housing", 3, 5, 0)]


def test_a_name_under_a_crowded_first_word_is_found_with_a_slip_in_its_second_word() -> None:
    lexicon = crowded_lexicon()

    assert ("Velký Slunovrat", 2, 4, 0) in found(lexicon, "volala jsem Velkému Slunovratu")
    # one letter off in a phrase's second word is read, as before the index
    assert [(v, a, b) for v, a, b, _ in found(lexicon, "velky slunovrad")] == [("Velký Slunovrat", 0, 2)]
    # a short second word has no typo readings of its own: "Domě" is "Dům" only inside the phrase
    assert ("Velký Dům", 1, 3, 1) in found(lexicon, "ve Velkém Domě")


def test_a_count_inside_a_phrase_is_still_skipped() -> None:
    assert ("women+children", 0, 5, 0) in found(crowded_lexicon(), "máma se dvěma malými dětmi")


def plain_distances(nearness: Nearness, candidates: set[int]) -> dict[int, int]:
    return {number: round(nearness(number)) for number in candidates}


def test_the_nearest_are_those_a_scan_of_every_service_finds(index: SearchIndex) -> None:
    catalog = index.catalog
    towns = sorted(gazetteer().values())
    everyone = list(range(catalog.size))
    chance = random.Random(7)
    for attempt in range(60):
        start = chance.choice(towns)
        candidates = set(chance.sample(everyone, chance.randint(1, len(everyone))))
        limit = chance.randint(1, 12)
        reachable = outside_prisons(catalog) if attempt % 2 else None
        nearness = Nearness(catalog, start, reachable)

        picked = nearness.nearest(candidates, limit)

        scanned = plain_distances(nearness, candidates)
        kth = sorted(scanned.values())[min(limit, len(scanned)) - 1]
        must = {n for n, d in scanned.items() if d <= kth}
        assert must <= set(picked), (start, limit)
        assert all(picked[n] == scanned[n] for n in picked)


def test_services_with_no_known_place_come_last_and_all_tie(index: SearchIndex) -> None:
    catalog = index.catalog
    nearness = Nearness(catalog, next(iter(gazetteer().values())))
    unplaced = {n for n in range(catalog.size) if nearness(n) == FAR}
    placed = next(n for n in range(catalog.size) if nearness(n) < FAR)

    picked = nearness.nearest(unplaced | {placed}, 2)

    assert picked[placed] < round(FAR)
    assert {n for n, d in picked.items() if d == round(FAR)} == unplaced


BROAD = [
    "bydlení",
    "azylák pro ženy",
    "bydlení Středočeský kraj",
    "práce Ostrava",
    "dluhy Moravskoslezský kraj",
    "Naděje",
    "drogy věznice Opava",
    "volné místo azylový dům",
    "psycholog pro mladé",
]


@pytest.mark.parametrize("question", BROAD)
def test_services_that_fit_alike_are_grouped_with_the_fit_each_has_alone(
    index: SearchIndex, question: str
) -> None:
    found = understand(question, index)
    fit = _scorer(found, index, NOW, 30)
    everyone = set(range(index.catalog.size))
    asked = matching(index.catalog, constraints_of(found), NOW, 30)  # what an answer ranks

    for candidates in (everyone, asked):
        alone = fit(candidates)
        grouped = {number: value for members, value in fit.classes(candidates) for number in members}

        assert grouped == alone  # the same sums, made in the same order: equal to the last bit


def test_who_serves_a_region_is_read_once_as_the_catalog_says(index: SearchIndex) -> None:
    catalog = index.catalog
    regions = sorted(set(catalog.town_region.values()))
    assert len(regions) > 3
    for region in regions:
        located = catalog.located_in_region(region)
        covering = catalog.area_services.get(fold(region), set()) - located

        reach = catalog.reach(region)

        assert reach.located == located
        assert reach.covering == covering
        assert reach.nationwide == catalog.nationwide - located - covering
        assert reach.every == located | covering | catalog.nationwide
        assert catalog.reach(region) is reach  # kept for the next question about the region


@pytest.mark.parametrize("question", BROAD)
@pytest.mark.parametrize("limit", [1, 3, 10])
@pytest.mark.parametrize("scanned_from", [1_000, 1], ids=["heaps", "scans"])
def test_ranking_many_by_groups_orders_as_one_by_one(
    index: SearchIndex, question: str, limit: int, scanned_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the sample's groups are small: with 1, every group is read in the order of ties
    monkeypatch.setattr(answering, "_SCANNED_GROUP", scanned_from)
    found = understand(question, index)
    fit = _scorer(found, index, NOW, 30)
    catalog = index.catalog
    everyone = set(range(catalog.size))
    start = origin(catalog, towns=found.towns, prisons=found.prisons)
    near = Nearness(catalog, start) if start is not None else None
    places = 2 if near is not None else 4

    def key(hit: Hit) -> tuple[float, ...]:
        rounded = round(alone[hit.service], places)
        if near is None:
            return (rounded, catalog.tie[hit.service])
        return (rounded, -round(near(hit.service)), catalog.tie[hit.service])

    alone = fit(everyone)
    grouped = _best_of_many(everyone, fit, catalog, limit, near, places)
    every = sorted((Hit(s, round(v, 3)) for s, v in alone.items()), key=key, reverse=True)

    assert [key(h) for h in grouped] == [key(h) for h in every[:limit]]
    assert [h.score for h in grouped] == [h.score for h in every[:limit]]


@pytest.mark.parametrize("how_many", [150, 300])  # ranked one by one, and by groups
def test_a_better_fit_comes_first_however_long_ago_it_was_verified(how_many: int) -> None:
    everyone = set(range(how_many))
    fit = Fit(0.0, 1.0, {}, [(everyone, 0.95), ({0}, 0.05)])  # service 0 fits best
    never, lately = 0.0, date(2026, 11, 1).toordinal() * 1e3
    catalog = SimpleNamespace(tie=array("d", [never] + [lately] * (how_many - 1)))
    catalog.by_tie = sorted(range(how_many), key=catalog.tie.__getitem__, reverse=True)

    best = _best(everyone, fit, catalog, 3)  # type: ignore[arg-type]

    assert [hit.service for hit in best][0] == 0


@pytest.mark.parametrize("fitting", ["freshest", "stalest"])
def test_the_freshest_of_thousands_alike_are_found_wherever_they_lie_in_the_order(fitting: str) -> None:
    """A big group of equal fit is read in the order of ties; when its members come last in
    that order (the stalest services fit), the reading gives up and a heap finds them."""
    size = 6_000
    ties = array("d", [float(size - n) for n in range(size)])  # service 0 is the freshest
    catalog = SimpleNamespace(tie=ties, by_tie=list(range(size)))
    alike = set(range(2_000)) if fitting == "freshest" else set(range(size - 2_000, size))
    fit = Fit(0.0, 1.0, {}, [(alike, 0.9)])

    best = _best_of_many(set(range(size)), fit, catalog, 5, None, 4)  # type: ignore[arg-type]

    freshest_alike = sorted(alike)[:5]
    assert [hit.service for hit in best] == freshest_alike
    assert [hit.score for hit in best] == [0.9] * 5


def test_a_question_for_women_alone_keeps_every_service_but_those_only_for_men(index: SearchIndex) -> None:
    catalog = index.catalog

    for_women = matching(catalog, Constraints(targets=frozenset({"women"})), NOW, 30)

    assert for_women == set(range(catalog.size)) - catalog.only_for["men"]
    assert len(for_women) > catalog.size // 2  # most of the sample: the ranking reads them by ties


def test_the_order_of_ties_follows_a_verification_made_since(sample_engine: Engine) -> None:
    catalog = load_catalog(sample_engine)  # a catalog of its own: the shared index stays as it was
    stalest = catalog.by_tie[-1]

    catalog.assured[stalest] = date(2026, 11, 30).toordinal()  # verified today, after all others
    catalog.derive_live()  # as refresh_live does after reading the new dates

    assert catalog.by_tie[0] == stalest
    assert catalog.by_tie == sorted(range(catalog.size), key=lambda n: (-catalog.tie[n], n))


def test_who_serves_two_regions_is_read_as_the_catalog_says(index: SearchIndex) -> None:
    catalog = index.catalog
    first, second = sorted(set(catalog.town_region.values()))[:2]
    located = catalog.located_in_region(first) | catalog.located_in_region(second)
    areas = catalog.area_services.get(fold(first), set()) | catalog.area_services.get(fold(second), set())

    reach = catalog.reach(first, second)

    assert reach.located == located
    assert reach.covering == areas - located
    assert reach.nationwide == catalog.nationwide - located - areas
    assert reach.every == located | areas | catalog.nationwide
    assert catalog.reach().every == catalog.nationwide  # no region named: the nationwide alone


def test_services_only_below_a_need_are_read_once_as_the_catalog_says(index: SearchIndex) -> None:
    catalog = index.catalog
    broader = [code for code, under in catalog.need_under.items() if under - catalog.needs.get(code, set())]
    assert broader  # "housing" has shelters below it
    for code in catalog.need_under:
        only_under = catalog.only_under(code)

        assert only_under == catalog.need_under[code] - catalog.needs.get(code, set())
        assert catalog.only_under(code) is only_under
