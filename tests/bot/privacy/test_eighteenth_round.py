"""The eighteenth round (issue #15): two examiners' A halves (privq28A, privq29A; docs/privacy.md,
"Eighteenth round"), each note checked with its field's profile.

The notes of each fixed kind were refused / passed the other way on main before this round
(e148d14); the guards beside them (personal look-alikes of a refusal fixed, harmless look-alikes
of a miss fixed) give the same answer before and after."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- misses: a private or home phone in a public text ---------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Krizové centrum. Mimo pracovní dobu volejte koordinátorce domů, 725 883 140.",
        "Kdyby něco, volejte na můj soukromý 739 884 210, Petra",
        "Soukromé číslo vedoucí:\n603 111 222",
        "V noci volejte domů, 603 111 222",
        "Otčím klienta. Soukromý mobil 603 111 222",
        "Dobrovolníci: pište na můj osobní mail jana.k@seznam.cz",
        "volejte koordinatorce domu 725 883 140",
        "Pevná linka domů 553 611 284",
        "Mimo provoz volejte vedoucí na soukromé číslo 776 543 210.",
        "Snacha klienta, domácí telefon 553 611 284",
        "Kontakt mimo pracovní dobu: 603 111 222 (soukromý)",
    ],
)
def test_a_private_or_home_phone_is_a_persons_in_a_public_text(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Recepce azylového domu: 596 111 222",
        "Kontakt domu na půli cesty 603 111 222",
        "Linka pro oběti domácího násilí, tel. 603 111 222",
        "Osobní asistence, tel. 603 111 222",
        "Soukromá vysoká škola, informace 603 111 222",
        "Pomůžeme s cestou domů, volejte 603 111 222",
    ],
)
def test_a_services_own_phone_beside_a_house_or_private_school_stays_allowed(note: str) -> None:
    assert not refused_in_public(note), note


# -- misses: a listed surname in lower case after a client's or a relative's title -----------


@pytest.mark.parametrize(
    "note",
    [
        "klient kos dorazil v patek, vypadal dobre, ma brigadu v Lidlu",
        "klient kos dorazi zitra",
        "klient kral ma dluhy",
        "klient kral je ve vazbe",
        "otčím vlk volal, že klient je doma",
        "snacha kosova prisla",
        "zeť zajic volal",
        "dědeček kos nedorazil",
        "soused vrana volal",
        "družka liska prisla na urad",
        "odsouzeny kos nastoupil",
        "pan kos dorazil",
        "Klient kos dorazil.",
    ],
)
def test_a_lower_case_surname_after_a_title_before_its_verb_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "klient dnes dorazil",
        "klientka mala prijit v utery",
        "klient sam dorazil",
        "klientka nova prisla",
        "klient novy ma pravo na davky",
        "klient bohuzel nedorazil",
        "syn je nemocny",
        "klient hned volal",
        "klient dostal davky",
        "klient mel prijit",
    ],
)
def test_an_adverb_or_a_verb_after_a_title_is_no_surname(note: str) -> None:
    assert not refused(note), note


# -- misses: a first name after a case code and a comma ------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "feedback k-2026-047, oleksandr ma praci na stavbe v Brne, bydli s krajany",
        "K-2026-047, marek nastoupil",
        "k-2026-047, kos nedorazil",
    ],
)
def test_a_first_name_or_surname_after_a_case_code_and_a_comma_is_the_client(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-047, nova zadost podana",
        "K-2026-047, dnes nastoupil do prace",
        "K-2026-047, vse v poradku, klient ma praci",
    ],
)
def test_an_ordinary_clause_after_a_case_code_stays_allowed(note: str) -> None:
    assert not refused(note), note


# -- refusals fixed: plain bugs and vocabulary ----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Výjezdní porada kurátorů MSK, hotel Jelenovská, Valašské Meziříčí, 3.-4. 10.",
        "Připomínám: bude tlumočník do vietnamštiny, mluvte prosím pomalu",
    ],
)
def test_a_hotel_and_a_verb_are_nobody(note: str) -> None:
    assert not refused_in_public(note), note


def test_a_film_named_after_a_convict_is_refused_as_he_could_be_a_client() -> None:
    # Kajínek is a real surname: a refused film title costs a rephrasing, a client's name let
    # through stays in the system ("Kajínek má dluhy" passed with the name listed as famous)
    assert refused_in_public("Promítání filmu Kajínek a debata s PMS o recidivě")
    assert refused("Kajínek má dluhy")


def test_a_non_alcoholic_beer_is_a_brand() -> None:
    assert not refused("na grilovačku koupit Birell")


@pytest.mark.parametrize(
    "note",
    [
        "Soused klienta Havel, Ostrovní 13",
        "Knihovna Václava Havla, Novák přijde",
        "Knihovna Václava Havla, Kos Petr",
        "Sraz v 9:00 u domu paní Kalinové, Zahradní 14, Krnov",
        "v noci volejte domů panu Kučerovi, Komenského 14, Přerov",
        "Kajínek přijde zítra",
        "klient Kajínek má dluhy",
        "Jiří Kajínek, 45 let",
        "Otčím Kajínek volal",
        "Kozel volal",
        "na grilovačku týmu koupit Kozel a Birell, pro abstinenty jen Birell",
        "Jelenovská volala",
        "paní Jelenovská přijde",
        "Adam: nastupuje zítra, 45 let",
        "Hanák: nastupuje zítra",
    ],
)
def test_people_beside_the_fixed_words_stay_refused(note: str) -> None:
    assert refused_in_public(note), note


# -- after the reviews of this round: the leaks they found stay refused, their refusals pass ------
# (the leaks were refused on main and let through by a first version of this round; the private
# phones and lower-case surnames among them are this round's own catches, refused only now)


@pytest.mark.parametrize(
    "note",
    [
        "Knihovna Václava Havla, Marek přijde",
        "Knihovna Václava Havla, Marek a Jana",
        "Knihovna Václava Havla, Marek",
        "Knihovna Václava Havla, Petra volala",
        "Knihovna Václava Havla, Václav",
        "Knihovna Václava Havla, Mirek ví",
        "Knihovna Václava Havla, Láďa",
        "Knihovna Václava Havla, Marek: dluhy 50 tis.",
        "Knihovna Václava Havla, Marek 13",
        "Knihovna Vaclava Havla, Marek prijde",
        "knihovna Vaclava Havla, Marek",
        "Sraz u Knihovny Václava Havla, Marek",
        "Gymnázium Jana Keplera, Tomáš",
        "Gymnázium Jana Keplera, Tomáš chodí do 2. ročníku",
        "Ulice Boženy Němcové, Jana",
        "ulice Boženy Němcové, Jana bydlí s klientem",
        "Bydlí v ulici Karla Čapka, Monika s ním",
        "Nemocnice Tomáše Bati, Jirka leží",
        "Nadace Olgy Havlové, Václav",
        "Nadace Olgy Havlové, Václav volal",
        "V ulici Jana Nerudy, Honza tam bydlí",
        "Škola Jana Amose Komenského, Karel",
        "Dům Petra Nováka, Marek",
        "Hospoda U Karla Vlka, Marek",
        "V domě Jany Kalinové, Petr volal",
        "Letiště Václava Havla, Marek čeká",
        "Klient pracuje na Letišti Václava Havla, Tomáš taky",
        "Ulice Jana Palacha, Kateřina volala",
        "Sídliště Antonína Zápotockého, Marek",
        "Most Milady Horákové, Milada",
        "Knihovna Václava Havla, Nováková 13",
    ],
)
def test_a_name_after_an_institutions_comma_stays_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Knihovna Václava Havla, Marek přijde",
        "Letiště Václava Havla, Lucie vás vyzvedne",
        "Setkání v Knihovně Václava Havla, Tomáš vás provede.",
        "Ulice Milady Horákové, Věra vás přivítá",
        "Sraz u Knihovny Václava Havla, Jana",
        "Sraz u Letiště Václava Havla, Marek vás vyzvedne, 603 111 222",
    ],
)
def test_a_name_after_an_institutions_comma_stays_refused_in_a_public_text(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        # the pair across the comma stays a finding: a second review found that a rule letting a
        # street's address through there also let through people with an age, a time or a year
        "Knihovna Václava Havla, Ostrovní 13",
        "Nemocnice Tomáše Bati, Krásná 40 let, matka klienta",
        "Knihovna Václava Havla, Husa 52 let, soused",
        "Knihovna Václava Havla, Hrdý 1985",
        "Ulice Jana Palacha, Krásný 52 let bydlí v domě",
        "Letiště Václava Havla, Krásný 7:15 přílet",
        "Knihovna Václava Havla, Krasna 34 let",
        "Gymnázium Jana Keplera, Krásná 17 let, vítězka soutěže",
        "Knihovna Václava Havla, Mladý 13",
    ],
)
def test_a_word_and_a_number_after_an_institutions_comma_stay_refused(note: str) -> None:
    # a venue's own address is refused with it: a refusal costs a rephrasing ("Knihovna Václava
    # Havla (Ostrovní 13)"), a person let through stays in the system
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Domácí mobilní hospic Cesta, tel. 603 111 222",
        "Domácí mobilní péče Charity, 733 555 666",
        "Osobní mailová komunikace s úřady – kurz, info@spolek.cz",
        "Soukromé mailové adresy nezveřejňujeme, pište na info@spolek.cz",
        "Zavolejte taxi domů: 603 111 222",
        "Zavolejte si taxi domů, AAA Taxi 603 111 222",
        "Zavolejte lékaře domů: LSPP 603 111 222",
        "Zavolejte pečovatelku domů, pečovatelská služba 603 111 222",
        "Adresa: Lipova 12, cislo domu 12, tel. 603 111 222",
        "Soukromé číslo klientů nezveřejňujeme. Kontakt 603 111 222",
        "Osobní e-mail nepoužívejte, jen info@spolek.cz",
        "Osobní mail: info@spolek.cz",
    ],
)
def test_services_at_home_and_rules_about_private_numbers_are_public_texts(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Bram volal, že nepřijde",
        "Dnes volal Bram, nepřijde.",
        "Dnes volal Stam, nepřijde.",
        "Zahram volala",
        "Pospam volal",
    ],
)
def test_a_short_name_shaped_like_a_verbs_first_person_stays_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize("note", ["Pam a Bram vás zvou na setkání.", "Připomínám, přijde i Bram."])
def test_a_short_name_shaped_like_a_verbs_first_person_stays_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


def test_a_long_verbs_first_person_is_nobody() -> None:
    assert not refused("Připomínáme: bude tlumočník")


@pytest.mark.parametrize(
    "note",
    [
        "Rozvoz obědů až domů: 603 111 222",
        "Cesta domů: 222 333 444",
        "Hospic Cesta domů tel. 222 333 444",
        "Návrat domů linka 800 111 222",
        "Jídlo s sebou i na doma, objednávky 603 111 222",
        "Na soukromé klinice, tel. 222 333 444",
        "Volná místa u soukromých zaměstnavatelů, info 603 111 222",
        "Osobní kontakt: 603 111 222",
        "Osobní telefonická konzultace zdarma, tel. 800 111 222",
        "Recepce domu: 603 111 222",
        "Dum na pul cesty Brno, recepce domu 603 111 222",
        "Terénní služba domů tel. 603 111 222",
        "Zavolejte a přijedeme domů 603 111 222",
        "Písemné žádosti soukromých osob posílejte na info@spolek.cz",
        "Volejte do domu na pul cesty 603 111 222",
        "Vedouci domu tel. 603 111 222",
    ],
)
def test_a_services_phone_beside_home_private_or_personal_words_stays_allowed(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Mimo pracovní dobu volejte koordinátorce domů, 725 883 140.",
        "Kdyby něco, volejte na můj soukromý 739 884 210, Petra",
        "Soukromý mobil vedoucí: 603 111 222",
        "Osobní mail koordinátora: jana.k@seznam.cz",
        "Tel.: 603 111 222 (soukromý)",
    ],
)
def test_a_private_phone_or_mail_in_a_public_text_stays_refused(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Klient volal domů z věznice, pak na linku 800 111 222",
        "Klient volal domů, pak jsme volali na ÚP 950 111 222",
        "Klient dostal volno domů, info na recepci věznice 585 000 111",
        # a cue a public text would refuse: in a case note the office's number stays the office's
        "Klient nemá soukromý telefon, volejte věznici 585 000 111",
        "Klient má soukromé číslo zablokované, volejte na ÚP 950 111 222",
    ],
)
def test_home_words_in_a_case_text_add_nothing_to_its_phone_rules(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        # a "don't" elsewhere in the text does not take the cue back (final review)
        "Soukromý mobil vedoucí 603 111 222, nevolejte po 20. hodině",
        "Volejte mi domů 603 111 222, nepište SMS",
        "V noci volejte koordinátorce domů 725 883 140. Nedávejte číslo klientům.",
        "Osobní mail jana.k@seznam.cz, nepoužívejte ho pro žádosti",
        # shouted, and without diacritics beside a word of a house elsewhere in the text
        "VOLEJTE MI DOMŮ 603 111 222",
        "Volejte mi DOMŮ 603 111 222",
        "volejte mi domu 603 111 222, sraz u centra",
    ],
)
def test_a_home_or_private_phone_stays_refused_whatever_else_the_text_says(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "klient novy nastoupil",
        "klient vesely dorazil",
        "klient maly prisel",
        "klient nemec prisel",
        "klient polak odjel",
        "klient zednik nastoupil",
        "klient kuchar nastoupil",
        "druh zednik prisel",
        "K-2026-047, novy nastoupil",
        "klient novy je ve vazbe",
        "klient novy, nastoupil",
        "klient novy – nastoupil 1.12.",
        "klient cech prisel",
        "K-2026-047, vrana ukradla rohlik",
    ],
)
def test_an_adjective_a_nationality_or_a_trade_after_a_title_is_no_surname(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "klient kos dorazil v patek",
        "pan kos volal",
        "otcim vlk volal",
        "klient kral ma dluhy",
        "klient holub neprisel",
        "klient svoboda ma soud",
        "sousedka liska volala",
    ],
)
def test_a_lower_case_surname_noun_after_a_title_stays_refused(note: str) -> None:
    assert refused(note), note
