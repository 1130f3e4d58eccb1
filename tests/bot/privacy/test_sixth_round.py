"""Issue #15, sixth round: the kinds of notes a new independent examiner's corpus showed the check
missing or refusing, each as a worker would write it (docs/privacy.md, "Sixth round")."""

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
        "Benešova družka slíbila, že mu najde práci.",  # a surname's possessive before his kin
        "Kratochvílův bratr by ho vzal k sobě na chatu.",
        "Štěpánkova dcera se ptá, kdy může na návštěvu.",  # a mobile e: Štěpánek
        "Bednářovic kluk zase nechodí do školy.",  # the family's colloquial genitive
        "Hrubého matka volala na linku.",  # an adjective surname's genitive
        "Krejčího sestra pošle doklady poštou.",  # ... a soft one
    ],
)
def test_a_surname_s_possessive_before_a_person_s_kin_is_somebody(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Klient se jmenuje Kámen, stejně jako náš bývalý ředitel.",  # said to be his name
        "Jmenuje se Zima, nastupuje v pondělí.",
        "Dneska jsem mluvila s Evou, chce zpátky do práce.",  # a first name after "s"
        "Na úřad jsem šel s Pavlem, dávky vyřízeny.",
        "vcera jsem volala s jirkou, je v poradku",
        "Na chodbě čekala Jana (sestra odsouzeného), chtěla poradit.",  # described, not opening
        "Hana (partnerka kl.) volala kvůli návštěvě.",  # a first name that is a region's word too
        "Pošlu to na Kosa (OV-31) i s přílohami.",  # a case code beside the surname
        "Sháním kontakt na Hrubou z probace.",  # a contact on somebody
        "Dnes dorazil Hora Martin, chce pomoc s bydlením.",  # a town's word alone ("Kutná Hora")
        "zeman j. (jiri) ceka na vystup",  # a first name in brackets after a surname
        "Ráno volala Jana, že nepřijde.",  # a listed first name right after a verb
        "Dnes přišel Honza, chce poradit s nájmem.",
    ],
)
def test_a_person_named_by_what_stands_around_the_name(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Dcera klienta píše na instagram @terka_ova2008.",
        "kl. má TikTok: radek.kral.95",
        "discord: mates_z_haje#1234 – hraje tam s bratrem",
    ],
)
def test_a_social_network_handle_is_somebody(note: str) -> None:
    assert "privacy.handle" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Klient ztratil cestovní doklad č. 88 4455667.",
        "Řidičák č. EB 445566 mu vrátí po zkoušce.",
        "Číslo řidičáku 334 556 – ověřit na úřadě.",
        "ŘP č. AC 776655 – ptá se na body.",
    ],
)
def test_travel_documents_and_driving_licences_are_somebody_s(note: str) -> None:
    assert "privacy.document" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Poštu chce doručovat na Podhoří 17, Orlová.",  # where letters are served
        "Byla jsem u ní doma (Nová 5, Vratimov), byt je vlhký.",  # a street of one syllable's stem
    ],
)
def test_where_somebody_is_served_or_visited_is_an_address(note: str) -> None:
    assert "privacy.address" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Exekuce 155 EX 3301/20, klient chce splátky.",  # a bailiff's file number
        "EX 998/21 – exekutor poslal výzvu.",
        "Trestní věc 3 T 77/25, hlavní líčení v lednu.",
        "Recepce azylového domu: 599 123 456, volat po osmé.",  # an institution's house
        "Dům dětí a mládeže, tel. 596 111 000.",
        "Krajský soud, Husova 14/3, vchod ze dvora.",  # a court's address
        "Ministerstvo spravedlnosti, Vyšehradská 16, Praha 2.",
        "Účet spolku pro dary: 2233445566/0100.",  # an organisation's account
        "Transparentní účet sbírky 1122334455/2010 je na webu.",
        "Účet spolku 123456789/0300, VS 2026.",  # nine digits before the bank code: no phone
        "Dotazy pište na ospod@mesto-krnov.cz, je to adresa odboru.",  # an office's acronym
        "Lékař v místě bydliště ho nechce vzít.",  # bydliště as a notion
    ],
)
def test_file_numbers_and_offices_contacts_pass(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    "note",
    [
        "Den Jana Palacha – vzpomínková akce na náměstí.",  # a holiday named after people
        "Svátek Cyrila a Metoděje – úřady zavřeno.",
        "Terénka objíždí Hlučín, Kravaře a Bolatice.",  # a list of places
        "Vyloučená lokalita Kunov – terénka tam jezdí v úterý.",  # a place's kind before it
        "Klient má chatu, Lhotka u Kladna.",  # "X u Y"
        "Ml. Boleslav – výjezdní porada.",  # an abbreviated town
        "H. Králové: věznice shání dobrovolníky.",
        "Pokorně žádáme o strpení.",  # an adverb, no Pokorná
        "Vesele jsme to zakončili.",
        "Veselé Velikonoce všem!",  # a wish
        "Věk 31 let, bez práce.",  # the age itself
        "Sbírkový účet je na webu.",  # a -ový adjective before its noun
        "Porada přes Zoom v pátek, návštěva přes Skype.",  # communication apps
        "Kampus Hybernská – seminář o dluzích.",
    ],
)
def test_holidays_places_adverbs_and_apps_are_nobody(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    "note",
    [
        "Spolek je na Facebooku jako @spolek_krok, sledujte.",  # an office's own handle
        "Kontakt na Charitu je na webu města.",  # a contact on an organisation
        "Program se jmenuje Nový začátek.",  # a thing's name
        "Obec se jmenuje Hora.",
        "Jedeme do Přívozu a Mariánských Hor.",
    ],
)
def test_the_new_rules_leave_organisations_things_and_places_alone(note: str) -> None:
    # guards: these passed before the sixth round and must still pass
    assert reasons(note) == set()
