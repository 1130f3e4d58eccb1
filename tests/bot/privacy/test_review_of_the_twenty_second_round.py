"""The first review of the twenty-second and twenty-third privacy rounds (docs/privacy.md,
"Review of the twenty-second and twenty-third rounds"; the rounds were withdrawn after a third
review: "The twenty-second and twenty-third rounds withdrawn").

A fresh reviewer wrote 1,235 personal probes aimed at the twenty-second round's new rules; 352
that 04b4afd refused passed after it. The notes below are a selection of them per rule, and of
the probes written against the twenty-third round's rules that it let through: each passed on
a531215 and is refused as on 04b4afd. They stay as guards for any later loosening."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- a firm's or a lodging's name (the withdrawn round's _firm_spans) ------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Ubytování Novák zatím nemá, spí venku.",
        "Ubytovani Novak zatim nema, spi venku.",
        "Ubytovani Novak si zajisti u sestry.",
        "Ubytovani Dvorak zatim resi pres kamarada.",
        "Ubytovny Novak se boji, chce do azylaku.",
        "Ubytovne Novak stale nic nezaplatil.",
        "Hotelu Svoboda se vyhyba, pry tam ma dluh.",
        "Uklid Novak sam nezvladne, potrebuje asistenci.",
        "Doprava Svoboda: odveze ho bratr v patek.",
        "Stavby Novák jen občas dělá načerno.",
        "Bydlí u Stavby Černý.",
        "Ubytování Nováková zatím nemá, je u matky.",
        "Ubytování Sokol zatím nemá.",
        "Ubytování Šebestík zatím nemá.",
        "Ubytování Kratochvíl zatím nemá, spí na nádraží.",
        "Ubytování Hanák už má.",
        "Ubytovana Novakova zatim neplati najem.",
        "Ubytovany Kratochvil, 45 let, pokoj 12.",
        "Ubytovana Horakova, 38 let, s detmi.",
        "Uklidi Novak pokoj sam?",
        "Dopravi Svoboda klienta k lekari?",
        "Stavbou Novak zivi rodinu.",
    ],
)
def test_firm_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Ubytování Novák zatím nemá, přijďte na setkání.",
        "Ubytovani Novak zatim nema, prijdte na setkani.",
    ],
)
def test_firm_personal_is_refused_again_in_public(note: str) -> None:
    assert refused_in_public(note), note


# -- a parenthesis after a house number, a street without diacritics or a plural's genitive --------


@pytest.mark.parametrize(
    "note",
    [
        "Jana Novotná 45 (matka klienta), bez bydlení.",
        "Eva Černá 34 (družka), bez bydlení.",
        "Petra Veselá 28 (sestra) chce pomoct.",
        "Věra Bílá 70 (babička), nemocná.",
        "karla černého 40 (kamarád) navštívil ve vězení.",
        "Jana Bílá 25 (dcera), bez bydlení.",
        "Marie Dlouhá 62 (babička) – dluhy.",
        "Lucie Zelená 19 (dcera) těhotná.",
        "alena hrubá 51 (matka) nemocná.",
        "Jana Novotná 45 (Opava)",
        "Věra Svobodná 38 (sestra)",
        "dana šťastná 50 (teta)",
        "kontakt: jana novotná 45 (matka)",
    ],
)
def test_street_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Prihlasky: Jana Dvorska 12, Eva Polanska 14",
        "Lektorka Jana Novotna 12 (let praxe)",
        "Kontakt na koordinatorku: Hana Zelenska 45, Opava",
        "Oslava u Havránů 5 (rodina klientky), vstup volný.",
        "Ucastnici: Jana Novotna 45 (Opava), Eva Cerna 30 (Brno)",
        "Jana Novotna 45 (Opava), Eva Cerna 30 (Brno) – ucastnice kurzu",
        "Dobrovolnice Jana Novotna 24 (studentka) povede dilnu.",
        "Vede Hana Polanska 20 (let praxe), mobil 777 123 456",
        "Hostem bude pani Jana Dvorska 45 (Opava).",
        "dobrovolnice lucie zelená 19 (studentka) povede výtvarku.",
        "Vede Hana Cerna 45 (byvala klientka).",
    ],
)
def test_street_personal_is_refused_again_in_public(note: str) -> None:
    assert refused_in_public(note), note


# -- a famous name with initials or an academic title; a famous name beside an age -----------------


@pytest.mark.parametrize(
    "note",
    [
        "Klientka žije s J. Trnkou.",
        "Bydlí u J. Lady v Hrušicích.",
        "Kontakt na M. Horakovou pres sestru.",
        "Půjčil si peníze od A. Dvořáka.",
        "Prespava u E. Benese na chate.",
        "Jde bydlet k V. Havlovi do Plzne.",
        "A. Dvořák (45) ve výkonu trestu.",
        "P. Hawkins, britsky obcan, ve vazbe.",
        "Majitel bytu B. Smetana, vola kvuli najmu.",
        "Opatrovnice Mgr. Bozena Nemcova.",
        "Lékař MUDr. Jan Hus, ordinace v Táboře.",
        "Kurátor Mgr. A. Dvořák dnes nebyl.",
        "Ing. Antonin Dvorak, zamestnavatel klienta.",
        "Mgr. Milada Horakova, socialni pracovnice veznice.",
        "s Mgr. Antonínem Dvořákem (opatrovník)",
        "Gustav Mahler, 40 let, bez bydleni.",
        "Don Bosko, 30 let, Ital, bez dokladu.",
        "J. A. Komenský, 19 let, učeň.",
        "svedkyne M. Horakova",
        "Advokát JUDr. Josef Lada, plná moc.",
        "Mgr. Václav Havel, Praha – kurátor klienta",
        "Klientka bydlí s J. Žižkou v podnájmu.",
        "Bydli u A. Jiraska v Hronove.",
        "Kamarád mu dluží, J. Hašek, 40 let.",
        "Prespava u A. Muchy v Ivancicich.",
        "Zije s J. Nerudou, 38 let.",
        "Drogy mu prodává J. Trnka.",
        "S L. Janackem se zna z vezeni.",
        "Za klientem přijel J. Seifert (strýc).",
        "U T. Bati bydlí od září.",
        "S M. Horakovou ma dve deti.",
        "Klient žije s B. Němcovou, 40 let.",
        "Dcera zije u V. Havla v Praze.",
        "Kontakt na E. Benese pres sestru.",
        "MUDr. Emil Zátopek, psychiatr klienta.",
        "C. G. Jung, 40 let.",
    ],
)
def test_famous_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Kontakt: Mgr. Antonín Dvořák, tel. 777 123 456",
        "Lektor: JUDr. Václav Havel, mobil 777 123 456",
        "Prihlasky u Mgr. Bozeny Nemcove, 777 123 456",
        "Kontakt: MUDr. J. Hus, jhus@seznam.cz",
    ],
)
def test_famous_personal_is_refused_again_in_public(note: str) -> None:
    assert refused_in_public(note), note


# -- a nationality after a kin word that is a frequent surname too ---------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Manžel Turek je ve výkonu trestu.",
        "Manžel Turek volal, chce se rozvést.",
        "Druh Maďar ji bije.",
        "Bratr Rus mu dluží peníze.",
        "manžel francouz, 45 let.",
        "Druh Spanel, ve vazbe.",
        "Manzel Slovak je agresivni.",
        "Otec Turek se priznal.",
        "bratr španěl, 30 let, ve vazbě.",
        "manžel Turek",
    ],
)
def test_nationality_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a trade after a trade's word, its teacher named -----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Mistr z učiliště Kovář, kamarád klienta.",
        "Lektor rekvalifikace Zedník, kamarád otce.",
        "Vedoucí rekvalifikace Zedník, kamarád klienta.",
    ],
)
def test_trade_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Lektor rekvalifikace Zedník, tel. 777 123 456",
    ],
)
def test_trade_personal_is_refused_again_in_public(note: str) -> None:
    assert refused_in_public(note), note


# -- a verb opening a sentence that is a first name's case form ------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Klient 37 let. Michala propustili z vězení včera.",
        "klient 37 let. michala propustili z vězení včera.",
        "37 let. Michala ceka soud.",
        "Věři bylo 40 let, bydlí s dcerou.",
        "věři bylo 40 let, bydlí s dcerou.",
        "Danili je 30 let.",
        "Michali dnes 45 let.",
        "Stelu vyhodil přítel z bytu, 22 let.",
        "stelu vyhodil přítel z bytu, 22 let.",
        "Ladi dluží 3 000 Kč, je mu 40.",
        "Michala nastoupila do výkonu trestu, 37 let.",
        "michala nastoupila do výkonu trestu, 37 let.",
        "Michala dluzi najem, 29 let.",
        "Michala propustili, 41 let, bez bydlení.",
        "Klientka 30 let. Michala chce zpět děti.",
        "klientka 30 let. michala chce zpět děti.",
        "zoru vyhodil druh, 44 let.",
        "Veri je 60 let.",
        "Michali je 40 let, bydli u matky.",
        "Michala, 37 let, bez bydlení.",
        "Vita, 30 let, bez bydlení.",
        "Michala (37) po propuštění bez bydlení.",
    ],
)
def test_verb_open_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a town after an office's word, its seat -------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Firma Benesova klientovi dluzi vyplatu.",
        "Z poradny Sokolovi dopis poslan.",
        "Správce ubytovny Sokolov je agresivní.",
        "Ze sluzby Sokolovi zavolame zitra.",
        "Firme Benesovi dluzi 10 000 Kc.",
        "Správkyně ubytovny Benešová je agresivní.",
        "Z ubytovny Benešová, 45 let, bez práce.",
        "Z azyláku Benešová, 45 let, dvě děti.",
        "Z K-centra Sokolová, 30 let, substituce.",
        "Z ubytovny Sokolová, 30 let.",
        "Na ubytovně Benešová dluží za dva měsíce.",
        "Z charity Sokolová, 50 let, bez bydlení.",
        "Kamarádka z ubytovny Benešová mu půjčila peníze.",
        "Ze služby Benešová, 38 let.",
    ],
)
def test_seat_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a residence registered at an office; MÚ, OÚ and 'kancl' as offices ----------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Hlášen na MÚ Opava, Husova 5, tam skutečně bydlí s matkou.",
        "Hlášen na MÚ Opava, Husova 5 a tam i skutečně žije.",
        "Klient je hlasen na UP Opava, Husova 5.",
        "Hlášen na úřadě práce Opava, adresa Husova 5.",
        "hlášen na úřadě práce opava, adresa husova 5.",
        "Hlasena na UP Opava, kontakt 553 123 456 – pevna linka k matce.",
        "hlášena na úp opava, kontakt 553 123 456 – pevná linka k matce.",
        "Máma má kancl na Husově 5.",
        "Máma má kancl v Husově 5, chodí tam spát.",
        "Mama ma kancl v Husove 5, chodi tam spat.",
        "Matka klienta ma kancl v Opave, Husova 5.",
        "Klient má trvalý pobyt na úřadě Opava, reálně Husova 5.",
        "Klient ma trvaly pobyt na urade Opava, realne Husova 5.",
        "Klient je hlasen na urade Opava, Husova 5, skutecne tam bydli s matkou.",
        "Pobyt na radnici Opava, Husova 5 – tam ve skutecnosti spi.",
        "Klient je hlášen na ÚP Opava, Husova 5, pokoj 3.",
        "Hlášena na ÚP Opava, Husova 5, podnájem.",
        "Hlášen na ÚP Opava, Husova 5 – podnájem u kamaráda.",
        "Hlasen na UP Opava, Husova 5 – podnajem u kamarada.",
        "Hlasen na urade prace, Husova 5, k dopisum.",
    ],
)
def test_townhall_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- the twenty-third round's rules: a course's trade, a conditional, an office's street and lodgings


@pytest.mark.parametrize(
    "note",
    [
        "Lektor kurzu Kovář, kamarád klienta, půjčil peníze.",
        "Vedoucí dílny Truhlář, soused klienta.",
        "Mistr dílny Kovář, kamarád otce.",
        "Instruktor kurzu Zedník, bratr klienta.",
        "Ve dílně Truhlář, kamarád z vězení, mu dal práci.",
        "Holý by byl rád, kdyby mu někdo pomohl, 45 let.",
        "Klient je v PN Bohnice, Ústavní 91, pokoj 12.",
        "Bratr pracuje v FN Brno, Jihlavská 20, tam i bydlí.",
        "Matka má penzion, Husova 5, Opava.",
        "VZP Opava, Husova 5, pracuje tam sestra klienta, bydlí tamtéž.",
        "Hostel Husova 5, pokoj 12, klient.",
        "Klient, ubytován v penzionu, Lipová 12, Krnov.",
        "Otec na VZP uvedl adresu Husova 5.",
        "ČSSZ Praha, Nováková 25",
        "OAMP, Nováková 12, Praha.",
        "Hlášen na adrese MÚ Opava, Husova 5, podnájem u kamaráda.",
    ],
)
def test_round23_personal_is_refused_again(note: str) -> None:
    assert refused(note), note
