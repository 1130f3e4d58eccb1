"""Names told by the words around them: a surname's possessive before kin, "se jmenuje", kin or
"nějaká" before a first name, a surname in lower case as a verb's subject or heading the note
beside a first name, a surname before "ml."/"st.", a name after a case code, a first name at
somebody's home ("u Petra na chatě").
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.context import (
    _ADVERBS_BEFORE_A_VERB,
    _COPULAS,
    _DETERMINERS,
    _KIN,
    _KIN_BEFORE,
    _PEOPLE_VERBS,
    _adjective_before_a_thing,
    _after_verb,
    _opens,
    _verb_after,
)
from bot.privacy.known import brand_names
from bot.privacy.lists import (
    _INSTITUTION_WORDS,
    _NAMED_AFTER,
    _first_name_forms,
    _first_name_lemmas,
    _folded_roles,
    _institution_stems,
    _lines,
    _organisation_words,
    _place_words,
    _role_in_any_case,
    _surname_lemmas,
    first_names,
    looks_like_surname,
    not_names,
    surnames,
)
from bot.privacy.names import (
    _ABBREVIATED_TITLES,
    _SAINT,
    _VIETNAMESE_MIDDLE,
    _hard_adjective,
    _is_first,
    _is_other_capitalised,
    _is_place,
    _nationalities,
    _word_surname_before,
)
from bot.privacy.normalising import _AFTER_A_CODE, _CODE, Finding, _Word
from bot.privacy.offices import _PRIVATE
from bot.privacy.places import _place_preposition
from bot.privacy.unlisted_names import _CHURCH_WORDS, _NO_SUBJECT, _brand_spelling
from bot.privacy.words import (
    Kind,
    human_verb,
    is_english,
    is_verb,
    kind,
    lemma_of,
    person_noun,
    role_noun,
    stop_words,
)
from bot.text.czech import dictionary_lemmas, fold, is_czech_word, stem

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


def _names_by_what_stands_around(text: str, words: list[_Word]) -> list[Finding]:
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


# how a person is, after a name and "je": in custody, ill, without work or a roof ("Svoboda je
# ve vazbě", "Fiala je na ubytovně", "Marek je nemocný"); "Svoboda je pro něj šok" is freedom
_PERSON_STATE = re.compile(
    r"\s*(?:(?:zase|uz|stale|porad|ted|jeste|prej|pry|asi|znovu)\s+)?"
    r"(?:nemocn\w*|ve vazbe|ve vykonu|ve vezeni|v base|v nemocnici|v lecebne|na ubytovne|na ulici|"
    r"na azylaku|v azylovem dome|na nocleharne|bez prace|bez bydleni|bez penez|bez dokladu|na podmince|"
    r"na davkach|zavren\w*|propusten\w*|tehotn\w*|opil\w*|nezvestn\w*|v insolvenci|v exekuci|"
    r"na detoxu|na lecen\w*|v invalidnim duchodu|nezamestnan\w*|bezdomovec|zadrzen\w*)\b"
)


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


def _names_by_their_company(text: str, words: list[_Word]) -> list[Finding]:
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
