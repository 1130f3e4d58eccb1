"""The thirteenth round (issue #15): kinds two examiners' corpora (halves A, dev12_*.txt and
dev13_*.txt) showed, in notes written anew for each kind (docs/privacy.md, "Thirteenth round").

For a kind of miss, each personal note passed the check before this round (main at 80994c7) and
must now be refused, and the harmless look-alikes beside it must pass; for a kind of refusal, each
harmless note was refused before and must now pass, and the guards beside it (a home, a client, a
surname in the same place) must stay refused. A note marked as a guard was refused before too."""

from __future__ import annotations

import pytest

from bot.privacy import find_personal_data
from tests.bot.privacy.checking import TODAY, refused

# -- "že" folds to "ze", but a surname after it is no place ("z Mikulova")


@pytest.mark.parametrize(
    "note",
    [
        "Zapiš si, že Dvořáková končí v pátek a potřebuje doklady",
        "Kolegyně psala, že Svobodová nepřijde, je nemocná",
        "Říkal, že Procházkové chybí doklady",
    ],
)
def test_a_surname_after_ze_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Klient říkal, že Ostrava má lepší azylový dům",
        "Zapiš si, že ze Zlína přijede nová kolegyně",
        "Přišel ze Svitav a hledá práci",  # "ze" before a town stays a place
    ],
)
def test_a_town_after_ze_or_ze_stays_a_place(note: str) -> None:
    assert not refused(note), note


# -- a surname and its verb with "dnes", "vůbec" or "od nás" between


@pytest.mark.parametrize(
    "note",
    [
        "Veselá dnes nepřišla na schůzku, zkusím zavolat",
        "Kolář se vůbec neozval, asi je u bratra",
        "Zelená od nás odešla k Diakonii, souhlas podepsala",
        "Tesař zase nepřišel na kontrolu",
    ],
)
def test_a_surname_with_an_adverb_before_its_verb_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Výplata dnes nepřišla, klient čeká do pondělí",
        "Rodina se vůbec neozvala, zkusíme dopis",  # a role, not a surname
        "Každý zase chce jen peníze",  # a determiner
        "Svoboda dnes není samozřejmost",  # "je" says what freedom is
        "Připomeň mi zítra napsat do Věznice Vinařice",  # an infinitive has no subject
    ],
)
def test_a_thing_or_a_role_with_an_adverb_before_its_verb_stays_harmless(note: str) -> None:
    assert not refused(note), note


# -- numbers that point to one person, typed as people type them


@pytest.mark.parametrize(
    "note",
    [
        "Bratr je v Německu, číslo +49 151 2345 6789, volat večer",  # a foreign number
        "Na mámu: šest nula dva / 118 / 443",  # a mobile said in words
        "Číslo na sestru: sedm, tři, dva, 41, 22, 90",
        "Rodné číslo 850623 lomeno 1234, ověřit na úřadě",  # the slash said as a word
        "Jezdí s kamarádem, auto má SPZ 2AB-4471",  # a plate typed with a dash
        "Foto občanky poslala sestra, číslo 20 41 77 315",  # a document's number further after it
    ],
)
def test_a_number_that_points_to_one_person_isrefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Dotace se zvýšila o +12 500 000 Kč na celý kraj",  # a sum, no country code
        "Počty klientů po měsících: šest, 14, 22, 31, 40",  # a list of counts
        "Ztráta pasu: nahlásit na policii, pak na úřad, poplatek 600 Kč",
        "Kód kurzu 1ab-2026 najdete v e-learningu",  # lower case and no car
    ],
)
def test_numbers_of_sums_counts_and_courses_pass(note: str) -> None:
    assert not refused(note), note


# -- a listed surname typed in lower case, opening the note before its verb


@pytest.mark.parametrize(
    "note",
    [
        "dvorak ma dluhy u dopravniho podniku, resit splatkovy kalendar",  # a surname that is no word
        "novotny ma v lednu soud, chce doprovod",  # a man's adjective standing for him
        "zeman se ptal, jestli muze prespat u sestry",  # a noun, "se" and a man's past
        "Cerny ma dluhy, pomoct s insolvenci",  # capitalised, but typed without diacritics
    ],
)
def test_a_lower_case_surname_opening_the_note_before_its_verb_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "dostal se do azylaku, ceka na davky",  # "dostal" is a verb, not Mr Dostál
        "novy ma narok na davku, poslat formular",  # "the new one": no surname's word
        "zima prisla brzy, nocleharna je plna",  # a noun with no man's past is a thing
        "klient se ptal na nocleharnu",  # a role
    ],
)
def test_a_lower_case_word_that_is_a_verb_a_thing_or_a_role_stays_harmless(note: str) -> None:
    assert not refused(note), note


# -- an institution's name after its kind, an adjective between, or a saint it is named after


@pytest.mark.parametrize(
    "note",
    [
        "Terapeutická komunita Mníšek přijímá nové klienty, pohovor po telefonu",
        "Středisko křesťanské Bethel nabízí polévku",  # an adjective between
        "Středisko Don Bosco otevírá klub pro mládež",  # a saint, like "sv. Karla"
    ],
)
def test_an_institution_named_after_its_kind_passes(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "pronajímatel Vlček volal kvůli nájmu",  # a role before a name is still a person
        "kurátorka Zelenková řekla, že přijde",  # a role, not an institution
        "Klient Mníšek sociální dávky nedostal",  # a client word, then a surname
    ],
)
def test_guard_a_role_or_client_before_a_name_is_stillrefused(note: str) -> None:
    assert refused(note), note


# -- the service's own address and account


@pytest.mark.parametrize(
    "note",
    [
        "Naše nová adresa od února: Nádražní 88, Ostrava, 2. patro, zvonek Poradna",
        "Sbírka na zimní výdej: účet 8003121005/0100, díky všem dárcům",  # an account, no birth number
    ],
)
def test_the_services_own_address_and_account_pass(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Jejich nová adresa: Nádražní 88, Ostrava",  # theirs, not ours
        "Naše nová adresa: Nádražní 88, klientka tam bydlí s dětmi",  # a home in the note
        "Klient má účet 3601234567/0100, posílá tam dávky",  # a client's account
        "RČ 3601234567/0100 ověřit",  # named as a birth number, it is one
    ],
)
def test_guard_somebodys_address_and_account_are_stillrefused(note: str) -> None:
    assert refused(note), note


# -- places nobody listed: a region named after its town, a village in a list of towns, a town
# declined as people say it


@pytest.mark.parametrize(
    "note",
    [
        "Terénní práce: Frýdlantsko, Broumovsko, Šluknovsko",  # regions made from towns
        "Znojmo, Mikulov, Holubice – zatím bez kontaktu",  # a village beside listed towns
        # "Karviná" declined as a noun; not "Orlovu" (review: "rodinu Orlovy" is a surname's)
        "Nemá kde spát, zkusit Karvinu",
        "Terénní práce na Šluknovsku a Frýdlantsku",  # a region in the locative, in a list
        "Terén: Chanov, Janov, Litvínov",  # a label and its places, no "first name: surname"
    ],
)
def test_places_nobody_listed_pass(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Znojmo, Mikulov, Holubice volala",  # a verb after it: somebody
        "Sokolov, Holub – bez kontaktu",  # a listed surname in the list
        "Blaško z Karviny volal",  # a surname in -ško: a vowel before it, no region's
        "o Janoušku nic nevím, sestra taky ne",  # -šek in the locative
    ],
)
def test_guard_people_beside_places_are_stillrefused(note: str) -> None:
    assert refused(note), note


# -- "Malý", "Starý": an adjective that is also "the little one", acting as only grown-ups do


@pytest.mark.parametrize(
    "note",
    [
        "Malá podepsala souhlas se sdílením, pošlu na OSPOD",
        "Starý dnes odmítl nástup do komunity",
        "Malý se vůbec neozval, zkusím sestru",
    ],
)
def test_an_adjective_surname_doing_what_grown_ups_do_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Malý spí u babičky, máma je na směně",  # the little one
        "Malá chce pít jen džus",
        "Nový klient podepsal smlouvu o spolupráci",  # the noun follows its adjective
    ],
)
def test_the_little_one_and_the_new_client_stay_harmless(note: str) -> None:
    assert not refused(note), note


# -- more words between a surname and its verb; an e-mail and a mobile said or spaced out


@pytest.mark.parametrize(
    "note",
    [
        "Veselý ráno volal, chce termín na úřadě",
        "Sedlák ani nezavolal, zkusím zítra",
        "Holub nám slíbil, že přijde na kontrolu",
        "napsat jí na zuzana.k (at) email.cz",
        "Volat mámě, číslo 7 7 7 1 2 3 4 5 6",
    ],
)
def test_more_ways_of_typing_a_person_arerefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Výplata asi nepřijde do pátku, klient čeká",
        "Rodina ani nezavolala, zkusíme dopis",
        "Dotazy pište na poradna zavinac charita-opava.cz",  # an office's mailbox
        "Skupiny 1 2 3 4 5 6 7 8 9 mají supervizi v úterý",
    ],
)
def test_look_alikes_of_more_ways_stay_harmless(note: str) -> None:
    assert not refused(note), note


# -- a woman's surname in lower case; a name, "je" and how the person is; initials and an age


@pytest.mark.parametrize(
    "note",
    [
        "kralova se ptala na prispevek na bydleni",  # a woman's -ová in lower case
        "pokorna ma dluhy u operatora",  # a woman's adjective
        "Fiala je na ubytovně, volat až po obědě",  # a surname, "je" and where a person is
        "Svoboda je zase ve vazbě",
        "Marek je nemocný, kontrolu přesunout",  # a first name and how he is
        "Klient M. T., 29 let, hledá práci",  # initials beside an age
    ],
)
def test_a_surname_initials_or_state_of_a_person_arerefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "kocka zustala doma, klientka ji nechce dat do utulku",  # no man's past, no surname
        "Svoboda je pro něj po letech šok",  # freedom, said by "je"
        "Charita je bez peněz až do dotace",  # an organisation
        "prace ma prednost, rekl klient",
    ],
)
def test_look_alikes_of_a_surname_with_its_state_stay_harmless(note: str) -> None:
    assert not refused(note), note


# -- the service speaks of itself as "we"


@pytest.mark.parametrize(
    "note",
    [
        "Nás najdete na Husově 5, 2. patro",
        "Přestěhovali jsme se na Masarykovu 40, otevřeno od pondělí",
        "Náš telefon: 733 555 210, volejte v úředních hodinách",  # the service's mobile
        "Bankovní spojení: 2501234567/2010, variabilní symbol 2026",
    ],
)
def test_the_service_speaking_of_itself_passes(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Přestěhovali jsme se na Masarykovu 40, klient bydlí s námi",  # a home in the note
        "Naše číslo 733 555 210, klientka tam volá",  # a client in the note
        "Jejich telefon 733 555 210",  # theirs
        "Bankovní spojení klienta: 2501234567/2010",
    ],
)
def test_guard_a_home_a_client_or_theirs_beside_it_is_stillrefused(note: str) -> None:
    assert refused(note), note


# -- a surname and a colon, as with a dash; a mobile with dots


@pytest.mark.parametrize(
    "note",
    [
        "Beran: recidiva, podmínka do 2027",  # "Beran – recidiva" was refused already
        "Mobil na ni 604.218.775",
        "Na tátu: 731 - 220 - 418",  # spaced dashes
        "Telefon na bratra: 00421905123456",  # "00" for the plus
        "RČ: 85 05 12 / 1234, ověřit",  # a birth number named, typed in pairs
        "rodné č. 850512-1234",  # a dash for the slash
    ],
)
def test_a_surname_and_a_colon_and_a_dotted_mobile_arerefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Tesař: rekvalifikační kurz na ÚP",  # a trade and its course
        "Rozpočet projektu 125.000.000 Kč na pět let",  # a sum
        "Ceny 100 - 200 - 300 Kč podle velikosti balíčku",  # prices
        "Pripomenúť: klient K-2024-170 má súd v Trenčíne",  # a label
    ],
)
def test_a_trade_a_sum_and_a_label_with_a_colon_pass(note: str) -> None:
    assert not refused(note), note


# -- notes typed without diacritics or capitals, as in a hurry


@pytest.mark.parametrize(
    "note",
    [
        "Nezapomen, ze Novakova konci v patek",  # "ze" for "že" before a surname
        "Cerny podal zadost o davku, UP ji zamitl",  # a man's adjective, no diacritics
        "Dvorak se vubec neozval, zkusit sestru",  # a guard: refused before this round too
        "rodice hruskovi nabizeji podnajem",  # a family after "rodiče"
        "od rodiny fialovych prisla zprava",  # a family after "rodiny"
        "zitra prijde vondra kvuli splatkam",  # a listed surname after a verb people do
    ],
)
def test_a_person_typed_in_a_hurry_isrefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "prijel ze Zlina a hleda praci",  # "ze" before z-: a place
        "Novy klient podal zadost o davku",  # the adjective has its noun
        "rodina synovi pomaha s najmem",  # kin after "rodina"
        "zitra prijde kontrola z uradu",  # an ordinary word after the verb
        "Sokol vypsal nabor treneru, vhodne pro kl.",  # a club: a word, capitalised
        "Vrana ukradla klientovi rohlik ze stolu",  # a crow
        "Vychovny ustav Kutna Hora nabizi staz",  # an adjective and its noun
    ],
)
def test_look_alikes_typed_in_a_hurry_stay_harmless(note: str) -> None:
    assert not refused(note), note


# -- a surname as it is spoken; a house on a housing estate


@pytest.mark.parametrize(
    "note",
    [
        "Černej volal, že nepřijde na kontrolu",  # Černý, as spoken
        "Matka bydlí na sídlišti 1210 v Krnově, 4. patro",  # an estate's house number
    ],
)
def test_a_spoken_surname_and_an_estates_house_arerefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Veselej den to byl, klienti přišli na grilovačku",  # an adjective before its noun
        "Na sídlišti 2 rodiny bez vody, volat vodárny",  # a count, no house
    ],
)
def test_a_spoken_adjective_and_a_count_on_an_estate_pass(note: str) -> None:
    assert not refused(note), note


# -- "ten", "ta" before a capitalised word and its verb; "junior"


@pytest.mark.parametrize(
    "note",
    [
        "Ten Kříž zase pije, sestra volala",
        "Hrubý junior volal kvůli bytu",
    ],
)
def test_that_one_and_junior_point_at_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "ta Charita zase nemá místo na noclehárně",  # an organisation
        "ten Kaufland zavřel dřív, potraviny nestihl",  # a shop
        "ten Facebook zase nefunguje, psát přes SMS",  # a brand's spelling
        "ta Ostrava je pro něj daleko",  # a town
    ],
)
def test_that_one_before_an_organisation_shop_or_town_passes(note: str) -> None:
    assert not refused(note), note


# -- a city's quarters in a list (knowledge/city_districts.txt)


@pytest.mark.parametrize(
    "note",
    [
        "Praha 9 – Letňany, Kbely: terénní program od března",
        "Brno – Bohunice, Líšeň, Bystrc, výdej polévky",
    ],
)
def test_a_citys_quarters_in_a_list_pass(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Poruba volal, že nepřijde",  # a quarter that is a surname, before a verb
        "Poruba, 45 let, po výkonu trestu",  # ... or an age
        "Znojmo, Mikulov, Holubice, volala mi včera",  # a past tense after the comma
    ],
)
def test_guard_a_quarters_name_as_a_surname_is_stillrefused(note: str) -> None:
    assert refused(note), note


# -- review: leaks. Each note below was refused before the round (or is of a kind that was) and
# passed after it; each must be refused. A note that passes beside them is a guard of the round's
# harmless gains, kept where it is safe.


@pytest.mark.parametrize(
    "note",
    [
        # "naše …", "přestěhovali jsme se", "bankovní spojení", "nás najdete" anywhere in a
        # case note switched the phone, address and account checks off for the whole note
        "přišel do naší kanceláře, nechal číslo 777 123 456",
        "volal z 777 123 456, chce naše číslo",
        "Náš telefon 777 123 456, jeho 608 111 222",
        "ona má naše číslo, její je 604 333 222",
        "naše číslo nemá, volat mu na 606 555 444",
        "dal jsem mu nase cislo, jeho je +421 905 123 456",
        "Náš telefon mu nefunguje, volá z +380 67 123 4567",
        "do naší kanceláře chodí ten z Chanova, tel. 608 123 456",
        "SMS od něj: přestěhovali jsme se na Nerudovu 14, Teplice",
        "Přestěhovali jsme se. Ten chlap z Chanova je teď na Husově 12, byt 3",
        "nase adresa mu nic nerika, pisu mu dopis na Karlova 33, 301 00 Plzen",
        "poste restante na Husova 8, Most, nás najdete jinde",
        "jeho bankovní spojení: 1234567890/0800",
        "Bankovní spojení: 1234567890/0100 (jeho)",
        "náš účet nezná, pošle na 1234567890/0100",
        "nas ucet mu nejde, posila na svuj 19-2000145399/0800",
    ],
)
def test_review_leak_our_words_no_longer_switch_the_checks_off(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Dnes volal Blatný z ubytovny",  # a town's spoken form that is a surname
        "navstivit rodinu Orlovy",
        "Trebovy volal",
        "na ubytovně romský Balog zase pije",  # an ethnic adjective is no institution's kind
        "Letňany: Holub",  # a colon between a place and a surname
        "Terén: Chanov – Balog",
        "Terén: Chanov – Dežo",
        "Jan Bosco, 38 let, propuštěn",  # a famous name beside an age
    ],
)
def test_review_leak_surnames_hidden_as_places_kinds_or_famous_names(note: str) -> None:
    assert refused(note), note


def test_review_leak_a_valid_birth_number_with_a_bank_code_in_a_public_text() -> None:
    assert find_personal_data("Přednášející 7952182348/2010", today=TODAY, public=True)


@pytest.mark.parametrize(
    "note",
    [
        "Naše nová adresa: Sokolovská 124, Praha 8",  # the service's label opening the note
        "Naše nová adresa od 1. 3.: Sokolovská 124, Praha 8",
        "Nás najdete na Husově 5, 2. patro",
        "Náš telefon: 733 555 210, volejte v úředních hodinách",
        "Bankovní spojení: 2501234567/2010, variabilní symbol 2026",
        "Přestěhovali jsme se na Masarykovu 40, otevřeno od pondělí",
        "Terén: Chanov",  # a label, a colon and a place
        "Terén: Chanov, Most",
        "Zkusit Karvinu a do Karviny zajet v úterý",  # a town as people say it, after 'do'
        "VOŠ sociální Jabok pořádá den otevřených dveří",  # a real kind adjective, a present tense
        "Don Bosco",
    ],
)
def test_review_guard_the_rounds_safe_gains_still_pass(note: str) -> None:
    assert not refused(note), note


def test_review_guard_an_account_with_its_bank_code_in_a_public_text_passes() -> None:
    # ten digits that are no valid birth number
    assert not find_personal_data("Sbírka: účet 2501234567/2010", today=TODAY, public=True)
