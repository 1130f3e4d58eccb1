"""The twenty-fourth privacy round (docs/privacy.md): an engine-blind examiner's notes (privq45),
measured once unseen (missed 7 of 240, refused 9 of 240), then developed on; and a second
examiner's (privq46), measured unseen on this round's code (missed 1, refused 9 of 240), then
developed on; a third's (privq47: missed 7, refused 9 of 240 unseen) and a fourth's (privq48:
missed 7, refused 6 of 240 unseen), each then developed on.

Each rule has the examiner's note that showed it, and the personal notes the new exemptions
must not let through (written against each exemption: the rounds withdrawn before this one
leaked where an exemption asked only "is a person's word near?")."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public


@pytest.mark.parametrize(
    "note",
    [
        # a Vietnamese name by its middle name, in lower case
        "pondeli: doprovod tran thi lan na cizineckou policii",
        "nguyen van nam prijde v utery",
        "le thi hoa volala, ze neprijde",
        # a first name that is also a word, after a client word, and the surname after it
        "kamos klienta marka zatopka, pomaham mu sehnat praci",
        # any word after a first name, before "ml."
        "pondeli prijde jaroslav tyl ml. na pohovor",
        # a family's name in the plural after brothers or sisters
        "s bratry olahovymi jsme probrali dluhy",
        "beseda se sestrami novakovymi",
        # a day with a family, not a holiday named after them
        "Den s rodinou Václava a Jarmily Horákových, kteří přijali propuštěného syna.",
        # an institution's name said to be a relative's
        "Nadace Petra Nováka, otce klienta, pomůže",
        "Dům Petra Nováka (strýc klienta)",
        "peníze z fondu Petra Nováka, otce klienta",
        # a surname that is also a possessive of a town's, without the town
        "klientka havlickova brod neznala",
        "pani havlickove volat",
        # whoever bears a famous name, an age makes him somebody
        "Jan Palach, 45 let, klient",
        "Jan Kepler (45) přijde v pondělí",
        "Božena Němcová, 45 let",
        # a school year with a year after it is a birth year
        "je to přípravný ročník 1985",
        # from the third examiner's notes (privq47, measured unseen first)
        "predavame klienta s prezdivkou kudla, vlastnim jmenem roman kudrna, z veznice",
        "Otec klienta K-2901 – Bedřich Smetana, Litomyšl",
        "Bedřich Smetana, otec klienta",
        "na akci bude i đang thu ha s dcerou, prosim o vstricnost.",
        "Dragan Đorđević přijde v pondělí",
        "v sobotu vyzvedneme bratry kalaiovy u nadrazi v ostrave",
        # from the fourth examiner's notes (privq48, measured unseen first)
        "Otec klienta se jmenuje Václav Havel, je to obyčejný důchodce z Jihlavy.",
        "Syn klientky se jmenuje Karel Hynek Mácha, je mu 16 a potřebuje doučování.",
        "Můj klient se jmenuje Jan Žižka a bydlí v Táboře, jak mu zajistit psychiatra?",
        "ve ctvrtek zajet za babickou K-4410, bydli hornicka 33 v karvine, nema telefon",
    ],
)
def test_a_person_is_found(note: str) -> None:
    assert refused(note)


@pytest.mark.parametrize(
    "note",
    [
        "lektorka thi mai nguyen, prihlasky na jejim mobilu",
        "setkani rodin, hlavni host jaroslav tyl ml. (propusten v breznu)",
        "beseda s bratry olahovymi o tom, jak se dostat z dluhu",
        "Autorské čtení Petra Bezruče ml., klienta K-1203, Slezská diakonie Opava.",
        "Promítání filmu Jan Palach a debata s panem Janem Palachem z Mělníka, naším klientem.",
    ],
)
def test_a_person_is_found_in_a_public_text(note: str) -> None:
    assert refused_in_public(note)


@pytest.mark.parametrize(
    "note",
    [
        "klient k-3302 ma dluhy cca 200 tis., prosim o navazani dluhove poradny v havlickove brode",
        "navazna pece z jindrichova hradce",
        "K-5590 ma prislibenou praci ve vyrobe u Jablotronu, nastup po propusteni 1. 6",
        "vana a van je tu dost",
        "do van bylo vody dost",
        "ZŠ Jana Nerudy, klient tam chodil",
        # from the second examiner's notes (privq46, measured unseen first)
        "Má ZŠ Jana Nerudy v Praze přípravný ročník pro děti cizinců?",
        "Zaregistrovat tým na Běh pro Paraple do konce měsíce.",
        "sraz na Mírové náměstí v 10",
        "Jak se vyřizuje náhradní rodný list, když se klient K-3030 narodil na Slovensku?",
        "bydli na ubytovne 3 mesice",
    ],
)
def test_a_harmless_note_passes(note: str) -> None:
    assert not refused(note)


@pytest.mark.parametrize(
    "note",
    [
        "adventni koncert v kostele sv. jakuba, vybirame na azylovy dum",
        "Den Jana Husa: zavřeno",
    ],
)
def test_a_harmless_public_text_passes(note: str) -> None:
    assert not refused_in_public(note)


@pytest.mark.parametrize(
    "note",
    [
        "Doplnit formulář do Fondu Otakara Motejla, uzávěrka v pondělí.",
        "do konce cervna vyuctovat dotaci od nadace terezy maxove detem.",
        "grant od Nadace Karla Janečka na mentoring",
        "Nadaci Olgy Havlové jsme poslali žádost",
    ],
)
def test_a_foundation_named_after_its_founder_is_no_person(note: str) -> None:
    """Real foundations of the field, known whole (knowledge/field_organisations.txt), from the
    sixth and seventh examiners' notes (privq50, privq51)."""
    assert not refused(note)


@pytest.mark.parametrize(
    "note",
    [
        "Nadace Karla Janečka, otce klienta, pomůže s kaucí",
        "Karel Janeček volal, že nepřijde",
        "Otakar Motejl, 45 let, bez bydlení",
    ],
)
def test_the_founder_s_name_alone_or_said_to_be_a_relative_s_is_somebody(note: str) -> None:
    assert refused(note)
