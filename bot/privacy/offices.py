"""Whether a value is an office's, a service's or an event's, which a note about it may give (its
address, landline, mailbox, account), or somebody's: a note about a client's home, private life
or private phone. The patterns of offices, events, homes and collections.
"""

from __future__ import annotations

import re

from bot.privacy.lists import first_names, surnames
from bot.privacy.words import Kind, kind
from bot.text.czech import fold

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
# money given to an organisation: "transparentní účet sbírky", "dary na účet"
_COLLECTION = re.compile(r"\b(?:transparentn\w*|sbirk\w*|sbirkov\w*|dar|dary|daru|darcovsk\w*)\b")
_FREE_MAIL = frozenset(
    "gmail.com seznam.cz email.cz centrum.cz post.cz volny.cz atlas.cz tiscali.cz quick.cz outlook.com "
    "hotmail.com yahoo.com icloud.com live.com gmx.com gmx.de azet.sk zoznam.sk ukr.net mail.ru "
    "yandex.ru protonmail.com proton.me".split()
)
_MAILBOX_WORDS = frozenset(
    "info podatelna office kontakt kontakty recepce sekretariat posta mail admin kuratori kuratorka "
    "kurator socialni odbor poradna kancelar objednavky dotazy ospod spod sas pms up urad pomoc".split()
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
