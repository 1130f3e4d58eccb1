"""Everything a question is compared with, built once per knowledge-base version.

The lexicon holds, as stem sequences: the reviewed vocabulary (knowledge/vocabulary.csv), the
knowledge base's own need and target term names, the prisons (names and aliases without the
words "věznice"...), the towns and regions with their case forms, and the organisations'
names without their legal form. Stop words (knowledge/stopwords.txt) are never read as
anything.
"""

from __future__ import annotations

import csv
import threading
import time
from array import array
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

from bot.kb import profile
from bot.search.catalog import Catalog
from bot.search.lexicon import Lexicon
from bot.search.places import adjective_forms, derived_adjective, name_variants
from bot.search.vocabulary import Phrase, load_vocabulary
from bot.text.czech import fold, stem, typed_words, words

# Words of official prison names that say "a prison", not which one.
_PRISON_NAME_WORDS = frozenset("vazebni veznice a ustav pro vykon zabezpecovaci detence".split())
_LEGAL_FORMS = frozenset({"z s", "o p s", "z u", "s r o", "o s", "a s", "zs", "ops", "zu", "sro", "spolek"})
# An organisation word shared by more than this share of organisations says nothing about which one.
_GENERIC_ORG_WORD_SHARE = 0.05


@dataclass(frozen=True)
class Region:
    name: str
    abbreviation: str
    other_forms: tuple[str, ...]


@dataclass
class SearchIndex:
    catalog: Catalog
    lexicon: Lexicon
    name_stems: dict[str, array[int]] = field(default_factory=dict)  # service/org name stem -> services
    build_seconds: float = 0.0


def knowledge_file(name: str) -> Path:
    return Path(str(files("knowledge") / name))


@cache  # a file of the package: read once per process, not at every rebuild
def load_stop_words(path: Path | None = None) -> frozenset[str]:
    source = path or knowledge_file("stopwords.txt")
    found: set[str] = set()
    for line in source.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "=")):
            found.update(words(line))
    return frozenset(found)


@cache  # a file of the package: read once per process, not at every rebuild
def load_typed_stop_words(path: Path | None = None) -> frozenset[str]:
    """Stop words only as typed with their diacritics (lines starting with "=": "máme")."""
    source = path or knowledge_file("stopwords.txt")
    lines = (line.strip() for line in source.read_text(encoding="utf-8").splitlines())
    return frozenset(line[1:].strip().lower() for line in lines if line.startswith("="))


@cache
def load_regions(path: Path | None = None) -> list[Region]:
    source = path or knowledge_file("regions.csv")
    with open(source, encoding="utf-8", newline="") as handle:
        return [
            Region(
                row["name"].strip(),
                row.get("abbreviation", "").strip(),
                tuple(f.strip() for f in (row.get("other_forms") or "").split(";") if f.strip()),
            )
            for row in csv.DictReader(handle)
        ]


def find_region(typed: str) -> str | None:
    """A region by its name or abbreviation ("Ústecký kraj", "ULK", "ulk"); None if unknown.
    Abbreviations are short and stable: they carry regions in button data."""
    wanted = typed.strip().lower()
    return next((r.name for r in load_regions() if wanted in (r.name.lower(), r.abbreviation.lower())), None)


def region_abbreviation(name: str) -> str | None:
    return next((r.abbreviation for r in load_regions() if r.name == name), None)


@cache  # a file of the package: read once per process, not at every rebuild
def load_place_names(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Other names of towns people use (Prague, Budějky): folded town -> forms."""
    source = path or knowledge_file("places.csv")
    with open(source, encoding="utf-8", newline="") as handle:
        return {
            fold(row["name"].strip()): tuple(f.strip() for f in row["forms"].split(";") if f.strip())
            for row in csv.DictReader(handle)
        }


def build_index(
    catalog: Catalog,
    vocabulary: list[Phrase] | None = None,
    stop_words: frozenset[str] | None = None,
) -> SearchIndex:
    started = time.perf_counter()
    phrases = vocabulary if vocabulary is not None else load_vocabulary()
    stops = stop_words if stop_words is not None else load_stop_words()
    key = _lexicon_key(catalog, phrases, stops)
    with _built_lock:
        built = _built.get(key)
        if built is not None:
            _built.move_to_end(key)
    if built is None:
        towns_before = set(catalog.towns)
        lexicon = _build_lexicon(catalog, phrases, stops)
        other_towns = tuple(
            (town, catalog.towns[town], catalog.town_region[town])
            for town in catalog.towns
            if town not in towns_before
        )
        built = _Built(lexicon, other_towns)
        with _built_lock:
            _built[key] = built
            while len(_built) > _BUILT_KEPT:
                _built.popitem(last=False)
    else:
        # what building the lexicon does to the catalog: the towns where it has nothing join it
        for town, written, region in built.other_towns:
            catalog.towns[town] = written
            catalog.town_region.setdefault(town, region)
    index = SearchIndex(catalog, built.lexicon, _name_stems(catalog, built.lexicon.stop_words))
    index.build_seconds = time.perf_counter() - started
    return index


@dataclass(frozen=True)
class _Built:
    lexicon: Lexicon
    other_towns: tuple[tuple[str, str, str], ...]  # folded, as written, region


# The lexicon depends only on the names in the knowledge base, which most imports and edits
# leave as they were (a phone number, an opening time): a rebuild with the same names reuses
# the lexicon (frozen after building, only read): ~1.5 ms instead of ~45 ms on the sample. Two
# are kept: the newest, and the one before it for a bot that goes back to it (a restored import).
_BUILT_KEPT = 2
_built: OrderedDict[tuple[object, ...], _Built] = OrderedDict()
_built_lock = threading.Lock()


def _lexicon_key(catalog: Catalog, phrases: list[Phrase], stops: frozenset[str]) -> tuple[object, ...]:
    """Everything of the catalog that _build_lexicon reads, in the order it reads it."""
    return (
        tuple(phrases),
        stops,
        tuple(catalog.term_names.items()),
        tuple(catalog.towns.items()),
        tuple(catalog.town_region.items()),
        tuple(catalog.prisons.items()),
        tuple(catalog.org_names),
    )


def _build_lexicon(catalog: Catalog, phrases: list[Phrase], stops: frozenset[str]) -> Lexicon:
    lexicon = Lexicon(stop_words=stops, typed_stop_words=load_typed_stop_words())
    for phrase in phrases:
        kind = "prison_word" if phrase.kind == "prison" else phrase.kind
        remand = kind == "prison_word" and fold(phrase.text).startswith(("vazb", "vazeb", "custody"))
        value = "remand" if remand else phrase.code
        lexicon.add(kind, value, words(phrase.text), typed=typed_words(phrase.text), exact=phrase.exact)
        if phrase.capitals:
            lexicon.read_only_in_capitals(words(phrase.text))
    for (taxonomy, code), name in catalog.term_names.items():
        term_kind = {profile.NEED: "need", profile.TARGET: "target"}.get(taxonomy)
        if term_kind and code in profile.CODES[taxonomy]:
            lexicon.add(term_kind, code, words(name), typed=typed_words(name))
    _add_regions(lexicon)  # before the towns: a town's adjective that is a region's word stays the region's
    _add_towns(lexicon, catalog)
    _add_prisons(lexicon, catalog)
    _add_organizations(lexicon, catalog)
    lexicon.freeze()
    return lexicon


def _add_regions(lexicon: Lexicon) -> None:
    for region in load_regions():
        name_words = words(region.name)
        lexicon.add("region", region.name, name_words)
        if len(name_words) == 2 and "kraj" in name_words:
            other = [w for w in name_words if w != "kraj"][0]
            lexicon.add("region", region.name, list(reversed(name_words)))
            lexicon.add("region", region.name, [other])  # "Ústecký", "Ústecko"
        if region.abbreviation:
            lexicon.add("region", region.name, words(region.abbreviation))
        for form in region.other_forms:
            for variant in name_variants(form, short_forms=False):
                lexicon.add("region", region.name, variant)


@cache  # a file of the package: read once per process, not at every rebuild
def load_towns(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """Czech towns people ask about (knowledge/towns.csv): folded name -> (name, region)."""
    source = path or knowledge_file("towns.csv")
    with open(source, encoding="utf-8", newline="") as handle:
        return {
            fold(row["name"].strip()): (row["name"].strip(), row["region"].strip())
            for row in csv.DictReader(handle)
        }


def _add_towns(lexicon: Lexicon, catalog: Catalog) -> None:
    extra = load_place_names()
    others = load_towns()
    # "Jičín" is Jičín, not the short form of Nový Jičín: a short form that is another town's
    # full name is left to that town.
    full = {
        variant: key
        for key, town in [*catalog.towns.items(), *((k, t) for k, (t, _) in others.items())]
        for variant in name_variants(town, short_forms=False)
    }
    for key, town in list(catalog.towns.items()):
        for variant in name_variants(town):
            if full.get(variant, key) == key:
                lexicon.add("town", key, variant)
        for form in extra.get(key, ()):
            lexicon.add("town", key, words(form))
        _add_town_adjectives(lexicon, "town", key, town)
        _add_town_area(lexicon, catalog.town_region.get(key) or others.get(key, ("", ""))[1], town)
    # Towns where the knowledge base has nothing are still places: "azylový dům Tábor" must
    # answer "nothing in Tábor" (and offer the region), not every shelter in the country.
    for key, (town, region) in others.items():
        if key in catalog.towns:
            continue
        catalog.towns[key] = town
        catalog.town_region.setdefault(key, region)
        for variant in name_variants(town):
            if full.get(variant, key) == key:
                lexicon.add("other_town", key, variant)
        for form in extra.get(key, ()):
            lexicon.add("other_town", key, words(form))
        _add_town_adjectives(lexicon, "other_town", key, town)
        _add_town_area(lexicon, region, town)


def _add_town_area(lexicon: Lexicon, region: str, town: str) -> None:
    """ "na Sokolovsku", "Brněnsko": the area around a town is the town's region, as "Zlínsko"
    is Zlínský kraj (../shared/eval conventions: "-sko" -> region)."""
    adjective = place_adjective(town)
    if not region or not adjective.endswith(("ský", "cký")):
        return
    stem = adjective[:-1]
    for ending in ("o", "a", "u", "em"):
        form = words(stem + ending)
        if not lexicon.has("region", form):
            # as written: by its stem "Sokolovsku" would be the adjective "sokolovský"
            lexicon.add("region", region, form, exact=True)


def _add_town_adjectives(lexicon: Lexicon, kind: str, key: str, town: str) -> None:
    """ "brněnská právní poradna", "táborský K-centrum": the town's adjective is the town (with
    a prison word it is the town's prison, see _add_prisons). Also where it is a region's word:
    "plzeňskej azylák" is the shelter in Plzeň ("Plzeňský kraj", "Plzeňsko" stay the region), and
    the town's services are the region's too, so a reader who meant the region still gets fits."""
    for form in _adjective_variants(town):
        lexicon.add(kind, key, form, exact=True)  # every case form is listed


def _prison_core(name: str) -> tuple[str, bool]:
    """'Vazební věznice Praha-Pankrác' -> ('Praha-Pankrác', True): the words naming which prison."""
    kept = [part for part in name.split() if fold(part) not in _PRISON_NAME_WORDS]
    core = " ".join(kept)
    return core, "-" not in core


@cache
def load_place_adjectives(path: Path | None = None) -> dict[str, str]:
    """Reviewed adjectives of towns and prisons (Praha -> pražský): folded name -> adjective."""
    return {name: forms[0] for name, forms in _reviewed_adjectives(path).items()}


@cache
def _reviewed_adjectives(path: Path | None = None) -> dict[str, list[str]]:
    """Folded name -> its adjective, then the spoken ones (column `spoken`, "; " between them):
    Hradec Králové -> královéhradecký, hradecký ("hradecká vazba")."""
    source = path or knowledge_file("place_adjectives.csv")
    with open(source, encoding="utf-8", newline="") as handle:
        return {
            fold(row["name"].strip()): [
                row["adjective"].strip(),
                *(a.strip() for a in (row.get("spoken") or "").split(";") if a.strip()),
            ]
            for row in csv.DictReader(handle)
        }


def place_adjective(name: str) -> str:
    """The adjective of a town or prison: reviewed data first, the regular rules for the rest."""
    return load_place_adjectives().get(fold(name)) or derived_adjective(name)


def _adjective_variants(name: str) -> list[list[str]]:
    spoken = _reviewed_adjectives().get(fold(name), [])[1:]
    adjectives = [place_adjective(name), *spoken]
    return [words(form) for adjective in adjectives for form in adjective_forms(adjective)]


def _add_prisons(lexicon: Lexicon, catalog: Catalog) -> None:
    extra = load_place_names()
    for prison in catalog.prisons.values():
        for name in prison.names:
            core, short_forms = _prison_core(name)
            if not core:
                continue
            # "Vazební věznice Ostrava": a remand prison named only by its town is that town's
            # prison only with a prison word ("ostravská vazba"); "v Ostravě" is the town.
            named_by_town = prison.facility == "remand-prison" and fold(core) in catalog.towns
            for variant in name_variants(core, short_forms=short_forms):
                lexicon.add("prison_town" if named_by_town else "prison", prison.location_id, variant)
            # "na rýnovickým lapáku", "pankrácká vazba": the adjective of a prison's own name
            # is the prison; that of a town ("opavská basa") needs a prison word, like the town.
            adjective_kind = "prison_town" if fold(core) in catalog.towns else "prison"
            for form in _adjective_variants(core):
                lexicon.add(adjective_kind, prison.location_id, form)
        if prison.town:
            for variant in name_variants(prison.town):
                lexicon.add("prison_town", prison.location_id, variant)
            for other in extra.get(fold(prison.town), ()):  # "vazba v Budějkách"
                lexicon.add("prison_town", prison.location_id, words(other))
            for form in _adjective_variants(prison.town):
                lexicon.add("prison_town", prison.location_id, form)


def organization_core(name: str) -> list[str]:
    """The folded words of an organisation's name without its legal form ('Kompas, z. s.')."""
    head, _, tail = name.rpartition(",")
    if head and " ".join(words(tail)) in _LEGAL_FORMS:
        name = head
    found = words(name)
    while len(found) > 1 and (" ".join(found[-3:]) in _LEGAL_FORMS or " ".join(found[-2:]) in _LEGAL_FORMS):
        cut = 3 if " ".join(found[-3:]) in _LEGAL_FORMS else 2
        found = found[:-cut]
    while len(found) > 1 and found[-1] in _LEGAL_FORMS:
        found = found[:-1]
    return found


def _add_organizations(lexicon: Lexicon, catalog: Catalog) -> None:
    cores = [[organization_core(name) for name in names] for names in catalog.org_names]
    # Decided before the full names go in: afterwards every name word would count as known.
    meaningful = {word for names in cores for core in names for word in core if lexicon.knows(stem(word))}
    for number, names in enumerate(cores):
        for core in names:
            if core:
                lexicon.add("organization", str(number), core)
            # Parts of a longer name ("Cesta ven" of "Cesta ven Liberec", "podaná ruka" of
            # "Středočeská podaná ruka") if they hold a word that means nothing else.
            for size in range(2, min(len(core), 6)):
                for start in range(len(core) - size + 1):
                    part = core[start : start + size]
                    if any(w not in meaningful and w not in lexicon.stop_words for w in part):
                        lexicon.add("organization", str(number), part)
    # Single distinctive words ("Kompas", "kurátor") find an organisation by part of its name,
    # unless the word already means something else or many organisations share it.
    holders: dict[str, set[int]] = defaultdict(set)
    for number, names in enumerate(cores):
        for core in names:
            for word in core:
                if (
                    len(word) >= 4
                    and word.isalpha()
                    and word not in lexicon.stop_words
                    and word not in meaningful
                ):
                    holders[word].add(number)
    limit = max(10, int(_GENERIC_ORG_WORD_SHARE * len(cores)))
    for word, numbers in holders.items():
        if len(numbers) <= limit:
            for number in numbers:
                lexicon.add("org_word", str(number), [word])


def _name_stems(catalog: Catalog, stop_words: frozenset[str]) -> dict[str, array[int]]:
    """Name word stem -> services whose name (or organisation's name) has it.

    Arrays, not sets: 700,000 memberships at 100,000 services cost 3 MB instead of 40.
    A stem in more than a fifth of all names tells nothing apart and is left out.
    """
    found: dict[str, array[int]] = {}
    org_words: dict[int, list[str]] = {}
    for number, name in enumerate(catalog.service_names):
        org = catalog.service_org[number]
        if org not in org_words:
            org_words[org] = [w for w in words(catalog.org_names[org][0]) if w not in stop_words]
        stems = {stem(w) for w in (*words(name), *org_words[org]) if w not in stop_words and len(w) >= 3}
        for word_stem in stems:
            members = found.get(word_stem)
            if members is None:
                found[word_stem] = members = array("i")
            members.append(number)
    common = max(50, catalog.size // 5)
    return {word_stem: members for word_stem, members in found.items() if len(members) <= common}
