"""Issue #15, seventh round: the kinds of notes two more examiners' corpora showed the check
refusing or missing, each as a worker would write it (docs/privacy.md, "Seventh round")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.privacy import find_personal_data

TODAY = date(2026, 11, 30)


def reasons(note: str, *, public: bool = False) -> set[str]:
    return {finding.reason for finding in find_personal_data(note, today=TODAY, public=public)}


@pytest.mark.parametrize(
    "note",
    [
        "Kancelář máme teď na Jana Nerudy 14, kurátor tam úřaduje v úterý.",  # a famous person's street
        "Klient si půjčil knihu o Karlu IV. a chce další.",  # a king and his numeral
        "Beseda o Janu Palachovi v knihovně věznice, klient se přihlásil.",
        "Klient rád čte Komenského, chce si dodělat maturitu.",  # known alone, in any case
        "Skupina šla na výstavu Alfonse Muchy, klient nadšený.",
        "Na Cyrila a Metoděje je středisko zavřené.",
        "Objednán do Nemocnice Rudolfa a Stefanie na ortopedii.",  # a hospital after two people
        "MěÚ Telč, odbor sociálních věcí, nám. Zachariáše z Hradce, kancelář v přízemí.",
    ],
)
def test_famous_people_stand_for_streets_books_and_holidays(note: str) -> None:
    assert "privacy.name" not in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Klient má Aspergerův syndrom, potřebuje jasné pokyny.",  # an illness after its describer
        "Syn klientky se narodil s Downovým syndromem.",
        "Klient trpí Parkinsonovou nemocí, třes rukou.",
        "Léčí se s Crohnovou chorobou, dieta nutná.",
        "kučerova ulice – sídlo spolku",  # a street named by a possessive, in lower case
    ],
)
def test_a_possessive_before_an_illness_or_a_kind_of_place_names_nobody(note: str) -> None:
    assert "privacy.name" not in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Klient splácí Cetelemu a Essoxu, celkem 80 tisíc.",  # lenders
        "Na akci darovala Kofola dvě palety limonád.",  # drinks and food firms
        "Klient dělal ve skladu Agrofertu, chce zpět.",
        "Klient sází u Tipsportu, chce blokaci.",  # betting
        "Klient chce samovyloučení u Sazky i Fortuny.",
        "Na poradě byla i Eurotopia a Magdala.",  # the field's organisations
        "Klient pracoval jako skladník ve firmě Jan Becher.",  # a firm of a name, known whole
        "odjel do Cerveneho Dvora / Zelena linka UP funguje",  # a helpline
        "Klient, 63 let, chce do programu Housing First.",  # a method's English name
    ],
)
def test_firms_brands_and_the_field_s_organisations_are_nobody(note: str) -> None:
    assert not reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        # an office's address beside the office, in a note about a client elsewhere
        "Klient K-2026-017 dluží na nájmu. Sociální odbor sídlí na Hlavní třídě 12, přízemí.",
        "Klient byl odkázán na Charitu Krnov, Hlubčická 13, kde dostane ošacení.",
        "Klientovi jsme doporučili poradnu RIAPS, Chelčického 39, Praha 3.",
        "Soud pro klienta K-2026-201: Okresní soud v Bruntále, Partyzánská 11, jednací síň 3.",
        "Klientka K-2026-050 půjde na ÚP. Palackého 8 – kontaktní pracoviště úřadu práce.",
        "Klient žádá o dávku. Úřad práce, Zkrácená 2703/99, tel. 950 175 111, podatelna.",
        "Klient K-2026-099 chce přispět: účet pro dary organizace 2100123456/2010.",
        # "adresa" with no address: an office's, or no place at all
        "K-2026-087 po výstupu na ubytovnu v Opavě, adresa ubytovny je na sociálním.",
        "Klient bydlí na ubytovně v Bruntále, adresa na ÚP.",
    ],
)
def test_an_office_s_address_beside_the_office_is_no_client_s(note: str) -> None:
    assert not reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Klient bydlí u sestry, Husova 5, Krnov.",  # where he lives
        "Klient po propuštění bydlí u matky, Palackého 12; poradna mu pomůže.",
        "Adresa po propuštění: Vrchlického 15, byt č. 4. Charita má ubytovnu plnou.",
        "Klient K-2026-010, trvale hlášen na úřadě, ale bydlí Nádražní 7, byt 2.",
        "Klient dal pevnou linku 465 521 774 na poradnu.",  # a household's landline
    ],
)
def test_a_client_s_home_beside_an_office_is_still_refused(note: str) -> None:
    assert reasons(note) & {"privacy.address", "privacy.phone"}


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-512 67 let, cukrovka, dieta",  # a case code and an age, no post code
        "K-2026-091 55letý muž bez bydlení",
        "Spolupráce s Věznicí Pankrác na přípravě propuštění.",  # an institution in any case
        "Exekuce vede Exekutorský úřad Praha 5.",  # a word of the field
        "Klient chce brigošku, dáno číslo na agenturu.",  # slang of the field
        "Abstinuje půl roku, dochází na skupiny.",
        "Domluvit s paní kurátorkou návštěvu ve věznici.",  # a role after paní
        "pátek – kl. pověrčivý, chce jiný termín",  # how a client is, after "kl."
        "Klient uvádí jako místo narození Gottwaldov, opravit na Zlín.",  # a place, no date
        "Florenc – autobus do Ostravy v 7:00, jízdenku má.",  # Prague's quarters
        "na Valentýna rozdáváme balíčky v centru",  # a verb after a holiday
        "K-2027-342 Výživné neplatí, dluh narůstá.",  # a case code is no preposition
        "Klient byl odkázán na klienta. Václavské náměstí je sraz terénu.",  # a sentence's end
        "Kauci zaplatí Sdružení Petra Pavla.",  # an organisation named after people
    ],
)
def test_codes_words_of_the_field_and_places_are_no_personal_data(note: str) -> None:
    assert not reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Jana Nováka vezeme do Thomayerovy nemocnice.",  # a person beside a hospital's name
        "Jan Novák má Aspergerův syndrom.",  # the person beside the illness is still somebody
        "Petr Dvořák, nar. 1985, Husova 5",
        "odsouz. hruby zada o prevoz",  # an adjective's surname after an abbreviation
        "Kofola Novák volal",  # a brand licenses no name beside it
    ],
)
def test_the_seventh_round_leaves_people_named(note: str) -> None:
    assert "privacy.name" in reasons(note) or "privacy.birth_date" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-101 volal s mamou Janou, 15 min",  # kin before a first name, in any case
        "brach tonda ho vezme k sobe",  # ... in lower case, slang
        "Jeho ségra Lenka mu poslala peníze.",
        "synovi michalovi je 12, chodi do skoly",
        "ptala se na nej nejaka vlasta z azylaku",  # "some Vlasta"
        "Boty máme z kostela. Babička Anna Malá je jeho jediná rodina.",
        "Lenka, jeho družka, je těhotná.",  # kin after a comma
        "Honzík, nejstarší syn, nastupuje do učení.",
        "vecer prijde renata, jeho holka",
    ],
)
def test_a_first_name_beside_kin_is_somebody(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "volala ivana, chce na linku",  # a lower-case first name after a verb people do
        "ptal se Michal na rekvalifikaci",  # ... past "se"
        "zeptat se lenky z charity na místo",
        "K-2026-250 ráno byl Roman, chtěl jídlo",  # no form of the language "Romani"
        "Radek dnes zase nepřišel, nebere telefon.",  # opening a sentence before adverbs and a verb
        "K-2026-348 Michal zase v lapáku, prej do března",  # ... after a case code
        "standa potrebuje obcanku",  # ... a nickname in lower case before a verb
        "Marta z azyláku volala, že klient nedorazil.",  # ... described by where from
        "probační úřednice Jitka říkala, že dohled končí",  # a role before the name
        "Díky Pavle za pomoc s ubytováním!",  # thanks
        "Zdeňku, díky za převzetí!",  # a colleague addressed
        "ahmad Al-Hassan, bratr klienta, chce informace",  # lower-case first name, unknown surname
        "pham Thi Lan, jeho partnerka, tlumoci",  # a Vietnamese name typed in lower case
    ],
)
def test_a_first_name_told_by_what_people_do(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Odsouz. Hora žádá o výpis z RT.",  # after an abbreviated title, even a place's word
        # a full stop ends a centre's name
        "Doléčování v Centru Martin, Praha. Advokát JUDr. Novák podal odvolání.",
        "kontaktni centrum zavrene, vychovatelka Bc. Hruskova navrhuje odmenu",  # ... and a comma
        "Veselých dcera se ptala, kdy bude doma.",  # the family's genitive before kin
        "Malých byt je v dezolátním stavu.",  # ... and before their flat
        "s Dvořákovými řešit dluh na nájmu",  # the family
        "kucera zase nedorazil",  # a listed surname in lower case before a man's past tense
        "kos dnes nedorazil na schuzku",
    ],
)
def test_surnames_after_titles_and_of_families(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "kocka zustala v byte po zatceni, reseno s utulkem",  # a cat, a woman's past tense
        "vyzvedne si léky v Dr.Max",  # a pharmacy
        "Klient se vyučil jako kovář, hledá práci.",
        "Dnes zase nepřišla výplata, klient volá na ÚP.",
        "Naděje dnes otevírá novou výdejnu.",  # an organisation opening a sentence
        "Součástí plánu je doléčování v Centru Martin, Praha.",  # a centre named after a saint
    ],
)
def test_the_new_name_rules_leave_ordinary_notes_alone(note: str) -> None:
    assert "privacy.name" not in reasons(note)


@pytest.mark.parametrize(
    ("note", "reason"),
    [
        ("Klient jezdí autem SPZ 2AB 4567, nemá ŘP.", "privacy.plate"),  # a registration plate
        ("auto rz 5hk 1234 – patří bratrovi", "privacy.plate"),  # ... in lower case after "auto"
        ("Partnerka má vůz s registrační značkou 7T1 8899.", "privacy.plate"),
        ("Číslo pojištěnce 8501011234, ZPMV.", "privacy.birth_number"),  # the birth number
        ("Lhota 52 – matka kl.", "privacy.address"),  # a village's house, whose home
        ("Horní Újezd 14, okr. Přerov – rodiče kl.", "privacy.address"),
        ("Ostrava, Čs. legií 8/2041, byt 2 – klientka", "privacy.address"),  # no law's year
        ("pronajímatel Vlček vrátil jen půl kauce", "privacy.name"),  # a role before a surname
    ],
)
def test_plates_insurance_numbers_and_homes_are_refused(note: str, reason: str) -> None:
    assert reason in reasons(note)


def test_numbers_of_things_are_no_plates() -> None:
    assert not reasons("objednat 2ks 1500 Kč, zákon 108/2006 Sb., ubytovna Frýdek-Místek")
