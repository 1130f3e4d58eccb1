"""The third review of the twenty-fourth privacy round (docs/privacy.md).

A third fresh reviewer wrote 446 personal and 245 harmless probes against the code after the
second review (59afd9f): 63 personal probes that 3097fe1 refused passed (24 through school years
with the year said in words or after a semicolon, 36 through the five famous names still added,
borne by somebody: "Kauci za K-2231 zaplatil Tycho Brahe"), and 27 harmless ones were newly
refused (wards and facilities after "bydlí", "Ulice se jmenuje Karla Čapka", "Međugorje").
The five names were withdrawn; the rest narrowed. After that 60 of the 63 are refused (the other
three the old code refused by accident, misreading the town "havlickove" or the saint "vaclava",
and neither version finds their real names) and 22 of the 27 pass. The notes stay here."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused


@pytest.mark.parametrize(
    "note",
    [
        "Dcera klientky, první ročník!, 2019",
        "Dluh u T. G. Masaryka – 5000 Kč.",
        "Exekuce: věřitel Jan Evangelista Purkyně",
        "K-1234 je poslední ročník sedmdesátých let",
        "K-1234 přespává u T. G. Masaryka.",
        "K-1234: první ročník osmdesátých let, vyučen",
        "K-3308 – druhý ročník šedesátých let",
        "Kamarád z výkonu trestu Tycho Brahe.",
        "Kauci za K-2231 zaplatil Don Bosko.",
        "Kauci za K-2231 zaplatil Jan Evangelista Purkyně.",
        "Kauci za K-2231 zaplatil Tycho Brahe.",
        "Kauci zaplatil Jan Pavel II.",
        "Kauci zaplatil T. G. Masaryk (opravdu se tak jmenuje).",
        "Klient je první ročník osmdesátých let.",
        "Klientka – poslední ročník osmdesátých",
        "Na propuštění K-5512 čekal Jan Evangelista Purkyně.",
        "Na propuštění K-5512 čekal Tycho Brahe s autem.",
        "Návštěva: Tycho Brahe, bratr K-1234.",
        "Opatrovník: Jan Evangelista Purkyně.",
        "Spoluvězeň Tycho Brahe nabízí práci.",
        "Svědek Don Bosko potvrdil alibi.",
        "Syn K-1234: druhý ročník ZŠ; 12. 5. 2017",
        "Zmocněnec K-3308 Jan Evangelista Purkyně chce kopii rozsudku.",
        "dcera je prvni rocnik po roce dva tisice",
        "dcera klientky, treti rocnik; 3.4.2015",
        "dcera prvni rocnik! 2018",
        "dcera: treti rocnik; 3. 4. 2015",
        "jan evangelista purkyne ceka na klienta",
        "je to posledni rocnik sedmdesatych let",
        "kamarad klienta je prvni rocnik devadesatych let",
        "klient je prvni rocnik osmdesatych let",
        "klient je treti rocnik devadesatych let",
        "klientka je posledni rocnik pred revoluci",
        "matka klienta, první ročník po válce",
        "otec klienta je pátý ročník padesátých let",
        "syn - prvni rocnik. 12.4.2019",
        "syn klienta, druhy rocnik ZS; datum 12. 5. 2017",
        "syn klientky je první ročník nového tisíciletí",
        "syn prvni rocnik? 2019",
        "syn: prvni rocnik. rok 2019",
        "syn: prvni rocnik; 2017",
        "zavolat t. g. masarykovi kvuli bytu",
    ],
)
def test_a_person_the_round_let_through_is_refused(note: str) -> None:
    assert refused(note)


@pytest.mark.parametrize(
    "note",
    [
        "Ulice se jmenuje Karla Čapka.",
        "Nová ulice se jmenuje Václava Havla.",
        "Náměstí se jmenuje Jana Palacha.",
        "Škola se jmenuje Jana Nerudy.",
        "Gymnázium Jana Keplera, škola dcery klientky",
        "Gymnázium Jana Keplera – škola syna klientky",
        "klient bydli v zarizeni 12",
        "bydli na strahove 3",
        "bydli na oddeleni 5",
        "bydli na psychiatricke 3",
        "bydli na jizni 2",
        "bydli ve vezeni 2",
        "bydli na detske 4",
        "pout do međugorje letos",
        "klient bydli na oddeleni 5 v psychiatricke nemocnici Bohnice",
        "klient ted bydli v zarizeni 12 klientu",
        "bydli na strahove 3 semestry",
        "klient bydli na detske 4 patro",
        "klientka bydli na ubytovne ve meste, zije na oddeleni 5",
        "zije na oddeleni 12, pavilon B",
        "Klient bydlí v zařízení 12 lidí, sdílí pokoj.",
        "pout do međugorje letos v kvetnu s farnosti",
    ],
)
def test_a_harmless_note_the_round_refused_passes(note: str) -> None:
    assert not refused(note)
