"""The word lists the rules share: first names and surnames in every case form, whether a word is
shaped like a surname, the words of places, districts, ORP seats and organisations, institutions'
words, titles, roles, client words and the kinds of things named after people.
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.normalising import _Word, normalise
from bot.privacy.words import role_lemmas, role_noun
from bot.search.index import knowledge_file, load_towns
from bot.search.places import name_variants
from bot.text.czech import fold, stem


def _lines(name: str) -> list[str]:
    with open(knowledge_file(name), encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


@cache
def not_names() -> frozenset[str]:
    """Ordinary words that look like a name's case form (knowledge/not_names.txt)."""
    return frozenset(fold(line) for line in _lines("not_names.txt"))


def _first_name_forms(name: str) -> set[str]:
    folded = fold(name)
    forms = {folded}
    if folded.endswith("a"):  # Jana, Jany, Janě, Janu, Janou; Nikola, Nikolovi
        stem = folded[:-1]
        forms |= {stem + ending for ending in ("y", "e", "u", "ou", "o", "ovi", "i")}
    elif folded.endswith(("e", "ie")):  # Marie, Marii, Marií
        forms |= {folded[:-1] + "i"}
    elif folded.endswith(("i", "y")):  # Jiří, Jiřího, Jiřímu, Jiřím
        forms |= {folded + ending for ending in ("ho", "mu", "m")}
    elif folded.endswith("o"):  # Ivo, Iva, Ivovi, Ivem
        stem = folded[:-1]
        forms |= {stem + ending for ending in ("a", "ovi", "em", "u")}
    else:  # Jan, Jana, Janovi, Jane, Janem, Janu; Karel -> Karla; Marek -> Marka
        stems = {folded}
        if len(folded) > 4 and folded.endswith(("el", "ek", "ec")):
            stems.add(folded[:-2] + folded[-1])
        for stem in stems:
            forms |= {stem + ending for ending in ("a", "ovi", "e", "em", "u", "i", "ou")}
    return forms


@cache
def first_names() -> frozenset[str]:
    """First names in every case form, folded (knowledge/first_names.txt)."""
    forms: set[str] = set()
    for name in _lines("first_names.txt"):
        forms |= _first_name_forms(name)
    return frozenset(forms - not_names())


def _surname_forms(name: str) -> set[str]:
    folded = fold(name)
    forms = {folded}
    if name.endswith("ý"):
        stem = folded[:-1]  # Novotný, Novotného, Novotnému, Novotným; Novotná, Novotné, Novotnou
        forms |= {stem + ending for ending in ("eho", "emu", "ym", "a", "e", "ou", "i", "ych")}
        return forms
    if name.endswith("í"):  # Krejčí, Kočí: declined as a soft adjective (Krejčího, Krejčímu, Krejčím)
        return forms | {folded + ending for ending in ("ho", "mu", "m", "ch")}  # "u Kočích": the family
    if folded.endswith("a"):  # Svoboda, Svobodu, Svobodovi, Svobodou, Svobodová
        stems = {folded[:-1]}
        forms |= {folded[:-1] + ending for ending in ("y", "e", "u", "ou")}
    else:  # Novák, Nováka, Novákovi, Novákem; Vlček -> Vlčka; Němec -> Němce
        stems = {folded}
        if len(folded) > 4 and folded.endswith(("el", "ek", "ec")):
            stems.add(folded[:-2] + folded[-1])
        for stem in stems:
            forms |= {stem + ending for ending in ("a", "e", "em", "u", "ovi", "ove", "ou")}
    for stem in stems:
        forms |= {stem + ending for ending in ("ovi", "ova", "ove", "ovou", "ovych", "ovym", "ovi")}
    return forms


@cache
def _surname_lemmas() -> frozenset[str]:
    """The listed surnames as listed (a man's, nominative), folded."""
    return frozenset(fold(name) for name in _lines("surnames.txt"))


@cache
def surnames() -> frozenset[str]:
    """Known surnames in every case form, male and female, folded (knowledge/surnames.txt)."""
    forms: set[str] = set()
    for name in _lines("surnames.txt"):
        forms |= _surname_forms(name)
    return frozenset(forms - not_names())


# Shaped like a surname whatever the name: Kovalenko, Kravchuk/Ševčuk, Popescu, Kowalski,
# Ivanov(a), Petrović; and Czech women's -ová in any case (Nováková, Novákové, Novákovou)
_SURNAME_SHAPE = re.compile(
    r"^[a-z]{2,}(?:"
    r"enk(?:o|a|u|ovi|em|ova|ove|ovou)"  # Kovalenko, Kovalenka, Kovalenkovi
    r"|(?:[cs]?[hc]|[ijy])uk(?:a|u|ovi|em|ova|ove|ovou)?"  # Kravchuk, Hnatiuka, Ševčukovi
    r"|escu|eanu|sk[iy]|ck[iy]|owicz|ovic|ovich|dze|shvili|svili|[iy]an|oglu"
    r"|ets|acs"  # Kravets, Lukács
    r"|ov[au]?|ev[au]?|ovovi)$"
)
_FEMALE_SHAPE = re.compile(r"^[a-z]{3,}(?:ova|ove|ovou)$")
# adjectives that end like women's surnames ("Azylová", "Dluhové", "Krizovou")
_ADJECTIVE_STEMS = (
    "azylov",
    "dluhov",
    "bytov",
    "krizov",
    "drogov",
    "nizkoprahov",
    "pobytov",
    "skupinov",
    "hodinov",
    "mzdov",
    "kontaktov",
    "terenov",
    "celorepublikov",
    "dotacn",
    "penezov",
    "trestnepravn",
    "socialn",
    "okresov",
    "krajov",
    "mestov",
    "obcanskopravn",
    "zakonov",
    "financov",
    "cenov",
    "datov",
    "domov",
    "stolov",
    "pracov",
    "ctyrhodinov",
    "dvouhodinov",
    "tridenn",
    "vikendov",
    "nocn",
    "rocn",
    "mesicn",
    "tydenn",
    "zimn",
    "letn",
    "sezonn",
    "terapeutick",
    "komunitn",
    "ambulantn",
    "intervencn",
    "spolecensk",
)


def looks_like_surname(folded: str) -> bool:
    if folded in not_names():
        return False
    if folded in surnames():
        return True
    # Mírov, Ostrov, Slavkov: prisons and towns shaped like surnames
    if folded in _place_words():
        return False
    if _SURNAME_SHAPE.match(folded):
        return True
    return bool(_FEMALE_SHAPE.match(folded)) and not folded.startswith(_ADJECTIVE_STEMS)


def is_first_name(word: str) -> bool:
    """A first name in any case: "Jan", "Janem", "Janě", "Karla", "Markovi", "Oleksandr"."""
    return fold(normalise(word)) in first_names()


@cache
def _place_words() -> frozenset[str]:
    """Words of towns, prisons, regions and places: capitalised, but nobody's name."""
    return _listed_place_words() | _orp_words()


@cache
def _listed_place_words() -> frozenset[str]:
    """Words of the towns, prisons, regions and places in the CSV lists."""
    import csv

    found: set[str] = set()
    for file, columns in (
        ("towns.csv", ("name",)),
        ("prisons.csv", ("name", "aliases", "town", "district", "region")),
        ("regions.csv", ("name", "other_forms")),
        ("places.csv", ("name", "forms")),
    ):
        with open(knowledge_file(file), encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column in columns:
                    for name in re.split(r"[;,]", row.get(column) or ""):
                        if name.strip():
                            found |= {w for variant in name_variants(name.strip()) for w in variant}
                            found |= set(re.findall(r"[^\W\d_]+", fold(name)))
                            found |= _spoken_forms(name.strip())
    return frozenset(w for w in found | _INSTITUTION_WORDS if len(w) > 2)


# a town's possessive in every case: "Havlíčkův", "Havlíčkova", "v Havlíčkově Brodě"
_TOWN_POSSESSIVE_ENDINGS = ("uv", "ova", "ovu", "ove", "ovo", "ovy", "ovym", "ovych", "ovymi")


@cache
def _possessive_towns() -> dict[str, frozenset[str]]:
    """Towns named with a possessive first ("Havlíčkův Brod", "Jindřichův Hradec"): the
    possessive's stem ("havlick") and every form of the town's other word ("brod", "brode")."""
    towns: dict[str, set[str]] = {}
    for folded, (name, _) in load_towns().items():
        parts = folded.split()
        if len(parts) == 2 and parts[0].endswith("uv"):
            forms = {variant[1] for variant in name_variants(name) if len(variant) == 2}
            towns.setdefault(parts[0][:-2], set()).update(forms | {parts[1]})
    return {stem: frozenset(forms) for stem, forms in towns.items()}


def _possessive_town_spans(words: list[_Word]) -> list[tuple[int, int]]:
    """Where such a town stands in any case, typed without diacritics too ("poradna v havlickove
    brode": no Mrs Havlíčková): its possessive in any case right before its other word."""
    spans = []
    for word, following in zip(words, words[1:], strict=False):
        if word.text.lower().endswith(("ová", "ové", "ovou")):
            continue  # "Jindřichová Hradec – matka klienta": a woman's surname, typed with its accent
        for ending in _TOWN_POSSESSIVE_ENDINGS:
            if word.folded.endswith(ending) and following.start - word.end == 1:
                forms = _possessive_towns().get(word.folded[: -len(ending)])
                if forms is not None and following.folded in forms:
                    spans.append((word.start, following.end))
    return spans


@cache
def _district_words() -> frozenset[str]:
    """Words of the big cities' quarters (knowledge/city_districts.txt) in every case form, but
    no quarter whose word is a person's name. They are places only in a list of places
    (`_in_place_context`): a quarter may be somebody's surname too ("Poruba volal")."""
    found: set[str] = set()
    people = first_names() | surnames()
    for name in _lines("city_districts.txt"):
        if any(fold(part) in people for part in re.findall(r"[^\W\d_]+", name)):
            continue
        found |= {w for variant in name_variants(name) for w in variant}
        found |= set(re.findall(r"[^\W\d_]+", fold(name)))
    return frozenset(found - people)  # "Královo Pole" declines to "Králova": a surname's form too


def _spoken_forms(name: str) -> set[str]:
    """A town named by an adjective is declined as a noun in speech: "zkusit Karvinu", "do
    Karviny" (Karviná). Not for a town shaped as a surname: a hard adjective after a consonant
    ("Blatná": "Blatný volal") or one in -ová ("Orlová": "rodinu Orlovy", "Trebovy volal")."""
    last = name.split()[-1]
    if not last.endswith("á") or len(last) < 5:
        return set()
    stem = fold(last)[:-1]
    if stem.endswith("ov") or re.search(r"[^aeiouy]n$", stem):
        return set()
    return {stem + ending for ending in ("u", "y", "e", "ou")}


@cache
def _orp_words() -> frozenset[str]:
    """Words of the seats of the ORP (knowledge/orp_towns.txt), but no word of them that is a
    person's name ("Soběslav")."""
    found: set[str] = set()
    people = first_names() | surnames()
    for name in _lines("orp_towns.txt"):
        words = (
            {w for variant in name_variants(name) for w in variant}
            | set(re.findall(r"[^\W\d_]+", fold(name)))
            | _spoken_forms(name)
        )
        if not any(fold(part) in people for part in re.findall(r"[^\W\d_]+", name)):
            found |= words
    return frozenset(w for w in found if len(w) > 2)


@cache
def _organisation_words() -> frozenset[str]:
    """Words of the organisations' names in the sample knowledge base ("Kotva", "Rubikon")."""
    import csv

    with open(knowledge_file("sample/organizations.csv"), encoding="utf-8", newline="") as handle:
        names = [f"{row['name']} {row['alternate_name']}" for row in csv.DictReader(handle)]
    return frozenset(w for name in names for w in re.findall(r"[^\W\d_]+", fold(name)) if len(w) > 2)


_INSTITUTION_WORDS = frozenset(
    fold(w)
    for w in (
        "věznice vazební ústav charita naděje kotva armáda spásy diakonie centrum dům domov úřad úřadu "
        "magistrát magistrátu krajský městský obecní probační mediační služba nadace spolek sdružení "
        "společnost azylový noclehárna ubytovna komunita poradna ambulance nemocnice oddíl oddělení "
        "budova ulice náměstí středisko kurátor kurátorka pms ospod ústřední teams zoom online "
        "program seminář setkání školení konference workshop akce kulatý stůl den podané ruce "
        "rubikon sananim romodrom renarkon člověk tísni exit vinci samaritán anabell ratolest "
        "most domovu slezská ostravsko opavská diecézní čr čce sos praha brno ostrava opava "
        "emauzy progressive drop exodus šance klub klubu kavárna kavárny kavárně kavárnu platforma "
        "platformy platformě sálu"
    ).split()
)
_TITLES = frozenset(
    fold(t)
    for t in (
        "pan pana panu panem pane paní pí p. klient klienta klientovi klientem klientka klientky "
        "klientce klientkou odsouzený odsouzená odsouzeného odsouzenému odsouzenou obviněný "
        "obviněná obviněného propuštěný propuštěná propuštěného ing. mgr. bc. judr. mudr. phdr. "
        "paeddr. dr. mvdr. rndr. doc. prof. pplk. mjr. npor. por. kpt. syn dcera bratr sestra "
        "manžel manželka manželé manželům druh družka otec matka partner partnerka vězeň vězně vězni "
        "odsouzeným rodina rodiny rodině rodinu sourozenci bratři sestry rodiče kl. odsouz. ods. obv. obž. "
        "sl. pí. kolega kolegyně"
    ).split()
)
_TITLE_WORDS = frozenset(title.rstrip(".") for title in _TITLES)


_MISTER = frozenset({"pan", "pana", "panu", "panem", "pane", "pani", "pi"})


@cache
def _institution_stems() -> frozenset[str]:
    """ "služby", "centra", "nadací": institution words in any case."""
    people = {stem(word) for word in ("kurátor", "kurátorka", "kurátorce")}
    stems = {stem(word) for word in _INSTITUTION_WORDS if len(word) > 4}
    return frozenset(found for found in stems if len(found) > 3) - people


# the kinds of places and institutions named after people: "ulice Boženy Němcové", "Nemocnice
# Tomáše Bati", "Gymnázium Jana Keplera", "Letiště Václava Havla", "ZŠ T. G. Masaryka"
_NAMED_AFTER = frozenset(
    stem(word)
    for word in (
        "ulice ulici třída třídě třídy náměstí nábřeží sady sadech park parku most mostu nemocnice "
        "nemocnici gymnázium gymnáziu škola školy škole univerzita univerzity univerzitě fakulta "
        "fakulty knihovna knihovny knihovně knihovnu letiště nádraží socha sochy soše pomník "
        "pomníku divadlo divadla divadle kostel kostela kostele stadion stadionu sídliště kolej "
        "koleje poliklinika polikliniky léčebna léčebny hospic hospicu vila vily zastávka zastávky "
        "kasárna hala haly sbor sboru klinika kliniky lázně institut ústav ústavu domov domova "
        "dům domě domu nadace nadaci sdružení sdružením spolek spolku centrum centru centra muzeum "
        "muzea galerie metro metra metrem akademie akademii ateliér ateliéru středisko střediska "
        "středisku "
        "stanice stanici stanicí zastávce zastávku zastávkou kampus kampusu areál areálu "
    ).split()
)
# a hall's name and a theme's or a title's: "sál Marianum", "téma Svoboda"; only one word, which
# is no name ("v sále Novák volal", "téma Novák" are somebody)
_TITLE_KINDS = frozenset(
    stem(word)
    for word in "sál sálu sále aula auly aule téma tématu tématem název názvu názvem motto mottem".split()
)
_NAMED_AFTER_PREFIXES = frozenset(found[:3] for found in _NAMED_AFTER | _TITLE_KINDS)


_INNS = tuple("restaurac hospod hostin penzion hotel vinar pivnic kavarn bistr".split())


def _role_in_any_case(word: _Word) -> bool:
    """A role in another case, which the dictionary may not hold ("s paní kurátorkou")."""
    text = word.text.lower()
    if role_noun(text):
        return True
    if text.endswith("ka") and role_noun(text[:-2]):
        return True  # "Klientka (K-0203)": a role's feminine the dictionary lacks
    for ending, nominative in (("ou", "a"), ("ovi", ""), ("em", ""), ("u", "a"), ("y", "a"), ("e", "a")):
        base = text[: -len(ending)]
        if text.endswith(ending) and len(base) > 3 and role_noun(base + nominative):
            return True
    # typed without diacritics, or a woman's role in a case the dictionary lacks: "pani
    # kuratorce", "paní sociálce" (kurátorka, kurátor)
    folded = fold(text)
    for ending in ("kou", "ce", "ky", "ku", "ka", "ovi", "em", "ou", "u", "y", "e", "a", ""):
        base = folded[: len(folded) - len(ending)]
        if folded.endswith(ending) and len(base) > 3 and base in _folded_roles():
            return True
    return False


@cache
def _folded_roles() -> frozenset[str]:
    """The roles of knowledge/role_words.txt folded, to meet them typed without diacritics."""
    return frozenset(fold(role) for role in role_lemmas())


@cache
def _first_name_lemmas() -> frozenset[str]:
    """The listed first names as listed (nominative), folded."""
    return frozenset(fold(name) for name in _lines("first_names.txt"))


# a client named after the word: "klient liska (K-0051)", "klientka dvorakova"
_CLIENT_WORDS = frozenset(
    "klient klienta klientovi klientem klientka klientky klientce klientku klientkou".split()
)
