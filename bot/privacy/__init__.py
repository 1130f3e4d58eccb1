"""THE check for a client's personal data in anything a person types that Spojka keeps or passes on.

Spojka stores pseudonymous case codes only. A note such as "Jan Novák, nar. 3. 5. 1985,
bytem Nádražní 12" must never be written to the database or sent to other people: it is
refused, and the person is told why, so that they can rephrase ("muž, 40 let, bez bydlení").
Every free-text field goes through `check_free_text` (handover notes, reminders, the question
log, service texts, events, messages to attendees, an organisation typed at registration).

The text is normalised first, so that case, diacritics and scripts do not matter: "JAN NOVÁK",
"jan novak", "Jаn Nоvák" with Cyrillic look-alike letters and "Олександр Коваленко" are the
same to the check. A name is a first name beside a surname (known, or shaped like one:
-ová, -enko, -uk ...), an initial or another capitalised word; a surname after "pan", "paní",
"klient"; a known surname on its own; or a first name with an age or a birth year. Names in
no list are told by the Czech dictionary (bot/privacy/words.py): a capitalised word that no
dictionary knows inside a sentence, or opening one before a verb, or beside an age, a first
name or another such word ("zítra přijde Šebestík", "Hanáka převezme kurátor"). Birth dates
are read in every form workers write ("* 3.5.85", "3. května 1985", "ročník 1985", "r. 79").
A note typed in capitals is read again in the case a worker would have typed it.
Organisations and brands are nobody's name: those of the sample, knowledge/brands.txt and the
live knowledge base's (bot/privacy/known.py, learnt when the answer index is built), and so is a
person's name inside a street's or institution's name ("Nemocnice Tomáše Bati").
The check is on the strict side: a false alarm costs a rephrasing, a miss a person's privacy.
docs/privacy.md gives the measured rates on the corpus in tests/bot/privacy/.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from bot.clock import utc_now
from bot.privacy import words
from bot.privacy.known import (
    KnownNames,
    brand_names,
    current_names,
    known_names,
    learn_from_index,
    learn_organisations,
    merged,
    standing_names,
)
from bot.privacy.words import (
    Kind,
    escorted,
    human_verb,
    is_english,
    is_verb,
    kind,
    lemma_of,
    person_noun,
    role_lemmas,
    role_noun,
    stop_words,
)
from bot.refusals import InvalidValue
from bot.search.index import knowledge_file, load_towns
from bot.search.places import name_variants
from bot.text.czech import czech_forms, dictionary_lemmas, fold, is_czech_word, stem

__all__ = [
    "Finding",
    "check_free_text",
    "find_personal_data",
    "first_names",
    "is_first_name",
    "learn_from_index",
    "learn_organisations",
    "surnames",
]


@dataclass(frozen=True)
class Finding:
    reason: str  # i18n key: privacy.birth_number, privacy.birth_date, privacy.name, ...
    excerpt: str  # what was found, to show the worker (it is never stored)


def check_free_text(
    value: str, *, today: date | None = None, public: bool = False, organisations: Iterable[str] | None = None
) -> str:
    """`value` unchanged when it holds no personal data; InvalidValue("privacy.refused") naming
    what was found otherwise. The one gate for free text that Spojka keeps or passes on.
    `public`: a text about an organisation, where its address and phone belong.
    `organisations`: names known to be organisations (default: the live knowledge base's)."""
    findings = find_personal_data(value, today=today, public=public, organisations=organisations)
    if findings:
        raise InvalidValue("privacy.refused", findings)
    return value


def load() -> None:
    """Read every list and dictionary of the check now (~1.5 s, ~80 MB), not at the first text
    a person types: the bot calls it at start, so the first unanswered question or typed note
    is not held up, nor everyone else's answers behind it (bench/bench_latency.py)."""
    words.load()
    for lists in (
        not_names,
        first_names,
        surnames,
        _place_words,
        _organisation_words,
        _institution_stems,
        _place_adjective_stems,
        _place_first_word,
    ):
        lists()
    find_personal_data("Jan Novák, nar. 3. 5. 1985, bytem Nádražní 12, zítra přijde Šebestík")


# -- normalising -------------------------------------------------------------------------

# Cyrillic (and Greek) letters that look like Latin ones: inside a Latin word they are a disguise
_LOOK_ALIKES = str.maketrans(
    "аеорсухіјкмнтвѕԁӏАЕОРСУХІЈКМНТВЅԌΑΒΕΗΙΚΜΝΟΡΤΧΥΖο",
    "aeopcyxijkmhtbsdlAEOPCYXIJKMHTBSGABEHIKMNOPTXYZo",
)
# Ukrainian and Russian Cyrillic written out as Czech workers would ("Коваленко" -> "Kovalenko")
_TRANSLIT = {
    **dict(zip("абвгґдезийклмнопрстуфцчшыэі", "abvhgdezyjklmnoprstufcčšyei", strict=True)),
    **{
        "є": "je",
        "ж": "ž",
        "ї": "ji",
        "х": "ch",
        "щ": "šč",
        "ь": "",
        "ъ": "",
        "ю": "ju",
        "я": "ja",
        "ё": "jo",
    },
}
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def normalise(text: str) -> str:
    """One script, no invisible characters: look-alike letters inside Latin words become Latin,
    words written wholly in Cyrillic are transliterated (capitals kept)."""
    text = _ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))

    def one_word(match: re.Match[str]) -> str:
        word = match.group(0)
        if not _CYRILLIC.search(word):
            return word
        if _LATIN.search(word):
            return word.translate(_LOOK_ALIKES)
        out = []
        for ch in word:
            latin = _TRANSLIT.get(ch.lower(), ch)
            out.append(latin.capitalize() if ch.isupper() else latin)
        return "".join(out)

    return re.sub(r"[^\W\d_]+", one_word, text)


# -- word lists --------------------------------------------------------------------------


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

# -- names -------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
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
_SAINT = frozenset({"sv.", "sv", "svate", "svateho", "svaty", "svata", "blahoslavene"})
# what follows a woman's surname at the start of a note ("Kopalová volala"), where an adjective
# would be followed by its noun ("Případová konference")
_VERBS_AFTER_NAME = frozenset(
    "volala volal chce chtela prisla neprisla rekla pise psala ma mela je byla nema potrebuje odmita "
    "souhlasi zada nastoupi dorazila nedorazila odesla bydli zije prijde ceka prevezme predam".split()
)
_VIETNAMESE_MIDDLE = frozenset({"van", "thi", "duc", "huu", "minh", "ngoc"})


@dataclass(frozen=True)
class _Word:
    text: str  # as written (normalised), without a trailing full stop
    folded: str
    capital: bool  # begins with a capital letter
    initial: bool  # one capital letter and a full stop: "N."
    start: int
    end: int
    sentence_start: bool
    accented: bool  # the note is typed with diacritics: "Vančurova" is then no woman's "Vančurová"


def _standing_alone(note: str, excerpt: str) -> list[int]:
    r"""Where `excerpt` stands in `note` as words of its own (no letter, digit or "_" touching
    either end), left to right and never overlapping: what re.finditer finds for
    rf"(?<!\w){re.escape(excerpt)}(?!\w)". A plain search rather than a pattern for each
    excerpt: those patterns overflowed re's cache and were compiled again and again (~10 % of
    the check's time)."""
    if not excerpt:
        return [m.start() for m in re.finditer(r"(?<!\w)(?!\w)", note)]
    found: list[int] = []
    size, end = len(excerpt), len(note)
    here = note.find(excerpt)
    while here >= 0:
        after = here + size
        if (here == 0 or not _wordlike(note[here - 1])) and (after == end or not _wordlike(note[after])):
            found.append(here)
            here = note.find(excerpt, after)
        else:
            here = note.find(excerpt, here + 1)
    return found


def _wordlike(character: str) -> bool:
    r"""What re's \w matches in a str pattern."""
    return character.isalnum() or character == "_"


def _words(text: str) -> list[_Word]:
    shouting = _shouting(text)
    found: list[_Word] = []
    accented = any(c in _CZECH_ACCENTS for c in text)
    for match in _WORD.finditer(text):
        raw = match.group(0)
        word = raw.rstrip(".")
        at = match.start() - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        sentence_start = at < 0 or text[at] in ".!?:;\n(–—-•*"
        found.append(
            _Word(
                text=word,
                folded=fold(word),
                capital=word[:1].isupper() and (not word.isupper() or len(word) > 1 or shouting),
                initial=len(word) == 1 and word.isupper() and raw.endswith("."),
                start=match.start(),
                end=match.end(),
                sentence_start=bool(sentence_start),
                accented=accented,
            )
        )
    return found


def _is_first(word: _Word, previous: _Word | None) -> bool:
    if word.folded not in first_names() or len(word.text) < 2:
        return False
    if previous is not None and (previous.folded in _SAINT or fold(previous.text + ".") in _SAINT):
        return False  # "Dům sv. Josefa" is a house, not a person
    if previous is not None and previous.folded in _PLACE_PREPOSITIONS and word.folded in _prison_words():
        return False  # "propuštění z Pankráce", "na Pankráci": the prison, not a man named Pankrác
    return True


@cache
def _prison_words() -> frozenset[str]:
    """The prisons' short names (knowledge/prisons.csv aliases: "Pankrác", "Bory") in every case
    form, folded."""
    import csv

    found: set[str] = set()
    with open(knowledge_file("prisons.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for name in re.split(r"[;,]", row.get("aliases") or ""):
                name = name.strip()
                if name and " " not in name:
                    found |= {w for variant in name_variants(name) for w in variant} | _first_name_forms(name)
    return frozenset(found)


def _is_place(words: list[_Word], index: int) -> bool:
    """A word of a place name beside its other words: "Králové" in "Hradec Králové"."""
    here = words[index].folded
    if here not in _place_words():
        return False
    neighbours = [words[j].folded for j in (index - 1, index + 1) if 0 <= j < len(words)]
    return any(n in _place_words() for n in neighbours) or len(words) == 1


_MISTER = frozenset({"pan", "pana", "panu", "panem", "pane", "pani", "pi"})
# a man's titles only, and his dative "panovi": "pan tabor", "panu taborovi"
_MEN_TITLES = (_MISTER - {"pane", "pani", "pi"}) | {"panovi"}
_PAST_ENDINGS = ("l", "la", "lo", "li", "ly")  # "volal", "volala", "volali": a past tense
_FAMILY_TITLES = frozenset("manzele manzelum rodina rodiny rodine rodinu rodice sourozenci".split())
# brothers and sisters in the plural, before their family's name: "s bratry olahovymi"
_FAMOUS_SIBLINGS = ("masin", "capk", "wright", "lumier", "grimm", "mrstik", "bronte", "jehov", "alzbetink")
_SIBLINGS = frozenset(
    "bratri bratry bratru bratrum bratrech bratrama sestry sestrami sestram sestrach sourozenci sourozencu "
    "sourozencum sourozence".split()
)


_CZECH_ACCENTS = frozenset("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ")


def _possessive(word: _Word) -> bool:
    """Husově ulici, Havlíčkově Brodě, Vila Vančurova: a possessive adjective, not a woman's
    surname (-ové, -ová), when the note is typed with diacritics."""
    lower = word.text.lower()
    if lemma_of(word.text) == lower:
        return False  # "Sova se ptala": a noun of its own, no possessive
    return lower.endswith("ově") or (word.accented and lower.endswith(("ova", "ovu", "ovo", "ovy")))


def _named_institution(words: list[_Word], index: int) -> bool:
    """The name of an institution after its kind: "SVP Klíčov", "TK Karlov", "Nadace Agrofert"."""
    if index == 0:
        return False
    previous = words[index - 1]
    if words[index].start - previous.end > 1:
        return False  # "ptal se na DPC, Sokol na rekvalifikaci": a comma ends the name
    shouted = words[index].text.isupper()
    if (
        index > 1
        and previous.text.islower()
        and previous.folded.startswith(_KIND_ADJECTIVE)
        and previous.start - words[index - 2].end <= 1
        and not _acts_as_a_person(words, index)
    ):
        previous = words[index - 2]  # "VOŠ sociální Jabok", "Středisko křesťanské Naděje"
    abbreviation = previous.text.isupper() and 2 <= len(previous.text) <= 5 and not shouted
    return abbreviation or stem(previous.text) in _institution_stems()


def _dash_then_capitalised(text: str, words: list[_Word], index: int) -> bool:
    """A capitalised word that is no listed place after a dash: "Terén: Chanov – Balog"."""
    if index >= len(words) or index < 1:
        return False
    word = words[index]
    return (
        bool(re.search(r"[–—-]", text[words[index - 1].end : word.start]))
        and word.capital
        and word.folded not in _place_words()
    )


def _acts_as_a_person(words: list[_Word], index: int) -> bool:
    """A listed surname, or a name before a verb in the past tense ("centrum sociální Horváth
    volal"); an institution acts in the present ("VOŠ sociální Jabok pořádá den otevřených dveří")."""
    if words[index].folded in surnames():
        return True
    verb = _verb_after(words, index)
    return verb is not None and verb.folded.endswith(_PAST_ENDINGS)


# a label of a place before a colon: "Terén: Chanov", "Lokalita: Kunov"
_LABEL_NOUNS = frozenset("teren lokalita misto oblast obec mesto okres kraj region ctvrt sidliste".split())
# an adjective that says what kind an institution is, between its kind and its name; a short
# list, as an ethnic or regional adjective is no kind ("na ubytovně romský Balog zase pije")
_KIND_ADJECTIVE = (
    "socialn",
    "krestansk",
    "terapeutick",
    "vychovn",
    "odborn",
    "diagnostick",
    "zdravotn",
    "rehabilitacn",
    "resocializacn",
    "azylov",
    "pedagogick",
    "psychologick",
    "poradensk",
    "charitativn",
    "nizkoprahov",
)


@cache
def _institution_stems() -> frozenset[str]:
    """ "služby", "centra", "nadací": institution words in any case."""
    people = {stem(word) for word in ("kurátor", "kurátorka", "kurátorce")}
    stems = {stem(word) for word in _INSTITUTION_WORDS if len(word) > 4}
    return frozenset(found for found in stems if len(found) > 3) - people


def _is_other_capitalised(word: _Word) -> bool:
    """A capitalised word that is neither a place, an institution nor a short abbreviation."""
    if not word.capital or word.initial or word.folded in _place_words() or word.folded in not_names():
        return False
    if _region(word.folded):
        return False  # "Janov, Šluknovsko": a region, named after its town
    if word.sentence_start and word.folded in stop_words():
        return False  # "Po Silvestru", "Na Vánoce": a preposition opening a sentence
    if len(word.folded) > 4 and stem(word.text) in _institution_stems():
        return False  # "spolupráce s Věznicí Pankrác": an institution in any case
    return not (word.text.isupper() and len(word.text) <= 4 and word.folded not in surnames())


def _surname_like(words: list[_Word], i: int) -> bool:
    """A surname in this place of the note: listed, or shaped like one and no ordinary word,
    place or institution's name."""
    word = words[i]
    if word.text.isupper() and len(word.text) <= 4 and word.folded not in surnames():
        return False  # "členem AOOV": an abbreviation, whatever it ends with
    return (
        looks_like_surname(word.folded)
        and (word.folded in surnames() or kind(word.text) is not Kind.ORDINARY)  # "Dluhová past"
        and not _is_place(words, i)
        and not _possessive(word)
        and not _named_institution(words, i)
        # "z Mikulova", "do Kučerova": a place's case form, not Mikula's wife
        and not (_after_place_preposition(words, i) and word.folded not in _surname_lemmas())
        and not _nationality(words, i)
    )


def _a_title_after_a_colon(text: str, word: _Word, following: _Word) -> bool:
    """ "Knihovně Václava Havla: Život po výstupu": an ordinary word after a colon starts a title,
    no second half of a name; a listed surname there is somebody ("Letňany: Holub", "Zapsala
    Vlasta: Skála")."""
    return (
        ":" in text[word.end : following.start]
        and kind(following.text) is Kind.ORDINARY
        and following.folded not in surnames()
    )


def _town_after_a_house(text: str, word: _Word) -> bool:
    """ "Komenského 3, Mělník": a town after a street's house number and a comma; not "pokoj 12,
    Benešová" nor a woman's surname."""
    return (
        word.folded in _place_words()
        and not _FEMALE_SHAPE.match(word.folded)
        and _STREET_THEN_NUMBER.search(text[: word.start]) is not None
    )


_STREET_THEN_NUMBER = re.compile(r"[^\W\d_]{3,}(?:ova|ého|ská|cká|ní|á|ce)\s+\d{1,4}(?:/\d{1,4})?[a-z]?,\s*$")


def _find_names(text: str, words: list[_Word], has_age_or_year: bool) -> list[Finding]:
    found: list[Finding] = []

    def name(first: int, last: int) -> None:
        found.append(Finding("privacy.name", text[words[first].start : words[last].end].strip(" ,.")))

    shaped = [_surname_like(words, j) for j in range(len(words))]
    for i, word in enumerate(words):
        previous = words[i - 1] if i else None
        following = words[i + 1] if i + 1 < len(words) else None
        surname_like = shaped[i]
        # "v Mladé Boleslavi": a first name that is a word of a town beside its other word
        if _is_first(word, previous) and not (word.capital and _is_place(words, i)):
            if (
                following is not None
                and not _a_title_after_a_colon(text, word, following)
                and (
                    (
                        looks_like_surname(following.folded)
                        and not _ordinary_after_comma(text, word, following)
                    )
                    or following.initial
                    or (word.capital and _is_other_capitalised(following))
                    # a word of a place name beside a first name, without the rest of the place:
                    # "Karel Vary" is a person, "Karlovy Vary" a town
                    or (word.capital and following.capital and not _is_place(words, i + 1))
                )
            ):
                name(i, i + 1)
                continue
            if previous is not None and (
                previous.folded in surnames()
                or (looks_like_surname(previous.folded) and previous.capital)
                # "Přijde Mikuláš, čert a anděl": a verb opening the sentence
                or (
                    word.capital
                    and previous.capital
                    and _is_other_capitalised(previous)
                    # "Přijde Mikuláš, čert": a sentence-opening verb; "Vyskočil Petr" is a surname
                    and not (
                        is_verb(previous.text)
                        and previous.sentence_start
                        and not previous.folded.endswith(_PAST_ENDINGS)
                    )
                )
                or (word.capital and _word_surname_before(words, i - 1))  # "Skála Roman", "Starý Josef"
            ):
                name(i - 1, i)
                continue
            if has_age_or_year:
                name(i, i)
                continue
        if (
            word.initial
            and following is not None
            and (
                looks_like_surname(following.folded)
                or _is_other_capitalised(following)
                # "J. N., 45 let": a person's initials beside his age
                or (has_age_or_year and following.initial and following.start - word.end <= 2)
            )
        ):
            name(i, i + 1)
            continue
        if (
            following is not None
            and following.initial
            and word.capital
            and (surname_like or _is_other_capitalised(word))
            and following.start - word.end <= 2
        ):
            name(i, i + 1)  # "Ferko L.", "Vlček S."
            continue
        if (
            following is not None
            and (surname_like or shaped[i + 1])
            and word.capital
            and following.capital
            and _is_other_capitalised(word)
            and _is_other_capitalised(following)
            and following.start - word.end <= 2
            and not _a_title_after_a_colon(text, word, following)
            # "Terén: Chanov": a label and its place; not "Letňany: Holub", nor with a capitalised
            # word after a dash ("Terén: Chanov – Balog")
            and not (
                ":" in text[word.end : following.start]
                and word.folded in _LABEL_NOUNS
                and following.folded not in surnames() | first_names()
                and not _dash_then_capitalised(text, words, i + 2)
            )
        ):
            name(i, i + 1)  # "Hnatiuk Vitalii", "Natalia Kravets"
            continue
        if (
            has_age_or_year
            and following is not None
            and _is_other_capitalised(word)
            and _is_other_capitalised(following)
            and not following.sentence_start
            and following.start - word.end <= 2
        ):
            name(i, i + 1)  # "Omar Farouk, 35 let": two names nobody listed, and an age
            continue
        if (
            previous is not None
            and previous.folded in _TITLE_WORDS
            # "KL-03/24: Nelze": a case code's letters, no title
            and not re.match(r"-\d", text[previous.end : previous.end + 2])
            # "odkázána na klienta. Václavské náměstí": a sentence's end, no title
            and not (text[previous.end - 1] == "." and previous.folded not in _ABBREVIATED_TITLES)
            and not (previous.folded in _MISTER and _role_in_any_case(word))  # "s paní kurátorkou"
            # "klientka 3 000 Kč": a number between, the title is no part of a name
            and not re.search(r"\d", text[previous.end : word.start])
        ):
            if _adjective_as_surname(text, words, i):
                name(i - 1, i)  # "kl. Starý mají", "odsouz. hruby zada", "panu cernemu zavolat"
                continue
            if (
                not word.capital
                and previous.folded in _MISTER
                and word.folded in surnames()
                and len(word.folded) > 3
                and not role_noun(word.text)
            ):
                name(i - 1, i)  # "zavolat panu kovarikovi": a listed surname that is also a word
                continue
            if (
                not word.capital
                and previous.folded in _FAMILY_TITLES
                and word.folded.endswith(("ovi", "ovy", "ovych", "ovym", "ovymi"))
                and (word.folded in surnames() or kind(word.text) is not Kind.ORDINARY)
                and not role_noun(word.text)
                and not word.folded.startswith("klient")  # "rodina klientovy pritelkyne"
            ):
                name(i - 1, i)  # "manzele kovarovi", "z rodiny biharovych": a family's name in lower case
                continue
            if (
                not word.capital
                and previous.folded in _MEN_TITLES
                and (word.folded in _place_words() or word.folded.removesuffix("ovi") in _place_words())
                and not _hard_adjective(word.text)  # "pan nový klient"
                and word.folded not in stop_words()  # "pan pod vlivem"
                # "pan hlavní vychovatel", "pan online poradce": a role's adjective
                and not (following is not None and role_noun(following.text))
            ):
                name(i - 1, i)  # "pan tabor z pelhrimova", "panu taborovi": a town's name borne by a man
                continue
            if not word.capital and kind(word.text) is Kind.ORDINARY:
                continue  # "klient dostal", "syn chce"
            if (
                not word.capital
                and previous.folded in _MISTER
                and len(word.folded) > 2
                and kind(word.text) is not Kind.ORDINARY
                # "pan tabor z pelhrimova", "panu taborovi": a town's name borne by a man
                and (word.folded not in _place_words() or previous.folded in _MEN_TITLES)
                and word.folded not in _CURRENCY_AND_UNITS
            ):
                name(i - 1, i)  # "pan hanak volal", "pani zouharova"
                continue
            if (
                (word.capital and _is_other_capitalised(word))
                or surname_like
                or word.folded in first_names()
                or (previous.folded in _MISTER and word.capital and not _is_place(words, i))
            ):
                name(i - 1, i)
                continue
        if (
            not word.capital
            and word.folded.endswith(_SURNAME_OWN_ENDINGS)
            and word.folded in surnames()
            and word.folded not in _place_words()
            and kind(word.text) is not Kind.ORDINARY
            and not _square_after(words, i)  # "na havlickove nam."
        ):
            name(i, i)  # "zavolat novakove", "predat dvorakovi": only a surname ends so
            continue
        if (
            word.capital
            and word.folded in surnames()
            and len(word.folded) > 2
            and not _is_place(words, i)
            and not _town_after_a_house(text, word)
            # "Svoboda je pro něj šok" is freedom; "Svobodu převzít", "Veselému volat" a person
            and not (
                word.sentence_start
                and kind(word.text) is Kind.ORDINARY
                and (word.folded in _surname_lemmas() or not _followed_by_verb(words, i))
            )
            and not _possessive(word)
            # "z Mikulova", "do Kučerova": a place's case form, not Mikula's wife
            and not (_after_place_preposition(words, i) and word.folded not in _surname_lemmas())
            and not _nationality(words, i)
        ):
            name(i, i)
            continue
        if (
            word.capital
            and surname_like
            and not word.sentence_start
            and (word.folded in surnames() or kind(word.text) is not Kind.ORDINARY)  # "Potravinová banka"
            and not _town_after_a_house(text, word)
        ):
            name(i, i)
            continue
        if (
            word.capital
            and _FEMALE_SHAPE.match(word.folded)
            and surname_like
            and (
                following is None
                or text[word.end : following.start].strip()  # "Kopalová, 38 let"
                or not following.text.islower()
                or following.folded in _VERBS_AFTER_NAME
                or is_verb(following.text)
            )
        ):
            # "Kopalová volala", "Kopalová, 38 let"; but "Případová konference" is an adjective
            name(i, i)
            continue
        if (
            word.capital
            and word.sentence_start
            and _FEMALE_SHAPE.match(word.folded)
            and not word.folded.startswith(_ADJECTIVE_STEMS)
            and not _possessive(word)
            and not _is_place(words, i)
            # read as an adjective or not at all; "Kolegové prosím" is a noun's plural
            and (lemma_of(word.text) or "ý").endswith("ý")
            and following is not None
            and following.text.islower()
            and following.folded not in _COPULAS
            and is_verb(following.text)
        ):
            name(i, i)  # "Kohoutová volala": a surname the dictionary reads as an adjective
            continue
        if (
            word.capital
            and previous is not None
            and _hard_adjective(word.text)
            and not _starts_sentence(text, words, i)
            and (previous.folded in _WITH_SOMEBODY or _after_verb(words, i))
            and text[previous.end : previous.end + 1] != "-"  # "K-2027-342 Výživné": a case code
            and _adjective_as_surname(text, words, i)
        ):
            name(i, i)  # "Vyřídit s Černou žádost", "zavolat Černému"
            continue
        if (
            word.folded in _VIETNAMESE_MIDDLE
            and previous is not None
            and following is not None
            and previous.capital
            and following.capital
        ):
            name(i - 1, i + 1)
    return found


def _ordinary_after_comma(text: str, word: _Word, following: _Word) -> bool:
    """ "v Albertu, účtenku dát", "Den Cyrila a Metoděje – dobrovolnický úklid": an ordinary
    lower-case word in the next clause, no surname."""
    return (
        re.search(r"[,–—]", text[word.end : following.start]) is not None
        and following.text.islower()
        and following.folded not in surnames()
        and kind(following.text) is Kind.ORDINARY
    )


def _word_surname_before(words: list[_Word], index: int) -> bool:
    """A surname that is also a word, written before the first name as in a register: a listed
    one ("Skála Roman", "Kos Jaroslav"), a being ("Zajíc Petr") or a man's adjective ("Starý
    Josef"); not a saint ("Svatý Václav") nor a place's word ("Nový Jičín")."""
    word = words[index]
    return (
        word.capital
        and not word.text.isupper()
        and word.folded not in _SAINT
        # a word of a town of two words stands alone: "Hora Jiří" (not "Kutná Hora"), "Mladá Eva"
        and not _is_place(words, index)
        and (word.folded not in _place_words() or word.folded not in _whole_towns())
        and (word.folded in _surname_lemmas() or person_noun(word.text) or _hard_adjective(word.text))
    )


# the endings made from a surname (a woman's, a man's dative), in lower case too: "novakove"
_SURNAME_OWN_ENDINGS = ("ova", "ove", "ovou", "ovi")


@cache
def _nationalities() -> frozenset[str]:
    """Nationalities said of somebody after "je", many surnames too ("Němec", "Polák"):
    knowledge/nationalities.txt."""
    return frozenset(fold(line) for line in _lines("nationalities.txt"))


_PREDICATE = frozenset("je jsou byl byla bude neni nebyl nebyla jako puvodem narodnosti".split())


def _nationality(words: list[_Word], index: int) -> bool:
    """ "kl. je Němec", "původem Polák": a nationality said of somebody, not his surname."""
    return (
        index > 0
        and words[index].folded in _nationalities()
        and words[index - 1].folded in _PREDICATE
        and (index + 1 == len(words) or not words[index + 1].capital)
    )


# prepositions before a person (not a place): "s Černou", "u Starého", "pro Malou"
_WITH_SOMEBODY = frozenset("s se k ke od u pro za o mezi pred".split())
_ABBREVIATED_TITLES = frozenset(title.rstrip(".") for title in _TITLES if title.endswith("."))
# the folded endings of a hard adjective ("Černý, Černého, Černému, Černým, Černá, Černé, Černou")
_ADJECTIVE_ENDINGS = ("eho", "emu", "ych", "ym", "ou", "y", "a", "e")  # "u Malých": the family


@lru_cache(maxsize=20_000)
def _hard_adjective(text: str) -> bool:
    """A form of a hard adjective ("Mladá", "Starou"; typed without diacritics "cernemu",
    "hruby"): the dictionary's lemma says ("mladý"); a word typed without diacritics, when the
    dictionary holds its nominative, genitive and dative ("černý", "černého", "černému")."""
    folded = fold(text)
    if not folded.endswith(_ADJECTIVE_ENDINGS):
        return False  # "starší" is the dictionary's "starý" too, but no surname's form
    found = lemma_of(text)
    if found is not None and found.endswith("ý"):
        return fold(found) not in _DETERMINERS
    if folded != text.lower() or found == text.lower():
        return False  # typed with diacritics, or a word of its own ("Kos")
    for ending in _ADJECTIVE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            base = folded[: -len(ending)]
            if base + "y" in _DETERMINERS:
                return False  # "kazda", "jiny"
            return all(is_czech_word(base + form) for form in ("y", "eho", "emu"))
    return False


def _adjective_as_surname(text: str, words: list[_Word], index: int) -> bool:
    """An adjective that stands alone where a person is named: after a title ("kl. Starý mají",
    in lower case only after pan/paní or an abbreviation: "odsouz. hruby zada", "panu cernemu
    zavolat"; "klient starý a nemocný" is how he is) or after a preposition or a verb with a
    capital ("s Černou"). An adjective followed by its noun is none ("paní sociální pracovnice",
    "pan nový klient")."""
    word = words[index]
    previous = words[index - 1] if index else None
    following = words[index + 1] if index + 1 < len(words) else None
    if word.text.isupper() or not _hard_adjective(word.text) or _is_place(words, index):
        return False
    if (
        word.capital
        and len(word.folded) > 4
        and stem(word.text) in _institution_stems()
        and not (lemma_of(word.text) or "ý").endswith("ý")
    ):
        return False  # "s Poradnou sv. Josefa": an institution's noun; "s Městskou" is somebody
    if following is not None and following.capital and not following.sentence_start:
        return False  # "Nová Ves", "Černá Hora": a place's or an organisation's name
    if not word.capital:
        # in lower case only after pan/paní or an abbreviation, and before a verb or nothing
        return (
            previous is not None
            and (
                previous.folded in _MISTER
                or (previous.folded in _ABBREVIATED_TITLES and text[previous.end - 1] == ".")
            )
            # "odsouz. hruby zada"; "kl. pověrčivý, chce přesunout" is how he is
            and (following is None or not text[word.end : following.start].strip())
            and (
                following is None
                or (following.folded in ("se", "si") and _verb_after(words, index) is not None)
                or is_verb(following.text)
            )
        )
    return (
        following is None
        or following.start - word.end > 1  # "kl. Mladá, ..."
        or not following.text.islower()
        or following.folded in _NO_NOUN
        or is_verb(following.text)
        or _disagrees(previous, word, following)
    )


# what follows a name rather than an adjective's noun: "kl. Mladá a kl. Starý", "s Černou taky"
_NO_NOUN = frozenset(
    "a i ani nebo ale se si uz taky take jeste dnes zitra vcera prosim v ve na do z ze k ke s u o po za "
    "pro od kvuli kolem pred nic nikdo nikdy jen porad doma".split()
)


def _disagrees(previous: _Word | None, word: _Word, following: _Word) -> bool:
    """After "s"/"se" an adjective and its noun are both in the instrumental ("s Novou šancí");
    "s Černou žádost" is somebody and a thing."""
    return (
        previous is not None
        and previous.folded in ("s", "se")
        and word.folded.endswith(("ou", "ym"))
        and not following.folded.endswith(("ou", "i", "em", "im", "mi"))
    )


# -- names nobody listed ------------------------------------------------------------------

# a capitalised word after these is a place: "v Němčicích", "do Orlové", "z Chánova"
_PLACE_PREPOSITIONS = frozenset({"v", "ve", "do", "z", "ze", "na", "pod", "nad"})
_CURRENCY_AND_UNITS = frozenset({"kc", "eur", "czk", "sb", "tis", "mil"})
# words the dictionary lacks but whose ending says they are ordinary nouns: "Resocializace",
# "Supervize", "Mentoring", "Arteterapie"
_COMMON_NOUN_ENDINGS = (
    "ace", "aci", "acich", "acemi", "ize", "izi", "ing", "ingu", "ismus", "ismu", "logie", "logii",
    "terapie", "terapii", "grafie", "metrie", "ment", "mentu", "nost", "nosti",
)  # fmt: skip


def _outside_dictionary(word: _Word, english: bool) -> bool:
    """Not an ordinary Czech word, place, institution or abbreviation: maybe somebody's name."""
    return _outside_dictionary_text(word.text, english)


@lru_cache(maxsize=50_000)
def _outside_dictionary_text(text: str, english: bool) -> bool:
    folded = fold(text)
    if len(folded) < 3 or folded in _CURRENCY_AND_UNITS or folded in not_names():
        return False
    if text.lower().endswith(("ově", "ní")) or folded.endswith(_COMMON_NOUN_ENDINGS) or _known_stem(folded):
        return False  # "Husově ulici", "Přestupní stanice", "Resocializace", "Sananimem"
    if _region(folded):
        return False  # "Opavsko", "na Kladensku", "Moravskoslezsko"
    if _diminutive(folded):
        return False  # "VÝBAVIČKU PRO MIMINO": a little one of a word the dictionary knows (výbava)
    if folded.endswith(("ly", "li", "lo")) and _prefixed_past(folded):
        return False  # "Sepsaly jsme životopis": a verb the dictionary lacks, in no name's form
    if folded not in first_names() and folded not in surnames() and words.first_person_of_verb(folded):
        return False  # "Připomínám: bude tlumočník": a verb's first person the dictionary lacks
    if folded in _TITLE_WORDS:
        return False  # "Mgr.", "Ing."
    if any(c.isupper() for c in text[1:]) and not text.isupper():
        return False  # WhatsApp, YouTube, eKasa: brands, not people
    if text.isupper() and len(text) <= 5 and folded not in surnames():
        return False  # VTOS, PMS, OSPOD; a shouted surname is caught beside its first name
    parts = [part for part in re.split(r"['’\-]", text) if part]
    if any(fold(part) in _place_words() or fold(part) in _organisation_words() for part in parts):
        return False
    return all(kind(part, english) is not Kind.ORDINARY for part in parts)


# a verb's prefix and its past tense: "od|seděl", "se|psaly", "od|kroutil", "vy|sekal"
_PREFIXED_PAST = re.compile(
    r"^(?:ode|od|vy|za|na|po|pro|pre|pri|roz|ro|se|s|u|do|ob|pod|nad|vz|v|ve)([a-z]{3,}l[aioy]?)$"
)


_DIMINUTIVE = re.compile(r"^(([a-z]{4,})[ie]ck)(?:a|y|e|u|ou|ach|ami|am)$")


def _diminutive(folded: str) -> bool:
    """A diminutive the dictionary lacks of a feminine noun it knows: "výbavička" (výbava),
    "kasička"; never a listed name, in its nominative too ("Skaličku" is Skalička's)."""
    match = _DIMINUTIVE.match(folded)
    if not match:
        return False
    base = match.group(2)
    people = first_names() | surnames()
    # "Michalička" is Michal's, a surname: no little one of a name
    return is_czech_word(base + "a") and not {folded, match.group(1) + "a", base, base + "a"} & people


def _prefixed_past(folded: str) -> bool:
    """A past tense the dictionary lacks, made of a verb's prefix and a past tense it knows
    ("odseděl", "sepsaly", "odkroutil"); never a listed name ("Zavadil"). A man's "-l" and "-la"
    are also a surname's forms ("Vykoukal", "Vykoukala"); "-ly", "-li", "-lo" are none."""
    match = _PREFIXED_PAST.match(folded)
    if not match or folded in surnames() or folded in first_names():
        return False
    rest = folded[match.start(1) :]
    return is_verb(rest) and not is_czech_word(folded)


_REGION = re.compile(r"^([a-z]{3,}[sc]k)(?:o|a|u|em|ach)$")


_TOWN_REGION = re.compile(r"^[a-z]{3,}[bdfhklmnprtvz]sk[ou]$")


def _region(folded: str) -> bool:
    """A region named by its town's or land's adjective: "Opavsko" (opavský), "na Kladensku",
    "Moravskoslezsko" (moravskoslezský)."""
    if _TOWN_REGION.match(folded):
        # a region made from a town nobody listed: "Šluknovsko", "na Frýdlantsku"; a surname in
        # -ško or -šek has a vowel before it ("Blaško", "Janoušku")
        return True
    match = _REGION.match(folded)
    return match is not None and (
        match.group(1) in _place_adjective_stems() or is_czech_word(match.group(1) + "y")
    )


@cache
def _place_adjective_stems() -> frozenset[str]:
    """ "jesenick" of "jesenický" (knowledge/place_adjectives.csv): "Jesenicko" is a region."""
    import csv

    with open(knowledge_file("place_adjectives.csv"), encoding="utf-8", newline="") as handle:
        return frozenset(fold(row["adjective"])[:-1] for row in csv.DictReader(handle) if row["adjective"])


def _after_place_preposition(words: list[_Word], index: int) -> bool:
    """ "v Němčicích", "z Mikulova", "v Horní Lidči"; but "kontakt na Vomáčkovou", "do
    Hanákovi" are people."""
    if (
        index > 1
        and _place_first_word().match(words[index - 1].text)
        and words[index - 1].start - words[index - 2].end <= 1
    ):
        index -= 1  # "v Horní Lidči", "do Nové Vsi": a place's first word, then its name
    return (
        index > 0
        and _place_preposition(words[index - 1])
        and not words[index].folded.endswith(("ovou", "ovi"))
        and not _ze_typed_for_that(words[index - 1], words[index])
    )


def _ze_typed_for_that(previous: _Word, word: _Word) -> bool:
    """ "ze" typed without diacritics before a word that "z" would take: it is "že" ("Nezapomen,
    ze Novakova odchazi"; but "ze Zlina", "ze Slezska", "ze Lhoty", "ze Vsetina" are places)."""
    folded = word.folded
    return (
        previous.text.lower() == "ze"
        and len(folded) > 2
        and folded[0] not in "sz"
        and word.text[:1].lower() not in "šž"
        and folded[1] in "aeiouy"
    )


def _place_preposition(word: _Word) -> bool:
    """ "v", "z", "do" ...; "že" folds to "ze" but is a conjunction, and what follows it opens a
    clause ("Vím, že Nováková odchází" is a person, not a place)."""
    return word.folded in _PLACE_PREPOSITIONS and word.text.lower() != "že"


def _where_from(words: list[_Word], index: int) -> bool:
    """A capitalised word after "z" or "v" that is no listed name: where somebody comes from or
    lives, also right before his age ("klientka z Ukrajiny, 29 let", "Rom z Předlic, 30 let");
    "kontakt na Kuneše, 48 let", "jdu do Šebestíka, 52 let" and "z Kunešem, 48 let" (z for s)
    stay a person."""
    word = words[index]
    previous = words[index - 1].folded if index > 0 else ""
    # "mluvila jsem z Kunešem": "z" typed for "s" before a man named in the instrumental
    with_somebody = previous in ("z", "ze") and word.folded.endswith(("em", "ou", "im", "ym"))
    return (
        index > 0
        and word.capital
        and previous in ("v", "ve", "z", "ze")
        and not with_somebody
        and word.folded not in first_names()
        and word.folded not in surnames()
        and _after_place_preposition(words, index)
    )


@cache
def _place_first_word() -> re.Pattern[str]:
    """The first word of a place of two words: "Horní Lideč", "Dolní Loučky", "Velké Meziříčí"
    (knowledge/place_first_words.txt)."""
    stems = "|".join(re.escape(line) for line in _lines("place_first_words.txt"))
    return re.compile(r"^(?:" + stems + r")[a-záéíýěů]{0,4}$")


def _known_stem(folded: str) -> bool:
    """A case form of a place or an organisation: "Sananimem", "Rubikonu", "Progressive"."""
    for ending in _CASE_ENDINGS:
        stem = folded[: -len(ending)]
        if (
            folded.endswith(ending)
            and len(stem) >= 4
            and (stem in _place_words() or stem in _organisation_words())
        ):
            return True
    return False


_CASE_ENDINGS = ("em", "u", "a", "ovi", "e", "ou", "y", "i", "ech", "ům", "um")


def _followed_by_verb(words: list[_Word], index: int) -> bool:
    """ "Hanáka převezme", "Zouharovi chybí", "Šindelářovi se nedaří": a verb after the word."""
    return _verb_after(words, index) is not None


# what stands between a person and his verb: "se", "už", "prý", and the clitic pronouns ("Mára
# mu sehnal", "Hanák ho veze")
_BEFORE_A_VERB = frozenset("se si uz jsem jsme bohuzel prej pry mu ho mi jim nam vam".split())


# when, and "od nás", between a person and his verb: "Pokorná dnes odmítla", "Bednář se vůbec
# neozval", "Tichá od nás odešla"; at most three words, and never before an infinitive, which has
# no subject ("Připomeň mi zítra napsat")
_ADVERBS_BEFORE_A_VERB = frozenset(
    "dnes dneska vcera zitra rano vecer vubec zase zas jeste opet konecne nakonec porad stale asi ani taky "
    "take hned pak potom".split()
)
_WITH_US = frozenset("nas nam nami nich nim nimi".split())
_INFINITIVE_ENDING = re.compile(r"(?:at|et|it|out|yt|ct|ci|st|zt)$")


def _verb_after(words: list[_Word], index: int) -> _Word | None:
    j, between, clitics = index + 1, 0, 0
    while j < len(words) and between <= 3:
        following = words[j]
        if following.capital or (between and following.sentence_start):
            return None
        if is_verb(following.text):
            if between > clitics and _INFINITIVE_ENDING.search(following.folded):
                return None
            return following
        if following.folded in _BEFORE_A_VERB and clitics == 0:
            j, between, clitics = j + 1, between + 1, 1
        elif following.folded in _ADVERBS_BEFORE_A_VERB:
            j, between = j + 1, between + 1
        elif following.folded in _WITH_SOMEBODY and j + 1 < len(words) and words[j + 1].folded in _WITH_US:
            j, between = j + 2, between + 2
        else:
            return None
    return None


def _described_then_verb(text: str, words: list[_Word], index: int, first_name: bool) -> bool:
    """A first name described before its verb: who the person is in brackets ("Péťa (syn
    klientky) má", "Omar (kl. ze Sýrie) dostal") or where from ("Jirka z ubytovny dneska
    nastoupil", "Olena z případu 3B chce"). A word in no list only with a person in the brackets
    ("Vláďa (bratr klienta) slíbil")."""
    word = words[index]
    after = text[word.end :].lstrip(" ")
    following = index + 1
    if after.startswith("("):
        close = text.find(")", word.end)
        if close < 0 or not (first_name or _PRIVATE.search(fold(text[word.end : close]))):
            return False
        while following < len(words) and words[following].start < close:
            following += 1
    elif first_name and following < len(words) and words[following].folded in ("z", "ze", "od"):
        following += 1
        for _ in range(3):  # "z ubytovny", "z druhého patra", "z případu 3B"
            if following >= len(words) or is_verb(words[following].text):
                break
            following += 1
    else:
        return False
    if following >= len(words) or text[words[following - 1].end : words[following].start].strip(" ()"):
        return False  # a comma or a full stop between: the verb is another clause's
    return _verb_after(words, following - 1) is not None


def _man_did(words: list[_Word], index: int) -> bool:
    """A word ending in -a before a man's past tense is a man's name: "Vomáčka volal",
    "Krejza přišel" (a feminine noun would take "volala")."""
    verb = _verb_after(words, index)
    return (
        verb is not None
        and verb.folded.endswith("l")
        and len(verb.folded) > 3
        and words[index].folded.endswith("a")
        and words[index].folded not in _MASCULINE_A_NOUNS
        and not words[index].folded.endswith(("ista", "ita"))  # "Policista přišel", "Specialista"
    )


# ordinary nouns of men that end in -a: "Kolega volal" is no name
_MASCULINE_A_NOUNS = frozenset(
    "kolega predseda mistopredseda starosta mistostarosta hrdina tata deda sluha vudce pomahac".split()
)


# a feminine noun the dictionary lacks ("Sociálka", "Klientka", "Supervize"), a verb ("Kontaktujte")
_NOT_A_MANS_ENDING = re.compile(r"(?:[lštčžř]ka|[zsnctdlv]e|[ei]e|te|me|ost|ní)$")


def _shaped_like_a_man(text: str) -> bool:
    """A man's surname in any case at the start of a sentence: "Hanáka", "Zouharovi", "Kuneše",
    "Mikeš", "Krpálka" (Krpálek); not a feminine noun the dictionary lacks ("Sociálka": from
    "sociální", "Ubytovka")."""
    lower = text.lower()
    if re.search(r"[lštčžř]ka$", lower) and not _colloquial_noun(lower[:-2]):
        return True
    return not _NOT_A_MANS_ENDING.search(lower)


def _colloquial_noun(base: str) -> bool:
    """ "sociál" + ka from "sociální", "ubytov" + ka from "ubytovna": a word made from another."""
    return (
        any(kind(base + ending) is Kind.ORDINARY for ending in ("ní", "ný", "ový", "na", "ský", "ka", "ice"))
        or len(base) < 3
    )


def _labelled(text: str, words: list[_Word], index: int) -> bool:
    """A note opened by a word and a comma or a dash ("Hanák, propuštěn z Bor"), or by a word
    and where it comes from ("Šimko z Trnavy")."""
    after = text[words[index].end : words[index].end + 3].lstrip(" ")
    rest = fold(text[words[index].end : words[index].end + 12]).lstrip(" ,-–—")
    if after[:1] in (",", "-", "–", "—") and not _LEGAL_FORM.match(rest):
        return True
    return _from_somewhere(words, index)


def _from_somewhere(words: list[_Word], index: int) -> bool:
    """A word and where it comes from: "Šimko z Trnavy"."""
    return (
        index + 2 < len(words)
        and words[index + 1].folded in ("z", "ze")
        and words[index + 2].capital
        and words[index + 1].start - words[index].end <= 2
    )


# an organisation's legal form after its name: "Semiramis, z. ú.", "Lotos - o. p. s."
_LEGAL_FORM = re.compile(r"(?:z\. ?[su]\.|o\. ?p\. ?s\.|s\. ?r\. ?o\.|a\. ?s\.|spolek|nadace|ustav)")


# spelling no Czech name has: brands and medicines ("Subutex", "Facebook", "Excel")
_BRAND_SPELLING = re.compile(r"[qx]|oo|ee|ph|th|ff$|tt$")


def _brand_spelling(folded: str) -> bool:
    return bool(_BRAND_SPELLING.search(folded))


def _age_spans(folded: str, current: int) -> list[tuple[int, int]]:
    spans = [m.span() for m in _AGE.finditer(folded)]
    spans += [m.span() for m in _YEAR.finditer(folded) if _birth_year(m.group(1), current, marked=False)]
    return spans


# a masculine or neuter adjective's ending, and the endings of a noun in the same case
_AGREEING = (("eho", ("a", "u", "e", "i")), ("emu", ("u", "i")), ("ym", ("em", "im", "um", "am")))


def _adjective_and_its_noun(words: list[_Word], index: int) -> bool:
    """A case of an adjective the dictionary lacks, before its noun: "u Krajského úřadu",
    "s Krajským soudem" (the dictionary has "krajský"); "předat Hronovského kurátorovi" is a
    man's genitive before a dative."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or not following.text.islower() or following.start - word.end > 1:
        return False
    for ending, noun_endings in _AGREEING:
        if word.folded.endswith(ending) and len(word.folded) > len(ending) + 3:
            return (
                is_czech_word(word.folded[: -len(ending)] + "y")
                and following.folded.endswith(noun_endings)
                and not following.folded.endswith("ovi")
            )
    return False


# an adjective made from a place and the endings of the nouns it agrees with in the nominative
_PLACE_ADJECTIVE_AGREEING = (
    (("ska", "cka"), ("a", "e", "ost", "ice")),
    (("sky", "cky"), ("k", "l", "m", "n", "r", "s", "t", "v", "d", "p", "z", "ch", "j", "c")),
    (("ske", "cke"), ("e", "o", "i")),
)


def _place_adjective_and_its_noun(words: list[_Word], index: int) -> bool:
    """An adjective made from a place before the noun it agrees with: "Cochemská praxe",
    "Ostravský model", "Skandinávské vězeňství" (a method or a system named after a place);
    "Hronovská zase volala" is a woman."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or not following.text.islower() or following.start - word.end > 1:
        return False
    if following.folded in stop_words() or len(following.folded) < 4 or is_verb(following.text):
        return False
    if _KIN.match(following.folded) or role_noun(following.text):
        return False  # "Koperská matka", "Koperská klientka": a woman and who she is
    return any(
        word.folded.endswith(adjective)
        and following.folded.endswith(nouns)
        and kind(following.text) is Kind.ORDINARY
        for adjective, nouns in _PLACE_ADJECTIVE_AGREEING
    )


def _after_verb(words: list[_Word], index: int) -> bool:
    """A proper noun right after a verb is who did or got it ("přišel Vojtíšek", "volal
    Hronek"); a town follows a preposition ("přijel do Rýnovic")."""
    previous = words[index - 1] if index else None
    return (
        previous is not None
        and previous.text.islower()
        and words[index].start - previous.end <= 1
        and is_verb(previous.text)
    )


def _starts_sentence(text: str, words: list[_Word], index: int) -> bool:
    """Whether a word opens a sentence: "Domov sv. Anežky", "kl. Zdeněk", "odsouz. Trnka": a
    full stop after an abbreviation ends no sentence."""
    previous = words[index - 1] if index else None
    return words[index].sentence_start and not (
        previous is not None
        and previous.text.islower()
        and (len(previous.text) <= 3 or previous.folded in _TITLE_WORDS)
        and text[previous.end - 1] == "."
    )


# adjectives that stand for a noun without being anybody's name: "Každý má nárok"
_DETERMINERS = frozenset(
    "kazdy zadny jiny tyz samy cely druhy treti prvni posledni dalsi nejaky ktery".split()
)
_COPULAS = frozenset("je jsou byl byla bude nebude neni nebyl nebyla".split())
# what an organisation does, not a person: a club named after an animal ("Sokol", "Orel")
_ORGANISATION_VERBS = frozenset(
    "pořádat uspořádat organizovat vypsat vypisovat nabírat zaměstnávat provozovat dotovat "
    "financovat sponzorovat vyhlásit vyhlašovat".split()
)


def _word_as_surname(text: str, words: list[_Word], index: int) -> bool:
    """An ordinary word written as a surname. Inside a sentence a capitalised noun for a living
    being that is no role ("dnes volal Sedlák", "předávám Mlynáře", "se Zajícem"); opening one
    before a verb, that noun in any case ("Zajíc volal", "Berana přiveze kurátor", "Kolouchovi
    vypršela platnost"), a man's adjective ("Holý má exekuce"), or a word the dictionary also
    knows as a proper noun ("Kabát bydlí u sestry"; but "Svoboda je pro něj šok")."""
    word = words[index]
    if (
        word.text.isupper()
        or len(word.folded) < 3
        # a town's dative is "Sokolovu": "předat Sokolovi" is a man
        or (word.folded in _place_words() and not word.folded.endswith("ovi"))
        # "Kos se ptal"; "Stará"; but "Malý podepsal": an adjective that acts as only grown-ups do
        or (word.folded in not_names() and not person_noun(word.text) and not _adult_act(text, words, index))
        or _is_place(words, index)
        or _named_institution(words, index)
        or _after_place_preposition(words, index)
        or _possessive(word)
        or _nationality(words, index)
    ):
        return False
    previous = words[index - 1] if index else None
    if word.folded in first_names() or (previous is not None and previous.folded in _SAINT):
        return False  # first names have their own rules; "sv. Martin" is a saint
    if previous is not None and previous.text == "U" and not previous.sentence_start:
        return False  # "restaurace U Medvěda": a house's or a pub's name
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.capital and following.folded in _place_words():
        return False  # "Sokol Kladno", "Kotva Opava": an organisation and its town
    if _at_a_brand(words, index):
        return False  # "Pekař z Penny hledá brigádníky": a trade at a shop, not Mr Pekař
    if not _starts_sentence(text, words, index):
        return person_noun(word.text)
    if _a_trade(text, words, index):
        return False  # "Kovář je dobrý obor", "Zedník, tesař, pokrývač", "Sedlák z Polabí hledá pomocníky"
    verb = _verb_after(words, index)
    if verb is None:
        # "Vlček z Mostu chce pomoc": a being's noun and where he comes from; "Holub: recidiva" is
        # "Holub – recidiva" (a colon after no trade, which `_a_trade` has read already)
        return (
            index == 0
            and person_noun(word.text)
            and (_labelled(text, words, index) or text[word.end : word.end + 1] == ":")
        ) or _adult_act(text, words, index)  # "Skála – nástup na ubytovnu"
    if lemma_of(verb.text) in _ORGANISATION_VERBS:
        return False  # "Sokol pořádá turnaj", "Orel vypsal nábor": a club, not Mr Sokol
    if person_noun(word.text):
        return True
    lower = word.text.lower()
    if verb.folded in _COPULAS:
        return False
    if (
        lower.endswith("u")
        and (lemma_of(word.text) or "").endswith("a")
        and escorted(verb.text)
        and not role_noun(word.text)
        and word.folded not in stop_words()
    ):
        return True  # "Brázdu doprovodím na úřad": what is done only to people
    if (
        lower.endswith("a")
        and (lemma_of(word.text) or "-").endswith(("a", "e", "ě"))  # "Lasička" (lasice); not "Berana"
        and human_verb(verb.text)
        and not role_noun(word.text)
        and stem(word.text) not in _institution_stems()
        and word.folded not in stop_words()
    ):
        return True  # "Liška čeká na propuštění"; "Rodina chce", "Matka volala" are no names
    if _adult_act(text, words, index):
        return True  # "Malý podepsal", "Malá se neozvala"
    if (
        # typed without diacritics in a note without them, before a past tense: "Bily podal
        # žádost" ("Vychovny ustav" has its noun)
        (
            lower.endswith("ý")
            and lemma_of(word.text) == lower
            or (not word.accented and _hard_adjective(word.text) and verb.folded.endswith("l"))
        )
        and word.folded.endswith("y")
        and verb is not None
        and (words[index + 1] is verb or words[index + 1].folded in ("se", "si"))  # "Malý se ozval"
        and word.folded not in stop_words()
        and word.folded not in _DETERMINERS
    ):
        return True  # "Holý má exekuce"; "Nový klient přijde" has its noun after it
    return _proper_too(word.text)


# what only a grown-up does, not "the little one" or "the old one" of the household: "Malý podepsal
# souhlas", "Malá odmítla plán"; "Malý spí", "Malá chce pít" stay a child
_ADULT_VERBS = frozenset(
    "podepsat podepisovat souhlasit dlužit splácet odmítnout odmítat žádat stěžovat přiznat slíbit ozvat "
    "omluvit".split()
)


# what a grown-up has or lacks: "Kostka nemá práci ani bydlení", "Skála má dluhy"
# ("Kříž nemá kde bydlet")
_ADULT_NEEDS = frozenset(
    "praci prace bydleni penize penez dluhy dluh exekuce exekuci doklady doklad obcanku op prijem prijmy "
    "davky zamestnani podporu kde ubytovani ubytovnu vyplatu".split()
)
# a body that agrees or refuses, no person: "Rada souhlasí" (Rada is a surname too)
_BODIES = frozenset("rada vlada komise obec firma banka skola".split())


def _adult_act(text: str, words: list[_Word], index: int) -> bool:
    """A man's or a woman's adjective opening a sentence before a verb only grown-ups do: the
    adjective is a surname ("Malý podepsal souhlas", "Malá se neozvala"). So is a listed surname
    that is also a thing's noun: before such a verb, before what a grown-up wants, seeks, has or
    lacks ("Skála souhlasí s mentoringem", "Kostka nemá práci", "Hora hledá práci"), before a
    man's past of what people do ("Kříž přišel opilý", "Skála volal"), or heading the note before
    a person's matter ("Skála – nástup na ubytovnu", "Kostka: dluhy 40 tis"). "Skála spadla",
    "Zima přišla", "Skála – výlet" stay things."""
    word = words[index]
    if not word.capital or not _starts_sentence(text, words, index):
        return False
    adjective = _hard_adjective(word.text) and word.folded.endswith(("y", "a"))
    noun = (
        word.folded in _surname_lemmas()
        and word.folded not in _BODIES
        and not role_noun(word.text)
        and not (len(word.folded) > 4 and stem(word.text) in _institution_stems())
    )
    if not (adjective or noun):
        return False
    verb = _verb_after(words, index)
    if verb is None:
        after = text[word.end : word.end + 40]
        return (
            noun
            and index == 0
            and bool(re.match(r"\s*[:–—-]", after))
            and bool(_PERSONS_MATTER.match(fold(after).lstrip(" :–—-")))
        )
    lower = verb.text.lower()
    if any(
        lemma_of(candidate) in _ADULT_VERBS
        for candidate in (lower, lower[2:] if lower.startswith("ne") else "")
    ):
        return True
    if not noun:
        return False
    if verb.folded.endswith("l") and human_verb(verb.text):
        return True  # a man's past: a feminine thing would take "volala", a masculine one does not call
    if verb.folded.endswith("l") and fold(lemma_of(lower.removeprefix("ne")) or "") in _ACTING_VERBS:
        # "Kříž přišel opilý". Frost and a parcel come too ("Mráz přišel v noci"), but telling
        # them apart let "Kříž přišel z vězení" through (a review): such notes are refused.
        return True
    at = words.index(verb)
    return (lemma_of(lower) == "mít" or human_verb(verb.text)) and any(
        later.folded in _ADULT_NEEDS for later in words[at + 1 : at + 3]
    )


# what a note headed by a surname is about: "Skála – nástup", "Kostka: dluhy 40 tis"
_PERSONS_MATTER = re.compile(
    r"(?:nastup\w*|dluh\w*|exekuc\w*|propust\w*|recidiv\w*|vazb\w*|podmink\w*|davk\w*|ubytovn\w*|"
    r"insolvenc\w*|oddluzen\w*|vystup\w*|odchod\w*|trest\w*|soud\w*|lecb\w*|detox\w*)\b"
)


# a trade by its ending: "pekař", "řezník", "prodavač", "skladník", "instalatér", "pečovatel"
_TRADE = re.compile(r"(?:ar|nik|ir|er|ac|ec|tel|ka|ice)$")
# what a person does, not a shop seeking staff: "Pekař ze Žabky volal" is Mr Pekař, "Řezník z
# Kauflandu hledá pomocníka" is the shop's butcher
_ACTING_VERBS = frozenset("prijit prijet prinest odejit odjet dorazit".split())
_STAFF = tuple("pomocn brigadn posil kolegy kolegu zamestnan pracovn prodavac lidi".split())


def _seeks_staff(words: list[_Word], at: int) -> bool:
    """ "hledá pomocníka", "hledá sezónní brigádníky": an employer seeking staff ("hledá
    práci" is a person seeking work)."""
    return lemma_of(words[at].text) == "hledat" and any(
        following.folded.startswith(_STAFF) for following in words[at + 1 : at + 3]
    )


def _acts(words: list[_Word], index: int) -> bool:
    """A verb of acting right after a word, past a clitic ("volal", "mi volal", "přišel")."""
    for at, following in enumerate(words[index + 1 : index + 3], index + 1):
        lemma = lemma_of(following.text)
        if lemma == "hledat":
            # a shop seeks staff ("hledá pomocníka, brigádníky"); a person work ("hledá práci")
            return not _seeks_staff(words, at)
        if human_verb(following.text):
            return True
        if lemma is not None and fold(lemma) in _ACTING_VERBS:
            return True
        if following.folded not in ("mi", "nam", "se", "si", "uz", "dnes", "vcera", "zase"):
            return False
    return False


def _at_a_brand(words: list[_Word], index: int) -> bool:
    """A trade at a known shop or firm: "Pekař z Penny", "Řezník v Kauflandu"; a surname that
    is no trade ("Zajíc z Penny volal", "Sedlák z Lidlu") stays a person, and so does a trade
    that is a listed surname too when a verb of acting follows ("Kovář z Lidlu volal")."""
    if index + 2 >= len(words) or words[index + 1].folded not in ("z", "ze", "v", "ve", "do"):
        return False
    if not _TRADE.search(words[index].folded):
        return False
    place = words[index + 2]
    if not (place.capital and place.folded not in first_names() and brand_names().knows(place.folded)):
        return False
    return words[index].folded not in surnames() or not _acts(words, index + 2)


@cache
def _trade_words() -> frozenset[str]:
    """Words that say a trade is spoken of as a trade (knowledge/trade_words.txt): "obor",
    "řemeslo", "profese"."""
    return frozenset(fold(line) for line in _lines("trade_words.txt"))


_LIST_JOINS = frozenset({"a", "i", "nebo", "ci"})
_PREPOSITIONS = frozenset("na v ve o do pro z ze s se k ke u od po za bez pred pod nad mezi pri".split())


def _a_trade(text: str, words: list[_Word], index: int) -> bool:
    """A being's noun opening a sentence that is a trade, not Mr Kovář: the copula after it says
    it is a trade ("Kovář je dobrý obor", "Bednář je dnes vzácné řemeslo"), two more trades in
    lower case follow it in a list ("Zedník, tesař, pokrývač"), or it seeks staff, maybe from
    where it works ("Sedlák z Polabí hledá sezónní pomocníky"). "Kovář je bez práce", "Kovář,
    tesař z Bor", "Sedlák z Polabí volal" stay persons."""
    word = words[index]
    if not person_noun(word.text):
        return False
    if labelled := re.match(r"\s*[:–—-]\s*([^.,;:!?()–—]*)", text[word.end :]):
        label = [fold(lemma_of(w) or w) for w in re.findall(r"[^\W\d_]+", labelled.group(1))]
        if any(w in _trade_words() for w in label[:3]):
            return True  # "Tesař – rekvalifikační kurz"; "Kovář – bez práce" stays Mr Kovář
    clause = re.split(r"[.,;:!?()–—]|\s-\s", text[word.end :], maxsplit=1)[0]
    said = [fold(lemma_of(w) or w) for w in re.findall(r"[^\W\d_]+", clause)]
    predicate = list(itertools.takewhile(lambda w: w not in _PREPOSITIONS, said[1:6]))
    if said[:1] and said[0] in _COPULAS | {"byt"} and any(w in _trade_words() for w in predicate):
        return True  # "Kovář je na obor zvědavý" has the trade after a preposition: Mr Kovář
    trades, at, previous = 0, index + 1, word
    while at < len(words) and trades < 2:
        following = words[at]
        if following.folded in _LIST_JOINS:
            at, previous = at + 1, following  # "Zedník, tesař a pokrývač"
            continue
        if text[previous.end : following.start].strip(" ,/") or not following.text.islower():
            break
        if not person_noun(following.text):
            break
        trades, at, previous = trades + 1, at + 1, following
    if trades == 2:
        return True
    at = index + 1
    if at < len(words) and words[at].folded in ("z", "ze", "v", "ve"):
        at += 1
        while at < len(words) and words[at].capital:
            at += 1  # "z Polabí", "z Horní Lidče"
    return at < len(words) and _seeks_staff(words, at)


def _proper_too(text: str) -> bool:
    """A word the dictionary holds as a proper noun as well as an ordinary one ("Kabát")."""
    return bool(czech_forms().get(text) == text)


# what stands before a past tense in lower case, and never before a surname: "si odseděl", "jsem
# sepsal", "už odkroutil"
_FIRST_AND_SECOND_PERSON = frozenset("jsem jsi jsme jste".split())
_BEFORE_A_PAST = frozenset("si se jsem jsi jsme jste uz ktery ktera kteri ktere kdo co on ona oni".split())


_WHERE_BEFORE_A_VERB = frozenset("v ve na do k ke u z ze".split())
_CHURCH_WORDS = (
    "kostel", "kapl", "chram", "bazilik", "katedral", "farn", "klaster", "poutn", "svatyn",
    # the houses named after saints: "domov sv. anezky", "Poradna sv. Ludmily"
    "domov", "nemocnic", "poradn", "charit",
)  # fmt: skip


def _verb_after_jsem(text: str, words: list[_Word], at: int) -> bool:
    """A verb after "jsem/jsme" (`at`) in the same clause, past when and where ("jsem dnes v
    Kolíně potkala", "jsme konečně ubytovali", "jsem už volala"); not "jsem dnes na úřadě"."""
    j = at + 1
    while j < len(words) and j - at <= 4 and not text[words[j - 1].end : words[j].start].strip(" "):
        following = words[j]
        if is_verb(following.text) or (
            # a woman's or a plural's past the dictionary lacks beside its man's: "vezla" (vezl)
            following.folded.endswith(("la", "li", "ly", "lo")) and is_verb(following.text[:-1])
        ):
            return True
        if following.folded in _ADVERBS_BEFORE_A_VERB or following.folded in ("uz", "tam", "sem"):
            j += 1
        elif following.folded in _WHERE_BEFORE_A_VERB and j + 1 < len(words):
            j += 2  # "v Kolíně"
        else:
            return False
    return False


_DAYS = frozenset("pondeli utery streda ctvrtek patek sobota nedele".split())


def _square_after(words: list[_Word], index: int) -> bool:
    """ "náměstí" or "nám." right after the word: "havlickove nam." is a square's name."""
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        following is not None
        and following.start - words[index].end == 1  # "zavolat novakove, namesti je zavrene" is her
        and (following.folded == "namesti" or (following.folded == "nam" and _dotted(following)))
    )


def _dotted(word: _Word) -> bool:
    """A word written with a full stop after it ("nám.")."""
    return word.end - word.start > len(word.text)


_A_TOWNS_REST = re.compile(r"\s+(?:nad|pod)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]")


def _find_unlisted_names(text: str, words: list[_Word], ages: list[tuple[int, int]]) -> list[Finding]:
    """Names that are in no list, told by the dictionary: a word no dictionary knows in the
    middle of a sentence, or at its start before a verb, or beside an age, a first name or
    another such word."""
    found: list[Finding] = []
    english = is_english([w.folded for w in words])
    age_starts = [start for start, _ in ages]
    for i, word in enumerate(words):
        if word.folded in _AGE_WORDS:
            continue  # "Věk 19 let": the age itself, no surname Věk
        if word.folded.endswith("iada"):
            continue  # "Komeniáda", "Spartakiáda": an event, no surname ends so
        if word.folded in _DAYS and text[word.end : word.end + 1] == ":":
            continue  # "Pátek: předat spis": a day, not Mr Pátek
        if word.folded.endswith(("ove", "ova", "ovo")) and _square_after(words, i):
            continue  # "na havlickove nam.": a square named after him
        if _nationality(words, i):
            continue  # "klientka je Romka"
        if (
            word.folded.endswith(("l", "la", "li", "ly", "lo"))
            and i + 1 < len(words)
            and words[i + 1].folded in _FIRST_AND_SECOND_PERSON
            and words[i + 1].start - word.end == 1
            # "Vykoukala jsem potkala", "Kubala jsem dnes v Kolíně potkala": the verb comes after,
            # the word before is whom it was done to
            and not _verb_after_jsem(text, words, i + 1)
        ):
            continue  # "Sepsala jsem seznam", "Sepsaly jsme životopis": a past tense, no third person
        if i and words[i - 1].folded in _SAINT and text[words[i - 1].end : word.start].strip(". ") == "":
            continue  # "Dům svatého Josefa, Žireč": a saint's name, and the house's village after it
        if _abbreviated_street_or_river(text, words, i):
            continue  # "tř. Budovatelů 2957", "v Kostelci n. Orl.": a street's or a river's name
        if word.capital and _word_as_surname(text, words, i):
            found.append(Finding("privacy.name", word.text))  # "Sedlák nastupuje", "Berana přiveze"
            continue
        if (
            word.capital
            and word.sentence_start
            and _man_did(words, i)
            and not _is_place(words, i)
            and word.folded not in _place_words()
        ):
            found.append(Finding("privacy.name", word.text))  # "Vomáčka volal"
            continue
        if (
            word.capital
            and word.sentence_start
            and word.text.endswith(("ský", "cký", "ská", "cká"))
            and word.folded not in _place_words()
            and _followed_by_verb(words, i)
        ):
            found.append(Finding("privacy.name", word.text))  # "Hronovský dorazil"
            continue
        close_age = any(0 <= start - word.end <= 2 for start in age_starts)
        beside_first_name = any(
            0 <= j < len(words)
            and words[j].folded in first_names()
            and max(words[j].start - word.end, word.start - words[j].end) <= 2
            and not _is_place(words, j)
            and not (j and words[j - 1].folded in _SAINT)  # "Dům svatého Josefa, Žireč": a saint
            for j in (i - 1, i + 1)
        ) and not (not word.capital and word.folded.endswith(("ame", "ime", "eme")))  # "rozdáváme"
        if not (word.capital or close_age or beside_first_name):
            continue  # most words: lower case, nowhere near a name's company
        if (
            not word.capital
            and not beside_first_name
            and i
            and words[i - 1].folded in _BEFORE_A_PAST
            and _prefixed_past(word.folded)
        ):
            continue  # "který si odseděl 8 let": a verb the dictionary lacks, and the years he served
        if not _outside_dictionary(word, english) or _is_place(words, i) or _named_institution(words, i):
            continue
        if _adjective_and_its_noun(words, i) or _place_adjective_and_its_noun(words, i):
            continue  # "u Krajského úřadu", "s Krajským soudem", "Cochemská praxe"
        if word.folded.endswith("ske") and i + 1 < len(words) and words[i + 1].folded in ("nam", "namesti"):
            continue  # "Jakubské nám.": a square's adjective before its kind

        if _possessive(word):
            continue
        starts = _starts_sentence(text, words, i)
        following = words[i + 1] if i + 1 < len(words) else None
        if close_age and len(word.folded) > 3 and not _where_from(words, i):
            found.append(Finding("privacy.name", word.text))  # "Bohdan 44 let", "Kuneš, 48 let"
            continue
        if beside_first_name:
            found.append(Finding("privacy.name", word.text))  # "zdenek matousek", "Fatima Benali"
            continue
        if not word.capital or _after_place_preposition(words, i):
            continue
        if (
            following is not None
            and following.capital
            and not following.sentence_start
            and following.start - word.end <= 2
            and _outside_dictionary(following, english)
            and not _after_place_preposition(words, i)
            # "U Švejka, Lipnice nad Sázavou": a town of several words after the comma
            and not (
                i > 0
                and words[i - 1].text == "U"
                and "," in text[word.end : following.start]
                and _A_TOWNS_REST.match(text, following.end)
            )
        ):
            found.append(Finding("privacy.name", text[word.start : following.end]))  # "Pawel Mazur"
            continue
        unknown = kind(word.text, english) is Kind.UNKNOWN
        if not unknown and not starts:
            if _after_verb(words, i) and word.folded not in first_names():
                found.append(Finding("privacy.name", word.text))  # "dnes přišel Vojtíšek"
            continue  # a proper noun alone may be a town nobody listed: "Rýnovice", "Chánov"
        if i == 0 and unknown and _shaped_like_a_man(word.text) and _labelled(text, words, i):
            found.append(Finding("privacy.name", word.text))  # "Hanák - PP s dohledem"
            continue
        if i == 0 and _shaped_like_a_man(word.text) and _from_somewhere(words, i):
            found.append(Finding("privacy.name", word.text))  # "Vlček z Mostu chce pomoc"
            continue
        if starts and _described_then_verb(text, words, i, word.folded in first_names()):
            found.append(Finding("privacy.name", word.text))  # "Jirka z ubytovny dnes nastoupil"
            continue
        if (not starts and unknown and not _brand_spelling(word.folded)) or (
            _followed_by_verb(words, i)
            and _shaped_like_a_man(word.text)
            # "ten Facebook zase nefunguje": a brand's spelling inside a sentence is no surname
            and (starts or not _brand_spelling(word.folded))
        ):
            found.append(Finding("privacy.name", word.text))  # "převezme Hanák", "Hanáka převezme"
    return found


# -- dates, numbers, addresses -----------------------------------------------------------

_MONTHS = (
    "ledna unora brezna dubna kvetna cervna cervence srpna zari rijna listopadu prosince "
    "leden unor brezen duben kveten cerven cervenec srpen zari rijen listopad prosinec"
).split()
# the slash may be typed as it is said ("890412 lomeno 3387") or as a dash ("850512-1234")
_BIRTH_NUMBER = re.compile(
    r"(?<!\d)(\d{2})(\d{2})(\d{2})\s*(?:/|-|(?i:lomeno|lomítko|lomitko))?\s*(\d{3,4})(?!\d)"
)
# named as one, in pairs: "RČ: 85 05 12 / 1234"
_SPACED_BIRTH_NUMBER = re.compile(r"(?<!\d)(\d{2})\s(\d{2})\s(\d{2})\s*[/-]?\s*(\d{3,4})(?!\d)")
_FULL_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4}|\d{2})(?![\d])"
    r"|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"
)
_WORDY_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*\.\s*(" + "|".join(_MONTHS) + r")\s+(\d{4})(?!\d)")
_BIRTH_WORDS = re.compile(
    r"(?<![a-z])(nar\b|nar\.|narozen|narozeni|narozeny|narodil|rocnik|roc\.|rok nar|dat\. ?nar|r\. ?nar|"
    r"r\. ?n\.|datum narozeni|narozenin|narozk(?:y|u|ach|am|ami)\b|born\b)"
)
_BIRTH_MARK = re.compile(r"(?:\*|\br\.(?:\s?n\.)?)\s*(\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*)?(\d{4}|\d{2})(?!\d)")
_PARENTHESISED_YEAR = re.compile(r"\((\d{4})\)")
_YEAR = re.compile(r"(?<![\d/.§])(19\d{2}|20\d{2})(?![\d/])")
# "38 let", "45letý", "45-letá", "(29)", "(45 l.)"
_AGE = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*-?\s*(let[a-z]*|roku|rok|r\.|rokov|roků|years|років|лет)(?![a-z])"
    r"|\((\d{1,2})(?:\s*l\.)?\)"
)
_SHORT_NUMBER = re.compile(r"(?<![\d.,/:§-])(\d{2})(?![\d.,/:%]|\s*(?:kc|tis|hod|dn|min|%))")
_STREET = re.compile(
    # "bytem" labels where somebody lives; after an adjective that agrees with it, it is a flat
    # ("pomoc se startovacím bytem")
    r"\b(ul\.|(?<![yi]m )bytem|bydliste|trvale bydliste|c\. ?p\.)\s"
    # "adresa" labels one, not in "(adresa ve spisu)", "adresa neznámá" (nineteenth round)
    r"|\b(?:adresa|adrese)\s(?!(?:je\s+)?(?:ve?\s+(?:spis|system|evidenc|dokumentac|databaz)\w*|"
    r"neznam\w*|neuveden\w*|nezjist\w*|chybi\b|viz\b|zatim\b|nejist\w*|bude\b))"
    # a street or square is an address with its house number ("ulici Komenského 8"), not as a
    # meeting place ("sraz na Palackého náměstí v 10")
    r"|\b(ulice|ulici|namesti|nam\.|trida|tride|tridy|nabrezi|sidliste|sidl\.)\s+(?:[^\W\d_]{3,}\.?\s+){0,3}"
    # a full stop may end the sentence ("bydlí Masarykovo náměstí 100."), not a date or a floor
    r"\d{1,4}(?![\d:]|\.\s*(?:\d|" + "|".join(_MONTHS) + r"|patr))"
    # "Tř. 1. máje 540", "tř. Svobody 12": an avenue, abbreviated, named by a word or a date
    r"|\btr\.\s+(?:\d{1,2}\.\s*)?(?:[^\W\d_]{3,}\.?\s+){1,3}\d{1,4}(?![\d:]|\.\s*\d)",
)
# "Nádražní 12", "Husova 5", "Palackého 1020/5": street names end like adjectives or possessives
_HOUSE_NUMBER = re.compile(
    r"\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]*(?:ní|ova|ová|ově|ská|cká|ské|cké|ého|ovo|ká|ni|ska|cka|eho|ove)\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b"
    # "1020/5" is a house; "108/2006 Sb." is a law; "KL-46/06", "PMS-2024/235" are case codes
    # a street named by a preposition and a noun: "K Nádraží 42", "Na Valech 7", "U Trati 3"
    r"|\b(?:K|Ke|Na|U|Za|Pod|Nad|Před)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b(?![:.,]\d)"
    # a street's adjective declined after a preposition: "na Sokolskou 32", "na Mírovou 12",
    # "v Dlouhé 5", "ve Školní 3"
    r"|\b(?:[Nn]a|[Vv]e?|[Dd]o|[Zz]e?)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+"
    r"(?:skou|ckou|ovou|nou|ské|cké|ové|ném|ském|ckém|ovém|ní|né|ovu|ovy)\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b(?![:.,]\d)"
    # a distance, a time or an anniversary from there: "na Husovu 20 metrů", "na Žižkovu 19. výročí"
    r"(?!\.?\s*(?:km|kilometr|metr|m\b|let|lidí|min|hod|kč|tis|%|výročí|vyroci|zastáv|zastav))"
    r"|(?<![\d/])(?<![A-Za-z]-)\b\d{1,5}/(?!(?:19\d\d|20[0-3]\d)\b)\d{1,4}[a-z]?\b"
    # a house on a housing estate, by its number: "bydlí na sídlišti 1210"
    r"|\b[Ss][ií]dli[sš]t[ěeií]m?\s+\d{1,4}(?:/\d{1,4})?[a-z]?\b(?![.,:]\d|\s*(?:let|lidí|rodin|byt|%))"
)
# not a case code's tail and an age: "K-2026-091 55 let"
_POSTCODE = re.compile(r"(?<![\d-])\d{3}\s\d{2}(?!\d)")
# a note about an office (folded): "sídlo spolku", "odbor MěÚ", "naše poradna", "sekretariát"
_OFFICE = re.compile(
    r"\b(sidl\w*|spol(?:ek|ku)|odbor\w*|urad\w*|meu|up|kancelar\w*|poradn\w*|organizac\w*|"
    r"stredisk\w*|pobock\w*|sekretariat\w*|recepc\w*|ustredn\w*|podateln\w*|link[aye]|vratnic\w*|"
    r"veznic\w*|charit\w*|nadac\w*|centr\w*|sluzb\w*|ambulanc\w*|nemocnic\w*|azyl\w*|nocleharn\w*|"
    r"ubytovn\w*|dpc|firm[aeyou]\w*|podnik\w*|soud|soudu|soudem|gr vs|vs cr|ministerstv\w*|mpsv|msp|pms|"
    r"magistrat\w*|ospod|radnic\w*|pracovist\w*|dc|zasedac\w*|orp|vydejn\w*|kontaktni\w* mist\w*|"
    r"nizkoprah\w*)\b"
)
# where an event or a group meets, also where a client goes: an office's only as the label its
# sentence starts with ("Seminář: ...", "Klub Fénix, Palackého 12") or in a sentence about no
# client ("Workshop v sále Marianum, Českobratrská 1"); "Klient byl na školení, kontakt: Husova 5"
# is his address
_EVENT = re.compile(
    r"\b(klub\w*|sal|salu|sale|seminar\w*|workshop\w*|skoleni|kurz\w*|konferenc\w*|prednask\w*|"
    r"ucastnik\w*|kavarn\w*|setkani|"
    # where an event takes place, or a meeting of a body: "Tyršova 1621 – tělocvična, místo
    # konání", "zasedání pracovní skupiny na náměstí ... 1", "změna místa: ... Palackého 3"
    r"telocvic\w*|mist[aou]? konani|zmen\w* mista|zasedani)\b"
)
_OFFICE_OR_EVENT = re.compile(_OFFICE.pattern + "|" + _EVENT.pattern)
# where somebody lives or moved: in a note about an office it makes the note somebody's
# or sleeps ("spí na Husova 5", "přespává u kamaráda", "nocuje v garáži")
_HOME = r"bydl(?!eni)\w*|bytem|zij\w*|hlasen\w*|pobyt\w*|prestehoval\w*|doma|spi|spal\w*|prespav\w*|nocuj\w*"
# ... and what makes it about somebody: a client, his family, where he lives, his mobile
_PRIVATE = re.compile(
    # a client, not clients: "objednávání klientů" is about everybody
    r"\b(kl|klient|klienta|klientovi|klientem|klientk[aeyuo]\w*|klientce|klientov[aeuoy]?\w*|klientuv|"
    r"odsouzen[yaou]|odsouzeneho|chalup\w*|chat[aeuy]|ded[aeuy]|dedou|dedem|dedov\w*|"
    r"odsouzenemu|obvinen[yaou]|matk\w*|mam[aey]|otec|otce|otci|tat[ay]|syn\w*|dcer\w*|"
    r"babick\w*|dedeck\w*|sestr\w*|bratr\w*|partner\w*|pritel\w*|soused\w*|manzel\w*|druh|"
    r"druzk\w*|tet[ayeu]|stryc\w*|kamarad\w*|mobil\w*|soukrom\w*|pevn\w*|" + _HOME + r"|"
    # kin as spoken and by marriage: "strejda má dům v Loučce č. p. 44", "u ségry", "tchyně"
    r"strejd\w*|brach\w*|segr\w*|bratran\w*|sestrenic\w*|svagr\w*|tchan\w*|tchyn\w*|vnuk\w*|vnuck\w*|"
    r"neter\w*|synovc\w*|synovec|"
    # kin in the cases whose stem changes: "půjde k babičce", "u mamky", "s družkou", "matce"
    r"babicc\w*|matce|mamink\w*|mamince|mamk\w*|mamc\w*|druzce|dedeckov\w*|"
    r"domu|pan|pana|panu|pani|pi|pripad\w*|nov\w* adres\w*|po propusteni|ov-\d+|k-\d{4}-\d+|"
    # a client's case code ("KL-07/13", "PMS-2024/235"); a family house is a home
    r"kl-\d+/\d+|pms-\d{4}/\d+|rodinn\w* (?:dum|dom\w*))\b"
)
_LIVES_AT_A_LOWER_CASE_STREET = re.compile(
    # no "v"/"na" before it: "bydli na oddeleni 5", "ve vezeni 2", "na strahove 3" are places
    r"\b(?:bydli|bydlela?|bydleli|zije|ziji|bydliste)\s+(?:ul\.?\s+|ulici\s+)?"
    r"([a-z]{3,}(?:ova|ska|cka|ni|na|ho|ove|ske|cke)\s+\d{1,4}(?:/\d{1,4})?)\b"
    r"(?![+])(?!\s*(?:let|roku|rok|mesic|tyd|dn|hod|kk|lid|osob|semestr|luz|pokoj|pater|patr))"
)
_NONE_TO_GIVE = re.compile(r"\b(?:nema|nemaji|nemela?|bez)\s+(?:trval\w*\s+)?$")
# an office's address in a note typed in a hurry: "poradna se prestehovala na palackeho 12, kolin"
_AN_OFFICE_IN_LOWER_CASE = re.compile(
    r"\b(?:poradn|urad|uradu|soud|ohlasovn|charit|knihovn|pracak|azyl|nocleh|up\b|pms\b|ospod)"
)
_WHEN_WORDS = ("kazd", "prist", "minul", "ranni", "odpoledn", "nocni", "denni", "vecern", "tydenn", "mesicn")
_LOWER_CASE_STREET_AND_TOWN = re.compile(
    r"(?<![\w.])([a-z]{3,}(?:ova|ska|cka|ni|ho|ove|ske|cke)\s+\d{1,4}(?:/\d{1,4})?[a-z]?)"
    r"\s*,?\s+(?:ve?\s+)?([a-z]{3,})(?:-[a-z]+)?\b"
)
# where somebody lives, for a village's house number ("žije v chatě, Kamenice 48")
_LIVES = re.compile(
    r"\b(" + _HOME + r"|chat[aeuy]|chalup\w*|podnaj\w*|adres\w*|doruc\w*|rodinn\w* (?:dum|dom\w*))\b"
)
_VILLAGE_HOUSE = re.compile(r"\b([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]{2,})\s+(\d{1,4})(?![\d/:]|[.,]\d)")
# whom a service is for, nobody in particular: "azylový dům pro matky s dětmi"
# an institution's house is nobody's home: "recepce azylového domu", "Dětský domov", "Dům dětí"
_INSTITUTION_HOUSE = re.compile(
    r"\b(?:azylov|detsk|obecn|kulturn|pecovatelsk|seniorsk|zdravotn|krizov)\w* dom\w*"
    r"|\b(?:dum|dom\w*) (?:deti|sluzeb|senioru|na puli? cesty)\b"
)
_GENERAL = re.compile(
    # bydliště as a notion: "lékař v místě bydliště"
    r"\bmist\w* (?:trvaleho )?bydliste\b"
    r"|\bpro (?:matky|otce|rodice|rodiny|deti|muze|zeny|seniory|mladistve|klienty|partnerky|partnery|blizke|"
    r"pozustale)\b"
)
_WORK_PHONE = re.compile(r"\bsluzebni (?:mobil|telefon|cislo)\w*")
_NUMBERED_TOWNS = frozenset({"praha", "prahy", "praze", "prahu", "prahou"})  # "Praha 8" is a district
# an identity document and its number: "OP č. 215487963", "pas CZ 40112233", "číslo OP 2045..."
_DOCUMENT = re.compile(
    r"\b(op|obcansk\w* prukaz\w*|obcank\w*|pas|pasu|pasem|cestovni\w* pas\w*|"
    r"povoleni k pobytu|prukaz\w*|viz[aou]m?|\w*doklad\w*|rp|ridick\w*|ridicsk\w*|ridicak\w*)\b"
)
# a document's own number after "č.", in any shape: "průkaz ZTP č. 123/2019/K", "OP č. AB-12345"
# (a law's is none: "podle zákona č. 108/2006 Sb.")
_DOCUMENT_NUMBERED = re.compile(
    r"(?:\s+[a-z]{2,8})?\s+(?:c\.|cislo)\s?((?=[\w/-]*\d[\w/-]*\d[\w/-]*\d[\w/-]*\d)[a-z0-9][\w/-]{4,})(?![\w/-]|\s*sb\b)"
)
_DOCUMENT_NUMBER = re.compile(r"(?<![\d/.])[a-z]{0,2}\s?\d(?:\s?\d){5,9}(?![\d/])")
# a bank account: "2201334455/2010", "19-2000145399/0800"; not a file number ("č. j. 1234/2026")
_ACCOUNT = re.compile(
    r"(?<![\d/-])(?:\d{1,6}-)?\d{6,10}/\d{4}(?![\d/])"
    r"|\b[a-z]{2}\d{2}(?: ?\d{4}){4,6}(?!\d)"  # an IBAN: "CZ65 0800 0000 1920 0014 5399"
)
# money given to an organisation: "transparentní účet sbírky", "dary na účet"
_COLLECTION = re.compile(r"\b(?:transparentn\w*|sbirk\w*|sbirkov\w*|dar|dary|daru|darcovsk\w*)\b")
_BANK_CODE = re.compile(r"/\d{4}(?![\d/])")
_FILE_NUMBER = re.compile(r"(?:c\. ?j\.|cj\.?|sp\. ?zn\.|zn\.)[^\d]*$")
_FREE_MAIL = frozenset(
    "gmail.com seznam.cz email.cz centrum.cz post.cz volny.cz atlas.cz tiscali.cz quick.cz outlook.com "
    "hotmail.com yahoo.com icloud.com live.com gmx.com gmx.de azet.sk zoznam.sk ukr.net mail.ru "
    "yandex.ru protonmail.com proton.me".split()
)
_MAILBOX_WORDS = frozenset(
    "info podatelna office kontakt kontakty recepce sekretariat posta mail admin kuratori kuratorka "
    "kurator socialni odbor poradna kancelar objednavky dotazy ospod spod sas pms up urad pomoc".split()
)
_PHONE = re.compile(r"(?<![\d/])(\+?420[\s-]*)?\d{3}[\s-]?\d{3}[\s-]?\d{3}(?![\d/])")
# a mobile typed with dots or spaced dashes: "777.123.456", "602 - 123 - 456" (not a sum:
# "125.000.000 Kč", "100 - 200 - 300 Kč")
_DOTTED_MOBILE = re.compile(
    r"(?<![\d.])[67]\d{2}(?:\.|\s-\s)\d{3}(?:\.|\s-\s)\d{3}(?![\d.]|\s*(?i:k[čc]|czk|eur|,-))"
)
# a foreign number with its country code: "+44 7700 918 442", "+421 905 123 456", "+380501234567"
# (not a sum: "+12 500 000 Kč")
_FOREIGN_PHONE = re.compile(
    r"(?<![\w+])\+(?!420)[1-9]\d{0,2}(?:[\s-]?\d){7,12}(?![\d/]|[\s,.]*(?i:k[čc]|eur|czk|usd|%|tis|mil))"
)
# ... or with "00" for the plus, after a word for a phone: "Telefon: 00421905123456"
_ZEROS_PHONE = re.compile(
    r"\b(?:tel\w*|mobil\w*|cisl\w*|volat|kontakt\w*|whatsapp|viber)\b[^\d\n]{1,20}?"
    r"(00\s?(?!420)[1-9](?:[\s-]?\d){9,13})(?![\d/])"
)
# a number typed partly in words, as it is said: "sedm sedm sedm / 41 / 22 / 90"
_DIGIT_WORDS = {
    "nula": "0", "jedna": "1", "dva": "2", "dve": "2", "tri": "3", "ctyri": "4", "pet": "5", "sest": "6",
    "sedm": "7", "osm": "8", "devet": "9",
}  # fmt: skip
_SPOKEN_NUMBER = re.compile(
    r"(?<![\w/])(?:(?:" + "|".join(_DIGIT_WORDS) + r"|\d{1,3})(?:\s*[/,.-]?\s*)){4,12}(?![\w/])"
)
# (a local part of word characters, starting where one starts: a 10,000-character token without
# "@" is read once, not from each of its characters; a second address glued to the first by
# punctuation is found too: "info@spolek.cz;novak@seznam.cz")
_EMAIL = re.compile(r"(?<![\w.+%'-])[\w.+%'-]+@[^\s@]+\.[a-z]{2,}", re.IGNORECASE)
# an e-mail with its "@" and dots said in words, folded: "novak zavinac seznam.cz", "jana (at) email
# tecka cz"
_SAID_EMAIL = re.compile(
    r"\b[a-z0-9][\w.-]*\s*(?:zavinac|\(at\)|\[at\])\s*[a-z0-9][\w-]*\s*(?:\.|\s+tecka\s+)\s*(?:cz|sk|com|eu|net|org)\b"
)


def _valid_birth_number(yy: str, mm: str, dd: str, tail: str) -> bool:
    month = int(mm)
    if month > 70:
        month -= 70
    elif month > 50:
        month -= 50
    elif month > 20:
        month -= 20
    if not 1 <= month <= 12 or not 1 <= int(dd) <= 31:
        return False
    if len(tail) == 4:
        number = int(yy + mm + dd + tail)
        return number % 11 == 0 or (int((yy + mm + dd + tail)[:9]) % 11 == 10 and tail[-1] == "0")
    return True  # 9 digits: born before 1954, no check digit


def _birth_year(year: str, current: int, *, marked: bool, child: bool = False) -> bool:
    """A grown-up's birth year: 1920..14 years ago; two digits count when marked ("nar. 85")
    or when they cannot be a recent year ("3.5.85"). `child`: a date said to be a birth ("se
    narodilo 3. 4. 2025"), any past year."""
    if len(year) == 4:
        return 1900 <= int(year) <= (current if child else current - 14)
    two = int(year)
    return marked or two > (current % 100) + 1


_BIRTH_PLACE = re.compile(r"\bmist[aouey]?m? $")
_ORDINAL_BEFORE = re.compile(r"\d\s*\.\s*$")
_ERA_AFTER = re.compile(r"desat|tisic|stoleti|valk|valc|revoluc|\blet\b|\broku?\b|\broce\b|narozen")
_SCHOOL_YEAR_BEFORE = re.compile(
    r"\b(?:pripravn[iy]\w*|prvni\w*|druh[ye](?:ho|m|mu)?|treti\w*|ctvrt[ye](?:ho|m|mu)?|"
    r"pat[ye](?:ho|m|mu)?|sest[ye](?:ho|m|mu)?|sedm[ye](?:ho|m|mu)?|osm[ye](?:ho|m|mu)?|"
    r"devat[ye](?:ho|m|mu)?|posledni\w*|nult[ye](?:ho|m|mu)?)\s+$"
)
_DATES_OF_BIRTH = re.compile(r"\b(?:data|datum|dat\.)\s*$")


def _birth_word(folded: str) -> re.Match[str] | None:
    """A word that marks a birth date ("nar.", "ročník 1985"); "2. ročník" is an edition or a
    school year."""
    for match in _BIRTH_WORDS.finditer(folded):
        if (
            match.group(0).startswith("roc")
            and (
                _ORDINAL_BEFORE.search(folded[: match.start()])
                or (
                    _SCHOOL_YEAR_BEFORE.search(folded[: match.start()])
                    # "první ročník 1985", "druhy rocnik asi 90", "; 12. 5. 2017": a birth year after it
                    and not re.search(r"\d", folded[match.end() :])
                    # "první ročník osmdesátých let", "první ročník po válce": a generation, in words
                    and not _ERA_AFTER.search(folded[match.end() : match.end() + 40])
                )
            )
        ):
            continue  # "2. ročník", "přípravný ročník", "první ročník": a school year
        if _BIRTH_PLACE.search(folded[max(0, match.start() - 8) : match.start()]):
            continue  # "místo narození": where, not when
        return match
    return None


def _birth_dates(note: str, folded: str, current: int) -> list[Finding]:
    found: list[Finding] = []
    word = _birth_word(folded)
    marked = word is not None
    for match in _FULL_DATE.finditer(note):
        year = match.group(3) or match.group(4)
        day, month = (match.group(1), match.group(2)) if match.group(3) else (match.group(6), match.group(5))
        if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            continue
        if _birth_year(
            year,
            current,
            marked=marked or "*" in note[max(0, match.start() - 3) : match.start()],
            child=marked,
        ):
            found.append(Finding("privacy.birth_date", match.group(0)))
    for match in _WORDY_DATE.finditer(folded):
        if _birth_year(match.group(3), current, marked=marked, child=marked):
            found.append(Finding("privacy.birth_date", match.group(0)))
    for match in _BIRTH_MARK.finditer(folded):
        if _birth_year(match.group(2), current, marked=True):
            found.append(Finding("privacy.birth_date", match.group(0)))
    for match in _PARENTHESISED_YEAR.finditer(note):
        if _birth_year(match.group(1), current, marked=False):
            found.append(Finding("privacy.birth_date", match.group(0)))
    if word is not None and not found:
        named_only = word.group(0).startswith("dat") or _DATES_OF_BIRTH.search(folded[: word.start()])
        given = folded[word.end() : word.end() + 40]
        if named_only and not re.search(r"\d", given):
            # "nepište do poznámek jména ani data narození", "Věznice ..., Soudní 1672/1a – uvést
            # jméno a datum narození": the field named, no date after it
            return found
        if (
            _NO_DATE_AFTER.match(folded, word.end())
            or (_born_in_a_country(note, word.end()) and not _year_right_before(folded, word.start()))
        ) and not re.search(r"\d", given):
            return found  # "ročník neuveden", "narozen v zahraničí": no date is given
        if folded.startswith(("narozenin", "narozk"), word.start()) and not _A_DAY_SAID.search(
            re.sub(_CODE, " ", folded)
        ):
            return found  # "dopis k narozeninám": a birthday, no day said anywhere in the note
        found.append(Finding("privacy.birth_date", word.group(0)))
    return found


# a day said in digits, by its month, an ordinal or a holiday: "patnáctého března", "na Silvestra"
_A_DAY_SAID = re.compile(
    r"\d|\b(?:"
    + "|".join(_MONTHS)
    + r"|\w*(?:prvn|druh|tret|ctvrt|pat|sest|sedm|osm|devat|dest|nact|cat)(?:eho|iho|emu)|"
    r"silvestr\w*|stedr\w*|vanoc\w*|velikonoc\w*|maj[ea]|cervenc\w*|unor\w*|rijn\w*|dub\w*)\b"
)


# ... but not a year since or until when: "V ČR od 2015, narozena na Ukrajině"
_YEAR_RIGHT_BEFORE = re.compile(r"(?<![\d/.§])(?<!\bod )(?<!\bdo )(?<!\broku )(?:19|20)\d{2}\s*[,;:–—-]?\s*$")


def _year_right_before(folded: str, at: int) -> bool:
    """A year just before a birth word, a case code's digits aside: "K-0042: 1985, narozen v
    Polsku" gives the date before the verb."""
    uncoded = re.sub(_CODE, lambda code: " " * len(code.group(0)), folded[max(0, at - 40) : at])
    return bool(_YEAR_RIGHT_BEFORE.search(uncoded))


# what follows a birth word when no date is given: "ročník neuveden", "narozen v zahraničí"
_NO_DATE_AFTER = re.compile(
    r"\w*[\s:,]*(?:neuveden\w*|neznam\w*|nezjisten\w*|nedolozen\w*|\?|"
    r"(?:v|ve) (?:zahranici|cizine|jine zemi)|mimo (?:cr|eu|cesko|republiku))"
)
# where somebody was born, a country, and no date: "narozen na Slovensku", "narozena ve
# Vietnamu" (knowledge/countries.txt); "narozen v Opavě" locates him
_BORN_IN = re.compile(r"\w*[\s,]*(?:v|ve|na)\s+([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w{2,})(?=[\s.,;:?!)–-]|$)")


@cache
def _countries() -> tuple[frozenset[str], tuple[str, ...]]:
    """The countries of knowledge/countries.txt: their stems, and their names folded."""
    names = _lines("countries.txt")
    return frozenset(stem(name) for name in names), tuple(fold(name) for name in names)


def _born_in_a_country(note: str, at: int) -> bool:
    """ "narozen na Slovensku": a country after the birth word that ends at `at`."""
    match = _BORN_IN.match(note, at)
    if match is None:
        return False
    stems, names = _countries()
    return stem(match.group(1)) in stems or fold(match.group(1)).startswith(names)


_ENGLISH_MONTHS = frozenset({"jan", "april", "may", "june", "july", "august"})


def _has_age_or_year(note: str, folded: str, current: int, words: list[_Word]) -> bool:
    if _AGE.search(folded) or _birth_word(folded):
        return True
    if any(_birth_year(m.group(1), current, marked=False) for m in _YEAR.finditer(note)):
        return True
    # "Jana 85", "Petr 79": a two-digit number right after a first name
    for match in _SHORT_NUMBER.finditer(note):
        before = [w for w in words if w.end <= match.start()]
        if before and before[-1].folded in first_names() and match.start() - before[-1].end <= 3:
            if before[-1].folded in _ENGLISH_MONTHS and is_english([w.folded for w in words]):
                continue  # "deadline Jan 15 for the report": a date
            return True
    return False


def find_personal_data(
    note: str, *, today: date | None = None, public: bool = False, organisations: Iterable[str] | None = None
) -> list[Finding]:
    """What in `note` looks like personal data of a person; empty when nothing does.

    `public` texts (a service's description, an event's place, a message to attendees) may
    hold an organisation's address, phone and e-mail; names and birth data never.
    `organisations`: the names of organisations known to be no person; by default those of the
    sample and of the live knowledge base (`learn_organisations`, at the answer index's build)."""
    note = normalise(note)
    found: list[Finding] = []
    folded = fold(note)
    current_year = (today or utc_now().date()).year
    # a health insurance number is the birth number: "číslo pojištěnce 8703141234"
    # ("kartička pojištěnce 7901011234", "pojištěnec č. 8605121234")
    named = bool(
        re.search(r"\b(rc|r\. ?c\.?|rodne (?:cislo|c\.)|pojistenc\w*|c\. ?poj\w*)(?:\b|(?<=\.))", folded)
    )
    for match in _BIRTH_NUMBER.finditer(note):
        if (
            not named
            and _BANK_CODE.match(note, match.end())
            and not (public and _valid_birth_number(*match.groups()))
        ):
            # "2901234567/2010": an account and its bank's code, judged as an account below; a
            # public text judges no account, so there a valid birth number stays one
            continue
        if named or _valid_birth_number(*match.groups()):
            found.append(Finding("privacy.birth_number", match.group(0)))
    if named:
        found += [Finding("privacy.birth_number", m.group(0)) for m in _SPACED_BIRTH_NUMBER.finditer(note)]
    found += _birth_dates(note, folded, current_year)
    known = current_names() if organisations is None else _given(tuple(organisations))
    found += _names(note, folded, current_year, known, public=public)
    if _shouting(note) and not is_english(re.findall(r"[a-z]+", folded)):
        # "POZOR - KOLÁŘ MÁ ZÁKAZ": in capitals every word looks like a name and none does;
        # read again as a worker would have typed it ("Pozor - Kolář má zákaz"). In the note as
        # typed, a title before a verb names nobody ("KLIENTKA PORODILA", "KLIENT SE NEDOSTAVIL")
        found = [finding for finding in found if not _shouted_title_and_verb(finding.excerpt)]
        found = [finding for finding in found if _listed_in_capitals(note, finding)]
        found += _names(_unshouted(note), folded, current_year, known, public=public)
    found += _documents(folded)
    found += _plates(note, folded)
    if public:
        # a private or home phone or mailbox is a person's, in a service's or event's text too
        # (a case text refuses every phone already)
        return _unique(found + _private_contacts(note) + _contacts_of_a_named_person(note))
    # an office's address, switchboard or helpline, in a note about nobody's private life
    # ("služební mobil terénní pracovnice" is the office's)
    about = _about(folded)
    # a person named in the note makes it somebody's: "Kontaktní místo: Novák, Husova 5"
    named = any(finding.reason == "privacy.name" for finding in found)
    office = _about_an_office(about) and not named
    # a mobile is the office's only when said to be a work phone, in a service's text, at an
    # institution's house or a moved office's; never by "naše …" or "pro matky" anywhere in it
    work = any(
        pattern.search(folded) for pattern in (_WORK_PHONE, _SERVICE_LABEL, _INSTITUTION_HOUSE, _OFFICE_MOVED)
    )
    if not office:
        found += _addresses(note, about, folded)
    for match in _PHONE.finditer(note):
        near = _office_near(note, folded, *match.span())
        ours = _our_label(note, folded, match.start())
        if not (ours or _office_phone(match.group(0), office or near, work=work)):
            found.append(Finding("privacy.phone", match.group(0)))
    for match in _DOTTED_MOBILE.finditer(note):
        if not (
            _our_label(note, folded, match.start())
            or _office_phone(match.group(0), office or _office_near(note, folded, *match.span()), work=work)
        ):
            found.append(Finding("privacy.phone", match.group(0)))
    for match in _FOREIGN_PHONE.finditer(note):
        if not (office or _office_near(note, folded, *match.span())):
            found.append(Finding("privacy.phone", match.group(0)))
    for match in _ZEROS_PHONE.finditer(folded):
        if not (office or _office_near(note, folded, *match.span(1))):
            found.append(Finding("privacy.phone", match.group(1)))
    found += _spoken_phones(note, folded, office)
    for match in _EMAIL.finditer(note):
        if not _office_mailbox(match.group(0)):
            found.append(Finding("privacy.email", match.group(0)))
    for match in _SAID_EMAIL.finditer(folded):
        address = re.sub(r"\s*(?:zavinac|\(at\)|\[at\])\s*", "@", match.group(0))
        if not _office_mailbox(re.sub(r"\s+tecka\s+", ".", address)):
            found.append(Finding("privacy.email", note[match.start() : match.end()]))
    found += _handles(note, folded, office)
    for match in _ACCOUNT.finditer(folded):
        if office or (_COLLECTION.search(about) and not _PRIVATE.search(about)):
            break  # "Číslo účtu organizace pro dary", "transparentní účet sbírky": an organisation's
        if _office_near(note, folded, *match.span(), collection=True):
            continue  # "Účet pro dary organizace: 2100123456/2010" in a note about a client too
        if not _FILE_NUMBER.search(folded[max(0, match.start() - 12) : match.start()]):
            found.append(Finding("privacy.account", match.group(0)))
    return _unique(found)


def _addresses(note: str, folded: str, plain: str) -> list[Finding]:
    """`folded`: the note folded, places that are no address taken out ("v místě bydliště");
    `plain`: the note folded, as long as the note."""
    found = []
    general = _GENERAL.sub(lambda m: " " * len(m.group(0)), plain)
    streets = [
        m
        for m in _STREET.finditer(general + " ")
        if not _office_near(note, plain, *m.span())
        # "nemá trvalé bydliště", "bez trvalého bydliště": none to give
        and not _NONE_TO_GIVE.search(general[max(0, m.start() - 20) : m.start()])
    ]
    if _STREET.search(folded + " ") and streets:
        found.append(Finding("privacy.address", streets[0].group(0).strip()))
    elif postcode := next(
        (m for m in _POSTCODE.finditer(note) if not _office_near(note, plain, *m.span())), None
    ):
        found.append(Finding("privacy.address", postcode.group(0)))
    birth_numbers = [m.span() for m in _BIRTH_NUMBER.finditer(note)]
    for match in _HOUSE_NUMBER.finditer(note):
        if _office_near(note, plain, *match.span()):
            continue  # "v sídle střediska PMS Jihlava, Komenského 22": the office's address
        if fold(match.group(0)) in _numbered_names():
            continue  # "zkuste Slovo 21": an organisation whose name ends in a number
        inside = any(start <= match.start() < end for start, end in birth_numbers)
        if match.group(0)[:1].isdigit() and _FILE_MARK.search(
            note[max(0, match.start() - 14) : match.start()]
        ):
            continue  # "120 EX 4455/22", "2 T 45/2025": a court's or bailiff's file number
        if not inside and not _looks_like_age(note, match):
            found.append(Finding("privacy.address", match.group(0)))
    # typed in a hurry, a street's adjective in lower case: "bydli hornicka 33 v karvine"
    found += [Finding("privacy.address", m.group(1)) for m in _LIVES_AT_A_LOWER_CASE_STREET.finditer(plain)]
    lives = bool(_LIVES.search(folded))
    # "bydli u kamarada, delnicka 45 karvina", "adresu na vysluni 8, ostrava-poruba": a street in
    # lower case, its house number and a town after it, where somebody lives
    found += [
        Finding("privacy.address", m.group(1))
        for m in _LOWER_CASE_STREET_AND_TOWN.finditer(plain)
        if m.group(2) in _place_words()
        # "každého 15 ve Zlíně", "ranní 6 v Plzni", "od příštího 3 v Kolíně": a day or a shift
        and not m.group(1).startswith(_WHEN_WORDS)
        and _LIVES.search(plain, max(0, m.start() - 40), m.start())
        and not _AN_OFFICE_IN_LOWER_CASE.search(plain, max(0, m.start() - 40), m.start())
        and not _office_near(note, plain, *m.span())
    ]
    # "žije v chatě, Kamenice 48": a village's house number, where somebody lives; "Kostelec 120
    # – otec kl.": whose home it is, said right after it
    for match in _VILLAGE_HOUSE.finditer(note):
        whose = _WHOSE_HOME.match(plain, match.end()) or _KIN_THEN_HOUSE.search(
            plain, max(0, match.start() - 40), match.start()
        )
        if lives or whose:
            if (
                not _YEAR.fullmatch(match.group(2))
                and not _office_near(note, plain, *match.span())
                and fold(match.group(1)) not in _NUMBERED_TOWNS
                and not _looks_like_age(note, match)
            ):
                found.append(Finding("privacy.address", match.group(0)))
    return found


@cache
def _numbered_names() -> frozenset[str]:
    """Organisations and brands whose name is a word and a number ("Slovo 21"), folded: shaped
    as a street and its house number, and no address."""
    names = _lines("field_organisations.txt") + _lines("brands.txt")
    return frozenset(fold(name) for name in names if re.fullmatch(r"[^\W\d_]+ \d{1,4}", name))


# ... or right before it: "máma klientky, Horní Lhota 33", "u strejdy: Dolní Újezd 12"
_KIN_THEN_HOUSE = re.compile(
    r"\b(?:mam[aeyu]|mamk\w*|matk\w*|otec|otce|tat[aeyu]|strejd\w*|stryc\w*|tet[aeyu]|babick\w*|"
    r"dedeck\w*|ded[aeuy]|sestr\w*|segr\w*|bratr\w*|brach\w*|rodic\w*|druzk\w*|pritel\w*)\b"
    r"[^.;,:–-]{0,25}[,:–-]\s*(?:[a-z]+\s+)?$"
)


# whose home a village's house number is, said right after it: "Kostelec 120 – otec kl.",
# "Dolní Újezd 45, okr. Svitavy – rodiče kl."
_WHOSE_HOME = re.compile(
    r"[\s,–-]*(?:okr\.?\s+\w+[\s,–-]*)?(?:rodic\w*|otec|otce|matk\w*|mam[aey]|tat[aey]|babick\w*|dedeck\w*|"
    r"sestr\w*|bratr\w*|klient\w*|kl\.|byt\b)"
)


# a file number's register before "4455/22": "120 EX", "2 T", "12 Nt", "INS", "sp. zn."
_FILE_MARK = re.compile(
    r"(?:\b\d{1,4}\s?[A-Z][A-Za-z]{0,3}|\bINS|\bEXE?|\bsp\.\s?zn\.|\bč\.\s?j\.|\bČj\.)\s*$"
)
# a social network's handle: "ig @lucka_kl99", "discord: kuba_hora#4421", "instagram: anetka.b"
_AT_HANDLE = re.compile(r"(?<![\w.@])@[a-z0-9_.]{3,}(?![\w@]*\.[a-z]{2,}\b)", re.IGNORECASE)
_NETWORK = re.compile(
    r"\b(?:ig|insta|instagram\w*|tiktok\w*|fb|facebook\w*|telegram\w*|discord\w*|snapchat\w*|snap|"
    r"twitter\w*|x\.com|threads|signal\w*|whatsapp\w*|messenger\w*|skype\w*|profil\w*)\b"
    r"\s*(?::|jako|pod)?\s*(@?[a-z0-9][a-z0-9_.#]{2,}[a-z0-9])"
)


def _handles(note: str, folded: str, office: bool) -> list[Finding]:
    """A person's handle on a social network: "@kral_severu", "instagram: anetka.b"; an office's
    own handle ("FB poradny @charitaopava") in a note about no client passes."""
    found = [Finding("privacy.handle", m.group(0)) for m in _AT_HANDLE.finditer(note)]
    for match in _NETWORK.finditer(folded):
        handle = match.group(1)
        if handle.startswith("@") or re.search(r"[_.#\d]", handle):
            found.append(Finding("privacy.handle", handle))
    if office:
        # a handle built on a first name is a person's, whatever office the note is about
        # ("@pavel_krnov vyhrožuje úřadům")
        found = [f for f in found if _first_name_inside(f.excerpt)]
    return found


def _first_name_inside(handle: str) -> bool:
    return any(len(part) >= 3 and part in first_names() for part in re.split(r"[^a-z]+", fold(handle)))


def _documents(folded: str) -> list[Finding]:
    """An identity card's, a passport's or a residence permit's number ("pas č. 45128796",
    "OP 204518736", "vietnamský pas C1234567")."""
    found = []
    for match in _DOCUMENT.finditer(folded):
        # the number starts within 25 characters, and may be typed in pairs and triples ("občanky
        # klienta, číslo je 21 45 78 903")
        number = _DOCUMENT_NUMBER.search(folded, match.end(), match.end() + 45)
        if number is not None and number.start() - match.end() > 25:
            number = None
        if number is not None and sum(c.isdigit() for c in number.group(0)) >= 6:
            found.append(Finding("privacy.document", f"{match.group(0)} {number.group(0).strip()}"))
        elif numbered := _DOCUMENT_NUMBERED.match(folded, match.end()):
            found.append(Finding("privacy.document", f"{match.group(0)} {numbered.group(1)}"))
    return found


def _spoken_phones(note: str, folded: str, office: bool) -> list[Finding]:
    """A phone number typed with some digits as words ("sedm sedm sedm / 41 / 22 / 90"): nine
    digits, the first a mobile's 6 or 7, and at least one digit said as a word, two when commas
    part them; or typed in ones and twos with spaces ("7 7 7 1 2 3 4 5 6"; other numbers typed
    in digits are `_PHONE`'s)."""
    found = []
    for match in _SPOKEN_NUMBER.finditer(folded):
        parts = re.findall(r"[a-z]+|\d+", match.group(0))
        said = sum(part.isalpha() for part in parts)
        if "," in match.group(0) and said < 2:
            continue  # a list of counts: "šest, 14, 22, 31, 40"
        if not said and (not re.fullmatch(r"[\d ]+", match.group(0).strip()) or max(map(len, parts)) > 2):
            continue  # in digits only, a number is `_PHONE`'s unless typed digit by digit ("7 7 7 1 2 3 ...")
        digits = "".join(_DIGIT_WORDS.get(part, part) for part in parts)
        if len(digits) == 9 and digits[0] in "67" and not office:
            found.append(Finding("privacy.phone", note[match.start() : match.end()].strip(" ,./-")))
    return found


# -- eighteenth round: a phone or mailbox said to be somebody's own, private or at home; a public
# text (a service's, an event's) may give the office's numbers, never these. Narrowed after a
# review: only these exact cues, no bare "domů" or "na doma", no "osobní kontakt"
_OWN_VALUE = (
    r"(?:mobil(?:u|em)?\b|(?:telefonni\s+)?cisl(?:o|a|u|em)\b|telefon(?:u|em)?\b|tel\b"
    r"|(?:e-?)?mail(?:u|em)?\b)"
)
_OWN_CONTACT = re.compile(
    # "soukromé číslo", "soukromý mobil", "na můj soukromý", "603 111 222 (soukromý)"
    r"\bsoukrom(?:y|e|ou)\s+" + _OWN_VALUE + r"|\bna\s+muj\s+soukromy\b|\(\s*soukrom(?:y|e|a)\s*\)"
    # "osobní mail", "domácí telefon"; not "osobní kontakt", "osobní telefonická konzultace"
    r"|\b(?:osobni|domaci)\s+" + _OWN_VALUE
)
# "volejte koordinátorce domů", "telefon domů" ("domů" typed as "domuu" here)
_HOME_CALL = re.compile(r"\b(?:volejte|zavolejte|piste|napiste)((?:\s+\w+){0,2})\s+domuu\b")
_HOME_LINE = re.compile(r"\b(?:telefon|linka|linku|lince|cislo)\s+domuu\b")
# the words a home call may name (to whom): "volejte mi domů", "zavolejte koordinátorce domů";
# not "zavolejte si taxi domů", "zavolejte lékaře domů" (who comes to one's home)
_TO_WHOM = frozenset(
    {"mi", "mu", "ji", "nam", "jim", "mne", "koordinatorce", "koordinatorovi", "vedouci", "vedoucimu",
     "kolegovi", "kolegyni", "pracovnici", "pracovnikovi", "socialni"}
)  # fmt: skip
# "Soukromé číslo klientů nezveřejňujeme": a rule about private numbers names nobody's
_NOT_GIVEN = re.compile(r"\bne(?:zverejnuj|pouzivej|pouzivam|davej|davam|sdeluj|uvadej|piste|volejte)\w*")
# typed without diacritics, "domu" is home only after "volejte" or in "telefon domu", "cislo domu";
# never in a note naming a house ("Azylovy dum", "dum na pul cesty", "recepce domu")
_HOME_BARE_CALL = re.compile(r"\b(?:volejte|zavolejte)((?:\s+\w+){0,2})\s+domu\b")
_HOME_BARE_LINE = re.compile(r"\b(?:telefon|cislo)\s+domu\b(?!\s*\d)")  # "cislo domu 12" is a house's
_A_HOUSE = re.compile(
    r"\b(?:dum|azylov\w*|pul\s+cesty|recepce|vedouci|spravce|centrum|centra|spolek|spolku|charita|charity"
    r"|sluzba|sluzby|organizace|ubytovna|ubytovny|azylak\w*)\b"
)
_HOME_TYPED = re.compile(r"\b(d)om[ů]\b", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause (up to a comma, a semicolon, a full stop, "!", "?" or a line break) holding
    text[start:end]."""
    opening = max(text.rfind(stop, 0, start) for stop in ",;.!?\n") + 1
    closings = [at for at in (text.find(stop, end) for stop in ",;.!?\n") if at != -1]
    return text[opening : min(closings, default=len(text))]


def _private_contacts(note: str) -> list[Finding]:
    """In a public text, a phone or e-mail within 80 characters after (or 40 before) words saying
    it is somebody's own: private ("na můj soukromý 739 884 210", "soukromé číslo"), personal
    ("osobní mail"), at home ("volejte koordinátorce domů, 725 883 140", "domácí telefon").
    "Domů" (home) is told from "domu" (a house's) by its "ů"; typed without any diacritics,
    "domu" is home only after "volejte" or in "telefon domu" in a note naming no house. A free
    line (800, 116) is nobody's own."""
    accented = any(c in _CZECH_ACCENTS for c in note)
    text = fold(_HOME_TYPED.sub(lambda typed: typed.group(1) + "omuu", note))
    cues = [m.span() for m in _OWN_CONTACT.finditer(text)]
    calls = [*_HOME_CALL.finditer(text)]
    cues += [m.span() for m in _HOME_LINE.finditer(text)]
    if not accented:
        # only to whom, so "volejte do domu" is no call; "telefon domu" is a house's where one is named
        calls += [*_HOME_BARE_CALL.finditer(text)]
        if not _A_HOUSE.search(text):
            cues += [m.span() for m in _HOME_BARE_LINE.finditer(text)]
    for call in calls:
        # "volejte koordinátorce domů"; not "Zavolejte si taxi domů" (who comes to one's home)
        if all(word in _TO_WHOM for word in call.group(1).split()):
            cues.append(call.span())
    # "Soukromé číslo klientů nezveřejňujeme": a clause about not giving numbers gives none (its
    # own clause only: "Soukromý mobil 603 …, nevolejte po 20. hodině" gives one)
    cues = [cue for cue in cues if not _NOT_GIVEN.search(_clause_around(text, *cue))]
    if not cues:
        return []
    found = []
    values = [*_PHONE.finditer(text), *_DOTTED_MOBILE.finditer(text), *_FOREIGN_PHONE.finditer(text)]
    values += list(_EMAIL.finditer(text))
    for match in values:
        digits = re.sub(r"\D", "", match.group(0))
        if "@" not in match.group(0) and _free_line(digits):
            continue  # a free line is a service's
        if "@" in match.group(0) and _office_mailbox(match.group(0).strip()):
            continue  # "Osobní mail: info@spolek.cz" is the office's box
        if any(0 <= match.start() - end <= 80 or 0 <= start - match.end() <= 40 for start, end in cues):
            reason = "privacy.email" if "@" in match.group(0) else "privacy.phone"
            found.append(Finding(reason, match.group(0).strip()))
    return found


def _free_line(digits: str) -> bool:
    """A free line (800 …, 116 …), with or without +420: a service's, never anybody's own."""
    return re.sub(r"^420", "", digits).startswith(("800", "116"))


# a mobile: 6 or 7 after +420
_MOBILE = re.compile(r"^(?:420)?[67]")
# between a first name and its number: "u Terezy na 777 …", "přes Romana, 733 …", "Jana – 603 …"
_NUMBER_WORDS = frozenset("na tel telefon telefonu mobil mobilu cislo cisle c".split())
_NAME_TO_NUMBER = re.compile(r"^[\s,:–—-]*(?:(?:na|tel\.?|telefon\w*|mobil\w*|cisl\w*|c\.)[\s,:.]*){0,2}$")


def _contacts_of_a_named_person(note: str) -> list[Finding]:
    """In a public text, a mobile right after a person's first name ("přihlášky u Terezy na 777
    123 456", "objednání přes Romana, 733 812 004") and a mailbox named after a person
    ("martina.kriz@seznam.cz", "petr.novak@charita.cz"): the person's own. A first name that is
    also a word, a place or a brand, or begins an organisation's name ("Centrum Martin, 603 …")
    is none."""
    found = []
    words: list[_Word] | None = None
    for match in _PHONE.finditer(note):
        digits = re.sub(r"\D", "", match.group(0))
        free = _free_line(digits)
        if _SAID_OWN_AFTER.match(note, match.end()) and not free:
            found.append(Finding("privacy.phone", match.group(0).strip()))  # "777 123 456 (osobní)"
            continue
        if not _MOBILE.match(digits):
            continue
        if words is None:
            words = _words(note)
        before = [i for i, word in enumerate(words) if word.end <= match.start()]
        if not before:
            continue
        i = before[-1]
        while i > 0 and words[i].folded in _NUMBER_WORDS and not words[i].capital:
            i -= 1  # past the number's own words: "u Terezy na 777"
        if _NAME_TO_NUMBER.match(fold(note[words[i].end : match.start()])) and _first_name_alone(words, i):
            found.append(Finding("privacy.phone", match.group(0).strip()))
    for match in _EMAIL.finditer(note):
        local, _, domain = fold(match.group(0)).partition("@")
        # an initial goes with a name ("j.novak"), alone it is none
        parts = [part for part in re.split(r"[\W\d_]+", local) if len(part) > 1]
        free = domain in _FREE_MAIL or any(domain.endswith("." + mail) for mail in _FREE_MAIL)
        # every part a name: "martina.kriz@seznam.cz", "novak@seznam.cz", "petr.novak@charita.cz",
        # "j.novak@seznam.cz"; not "klub.sova@seznam.cz", "centrum.anna@charita.cz", "petr@charita.cz"
        if (
            parts
            and (free or len(parts) > 1)
            and all(len(part) > 2 and _name_in_a_mailbox(part) for part in parts)
        ):
            found.append(Finding("privacy.email", match.group(0)))
    return found


def _name_in_a_mailbox(part: str) -> bool:
    """A part of a mailbox's name that is a person's: a listed first name that is no word, or a
    listed surname (or its woman's form)."""
    if part in first_names():
        return part not in not_names()
    womans = _FEMALE_SHAPE.match(part) is not None and part[:-3] in _surname_lemmas()
    return part in surnames() or part in _surname_lemmas() or womans


# "777 123 456 (osobní)": a number said to be its owner's
_SAID_OWN_AFTER = re.compile(
    r"\s*\(\s*(?:osobn[ií]|dom[aá]c[ií]|soukrom\w*|priv[aá]t\w*)\s*\)", re.IGNORECASE
)
_WITH_A_PERSON = frozenset("u pres od k ke pro s se".split())


def _first_name_alone(words: list[_Word], index: int) -> bool:
    """words[index] is a person's first name, capitalised inside a sentence: no word, place,
    brand or organisation's name ("Centrum Martin"), no saint ("sv. Anny")."""
    word = words[index]
    if not word.capital or word.sentence_start or index == 0:
        return False
    previous = words[index - 1]
    return (
        word.folded in first_names()
        and word.folded not in not_names()
        and not previous.text[:1].isupper()  # "Restaurace U Marka", "Centrum Martin"
        and previous.folded not in _SAINT
        and not _is_place(words, index)
        # a brand that is a first name too is the person after "u", "přes" ("přes Romana"),
        # never a supermarket ("u Alberta")
        and (
            not brand_names().knows(word.folded)
            or (previous.folded in _WITH_A_PERSON and not word.folded.startswith("albert"))
        )
        and not _named_institution(words, index)
    )


def _office_phone(number: str, office: bool, *, work: bool) -> bool:
    """A free or shared-cost line ("800 100 200") is an organisation's; a landline (2-5 after
    +420) too when the note is about an office ("Sekretariát ředitele věznice: 585 000 111").
    A mobile (6, 7) is a person's, unless it is said to be a work phone in such a note."""
    digits = re.sub(r"\D", "", number)
    if len(digits) == 12 and digits.startswith("420"):
        digits = digits[3:]
    return digits[:1] == "8" or (office and (work or digits[:1] in "23459"))


def _office_mailbox(address: str) -> bool:
    """An office's mailbox, made of the words of its role on the office's own domain
    ("poradna@charita-opava.cz", "socialni.odbor@mesto-krnov.cz"); not a free mail service's,
    no name, no number ("jana.novakova1990@email.cz")."""
    local, _, domain = fold(address).partition("@")
    if domain in _FREE_MAIL or any(domain.endswith("." + free) for free in _FREE_MAIL):
        return False
    parts = [part for part in re.split(r"[._-]", local) if part]
    return bool(parts) and all(
        part.isalpha()
        and len(part) > 2
        and part not in first_names()
        and part not in surnames()
        and (part in _MAILBOX_WORDS or kind(part) is Kind.ORDINARY)
        for part in parts
    )


def _names(
    note: str, folded: str, current_year: int, known: KnownNames, *, public: bool = False
) -> list[Finding]:
    note = _holidays_as_words(note)
    words = _words(note)
    names = _find_names(note, words, _has_age_or_year(note, folded, current_year, words))
    names += _find_unlisted_names(note, words, _age_spans(folded, current_year))
    names += _sixth_round_names(note, words)
    names += _seventh_round_names(note, words)
    names += _lower_case_heading(note, words)
    names += _thing_nouns_acting(note, words)
    names += _lower_case_persons(note, words)
    names += _name_beside_a_place(note, words)
    names += _names_by_their_neighbours(note, words)
    names += _names_typed_in_a_hurry(note, words)
    names += _vietnamese_names(note, words)
    names += _families_in_lower_case(note, words)
    if public:
        names = [name for name in names if not _venue_then_its_address(note, folded, words, name.excerpt)]
    return _not_named_after(note, folded, words, names, known, public=public) + _orp_names(words)


def _families_in_lower_case(note: str, words: list[_Word]) -> list[Finding]:
    """Typed in a hurry: at a family's home ("zahrada u novakovych", "dvur u horvathovych")."""
    found = []
    for i, word in enumerate(words[1:], start=1):
        previous = words[i - 1]
        if word.capital or word.folded in _place_words():
            continue
        following = words[i + 1] if i + 1 < len(words) else None
        # "u bytovych domu": an adjective before its noun; "u novakovych, kamenna 3" is a family
        alone = following is None or bool(note[word.end : following.start].strip()) or is_verb(following.text)
        family = (
            len(word.folded) > 5 and word.folded.endswith("ovych") and kind(word.text) is not Kind.ORDINARY
        )
        # "u novaku na zahrade": a listed surname's plural
        plural = (  # "u novaku"; not "u hajku", "u krcku"
            word.folded.endswith(("aku", "iku"))
            and word.folded in surnames()
            and kind(word.text) is not Kind.ORDINARY
        )
        if previous.text == "u" and (family and alone or plural):
            found.append(Finding("privacy.name", word.text))
        elif (
            word.folded in first_names()
            and following is not None
            and len(following.text) == 1
            and _dotted(following)
        ):
            found.append(Finding("privacy.name", f"{word.text} {following.text}."))  # "jana n. (matka)"
        elif (
            word.folded in first_names()
            and _CASE_CODE_BEFORE.search(note[max(0, word.start - 24) : word.start])
            and kind(word.text) is not Kind.ORDINARY
            and _verb_after(words, i) is not None
        ):
            found.append(Finding("privacy.name", word.text))  # "k-5590 jarda se choval"
    return found


_CASE_CODE_BEFORE = re.compile(r"\bk-?\d[\d-]*\s+$", re.IGNORECASE)


# -- ninth round, review: a person's name the ninth round's lists let pass
# whom a name after a client word or a title is ("Klient Kyjov přijde", "pan Bor")
_PERSON_BEFORE = frozenset("klient klientka klienta klientky pan pana panu pani".split())
# what a person does after his name ("Prochaska z Opavy volal", "Hranice přijde v pondělí")
_PERSON_ACTS = frozenset(
    "prijit prijet dorazit odejit odjet volat zavolat ozvat nastoupit dostavit omluvit".split()
)
_BEFORE_THE_ACT = frozenset("mi nam se si uz dnes vcera zase zas jeste prej pry taky".split())


def _acts_as_person(words: list[_Word], index: int) -> bool:
    """A verb of a person's doing right after a word, past "z Opavy" and a clitic or adverb:
    "Maruna volala", "Prochaska z Opavy volal", "Pan Tau přišel", "Bor přijde zítra"."""
    j = index + 1
    if j + 1 < len(words) and words[j].folded in ("z", "ze") and words[j + 1].capital:
        j += 2
    while j < len(words) and words[j].folded in _BEFORE_THE_ACT and not words[j].sentence_start:
        j += 1
    if j >= len(words) or words[j].sentence_start:
        return False
    verb = words[j]
    if verb.folded in _PEOPLE_VERBS:
        return True
    lemma = lemma_of(verb.text)
    if lemma is None:
        return False
    folded = fold(lemma)
    return folded in _PERSON_ACTS or (folded.startswith("ne") and folded[2:] in _PERSON_ACTS)


def _orp_names(words: list[_Word]) -> list[Finding]:
    """A word of an ORP seat's name (knowledge/orp_towns.txt) is a place only in a place's
    context; right after a client word or a title, or opening a sentence before a person's verb,
    it is somebody: "Klient Kyjov přijde", "Železný přijde zítra", "Lysá volala"."""
    found = []
    for i, word in enumerate(words):
        if not word.capital or word.folded not in _orp_words() or word.folded in _listed_place_words():
            continue
        previous = words[i - 1] if i and not word.sentence_start else None
        if previous is not None and previous.folded in _PERSON_BEFORE:
            found.append(Finding("privacy.name", word.text))
        elif previous is None and _acts_as_person(words, i):
            found.append(Finding("privacy.name", word.text))
    return found


def _shouting(text: str) -> bool:
    """A note typed mostly in capitals ("POZOR - KOLÁŘ MÁ ZÁKAZ VSTUPU")."""
    return sum(map(str.isupper, text)) > 0.6 * max(1, sum(map(str.isalpha, text)))


def _shouted_title_and_verb(excerpt: str) -> bool:
    """A name found in capitals that is only titles and verbs: "KLIENTKA PORODILA", "NEDOSTAVIL"
    ("LIŠKA NESMÍ", "PŘIJDE KOVÁŘ" keep their noun)."""
    parts = [part for part in re.findall(r"[^\W\d_]+", excerpt) if fold(part) not in _TITLE_WORDS]
    return bool(parts) and all(
        part.isupper() and is_verb(part) and fold(part) not in surnames() and fold(part) not in first_names()
        for part in parts
    )


def _unshouted(text: str) -> str:
    """A note typed in capitals in the case a worker would have typed it: a sentence's first
    word and a word that may be a name capitalised (a proper noun, a listed name or shaped like
    one, a word the dictionary also holds as a proper noun, a living being in the singular not
    after "jako", a word no dictionary knows right after such a word: "JANA KEPLERA"), short
    abbreviations the dictionary lacks left in capitals ("DPC"), every other word in lower
    case. The length stays the same, so what is found can be shown."""
    titled_until = -1

    def one_word(match: re.Match[str]) -> str:
        nonlocal titled_until
        word = match.group(0)
        at = match.start() - 1
        while at >= 0 and text[at] in " \t":
            at -= 1
        opens = at < 0 or text[at] in ".!?:;\n(–—-•*"
        titled = word[:1] + word[1:].lower()
        lower = word.lower()
        if len(titled) != len(word) or len(lower) != len(word) or not word.isupper():
            return word
        folded = fold(word)
        if len(word) <= 5 and kind(titled) is Kind.UNKNOWN and folded not in first_names():
            return word  # "DPC", "OSPOD", "MOP"
        before = fold(text[max(0, match.start() - 5) : match.start()]).split()
        if (
            kind(titled) is Kind.PROPER
            or folded in surnames()
            or folded in first_names()
            or looks_like_surname(folded)  # "KOHOUTOVÁ"
            or _proper_too(titled)  # "KABÁT"
            or (kind(titled) is Kind.UNKNOWN and titled_until == at + 1)  # "JANA KEPLERA"
            # "PŘES ZAJÍCE"; not "JAKO PEKAŘ", "POSKYTOVATELŮ"
            or (person_noun(titled) and not lower.endswith(_PLURAL) and before[-1:] != ["jako"])
        ):
            titled_until = match.end()
            return titled
        # a word the dictionary lacks ("PŘEDEM", "ALIMENTY") inside a sentence is most likely
        # no name; opening one, the rules decide ("KOLÁŘ MÁ")
        return titled if opens else lower

    return re.sub(r"[^\W\d_]+", one_word, text)


_PLURAL = ("ů", "ích", "ové", "ům", "ech", "ami")
_ABBREVIATION = re.compile(r"^[A-Z]{2,4}s?$")  # "NGO", "NGOs", "CV", "HR"


@lru_cache(maxsize=8)
def _given(organisations: tuple[str, ...]) -> KnownNames:
    return merged(standing_names(), known_names(organisations))


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
# "Domov pro seniory Elišky Purkyňové" is named after her; "dům pro Petra Svobodu" is his
_BEFORE_A_PERSON = frozenset("pro u k ke s se za od o po na do v ve z ze".split())
_NAMED_AFTER_PREFIXES = frozenset(found[:3] for found in _NAMED_AFTER | _TITLE_KINDS)
# a sports club's name after its kind: "TJ Sokol", "SK Slavia"
_NAMED_AFTER_ABBREVIATIONS = frozenset(
    {"zs", "ss", "sps", "sou", "sos", "vos", "zus", "fn", "pn", "ul", "tj", "sk", "fk"}
)
_SPORTS_CLUBS = frozenset({"tj", "sk", "fk"})


def _club_person(word: _Word) -> bool:
    """A listed surname or first name after TJ/SK/FK that is no ordinary word as well: "FK
    Novák" is somebody, "TJ Sokol" (a falcon too) and "SK Slavia" are clubs."""
    listed = word.folded in surnames() or word.folded in first_names()
    return listed and kind(word.text) is Kind.PROPER


_INNS = tuple("restaurac hospod hostin penzion hotel vinar pivnic kavarn bistr".split())
_ROMAN = re.compile(r"^[IVX]{1,4}$")
_AGE_WORDS = frozenset("vek veku vekem stari starim".split())  # "Věk 19 let": the age itself
_HOLIDAY = frozenset({"Den", "Dne", "Dnem", "Svátek", "svátek", "svátku", "Svátku"})
_PREPOSITIONS_AFTER_A_DAY = frozenset("s se u k ke pro za od do".split())
_HOUSE = frozenset("dum domu dome domem".split())
# where a place stands: "v lokalitě Chanov", "obec Janov", "Kampus Albertov"
_PLACE_KINDS = re.compile(
    r"^(?:lokalit\w*|obec|obce|obci|mestys\w*|ctvrt\w*|kampus\w*|osad[aeyu]|vesnic\w*)$"
)


@cache
def _whole_towns() -> frozenset[str]:
    """Towns (and their case forms) named by one word: "Kladno", "Most", "Písek"."""
    import csv

    found: set[str] = set()
    with open(knowledge_file("towns.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("name") or "").strip()
            if name and " " not in name:
                found |= {w for variant in name_variants(name) for w in variant} | {fold(name)}
    return frozenset(found)


@cache
def _abbreviated_towns() -> re.Pattern[str]:
    """A town of two words with the first one shortened: "Ml. Boleslav", "H. Králové", "K. Vary"."""
    import csv

    parts = set()
    for file in ("towns.csv", "prisons.csv"):
        with open(knowledge_file(file), encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for name in re.split(r"[;,]", row.get("name") or ""):
                    tokens = name.split()
                    if len(tokens) == 2 and len(tokens[1]) > 3:
                        parts.add(rf"{re.escape(tokens[0][0])}[a-zá-ž]{{0,2}}\.\s?{re.escape(tokens[1][:4])}")
    return re.compile(r"\b(?:" + "|".join(sorted(parts)) + r")\w*")


def _in_place_context(text: str, words: list[_Word], index: int) -> bool:
    """A place by what stands around it: a list of places ("do Husovic a Zábrdovic", "Benešov,
    Mikulov, Ostrov"), its kind ("v lokalitě Chanov"), "Vinařice u Kladna"."""
    word = words[index]
    previous = words[index - 1] if index else None
    if previous is None or word.folded in first_names():
        return False
    if _PLACE_KINDS.match(previous.folded):
        return word.capital  # "lokalita Chanov", "obec Kunov"
    # a village named by an ordinary word counts only beside a listed place: "Svitavy, Holubice";
    # so does a region named after a town in any case ("na Šluknovsku a Frýdlantsku")
    # and a city's quarter, in a list ("Praha 9 – Letňany, Kbely")
    ordinary = word.capital and (
        (
            (kind(word.text) is Kind.ORDINARY or _TOWN_REGION.match(word.folded) is not None)
            and not word.sentence_start
        )
        or word.folded in _district_words()  # a list after a dash or colon: "Praha 9 – Letňany, Kbely"
    )
    if kind(word.text) is not Kind.PROPER and word.folded not in _place_words() and not ordinary:
        return False
    if (
        previous.folded == "u"
        and index > 1
        and words[index - 2].capital
        and words[index - 2].folded not in surnames()
    ):
        # "Vinařice u Kladna"; a listed surname only if it is a known place ("v Brně u Nováka")
        if word.folded in surnames() and word.folded not in _place_words():
            return False
        return words[index - 2].folded not in first_names()
    neighbours = []
    if previous.folded == "a" and index > 1:
        neighbours.append(index - 2)
    elif index > 0 and _listed_after(text, words, index - 1):
        neighbours.append(index - 1)
    if index + 1 < len(words) and _listed_after(text, words, index):
        neighbours.append(index + 1)
    if word.folded in surnames():
        return False
    if not word.folded.endswith(_PLACE_ENDINGS) and word.folded not in _district_words():
        return False  # a quarter ends as it will ("Kbely", "Bystrc")
    if ordinary and word.folded not in _place_words():
        # and no verb after it: "Znojmo, Mikulov, Holubice volala" is somebody ("…, Bystrc, výdej
        # polévky": after a comma another clause)
        following = words[index + 1] if index + 1 < len(words) else None
        verb = _verb_after(words, index)
        apart = (
            verb is not None
            and following is not None
            and "," in text[word.end : following.start]
            and not verb.folded.endswith(("l", "la", "li", "lo", "ly"))  # "…, Holubice, volala mi"
            and not human_verb(verb.text)
        )
        return (verb is None or apart) and any(
            words[j].folded in _place_words()
            or words[j].folded in _district_words()
            or _region(words[j].folded)
            or _after_place_preposition(words, j)
            for j in neighbours
        )
    return any(
        words[j].folded in _place_words()
        or words[j].folded in _district_words()
        or _after_place_preposition(words, j)
        or (kind(words[j].text) is Kind.PROPER and words[j].folded.endswith(_PLACE_ENDINGS))
        for j in neighbours
    )


# how Czech places end ("Mikulov", "Hlučín", "Kravaře", "Bolatice", "Zábrdovic", "Vítkovic")
_PLACE_ENDINGS = tuple("ov ova ovic in ina any an na no ve ce ic re ry ny".split())


def _listed_after(text: str, words: list[_Word], index: int) -> bool:
    """A comma stands between this word and the next: "Benešov, Mikulov"."""
    return index + 1 < len(words) and "," in text[words[index].end : words[index + 1].start]


def _titled(words: list[_Word], index: int) -> bool:
    """A hall's, a theme's or a title's name right after its kind: one capitalised word, no
    person's name unless an ordinary word too ("téma Svoboda", "sál Marianum"), and no verb after
    it ("v sále Svoboda volal" is somebody)."""
    if index + 1 >= len(words):
        return False
    name = words[index + 1]
    if not name.capital or name.start - words[index].end > 1:
        return False
    listed = name.folded in surnames() or name.folded in first_names()
    if listed and kind(name.text) is not Kind.ORDINARY:
        return False
    following = words[index + 2] if index + 2 < len(words) else None
    return not (following is not None and following.start - name.end <= 1 and is_verb(following.text))


def _named_after_spans(note: str, words: list[_Word]) -> list[tuple[int, int]]:
    """Where a person's name stands inside the name of a street or institution: the capitalised
    words (and initials, "Karla IV.") right after the place's kind. With a house number the
    street is an address, which is told elsewhere."""
    spans = []
    for i, word in enumerate(words[:-1]):
        saint = word.folded in _SAINT  # "sv. Karla Boromejského"
        if word.folded[:3] in _NAMED_AFTER_PREFIXES and stem(word.text) in _TITLE_KINDS:
            if _titled(words, i):
                spans.append((words[i + 1].start, words[i + 1].end))
            continue
        holiday = word.text in _HOLIDAY  # "Den Jana Husa", "Den ... Cyrila a Metoděje"
        kind_of_place = holiday or (
            word.folded[:3] in _NAMED_AFTER_PREFIXES
            and stem(word.text) in _NAMED_AFTER
            # "školí Petr Novák": a verb whose stem is a school's, not the school
            and not (word.text.islower() and is_verb(word.text))
        )
        # "sraz před domem Marie Dvořákové": somebody's house; "Dům Jiřího Wolkera" is written
        # with a capital, "v domě Josefa Suka" is his museum
        if (
            kind_of_place
            and word.folded in _HOUSE
            and word.text.islower()
            and i > 0
            and words[i - 1].folded == "pred"  # "v domě Josefa Suka" is his museum
        ):
            kind_of_place = False
        # a pub's, a hotel's or a guest house's name: "Restaurace U Krále Brabantského",
        # "Penzion U Černého koně"
        kind_of_place = kind_of_place or (
            word.text == "U"
            and i > 0
            and words[i - 1].folded.startswith(_INNS)
            and word.start - words[i - 1].end <= 1
        )
        if not (saint or kind_of_place or word.folded in _NAMED_AFTER_ABBREVIATIONS):
            continue
        last = None
        between = 0  # "Dům dětí Jana Ámose Komenského": a word of the kind's own name first
        end = word.end
        sentence_end = end - word.start > len(word.text) and len(word.text) > 3  # "z kostela. Babička"
        for following in words[i + 1 : i + 7]:
            gap = following.start - end
            if sentence_end or gap > 2 or (gap == 2 and following.folded not in _place_words()):
                break  # "náměstí 228. Paní", "centrum zavřené, vychovatelka Bc. Šimková"
            end = following.end
            # "v Centru Martin, Praha. Advokát ...": a full stop after a word that is no initial
            sentence_end = end - following.start > len(following.text) and len(following.text) > 3
            if following.capital or following.initial or _ROMAN.match(following.text):
                last = following
            elif last is not None and following.folded == "a":
                continue  # "Den Cyrila a Metoděje", "Nemocnice Rudolfa a Stefanie"
            elif (
                last is None
                and not saint
                # "Den s rodinou Václava a Jarmily Horákových" is a family's day, not a holiday
                # named after them ("Den památky Jana Opletala" is one)
                and not (holiday and between == 0 and following.folded in _PREPOSITIONS_AFTER_A_DAY)
                and between < 3
                and following.text.islower()
                and not is_verb(following.text)
            ):
                between += 1
            else:
                break
        if last is not None and word.folded in _SPORTS_CLUBS:
            last = words[i + 1]  # "TJ Sokol": the club's one word; "TJ Sokol Novák" is somebody too
            if _club_person(last):
                continue  # "FK Novák volal", "hraje za TJ Novák": a person's name, no club's
        if last is not None and between and words[i + between].folded in _BEFORE_A_PERSON:
            continue  # "azylový dům pro Petra Svobodu": the person the house is for
        if (
            last is not None
            and word.folded.startswith(_GENITIVE_ONLY_KINDS)
            and _a_nominative_name(words, i + 1 + between)
        ):
            continue  # "Ze SOU Petr Dvořák odešel", "Ve středisku Alena Kovářová převzala": somebody
        if (
            last is not None
            and word.folded in _PRIVATE_HOUSES
            and word.capital  # "Azylový dům Bohuslava Bureše, Praha 7" is a shelter
            and _town_after(note, words, i, last)
        ):
            continue  # "Dům Jiřího Hrušky, Mělník, Na Výsluní 44": a family's house in a town
        if last is not None:
            # from the kind itself when the name follows it: "Metro I. P. Pavlova"
            spans.append((words[i + 1 + between].start if between else word.start, last.end))
    return spans + _cafe_spans(words)


# kinds whose name after them counts only in the genitive ("SOU Josefa Ressla", "středisko mládeže
# Dona Boska"); a first name and surname in the nominative there is somebody
_GENITIVE_ONLY_KINDS = ("sou", "sos", "vos", "stredisk", "atelier", "akadem")


def _a_nominative_name(words: list[_Word], at: int) -> bool:
    """A listed first name as listed, and a surname not in the genitive, or a verb after the name."""
    if at + 1 >= len(words):
        return False
    first, surname = words[at], words[at + 1]
    nominative_first = first.folded in _first_name_lemmas()
    genitive_surname = surname.folded.endswith(("ove", "eho", "y", "e", "a")) and not (
        surname.folded in _surname_lemmas() or surname.folded.endswith("ova")
    )
    # "Ze SOU Petr Dvořák odešel": what he did; "SOU Josefa Ressla nabízí obory" is the school
    verb_after = (
        at + 2 < len(words) and is_verb(words[at + 2].text) and words[at + 2].folded.endswith(_PAST_ENDINGS)
    )
    return (nominative_first and not genitive_surname) or verb_after


# a house or a studio named after somebody in a town is his: "Ateliér Milana Lakatoše, Ostrava"
_PRIVATE_HOUSES = _HOUSE | {"atelier", "atelieru", "atelierem"}


def _town_after(note: str, words: list[_Word], first: int, last: _Word) -> bool:
    """A name that is nobody famous (knowledge/famous_people.txt), then a town after a comma and
    a house number after it: "Dům Dany a Petra Malých, Jihlava, Polní 21". A memorial house of
    somebody the list lacks is read so too ("Dům Jiřího Wolkera, Prostějov, Wolkerova 12")."""
    famous = _famous_spans(words)
    for j in range(first + 1, len(words)):
        word, name = words[j], words[j - 1]
        if word.start - name.end == 2 and word.capital and word.folded in _place_words():
            # "Dům Jiřího Hrušky, Mělník, Na Výsluní 44": the house's address after the town
            numbered = re.search(r"\d", note[word.end : word.end + 30]) is not None
            famous_name = any(s <= name.start < e for s, e in famous)
            return numbered and name.folded not in _place_words() and not famous_name
        if word is last:
            break
    return False


# an age right after a name: "Jan Palach, 45 let", "Jan Neruda (45)", "J. Hus – 38 r."
_AGE_AFTER = re.compile(
    r"\s*(?:[,–-]\s*)?(?:\(\s*\d{1,2}\s*(?:let|r\.)?\s*\)|\d{1,2}\s*(?:let|lety|r\.|roku)(?=\s*(?:[,.;)]|$)))",
    re.IGNORECASE,
)


# right before a name: a naming verb or a title ("se jmenuje", "jménem", "s panem", "klient")
_NAMED_RIGHT_BEFORE = re.compile(
    r"\b(?:jmenuje\s+se|se\s+jmenuje|jmenuji\s+se|jmenem|jmenoval\w*\s+se|se\s+jmenoval\w*|"
    r"pan|pana|panu|panem|pani|klient\w*|"
    # a role in a case: "Svědek Don Bosko", "Zmocněnec K-3308 Jan Evangelista Purkyně"
    r"(?:svedk?\w*|zmocnen\w*|opatrovn\w*|spoluvez\w*|veritel\w*|tchan\w*|tchyn\w*|zamestnavatel\w*|"
    r"ubytovatel\w*|pronajimatel\w*|rucitel\w*|poskozen\w*)(?:\s+k-?\d+)?\s*:?)\s+$"
)
# what is named, when it is no person: "Ulice se jmenuje Karla Čapka", "Škola se jmenuje Jana Nerudy"
_NAMED_THING_BEFORE = re.compile(
    r"\b(?:ulic\w*|nam\w*|trid\w*|skol\w*|zs|ss|gymnazi\w*|nemocnic\w*|nadac\w*|centr\w*|domov\w*|"
    r"spol\w*|organizac\w*|sluzb\w*|projekt\w*|program\w*|firm\w*|zarizeni|nabrezi|park\w*|most\w*)"
    r"\s+(?:se\s+)?(?:jmenuje|jmenovala?|jmenovalo)(?:\s+se)?\s+$"
)


def _said_to_be_somebody(note: str, start: int, end: int) -> bool:
    """A name said to be a relative's or a client's: a relative's word or a client's (not the
    nominative "klient": "ZŠ Jana Nerudy, klient tam chodil") set off after it, "ml." or "st."
    after it, a naming verb or a title right before it, or a relative's word before it and a
    dash or colon between ("Otec klienta K-2901 – Bedřich Smetana")."""
    if _said_to_be_kin(note, end) or re.match(r"\s+(?:ml|st|jr|sr)\.", note[end:]):
        return True
    # "Tycho Brahe, bratr K-1234": a relative of a case
    kin_of_a_case = re.match(r"\s*[,(–-]+\s*([^\W\d_]+)\s+K-?\d", note[end:], re.IGNORECASE)
    if kin_of_a_case is not None:
        if _someone_close(fold(kin_of_a_case.group(1))):
            return True
    after = re.match(r"\s*[,(–-]+\s*([^\W\d_]+)", note[end:])
    if after is not None and fold(after.group(1)) in _CLIENT_WORDS - {"klient", "klientka"}:
        return True
    before = fold(note[max(0, start - 40) : start])
    if _NAMED_RIGHT_BEFORE.search(before) and not _NAMED_THING_BEFORE.search(before):
        return True  # "se jmenuje Václav Havel", "s panem Janem Palachem"
    kin = re.search(r"([^\W\d_]+)[^.;!?]{0,30}[–:-]\s*$", before)
    return kin is not None and bool(_KIN_BEFORE.match(kin.group(1)))


def _said_to_be_kin(note: str, end: int) -> bool:
    """A relative's or acquaintance's word right after a name, set off by a comma, a bracket or
    a dash, and whose he is within a few words: "Petra Nováka, otce klienta", "Jana Nováka
    (strýc klienta)", "Karla Šimka, klientova souseda", "Petra Nováka, svého souseda"; not
    "Nadace Karla Janečka, partner projektu", "Domov Sue Ryder, sestra na recepci"."""
    match = re.match(r"\s*[,(–-]+\s*((?:[^\W\d_]+\.?\s+){0,4}[^\W\d_]+)", note[end : end + 80])
    if match is None:
        return False
    said = fold(match.group(1)).replace(".", "").split()
    if said[0] in _RELATIVE_CLAUSE:
        return False  # "Gymnázium Jana Keplera, kde studuje syn klientky": the school's, not his
    kin = [
        i
        for i, word in enumerate(said)
        # apposition: the relative's word first, or after its adjectives ("bývalého partnera
        # klientky", "klientova strýce"); not "škola dcery klientky"
        if all(_BEFORE_KIN.match(earlier) for earlier in said[:i]) and _someone_close(word)
    ]
    whose = [i for i, word in enumerate(said) if _WHOSE.match(word)]
    for k in kin:
        for w in whose:
            after = max(k, w) + 1
            if abs(k - w) <= 2 and not (
                # "ZŠ Petra Bezruče – dcera klientky tam chodí": a clause of its own, not who he is
                after < len(said) and (said[after] in ("tam", "tu", "tady", "sem") or is_verb(said[after]))
            ):
                return True
    return False


def _someone_close(folded: str) -> bool:
    """A relative's or an acquaintance's word ("otce", "souseda"); not "máme", "máte"."""
    return (bool(_KIN_BEFORE.match(folded)) and folded not in ("mame", "mate")) or folded.startswith(
        _ACQUAINTANCES
    )


_BEFORE_KIN = re.compile(
    r"^(?:byval|nevlastn|klientov|klientcin|jeho|jeji|sv[eo]|nejak|stars|mlads|vlastn|zesnul)\w*$"
)
_RELATIVE_CLAUSE = frozenset("kde kam kudy odkud kterou ktery ktera ktere kteri jenz jez jehoz jejiz".split())
# people a client knows, beside the relatives of _KIN_BEFORE
_ACQUAINTANCES = (
    "soused", "zamestnavatel", "spoluvez", "otcim", "nevlastn", "macech", "pestoun", "opatrovn", "kmotr",
    "snoubenec", "snoubenc", "zet", "bytn", "veritel", "znam", "spolubydl", "exmanzel", "exmanzelk",
    "kamarad", "kamos", "pritelkyn",
)  # fmt: skip
# whose: a client's, or his or her own ("klientova strýce", "svého souseda")
_WHOSE = re.compile(r"^(?:klient\w*|kl|jeho|jeji\w*|sv(?:eho|emu|ym|ou|e|ych))$")


_AN_ORGANISATIONS_CONTACT = re.compile(r"@|www\.|\.cz\b|\d{3}\s?\d{3}\s?\d{3}")
_LOWER_CASE_STREET_THEN_TOWN = re.compile(r"\s+\d{1,4}(?:/\d{1,4})?[a-z]?,?\s+(?:ve?\s+)?([a-z]{3,})\b")


def _lower_case_street(note: str, word: _Word) -> bool:
    """ "smetanova 15 karvina": a street in lower case, its house number and a town."""
    match = _LOWER_CASE_STREET_THEN_TOWN.match(note, word.end)
    # with the organisation's e-mail, web or phone: "Kontakt: novakova 40 praha" is somebody's age
    contact = _AN_ORGANISATIONS_CONTACT.search(note)
    return (
        word.text.islower() and match is not None and match.group(1) in _place_words() and contact is not None
    )


# a square or street named by initials, in the genitive: "nám. Dr. E. Beneše", "nám. T. G. Masaryka"
_SQUARE_OF_INITIALS = re.compile(
    r"\b(?:nám\.|náměstí|nam\.|namesti|ul\.|ulice|tř\.|třída|nábř\.)\s+(?:(?:Dr|MUDr|Ing|Mgr)\.\s*)?"
    r"(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\.\s*){1,3}[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*(?:a|e|y|ého|ové)\b"
)


def _a_squares_name(note: str, match: re.Match[str]) -> bool:
    """The initials' surname is in the genitive, not a man's or a woman's nominative, and no verb
    or role follows: "nám. T. G. Masaryka", not "na nám. J. Kučera čekal"."""
    surname = fold(re.findall(r"\w+", match.group(0))[-1])
    lemmas = _surname_lemmas()
    if (
        surname in lemmas
        or surname.endswith("ova")
        or (surname.endswith("a") and surname[:-1] + "y" in lemmas)
    ):
        return False  # "J. Kučera", "J. Novakova", "M. Vesela": somebody in the nominative
    after = re.match(r"[\s,]*(\w+)", note[match.end() :])
    return not (after and (is_verb(after.group(1)) or role_noun(after.group(1))))


# a halfway house named by its town: "Dům na půl cesty Jiříkov"
_HALFWAY_HOUSE = re.compile(r"\b(?:[Dd]ům|[Dd]omu|[Dd]omě|[Dd]omem) na půl cesty [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w+")


def _not_named_after(
    note: str,
    folded: str,
    words: list[_Word],
    names: list[Finding],
    known: KnownNames,
    *,
    public: bool = False,
) -> list[Finding]:
    """The names found, without those that are a known organisation's or brand's name ("Billa",
    "Air Bank", "Kotvě") or a person's name inside a street's or institution's name."""
    if not names:
        return names
    famous = _famous_spans_of_nobody(note, words)
    named_after = _named_after_spans(note, words)
    spans = named_after + famous + _possessive_town_spans(words)
    known_spans = known.spans(folded) if len(folded) == len(note) else []
    spans += known_spans + [m.span() for m in _SQUARE_OF_INITIALS.finditer(note) if _a_squares_name(note, m)]
    spans += [m.span() for m in _HALFWAY_HOUSE.finditer(note)]
    cafes = _cafe_spans(words)
    towns: list[tuple[int, int]] | None = None
    starts = {word.start: i for i, word in enumerate(words)}
    english = is_english([w.folded for w in words])
    shouting = _shouting(note)
    about = _about(folded)
    office_note = _about_an_office(about)
    kept = []
    for finding in names:
        parts = [fold(part) for part in re.findall(r"[^\W\d_]+", finding.excerpt)]
        persons = [part for part in parts if part in first_names() or part in surnames()]
        # a brand that is also a name ("Albert", "Hruška", "Mikuláš") passes alone ("v Albertu"),
        # never as a pair of names ("Mikuláš Hruška, 34 let" is somebody)
        if parts and len(persons) < 2 and all(_known_word(part, known) for part in parts):
            continue
        # as a word of its own: "Becher" in "Jan Becher", not in "Becherovka"
        excerpt = finding.excerpt.rstrip(".")  # "ve firmě Jan Becher."
        at = _standing_alone(note, excerpt)
        # "Jan Palach, 45 let", "Bedřich Smetana, otec klienta", "Petra Bezruče ml., klienta":
        # whoever bears a famous name, an age or a relative's word makes him somebody
        somebodys = any(_AGE_AFTER.match(note, here + len(excerpt)) for here in at) or any(
            _said_to_be_somebody(note, here, here + len(excerpt)) for here in at
        )
        if (
            parts
            and not somebodys
            and all(_famous_word(part) or len(part) == 1 for part in parts)
            and max(map(len, parts)) > 1
            and _famous_alone(note, words, finding.excerpt, parts)
        ):
            continue  # "četl Komenského", "v kině dávají Švejka", "podle H. Zehra"
        if (
            at
            and not somebodys
            and all(any(start <= here and here + len(excerpt) <= end for start, end in spans) for here in at)
            # "Nadace Petra Nováka, otce klienta": the name is said to be a relative's
            and not any(_said_to_be_kin(note, here + len(excerpt)) for here in at)
        ):
            continue
        if (
            at
            and not somebodys
            and all(_famous_throughout(words, starts, here, finding.excerpt, famous) for here in at)
        ):
            continue  # "Jan Hus, Komenský a exil": famous people, one after another
        if towns is None:
            towns = [m.span() for m in _abbreviated_towns().finditer(note)]
        if at and all(any(start <= here < end for start, end in towns) for here in at):
            continue  # "Ml. Boleslav", "H. Králové"
        # "Muzeum Bedřicha Smetany, Novotného lávka 1", "Café Kafka, Kafkova 8": a famous man's
        # or a café's name, then the address
        parts_of_pair = finding.excerpt.split(", ")
        if (
            at
            and len(parts_of_pair) == 2
            and " " not in parts_of_pair[1]
            and all(
                (
                    any(start <= here < end for start, end in famous)
                    and any(start <= here < end for start, end in named_after)
                    and _STREET_NOUN_AFTER.match(note, here + len(finding.excerpt))
                )
                or (
                    any(start <= here < end for start, end in cafes + known_spans)
                    and (
                        _HOUSE_AND_ORIENTATION.match(note, here + len(finding.excerpt))
                        or _STREET_AFTER.match(note, here + len(finding.excerpt))
                        # "Café Kafka, Palackého náměstí"
                        or _STREET_NOUN_NEXT.match(note, here + len(finding.excerpt))
                    )
                )
                for here in at
            )
        ):
            continue
        # a street's name holds no comma: "Seminář: Novák, Palackého 3" names Novák (a listed name)
        if (
            at
            and ("," not in finding.excerpt or all(p in _place_words() for p in persons))
            and all(
                _HOUSE_AND_ORIENTATION.match(note, here + len(finding.excerpt))
                or (
                    (
                        _STREET_AFTER.match(note, here + len(finding.excerpt))
                        or _STREET_NOUN_AFTER.match(note, here + len(finding.excerpt))
                    )
                    and _STREET_ADJECTIVE.search(finding.excerpt)
                )
                for here in at
            )
        ):
            continue  # "Karola Śliwky 95/16", "Vyšehradská 16": a street, judged as an address
        if at and office_note and all(_street_after_a_man(note, words, starts, here, excerpt) for here in at):
            continue  # "Úřad práce, Ignáta Herrmanna 1, 2. patro": an office's street named after him
        inside = [_words_within(words, starts, here, here + len(finding.excerpt) + 1) for here in at]
        single = [group[0] for group in inside if len(group) == 1 and words[group[0]].text == finding.excerpt]
        if inside and all(
            group and all(_in_place_context(note, words, i) for i in group) for group in inside
        ):
            continue  # "do Husovic a Zábrdovic", "Hlučín, Kravaře a Bolatice": a list of places
        if single and all(_adjective_of_a_thing(words, i) for i in single):
            continue  # "Sbírkový účet": a -ový adjective before its noun; no surname ends so
        if single and all(_adjective_of_a_name(words, i) for i in single):
            continue  # "Senovážné náměstí", "Zelená dílna, s.r.o.", "Balintovské skupiny"
        if single and english and not shouting and all(_ABBREVIATION.match(words[i].text) for i in single):
            continue  # "Does any NGO in Ostrava ...": an abbreviation in an English note
        if public and single and all(_lower_case_street(note, words[i]) for i in single):
            continue  # "poradna pro cizince smetanova 15 karvina": an organisation's street
        if single and all(_named_thing_after(words, i) for i in single):
            continue  # "Aspergerův syndrom", "Thomayerova nemocnice", "dvořákova ulice"
        if single and all(_famous_work(words, i) for i in single):
            continue  # "Promítání filmu Havel": a film named after a famous person
        if single and all(_adverb(words[i]) for i in single):
            continue  # "Pokorně děkujeme": an adverb, not Pokorná's dative
        if (
            at
            and not persons
            and all(_firms_word(part) for part in re.findall(r"[^\W\d_]+", finding.excerpt))
            and all(_LEGAL_FORM_AFTER.match(note, here + len(finding.excerpt)) for here in at)
        ):
            continue  # "Romano jasnica, z.s.", "firmy Elektro montáže s.r.o.": a firm's name
        pair = finding.excerpt.split()
        if (
            len(pair) == 2
            and brand_names().knows(fold(pair[1]))
            and _hard_adjective(pair[0])
            # a listed surname and a listed first name, both capitalised, are a name-shaped pair:
            # "Šťastný Roman"; "dlouhy roman" stays a novel
            and not (len(persons) == 2 and pair[0][:1].isupper() and pair[1][:1].isupper())
        ):
            continue  # "Veselé Vánoce": a wish, not Veselá
        kept.append(finding)
    return kept


# a street's noun right after its name, with no number: "Café Kafka, Palackého náměstí"
_STREET_NOUN_NEXT = re.compile(r"\s+(?:náměstí|nám\.|ulice|nábřeží)(?!\w)")
# a street named by an adjective and its noun: "Novotného lávka 1", "Husova ulice 5"
_STREET_NOUN_AFTER = re.compile(r"\s+(?:lávk[ay]|ulice|ulici|nábřeží|náměstí|třída|třídě|sady)\s+\d{1,4}\b")


def _cafe_spans(words: list[_Word]) -> list[tuple[int, int]]:
    """ "Café Kafka": a café's one word after "Café" (`_a_cafes_name`); not "Café Jana Veselá"."""
    return [
        (words[i - 1].start, word.end)
        for i, word in enumerate(words)
        if i
        and words[i - 1].text in _CAFES
        and word.start - words[i - 1].end == 1
        and _a_cafes_name(words, i)
    ]


_CAFES = frozenset({"Café", "Cafe", "Kavárna", "Kavárně"})


def _a_cafes_name(words: list[_Word], index: int) -> bool:
    """The word after "Café" names the café: no second name after it, no woman's surname, no
    verb after it and no relative's or client's word in the rest of its sentence ("Café Novák
    přinesl klíče", "v Cafe Svoboda, je to otec klienta" are somebody)."""
    word = words[index]
    if _FEMALE_SHAPE.match(word.folded):
        return False
    rest: list[_Word] = []
    clause: list[_Word] = []  # up to a comma or another mark: "…, klient byl otevřený" is his own
    for later in words[index + 1 :]:
        if later.sentence_start:
            break
        if len(rest) == len(clause) and later.start - (rest[-1].end if rest else word.end) <= 1:
            clause.append(later)
        rest.append(later)
    if rest and (rest[0].capital and rest[0].start - word.end <= 1 or is_verb(rest[0].text)):
        return False
    return not any(_someone_close(w.folded) for w in rest) and not any(
        w.folded.startswith("klient") for w in clause
    )


def _street_after_a_man(
    note: str, words: list[_Word], starts: dict[int, int], here: int, excerpt: str
) -> bool:
    """A man's first name and surname in the genitive before a house number, as streets are
    named ("Ignáta Herrmanna 1", "Václava Havla 12"); "Jana Nováková 45" is a woman."""
    inside = _words_within(words, starts, here, here + len(excerpt) + 1)
    if not inside or inside[-1] < 1:
        return False
    first, last = words[inside[-1] - 1], words[inside[-1]]
    before = words[inside[-1] - 2] if inside[-1] > 1 else None
    # after a comma, a colon, a dash or "na": "Úřad práce, Ignáta Herrmanna 1"; not "kontakt
    # Petra Nováka 1"
    if before is not None and not (
        note[before.end : first.start].strip() in (",", ":", "–", "-") or before.folded in ("na", "v", "ve")
    ):
        return False
    return (
        first.capital
        and last.capital
        and last.start - first.end <= 1
        and first.folded.endswith("a")
        and last.folded.endswith(("a", "eho"))
        and not any(w.folded.endswith("ova") for w in (first, last))
        and bool(_STREET_AFTER.match(note, last.end))
    )


def _firms_word(text: str) -> bool:
    """A word of a firm's name before its legal form, unlike a man's surname: in lower case or
    ending in a vowel other than -a ("Elektro", "jasnica"; but "Hanák s.r.o.", "Hrdina s.r.o."
    are named after somebody)."""
    folded = fold(text)
    return not looks_like_surname(folded) and (text.islower() or folded.endswith(("e", "i", "o", "u", "y")))


# a legal form after a name and up to two more of its words: "Romano jasnica, z.s."
_LEGAL_FORM_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,2},?\s+"
    r"(?:z\. ?[sú]\.|o\. ?p\. ?s\.|s\. ?r\. ?o\.|spol\. s r\. ?o\.|a\. ?s\.|k\. ?s\.|v\. ?o\. ?s\.)",
    re.IGNORECASE,
)
# a house number after a street named after somebody: "Karola Śliwky 95/16"; after a street's
# adjective any house number: "Vyšehradská 16"
_HOUSE_AND_ORIENTATION = re.compile(r"\s+\d{1,4}/\d{1,4}[a-z]?\b")
_STREET_AFTER = re.compile(r"\s+\d{1,4}[a-z]?(?:,|\.(?!\d)|$|\s+[–—-]\s)")  # "Vrchlického 59 – ..."
_STREET_ADJECTIVE = re.compile(r"(?:ská|cká|ní|ova|ovo|ého|(?<!ov)á)$")  # "Chelčického 39,", "Dlouhá 4."


def _words_within(words: list[_Word], starts: dict[int, int], start: int, end: int) -> list[int]:
    """The indices of the words that stand between `start` and `end`."""
    i = starts.get(start)
    found = []
    while i is not None and i < len(words) and words[i].end <= end:
        found.append(i)
        i += 1
    return found


def _adjective_of_a_thing(words: list[_Word], index: int) -> bool:
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        word.accented
        and word.text.endswith("ový")
        and word.folded not in surnames()
        and following is not None
        and following.text.islower()
        and following.start - word.end <= 1
    )


# an adjective's ending (as typed) and the folded endings of the nouns it agrees with: a
# woman's "Zelená dílna", a neuter "Senovážné náměstí" or a woman's genitive "Balintovské
# skupiny", a man's "Zelený dům", an accusative "Dluhovou poradnu"
_ADJECTIVE_AGREES = (
    ("á", ("a", "e", "ost")),
    ("é", ("o", "i", "e", "y")),
    ("ý", tuple("bcdfghjklmnprstvz")),
    ("ou", ("u", "ou")),
)
# words after a surname that end like a noun and are none: "Zelená zase volala"
_NO_NOUN_AFTER = frozenset(
    "dnes dneska zitra vcera ted rano vecer zase jeste uz taky take prej pry opravdu porad stale "
    "pak potom konecne nakonec prave asi mozna snad".split()
)


def _adjectival_adverb(text: str) -> bool:
    """An adverb made from an adjective: "osobně" (osobní), "rychle", "telefonicky"."""
    lower = text.lower()
    if not lower.endswith(("ě", "e", "y")):
        return False
    return any(lemma_of(lower[:-1] + ending) == lower[:-1] + ending for ending in ("ý", "í"))


def _adjective_of_a_name(words: list[_Word], index: int) -> bool:
    """An adjective with diacritics before the noun it agrees with, in a thing's name: a square,
    a firm, a group ("Senovážné náměstí", "Zelená dílna", "Balintovské skupiny"). No woman's
    surname in -ová, no kin, role or verb after it: "Zelená volala", "Zelená kurátorka", "Zelená
    zase volala", "Černá sestra" stay somebody."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if (
        following is None
        or not word.accented
        or _FEMALE_SHAPE.match(word.folded)
        or len(following.folded) < 4
        or following.folded in _NO_NOUN_AFTER
        or following.folded in stop_words()
        or _adjectival_adverb(following.text)
        # an ordinary adjective ("Zelená", "Senovážné" the dictionary lacks); "Novotná kauce" is
        # Novotná's, a surname the dictionary knows only as a name
        or kind(word.text) is Kind.PROPER
        or (kind(word.text) is Kind.UNKNOWN and word.folded in surnames())
    ):
        return False
    # an adjective made from somebody's name names a method or a group ("Balintovské skupiny",
    # "Rogersovský přístup"), also before a word for a group; any other only before a thing's noun
    named_after = (
        re.search(r"ovsk[áéý]$", word.text)
        and following.text.islower()
        and kind(following.text) is Kind.ORDINARY
        and not _KIN.match(following.folded)
        and not is_verb(following.text)  # "Hronovský dorazil"
    )
    if not (named_after or _adjective_before_a_thing(words, index)):
        return False
    return any(
        word.text.endswith(ending) and len(word.text) > len(ending) + 3 and following.folded.endswith(nouns)
        for ending, nouns in _ADJECTIVE_AGREES
    )


def _adverb(word: _Word) -> bool:
    """An adverb ("Pokorně", "Veselě") made from an adjective that is a surname too."""
    return word.accented and word.text.endswith(("ě", "e")) and word.folded[:-1] + "y" in surnames()


def _known_word(folded: str, known: KnownNames) -> bool:
    """A brand's word ("Albert", "Silvestra": knowledge/brands.txt), or a word of a known
    organisation that is no listed first name or surname ("Nadace Petra Nováka" is no licence
    to write "Petra Nováka")."""
    if brand_names().knows(folded):
        # a first name is a brand's only as the brand itself or its case form ("v Albertu");
        # "Roman" is no form of the language "Romani"
        return folded not in first_names() or any(
            folded == word or (folded.startswith(word) and folded[len(word) :] in _CASE_ENDINGS)
            for word in _brand_words()
        )
    return known.knows(folded) and folded not in first_names() and folded not in surnames()


@cache
def _brand_words() -> frozenset[str]:
    """The brands of one word as listed in knowledge/brands.txt, folded."""
    return frozenset(fold(line) for line in _lines("brands.txt") if " " not in line)


def _unique(found: list[Finding]) -> list[Finding]:
    unique: dict[tuple[str, str], Finding] = {}
    for finding in found:
        unique.setdefault((finding.reason, finding.excerpt), finding)
    return list(unique.values())


def _looks_like_age(note: str, match: re.Match[str]) -> bool:
    after = fold(note[match.end() : match.end() + 12])
    # "42 let", "12. 3." (a date), "150 000 Kč", "2 noci": a number, not a house number
    return bool(
        re.match(
            r"\s*(\.\s*\d|\d|let|roku|r\.|lety|mesic|dni|dny|den|noc|tydn|hod|kc|korun|krat|%"
            r"|ks\b|km\b|luz|mist|osob|lidi|klient)",
            after,
        )
    )


# -- sixth round (issue #15): kinds an independent examiner's notes (privq6) showed missing
# a person's kin or belongings after his surname's possessive: "Sedláčkův bratr", "Králova družka"
_KIN = re.compile(
    r"^(?:matk|mam[aeyu]|bratr|sestr|druzk|druh|pritel|manzel|syn|dcer|otec|otc|tat[aeyu]|kluk|holk|"
    r"babick|dedeck|deda|rodic|rodin|deti|partner|soused|svagr|tchan|tchyn|kamarad|stryc|tet[aeyu]|"
    r"vnuk|vnuck|snoubenk|snoubenc|advokat|obhajc|exmanzel|expritel|zen[auy]$|dluh|situac|zdravotn|"
    r"pripad|spis|zadost|vec|byt$|bytu$)"
)
# "Sedláčkova", "Králův", "Zemanovic", "Veselého": a surname's possessive or family genitive
_POSSESSIVE_ENDINGS = ("uv", "ova", "ovo", "ovy", "ovych", "ovic", "ovym", "ovu", "ove")
_NAMED_BY = frozenset("jmenuje jmenoval jmenovala jmenem prijmeni prijmenim prezdivka prezdivkou".split())
_CONTACT_ON = frozenset("kontakt kontakty cislo telefon tel mail email mobil adresu".split())
_CASE_CODE = re.compile(r"\(\s*(?:[A-Z]{1,3}-\d[\w-]*|K-\d{4}-\d+)\s*\)")


def _surname_possessive(word: _Word) -> bool:
    """A surname's possessive or family genitive ("Sedláčkova", "Králův", "Zemanovic",
    "Veselého") (a place's word is none: "Jindřichův Hradec"); used only before a person's kin."""
    folded = word.folded
    if any(folded.endswith(ending) and len(folded) - len(ending) >= 3 for ending in _POSSESSIVE_ENDINGS):
        return True  # "Vlčkova", "Sekerův", "Chlupáčova", "Benešova"
    # "Veselého", "Krejčího": an adjective's genitive that is a listed surname's
    return (
        (word.text.endswith(("ého", "ých")) and folded in surnames())  # "Veselých dcera": the family's
        or (word.text.endswith("ího") and folded[:-3] + "i" in surnames())
    )


def _said_to_be_named(text: str, words: list[_Word], index: int) -> bool:
    """A word said to be somebody's name: "klient se jmenuje Kříž", "Jmenuje se Zima."; not a
    thing's ("program se jmenuje Nový začátek", "obec se jmenuje Hora")."""
    at = index - 1
    if at >= 0 and words[at].folded == "se":
        at -= 1  # "Jmenuje se Zima"; "se jmenuje Kříž" has the verb right before
    if at < 0 or words[at].folded not in _NAMED_BY:
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    alone = following is None or bool(text[words[index].end : following.start].strip())  # "Zima." "Kříž,"
    before = fold(text[: words[at].start])
    return bool(_PRIVATE.search(before)) or (words[at].sentence_start and alone)


def _adjective_before_a_thing(words: list[_Word], index: int) -> bool:
    """An adjective right before an ordinary noun in lower case that is no role or kin: "na
    Dluhovou poradnu" is an office; "na Pokornou mámu" stays somebody."""
    following = words[index + 1] if index + 1 < len(words) else None
    return (
        following is not None
        # in lower case, or in capitals as the adjective is ("NA DLUHOVOU PORADNU")
        and (following.text.islower() or (words[index].text.isupper() and following.text.isupper()))
        and following.start - words[index].end <= 1
        and kind(following.text.lower()) is Kind.ORDINARY
        and not _KIN.match(following.folded)
        # a person by role ("na Pokornou kurátorku"); "poradna" is a role and an office
        and not (_role_in_any_case(following) and stem(following.text.lower()) not in _institution_stems())
        and not is_verb(following.text)
    )


# a person's close kin, whose possessive surname in lower case names the person ("pekarova zena")
_CLOSE_KIN = re.compile(
    r"^(?:zen[aeuy]|zenou|manzel\w*|druzk\w*|druh|druha|pritel\w*|matk\w*|mam[aeuy]|otec|otce|tat[aeuy]|"
    r"syn|syna|synovi|synem|dcer\w*|bratr\w*|sestr\w*|brach\w*|segr\w*|deti|kluk|holk[aeuy]|rodic\w*|"
    r"babick\w*|dedeck\w*|partner\w*|exmanzel\w*|expritel\w*)$"
)
_KIN_POSSESSIVE = re.compile(r"^([a-z]{3,}?)(?:ova|ovy|ovo|ove|ovu|ovou|uv)$")
_KIN_POSSESSIVE_ENDINGS = ("ova", "ovy", "ovo", "ove", "ovu", "ovou", "uv")


def _lower_possessive_before_kin(words: list[_Word], index: int) -> bool:
    """A listed surname's possessive typed in lower case right before close kin: "pekarova zena
    na nej nechce cekat", "novakuv syn volal"; a listed surname only, and no place's word."""
    word = words[index]
    if not word.folded.endswith(_KIN_POSSESSIVE_ENDINGS):
        return False
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or following.start - word.end > 1 or not _CLOSE_KIN.match(following.folded):
        return False
    found = _KIN_POSSESSIVE.match(word.folded)
    return (
        found is not None
        and found.group(1) in _surname_lemmas()
        and len(found.group(1)) > 3
        and word.folded not in _place_words()
        and not (index and _place_preposition(words[index - 1]))
    )


def _sixth_round_names(text: str, words: list[_Word]) -> list[Finding]:
    """A person named by what stands around the name: his surname's possessive before his kin
    ("Sedláčkův bratr slíbil"), "se jmenuje Kříž", a first name after "s" ("mluvila jsem s
    Janou"), a first name described in brackets anywhere ("ptala se Věra (sestra kl.)"), a
    capitalised word with a case code ("na Krále (OV-21)"), a contact on somebody ("kontakt na
    Pokornou"), a surname that is a word before a first name inside a sentence ("byla tu Mladá
    Eva")."""
    found: list[Finding] = []
    for i, word in enumerate(words):
        if not word.capital and _lower_possessive_before_kin(words, i):
            found.append(Finding("privacy.name", word.text))  # "pekarova zena nechce cekat"
            continue
        if (
            not word.capital
            and word.folded not in first_names()
            and word.folded not in surnames()
            and "(" not in text[word.end : word.end + 3]
        ):
            continue  # every rule below wants a capital, a first name, a surname or a bracket
        previous = words[i - 1] if i else None
        following = words[i + 1] if i + 1 < len(words) else None
        after = text[word.end : word.end + 24].lstrip(" ")
        if (
            word.capital
            and after.startswith("(")
            and word.folded in first_names()
            and not (previous is not None and previous.folded in _SAINT)
            and text.find(")", word.end) > 0
            and _PRIVATE.search(fold(text[word.end : text.find(")", word.end)]))
        ):
            found.append(Finding("privacy.name", word.text))  # "Věra (sestra kl.)", "Hana (družka klienta)"
            continue
        if (
            word.capital
            and following is not None
            and not following.capital
            and _KIN.match(following.folded)
            and _surname_possessive(word)
            and not word.folded.startswith("klient")  # "Klientova dcera": the client's own
            and not _is_place(words, i)
            and not (previous is not None and _place_preposition(previous))
            and stem(following.text) not in _NAMED_AFTER
        ):
            found.append(Finding("privacy.name", word.text))  # "Sedláčkův bratr", "Zemanovic kluk"
            continue
        if word.capital and _said_to_be_named(text, words, i):
            found.append(Finding("privacy.name", word.text))  # "klient se jmenuje Kříž", "Jmenuje se Zima."
            continue
        if (
            word.capital
            and word.folded in first_names()
            and _after_verb(words, i)
            and not (following is not None and following.capital)
        ):
            found.append(Finding("privacy.name", word.text))  # "ráno volala Jana", "přišel Honza"
            continue
        place = word.folded in _place_words() or (previous is not None and previous.folded in _SAINT)
        if place:
            continue
        if (
            previous is not None
            and previous.folded in ("s", "se")
            and word.folded in first_names()
            and word.folded.endswith(("ou", "em", "ii"))
            and (word.capital or kind(word.text) is not Kind.ORDINARY)
        ):
            found.append(Finding("privacy.name", word.text))  # "mluvila jsem s Janou", "s pepou"
            continue
        if (
            after.startswith("(")
            and text[word.end :].find(")") > 0
            and fold(text[text.find("(", word.end) + 1 : text.find(")", word.end)].strip()) in first_names()
            and any(words[j].folded in surnames() for j in range(max(0, i - 1), i + 1))
        ):
            found.append(
                Finding("privacy.name", text[words[max(0, i - 1)].start : text.find(")", word.end) + 1])
            )
            continue  # "sedlacek r. (radim)", "Novák (Petr)": a first name in brackets, a surname
        if (
            i == 1
            and previous is not None
            and previous.capital
            and word.capital
            and following is not None
            and following.folded in ("z", "ze")
            and word.start - previous.end <= 1
            and not text[word.end : following.start].strip()  # "Klientka OP/24/007 ze": a code
            and previous.folded not in _place_words()
            and (previous.folded in first_names() or kind(previous.text) is Kind.ORDINARY)
            and word.folded not in _INSTITUTION_WORDS
            and not _hard_adjective(previous.text)
        ):
            found.append(Finding("privacy.name", f"{previous.text} {word.text}"))  # "Míra Pešek z Jiřic"
            continue
        if word.capital and after.startswith("("):
            if _CASE_CODE.match(after) and not _role_in_any_case(word):  # "Klient (K-0712) čeká"
                found.append(Finding("privacy.name", word.text))  # "Věra (sestra kl.)", "Krále (OV-21)"
                continue
        if (
            word.capital
            and previous is not None
            and previous.folded == "na"
            and i > 1
            and words[i - 2].folded in _CONTACT_ON
            and (
                word.folded in surnames()
                or word.folded in first_names()
                or (
                    word.folded.endswith("ou")
                    and _hard_adjective(word.text)
                    and not _adjective_before_a_thing(words, i)  # "kontakt na Dluhovou poradnu"
                )
            )
        ):
            found.append(Finding("privacy.name", word.text))  # "kontakt na Pokornou"
            continue
        if (
            word.capital
            and not word.sentence_start
            and following is not None
            and following.capital
            and _is_first(following, word)
            and following.start - word.end <= 1
            and _word_surname_before(words, i)
            and not (previous is not None and (previous.capital or _place_preposition(previous)))
        ):
            found.append(Finding("privacy.name", f"{word.text} {following.text}"))  # "byla tu Mladá Eva"
    return found


# -- seventh round (issue #15): kinds two more examiners' corpora (privq8, p7A) showed
# famous people stand for streets, books, films and holidays: "Jana Palacha 1", "četl Komenského"
_CONNECTIVES = frozenset({"a", "z", "ze"})  # "Cyril a Metoděj", "Zachariáš z Hradce"


@cache
def _famous() -> tuple[dict[str, tuple[tuple[frozenset[str], ...], ...]], frozenset[str]]:
    """knowledge/famous_people.txt: names of several words as the case forms of each word, by
    the forms of their first word; names of one word as their case forms."""
    phrases: dict[str, set[tuple[frozenset[str], ...]]] = {}
    single: set[str] = set()
    for line in _lines("famous_people.txt"):
        tokens = line.split()
        if len(tokens) == 1:
            single |= _surname_forms(tokens[0]) | _first_name_forms(tokens[0])
            continue
        forms: list[frozenset[str]] = []
        after_connective = False
        for token in tokens:
            folded = fold(token.rstrip("."))
            if folded in _CONNECTIVES or token.endswith(".") or after_connective:
                forms.append(frozenset({folded}))  # "z", "IV.", "Hradce" after "z"
                after_connective = after_connective or folded in ("z", "ze")
            else:
                forms.append(frozenset(_famous_forms(token)))
        for first in forms[0]:
            phrases.setdefault(first, set()).add(tuple(forms))
    return {key: tuple(found) for key, found in phrases.items()}, frozenset(single)


def _famous_forms(token: str) -> set[str]:
    """A word of a famous person's name in the cases of that person only: "o Janu Amosovi
    Komenském" is his, "s Janou Nerudovou" (a woman's forms of "Jan Neruda") is somebody else."""
    forms = _first_name_forms(token) | _surname_forms(token)
    folded = fold(token)
    if token.endswith("ý"):
        forms.add(folded[:-1] + "em")  # the locative: "o Komenském"
    if not folded.endswith(("a", "ova")):
        forms -= {folded + "ou", folded[:-2] + folded[-1] + "ou"}  # "Janou" is Jana's, not Jan's
    if not folded.endswith("ova"):  # "Nerudovou" is a woman's, not Neruda's
        forms -= {form for form in forms if form.endswith(_WOMANS)}
    return forms


_WOMANS = ("ova", "ove", "ovou", "ovych", "ovym")


# the last note's spans: asked again for each name found in it (a note of 300 e-mail addresses
# took 2 s when they were found anew each time)
_last_famous_spans: tuple[list[_Word], list[tuple[int, int]]] | None = None


def _famous_spans(words: list[_Word]) -> list[tuple[int, int]]:
    """Where a famous person's name of several words stands, in any case ("Janu Palachovi")."""
    global _last_famous_spans
    last = _last_famous_spans
    if last is not None and last[0] is words:
        return last[1]
    spans = _find_famous_spans(words)
    _last_famous_spans = (words, spans)
    return spans


def _famous_spans_of_nobody(note: str, words: list[_Word]) -> list[tuple[int, int]]:
    """The famous names of several words that stand for the famous person, not for a namesake
    the note tells of (`_namesake`)."""
    famous = _famous_spans(words)
    if not famous:
        return []
    starts = {word.start: i for i, word in enumerate(words)}
    ends = {word.end: i for i, word in enumerate(words)}
    return [(start, end) for start, end in famous if not _namesake(note, words, starts[start], ends[end])]


# a namesake said to be one: "jmenovec prezidenta", "(není příbuzný)", "ne ten podnikatel",
# "opravdu se tak jmenuji", "shodou okolností"
_NAMESAKE = re.compile(
    r"\b(?:jmenov(?:ec|ce|ci|cem|kyn\w*)|neni\s+(?:pribuzn\w*|to\s+t[eo]n)|"
    r"ne\s+(?:t(?:en|a|oho|ou|e)\s+)?(?:prezident|spisovatel|basnik|skladatel|reformator|kral|herec|"
    r"podnikatel|slavn|znam)\w*|sam[ay]?\s+za\s+sebe\s*\)|"
    r"(?:se\s+)?(?:opravdu\s+|skutecne\s+)?tak\s+jmenuj\w*)"
)
# one of a group of people: "Václavu Havlovi z naší dílny"; not "knihy Karla Čapka z naší knihovny"
_ONE_OF_US = re.compile(
    r"\s+(?:z|ze)\s+(?:nasi|naseho)\s+(?:diln|part|skupin|organizac|tym|kancelar|sluzb|poradn|spolk|"
    r"stredisk|komunit|farnost|redakc)\w*"
)
# the roles famous people are named by: "spisovatel Karel Čapek", "prezident Václav Havel"
_FAME_ROLES = re.compile(
    r"^(?:spisovatel|prezident|kral|cisar|knize|malir|skladatel|basnik|reformator|kazatel|"
    r"podnikatel|herec|herecka|zpevak|zpevacka|vojevudce|hejtman|sochar|architekt|vedec|"
    r"astronom|filozof|filosof|politik|papez|reziser|sportovec|fotbalist|hokejist|autor|"
    r"dramatik|pedagog|biskup|arcibiskup|svat|mucednik|svetec|vynalezce|fotograf|ilustrator|"
    r"cestovatel|badatel|historik|disident|student|mistr|psycholog|psychiatr|psychoterapeut|lekar|knez|"
    r"terapeut|kriminolog|sociolog|vezen|americk|svycarsk|rakousk|nemeck|britsk)\w*$"
)
# a person's role the dictionary lacks: "Mediátor Jan Hus", "náš pokladník"
_MORE_ROLES = re.compile(r"^(?:mediator|pokladn|prednasejic|reditel|zastupc|predsed|mistopredsed|mentor)\w*$")
# what a guest does at an event, in the present or future: "Přednáší Václav Havel", "Jan Hus
# vysvětlí"; not what an author does in his books ("jak říká Václav Havel", "Frankl píše")
_HOSTING = frozenset(
    "prednaset prednest vest povest moderovat poslat posilat prijit prijet predstavit vysvetlit "
    "promluvit zahajit zahajovat".split()
)


def _hosts(word: _Word) -> bool:
    found = lemma_of(word.text)
    return found is not None and fold(found) in _HOSTING and not word.folded.endswith(_PAST_ENDINGS)


def _a_persons_role(word: _Word) -> bool:
    return (role_noun(word.text) or bool(_MORE_ROLES.match(word.folded))) and not _FAME_ROLES.match(
        word.folded
    )


def _namesake(note: str, words: list[_Word], first: int, last: int) -> bool:
    """A famous person's name (words[first..last]) borne by somebody the note tells of: it says
    he is a namesake ("jmenovec prezidenta", "není příbuzný"), a person's role stands right
    before it ("Mediátor Jan Hus", "otec klienta je Karel Čapek") or is set off after it
    ("Václav Havel, náš pokladník", "Karel Čapek – soukromá osoba"), a town he is from follows
    ("Jana Husa z Prachatic"), or a verb in the present or future tells what he does ("Jan Hus
    vysvětlí", "posílá Václav Havel"); "spisovatel Karel Čapek", "Karel Čapek napsal" are his."""
    start, end = words[first].start, words[last].end
    if _NAMESAKE.search(fold(note[max(0, start - 30) : end + 50])):
        return True
    before = words[first - 1] if first else None
    if before is not None and not note[before.end : start].strip():
        if _a_persons_role(before):
            return True
        if before.folded in ("je", "byl", "jmenuje") and any(
            _someone_close(w.folded) for w in words[max(0, first - 4) : first - 1]
        ):
            return True  # "otec klienta je Karel Čapek"
        if _hosts(before) and words[first].folded in _famous_nominatives():
            return True  # "Přednáší Václav Havel", "posílá Václav Havel"
    next_word = words[last + 1] if last + 1 < len(words) else None
    if (
        _CASE_CODE_BEFORE.search(note[max(0, start - 16) : start])
        and next_word is not None
        and not note[end : next_word.start].strip()
        and is_verb(next_word.text)
    ):
        return True  # "K-1234 Bohumil Hrabal dokončil rekvalifikaci"; not "K-552 Jan Amos Komenský – knížka"
    if re.match(r"^\s*[,–-]\s*(?:\w+\s+){0,2}osvc\b", fold(note[end : end + 40])):
        return True  # "Jan Žižka, truhlář OSVČ": a self-employed man
    if re.match(r"\s+doma\b", note[end:]) and before is not None and before.folded == "u":
        return True  # "U Jaroslava Haška doma, Lidická 20": at his home
    if re.match(r"\s+(?:ma|mel|mela|bude\s+mit|slavi)\s+narozenin", fold(note[end : end + 30])):
        return True  # "karel capek ma narozeniny, prineste prani": a living man's birthday
    if _ONE_OF_US.match(fold(note[end : end + 30])):
        return True  # "Děkujeme Václavu Havlovi z naší dílny": one of us
    if re.match(r"\s+(?:z|ze)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]", note[end:]) and not (
        before is not None and before.folded in ("o", "k", "ke", "po")
    ):
        return True  # "Jana Husa z Prachatic", "Karel Čapek z Dobříše"; not "o Janu Husovi z Husince"
    if (
        before is not None
        and before.text == "u"
        and re.match(r"\s+(?:v|ve)\s+\w", note[end:])
        and not (first > 1 and words[first - 2].folded.startswith(_INNS))
    ):
        return True  # "návštěva u Karla Čapka v Úpici": at his home, not at a pub named after him
    town_then = re.match(r"\s*,\s*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w+(?=\s*,)", note[end:])
    if town_then is not None and _said_to_be_kin(note, end + town_then.end()):
        return True  # "Jan Hus, Tábor, strýc klienta"
    # "Středisko Don Bosco otevírá klub": an institution named after him acts in the present
    institution = before is not None and len(before.folded) > 4 and stem(before.text) in _institution_stems()
    if next_word is not None and not note[end : next_word.start].strip() and not next_word.capital:
        if not institution and _hosts(next_word):
            return True  # "Jan Hus vysvětlí, jak funguje mediace"
    apposition = re.match(r"\s*[,(–-]+\s*", note[end:])
    if apposition is not None:
        following = [w for w in words[last + 1 : last + 5] if w.start >= end + apposition.end()]
        for k, word in enumerate(following):
            if k and note[following[k - 1].end : word.start].strip():
                break  # a comma or a bracket ends the apposition
            if word.folded in ("klient", "klientka", "klienti"):
                break  # "výstavu Alfonse Muchy, klient nadšený": a clause of its own
            if _a_persons_role(word) or word.folded in ("osoba", "osobou", "clovek"):
                later = following[k + 1] if k + 1 < len(following) else None
                # "ZŠ Jana Nerudy, klient tam chodil": a clause of its own, not who he is; a comma
                # after the role ends the apposition ("Václav Havel, náš pokladník, přinese klíče")
                clause = (
                    later is not None
                    and not note[word.end : later.start].strip()
                    and (later.folded in ("tam", "tu", "tady") or is_verb(later.text))
                )
                return not clause
            if word.capital or is_verb(word.text) or word.folded in _RELATIVE_CLAUSE:
                break
    return False


@cache
def _famous_nominatives() -> frozenset[str]:
    """The first words of the famous names of several words, as listed: "václav", "jan"."""
    return frozenset(fold(line.split()[0]) for line in _lines("famous_people.txt") if len(line.split()) > 1)


def _find_famous_spans(words: list[_Word]) -> list[tuple[int, int]]:
    phrases, _ = _famous()
    spans = []
    for i, word in enumerate(words):
        if i and _PRIVATE.fullmatch(words[i - 1].folded):
            continue  # "Klient Jan Hus (opravdu se tak jmenuje)", "pan Karel Čapek": somebody
        for forms in phrases.get(word.folded, ()):
            following = words[i : i + len(forms)]
            if (
                len(following) == len(forms)
                and all(w.folded in found for w, found in zip(following, forms, strict=True))
                and not _acts_as_person(words, i + len(forms) - 1)  # "Pan Tau přišel" is somebody
            ):
                spans.append((word.start, following[-1].end))
    return spans


def _famous_word(folded: str) -> bool:
    """A famous person's name known alone ("Komenského", "Švejka")."""
    return folded in _famous()[1]


@cache
def _cited_famous() -> frozenset[str]:
    """The case forms of the authors' surnames known alone only where a note cites them (the
    last part of knowledge/famous_people.txt): "podle Prochasky", not "Prochaska volal"."""
    cited: set[str] = set()
    inside = False
    with open(knowledge_file("famous_people.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("# --"):
                inside = "cites" in line
            elif inside and line.strip() and not line.startswith("#"):
                cited |= _surname_forms(line.strip()) | _first_name_forms(line.strip())
    return frozenset(cited)


# what cites an author: "podle Maslowa", "dle Zehra", "model Prochasky", "metoda Feuersteinové"
_CITING = re.compile(r"^(?:podle|dle|model\w*|metod\w*|teori\w*|pristup\w*|koncept\w*|pyramid\w*|viz|od)$")


def _famous_alone(note: str, words: list[_Word], excerpt: str, parts: list[str]) -> bool:
    """A famous name known alone stands for the famous person wherever it stands, unless a
    person's verb follows it ("Hawkins volal, že nepřijde"); an author's surname that a client
    may bear only where the note cites it ("podle Maslowa a Rollnicka", "(Prochaska a
    DiClemente)")."""
    cited_only = any(part in _cited_famous() for part in parts)
    at = _standing_alone(note, excerpt.rstrip("."))
    for here in at:
        inside = [i for i, word in enumerate(words) if here <= word.start < here + len(excerpt)]
        if not inside:
            continue
        if _acts_as_person(words, inside[-1]):
            return False
        if cited_only and not _cites(note, words, inside[0], inside[-1]):
            return False
    return True


def _cites(note: str, words: list[_Word], first: int, last: int) -> bool:
    """An author's name in a citing context: after "podle", "dle", "model", "metoda" a few words
    back in its sentence, in brackets, or joined by "a" to another cited name."""
    if note[: words[first].start].count("(") > note[: words[first].start].count(")"):
        return True  # "teorie připoutání (Bowlby)"
    for j in range(first - 1, max(-1, first - 5) if not words[first].sentence_start else first - 1, -1):
        if _CITING.match(words[j].folded):
            return True
        if words[j].sentence_start:
            break
    before = words[first - 2] if first > 1 and words[first - 1].folded == "a" else None
    after = words[last + 2] if last + 2 < len(words) and words[last + 1].folded == "a" else None
    return any(other is not None and other.folded in _cited_famous() for other in (before, after))


# an illness named after its describer: "Aspergerův syndrom", "s Parkinsonovou nemocí"
_ILLNESSES = (
    "syndrom", "nemoc", "chorob", "lymfom", "demenc", "sarkom", "chorea", "psychoz", "obrn",
    "encefalopati", "anemi", "tyreoiditid", "zloutenk",
)  # fmt: skip
_NAMED_THING_ENDINGS = ("uv", "ova", "ovo", "ovy", "ovu", "ove", "ovou", "ovym", "ovych", "ovymi")


def _named_thing_after(words: list[_Word], index: int) -> bool:
    """A possessive before an illness or a kind of place: the thing is named after somebody
    ("Downovým syndromem", "Thomayerova nemocnice", "dvořákova ulice"), nobody is named."""
    word = words[index]
    following = words[index + 1] if index + 1 < len(words) else None
    if following is None or following.capital or following.start - word.end > 1:
        return False
    folded = word.folded
    if not any(folded.endswith(ending) and len(folded) > len(ending) + 2 for ending in _NAMED_THING_ENDINGS):
        return False
    return following.folded.startswith(_ILLNESSES) or (
        following.folded[:3] in _NAMED_AFTER_PREFIXES and stem(following.text) in _NAMED_AFTER | _TITLE_KINDS
    )


# a sentence ends at a full stop after a word that is no abbreviation ("Sv. Anežky", "nám.",
# "tel.", "Karla IV. 15" go on), or at a semicolon or a line's end
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{4})[.!?](?=\s)|(?<=\d)\.(?=\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])|[;\n]")
_HOME_WORD = re.compile(r"\b(?:" + _HOME + r")\b")
_HOME_OR_FLAT = re.compile(r"\b(?:" + _HOME + r"|byt|bytu|byte|rodic\w*|adres\w*)\b")
# a dwelling in the words around an address makes it somebody's: "Čs. armády 12, byt 5"
_DWELLING = re.compile(r"\b(?:byt|bytu|byte|bytech|rodic\w*)\b")


def _office_near(note: str, plain: str, start: int, end: int, *, collection: bool = False) -> bool:
    """An address, landline or account beside the office it belongs to, in a note that may be
    about a client elsewhere: the office stands in the six words before or five after, or in the
    same sentence, and no client, kin, home or mobile does there ("v sídle střediska PMS
    Jihlava, Komenského 22", "Charitu Opava, Kylešovská 10", "Husova 5 – úřad městské části";
    not "klient bydlí u sestry, Husova 5"). `collection`: money given to an organisation counts
    as its office ("Účet pro dary organizace: 2100123456/2010")."""
    if len(plain) != len(note):
        return False
    if _our_label(note, plain, start):
        return True
    before, after = plain[max(0, start - 160) : start], plain[end : end + 160]
    ends = list(_SENTENCE_END.finditer(note, max(0, start - 160), start))
    if ends:
        before = plain[ends[-1].end() : start]
    if cut := _SENTENCE_END.search(note, end, end + 160):
        after = plain[end : cut.start()]
    left, right = before.split()[-6:], after.split()[:5]
    sentence = _about(" ".join(before.split() + after.split()))
    event = not _PRIVATE.search(sentence) or bool(_EVENT.match(sentence))
    owner = _OFFICE_OR_EVENT if event else _OFFICE
    if collection:
        owner = re.compile(owner.pattern + "|" + _COLLECTION.pattern)
    # the office nearest the address owns it; what stands beyond the office is another matter
    # ("Klient byl odkázán na Charitu Opava, Kylešovská 10")
    at_left = [j for j, token in enumerate(left) if owner.search(_about(token)) and not _sent_to(left, j)]
    at_right = [j for j, token in enumerate(right) if owner.search(_about(token)) and not _sent_to(right, j)]
    windows = [" ".join(before.split()) + " _ " + " ".join(after.split())]
    # "klient bydlí na ubytovně, Husova 5", "spí v azylovém domě, …": where he lives is his home,
    # whatever office keeps the house
    if at_left and _HOME_WORD.search(" ".join(left[max(0, at_left[-1] - 3) : at_left[-1]])):
        at_left = []
    if at_left:
        # with the word before the office: "pevná linka 465 521 774" is a household's; after a
        # dash a new clause ("Havlíčkovo nábřeží 600 – klient tam má kontrolu"), which makes the
        # address somebody's only by a home or a flat ("Husova 5 – byt klienta")
        near = right[:3]
        dash = next((j for j, token in enumerate(near) if token in ("–", "-", "—")), None)
        if dash is not None and not _HOME_OR_FLAT.search(" ".join(right[dash + 1 : dash + 5])):
            near = near[:dash]
        windows.append(" ".join(left[max(0, at_left[-1] - 1) :] + near))
    if at_right:
        windows.append(" ".join(left[-3:] + right[: at_right[0] + 1]))
    for window in windows:
        about = _about(window)
        if _PRIVATE.search(about) or _DWELLING.search(about) or _THIRD_PERSON.search(about):
            continue
        if owner.search(about):
            return True
    return False


_SENDING = re.compile(
    r"^(?:po|za|od|pre|do|na|vy)?(?:posl|sl|zasl|predl|preda|dolo|hlas|nahlas|nes|vez|odevzd)\w*$"
)


def _sent_to(tokens: list[str], index: int) -> bool:
    """The office at `index` is where a value goes, not whose it is: "poslat na ÚP", "doložit na
    úřad", "nahlásit do DPC" (a verb of sending, a preposition of direction and the office)."""
    return (
        index >= 2
        and tokens[index - 1] in ("na", "do", "k", "ke")
        and bool(_SENDING.match(tokens[index - 2].strip(",.:;")))
    )


def _about_an_office(about: str) -> bool:
    """An office or an event is spoken of, and no client, kin, home or private phone (`about`:
    the note as `_about` leaves it)."""
    return (
        bool(_OFFICE_OR_EVENT.search(about))
        and not _PRIVATE.search(about)
        and not _THIRD_PERSON.search(about)
    )


def _our_label(note: str, plain: str, start: int) -> bool:
    """A value (address, phone, account) right after the service's own label opening the note or
    a sentence ("Naše nová adresa: Sokolovská 124", "Náš telefon: 733 555 210", "Bankovní
    spojení: 2501234567/2010"), within 40 characters of it and no comma between ("náš účet nezná,
    pošle na …" labels nothing), in a note where no client, kin, home, flat or third person stands
    ("Bankovní spojení: 1234567890/0100 (jeho)" is his)."""
    if len(plain) != len(note):
        return False
    ends = list(_SENTENCE_END.finditer(note, 0, start))
    opening = ends[-1].end() if ends else 0
    label = _OUR_LABEL.match(plain, opening)
    if not label or not label.start() <= start <= label.end() + 40 or "," in plain[label.end() : start]:
        return False
    if _SENTENCE_END.search(note, label.end(), start):
        return False
    rest = plain[: label.start()] + " " + plain[label.end() :]
    return not (_PRIVATE.search(rest) or _DWELLING.search(rest) or _THIRD_PERSON.search(rest))


def _about(text: str) -> str:
    """What a (folded) text is about: an institution's house, a work phone, a service's or
    event's contact and an office's new address are an office's, "místo bydliště" is nobody's."""
    text = _OFFICE_MOVED.sub("sluzba", _SERVICE_LABEL.sub("sluzba", text))
    return _GENERAL.sub("", _INSTITUTION_HOUSE.sub("sluzba", _WORK_PHONE.sub("sluzba", text)))


# an office that moved and its new address: "Kancelář přestěhována: nová adresa Palackého 1521",
# "Naše nová adresa: ..."
_OFFICE_MOVED = re.compile(
    r"\b(?:kancelar|poradn|sidl|stredisk|pobock|organizac|sluzb|spol(?:ek|ku|kem|ecnost)|urad|centr|klub|ambulanc)\w*"
    r"\s+(?:se\s+|je\s+|byl[aoy]?\s+)?(?:prestehoval\w*|prestehovan\w*|presunut\w*|stehuje)\b"
    r"[^.;]{0,30}?\bnov\w* adres\w*"
    r"|\bnov\w* adres\w* (?:kancelar|poradn|stredisk|pobock|organizac|sluzb|spolk|uradu|centr|klubu|"
    r"kontaktniho mist)\w*"
)
# the writer's service speaking of itself, as the label of what follows it: "Naše nová adresa od
# 1. 3.: Sokolovská 124", "Náš telefon: 733 555 210", "Nás najdete na Husově 5", "Přestěhovali
# jsme se na …", "Bankovní spojení: …". Only opening the note or a sentence, and only for a value
# right after it (`_our_label`): anywhere else "naše číslo" says nothing of the number beside it
# ("volal z 777 123 456, chce naše číslo", "do naší kanceláře chodí …, tel. 608 123 456")
_OUR_LABEL = re.compile(
    r"\s*(?:nas(?:e|i|eho|emu|im)?\s+(?:nov\w*\s+)?(?:adres\w*|telefon\w*|cisl[oa]|mobil\w*|e-?mail\w*|"
    r"ucet|uctu)|nas najdete|sidlime|(?:prestehovali|presunuli) jsme se|bankovni spojeni)\b"
)
# he, she, his, her: a third person in the sentence makes a value beside the service's his
_THIRD_PERSON = re.compile(r"\b(?:on|ona|jeho|jeji|mu|jemu|nej|neho|nim|svuj|sveho)\b")


# a service's or event's text, labelled so: "Služba: Terénní program ..., kontakt 737 000 111"
_SERVICE_LABEL = re.compile(r"^\s*(?:sluzba|akce|event|udalost)\s*:")


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


# kin and "some" before a first name, in any case and register: "s mamou Hanou", "brach pepa",
# "synovi davidovi", "Jeho ségra Monika", "nějaká vlasta"
_KIN_BEFORE = re.compile(
    r"^(?:mam[aeyuo]\w*|mamk\w*|matk\w*|mat[ei]|brach\w*|segr\w*|sestr\w*|bratr\w*|syn|syna|synovi|synem|"
    r"synk\w*|dcer\w*|holk\w*|kluk\w*|druzk\w*|druh|druha|druhovi|partner\w*|pritel\w*|manzel\w*|"
    r"otec|otce|otci|otcem|tat[aeyuo]\w*|babick\w*|bab[aeiu]|dedeck\w*|ded[ao]|tet[aeyuo]\w*|"
    r"stryc\w*|neter\w*|synovec|synovc\w*|vnuk\w*|vnuck\w*|svagr\w*|tchyn\w*|tchan\w*|"
    r"kamarad\w*|nejak[aeyouy]\w*)$"
)
# what people do, so a first name right after it is who did it: "volal roman", "přijde martina"
_PEOPLE_VERBS = frozenset(
    "prijde prijdou prisel prisla dorazil dorazila byl byla zeptat zeptam zeptal zeptala ptal ptala "
    "rikal rikala psal psala volal volala volali zavolal zavolala".split()
)
# what stands between a first name opening a sentence and its verb: "Marek dnes zase nepřišel"
_BEFORE_ITS_VERB = frozenset(
    "dnes dneska zase zas uz jeste porad vcera rano vecer prej pry taky nakonec konecne opet "
    "zrovna nikdy vubec ani asi".split()
)
_THANKS = frozenset("diky dik dekuji dekujeme dekuju podekovat".split())
# "ten Kříž zase pije": a demonstrative before a capitalised word and its verb points at a person
_THAT_ONE = frozenset("ten ta toho té tý tej tomu tou".split())
# a father and his son of one name: "Hrubý junior", "Novák st."
_JUNIOR = frozenset("junior senior ml st".split())
_VIETNAMESE_SURNAMES = frozenset("nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly".split())
# a case code: "K-2026-348", "KL-2025-12" or the shorter "K-0610", "k-0089" (nineteenth round)
_CODE = r"\b[A-Za-z]{1,3}-(?:\d{4}-\d+|\d{3,4})"
_AFTER_A_CODE = re.compile(_CODE + r"\s*[:,–—-]?\s*$")  # "K-2026-348 Láďa zase", "k-2026-047, oleksandr ma"


# how a person is, after a name and "je": in custody, ill, without work or a roof ("Svoboda je
# ve vazbě", "Fiala je na ubytovně", "Marek je nemocný"); "Svoboda je pro něj šok" is freedom
_PERSON_STATE = re.compile(
    r"\s*(?:(?:zase|uz|stale|porad|ted|jeste|prej|pry|asi|znovu)\s+)?"
    r"(?:nemocn\w*|ve vazbe|ve vykonu|ve vezeni|v base|v nemocnici|v lecebne|na ubytovne|na ulici|"
    r"na azylaku|v azylovem dome|na nocleharne|bez prace|bez bydleni|bez penez|bez dokladu|na podmince|"
    r"na davkach|zavren\w*|propusten\w*|tehotn\w*|opil\w*|nezvestn\w*|v insolvenci|v exekuci|"
    r"na detoxu|na lecen\w*|v invalidnim duchodu|nezamestnan\w*|bezdomovec|zadrzen\w*)\b"
)


def _opens(text: str, words: list[_Word], index: int) -> bool:
    """The word opens the note, a sentence or what follows a case code."""
    return index == 0 or words[index].sentence_start or bool(_AFTER_A_CODE.search(text[: words[index].start]))


def _next_verb(words: list[_Word], index: int) -> _Word | None:
    """The word after `index`, past time adverbs ("dnes zase nepřišel")."""
    j = index + 1
    while j < len(words) and words[j].folded in _BEFORE_ITS_VERB:
        j += 1
    return words[j] if j < len(words) else None


def _womans_nominative(folded: str) -> bool:
    """A woman's form of a listed surname, in the nominative: "novakova", "kralova" (Novák,
    Král), "pokorna", "cerna" (Pokorný, Černý)."""
    return (folded.endswith("ova") and folded[:-3] in _surname_lemmas()) or (
        folded.endswith("a") and folded[:-1] + "y" in _surname_lemmas()
    )


# who a lower-case surname right after it is, as the subject of its verb: "klient kos dorazil",
# "otčím vlk volal" (eighteenth round)
_SUBJECT_TITLES = frozenset(
    "klient klientka odsouzeny odsouzena obvineny obvinena propusteny propustena vezen kl odsouz ods obv "
    "pan pani syn dcera bratr sestra manzel manzelka druh druzka partner partnerka otec matka otcim "
    "macecha snacha zet tchan tchyne svagr svagrova dedecek deda babicka stryc strejda teta synovec "
    "neter vnuk vnucka bratranec sestrenice soused sousedka pritel pritelkyne kamarad kamaradka "
    "pastorek pastorkyne nevlastni".split()
)


def _after_a_subject(text: str, words: list[_Word], index: int) -> bool:
    """The word stands right after a client's, a convict's or a relative's title in the
    nominative, nothing but a space between ("klient kos dorazil", "Otčím vlk volal")."""
    if index == 0:
        return False
    previous = words[index - 1]
    return (
        previous.folded.rstrip(".") in _SUBJECT_TITLES
        and text[previous.end : words[index].start].strip(" .") == ""
        and not words[index].sentence_start
    )


_AFTER_A_CODE_COMMA = re.compile(_CODE + r"\s*,\s*$")  # "K-2026-047, kos prisel"
# trades, which a lower-case word after "klient" more likely is than a surname ("klient zednik
# nastoupil", "druh kuchar prisel"): a noun for a person by these endings
_TRADE_ENDINGS = ("nik", "ar", "ir")


def _after_a_code_comma(text: str, words: list[_Word], index: int) -> bool:
    """The word opens what follows a case code only by a comma ("K-2026-047, novy nastoupil")."""
    return (
        index > 0
        and not words[index].sentence_start
        and bool(_AFTER_A_CODE_COMMA.search(text[: words[index].start]))
    )


def _subject_noun(text: str, words: list[_Word], index: int, verb: _Word | None) -> bool:
    """A lower-case word right after a title or after a case code's comma that may be a surname:
    a noun, no adjective ("klient novy nastoupil"), nationality ("klient nemec prisel"), role or
    trade ("klient zednik nastoupil"), its verb not past a comma or a dash ("klient novy, nastoupil")."""
    word = words[index]
    folded = word.folded
    return (
        verb is not None
        and not word.capital
        # no adjective ("novy", "maly"); but a woman's -ová of a listed surname ("snacha kosova
        # prisla") and a noun that is its own dictionary form ("soused vrana volal": vrána)
        and (
            not _hard_adjective(word.text)
            or (folded.endswith("ova") and folded[:-3] in _surname_lemmas())
            or any(
                fold(lemma) == folded and lemma.islower() and not lemma.endswith(("ý", "í"))
                for lemma in dictionary_lemmas(word.text)
            )
        )
        and folded not in _nationalities()
        and folded not in _folded_roles()
        and not role_noun(word.text)
        and not folded.endswith(_TRADE_ENDINGS)
        and not re.search(r"[,;:–—-]", text[word.end : verb.start])
    )


def _lower_surname_subject(text: str, words: list[_Word], index: int, verb: _Word) -> bool:
    """A lower-case listed surname as the subject of `verb`: opening a sentence, as ever; right
    after "klient", "otčím" only a noun, whatever the tense ("klient kral ma dluhy"; not "klient
    novy nastoupil", "klient zednik", "klient nemec"); after a case code's comma only a noun that
    is no adjective at all, then as opening a sentence ("K-2026-047, kos prisel")."""
    word = words[index]
    if _after_a_code_comma(text, words, index):
        return (
            not _hard_adjective(word.text)
            and _subject_noun(text, words, index, verb)
            and _lower_surname_acts(word, verb)
        )
    if _opens(text, words, index):
        return _lower_surname_acts(word, verb)
    return _after_a_subject(text, words, index) and _subject_noun(text, words, index, verb)


def _lower_surname_acts(word: _Word, verb: _Word) -> bool:
    """A listed surname typed in lower case (or without diacritics) opening a sentence, and what
    it does: a surname that is no word ("novak se ptal", "dvorak ma dluhy") and a man's adjective
    standing for him ("cerny ma v breznu konec") with any verb; a surname that is also a noun only
    with a man's past ("kral se ptal", "kucera zase nedorazil"; "kocka zustala" is a cat, "zima
    prisla" the winter)."""
    if word.folded in not_names():
        return verb.folded.endswith("l")  # "kos dnes nedorazil"; "novy ma", "maly spi": the new one
    if kind(word.text) is not Kind.ORDINARY:
        return True
    if word.folded.endswith(("y", "a")) and _hard_adjective(word.text):
        return True  # "cerny ma", "pokorna ma dluhy"
    # a past tense that agrees: a man's "volal"; a woman's "volala" after her -ová
    return verb.folded.endswith("l") or (word.folded.endswith("ova") and verb.folded.endswith("la"))


@cache
def _first_name_lemmas() -> frozenset[str]:
    """The listed first names as listed (nominative), folded."""
    return frozenset(fold(name) for name in _lines("first_names.txt"))


# what a heading of two words may be said to be: a work's title, no person ("vlk roman - kniha")
_WORKS = frozenset("kniha knizka film hra pohadka pisen serial casopis album komiks".split())


def _lower_case_heading(text: str, words: list[_Word]) -> list[Finding]:
    """A surname and a first name in lower case, either way round, heading the note before a
    dash, a colon, a comma or a verb ("vlk roman - nastupuje", "katka kowalska - chce"): the person the
    note is about, whatever else the words mean (a wolf, a novel). The surname is listed (also
    when a word), a woman's form of one, or shaped as a surname."""
    # the note's first words, or the first after a case code ("K-2026-348 kos petr: dluh")
    opening = range(min(4, len(words)))
    # (the note's own first words come first: "skala milan k-2026-111 propusteni")
    starts = [0] + [i for i in opening if i and _AFTER_A_CODE.search(text[: words[i].start])][-1:]
    for at in starts:
        if _heading_pair(text, words, at):
            return [Finding("privacy.name", text[words[at].start : words[at + 1].end])]
    return []


def _heading_pair(text: str, words: list[_Word], at: int) -> bool:
    """The two words from `at` are a surname and a first name in lower case heading the note."""
    if at + 1 >= len(words):
        return False
    one, two = words[at], words[at + 1]
    if one.capital or two.capital or two.start - one.end != 1 or text[one.end] != " ":
        return False
    following = words[at + 2] if at + 2 < len(words) else None
    if not (
        # ... or a case code, an age or a date after the name ("skala milan k-2026-111 propusteni")
        re.match(r"\s*(?:[–—:,-]|$|\d|[a-z]{1,3}-\d)", text[two.end :], re.IGNORECASE)
        # or what the person does: "vlk roman nastupuje do komunity" ("vlk roman je kniha")
        or (following is not None and following.folded not in _COPULAS and is_verb(following.text))
    ):
        return False
    if (
        following is not None
        and following.folded in _WORKS
        and kind(one.text) is Kind.ORDINARY
        and kind(two.text) is Kind.ORDINARY
    ):
        return False  # "vlk roman - kniha pro děti": two words, said to be a work's title

    def surname(word: _Word) -> bool:
        return (
            word.folded in _surname_lemmas()
            or _womans_nominative(word.folded)
            or (looks_like_surname(word.folded) and kind(word.text) is not Kind.ORDINARY)
        )

    lemmas = _first_name_lemmas()
    if (one.folded in lemmas and surname(two)) or (surname(one) and two.folded in lemmas):
        return True
    # any noun beside a first name that is no word of its own ("lisak marek - nastup": Marek is
    # only a form of "marka"; "roman" is a novel, so "novy roman -" wants a listed surname)
    return (one.folded in lemmas and _plain_first(one) and _any_surname(two)) or (
        two.folded in lemmas and _plain_first(two) and _any_surname(one)
    )


def _plain_first(word: _Word) -> bool:
    """A first name that is no word in its own dictionary form ("marek", "petr"; not "roman")."""
    return fold(lemma_of(word.text) or "") != word.folded


def _any_surname(word: _Word) -> bool:
    """A word that may be a surname heading a note beside a first name: a noun, listed or not,
    known or not; no adjective, verb, role, place, pronoun or adverb."""
    folded = word.folded
    return (
        len(folded) >= 3
        and folded not in stop_words()
        and folded not in _NO_SUBJECT
        and folded not in _ADVERBS_BEFORE_A_VERB
        and folded not in _DETERMINERS
        and folded not in first_names()
        and folded not in _place_words()
        and not _hard_adjective(word.text)
        and not folded.endswith(("i", "ni"))
        and not is_verb(word.text)
        and not role_noun(word.text)
        and not _KIN.match(folded)
    )


def _seventh_round_names(text: str, words: list[_Word]) -> list[Finding]:
    """A first name or surname told by its company: kin or "nějaká" before it ("s mamou Hanou",
    "brach pepa"), a role ("úřednice Petra", "pronajímatel Vlček"), kin after it and a comma
    ("Honzík, nejmladší syn"), a verb people do before it ("volal roman"), opening a sentence
    before its verb ("Marek dnes zase nepřišel", "kucera zase nedorazil"), thanks ("Díky
    Petře"), an abbreviated title ("Odsouz. Skála"), a family ("s Novákovými"), a lower-case
    first name beside an unknown capitalised word ("ahmad Al-Khatib"), a Vietnamese name typed in
    lower case ("tran Thi Lan")."""
    found: list[Finding] = []
    for i, word in enumerate(words):
        previous = words[i - 1] if i else None
        following = words[i + 1] if i + 1 < len(words) else None
        first = word.folded in first_names() and len(word.folded) > 2
        close = previous is not None and word.start - previous.end <= 1
        if first and close and previous is not None and _KIN_BEFORE.match(previous.folded):
            if not _is_place(words, i) and not (
                following is not None and following.capital and _is_place(words, i + 1)
            ):
                found.append(Finding("privacy.name", word.text))  # "s mamou Hanou", "brach pepa"
                continue
        if (
            close
            and previous is not None
            and word.capital
            and not word.sentence_start
            and previous.text.islower()
            and (
                first
                or word.folded in surnames()
                or person_noun(word.text)
                or kind(word.text) is not Kind.ORDINARY
            )
            and _is_other_capitalised(word)
            and word.text[1:].islower()  # "kurátora MěÚ Krnov": an abbreviation
            and not any(part in _place_words() for part in word.folded.split("-"))  # "Frýdek-Místek"
            and role_noun(previous.text)
            and not _is_place(words, i)
            and not brand_names().knows(word.folded)
            # "terapeutická komunita Karlov": a group that is an institution, named after its kind
            and not (len(previous.folded) > 4 and stem(previous.text) in _institution_stems())
        ):
            found.append(Finding("privacy.name", word.text))  # "úřednice Petra", "pronajímatel Vlček"
            continue
        if first and text[word.end : word.end + 1] == "," and not brand_names().knows(word.folded):
            after = list(words[i + 1 : i + 4])
            for j, later in enumerate(after):
                if _KIN_BEFORE.match(later.folded) and not later.folded.startswith("nejak"):
                    if all(w.text.islower() for w in after[:j]):
                        found.append(Finding("privacy.name", word.text))  # "Honzík, nejmladší syn"
                    break
                if not later.text.islower():
                    break
            if found and found[-1].excerpt == word.text:
                continue
        # a listed surname that is no word, in lower case, after a verb people do ("prijde vondra")
        listed = (
            not word.capital
            and len(word.folded) > 3
            and word.folded in surnames()
            and kind(word.text) is not Kind.ORDINARY
            and word.folded not in _place_words()
            # "potřebuje simku": a man's surname takes "-u" only after a preposition or as the
            # one addressed (Šimku), never right after what he is given or sought; Svobodu is
            # Svoboda's accusative
            and not (
                word.folded.endswith("u")
                and not word.folded.endswith("ou")
                and word.folded not in _surname_lemmas()
                and word.folded[:-1] + "a" not in _surname_lemmas()
            )
        )
        if (first or listed) and previous is not None:
            doer = words[i - 2] if previous.folded in ("se", "si") and i > 1 else previous
            if (doer.folded in _PEOPLE_VERBS or human_verb(doer.text)) and not (
                following is not None and following.capital
            ):
                found.append(Finding("privacy.name", word.text))  # "volal roman", "zeptat se petra"
                continue
        if first and word.capital and previous is not None and previous.folded in ("byl", "byla"):
            found.append(Finding("privacy.name", word.text))  # "ráno byl Roman"
            continue
        if (
            first
            and _opens(text, words, i)
            # "v kostele sv. jakuba, vybirame": a saint; "sv. jana vypovidala" is a witness (svědkyně)
            and not (
                i > 1 and words[i - 1].folded in _SAINT and words[i - 2].folded.startswith(_CHURCH_WORDS)
            )
            # "kocka zustala" is a cat
            and (word.capital or (kind(word.text) is not Kind.ORDINARY and not is_czech_word(word.folded)))
            and not _is_place(words, i)
            and not brand_names().knows(word.folded)
        ):
            verb = _next_verb(words, i)
            if following is not None and following.folded in ("z", "ze"):
                # "Ivana z azyláku volala", "Ahmed ze squatu má zlomenou ruku"
                verb = next((w for w in words[i + 2 : i + 6] if w.text.islower() and is_verb(w.text)), None)
            if (
                verb is not None
                and verb.text.islower()
                and verb.folded not in _COPULAS
                and (verb is not following or is_verb(verb.text))
                and (verb is following or is_verb(verb.text) or verb.folded in ("v", "ve", "na", "u"))
            ):
                found.append(Finding("privacy.name", word.text))  # "Marek dnes zase nepřišel"
                continue
        if (
            # in lower case, or capitalised in a note typed without diacritics ("Cerny ma dluhy")
            (not word.capital or not word.accented)
            and (word.folded in _surname_lemmas() or _womans_nominative(word.folded))
            and (_opens(text, words, i) or (not word.capital and _after_a_subject(text, words, i)))
            and word.folded not in _folded_roles()
            and (verb := _next_verb(words, i + (following is not None and following.folded in ("se", "si"))))
            is not None
            # "dostal se do azyláku", "musil se vrátit": a verb, not Mr Dostál (but "vesely ma")
            and (not is_verb(word.text) or _hard_adjective(word.text))
            and verb.folded not in _COPULAS
            and is_verb(verb.text)
            and _lower_surname_subject(text, words, i, verb)
            # capitalised without diacritics, the capital rules read words; here only a surname
            # that is no word, or a man's adjective ("Novak se ptal", "Cerny ma dluhy"; "Sokol
            # vypsal nabor", "Vrana ukradla rohlik" are a club and a crow)
            and (
                not word.capital
                or kind(word.text) is not Kind.ORDINARY
                or (word.folded.endswith("y") and _hard_adjective(word.text))
            )
        ):
            found.append(Finding("privacy.name", word.text))  # "kucera zase nedorazil"
            continue
        if (
            following is not None
            and following.folded in _COPULAS
            and (first or word.folded in _surname_lemmas() or _womans_nominative(word.folded))
            and (
                _opens(text, words, i)
                or (
                    not word.capital
                    and _after_a_subject(text, words, i)
                    and _subject_noun(text, words, i, following)
                )
            )
            and _PERSON_STATE.match(fold(text[following.end : following.end + 40]))
            and not _is_place(words, i)
            and not brand_names().knows(word.folded)
        ):
            found.append(Finding("privacy.name", word.text))  # "Svoboda je ve vazbě", "Marek je nemocný"
            continue
        if (
            word.capital
            and word.folded.endswith("ej")
            and word.folded[:-2] + "y" in _surname_lemmas()
            and _verb_after(words, i) is not None
            and _opens(text, words, i)
        ):
            found.append(Finding("privacy.name", word.text))  # "Černej volal": Černý, as spoken
            continue
        if (
            word.capital
            and previous is not None
            and previous.text.lower() in _THAT_ONE
            and not word.sentence_start
            and len(word.folded) > 2
            and _verb_after(words, i) is not None
            and not _is_place(words, i)
            and word.folded not in _place_words()
            and not (len(word.folded) > 4 and stem(word.text) in _institution_stems())
            and not brand_names().knows(word.folded)
            and not _brand_spelling(word.folded)  # "ten Facebook zase nefunguje"
            and word.folded not in _organisation_words()
        ):
            found.append(Finding("privacy.name", word.text))  # "ten Kříž zase pije", "ta Holá přijde"
            continue
        if (
            word.capital
            and following is not None
            and following.folded in _JUNIOR
            and (following.folded in ("junior", "senior") or text[following.end : following.end + 1] == ".")
            and not _is_place(words, i)
            and word.folded not in _place_words()
        ):
            found.append(Finding("privacy.name", f"{word.text} {following.text}"))  # "Hrubý junior volal"
            continue
        if first and word.capital and previous is not None and previous.folded in _THANKS:
            found.append(Finding("privacy.name", word.text))  # "Díky Petře za pomoc"
            continue
        if (
            first
            and word.capital
            and i == 0
            and text[word.end : word.end + 1] == ","
            and word.folded.endswith(("u", "o", "e"))
        ):
            found.append(Finding("privacy.name", word.text))  # "Zdeňku, díky": a colleague addressed
            continue
        if (
            word.capital
            and previous is not None
            and previous.folded in _ABBREVIATED_TITLES
            and text[previous.end - 1] == "."
            and text[previous.end : previous.end + 1] == " "  # "v Dr.Max": a pharmacy
            and len(word.folded) > 2
            and not (len(word.folded) > 4 and stem(word.text) in _institution_stems())
            and not word.text.isupper()
        ):
            found.append(Finding("privacy.name", f"{previous.text}. {word.text}"))  # "Odsouz. Skála žádá"
            continue
        if (
            word.capital
            and word.folded.endswith(("ovymi", "ovych", "ovym"))
            and word.folded[: word.folded.rindex("ov")] in _surname_lemmas()
        ):
            found.append(Finding("privacy.name", word.text))  # "s Novákovými řešit dluh"
            continue
        if (
            first
            and not word.capital
            and following is not None
            and following.capital
            and not following.sentence_start
            and following.start - word.end <= 1
            and kind(following.text) is not Kind.ORDINARY
            and not _is_place(words, i + 1)
        ):
            found.append(Finding("privacy.name", f"{word.text} {following.text}"))  # "ahmad Al-Khatib"
            continue
        if (
            word.folded in _VIETNAMESE_MIDDLE
            and previous is not None
            and following is not None
            and previous.folded in _VIETNAMESE_SURNAMES
            and following.capital
        ):
            found.append(
                Finding("privacy.name", f"{previous.text} {word.text} {following.text}")
            )  # "tran Thi Lan"
    return found


# a Czech registration plate: "1AB 2345", "4T5 2198", "9hp 3188", "1SM-2287" (digit, letter, letter
# or digit, four digits); in capitals it is one anywhere, in lower case only after a word for a car or plate
_PLATE = re.compile(r"(?<![\w/.-])\d[A-Za-z][A-Za-z0-9](?:\s?|-)\d{4}(?![\w/])")
_CAR = re.compile(r"\b(?:spz|rz|registracn\w* znack\w*|znack\w*|aut[aoue]?m?|vuz|vozidl\w*|dodavk\w*)\W*$")


_UNITS = frozenset({"GB", "MB", "TB", "KB", "KW", "MW", "HZ", "KG", "MM", "CM", "KM", "PS", "HP"})


def _plates(note: str, folded: str) -> list[Finding]:
    """A vehicle's registration plate ("SPZ 4T5 2198", "auto 1AZ 9988"): it names its keeper."""
    found = []
    for match in _PLATE.finditer(note):
        plate = match.group(0)
        car = _CAR.search(folded[max(0, match.start() - 30) : match.start()])
        if plate[1:3].upper() in _UNITS and not car:
            continue  # "Kapacita 1GB 2048": a size, not a plate
        if plate[1:3].isupper() or car:
            found.append(Finding("privacy.plate", plate))
    return found


# -- fifteenth round: a word as a person by what it does, whatever the lists say

# what only people do, of the verbs people do: no office, project or weather calls, promises,
# signs or owes ("Vítr volal", "Sníh dluží 40 tisíc"); "potřebovat", "chtít", "odmítat" are an
# office's or a thing's too ("Projekt potřebuje peníze", "Úřad odmítl")
_ONLY_PEOPLE = frozenset(
    "volat zavolat telefonovat slíbit říct říkat ozvat prosit kouřit pít utéct psát napsat bát ptát "
    "stěžovat omluvit omlouvat přiznat podepsat nastoupit nastupovat bydlet spát dlužit splácet "
    "souhlasit nechtít".split()
)
# what a grown-up seeks, has or lacks, told of a thing's noun only with a person's verb ("Lev
# nemá práci", "Hora hledá bydlení"; "Projekt nemá peníze" is a project's)
_PERSONS_NEEDS = frozenset(
    "praci prace bydleni doklady doklad obcanku op ubytovani kde penize penez dluhy exekuce".split()
)
# pronouns and adverbs the dictionary knows in their own form: "Nikdo nevolal", "Dnes volal"
_NO_SUBJECT = frozenset(
    "nikdo nekdo kdokoli kdokoliv kazdy vsichni nic neco kdo co ten ta to tohle on ona ono oni ony ja ty "
    "my vy sam sama sami tady tam ted nyni dnes dneska vcera zitra rano vecer odpoledne dopoledne pak "
    "potom hned uz jeste zase opet taky take asi mozna snad prej pry bohuzel nakonec konecne porad stale "
    "vcas pozdeji driv predtim".split()
)
_THINGS_THAT_HAVE = frozenset(
    "projekt program fond rozpocet tym web system stat mesto obec vedeni zarizeni provoz".split()
)


def _thing_nouns_acting(text: str, words: list[_Word]) -> list[Finding]:
    """A capitalised noun in its dictionary form opening a sentence before what only people do:
    a surname that is a word, listed or not ("Vítr volal, že nepřijde", "Lev nemá peníze", "Hora
    hledá práci", "Sníh dluží 40 tisíc"). No role or being (a person by other rules: "Soused
    volal"), office, organisation, brand, place or pronoun; "Zima přišla", "Projekt nemá peníze",
    "Úřad nemá peníze", "Nikdo nevolal", "Firma hledá pracovníky" pass."""
    found: list[Finding] = []
    shouting: bool | None = None
    for index, word in enumerate(words):
        if not word.capital or not word.sentence_start or word.text.isupper() or len(word.folded) < 3:
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        if following is None or following.capital or not following.folded.isalpha():
            continue  # a verb or its clitic follows: "Vítr volal", "Lev nemá", "Hora se ptala"
        if not _starts_sentence(text, words, index):
            continue
        if shouting is None:
            shouting = _shouting(text)
        if shouting:
            return found
        lemma = lemma_of(word.text)
        if lemma is None or lemma != word.text.lower() or not lemma.isalpha():
            continue  # the dictionary form only: "Hora", "Vítr" (not "Horu", "Větru")
        verb = _verb_after(words, index)
        if verb is None or _INFINITIVE_ENDING.search(verb.folded):
            continue
        lower = verb.text.lower()
        lemmas = {lemma_of(lower), lemma_of(lower[2:]) if lower.startswith("ne") else None}
        at = words.index(verb)
        if not lemmas & _ONLY_PEOPLE and not (
            lemmas & {"mít", "hledat", "shánět", "sehnat"}
            and not _seeks_staff(words, at)
            and any(later.folded in _PERSONS_NEEDS for later in words[at + 1 : at + 3])
        ):
            continue
        folded = word.folded
        if (
            folded in stop_words()
            or folded in _NO_SUBJECT
            # an adjective standing for a person is somebody by `_adult_act` only ("Malý spí")
            or _hard_adjective(word.text)
            or word.text.endswith("í")
            or folded in _ADVERBS_BEFORE_A_VERB
            or folded in _DETERMINERS
            or folded in _THINGS_THAT_HAVE
            or folded in _BODIES
            or folded in first_names()
            or role_noun(word.text)
            or person_noun(word.text)
            or _OFFICE_OR_EVENT.fullmatch(folded)
            or folded in _INSTITUTION_WORDS
            or folded in _organisation_words()
            or (len(folded) > 4 and stem(word.text) in _institution_stems())
            or brand_names().knows(folded)
            or (folded in _place_words() and folded not in _surname_lemmas())
            or _is_place(words, index)
        ):
            continue
        found.append(Finding("privacy.name", word.text))
    return found


def _lower_case_persons(text: str, words: list[_Word]) -> list[Finding]:
    """A surname typed in lower case, told by its declension where no dictionary knows the word:
    the instrumental after "s" ("s lakatosem jsem mluvila", "se balogovou"), a man's dative in
    -ovi ("predat zpravu lakatosovi"); and a woman's -ová opening a sentence before her verb
    ("slamova prisla", "horvathova nechce"), known to the dictionary or not ("nova prisla",
    "dluhova poradna" pass). No place, brand or organisation; not in an English note."""
    found: list[Finding] = []
    english: bool | None = None
    for index, word in enumerate(words):
        folded = word.folded
        if word.capital or len(folded) < 5 or not folded.endswith(("ovi", "em", "ou", "ova")):
            continue
        if not folded.isalpha():
            continue
        previous = words[index - 1] if index else None
        following = words[index + 1] if index + 1 < len(words) else None
        womans = folded.endswith("ova") and _FEMALE_SHAPE.match(folded) is not None
        with_somebody = (
            folded.endswith(("em", "ou"))
            and previous is not None
            and previous.folded in ("s", "se")
            # "s případovou konferencí": an adjective before its noun
            and (
                following is None
                or bool(text[word.end : following.start].strip())
                or following.folded in stop_words()
            )
        )
        if not (folded.endswith("ovi") or with_somebody or womans):
            continue
        if folded in _place_words() or folded in _organisation_words() or brand_names().knows(folded):
            continue
        if english is None:
            english = is_english([w.folded for w in words])
        if english:
            return found
        if womans:
            if _womans_verb_after(words, index):
                found.append(Finding("privacy.name", word.text))
            continue
        if kind(word.text) is Kind.UNKNOWN and not _brand_spelling(folded) and not _known_base(word.text):
            found.append(Finding("privacy.name", word.text))
    return found


def _known_base(word: str) -> bool:
    """The dictionary knows the word's noun when its case ending is taken off, though not the
    form itself ("dědovi" of děd, "terapeutem" of terapeut, "autismem" of autismus)."""
    lower = word.lower()
    base = lower[:-3] if lower.endswith("ovi") else lower[:-2]
    return any(
        kind(candidate) is Kind.ORDINARY
        for candidate in (base, base + "us", base + "a", base + "o", base + "e", base + "ek")
        if len(candidate) > 2
    )


def _womans_verb_after(words: list[_Word], index: int) -> bool:
    """A lower-case -ová opening the note or a sentence right before a woman's verb: a past in
    "-la" or what only people do ("slamova prisla", "horvathova nechce davky")."""
    word = words[index]
    if word.folded.startswith(_ADJECTIVE_STEMS) or not (index == 0 or word.sentence_start):
        return False
    verb = words[index + 1] if index + 1 < len(words) else None
    if verb is None or verb.start - word.end > 1 or verb.folded in _COPULAS or not is_verb(verb.text):
        return False
    return verb.folded.endswith("la") or human_verb(verb.text)


_COLLOQUIAL_SUFFIXES = ("ovka", "ovky", "ko", "árna")


def _made_from_a_word(lower: str) -> bool:
    """A colloquial noun made from a word the dictionary knows: "Kontaktko" (kontakt),
    "Skupinovka" (skupina), "Potravinovka" (potravina)."""
    for suffix in _COLLOQUIAL_SUFFIXES:
        base = lower.removesuffix(suffix)
        if base != lower and len(base) >= 4:
            return any(kind(base + ending) is Kind.ORDINARY for ending in ("", "a", "ní", "ový", "o"))
    return False


def _name_beside_a_place(text: str, words: list[_Word]) -> list[Finding]:
    """A capitalised word no dictionary knows, opening the note or a sentence right beside a
    listed town or region ("Hošek Opavsko, nástup", "Rusnák Opava", "Opava: Rusnák nástup"): the
    person and where he is from. Places are in the dictionary or the lists, and a village's name
    ends as places do ("Chanov", "Kylešovice"); no organisation, brand or English word."""
    found: list[Finding] = []
    english: bool | None = None
    places = {
        j
        for j, word in enumerate(words)
        if word.capital
        and (word.folded in _place_words() or word.folded in _district_words() or _region(word.folded))
    }
    if not places:
        return found
    for index, word in enumerate(words):
        if not word.capital or word.text.isupper() or len(word.folded) < 4 or not word.folded.isalpha():
            continue
        place = [
            j
            for j in (index - 1, index + 1)
            if j in places
            and not text[min(word.end, words[j].end) : max(word.start, words[j].start)].strip(" :")
        ]
        if not place:
            continue
        folded = word.folded
        if (
            folded.endswith(_PLACE_ENDINGS)
            # a possessive is a town's first word: "Františkovy Lázně", "Jindřichův Hradec"
            or folded.endswith(("ovy", "uv", "ovo", "ova", "iny", "ino"))
            # a service or a topic beside its town, as questions ask: "Hipoterapie Opava"
            or folded.endswith(_COMMON_NOUN_ENDINGS)
            or folded.endswith(("ie", "ii", "ika", "iky", "ost", "stvi", "ni", "ce"))
            or _made_from_a_word(word.text.lower())
            or folded in _place_words()
            or folded in _district_words()
            or _region(folded)
            or folded in _INSTITUTION_WORDS
            or folded in _organisation_words()
            or _brand_spelling(folded)
            or brand_names().knows(folded)
            or kind(word.text) is not Kind.UNKNOWN
            or _is_place(words, index)
        ):
            continue
        if not (_opens(text, words, index) or any(_opens(text, words, j) for j in place)):
            continue
        if english is None:
            english = is_english([w.folded for w in words])
        if english:
            return found
        found.append(Finding("privacy.name", word.text))
    return found


# -- nineteenth round: two examiners' A halves (privq32A, privq33A)
# a father and his son of one name, the surname typed in lower case: "vrana ml. mi volal"
_JUNIOR_ABBREVIATED = frozenset(word for word in _JUNIOR if len(word) == 2)  # "ml", "st"
# the first person of a verb: what the writer does with the person named before it ("krale z
# oddilu B2 predavam")
_FIRST_PERSON_ENDINGS = ("am", "im", "em", "ame", "ime", "eme", "uji", "ujeme", "uju")
# what a worker does with a client: hands him over, sends him, takes him on
_HANDING_OVER = frozenset(
    "predavam predavame predam predame posilam posilame poslu posleme doporucuji doporucujeme prebiram "
    "prebirame prevezmu odevzdavam".split()
)
# where a first name after "u" is somebody's home: "u Petra na chatě", "u Jany doma"
_AT_HOME = re.compile(r"\s+(?:na\s+(?:chat|chalup|zahrad|dac)\w*|doma\b|v\s+byt\w*)")
# what a lower-case first name after a case code and "je" says of the person: "thanh je zpet u
# bratra", "piotr je u matky", "oleg je ve vazbe"
_PERSON_WHERE = re.compile(r"\s*(?:zase\s+|uz\s+|ted\s+|porad\s+)?(?:zpet|zpatky|doma|pryc|u\s+\w+)\b")


@cache
def _every_first_name_form() -> frozenset[str]:
    """The listed first names in every case form, folded, also those that are ordinary words
    ("Věrou", "Danou", "Mírou": knowledge/not_names.txt)."""
    forms: set[str] = set()
    for name in _lines("first_names.txt"):
        forms |= _first_name_forms(name)
    return frozenset(forms)


def _after_case_codes(text: str) -> frozenset[int]:
    """Where a word right after a case code starts ("K-0610 piotr", "K-2026-077 — krale",
    "k-0089 snajdr"): found once for the whole note."""
    return frozenset(match.end() for match in re.finditer(_CODE + r"\s*[:,–—-]?\s*", text))


def _first_person_verb(word: _Word) -> bool:
    """ "predavam", "predavame", "posilam": what the writer does."""
    folded = word.folded
    if not folded.endswith(_FIRST_PERSON_ENDINGS) or word.capital:
        return False
    return is_verb(word.text) or (folded.endswith(("ame", "ime", "eme")) and is_verb(word.text[:-1]))


# a name in brackets right after a case code: "Klient K-2026-090 (Liška) recidivoval"
_BRACKET_AFTER_A_CODE = re.compile(_CODE + r"\s*\(\s*")


def _named_after_a_case_code(
    text: str, words: list[_Word], index: int, after_codes: frozenset[int], bracketed: frozenset[int]
) -> bool:
    """A capitalised word right after a case code that names its client: a listed first name
    that is no word ("K-0320 Matěj po léčbě"), or in brackets alone a listed first name or
    surname, a word too ("K-2026-090 (Liška)"); never a place, a brand or a prison ("K-0042
    (Bory)", "K-0042 Praha")."""
    word = words[index]
    folded = word.folded
    if word.start in after_codes:
        listed = folded in first_names() and folded not in not_names() and len(folded) > 2
    elif word.start in bracketed and re.match(r"\s*\)", text[word.end :]):
        listed = folded in first_names() or folded in surnames() or folded in _surname_lemmas()
    else:
        return False
    return (
        listed
        and not _is_place(words, index)
        and folded not in _place_words()
        and not brand_names().knows(folded)
    )


def _names_by_their_neighbours(text: str, words: list[_Word]) -> list[Finding]:
    """A surname before "ml."/"st." in lower case ("vrana ml. mi volal"); after a case code a
    word no dictionary knows before its verb ("k-0089 snajdr zase spi"), a listed first name and
    where the person is ("K-2026-133 thanh je zpet u bratra"), a listed surname's other case
    before what the writer does with him ("K-2026-077 — krale z oddilu B2 predavam"); kin before
    a first name that is also a word ("s mámou Věrou"); a first name after "u" and a home ("u
    Petra na chatě")."""
    found: list[Finding] = []
    english: bool | None = None
    after_codes = _after_case_codes(text)
    bracketed = frozenset(match.end() for match in _BRACKET_AFTER_A_CODE.finditer(text))
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        folded = word.folded
        beside = (
            _a_junior(text, words, i)
            or _a_first_name_after_kin(words, i)
            or _a_first_name_at_home(text, words, i)
        )
        if beside is not None:
            found.append(beside)
            continue
        if word.capital and _named_after_a_case_code(text, words, i, after_codes, bracketed):
            found.append(Finding("privacy.name", word.text))  # "K-0320 Matěj po léčbě", "K-090 (Liška)"
            continue
        if word.capital or word.start not in after_codes or len(folded) < 3:
            continue
        if english is None:
            english = is_english([w.folded for w in words])
        if english:
            return found
        verb = _next_verb(words, i)
        if verb is not None and verb.folded in ("se", "si"):
            # "KL-0610 piotr se ozval", "kowalski si stezoval": a name only, as things do "se"
            # verbs too ("gmail se zablokoval")
            name_shaped = folded in first_names() or looks_like_surname(folded)
            verb = _next_verb(words, words.index(verb)) if name_shaped else None
        if verb is not None and verb.capital:
            verb = None
        surname_shaped = (
            kind(word.text) is Kind.UNKNOWN
            and len(folded) > 3
            and folded not in _place_words()
            and not brand_names().knows(folded)
            and not _brand_spelling(folded)
            # a man's surname in the nominative ends in a consonant ("snajdr", "mazur"), or is
            # shaped as one ("kovalenko"); "socka zavolala", "ubytko zaplatil" are words
            and (not folded.endswith(("a", "e", "i", "o", "u", "y")) or looks_like_surname(folded))
        )
        if (
            verb is not None
            and surname_shaped
            and verb.folded not in _COPULAS
            and is_verb(verb.text)
            and not re.search(r"[,;:–—-]", text[word.end : verb.start])
        ):
            found.append(Finding("privacy.name", word.text))  # "k-0089 snajdr zase spi"
            continue
        if (
            following is not None
            and following.folded in ("je", "byl", "byla")
            # a listed first name ("thanh"), or a word no dictionary knows shaped as a surname
            # ("K-0042 petrenko je zpet doma")
            and (
                (
                    folded in first_names()
                    and kind(word.text) is not Kind.ORDINARY
                    and not is_czech_word(folded)
                )
                or (surname_shaped and looks_like_surname(folded))  # not "ipad", "powerbank"
            )
            and (_PERSON_WHERE.match(text, following.end) or _PERSON_STATE.match(fold(text[following.end :])))
        ):
            found.append(Finding("privacy.name", word.text))  # "thanh je zpet u bratra"
            continue
        if folded in surnames() and folded not in _surname_lemmas() and not _hard_adjective(word.text):
            j = i + 1
            if j + 1 < len(words) and words[j].folded in ("z", "ze"):
                j += 2  # "krale z oddilu B2 predavam"
            # past time adverbs and a unit's code ("z oddilu B2")
            while j < len(words) and (
                words[j].folded in _BEFORE_ITS_VERB or (words[j].text.isupper() and len(words[j].text) < 4)
            ):
                j += 1
            if (
                j < len(words)
                and _first_person_verb(words[j])
                # a surname that is also a noun ("krale", "vlka") only with a handover ("vlka z
                # knizky cteme" is a wolf)
                and (kind(word.text) is not Kind.ORDINARY or words[j].folded in _HANDING_OVER)
                and not re.search(r"[,;:–—]", text[word.end : words[j].start])
            ):
                found.append(Finding("privacy.name", word.text))
    return found


def _a_junior(text: str, words: list[_Word], i: int) -> Finding | None:
    """A surname before "ml."/"st." in lower case: "vrana ml. mi volal"."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else None
    folded = word.folded
    if (
        not word.capital
        and following is not None
        and following.folded in _JUNIOR_ABBREVIATED
        and text[following.end - 1 : following.end] == "."
        and following.start - word.end == 1
        and len(folded) > 2
        # "kos ml.": a listed surname that is also a word too
        and (
            folded in surnames()
            or folded in _surname_lemmas()
            or (kind(word.text) is Kind.UNKNOWN and len(folded) > 3)
            # "jaroslav tyl ml.": any word after a first name, before "ml." ("st. sestra" is a ward's)
            or (
                i > 0
                and following.folded.startswith("ml")
                and words[i - 1].folded in first_names()
                and word.start - words[i - 1].end == 1
            )
        )
        and folded not in _place_words()
        and not brand_names().knows(folded)
    ):
        return Finding("privacy.name", f"{word.text} {following.text}")
    return None


def _a_first_name_after_kin(words: list[_Word], i: int) -> Finding | None:
    """Kin before a first name that is also a word: "s mámou Věrou"."""
    word = words[i]
    previous = words[i - 1] if i else None
    folded = word.folded
    if (
        word.capital
        and not word.sentence_start
        and previous is not None
        and word.start - previous.end <= 1
        and _KIN_BEFORE.match(previous.folded)
        and not previous.folded.startswith("nejak")
        and folded in _every_first_name_form()
        and folded in not_names()
        and not _is_place(words, i)
        # "máma Boží": an adjective in its own dictionary form
        and word.text.lower()
        not in [lemma for lemma in dictionary_lemmas(word.text) if lemma.endswith(("í", "ý"))]
    ):
        return Finding("privacy.name", word.text)
    return None


def _a_first_name_at_home(text: str, words: list[_Word], i: int) -> Finding | None:
    """A first name after "u" and a home: "u Petra na chatě"."""
    word = words[i]
    previous = words[i - 1] if i else None
    folded = word.folded
    if (
        word.capital
        and previous is not None
        and previous.folded == "u"
        and _is_first(word, words[i - 2] if i > 1 else None)
        and _AT_HOME.match(text, word.end)
        and not _is_place(words, i)
        and not brand_names().knows(folded)
    ):
        return Finding("privacy.name", word.text)
    return None


# a street abbreviated before its name: "tř. Budovatelů", "nám. Míru"; "n." and "p." (nad, pod)
# before a river's or a hill's shortened name after a town: "Kostelec n. Orl.", "Ústí n. L."
_STREET_ABBREVIATIONS = frozenset({"tr", "nam"})


def _abbreviated_street_or_river(text: str, words: list[_Word], index: int) -> bool:
    """The word names a street after "tř."/"nám." or a river or hill shortened after a town and
    "n."/"p." ("Kostelci n. Orl."); "p. Kos" (pan) is somebody."""
    if index == 0:
        return False
    previous = words[index - 1]
    if text[previous.end - 1 : previous.end] != "." or not words[index].capital:
        return False
    if previous.folded in _STREET_ABBREVIATIONS:
        return True
    word = words[index]
    return (
        previous.folded in ("n", "p")
        and index > 1
        and words[index - 2].capital
        and words[index - 2].folded not in _MISTER
        and text[word.end - 1 : word.end] == "."
        and len(word.text) <= 4
        # a house number after the town is an address: "Kostelec n. Orl. 125", "…, čp. 125"
        # (a house number, not a date or a year: "Kostelci n. Orl. 12. června", "… 2026: koncert")
        and not re.match(
            r"[.,\s]*(?:č\.?\s*p\.?\s*\d|(?!(?:19|20)\d\d\b)\d{1,4}(?![.\d]))",
            text[word.end :],
            re.IGNORECASE,
        )
    )


# a saint's day that is a holiday, said as a date: "do Silvestra", "po Mikuláši", "Silvestr -
# zavřeno"; "u Silvestra", "s Mikulášem", "Silvestr - zavolat" are somebody
_HOLIDAY_NAMES = re.compile(
    r"\b(?:(?P<when>[Dd]o|[Pp]o|[Pp][řr]ed|[Pp][řr]es|[Oo]d|[Nn]a|[Oo])\s+)?"
    r"(?P<name>Silvestr(?:a|u|em|e)?|Mikul[áa][šs](?:e|i|em)?)\b"
)
_OPENING_HOURS = re.compile(r"\b(?:zavren\w*|otevren\w*|zavira\w*|otevira\w*|provoz\w*|volno|nepracuj\w*)\b")


def _holidays_as_words(note: str) -> str:
    """The note with a holiday named by its saint written as the word "svatek", as long as it
    was: after a preposition of time ("do Silvestra vyúčtovat grant") or heading a clause about
    opening hours ("Silvestr - AD má zavřeno")."""

    def one(match: re.Match[str]) -> str:
        name = match.group("name")
        if match.group("when") is None:
            clause = re.split(r"[.;\n]", note[match.end() :], maxsplit=1)[0]
            before = note[: match.start()].rstrip(" \t(•*-")
            heads = (before == "" or before[-1] in ".!?\n:") and re.match(r"\s*[–—:-]", note[match.end() :])
            if not (heads and _OPENING_HOURS.search(fold(clause))):
                return match.group(0)
        padded = "svatek".ljust(len(name))
        return match.group(0)[: match.start("name") - match.start()] + padded

    return _HOLIDAY_NAMES.sub(one, note)


def _famous_throughout(
    words: list[_Word], starts: dict[int, int], here: int, excerpt: str, famous: list[tuple[int, int]]
) -> bool:
    """Every word of a name found from `here` belongs to a famous person's name of several
    words or is a famous name known alone that does nothing a person does ("Jan Hus, Komenský a
    exil"); "Jan Hus, Novák", "Komenský, Petr" and "Hus, Komenský volal" are somebody."""
    inside = _words_within(words, starts, here, here + len(excerpt) + 1)
    if len(inside) < 2:
        return False
    for i in inside:
        word = words[i]
        if word.folded in _CONNECTIVES or any(
            start <= word.start and word.end <= end for start, end in famous
        ):
            continue
        if not (_famous_word(word.folded) and word.folded not in _cited_famous()) or _acts_as_person(
            words, i
        ):
            return False
    return True


# a work named after its subject: "filmu Havel", "dokument Palach", "opera Libuše"
_WORKS_OF_ART = frozenset(
    "film filmu filmem snimek snimku dokument dokumentu dokumentem opera opery operu inscenace inscenaci "
    "muzikal muzikalu".split()
)


@cache
def _famous_surnames() -> frozenset[str]:
    """The last words of the famous names of several words, in their cases ("Havel", "Havla")."""
    found: set[str] = set()
    for line in _lines("famous_people.txt"):
        tokens = line.split()
        if len(tokens) > 1 and not tokens[-1].endswith(".") and fold(tokens[-2]) not in _CONNECTIVES:
            found |= _famous_forms(tokens[-1])
    return frozenset(found)


def _famous_work(words: list[_Word], index: int) -> bool:
    """A famous person's surname right after the film, book or play named after him ("filmu
    Havel"); "po filmu Havel odešel" is somebody."""
    word = words[index]
    return (
        index > 0
        and word.capital
        and not word.sentence_start
        and words[index - 1].folded in _WORKS_OF_ART
        and word.start - words[index - 1].end == 1
        and word.folded in _famous_surnames()
        and not _acts_as_person(words, index)
    )


# a town or district after a street's house number: "Kopeckého 1, Praha 4", "…, 110 00 Praha 1"
_TOWN_AFTER_HOUSE = re.compile(
    r"\s+\d{1,4}(?:/\d{1,4})?[a-z]?,\s*(?:\d{3}\s?\d{2}\b|Praha\s+\d{1,2}\b|([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w+))"
)


# a flat or a bell right after the town: a home, not a venue
_A_FLAT = re.compile(r"[\s,;]*(?:byt\s*(?:c\.\s*)?\d|zvon\w*\s+\w|c\. ?p\.|cp\b)")


def _venue_then_its_address(note: str, folded: str, words: list[_Word], excerpt: str) -> bool:
    """In a public text, a pair across a comma that is a venue's last word and the street of its
    address, the house number and the town or district after it: "Komunitní centrum Motýlek,
    Kopeckého 1, Praha 4", "Knihovny Václava Havla, Ostrovní 13, Praha 1". The venue's last word
    closes a famous person's name or follows the institution's kind, and is then a word or a
    known organisation's name, no listed first name or surname; no client, kin or home in the
    text ("bytem …", "klient Novák, Nádražní 5, Praha 4", "Dobrovolník Hrubeš, Palackého 5,
    Olomouc", "Komunitní centrum Hrubeš, Kopeckého 1", "Dům Petra Nováka, Husova 12" stay)."""
    parts = excerpt.split(", ")
    if len(parts) != 2 or " " in parts[1] or len(folded) != len(note) or _PRIVATE.search(folded):
        return False

    if not _STREET_ADJECTIVE.search(parts[1]):
        return False
    spans = _famous_spans(words)
    for start in _standing_alone(note, excerpt):
        town = _TOWN_AFTER_HOUSE.match(note, start + len(excerpt))
        if town is None or (town.group(1) and fold(town.group(1)) not in _place_words()):
            return False
        if _A_FLAT.match(folded, town.end()):
            return False  # "…, Kopeckého 1, Praha 4, byt 12": somebody's flat in the house
        venue = next((i for i, word in enumerate(words) if word.start == start), None)
        if venue is None or venue == 0:
            return False
        word = words[venue]
        inside = any(start <= word.start and word.end <= end for start, end in spans)
        kind_before = len(words[venue - 1].folded) > 4 and stem(words[venue - 1].text) in _institution_stems()
        # the venue's own name is a word or a known organisation's ("centrum Motýlek", "Kompas");
        # "Komunitní centrum Hrubeš, Kopeckého 1" may be Hrubeš's
        a_word = (
            kind(word.text) is Kind.ORDINARY
            or word.folded in _organisation_words()
            or word.folded in _INSTITUTION_WORDS
            or brand_names().knows(word.folded)
        )
        own_name = word.folded in first_names() or word.folded in surnames()
        if not (inside or (kind_before and a_word and not own_name and " " not in parts[0])):
            return False
    return True


# -- notes typed in a hurry: lower case, no diacritics ("jan novak", "pani dvorakova z pms")
# saying what somebody is called: "manzelka se jmenuje dana", "jmenuje se patrik"
_CALLED = re.compile(r"\b(?:se\s+)?jmenuj(?:e|i|ou)\s+(?:se\s+)?(?:tak\s+)?$|\bjmenoval[aiy]?\s+se\s+$")
# a title before a surname typed in lower case: "pani dvorakova", "p. hrdinu", "ms. enkhjargal"
_HURRIED_TITLES = frozenset("pan pana panu panem pani p pi ms mr mrs".split())
# a client named after the word: "klient liska (K-0051)", "klientka dvorakova"
_CLIENT_WORDS = frozenset(
    "klient klienta klientovi klientem klientka klientky klientce klientku klientkou".split()
)
# saint and the words a first name stands in without being anybody ("sv. jana", "namesti jiriho")
_NO_PERSON_BEFORE = frozenset(
    "sv svate svateho svatym svaty svata svatou nam namesti ulice ul ulici tr trida tridy nabrezi "
    "gymnazium gymnazia skola skoly zs ms ss nemocnice nemocnici kostel kostela metro stanice".split()
)


# the saints' days said by the saint's name: "na martina husy", "na stepana zavreno"
_SAINTS_DAYS = frozenset("martina vaclava stepana valentyna mateji".split())
# a name day: "dnes ma svatek lucie", "jmeniny ma petr"
_NAME_DAY = frozenset("svatek svatku jmeniny jmenin".split())


def _hurried_first_name(text: str, words: list[_Word], index: int) -> bool:
    """A first name typed in lower case in any case form ("jan", "hance", "nikolaj", "radkovi",
    "marek", "martina"); not "dana", "radim", "roman", "mira", which are words, nor a month's
    name after a day ("od 1. marca"), a saint's or a street's ("sv. jana", "namesti jiriho")."""
    word = words[index]
    folded = word.folded
    if word.capital or len(folded) < 3 or not folded.isalpha():
        return False
    if folded not in first_names() and not (
        folded.endswith(("ce", "ze")) and folded[:-2] + ("ka" if folded[-2] == "c" else "ha") in first_names()
    ):
        return False  # "hance", "olze": Hanka's, Olga's dative
    following = words[index + 1] if index + 1 < len(words) else None
    if not _hurried_name_not_a_word(folded) and not (
        # "marek kos", "michal novak": a first name's nominative that is a rare word too, before
        # a listed surname ("radek v tabulce", "michal jsem salat" pass)
        folded in _first_name_lemmas()
        and len(folded) >= 5
        and following is not None
        and following.start - word.end == 1
        and _hurried_surname(following)
    ):
        return False
    previous = words[index - 1] if index else None
    if previous is not None and (
        previous.folded in _NO_PERSON_BEFORE
        # "v hane", "na pankraci", "v milane": a place; "na martina", "na stepana": a saint's day
        or (previous.folded in _PLACE_PREPOSITIONS and folded in _place_words())
        or previous.folded in ("v", "ve")
        or (previous.folded in ("na", "o", "do", "po", "pred") and folded in _SAINTS_DAYS)
    ):
        return False
    if re.search(r"\d\.?\s*$", text[max(0, word.start - 6) : word.start]):
        return False  # "od 1. marca": a month after a day
    return (
        not _is_place(words, index)
        and folded not in _prison_words()
        and folded not in _organisation_words()
        and not brand_names().knows(folded)
    )


@lru_cache(maxsize=4096)
def _hurried_name_not_a_word(folded: str) -> bool:
    """No ordinary word, as a first name typed in lower case: none the dictionary holds, or
    only as a proper noun or a first name ("martina": Martina, "matej": Matěj)."""
    if not is_czech_word(folded):
        return stem(folded) not in words._field_stems()  # "hance" is English, not Czech
    listed = _first_names_as_written()
    return all(lemma[:1].isupper() or lemma in listed for lemma in dictionary_lemmas(folded))


@cache
def _first_names_as_written() -> frozenset[str]:
    """The listed first names in lower case with their diacritics ("adéla", "matěj"): the
    dictionary's "řádka" is no Radka."""
    return frozenset(name.lower() for name in _lines("first_names.txt"))


def _name_day_or_famous(words: list[_Word], index: int) -> bool:
    """A first name whose name day the sentence tells ("svatek ma dnes petr"), or a famous
    person's ("marie curie", "eliska krasnohorska ulice")."""
    word = words[index]
    sentence = [w for w in words[max(0, index - 4) : index + 5] if word.start - 40 < w.start < word.end + 40]
    if any(w.folded in _NAME_DAY for w in sentence):
        return True
    following = words[index + 1] if index + 1 < len(words) else None
    if following is not None and following.folded in _famous_surnames():
        return True
    return any(start <= word.start < end for start, end in _famous_spans(words))


def _hurried_surname(word: _Word) -> bool:
    """A listed surname in any case form, typed in lower case ("novak", "kos", "bily", "sykoru")."""
    folded = word.folded
    return (
        not word.capital
        and len(folded) > 2
        and (folded in surnames() or folded in _surname_lemmas() or _FEMALE_SHAPE.match(folded) is not None)
        and folded not in _place_words()
        and not brand_names().knows(folded)
    )


def _names_typed_in_a_hurry(text: str, words: list[_Word]) -> list[Finding]:
    """Names typed in lower case without diacritics: a listed first name that no dictionary
    knows as a word ("zavolat hance z PMS", "nikolaj podal zadost"), with the surname after it
    ("vychovatel kamil bily"); a listed surname or unknown word after a title ("pani
    dvorakova", "ms. enkhjargal") or after "klient" ("klient liska (K-0051)"); a name after
    "jmenuje se" ("jmenuje se radim")."""
    found: list[Finding] = []
    if is_english([w.folded for w in words]):
        return found
    # an e-mail address is judged as one ("petr@charita.cz" in a public text, _private_contacts)
    mailboxes = [match.span() for match in _EMAIL.finditer(text)]
    for i, word in enumerate(words):
        if any(start <= word.start < end for start, end in mailboxes):
            continue
        previous = words[i - 1] if i else None
        following = words[i + 1] if i + 1 < len(words) else None
        folded = word.folded
        if (
            previous is not None
            and previous.folded in ("se", "jmenuje", "jmenuji", "jmenujou", "tak")
            and _CALLED.search(fold(text[max(0, word.start - 30) : word.start]))
        ) and (
            folded in _every_first_name_form() or folded in surnames() or kind(word.text) is not Kind.ORDINARY
        ):
            if folded not in _organisation_words() and not brand_names().knows(folded):
                found.append(Finding("privacy.name", word.text))  # "jmenuje se radim"
                continue
        if (
            previous is not None
            and previous.folded in _SIBLINGS
            and not word.capital
            and folded.endswith(("ovi", "ovy", "ovych", "ovym", "ovymi"))
            and (folded in surnames() or kind(word.text) is not Kind.ORDINARY)
            and not folded.startswith(_FAMOUS_SIBLINGS)  # "o bratrech masinovych", "bratry jehovovymi"
            and not folded.startswith("klient")  # "se sestrami klientovymi"
            and not role_noun(word.text)
        ):
            found.append(Finding("privacy.name", f"{previous.text} {word.text}"))  # "s bratry olahovymi"
            continue
        if (
            previous is not None
            and previous.folded == "jmenem"
            and word.folded.isalpha()
            and (folded in _every_first_name_form() or folded in surnames())
            and not word.text.isupper()  # "jménem PMS", "jmenem CSSZ": on an office's behalf
            # "jménem" names somebody: a first name that is also a brand's ("Roman") too
            and folded not in _organisation_words()
            and folded not in _place_words()
        ):
            found.append(Finding("privacy.name", word.text))  # "vlastnim jmenem roman kudrna"
            continue
        if _hurried_first_name(text, words, i) and not _name_day_or_famous(words, i):
            if following is not None and following.start - word.end == 1 and _hurried_surname(following):
                found.append(Finding("privacy.name", f"{word.text} {following.text}"))  # "kamil bily"
            else:
                found.append(Finding("privacy.name", word.text))  # "hance z PMS"
            continue
        if (
            previous is not None
            and not word.capital
            and previous.folded in _HURRIED_TITLES
            and not previous.capital
            and (previous.folded not in ("p", "ms", "mr", "mrs") or text[previous.end - 1] == ".")
            and len(folded) > 2
            and folded.isalpha()
            and folded not in stop_words()
            and not _role_in_any_case(word)
            and (_hurried_surname(word) or kind(word.text) is Kind.UNKNOWN)
            and folded not in _place_words()
            and not brand_names().knows(folded)
        ):
            found.append(Finding("privacy.name", word.text))  # "pani dvorakova", "ms. enkhjargal"
            continue
        if (
            previous is not None
            and following is not None
            and not word.capital
            and not following.capital
            and previous.folded in _CLIENT_WORDS
            and folded in first_names()
            and following.start - word.end == 1
            and following.folded.isalpha()
            and len(following.folded) > 3  # "klientovi dana rc kopie": dána, and an abbreviation
            and (following.folded in surnames() or kind(following.text) is Kind.UNKNOWN)
            and following.folded not in _place_words()
            and not brand_names().knows(following.folded)
        ):
            # "kamos klienta marka zatopka": a first name that is also a word, its surname after
            found.append(Finding("privacy.name", f"{word.text} {following.text}"))
            continue
        if (
            previous is not None
            and not word.capital
            and previous.folded in _CLIENT_WORDS
            and len(folded) > 2
            and folded.isalpha()
            and folded not in stop_words()
            and not _role_in_any_case(word)
            and not folded.endswith(_TRADE_ENDINGS)
            and not _hard_adjective(word.text)
            and folded not in _place_words()
            and not brand_names().knows(folded)
            and (
                # "klient novak prisel": a listed surname no dictionary knows
                (_hurried_surname(word) and not is_czech_word(folded))
                # "klient liska (K-0051)": a listed surname or a word no dictionary knows that
                # the case code names ("klient rom (K-0051)", "klient dnes (K-0051)" pass)
                or (
                    (_hurried_surname(word) or kind(word.text) is Kind.UNKNOWN)
                    and re.match(r"\s*[(,]\s*" + _CODE, text[word.end :]) is not None
                )
            )
        ):
            found.append(Finding("privacy.name", word.text))
    return found


# Vietnamese family names, and the middle names that tell a Vietnamese name in any case:
# "Thị" a woman's, "Văn" a man's ("tran thi lan", "lektorka thi mai nguyen", "nguyen van nam")
_VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam "
    "luong mai cao dao doan ha chu quach ta vuong la thai tong luu kieu ong".split()
)
_CZECH_WORDS_TOO = frozenset("do ho la le ly ta ha vu vo mai lam cao dao ong thai chu".split())


def _vietnamese_names(text: str, words: list[_Word]) -> list[Finding]:
    """A word with "đ" (Vietnamese and South Slavic names only) opening a name of two or three
    words ("đang thu ha"; "Dragan Đorđević" is found by the first-name rules), and a Vietnamese
    name by its middle name, typed in any case: "thi" (no Czech word) beside a Vietnamese family
    name ("tran thi lan", "thi mai nguyen"); "van" (also a Czech word: "van" of "vana") only
    right after a family name that is no Czech word ("nguyen van nam", not "do van")."""

    def joined(j: int) -> bool:  # words j and j + 1 are one name's: one space between
        return 0 <= j and j + 1 < len(words) and text[words[j].end : words[j + 1].start] == " "

    found: list[Finding] = []
    for i, word in enumerate(words):
        if "đ" in word.text.lower():
            # "đang thu ha", "Đorđević": a letter of Vietnamese and South Slavic names only
            last = i
            while last - i < 2 and joined(last) and words[last + 1].text.islower() == word.text.islower():
                last += 1
            if last > i and not word.folded.startswith("međugorj"):  # "Đorđević Dragan", "đang thu ha"
                found.append(Finding("privacy.name", text[word.start : words[last].end]))
            continue
        if word.folded == "van":
            if (
                joined(i - 1)
                and joined(i)
                and words[i - 1].folded in _VIETNAMESE_FAMILY_NAMES - _CZECH_WORDS_TOO
            ):
                found.append(Finding("privacy.name", text[words[i - 1].start : words[i + 1].end]))
            continue
        if word.folded != "thi":
            continue
        left = (
            i - 1
            if joined(i - 1)
            and (
                words[i - 1].folded in _VIETNAMESE_FAMILY_NAMES
                or kind(words[i - 1].text) is not Kind.ORDINARY
            )
            else i
        )
        right = i + 1 if joined(i) else i
        if right > i and joined(right) and words[right + 1].folded in _VIETNAMESE_FAMILY_NAMES:
            right += 1  # "thi mai nguyen": the family name last
        if any(words[j].folded in _VIETNAMESE_FAMILY_NAMES for j in range(left, right + 1) if j != i):
            found.append(Finding("privacy.name", text[words[left].start : words[right].end]))
    return found


def _listed_in_capitals(note: str, finding: Finding) -> bool:
    """A name found in a note typed in capitals as typed, which the note read as a worker would
    have typed it does not find again: kept when it is made of listed names, holds a first name,
    or is a surname and its verb ("JAN NOVAK", "ZPRAVU MICHALOVI", "POZOR - LIŠKA NESMÍ"); every
    word of a shouted note is capitalised, so a pair of ordinary words or a word no list holds is
    nobody ("PRACI V ALBERTU ZTRATIL", "VYJIZDIME PO-PA"). A street before its house number stays
    found unless the note is about an office ("KLIENT BYDLI PALACKEHO 12"; "PORADA NA RADNICI,
    MASARYKOVA 1")."""
    if finding.reason != "privacy.name":
        return True
    at = note.find(finding.excerpt)
    if at >= 0 and re.match(r"\s+\d", note[at + len(finding.excerpt) :]):
        # a street and its house number ("KLIENT BYDLI PALACKEHO 12"), but an office's
        return not _about_an_office(_about(fold(note)))
    parts = [fold(part) for part in re.findall(r"[^\W\d_]+", finding.excerpt)]
    listed = [
        part
        for part in parts
        if (part in first_names() or part in surnames() or part in _surname_lemmas())
        and not brand_names().knows(part)
    ]
    if len(listed) >= min(2, len(parts)) or any(part in first_names() for part in listed):
        return True  # "JAN NOVAK", "ZPRAVU MICHALOVI"
    # a listed name and its verb: "LIŠKA NESMÍ" (not "ALBERTU ZTRATIL": a shop)
    return len(listed) == 1 and all(part in listed or is_verb(part) for part in parts)
