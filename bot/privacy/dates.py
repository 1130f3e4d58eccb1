"""Birth numbers, birth dates in every form workers write ("* 3.5.85", "3. května 1985", "ročník
1985", "r. 79"), birth years and ages, and numbers that are an age, not a house number.
"""

from __future__ import annotations

import re
from functools import cache

from bot.privacy.lists import _lines, first_names
from bot.privacy.normalising import _CODE, Finding, _Word
from bot.privacy.words import is_english
from bot.text.czech import fold, stem


def _age_spans(folded: str, current: int) -> list[tuple[int, int]]:
    spans = [m.span() for m in _AGE.finditer(folded)]
    spans += [m.span() for m in _YEAR.finditer(folded) if _birth_year(m.group(1), current, marked=False)]
    return spans


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


_AGE_WORDS = frozenset("vek veku vekem stari starim".split())  # "Věk 19 let": the age itself


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
