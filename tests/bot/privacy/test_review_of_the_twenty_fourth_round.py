"""The review of the twenty-fourth privacy round (docs/privacy.md).

A fresh reviewer wrote 567 personal and 317 harmless probes against the round's first code
(ede15f1): 332 personal probes that 3097fe1 refused passed (most through a fund named after a
person, plural kin words taken for titles, and "Zítra"), and 153 harmless ones were newly
refused (most through a relative's word after an institution's name: "partner", "druhá",
"sestra"). The exemptions were withdrawn or narrowed; every one of the 332 is refused again and
152 of the 153 pass ("Den s knihou Josefa Čapka" stays refused). A selection of both stays
here."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public


@pytest.mark.parametrize(
    "note",
    [
        "Nadační fond Petra Nováka, souseda klienta, uhradí kauci.",
        "Nadační fond Radka Kolaříka, bývalého partnera klientky, uhradí kauci.",
        "Nadační fond Lukáše Pokorného, opatrovníka klienta, uhradí kauci.",
        "Nadační fond Miroslava Procházky, klientova strýce, uhradí kauci.",
        "Nadační fond Martina Vrby, věřitele klienta, uhradí kauci.",
        "Peníze poslal Nadační fond Karla Šimka, souseda klienta.",
        "Peníze poslal Nadační fond Josefa Kratochvíla, bývalého partnera klientky.",
        "Peníze poslal Nadační fond Jana Dvořáka, opatrovníka klienta.",
        "Peníze poslal Nadační fond Zdeňka Holuba, klientova strýce.",
        "Peníze poslal Nadační fond Tomáše Bartáka, věřitele klienta.",
        "Z nadačního fondu Martina Vrby, souseda klienta, přišlo 5 000 Kč.",
        "Z nadačního fondu Petra Nováka, bývalého partnera klientky, přišlo 5 000 Kč.",
        "Z nadačního fondu Radka Kolaříka, opatrovníka klienta, přišlo 5 000 Kč.",
        "Z nadačního fondu Lukáše Pokorného, klientova strýce, přišlo 5 000 Kč.",
        "Z nadačního fondu Miroslava Procházky, věřitele klienta, přišlo 5 000 Kč.",
        "Žádost do Nadačního fondu Tomáše Bartáka, souseda klienta, je podaná.",
        "Žádost do Nadačního fondu Karla Šimka, bývalého partnera klientky, je podaná.",
        "Žádost do Nadačního fondu Josefa Kratochvíla, opatrovníka klienta, je podaná.",
        "Žádost do Nadačního fondu Jana Dvořáka, klientova strýce, je podaná.",
        "Žádost do Nadačního fondu Zdeňka Holuba, věřitele klienta, je podaná.",
        "Fond Miroslava Procházky, souseda klienta, zaplatí nájem na 3 měsíce.",
        "Fond Martina Vrby, bývalého partnera klientky, zaplatí nájem na 3 měsíce.",
        "Fond Petra Nováka, opatrovníka klienta, zaplatí nájem na 3 měsíce.",
        "Fond Radka Kolaříka, klientova strýce, zaplatí nájem na 3 měsíce.",
        "Fond Lukáše Pokorného, věřitele klienta, zaplatí nájem na 3 měsíce.",
        "Nadační fond Petra Nováka (soused) přispěje na kauci.",
        "Nadační fond Zdeňka Holuba - spoluvězeň z Mírova přispěje na kauci.",
        "Nadační fond na léčbu Aničky Novákové vybral 200 tisíc.",
        "Nadační fond pro matku klienta Janu Procházkovou zaplatil nájem.",
        "Nadační fond dětí klientky Jany Novákové zaplatil školní pomůcky.",
        "Nadační fond Radka Kolaříka, bývalého spoluvězně, nabízí klientovi práci.",
        "Nadační fond Lukáše Pokorného, klientova kmotra, pošle peníze na bydlení.",
        "Poděkovat nadačnímu fondu Jana Dvořáka, kamaráda klienta, za dar.",
        "Nadační fond Karla Šimka, spoluvězně klienta, se neozval, rada nepomohla.",
        "Nadační fond na léčbu Aničky Novákové – poslat doklady do pátku.",
        "Fondu na léčbu Aničky Novákové chybí 20 tisíc, matka je klientka.",
        "Nadační fond Radka Šimka, souseda, kterému klient dluží.",
        "Nadační fond Lenky Šimkové, bývalé partnerky klienta, chce zpět půjčku.",
        "Klient žije se dvěma sestrami. Kříž přišel opilý.",
        "Klient žije se dvěma sestrami. Mráz dluží na nájmu.",
        "Klient má dva bratry. Malá se neozvala.",
        "Klientka se stará o sourozence. Lev nemá peníze na nájem.",
        "Klient se pohádal s bratry. Malý podepsal souhlas s mentoringem.",
        "Klient se pohádal s bratry. Pokorný chce pomoct s bydlením.",
        "Klient poslal peníze sourozencům. Vítr volal, že nepřijde.",
        "Klientka pomáhá sestrám. Kostka nemá práci.",
        "Klientka pomáhá sestrám. Bílý nepřišel.",
        "Řešili jsme konflikt mezi bratry. Vrána chce pomoct s dluhy.",
        "Byla řeč o sestrách. Hora hledá práci ve skladu.",
        "Byla řeč o sestrách. Kočka nemá doklady.",
        "Klient má tři sourozence. Liška volala, že nepřijde.",
        "Klient nemá kontakt se sestrami. Sníh dluží 40 tisíc.",
        "Klient nemá kontakt se sestrami. Dub volal, že je nemocný.",
        "Klient bydlí s bratrama. Skála souhlasí s mentoringem.",
        "Mluvili jsme o bratrech. Černý dnes nepřišel na schůzku.",
        "Klient nevolal sourozencům. Kříž přišel opilý.",
        "Klient nevolal sourozencům. Mráz dluží na nájmu.",
        "Klientka dluží sestrám. Malá se neozvala.",
        "Klient se bojí bratrů. Lev nemá peníze na nájem.",
        "klient ma dva bratry. Malý podepsal souhlas s mentoringem.",
        "klient ma dva bratry. Pokorný chce pomoct s bydlením.",
        "klientka bydli se sestrami. Vítr volal, že nepřijde.",
        "klient se stara o sourozence. Kostka nemá práci.",
        "klient se stara o sourozence. Bílý nepřišel.",
        "Klient nekomunikuje se sourozence. Vítr volal, že nepřijde.",
        "Klientka žije se sestrami. Skála souhlasí s mentoringem.",
        "Klient má dva bratry. Liška dluží 30 tisíc.",
        "Klient má dva bratry. Tvrdý nemá peníze na nájem.",
        "Klient má dva bratry. Zima dluží 40 tisíc.",
        "Klient má dva bratry. Procházka nemá peníze.",
        "Zítra Petr nastupuje na ubytovnu.",
        "Zítra Jana má pohovor v Albertu.",
        "Zítra Martin propuštěn z Bor.",
        "Zítra Zdeněk podepíše smlouvu.",
        "Zítra Radek nastupuje na ubytovnu.",
        "Zítra Ondřej má pohovor v Albertu.",
        "Zítra Josef přinese doklady.",
        "Zítra Aneta přijde v deset.",
        "Zítra Marie volá kvůli dluhům.",
        "Zitra Radek prijde v deset.",
        "Zítra Haně zavolat kvůli kauci.",
        "Jindřichová Hradec – matka klienta, volala",
        "sv. lenka dnes nedorazila k soudu",
    ],
)
def test_a_person_the_round_let_through_is_refused(note: str) -> None:
    assert refused(note)


@pytest.mark.parametrize(
    "note",
    [
        "klientovi dana rc kopie",
        "klientovi dana zp karta pojistovny",
        "Nadace Karla Janečka – partnerská organizace, grant do 2027.",
        "Nadace Karla Janečka, tato nadace podporuje resocializační programy.",
        "Nadace Karla Janečka, druhá výzva bude v březnu.",
        "Nadace Olgy Havlové – máme grant na asistenta.",
        "Nadace Jana Pivečky, partner akce v Slavičíně.",
        "Domov Sue Ryder, druhá budova je přes dvůr.",
        "Gymnázium Christiana Dopplera, druhá budova na Zborovské.",
        "ZŠ Jana Wericha, druhá budova, učebna 5.",
        "Hospic sv. Štěpána, sestra na oddělení nám potvrdila termín.",
        "Dům sv. Josefa, druhá budova, vchod ze dvora.",
        "Nadace Karla Janečka – máte zkušenost s jejich grantem?",
        "Nadace Josefa Hlávky, tato nadace dává stipendia.",
        "Nadace Jana Pivečky – partnerská nadace z Slavičína.",
        "Nemocnice Rudolfa a Stefanie, druhá budova, psychiatrie.",
        "Domov Sue Ryder (partner) nabízí dobrovolnictví.",
        "ZŠ Kryštofa Haranta – kluky z 9. třídy bereme na exkurzi do věznice.",
        "Dům Jana Amose, druhá budova, vchod z ulice.",
        "Azylový dům Jana Boska – máme tam volné lůžko.",
        "Muzeum Jindřicha Jindřicha, partner výstavy.",
        "Ústav Jana Evangelisty Purkyně, partner výzkumu.",
        "Sbor Karla Farského – máme tam místnost na skupinu.",
        "Nadace Karla Janečka, partneři: Charita, Diakonie.",
        "Výlet s klienty do domu Vojtěcha Náprstka, muzeum.",
        "Exkurze do domu Josefa Gočára v Hradci.",
        "U sv. Jana hledat st. sestru.",
        "FN u sv. Anny volat st. sestře kvůli propuštění.",
        "Nemocnice sv. Zdislavy zavolat st. sestře na interně.",
        "film o bratrech masinovych, diskuze s klienty",
        "o bratrech masinovych debata se skupinou ve vezeni",
        "o bratrech lumierovych, promitani s klienty",
        "u sester alzbetinek obed, se sestrami alzbetinkovymi domluveno",
        "Jednání s bratry Milosrdnými v Brně.",
        "Klient má dva sourozence. Pekař z Albertu hledá brigádníky.",
        "Klient má dva bratry. Zedník je obor, kde najde práci hned.",
        "Klient se stará o sourozence. Tesař je obor s uplatněním.",
        "Klient má tři sourozence. Zahradník z obce hledá pomocníka.",
        "výstava obrazů: ta Van Goghova výstava je v Praze",
    ],
)
def test_a_harmless_note_the_round_refused_passes(note: str) -> None:
    assert not refused(note)


@pytest.mark.parametrize(
    "note",
    [
        "Probační služba, nábřeží Kapitána Jaroše, druhá budova.",
        "Den otevřených dveří v Domově Sue Ryder, partner akce: Charita.",
        "Poradna v ulici Vavřince Kořínka, druhá brána od silnice.",
        "Workshop v Nadaci Karla Janečka, partneři: PMS, Vězeňská služba.",
        "Nadace Karla Janečka (partner), Charita Opava, PMS.",
        "Koncert v domě Jakuba Jana Ryby v Rožmitále.",
        "Výstava v domě Josefa Jungmanna.",
        "Procházka k domu Vojtěcha Náprstka a muzeu.",
        "Beseda v domě Josefa Suka v Křečovicích.",
        "Den památky Jana Opletala – pietní akt u školy.",
        "Den hrdinů Jana Kubiše a Josefa Gabčíka – pietní akt.",
        "Den poezie Jiřího Wolkera v knihovně.",
    ],
)
def test_a_harmless_public_text_the_round_refused_passes(note: str) -> None:
    assert not refused_in_public(note)
