"""Names found that are nobody's: a known organisation's or brand's name, a person's name inside
the name of a street, an institution, a café or a hall ("Nemocnice Tomáše Bati"), a holiday
named by its saint, a place told by its context, a venue before its address in a public text.
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.context import (
    _KIN,
    _KIN_BEFORE,
    _adjective_before_a_thing,
    _said_to_be_kin,
    _someone_close,
    _verb_after,
)
from bot.privacy.famous import (
    _famous_alone,
    _famous_spans,
    _famous_spans_of_nobody,
    _famous_throughout,
    _famous_word,
    _famous_work,
    _named_thing_after,
)
from bot.privacy.known import KnownNames, brand_names
from bot.privacy.lists import (
    _CLIENT_WORDS,
    _FEMALE_SHAPE,
    _INNS,
    _INSTITUTION_WORDS,
    _NAMED_AFTER,
    _NAMED_AFTER_PREFIXES,
    _TITLE_KINDS,
    _district_words,
    _first_name_lemmas,
    _institution_stems,
    _lines,
    _organisation_words,
    _place_words,
    _possessive_town_spans,
    _surname_lemmas,
    first_names,
    looks_like_surname,
    surnames,
)
from bot.privacy.names import _PAST_ENDINGS, _SAINT, _hard_adjective
from bot.privacy.normalising import Finding, _shouting, _standing_alone, _Word, _words_within
from bot.privacy.offices import _PRIVATE, _about, _about_an_office
from bot.privacy.places import _PLACE_ENDINGS, _TOWN_REGION, _after_place_preposition, _region
from bot.privacy.unlisted_names import _CASE_ENDINGS
from bot.privacy.words import Kind, human_verb, is_english, is_verb, kind, lemma_of, role_noun, stop_words
from bot.search.index import knowledge_file
from bot.text.czech import fold, stem

_PLURAL = ("ů", "ích", "ové", "ům", "ech", "ami")
_ABBREVIATION = re.compile(r"^[A-Z]{2,4}s?$")  # "NGO", "NGOs", "CV", "HR"
# "Domov pro seniory Elišky Purkyňové" is named after her; "dům pro Petra Svobodu" is his
_BEFORE_A_PERSON = frozenset("pro u k ke s se za od o po na do v ve z ze".split())
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


_ROMAN = re.compile(r"^[IVX]{1,4}$")
_HOLIDAY = frozenset({"Den", "Dne", "Dnem", "Svátek", "svátek", "svátku", "Svátku"})
_PREPOSITIONS_AFTER_A_DAY = frozenset("s se u k ke pro za od do".split())
_HOUSE = frozenset("dum domu dome domem".split())
# where a place stands: "v lokalitě Chanov", "obec Janov", "Kampus Albertov"
_PLACE_KINDS = re.compile(
    r"^(?:lokalit\w*|obec|obce|obci|mestys\w*|ctvrt\w*|kampus\w*|osad[aeyu]|vesnic\w*)$"
)


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
