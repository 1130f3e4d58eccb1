"""Notes typed in a hurry: lower case, no diacritics ("jan novak", "pani dvorakova z pms", "u
novakovych", "k-5590 jarda se choval"), and Vietnamese names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from bot.privacy import words
from bot.privacy.contacts import _EMAIL
from bot.privacy.context import _verb_after
from bot.privacy.famous import _famous_spans, _famous_surnames
from bot.privacy.known import brand_names
from bot.privacy.lists import (
    _CLIENT_WORDS,
    _FEMALE_SHAPE,
    _first_name_lemmas,
    _lines,
    _organisation_words,
    _place_words,
    _role_in_any_case,
    _surname_lemmas,
    first_names,
    surnames,
)
from bot.privacy.names import _FAMOUS_SIBLINGS, _SIBLINGS, _hard_adjective, _is_place, _prison_words
from bot.privacy.names_by_context import _TRADE_ENDINGS, _every_first_name_form
from bot.privacy.normalising import _CASE_CODE_BEFORE, _CODE, Finding, _dotted, _Word
from bot.privacy.places import _PLACE_PREPOSITIONS
from bot.privacy.words import Kind, is_english, is_verb, kind, role_noun, stop_words
from bot.text.czech import dictionary_lemmas, fold, is_czech_word, stem


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


# -- notes typed in a hurry: lower case, no diacritics ("jan novak", "pani dvorakova z pms")
# saying what somebody is called: "manzelka se jmenuje dana", "jmenuje se patrik"
_CALLED = re.compile(r"\b(?:se\s+)?jmenuj(?:e|i|ou)\s+(?:se\s+)?(?:tak\s+)?$|\bjmenoval[aiy]?\s+se\s+$")
# a title before a surname typed in lower case: "pani dvorakova", "p. hrdinu", "ms. enkhjargal"
_HURRIED_TITLES = frozenset("pan pana panu panem pani p pi ms mr mrs".split())
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
