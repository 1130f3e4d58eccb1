"""Names nobody listed, told by the Czech dictionary (bot/privacy/words.py): a capitalised word
that no dictionary knows inside a sentence, or opening one before a verb, or beside an age, a
first name or another such word ("zítra přijde Šebestík", "Hanáka převezme kurátor"); an
ordinary word written as a surname; a word that is a person by what it does, whatever the lists
say.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from bot.privacy import words
from bot.privacy.context import (
    _ADVERBS_BEFORE_A_VERB,
    _COPULAS,
    _DETERMINERS,
    _INFINITIVE_ENDING,
    _KIN,
    _after_verb,
    _followed_by_verb,
    _opens,
    _starts_sentence,
    _verb_after,
)
from bot.privacy.dates import _AGE_WORDS
from bot.privacy.known import brand_names
from bot.privacy.lists import (
    _ADJECTIVE_STEMS,
    _FEMALE_SHAPE,
    _INSTITUTION_WORDS,
    _TITLE_WORDS,
    _district_words,
    _institution_stems,
    _lines,
    _organisation_words,
    _place_words,
    _surname_lemmas,
    first_names,
    not_names,
    surnames,
)
from bot.privacy.names import (
    _SAINT,
    _hard_adjective,
    _is_place,
    _named_institution,
    _nationality,
    _possessive,
)
from bot.privacy.normalising import Finding, _shouting, _Word
from bot.privacy.offices import _OFFICE_OR_EVENT, _PRIVATE
from bot.privacy.places import (
    _CURRENCY_AND_UNITS,
    _PLACE_ENDINGS,
    _abbreviated_street_or_river,
    _after_place_preposition,
    _region,
    _square_after,
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
    role_noun,
    stop_words,
)
from bot.text.czech import czech_forms, fold, is_czech_word, stem

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
