"""Issue #15, eleventh round: general rules for ordinary words and public premises, the kinds an
examiner's corpus (privq13A) showed the check refusing or missing, each written anew as a worker
would write it (docs/privacy.md, "Eleventh round"). Every harmless note here is refused by the
tenth round's code and the note in `test_a_volunteer_shown_round_the_grounds_is_named` is missed
by it; the guards are look-alikes that name somebody and must stay refused."""

from __future__ import annotations

from datetime import date

import pytest

from bot.privacy import find_personal_data

TODAY = date(2026, 11, 30)


def reasons(note: str) -> set[str]:
    return {finding.reason for finding in find_personal_data(note, today=TODAY)}


@pytest.mark.parametrize(
    "note",
    [
        # an ordinary word opening a sentence, a dash and a noun for a thing
        "Kohout – hospoda na návsi v Dobré, sraz dobrovolníků ve čtvrtek v 18:00.",
        # ... the copula and such a noun
        "Kohout je symbol našeho projektu pro rodiny odsouzených, logo navrhli klienti.",
        # ... a diminutive the dictionary lacks of a being it knows (býk, šnek)
        "Býček je maskot letní školy pro děti klientů.",
        "Šneček je maskot letní školy pro děti klientů.",
        # ... a list of lower-case words after it
        "Kohoutek, sýkora a vrána – výtvarná soutěž pro děti klientů.",
        # ... offering work, as a trade seeking staff did
        "Zedník z Kroměříže nabízí brigádu na stavbě, vhodné pro klienty po výkonu trestu.",
    ],
)
def test_an_ordinary_word_the_sentence_says_is_a_thing_is_no_name(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    "note",
    [
        "Jan Zima volal, že přijde zítra.",
        "Volala paní Sovová, syn je ve vazbě.",
        "Svoboda Petr, nar. 1980, propuštěn z Bor.",
        "Pan Holub z Holubí 3 chce pomoct s dávkami.",
        "Holub – klient PMS, volal kvůli dávkám.",
        "Kohout – kuchař z Bor, hledá práci.",
        "Kohout, 45 let, bez bydlení.",
        "Kohoutek volal, že nepřijde.",
        "Vlček je klient PMS, přijde v pondělí.",
        "Vlček je v nemocnici, schůzka odpadá.",
        "Kos, Drozd a Sýkora přijdou zítra na skupinu.",
        "Sedlák z Hlučínska volal, že nemá práci.",
    ],
)
def test_ordinary_words_as_surnames_stay_names(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        # kinds of public premises, in any case the dictionary knows ("na pobočce")
        "Knihovna na Husově 14 půjčuje knihy i bez průkazu, otevřeno do 18:00.",
        "Lékárna na Masarykově 20 má pohotovost do 22:00.",
        "Sportovní hala, Tyršova 8, je zamluvená na turnaj v sobotu.",
        "Na pobočce VZP, Jiráskova 5, vyřídíte novou kartičku bez objednání.",
        # "máme" (we have) is no "mámě" (to mum)
        "V kanceláři na Husově 8 máme nově i dluhové poradenství, středa 9–12.",
        # a home said to be none
        "Palackého 12 je adresa naší poradny, ne bydliště klienta.",
        # a work phone said to be one right after the number
        "Kancelář spolku: tel. 737 111 222 (služební), Po–Čt 9–15.",
    ],
)
def test_an_address_or_phone_of_public_premises_passes(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    ("note", "reason"),
    [
        ("Klient bydlí u sestry, Husova 12, knihovna je hned vedle.", "privacy.address"),
        ("Poslat dopis klientovi na Husova 12, Opava.", "privacy.address"),
        ("Palackého 12 je adresa klienta, ne poradny.", "privacy.address"),
        ("Klientka volala z čísla 777 000 111 (soukromé).", "privacy.phone"),
        ("Klient: mobil 777 000 111, volat po 16:00.", "privacy.phone"),
        ("Schůzka v kavárně s klientem Petrem Novákem, Husova 5.", "privacy.name"),
        ("Kavárna Novák, volal pan Novák ohledně brigády.", "privacy.name"),
        ("V kavárně Sýkorka se sejdu s Petrem Kosem.", "privacy.name"),
    ],
)
def test_an_address_or_phone_beside_a_person_stays_refused(note: str, reason: str) -> None:
    assert reason in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        # a street named after a man, his first name in the genitive (Fráňa, Jiří, Kuba), and
        # a street and its number as a label
        "Poradna, Fráni Šrámka 10: otevřeno v úterý.",
        "Poradna, Jiřího Wolkera 5: otevřeno v úterý.",
        "Probační středisko, Tolstého 9: nové hodiny.",
        # premises and their own name
        "Hipoterapie: Statek Habřinov, kapacita 8 dětí.",
        "Pobyt v Terapeutické komunitě Sejřek je dobrovolný.",
        # a question ends a sentence after a client word
        "Kdo pomůže klientce? Dobrovolnice z Charity ji doprovodí na úřad.",
        # a numeral is no name, not even before an initial
        "Mentoring pro děti vězněných rodičů běží v programu Šest K.",
        # a word the dictionary lacks, capitalised only because the note is in capitals
        "ZMĚNA: SKUPINA BUDE V KLUBOVNĚ HASIČSKÉ ZBROJNICE V OPAVĚ.",
    ],
)
def test_streets_premises_and_sentence_ends_are_no_names(note: str) -> None:
    assert reasons(note) == set()


def test_a_volunteer_shown_round_the_grounds_is_named() -> None:
    # a person after a place's kind and "s novým dobrovolníkem" is whom, no name of the place
    assert "privacy.name" in reasons("Prohlídka areálu s novým dobrovolníkem Karlem Horákem v úterý.")
    assert "privacy.name" in reasons("Prohlídka areálu s panem Novákem v úterý.")
