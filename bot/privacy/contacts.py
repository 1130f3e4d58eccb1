"""Phones (in digits, dotted, foreign, with digits said as words), e-mails (also said: "zavináč"),
social networks' handles; in a public text, a phone or mailbox said to be somebody's own or
given right after a person's name; the numbers of identity documents, accounts and vehicles'
registration plates.
"""

from __future__ import annotations

import re

from bot.privacy.known import brand_names
from bot.privacy.lists import _FEMALE_SHAPE, _surname_lemmas, first_names, not_names, surnames
from bot.privacy.names import _SAINT, _is_place, _named_institution
from bot.privacy.normalising import _CZECH_ACCENTS, Finding, _Word, _words
from bot.privacy.offices import _FREE_MAIL, _office_mailbox
from bot.text.czech import fold

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
_BANK_CODE = re.compile(r"/\d{4}(?![\d/])")
_FILE_NUMBER = re.compile(r"(?:c\. ?j\.|cj\.?|sp\. ?zn\.|zn\.)[^\d]*$")
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
