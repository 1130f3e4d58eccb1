"""What stands around a word, as the rules read it: the sentence it opens, the verb after it, a
person's doing after it, a title or a client word before it; kin and acquaintances ("otce",
"souseda"), and a name said to be a relative's.
"""

from __future__ import annotations

import re

from bot.privacy.lists import _TITLE_WORDS, _institution_stems, _role_in_any_case
from bot.privacy.normalising import _AFTER_A_CODE, _Word
from bot.privacy.words import Kind, is_verb, kind, lemma_of
from bot.text.czech import fold, stem

# prepositions before a person (not a place): "s Černou", "u Starého", "pro Malou"
_WITH_SOMEBODY = frozenset("s se k ke od u pro za o mezi pred".split())


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


# -- sixth round (issue #15): kinds an independent examiner's notes (privq6) showed missing
# a person's kin or belongings after his surname's possessive: "Sedláčkův bratr", "Králova družka"
_KIN = re.compile(
    r"^(?:matk|mam[aeyu]|bratr|sestr|druzk|druh|pritel|manzel|syn|dcer|otec|otc|tat[aeyu]|kluk|holk|"
    r"babick|dedeck|deda|rodic|rodin|deti|partner|soused|svagr|tchan|tchyn|kamarad|stryc|tet[aeyu]|"
    r"vnuk|vnuck|snoubenk|snoubenc|advokat|obhajc|exmanzel|expritel|zen[auy]$|dluh|situac|zdravotn|"
    r"pripad|spis|zadost|vec|byt$|bytu$)"
)


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


def _opens(text: str, words: list[_Word], index: int) -> bool:
    """The word opens the note, a sentence or what follows a case code."""
    return index == 0 or words[index].sentence_start or bool(_AFTER_A_CODE.search(text[: words[index].start]))
