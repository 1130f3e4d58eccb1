"""Issue #15, ninth round: the kinds of notes a new examiner's corpus (privq10A) showed the check
refusing or missing, each written anew as a worker would write it (docs/privacy.md, "Ninth
round"). Every harmless note here is refused by the eighth round's code; the personal ones are
missed by it, or guard the new rules ("TJ Sokol Novák", "H. Nováka"), and must be refused."""

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
        # a case code with a slash is no house number
        "KL-31/07 nastoupil na brigádu, další schůzka za měsíc.",
        "Klient PMS-2023/118 chce do azylového domu v Kolíně.",
        # a case code's letters are no title before a capitalised word
        "Stav KL-12/05: Nepodařilo se spojit, zkusím v pondělí.",
        # an office's contact place and a clothes bank
        "Kontaktní místo v Chotěboři, Masarykovo nám. 12, středy 9–12.",
        "Výdejna potravin: Po 14–16, Komenského 8, Polička.",
        "Nová adresa kontaktního místa: Husova 21, Vsetín, přízemí.",
        # authors of the field's methods, by surname or with an initial
        "Úvod do práce s motivací podle Maslowa a Rollnicka.",
        "Seminář: restorativní přístup podle H. Zehra, Tábor.",
        "Supervize podle Hawkinse a Shoheta, dvakrát ročně.",
        "Večer pro děti: Pan Tau a Krteček.",
        # a pub's or guest house's name after "U"
        "Večeře účastníků: Hospoda U Krále Jiřího, Kolín.",
        "Ubytování lektorů: Penzion U Černého psa, Vlašim.",
        # a sports club after TJ
        "Klient K-0404 chce hrát za TJ Sokol, potřebuje lékařskou prohlídku.",
        # a halfway house ("na půl cesty") and a town no list knew
        "Dům na půl cesty Krok, Husova 5, Jeseník – příjem od 18 let.",
        "Poradna sídlí v budově radnice, Náměstí Míru 1, Rýmařov.",
        "Kurz: teorie připoutání, Litvínov, 3. 4., vede psycholog.",
    ],
)
def test_ninth_round_harmless_kinds(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    ("note", "reason"),
    [
        # a street named by a preposition and a noun
        ("U babičky, K Rybníku 8, Zlín – řeší okresní soud.", "privacy.address"),
        ("Klient bydlí u sestry, K Lesu 12, Olomouc.", "privacy.address"),
        # a client's account beside an office's contact ("klientův")
        ("Klientův účet 1234567890/0100 – kancelář Charity: Husova 5, Brno.", "privacy.account"),
        # a family house, a cottage or a grandfather's home in a note about an office
        ("Sídlo spolku: Palackého 12, Brno. Chalupa po dědovi, Lhota č. p. 14.", "privacy.address"),
        ("K-2026-091: řeší PMS, rodinný dům v Lhotě, Lhota 211.", "privacy.address"),
        # a famous name borne by a client
        ("Klient Karel Čapek (jmenuje se tak), propuštění v pondělí.", "privacy.name"),
        # a surname after a sports club or a pub's name is still somebody
        ("Hraje za TJ Sokol Novák.", "privacy.name"),
        ("Kurz podle H. Nováka, Cheb.", "privacy.name"),
    ],
)
def test_ninth_round_personal_kinds(note: str, reason: str) -> None:
    assert reason in reasons(note)


# -- review: holes the ninth round opened (docs/privacy.md, "Ninth round: review fixes"); each
# of these was missed by the ninth round's code and must be refused.
@pytest.mark.parametrize(
    "note",
    [
        # an author's surname known alone is somebody's before an acting verb
        "Jirotka přišel na schůzku",
        "Prochaska přijde zítra ve 14",
        "Prochaska z Opavy volal",
        "Maruna volala",
        "Bandura přijde zítra",
        "Hawkins volal, že nepřijde",
        # a word of an ORP town's name is a surname outside a place's context
        "Železný přijde zítra",
        "Lysá volala, že nepřijde",
        "Bor přijde zítra",
        "Šternberk přišel na schůzku",
        "Hranice přijde v pondělí",
        "Klient Kyjov přijde",
        # a sports club's letters before a surname
        "FK Novák volal",
        "SK Dvořák",
        "Klient hraje za TJ Novák",
        # a man sleeping at an address is no office's contact
        "Kontaktní místo: přišel muž, spí na Husova 5",
        # a famous phrase before an acting verb is somebody
        "Pan Tau přišel",
        "Pan Tau volal, že přijde",
    ],
)
def test_ninth_round_review_refused(note: str) -> None:
    assert reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Klient K-0404 chce hrát za TJ Sokol.",
        "Zápas SK Slavia, klient K-0404 jde s otcem.",
        "Motivační rozhovor podle Prochasky a DiClementeho.",
        "Model změny (Prochaska a DiClemente), seminář v Táboře.",
        "Klient K-0404 se stěhuje do Hranic, nástup v pondělí.",
        "Schůzka v Šternberku, Horní náměstí 5, úřad práce.",
    ],
)
def test_ninth_round_review_harmless(note: str) -> None:
    assert reasons(note) == set()
