"""The second review of the twenty-second and twenty-third privacy rounds (docs/privacy.md,
"Second review of the twenty-second and twenty-third rounds"; the rounds were withdrawn after a
third review: "The twenty-second and twenty-third rounds withdrawn").

A second fresh reviewer wrote 367 personal probes against main (a325e08): 133 that 04b4afd
refused passed there (105 of them clearly personal; the rest a nationality after kin and the
reviewer's borderline ones). Every one of the 133 is below (each passes on a325e08) and is
refused as on 04b4afd: guards for any later loosening."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- a house number, then kin or a person's word (the withdrawn round's _street_then_its_number) ---


@pytest.mark.parametrize(
    "note",
    [
        "Novotná 45 (matka klienta)",
        "Dopis předá Veselá 61 (babička klienta).",
        "Novotná 45 (máma) dnes přišla s klientem.",
    ],
)
def test_paren_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- the same in an organisation's own text --------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Na setkání přijde i Novotná 45 (matka klienta).",
        "Za rodinu promluví Veselá 61 (babička klienta).",
        "Odvoz zajistí Černá 29 (družka účastníka).",
        "Novakova 45 (matka klienta) prijde take.",
        "Dvorakova 52 (druzka ucastnika) prinese jidlo.",
        "Svobodova 40 (sestra klienta) zajisti odvoz.",
        "Na setkani prijde i Novotna 45, matka klienta.",
        "Odvoz zajisti Cerna 29, druzka ucastnika.",
        "Na akci pomuze Novotna 45 (soused ucastnika).",
    ],
)
def test_paren_personal_is_refused_again_in_public(note: str) -> None:
    assert refused_in_public(note), note


# -- a famous name with initials, then kin; a famous street before somebody's place ----------------


@pytest.mark.parametrize(
    "note",
    [
        "Přednášku o dluzích měl J. Lada, táta klienta.",
        "Prednasku o dluzich mel J. Lada, tata klienta.",
        "Besedu o knize vedl A. Dvořák, strejda klientky.",
        "Besedu o knize vedl A. Dvorak, strejda klientky.",
        "Na koncert přijde B. Smetana, brácha klienta.",
        "Na koncert prijde B. Smetana, bracha klienta.",
        "Knihu o vězení napsal K. Čapek, soused klienta.",
        "Knihu o vezeni napsal K. Capek, soused klienta.",
        "Film promítne J. Lada, snoubenec klientky.",
        "Film promitne J. Lada, snoubenec klientky.",
        "Výstavu obrazů chystá J. Lada, tchán klienta.",
        "Vystavu obrazu chysta J. Lada, tchan klienta.",
        "Četli jsme knihu, kterou půjčila B. Němcová, sousedka klientky.",
        "Cetli jsme knihu, kterou pujcila B. Nemcova, sousedka klientky.",
        "Klientka nyní B. Němcové 5 (u matky).",
        "Kontakt: Dr. E. Beneše 14 (u babičky).",
        "Kontakt: Dr. E. Benese 14 (u babicky).",
        "Klientka je teď u Boženy Němcové, Brno-Líšeň.",
        "Klientka je ted u Bozeny Nemcove, Brno-Lisen.",
    ],
)
def test_famous_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- the same in an organisation's own text --------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Přednášku vede A. Dvořák, táta jednoho z účastníků.",
        "Prednasku vede A. Dvorak, tata jednoho z ucastniku.",
        "Besedu o knize povede J. Lada, bývalý odsouzený z Mírova.",
        "Besedu o knize povede J. Lada, byvaly odsouzeny z Mirova.",
        "Na koncertu zahraje B. Smetana, brácha naší klientky.",
        "Na koncertu zahraje B. Smetana, bracha nasi klientky.",
    ],
)
def test_famous_personal_is_refused_again_in_public(note: str) -> None:
    assert refused_in_public(note), note


# -- a verb opening a sentence (the withdrawn round's _verb_opening_a_sentence) --------------------


@pytest.mark.parametrize(
    "note",
    [
        "Stelu včera vyhodil druh. Je jí 34 let.",
        "Stelu vcera vyhodil druh. Je ji 34 let.",
        "Zanetu dnes navstivila sestra z Brna.",
        "Zanetu dnes navstivila sestra. Ma dve deti a je ji 31.",
        "Míří do Sokolova, kde bydlí matka. Míra, 37 let.",
        "Miri do Sokolova, kde bydli matka. Mira, 37 let.",
        "Věří, že dostane práci. Je mu 45.",
        "Veri, ze dostane praci. Je mu 45.",
        "Stelu nikdo nechce ubytovat. Sestra klientky, 30 let.",
        "Zanetu dnes vyzvedne otec z vazby.",
    ],
)
def test_verb_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a nationality after kin (withdrawn) -----------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Manžel Chorvat je ve výkonu trestu, Mírov.",
        "Manzel Chorvat je ve vykonu trestu, Mirov.",
        "Druh Bulhar ji bije, bydlí v Opavě.",
        "Druh Bulhar ji bije, bydli v Opave.",
        "Otec Rumun dluží výživné, pracuje v Kladně.",
        "Otec Rumun dluzi vyzivne, pracuje v Kladne.",
        "Partner Ital je ve vazbě v Praze.",
        "Partner Ital je ve vazbe v Praze.",
        "Manželka Polka bydlí v Ostravě s dětmi.",
        "Manzelka Polka bydli v Ostrave s detmi.",
        "Matka Němka žije v Drážďanech.",
        "Matka Nemka zije v Drazdanech.",
        "Druh Mongol odjel s dětmi.",
        "Druh Mongol odjel s detmi.",
        "Bratr Vietnamec dluží klientovi.",
        "Bratr Vietnamec dluzi klientovi.",
    ],
)
def test_nation_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a trade after a course's word, then kin or a client (the withdrawn round's _trade_named) ------


@pytest.mark.parametrize(
    "note",
    [
        "Na rekvalifikaci Kuchař, klient DPC.",
        "Trenér z kurzu Kovář, soused klienta.",
        "Mentor rekvalifikace Tesař, tchán klienta.",
        "Šéf dílny Truhlář, strejda klientky.",
        "Parťák z kurzu Zedník – ségra mu dluží.",
        "Kolega z učiliště Kovář, snoubenec klientky.",
    ],
)
def test_trade_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a town that is a surname after an office's word, then kin (the withdrawn round's _seat_of_an_office)


@pytest.mark.parametrize(
    "note",
    [
        "Z ubytovny Sokolov, táta klienta.",
        "Z ubytovny Sokolov, tata klienta.",
        "UP Mělník, soused klienta, volal ohledně dluhu.",
        "UP Melnik, soused klienta, volal ohledne dluhu.",
        "K-centrum Sokolov (tchán klienta) pomůže.",
        "K-centrum Sokolov (tchan klienta) pomuze.",
        "Do poradny Mělník, ex-manžel klientky.",
        "Do poradny Melnik, ex-manzel klientky.",
    ],
)
def test_seat_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a residence registered at a town hall where he stays after all --------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Hlášen na MÚ Opava, Horní nám. 69, tam i nocuje.",
        "Hlášena na OÚ Chodov, Husova 5; přebývá tam u správce.",
        "Trvalý pobyt na ohlašovně MÚ Opava, Horní nám. 69, zdržuje se tam.",
        "Hlášen na MÚ Opava, Horní nám. 69, pobývá tam u strýce.",
        "Hlášen na MÚ Kladno, Husova 5 – zůstává tam u tety.",
        "Hlášen na MÚ Opava, Horní nám. 69 – najdete ho tam večer.",
        "Hlášena na MÚ Opava, Horní nám. 69, má tam schránku a postel.",
        "Hlášen na magistrátu Ostrava, Prokešovo nám. 8, kde má kamrlík.",
    ],
)
def test_registered_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a lodging's or a hospital's address where a client or kin stays -------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Matka je teď v hostelu, Husova 5.",
        "Matka je ted v hostelu, Husova 5.",
        "Syn je od pondělí v hostelu Husova 5.",
        "Syn je od pondeli v hostelu Husova 5.",
        "Dcera zůstává v penzionu Lípa, Husova 5.",
        "Dcera zustava v penzionu Lipa, Husova 5.",
        "Klientka momentálně v hotelu Slavia, Husova 5.",
        "Klientka momentalne v hotelu Slavia, Husova 5.",
        "Klient t. č. hostel Husova 5, lůžko 4.",
        "Klient t. c. hostel Husova 5, luzko 4.",
        "Bratr klienta se zdržuje v penzionu, Husova 5.",
        "Bratr klienta se zdrzuje v penzionu, Husova 5.",
        "Otec přechodně v hostelu, Nádražní 12, do konce měsíce.",
        "Otec prechodne v hostelu, Nadrazni 12, do konce mesice.",
        "Klientka s dětmi dočasně v penzionu U Lípy, Husova 5.",
        "Klientka s detmi docasne v penzionu U Lipy, Husova 5.",
        "Klient je v PN Bohnice, Ústavní 91, oddělení 12.",
        "Klient je v PN Bohnice, Ustavni 91, oddeleni 12.",
        "Sestra je hospitalizována v PN Opava, Olomoucká 305.",
        "Sestra je hospitalizovana v PN Opava, Olomoucka 305.",
        "Klient je v PN Kroměříž, Havlíčkova 1265, pavilon 4.",
        "Klient je v PN Kromeriz, Havlickova 1265, pavilon 4.",
        "Dcera je v hostelu na Nádražní 12, pod jménem matky.",
        "Dcera je v hostelu na Nadrazni 12, pod jmenem matky.",
        "Klient zakotvil v hotelu Sport, Husova 5.",
        "Klientka u nás přes zimu: hostel Husova 5.",
        "Klientka u nas pres zimu: hostel Husova 5.",
    ],
)
def test_lodging_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a town hall's address where kin works or is found ---------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Otec klienta pracuje na MÚ Opava, Horní nám. 69, kancelář 12, mob. vždy vypnutý.",
        "Máma je na OÚ Chodov, Husova 5, tam ji najdete.",
        "Dopis pro otce klienta na OÚ Chodov, Husova 5.",
    ],
)
def test_mu_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- kin after an abbreviated office's address; living there across a semicolon --------------------


@pytest.mark.parametrize(
    "note",
    [
        "OSSZ Opava, Dvorská 38 – družka klienta.",
        "OSSZ Opava, Dvorska 38 – druzka klienta.",
        "Klientka byla na ČSSZ, Kopecká 12, kvůli důchodu; bydlí tam u sestry.",
        "Klientka byla na CSSZ, Kopecka 12, kvuli duchodu; bydli tam u sestry.",
    ],
)
def test_comma_personal_is_refused_again(note: str) -> None:
    assert refused(note), note


# -- a firm's or a lodging's name, then kin, a client, a home or an age (the withdrawn round's _firm_spans)


@pytest.mark.parametrize(
    "note",
    [
        "Penzion Dvořák, Opava – táta klienta, 60 let.",
        "Penzion Dvorak, Opava – tata klienta, 60 let.",
        "Ubytovna Svoboda, Opava: strejda klienta, dluží mu.",
        "Ubytovna Svoboda, Opava: strejda klienta, dluzi mu.",
        "Hotel Novák – brácha klientky, bez práce.",
        "Hotel Novak – bracha klientky, bez prace.",
        "Pekařství Novák: táta klienta, peče načerno doma.",
        "Pekarstvi Novak: tata klienta, pece nacerno doma.",
        "Syn se skrývá v Penzionu Dvořák, u strejdy.",
        "Syn se skryva v Penzionu Dvorak, u strejdy.",
        "Ubytovna Hanák, Opava, pokoj 12 – klient tam spí.",
        "Ubytovna Hanak, Opava, pokoj 12 – klient tam spi.",
        "Autodoprava Svoboda: táta klienta jezdí načerno.",
        "Autodoprava Svoboda: tata klienta jezdi nacerno.",
    ],
)
def test_firm_personal_is_refused_again(note: str) -> None:
    assert refused(note), note
