"""Names that are in no list, told by the Czech dictionary (bot/privacy/words.py).

Every surname and first name below is absent from knowledge/first_names.txt and surnames.txt
(the first test makes sure), so only the dictionary-based rules can find them.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.privacy import find_personal_data, first_names, surnames
from bot.privacy.words import Kind, is_verb, kind
from bot.text.czech import fold

TODAY = date(2026, 11, 30)
UNLISTED = (
    "Hanák", "Zouhar", "Kuneš", "Radmil", "Krejza", "Šebestík", "Benali", "Mazur", "Hronovský", "Vomáčka",
    "Hubálková",
)  # fmt: skip


def test_the_names_used_here_are_in_no_list() -> None:
    for name in UNLISTED:
        assert fold(name) not in surnames() and fold(name) not in first_names(), name


@pytest.mark.parametrize(
    "note",
    [
        "Hanáka převezme kurátor v Jihlavě.",  # an unknown word opening a sentence, then a verb
        "Zouharovi chybí doklady",
        "Kuneše přivezou v 7:30",
        "zítra přijde Šebestík na PMS",  # an unknown capitalised word inside a sentence
        "Domluveno se Šebestíkem na pátek",
        "Kuneš, 48 let",  # beside an age
        "Radmil 44 let bez bydlení",
        "Radmil, 45letý, bez přístřeší",  # the age as an adjective
        "Radmil (45 l.) chce do azyláku",
        "born 04/1986, released last week",
        "Fatima Benali, manželka klienta",  # beside a first name
        "tomas mazur bez dokladu",  # lower case, beside a first name
        "Pawel Mazur propuštěn z Karviné",  # two words no dictionary knows
        "Hronovský dorazil na schůzku",  # a surname shaped like an adjective, then a verb
        "pan Skála prý spí v parku",  # an ordinary word after "pan" is a surname
        "Svobodu převzít na nádraží",  # a listed surname that is also a word, in another case
        "Vomáčka volal, že nepřijde",  # a word ending in -a before a man's past tense
        "pan hanak volal",  # lower case after "pan"
        "Hanák, propuštěn z Bor",  # a note opened by a surname and a comma or a dash
        "Hanák - PP s dohledem",
        "kurátorka Hanáková volala",  # after a person's role, not an institution's kind
        "kontakt na Hubálkovou",  # -ovou after "na" is a woman, not a place
        "mobil 776-204-931",
        # issue #15: surnames after an abbreviation
        "odsouz. Trnka žádá o PP",
        "kl. Novotný nemá OP",
        "p. Bečvář se ozve",
        "obv. Kadeřábek je ve vazbě",
        # a surname in another case opening a sentence, before a verb
        "Roubalovou vyzvedne sestra",
        "Vojáčka převezmeme v pondělí",
        "Krpálka převezme Kotva",  # -lka, but no colloquial noun ("Sociálka" is one)
        "Kolouchovi vypršela platnost OP",  # an animal's dative: a man's
        "Brázdu doprovodím na úřad",  # what is done only to people
        "azylový dům pro Petra Svobodu",  # the person a house is for, not its name
        # a surname that is an ordinary word
        "Bečvář nastupuje v pondělí",
        "Zajíc volal, že má práci",  # an animate noun that is no role ("Klient volal")
        "dnes volal Sedlák",  # capitalised inside a sentence
        "Holý má exekuce",  # a man's adjective standing for a noun
        "Kabát bydlí u sestry",  # a word the dictionary also knows as a proper noun
        "Vrána potřebuje pomoc s důchodem",  # a feminine noun before what only people do
        "Kohoutová volala",  # a woman's surname the dictionary reads as an adjective
        "Šimko z Trnavy, slovenský občan",  # an unknown word and where he comes from
        # foreign first names (knowledge/first_names.txt)
        "Klaus Hoffmann z Chebu",
        "pjotr smolin bez dokladu",
        "Zbigniew Nowak čeká na převoz",
        "Omar Haddad potřebuje ubytování",
        "nove bydleni: Sokolovska 212, Praha 8",
        # fourth round: a note in capitals, adjectives and animals as surnames
        "POZOR - MLYNÁŘ MÁ ZÁKAZ VSTUPU",
        "kl. Bílá a kl. Holý spolu bydlí",  # adjectives after abbreviated titles
        "odsouz. maly zada o prevoz",  # in lower case after an abbreviation or pan/paní
        "panu hrubemu predat doklady",
        "domluvit se s Tichou na pondělí",  # after a preposition: "s" takes its noun along
        "Sova se ptala na dávky",  # an animal before a reflexive verb
        "Drozd se ozval, Čáp zatím ne",  # a clause without its verb
    ],
)
def test_a_person_nobody_listed_is_found(note: str) -> None:
    assert find_personal_data(note, today=TODAY), note


@pytest.mark.parametrize(
    "note",
    [
        "Svoboda je pro něj po 8 letech šok, potřebuje doprovod.",  # freedom, not Mr Svoboda
        "Černý trh s léky v ubytovně",
        "chce do komunity v Němčicích",  # a town nobody listed, after "v"
        "Klient je z Mikulova, rodina ho nepřijme",
        "spolupráce se Sananimem na substituci",  # an organisation in another case
        "Nadace Agrofert podpořila výdejnu",  # a name after an institution's kind
        "mladistvý, 17 let, SVP Klíčov - návaznost po propuštění",  # after an abbreviation
        "schůzka v Husově ulici u Charity, sraz ve 14:00",  # a street without a house number
        "na Karlově náměstí je výdejna jídla",
        "Dům na půl cesty Vila Vančurova, Jihlava",  # a possessive, not Mrs Vančurová
        "Doporučuji program Resocializace v Opavě.",  # a noun the dictionary lacks
        "schůzka přes WhatsApp ve středu",  # a brand
        "Klientka čeká dítě, potřebuje azylový dům",  # a feminine noun the dictionary lacks
        "Kontaktujte prosím kurátora pro dospělé na MÚ Bruntál",  # an imperative
        "bere Subutex, substituce přes Sananim",
        "Client has debts of about 300,000 CZK and no ID card.",  # English notes
        "Please confirm the case conference on 4 June at 10:00.",
        "Domov sv. Anežky nabízí odlehčovací službu",
        "klient dostal HN 4 860 Kč, na ubytovnu nestačí",
        "Kolega volal z PMS, termín platí",  # a man's noun ending in -a
        "Policista přišel kvůli výpovědi",
        "45letý muž bez bydlení, dohled 3 roky",  # an age with nobody's name
        "Sociálka volala kvůli dávkám",
        "Předání proběhlo, klient ubytován.",
        "Exekutor zablokoval účet",  # the field's words the dictionary lacks (field_words.txt)
        "Opatrovník souhlasí s umístěním",
        "Drogové služby Semiramis",  # an institution's kind in another case, then its name
        "Semiramis, z. ú.",  # an organisation typed at registration, with its legal form
        # issue #15: a person's name inside a street's or institution's name
        "ulice Boženy Němcové u parku",
        "Nemocnice Tomáše Bati má sociální pracovnici",
        "sraz na Masarykově náměstí",
        "chodí do ZŠ T. G. Masaryka na obědy",
        "kurz v Domě dětí Jana Ámose Komenského",
        "Charita sv. Alexandra",  # a saint
        "v Domově pro seniory Elišky Purkyňové je volno",
        "restaurace U Medvěda",
        # English words, brands, holidays
        "deadline Nov 30, meeting on Tuesday",
        "Client speaks Ukrainian and Russian.",
        "nákup v Kauflandu, Tescu, Albertu, Bille a Lidlu",
        "na Silvestra bude večeře, o Vánocích zavřeno",
        "Po Silvestru se ozve",
        "SIM od Vodafonu, účet u Air Bank",
        # ordinary words, roles, things
        "Klient volal, že nepřijde",
        "Každý má nárok na dávku",
        "Výplata přijde 15.",
        "Smlouva čeká na podpis",
        "Rodina chce, aby se vrátil",
        "Zítra volat na ÚP",
        "Sokol Kladno nabízí tělocvičnu",  # an organisation and its town
        # fourth round
        "POZOR - ZMĚNA TERMÍNU SUPERVIZE V BRNĚ",  # capitals
        "pan nový klient přijde zítra",  # an adjective with its noun after a title
        "setkání s Novou šancí",  # an adjective and its noun, both after "s"
        "podporované bydlení Fokus - čekací lhůta",  # knowledge/field_organisations.txt
        "konference o bydlení - 5. ročník",  # an edition, not a year of birth
        "nepište do poznámek jména ani data narození",  # no date: nobody's
        "Kolegové, prosím vyplňte docházku",  # a noun's plural, no woman's surname
    ],
)
def test_harmless_notes_with_capitalised_words_pass(note: str) -> None:
    assert find_personal_data(note, today=TODAY) == [], note


def test_the_dictionary_tells_words_from_names() -> None:
    assert kind("převezme") is Kind.ORDINARY and kind("prevezme") is Kind.ORDINARY
    assert kind("Radmil") is Kind.PROPER  # a proper noun: a first name or a town
    assert kind("Hanáka") is Kind.UNKNOWN
    assert kind("True") is Kind.ORDINARY  # an English word in a Czech note
    assert is_verb("chybí") and is_verb("nedorazila") and not is_verb("doklady")
