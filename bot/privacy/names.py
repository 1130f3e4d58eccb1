"""Listed names: a first name beside a surname (known, or shaped like one), an initial or another
capitalised word; a surname after "pan", "paní", "klient"; a known surname on its own; a first
name with an age or a birth year; an adjective or a nationality written as a surname; a word of
an ORP seat's name outside a place's context.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.privacy.context import (
    _COPULAS,
    _DETERMINERS,
    _PERSON_BEFORE,
    _WITH_SOMEBODY,
    _acts_as_person,
    _after_verb,
    _followed_by_verb,
    _starts_sentence,
    _verb_after,
)
from bot.privacy.lists import (
    _ADJECTIVE_STEMS,
    _FEMALE_SHAPE,
    _MISTER,
    _TITLE_WORDS,
    _TITLES,
    _first_name_forms,
    _institution_stems,
    _lines,
    _listed_place_words,
    _orp_words,
    _place_words,
    _role_in_any_case,
    _surname_lemmas,
    first_names,
    looks_like_surname,
    not_names,
    surnames,
)
from bot.privacy.normalising import Finding, _Word
from bot.privacy.places import (
    _CURRENCY_AND_UNITS,
    _PLACE_PREPOSITIONS,
    _after_place_preposition,
    _region,
    _square_after,
    _whole_towns,
)
from bot.privacy.words import Kind, is_verb, kind, lemma_of, person_noun, role_noun, stop_words
from bot.search.index import knowledge_file
from bot.search.places import name_variants
from bot.text.czech import fold, is_czech_word, stem

_SAINT = frozenset({"sv.", "sv", "svate", "svateho", "svaty", "svata", "blahoslavene"})
# what follows a woman's surname at the start of a note ("Kopalová volala"), where an adjective
# would be followed by its noun ("Případová konference")
_VERBS_AFTER_NAME = frozenset(
    "volala volal chce chtela prisla neprisla rekla pise psala ma mela je byla nema potrebuje odmita "
    "souhlasi zada nastoupi dorazila nedorazila odesla bydli zije prijde ceka prevezme predam".split()
)
_VIETNAMESE_MIDDLE = frozenset({"van", "thi", "duc", "huu", "minh", "ngoc"})


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
