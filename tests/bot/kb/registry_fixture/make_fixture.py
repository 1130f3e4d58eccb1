"""Writes the register fixture: code lists and rpss.json in the documented shape of data.mpsv.cz.

Run once (`python tests/bot/kb/registry_fixture/make_fixture.py`); the JSON files it writes are
committed and read by the tests. Code-list ids are the fixture's own: Spojka maps by names.
The traps of the live register are here on purpose (see the TRAP comments).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

SERVICE_TYPES = {
    1: "odborné sociální poradenství",
    3: "osobní asistence",
    4: "pečovatelská služba",
    5: "tísňová péče",
    6: "průvodcovské a předčitatelské služby",
    7: "podpora samostatného bydlení",
    8: "odlehčovací služby",
    9: "centra denních služeb",
    10: "denní stacionáře",
    11: "týdenní stacionáře",
    12: "domovy pro osoby se zdravotním postižením",
    13: "domovy pro seniory",
    14: "domovy se zvláštním režimem",
    15: "chráněné bydlení",
    16: "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče",
    17: "raná péče",
    18: "telefonická krizová pomoc",
    19: "tlumočnické služby",
    20: "azylové domy",
    21: "domy na půl cesty",
    22: "kontaktní centra",
    23: "krizová pomoc",
    24: "intervenční centra",
    25: "nízkoprahová denní centra",
    26: "nízkoprahová zařízení pro děti a mládež",
    27: "noclehárny",
    28: "sociálně aktivizační služby pro rodiny s dětmi",
    29: "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením",
    30: "sociálně terapeutické dílny",
    31: "služby následné péče",
    32: "terénní programy",
    33: "sociální rehabilitace",
    34: "terapeutické komunity",
}
TARGET_GROUPS = {
    1: "osoby bez přístřeší",
    2: "pachatelé trestné činnosti",
    3: "osoby ohrožené závislostí nebo závislé na návykových látkách",
    4: "osoby s chronickým duševním onemocněním",
    5: "rodiny s dítětem/dětmi",
    6: "imigranti a azylanti",
    7: "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy",
    8: "osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy",
    9: "osoby v krizi",
    10: "oběti domácího násilí",
    11: "oběti trestného činu",
    12: "etnické menšiny",
    13: "osoby žijící v sociálně vyloučených komunitách",
    14: "osoby s mentálním postižením",
    15: "osoby s tělesným postižením",
    24: "senioři",
    26: "pečující osoby",
    27: "osoby s potřebou paliativní péče",
    30: "osoby žijící s demencí",
}
AGE_GROUPS = {
    1: "děti do 1 roku",
    2: "děti předškolního věku (1–7 let)",
    3: "mladší děti (7–10 let)",
    4: "starší děti (11–15 let)",
    5: "dorost (16–18 let)",
    6: "mladí dospělí (19–26 let)",
    7: "dospělí (27–64 let)",
    8: "mladší senioři (65–80 let)",
    9: "starší senioři (nad 80 let)",
    10: "bez omezení věku",
}
FORMS = {"pob": "pobytové služby", "amb": "ambulantní služby", "ter": "terénní služby"}
CAPACITY_TYPES = {
    "luzka": "Počet lůžek",
    "klient": "Počet klientů",
    "kontakt": "Počet kontaktů",
    "interv": "Počet intervencí",
    "hovor": "Počet hovorů",
}
REGIONS = {
    19: "Hlavní město Praha",
    27: "Středočeský kraj",
    35: "Jihočeský kraj",
    43: "Plzeňský kraj",
    51: "Karlovarský kraj",
    60: "Ústecký kraj",
    78: "Liberecký kraj",
    86: "Královéhradecký kraj",
    94: "Pardubický kraj",
    108: "Kraj Vysočina",
    116: "Jihomoravský kraj",
    124: "Olomoucký kraj",
    141: "Zlínský kraj",
    132: "Moravskoslezský kraj",
}
# town id -> (name, region id, district id)
TOWNS = {
    554804: ("Ústí nad Labem", 60, 3510),
    562335: ("Děčín", 60, 3502),
    567256: ("Most", 60, 3508),
    567442: ("Teplice", 60, 3509),
    554782: ("Praha", 19, 3100),
    554499: ("Karlovy Vary", 51, 3403),
    582786: ("Brno", 116, 3702),
    554821: ("Ostrava", 132, 3807),
    554791: ("Plzeň", 43, 3405),
    563889: ("Liberec", 78, 3505),
    569810: ("Hradec Králové", 86, 3602),
    555134: ("Pardubice", 94, 3606),
    586846: ("Jihlava", 108, 3707),
    500496: ("Olomouc", 124, 3805),
    585068: ("Zlín", 141, 3705),
    544256: ("České Budějovice", 35, 3301),
    532053: ("Kladno", 27, 3203),
}
DISTRICTS = {
    3510: "Ústí nad Labem",
    3502: "Děčín",
    3508: "Most",
    3509: "Teplice",
    3100: "Hlavní město Praha",
    3403: "Karlovy Vary",
    3702: "Brno-město",
    3807: "Ostrava-město",
    3405: "Plzeň-město",
    3505: "Liberec",
    3602: "Hradec Králové",
    3606: "Pardubice",
    3707: "Jihlava",
    3805: "Olomouc",
    3705: "Zlín",
    3301: "České Budějovice",
    3203: "Kladno",
}
PARTS_OF_TOWNS = {400599: "Klíše", 400637: "Střekov", 490067: "Vinohrady"}


def code_list(
    prefix: str, items: dict[Any, str], extra: dict[Any, dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "polozky": [
            {"id": f"{prefix}/{key}", "nazev": {"cs": name}, **((extra or {}).get(key, {}))}
            for key, name in items.items()
        ]
    }


def facility(
    name: str,
    town: int,
    street: str,
    number: int,
    *,
    ruian: int | None,
    psc: str,
    since: str = "2015-01-01",
    until: str | None = None,
) -> dict[str, Any]:
    _, region, district = TOWNS[town]
    return {
        "nazev": name,
        "poskytujeOd": since,
        "poskytujeDo": until,
        "vedouci": {"jmeno": "Vedoucí", "prijmeni": "Zařízení"},  # a person: never imported
        "adresa": {
            "cisloDomovni": number,
            "cisloOrientacni": str(number % 40 + 1),
            "dodatekAdresy": None,
            "kodAdresnihoMista": ruian,
            "psc": psc,
            "typCislaDomovniho": {"id": "TypStavebnihoObjektu/1"},
            "kraj": {"id": f"Kraj/{region}"},
            "okres": {"id": f"Okres/{district}"},
            "obec": {"id": f"Obec/{town}"},
            "castObce": None,
            "mestskyObvodMestskaCast": None,
            "mestskyObvodVPraze": None,
            "ulice": {"nazev": street},
        },
    }


def contacts(phones: list[str], emails: list[str], webs: list[str]) -> dict[str, Any]:
    return {
        "telefony": [{"telefon": p, "poznamka": None} for p in phones],
        "emaily": [{"email": e, "poznamka": None} for e in emails],
        "weby": [{"web": w, "poznamka": None} for w in webs],
        "faxy": [],
    }


def provider(ico: str, name: str, **kw: list[str]) -> dict[str, Any]:
    return {
        "ico": ico,
        "nazev": name,
        "pravniForma": {"id": "PravniForma/141"},
        # TRAP: names of people; Spojka never imports them
        "statutarniOrgany": [
            {"titulPred": "Mgr.", "jmeno": "Tajemná", "prijmeni": "Statutárková", "titulZa": None}
        ],
        **contacts(kw.get("phones", []), kw.get("emails", []), kw.get("webs", [])),
    }


def service(
    sid: int,
    kind: int,
    prov: dict[str, Any],
    facilities: list[dict[str, Any]],
    *,
    groups: list[int],
    ages: list[int],
    forms: list[tuple[str, list[tuple[str, int]]]],
    phones: Sequence[str] = (),
    emails: Sequence[str] = (),
    webs: Sequence[str] = (),
    since: str = "2010-01-01",
    until: str | None = None,
    extended: Sequence[int] = (),
) -> dict[str, Any]:
    return {
        "portalId": 1000 + sid,
        "id": str(5_000_000 + sid),
        "identifikator": str(7_000_000 + sid * 7),
        "datumPoskytovaniOd": since,
        "datumPoskytovaniDo": until,
        "kontaktniAdresy": [],
        "druhSocialniSluzby": {"id": f"DruhSocialniSluzby/{kind}"},
        "zarizeni": facilities,
        "poskytovatel": prov,
        **contacts(list(phones), list(emails), list(webs)),
        "ciloveSkupiny": [{"cilovaSkupina": {"id": f"CilovaSkupinaOsoby/{g}"}} for g in groups],
        "vekoveSkupiny": [{"vekovaSkupina": {"id": f"VekovaSkupinaOsoby/{a}"}} for a in ages],
        "doplnujiciInformaceVekoveSkupiny": None,
        "formy": [
            {
                "forma": {"id": f"FormaSocialniSluzby/{form}"},
                "nepretrzitePoskytovani": form == "pob",
                "casoveRozsahy": None,
                "kapacity": [
                    {
                        "pocet": count,
                        "popis": f"Maximální kapacita {count} s účinností od 01.01.2020.",
                        "typ": {"id": f"TypKapacitySocialniSluzby/{kind_}"},
                    }
                    for kind_, count in capacities
                ],
            }
            for form, capacities in forms
        ],
        "rozsirenePusobnostiVKraji": [{"kraj": {"id": f"Kraj/{r}"}} for r in extended],
        # TRAP: the ministry's documents, not the provider's web
        "doplnkoveUdaje": {
            "realizacePoskytovani": [
                {"priloha": {"url": f"https://www.mpsv.cz/agportal-server/rest/documents/{sid}a"}}
            ],
            "planyFinancnihoZajisteni": [
                {"priloha": {"url": f"https://www.mpsv.cz/agportal-server/rest/documents/{sid}b"}}
            ],
            "personalniZajisteni": [
                {"priloha": {"url": f"https://www.mpsv.cz/agportal-server/rest/documents/{sid}c"}}
            ],
        },
    }


ADULTS = [6, 7, 8]


def services() -> list[dict[str, Any]]:
    nadeje = provider(
        "04512345",
        "Naděje Ústí, z. s.",
        phones=["475 111 000"],
        emails=["info@nadeje-usti.cz"],
        webs=["www.nadeje-usti.cz"],
    )
    most = provider(
        "00064581",
        "Město Most",
        phones=["476 448 111"],
        emails=["podatelna@mesto-most.cz"],
        webs=["https://www.mesto-most.cz"],
    )
    sever = provider(
        "26612345",
        "Sever pomáhá, o. p. s.",
        phones=["412 000 999"],
        emails=["kancelar@severpomaha.cz"],
        webs=["https://severpomaha.cz"],
    )
    items = [
        # the answer to "azylový dům pro muže Ústí nad Labem"
        service(
            1,
            20,
            nadeje,
            [
                facility(
                    "Azylový dům pro muže Ústí nad Labem",
                    554804,
                    "Hrbovická",
                    2510,
                    ruian=11867906,
                    psc="40001",
                ),
                # TRAP: the same facility twice (same name and address)
                facility(
                    "Azylový dům pro muže Ústí nad Labem",
                    554804,
                    "Hrbovická",
                    2510,
                    ruian=11867906,
                    psc="40001",
                ),
            ],
            groups=[1, 2],
            ages=ADULTS,
            forms=[("pob", [("luzka", 40)])],
            phones=["475 111 222"],
            emails=["azyl@nadeje-usti.cz"],
            webs=["www.nadeje-usti.cz/azyl"],
        ),
        service(
            2,
            20,
            nadeje,
            [
                facility(
                    "Azylový dům pro ženy a matky s dětmi", 554804, "Pražská", 77, ruian=11867914, psc="40001"
                ),
            ],
            groups=[1, 5, 10],
            ages=[2, 3, 4, 5, 6, 7],
            forms=[("pob", [("luzka", 24)])],
            phones=["475 111 333"],
        ),
        # TRAP: registration ended in 2012, its facility still looks open (poskytujeDo null)
        service(
            3,
            20,
            nadeje,
            [
                facility("Azylový dům Střekov", 554804, "Národního odboje", 12, ruian=11867922, psc="40003"),
            ],
            groups=[1],
            ages=ADULTS,
            forms=[("pob", [("luzka", 15)])],
            until="2012-06-30",
            phones=["475 111 444"],
        ),
        # TRAP: the service's own contacts are empty, the provider's are not
        service(
            4,
            20,
            sever,
            [
                facility("Azylový dům pro muže Děčín", 562335, "Teplická", 45, ruian=21867001, psc="40502"),
            ],
            groups=[1],
            ages=ADULTS,
            forms=[("pob", [("luzka", 30)])],
        ),
        service(
            5,
            21,
            most,
            [
                facility("Dům na půl cesty Most", 567256, "Moskevská", 1, ruian=21867002, psc="43401"),
            ],
            groups=[2, 7],
            ages=[5, 6],
            forms=[("pob", [("luzka", 12)])],
            phones=["476 448 500"],
        ),
        # one facility closed in 2019, one open
        service(
            6,
            27,
            provider("27011111", "Armáda spásy v České republice, z. s.", phones=["222 000 111"]),
            [
                facility(
                    "Noclehárna Bubeneč",
                    554782,
                    "Tusarova",
                    60,
                    ruian=21867003,
                    psc="17000",
                    until="2019-12-31",
                ),
                facility("Noclehárna Holešovice", 554782, "Komunardů", 33, ruian=21867004, psc="17000"),
            ],
            groups=[1],
            ages=ADULTS,
            forms=[("pob", [("luzka", 60)])],
            phones=["222 000 222"],
        ),
        service(
            7,
            22,
            sever,
            [
                facility("Kontaktní centrum Teplice", 567442, "Mlýnská", 8, ruian=21867005, psc="41501"),
            ],
            groups=[3, 8],
            ages=[5, 6, 7],
            forms=[("amb", [("kontakt", 4000)]), ("ter", [("kontakt", 1500)])],
            phones=["417 000 100"],
        ),
        service(
            8,
            34,
            provider("26622222", "Terapeutická komunita Nová Role, z. ú."),
            [
                facility(
                    "Terapeutická komunita Nová Role", 554499, "Chodovská", 5, ruian=21867006, psc="36001"
                ),
            ],
            groups=[3],
            ages=[6, 7],
            forms=[("pob", [("luzka", 15)])],
            phones=["353 000 111"],
        ),
        # outreach: a region beyond its office
        service(
            9,
            32,
            provider("26633333", "Vzájemné soužití, o. p. s.", webs=["vzajemnesouziti.cz"]),
            [
                facility("Terénní programy Ostrava", 554821, "Bieblova", 9, ruian=21867007, psc="70200"),
            ],
            groups=[1, 8, 13],
            ages=ADULTS,
            forms=[("ter", [("klient", 300)])],
            extended=[124],
            phones=["596 000 300"],
        ),
        service(
            10,
            1,
            provider("00020001", "Probační poradna Brno, z. s."),
            [
                facility("Poradna pro propuštěné Brno", 582786, "Cejl", 14, ruian=21867008, psc="60200"),
            ],
            groups=[2, 9],
            ages=ADULTS,
            forms=[("amb", [("interv", 900)])],
            phones=["543 000 140"],
            emails=["poradna@propusteni-brno.cz"],
        ),
        service(
            11,
            33,
            provider("26644444", "Ledovec, z. s.", phones=["377 000 400"]),
            [
                facility(
                    "Sociální rehabilitace Plzeň", 554791, "Koterovská", 83, ruian=21867009, psc="32600"
                ),
            ],
            groups=[2, 4],
            ages=[6, 7],
            forms=[("amb", [("klient", 40)]), ("ter", [("klient", 20)])],
        ),
        service(
            12,
            13,
            provider("00831111", "Domov pro seniory Liberec, p. o."),
            [
                facility("Domov pro seniory Liberec", 563889, "Burianova", 920, ruian=21867010, psc="46006"),
            ],
            groups=[24, 30],
            ages=[8, 9],
            forms=[("pob", [("luzka", 120)])],
            phones=["485 000 120"],
        ),
        # registered, but starts next year
        service(
            13,
            21,
            most,
            [
                facility(
                    "Dům na půl cesty Litvínovská", 567256, "Litvínovská", 300, ruian=21867011, psc="43401"
                ),
            ],
            groups=[7],
            ages=[5, 6],
            forms=[("pob", [("luzka", 8)])],
            since="2027-03-01",
        ),
        # a facility without a town in the register
        service(
            14,
            32,
            sever,
            [
                {
                    "nazev": "Terénní tým Šluknovsko",
                    "poskytujeOd": "2018-01-01",
                    "poskytujeDo": None,
                    "adresa": {"kraj": {"id": "Kraj/60"}},
                },
            ],
            groups=[1, 13],
            ages=ADULTS,
            forms=[("ter", [("klient", 80)])],
            phones=["412 000 555"],
        ),
    ]
    # ordinary services across the country: a few dozen in all
    kinds = [20, 21, 27, 25, 22, 1, 33, 32, 30, 28]
    towns = [569810, 555134, 586846, 500496, 585068, 544256, 532053, 582786, 554821, 554782, 554791]
    for n in range(22):
        kind = kinds[n % len(kinds)]
        town = towns[n % len(towns)]
        name = f"{SERVICE_TYPES[kind].capitalize()} {TOWNS[town][0]} {n + 1}"
        prov = provider(
            f"{27100000 + n:08d}", f"Pomoc {TOWNS[town][0]} {n + 1}, z. s.", phones=[f"600 {n:03d} 000"]
        )
        form = "pob" if kind in (20, 21, 27) else "amb"
        items.append(
            service(
                100 + n,
                kind,
                prov,
                [
                    facility(name, town, "Nádražní", 100 + n, ruian=31000000 + n, psc="50002"),
                ],
                groups=[1, 2] if n % 2 else [3],
                ages=ADULTS,
                forms=[(form, [("luzka" if form == "pob" else "klient", 10 + n)])],
                phones=[f"700 {n:03d} 111"],
            )
        )
    return items


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lists = {
        "druhy-socialni-sluzby": code_list("DruhSocialniSluzby", SERVICE_TYPES),
        "cilove-skupiny-osoby": code_list("CilovaSkupinaOsoby", TARGET_GROUPS),
        "vekove-skupiny-osoby": code_list("VekovaSkupinaOsoby", AGE_GROUPS),
        "formy-soc-sluzby": code_list("FormaSocialniSluzby", FORMS),
        "typy-kapacity-socialni-sluzby": code_list("TypKapacitySocialniSluzby", CAPACITY_TYPES),
        "kraje": code_list("Kraj", REGIONS),
        "okresy": code_list("Okres", DISTRICTS),
        "obce": code_list("Obec", {k: v[0] for k, v in TOWNS.items()}, {k: {"kod": str(k)} for k in TOWNS}),
        "casti-obci": code_list("CastObce", PARTS_OF_TOWNS),
    }
    for name, content in lists.items():
        (folder / f"{name}.json").write_text(
            json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    register = {"polozky": services()}
    (folder / "rpss.json").write_text(
        json.dumps(register, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    write(HERE)
