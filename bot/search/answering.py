"""From an understood question to the services that satisfy it, best first.

`results` hold only services that satisfy everything understood; when there are none,
`alternatives` relax one constraint at a time (capacity, then place, then prison, then
audience) so that the worker sees what is nearest, clearly labelled as not a match.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import islice

from bot.search.catalog import Catalog
from bot.search.index import SearchIndex
from bot.search.nearness import Nearness, origin, outside_prisons
from bot.search.understanding import Reading, Understanding
from bot.text.czech import stem, words

DEFAULT_LIMIT = 10


@dataclass(frozen=True)
class Hit:
    service: int
    score: float
    relaxed: str = ""  # for an alternative: what it does not satisfy (capacity, place, prison...)


@dataclass
class Answer:
    question: str
    understanding: Understanding
    results: list[Hit] = field(default_factory=list)
    alternatives: list[Hit] = field(default_factory=list)
    relaxed: str = ""  # what the first alternatives do not satisfy
    # Only a place was understood, and words beside it were not ("shání melouch, Zlínsko"):
    # those words are most likely what the client needs, so every service of the place would
    # be a guess; the worker is asked what the help is for instead.
    need_unclear: bool = False
    need_choices: list[str] = field(default_factory=list)  # what the place's services help with


@dataclass(frozen=True)
class Constraints:
    """What a service must satisfy; None means 'not asked'."""

    organizations: frozenset[int] | None = None
    prisons: frozenset[str] | None = None
    towns: frozenset[str] | None = None
    regions: frozenset[str] | None = None
    needs: frozenset[str] | None = None
    targets: frozenset[str] | None = None
    capacity: bool = False


def constraints_of(found: Understanding) -> Constraints:
    wanted = Constraints(
        organizations=frozenset(found.organizations) or None,
        prisons=frozenset(found.prisons) or None,
        towns=frozenset(found.towns) or None,
        regions=frozenset(found.regions) or None,
        needs=frozenset(found.needs) or None,
        targets=frozenset(found.strict_targets) or None,
        capacity=found.capacity_available,
    )
    if wanted == Constraints() and found.soft_targets:
        # "pro propuštěné" alone: the audience is all we have, so it has to decide.
        return Constraints(targets=frozenset(found.soft_targets))
    return wanted


def matching(catalog: Catalog, wanted: Constraints, now: datetime, stale_days: int) -> set[int]:
    """The services satisfying every constraint (all of them when none is given)."""
    sets: list[AbstractSet[int]] = []
    excluded: set[int] = set()
    if wanted.organizations is not None:
        sets.append(_union(catalog.org_services.get(o, set()) for o in wanted.organizations))
    if wanted.prisons is not None:
        sets.append(_union(catalog.prison_services.get(p, set()) for p in wanted.prisons))
    if wanted.towns is not None:
        sets.append(_in_towns(catalog, wanted.towns))
    if wanted.regions is not None:
        sets.append(_in_regions(catalog, wanted.regions))
    if wanted.needs is not None:
        sets.append(_with_needs(catalog, wanted.needs))
    for target in sorted(wanted.targets or ()):
        if target in catalog.only_for:  # open to both unless only for the other
            excluded |= catalog.only_for["women" if target == "men" else "men"]
        else:
            sets.append(_for_target(catalog, target))
    if wanted.capacity:
        sets.append(catalog.free_now(now, stale_days))
    if not sets:
        everything = set(catalog.every)  # a copy of a set: a third of building one
        everything -= excluded
        return everything
    sets.sort(key=len)
    result = set(sets[0])
    for other in sets[1:]:
        result &= other
        if not result:
            break
    return result - excluded


def _union(parts: Iterable[AbstractSet[int]]) -> AbstractSet[int]:
    """The parts together; a single part is returned itself, not copied (the catalog's own set,
    thousands of services for a broad need: read it, never change it)."""
    given = list(parts)
    if len(given) == 1:
        return given[0]
    joined: set[int] = set()
    for part in given:
        joined |= part
    return joined


def _in_towns(catalog: Catalog, towns: frozenset[str]) -> AbstractSet[int]:
    return _union(catalog.town_services.get(t, set()) | catalog.area_services.get(t, set()) for t in towns)


def _in_regions(catalog: Catalog, regions: frozenset[str]) -> AbstractSet[int]:
    """Located in the regions, covering them, or nationwide (no region: nationwide only)."""
    return catalog.reach(*regions).every


def _with_needs(catalog: Catalog, needs: frozenset[str]) -> AbstractSet[int]:
    return _union(catalog.need_under.get(need, set()) for need in needs)


def _for_target(catalog: Catalog, target: str) -> set[int]:
    tagged = catalog.targets.get(target, set())
    if target == "addicted":
        return tagged | catalog.need_under.get("addiction", set())
    return tagged


def answer(
    question: str,
    found: Understanding,
    index: SearchIndex,
    *,
    now: datetime,
    stale_days: int,
    limit: int = DEFAULT_LIMIT,
    everything: bool = False,
) -> Answer:
    """The services that fit what was understood, best first. `everything`: list the place's
    services even when the need was not understood (the worker asked for all of them)."""
    result = Answer(question, found)
    if found.empty:
        return result
    if not everything and need_unclear(found) and not _content_stems(found, index):
        here = matching(index.catalog, constraints_of(found), now, stale_days)
        if len(here) > FEW:
            result.need_unclear = True
            result.need_choices = _needs_of(here, index)
            return result
    catalog = index.catalog
    wanted = constraints_of(found)
    chosen = matching(catalog, wanted, now, stale_days)
    if not chosen:
        loosened = _loosened(found, catalog, now, stale_days)
        if loosened is not None:
            # The strict reading finds nothing, a looser one does: answer it and say what was
            # let go (the "Rozuměl jsem" line lists it), rather than nothing.
            found, chosen = loosened
            result.understanding = found
            wanted = constraints_of(found)
    fit = _scorer(found, index, now, stale_days)
    start = origin(catalog, towns=found.towns, prisons=found.prisons)
    near: Nearness | None = None
    if start is not None:
        # a town question is about life outside: a service only inside prisons comes after
        # the ones a person can walk into, however near its prison is
        outside = outside_prisons(catalog) if found.towns and not found.prisons else None
        near = Nearness(catalog, start, outside)
    result.results = _best(chosen, fit, catalog, limit, near)
    if not result.results:
        shown: set[int] = set()
        for relaxed, looser in _relaxations(wanted, catalog):
            if len(result.alternatives) >= limit:
                break
            extra = matching(catalog, looser, now, stale_days) - shown
            if not extra:
                continue
            # elsewhere than asked: all of them miss the place alike, so the nearest comes first
            elsewhere = near is not None and relaxed.split("+")[0] in ("place", "prison")
            hits = _best(extra, fit, catalog, limit - len(result.alternatives), near, nearest_first=elsewhere)
            result.alternatives += [Hit(h.service, round(h.score * 0.5, 3), relaxed) for h in hits]
            shown |= {h.service for h in hits}
            result.relaxed = result.relaxed or relaxed
    return result


# With this few services in the place, all of them are shown even when the need was not
# understood: a short list is no guess.
FEW = 2


def _needs_of(services: set[int], index: SearchIndex, most: int = 8) -> list[str]:
    """The needs the most of these services help with, most common first."""
    counts: Counter[str] = Counter()
    for need, members in index.catalog.needs.items():
        counts[need] = len(members & services)
    return [need for need, count in counts.most_common(most) if count]


def need_unclear(found: Understanding) -> bool:
    """A place (and maybe who the client is) was understood, no need, beside
    words that were not ("hulí a je zmatlanej, Kolín", "kluk jde do Frýdku, shání fachu"): what
    the client needs is in the words not understood."""
    # A prison alone is asked about as a whole ("kdo k nám chodí", "who comes in"): listed.
    places = (found.towns or found.regions) and not found.prisons
    return bool(
        places and found.need_words and not (found.needs or found.organizations or found.capacity_available)
    )


# Audiences that often name someone beside the client, so may be let go when nothing fits:
# the asker's own workplace ("pracuju na probaci"), a mother's children when she needs a lawyer.
# Who the client is (a gender, an age group, a relative, a foreigner, addicted) is kept.
_LOOSE_AUDIENCES = frozenset({"probation", "children", "homeless"})
# A need that only says "a service" ("mají poradnu?"): beside an organisation's name it is no filter.
_GENERIC_NEEDS = frozenset({"counselling"})


def _loosened(
    found: Understanding, catalog: Catalog, now: datetime, stale_days: int
) -> tuple[Understanding, set[int]] | None:
    """The nearest looser reading that some service satisfies (else the loosest, with no
    service), or None when nothing may be let go.

    Only what a worker often says without meaning it as a filter is let go: an audience that
    often names someone beside the client ("pracuju na probaci" is the asker's workplace), a
    prison named before the town where the client will live ("je ještě v Kuřimi, po propuštění
    chce do Vyškova"), and a generic service word beside an organisation's name ("Právo pro
    všechny – mají poradnu?").
    The place and the need asked for are never let go (the alternatives do that, labelled).
    """
    if found.literal:
        return None
    # An age ("je mu 20"), a relative who needs help, or what the worker insisted on: kept.
    told = {
        r.value
        for r in found.readings
        if r.kind == "target" and (r.note in ("age", "relative") or r.start in found.insisted)
    }
    # A prisoner's child telling their age and nothing else ("je mi 16 a táta sedí") asks for
    # the family's help: where nothing is for both, the age is let go rather than nothing
    # answered. With a need named, the age says whose it is ("já (16) nemám kde bydlet"): kept.
    ages = (
        {r.value for r in found.readings if r.kind == "target" and r.note == "age"}
        if "families" in found.strict_targets and not found.needs
        else set()
    )
    audiences = sorted(
        (t for t in found.strict_targets if (t in _LOOSE_AUDIENCES and t not in told) or t in ages),
        key=lambda t: len(_for_target(catalog, t)),
    )
    moves: list[tuple[str, ...]] = [(t,) for t in audiences]
    if len(audiences) > 1:
        moves.append(tuple(audiences))
    if _town_after_prison(found):
        moves += [("prisons",), ("prisons", *audiences)]
    insisted_need = any(r.kind == "need" and r.start in found.insisted for r in found.readings)
    if found.organizations and set(found.needs) <= _GENERIC_NEEDS and not insisted_need:
        moves += [("needs",), ("needs", *audiences)]
    moves = list(dict.fromkeys(m for m in moves if m))
    for move in moves:
        looser = _without(found, move)
        chosen = matching(catalog, constraints_of(looser), now, stale_days)
        if chosen:
            return looser, chosen
    if not moves:
        return None
    # Nothing fits even so: the alternatives (the region, anywhere) start from the loosest
    # reading, not from the asker's workplace or the prison the client is leaving.
    return _without(found, tuple(dict.fromkeys(part for move in moves for part in move))), set()


def _town_after_prison(found: Understanding) -> bool:
    """A town named after the prison is where the client goes ("je ještě v Kuřimi, po propuštění
    chce do Vyškova"), and so is any town beside a prison he leaves ("klient z Karviné, po
    výstupu z Heřmanic"); a town named first beside a prison he is in is more often someone
    else's ("žena bydlí v Brně, on sedí ve Znojmě")."""
    prisons = [r for r in found.readings if r.kind == "prison"]
    # a region counts as a town here: "sedí v Rapoticích, po propuštění se vrátí na Ostravsko"
    towns = [r.start for r in found.readings if r.kind in ("town", "region")]
    if not prisons or not towns or any(r.start in found.insisted for r in prisons):
        return False
    return max(towns) > max(r.start for r in prisons) or all(r.note == "left" for r in prisons)


def _without(found: Understanding, move: tuple[str, ...]) -> Understanding:
    """`found` with the prisons, needs or audiences named in `move` set aside as relaxed."""
    looser = replace(
        found,
        prisons=[] if "prisons" in move else list(found.prisons),
        needs=[] if "needs" in move else list(found.needs),
        targets=[t for t in found.targets if t not in move],
        set_aside=list(found.set_aside),
    )
    for reading in found.readings:
        if (
            (reading.kind == "prison" and "prisons" in move)
            or (reading.kind == "need" and "needs" in move)
            or (reading.kind == "target" and reading.value in move)
        ):
            looser.set_aside.append(replace(reading, note="relaxed"))

    def same(r: Reading) -> tuple[str, str, str, int, int]:
        return r.text, r.kind, r.value, r.typos, r.start

    relaxed = {same(r) for r in looser.set_aside if r.note == "relaxed"}
    looser.readings = [r for r in found.readings if same(r) not in relaxed]
    return looser


def _relaxations(wanted: Constraints, catalog: Catalog) -> list[tuple[str, Constraints]]:
    """Looser questions, nearest first: each drops one thing, then the next drops more."""
    places: list[tuple[str, Constraints]] = []
    if wanted.towns is not None:
        regions = frozenset(catalog.town_region[t] for t in wanted.towns if t in catalog.town_region)
        places.append(("place", replace(wanted, towns=None, regions=regions or None)))
        places.append(("place", replace(wanted, towns=None, regions=None)))
    elif wanted.regions is not None:
        places.append(("place", replace(wanted, regions=None)))
    if wanted.prisons is not None and (wanted.needs is not None or wanted.targets is not None):
        regions = frozenset(catalog.prisons[p].region for p in wanted.prisons if catalog.prisons[p].region)
        places.append(("prison", replace(wanted, prisons=None, regions=regions or None)))
        places.append(("needs", replace(wanted, needs=None, targets=None)))
        places.append(("prison", replace(wanted, prisons=None)))
    steps: list[tuple[str, Constraints]] = []
    if wanted.capacity:
        # Free places nearby first, then the wanted place regardless of free places.
        steps.append(("capacity", replace(wanted, capacity=False)))
        steps += places
        steps += [(f"{name}+capacity", replace(step, capacity=False)) for name, step in places]
    else:
        steps += places
    if wanted.targets is not None:
        steps.append(("targets", replace(wanted, targets=None, capacity=False)))
    if wanted.organizations is not None and (wanted.needs is not None or wanted.targets is not None):
        steps.append(("needs", replace(wanted, needs=None, targets=None, capacity=False)))
    # Dropping everything would list the whole knowledge base: never an alternative.
    return [(name, step) for name, step in steps if step != Constraints()]


def _best(
    candidates: set[int],
    scores: Fit,
    catalog: Catalog,
    limit: int,
    near: Nearness | None = None,
    *,
    nearest_first: bool = False,
) -> list[Hit]:
    """Fit first; among equal fits the nearest to the place asked about (when one was), then
    freshness and free places. `nearest_first`: nearness before fit (alternatives elsewhere)."""
    if limit <= 0 or not candidates:
        return []
    tie = catalog.tie
    if nearest_first and near is not None:
        away = near.nearest(candidates, limit)
        scored = scores(set(away))
        # in the candidates' own order, so that equal ones come as they always did
        ranked = heapq.nsmallest(
            limit,
            (s for s in candidates if s in away),
            key=lambda s: (away[s], -round(scored[s], 4), -tie[s]),
        )
        return [Hit(s, round(scored[s], 3)) for s in ranked]
    places = 2 if near is not None else 4  # with a place, fits within 0.01 are equal: nearer wins
    if len(candidates) > _MANY:
        return _best_of_many(candidates, scores, catalog, limit, near, places)
    scored = scores(candidates)
    pool: Collection[int] = scored
    if len(scored) > 4 * limit:
        # Only candidates that can round to the limit-th best fit take part in the finer
        # ordering: a C-speed pass over the floats spares a Python key on every candidate.
        floor = round(heapq.nlargest(limit, scored.values())[-1], places) - 0.5 * 10**-places
        pool = [s for s, value in scored.items() if value >= floor]
    if near is None:
        # Fit first (4 decimals), then freshness and free places. (A single float of the two
        # let freshness outweigh a fit 0.07 better: a day's freshness weighs 1,000.)
        best = heapq.nlargest(limit, pool, key=lambda s: (round(scored[s], 4), tie[s]))
    else:
        best = heapq.nlargest(limit, pool, key=lambda s: (round(scored[s], places), -round(near(s)), tie[s]))
    return [Hit(s, round(scored[s], 3)) for s in best]


# Above this many candidates they are ranked by groups of equal fit ("bydlení" at 20,000
# services: thousands of services fit alike), never one Python key per candidate.
_MANY = 200


def _best_of_many(
    candidates: set[int], scores: Fit, catalog: Catalog, limit: int, near: Nearness | None, places: int
) -> list[Hit]:
    """The same order as _best's: fit rounded to `places` first, then (with a place) the nearest,
    then freshness and free places; among services equal in all of these, any order."""
    tie, order = catalog.tie, catalog.by_tie
    by_fit: dict[float, list[tuple[set[int], float]]] = defaultdict(list)
    for members, value in scores.classes(candidates):
        by_fit[round(value, places)].append((members, value))
    chosen: list[Hit] = []
    for rounded in sorted(by_fit, reverse=True):
        wanted = limit - len(chosen)
        if wanted <= 0:
            break
        classes = by_fit[rounded]
        if near is None:
            scanned = _first_by_tie(classes, order, wanted)
            if scanned is not None:
                chosen += scanned
                continue
        value_of = {s: value for members, value in classes for s in members}
        if near is None:
            best = heapq.nlargest(wanted, value_of, key=tie.__getitem__)
        else:
            away = near.nearest(value_of.keys(), wanted)
            best = heapq.nlargest(wanted, away, key=lambda s: (-away[s], tie[s]))
        chosen += [Hit(s, round(value_of[s], 3)) for s in best]
    return chosen


def _first_by_tie(classes: list[tuple[set[int], float]], order: list[int], wanted: int) -> list[Hit] | None:
    """The `wanted` highest ties of a big group of equal fit ("for women" alone: most of the
    catalog), read off the services in the order of ties (catalog.by_tie) rather than with a key
    for each of thousands. None when the group is small, or when its members lie so far down
    the order that eight times the expected steps did not find them (then a heap is cheaper)."""
    size = sum(len(members) for members, _ in classes)
    if size < _SCANNED_GROUP:
        return None
    budget = min(len(order), 8 * wanted * len(order) // size + wanted)
    found: list[Hit] = []
    for number in islice(order, budget):
        for members, value in classes:
            if number in members:
                found.append(Hit(number, round(value, 3)))
                break
        if len(found) == wanted:
            return found
    return found if budget == len(order) else None


# A group of equal fit at least this big is read in the order of ties (_first_by_tie).
_SCANNED_GROUP = 1_000


class Fit:
    """How well each candidate fits, 0..1 (see _scorer): per candidate, or as classes of
    candidates that fit alike."""

    def __init__(
        self,
        base: float,
        total: float,
        focus: dict[float, set[int]],
        parts: list[tuple[Collection[int], float]],
    ) -> None:
        self._base = base
        self._total = total
        self._focus = focus  # 0.05 x a service's focus -> those services (only when needs were asked)
        self._parts = parts

    def __call__(self, candidates: set[int]) -> dict[int, float]:
        scored = dict.fromkeys(candidates, self._base)
        for points, focused in self._focus.items():
            for number in focused & candidates if len(focused) > len(candidates) else focused:
                if number in scored:
                    scored[number] += points
        for members, points in self._parts:
            if isinstance(members, set | frozenset) and len(members) > len(candidates):
                members = members & candidates
            for number in members:
                if number in scored:
                    scored[number] += points
        if self._total:
            for number in scored:
                scored[number] /= self._total
        return scored

    def classes(self, candidates: set[int]) -> list[tuple[set[int], float]]:
        """The candidates split into sets that fit alike, with their fit: set operations instead
        of a Python step per candidate. The sums are made in the same order as __call__'s."""
        # the groups are read, never changed: `candidates` itself can be one (no copy of 20,000)
        classes: list[tuple[set[int], float]] = [(candidates, self._base)]
        if self._focus:
            classes = [
                (inside, self._base + points)
                for points, members in self._focus.items()
                if (inside := members & candidates)
            ]
        for members, points in self._parts:
            if not isinstance(members, set | frozenset):
                # a word's services come as an array: read it once here, not once per group
                # (12 groups walked an array of 2,117 in 0.76 ms: "bydlení Středočeský kraj")
                members = candidates.intersection(members)
            split: list[tuple[set[int], float]] = []
            for group, value in classes:
                inside = group.intersection(members)
                if not inside:
                    split.append((group, value))
                    continue
                split.append((inside, value + points))
                if len(inside) < len(group):
                    split.append((group - inside, value))
            classes = split
        if self._total:
            classes = [(group, value / self._total) for group, value in classes]
        return classes


def _scorer(found: Understanding, index: SearchIndex, now: datetime, stale_days: int) -> Fit:
    """How well each candidate fits, 0..1: needs covered, place, audience, words of its name.

    Built from sets: each part adds its weight to the candidates in its set, so a broad
    question ("bydlení" over 100,000 services) costs set intersections, not a Python call
    per candidate.
    """
    catalog = index.catalog
    parts: list[tuple[Collection[int], float]] = []  # (services, points)
    total = 0.0
    if found.needs:
        # A need named by a longer phrase ("azylový dům") weighs more than one named by a word.
        weights = {r.value: max(1, len(words(r.text))) for r in found.readings if r.kind == "need"}
        need_weight = sum(weights.get(n, 1) for n in found.needs)
        for need in found.needs:
            share = 0.4 * weights.get(need, 1) / need_weight
            parts.append((catalog.needs.get(need, set()), share))
            parts.append((catalog.only_under(need), 0.8 * share))
        total += 0.45
    soft = found.soft_targets
    for target in soft:
        parts.append((catalog.targets.get(target, set()), 0.1 / len(soft)))
    total += 0.1 if soft else 0.0
    if found.towns:
        located = _union(catalog.town_services.get(t, set()) for t in found.towns)
        parts.append((located, 0.2))
        parts.append((_in_towns(catalog, frozenset(found.towns)) - located, 0.12))
        total += 0.2
    if found.regions:
        reach = catalog.reach(*found.regions)
        parts += [(reach.located, 0.2), (reach.covering, 0.18), (reach.nationwide, 0.14)]
        total += 0.2
    content = _content_stems(found, index)
    for word_stem in content:
        parts.append((index.name_stems[word_stem], 0.2 / len(content)))
    total += 0.2 if content else 0.0
    if found.capacity_available:
        parts.append((catalog.free_now(now, stale_days), 0.1))
        total += 0.1
    base = 0.3 if found.prisons or found.organizations else 0.0
    total += base
    focus = {0.05 * share: members for share, members in catalog.by_focus.items()} if found.needs else {}
    return Fit(base, total, focus, parts)


def _content_stems(found: Understanding, index: SearchIndex) -> list[str]:
    """Stems of the words read as needs or not read at all: they may be in a service's name."""
    place_kinds = {"town", "region", "prison", "organization"}
    place_words = {w for r in found.readings if r.kind in place_kinds for w in words(r.text)}
    content: list[str] = []
    for reading in found.readings:
        if reading.kind in ("need", "target"):
            content.extend(words(reading.text))
    content.extend(found.unknown_words)
    stems = [stem(w) for w in dict.fromkeys(content) if w not in place_words and len(w) >= 3]
    return [s for s in dict.fromkeys(stems) if s in index.name_stems]
