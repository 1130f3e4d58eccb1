"""Write the sample knowledge base (knowledge/sample/) from the declarations below.

The sample is invented: every organisation, person, e-mail (.example) and phone number
(+420 000 ...) is fictional, and every description says "Ukázková data". It shows what a
real knowledge base in Spojka's HSDS profile looks like and seeds a fresh installation.

Edit the declarations and run `python knowledge/make_sample.py`; the CSV files are the
product (ids are stable uuid5 values, so a rerun changes only what was edited).
"""

from __future__ import annotations

import csv
import json
import unicodedata
import uuid
from pathlib import Path

from bot.kb.profile import CODES, FACILITY, LINK_TYPES, NATIONWIDE, NEED, REQUIREMENT, TARGET, TRUST
from bot.kb.schema import BY_NAME, TABLES

HERE = Path(__file__).parent
OUT = HERE / "sample"
NS = uuid.UUID("0b6a4f5e-2d1c-4c7a-9e55-5a0f1c2e3d4b")
SAMPLE = "Ukázková data: smyšlená organizace, neslouží ke skutečnému kontaktu."

NEED_NAMES = {
    "housing": "Bydlení",
    "housing-shelter": "Azylové bydlení",
    "housing-halfway": "Dům na půl cesty a probační bydlení",
    "housing-social": "Sociální a podporované bydlení",
    "employment": "Zaměstnání a práce",
    "debt": "Dluhy a finance",
    "addiction": "Závislosti",
    "mental-health": "Duševní zdraví",
    "health": "Zdravotní péče",
    "family": "Rodina a vztahy",
    "education": "Vzdělávání a rekvalifikace",
    "legal": "Právní pomoc",
    "mentoring": "Mentoring a provázení",
    "documents": "Doklady a úřady",
    "benefits": "Dávky a sociální zabezpečení",
    "basic-needs": "Základní potřeby",
    "counselling": "Sociální poradenství",
    "spiritual": "Duchovní péče",
    "restorative": "Restorativní programy a mediace",
}
TARGET_NAMES = {
    "men": "Muži",
    "women": "Ženy",
    "young-adults": "Mladí dospělí (18–26)",
    "juveniles": "Mladiství",
    "addicted": "Lidé se závislostí",
    "families": "Rodiny a blízcí odsouzených",
    "children": "Děti odsouzených",
    "in-custody": "Lidé ve výkonu trestu a ve vazbě",
    "released": "Lidé po propuštění",
    "probation": "Lidé s alternativním trestem",
    "foreigners": "Cizinci",
    "homeless": "Lidé bez domova",
    "seniors": "Senioři",
    "mental-illness": "Lidé s duševním onemocněním",
}
REQUIREMENT_NAMES = {
    "abstinence": "Vyžaduje abstinenci",
    "debt-free": "Vyžaduje bezdlužnost vůči obci",
    "deposit": "Vyžaduje vratnou kauci",
    "referral": "Vyžaduje doporučení",
    "valid-id": "Vyžaduje platný doklad totožnosti",
    "interview": "Osobní pohovor před přijetím",
}
TRUST_NAMES = {
    "aoov-member": "Člen Asociace organizací v oblasti vězeňství",
    "registered-social-service": "Registrovaný poskytovatel sociálních služeb",
    "accredited-program": "Akreditovaný probační nebo resocializační program",
    "public-body": "Veřejná instituce",
}
FACILITY_NAMES = {
    "prison": "Věznice",
    "remand-prison": "Vazební věznice",
    "detention-institute": "Ústav pro výkon zabezpečovací detence",
}
TAXONOMIES = {
    NEED: NEED_NAMES,
    TARGET: TARGET_NAMES,
    REQUIREMENT: REQUIREMENT_NAMES,
    TRUST: TRUST_NAMES,
    FACILITY: FACILITY_NAMES,
}

REGION_BY_KEY = {
    "PHA": "Hlavní město Praha",
    "STC": "Středočeský kraj",
    "JHC": "Jihočeský kraj",
    "PLK": "Plzeňský kraj",
    "KVK": "Karlovarský kraj",
    "ULK": "Ústecký kraj",
    "LBK": "Liberecký kraj",
    "HKK": "Královéhradecký kraj",
    "PAK": "Pardubický kraj",
    "VYS": "Kraj Vysočina",
    "JHM": "Jihomoravský kraj",
    "OLK": "Olomoucký kraj",
    "ZLK": "Zlínský kraj",
    "MSK": "Moravskoslezský kraj",
    "CZ": NATIONWIDE,
}
TOWN_REGION = {
    "Ostrava": "MSK",
    "Opava": "MSK",
    "Karviná": "MSK",
    "Praha": "PHA",
    "Brno": "JHM",
    "Plzeň": "PLK",
    "Jihlava": "VYS",
    "Ústí nad Labem": "ULK",
    "Most": "ULK",
    "Liberec": "LBK",
    "Hradec Králové": "HKK",
    "Pardubice": "PAK",
    "České Budějovice": "JHC",
    "Karlovy Vary": "KVK",
    "Sokolov": "KVK",
    "Olomouc": "OLK",
    "Zlín": "ZLK",
    "Kladno": "STC",
    "Příbram": "STC",
    "Teplice": "ULK",
    "Havlíčkův Brod": "VYS",
    "Krnov": "MSK",
    "Benešov": "STC",
}

# Organisations: key, name, legal status, seat town, founded, trust codes, funding source
ORGS = [
    (
        "most",
        "Most naděje",
        "z. s.",
        "Ostrava",
        2004,
        ["aoov-member", "registered-social-service"],
        "Operační program Zaměstnanost plus",
    ),
    (
        "kotva",
        "Kotva Opava",
        "z. ú.",
        "Opava",
        2009,
        ["aoov-member", "registered-social-service", "accredited-program"],
        "Ministerstvo spravedlnosti",
    ),
    (
        "novystart",
        "Nový start Praha",
        "o. p. s.",
        "Praha",
        1998,
        ["aoov-member", "registered-social-service"],
        "Hlavní město Praha",
    ),
    ("brana", "Brána Brno", "z. s.", "Brno", 2011, ["registered-social-service"], "Jihomoravský kraj"),
    ("krok", "Krok za krokem Plzeň", "z. s.", "Plzeň", 2015, ["aoov-member"], "Nadace a dárci"),
    (
        "svetlo",
        "Světlo pro rodiny",
        "z. s.",
        "Havlíčkův Brod",
        2013,
        ["registered-social-service"],
        "Kraj Vysočina",
    ),
    (
        "lavka",
        "Lávka Ústí",
        "z. ú.",
        "Ústí nad Labem",
        2007,
        ["aoov-member", "registered-social-service"],
        "Ústecký kraj",
    ),
    (
        "cestaven",
        "Cesta ven Liberec",
        "o. p. s.",
        "Liberec",
        2001,
        ["registered-social-service", "accredited-program"],
        "Rada vlády pro koordinaci politiky v oblasti závislostí",
    ),
    (
        "pulcesty",
        "Domov na půl cesty Hradec",
        "z. s.",
        "Hradec Králové",
        2010,
        ["registered-social-service"],
        "Královéhradecký kraj",
    ),
    ("pevnybod", "Pevný bod Pardubice", "z. s.", "Pardubice", 2016, [], "Statutární město Pardubice"),
    (
        "jihlavka",
        "Jihočeská lávka",
        "z. s.",
        "České Budějovice",
        2012,
        ["registered-social-service"],
        "Jihočeský kraj",
    ),
    (
        "karlspojka",
        "Karlovarská spojka",
        "z. ú.",
        "Karlovy Vary",
        2018,
        ["aoov-member"],
        "Operační program Zaměstnanost plus",
    ),
    ("olmost", "Olomoucký most", "z. s.", "Olomouc", 2005, ["registered-social-service"], "Olomoucký kraj"),
    ("zlinmentor", "Zlínský mentor", "z. s.", "Zlín", 2019, [], "Nadace a dárci"),
    (
        "podanaruka",
        "Středočeská podaná ruka",
        "o. p. s.",
        "Kladno",
        2003,
        ["aoov-member", "registered-social-service"],
        "Středočeský kraj",
    ),
    (
        "probdum",
        "Probační dům Vysočina",
        "z. s.",
        "Jihlava",
        2014,
        ["accredited-program"],
        "Ministerstvo spravedlnosti",
    ),
    (
        "duchovni",
        "Duchovní doprovázení ve vězení",
        "z. s.",
        "Praha",
        1995,
        ["aoov-member"],
        "Církevní sbírky a dárci",
    ),
    ("smir", "Mediace a smír", "z. ú.", "Brno", 2008, ["accredited-program"], "Ministerstvo spravedlnosti"),
    (
        "pravo",
        "Právní poradna Spravedlnost",
        "o. p. s.",
        "Praha",
        2000,
        ["registered-social-service"],
        "Nadace a dárci",
    ),
    (
        "dluhlinka",
        "Dluhová linka",
        "z. s.",
        "Praha",
        2012,
        ["registered-social-service"],
        "Ministerstvo práce a sociálních věcí",
    ),
    ("sance", "Šance pro mladé", "z. s.", "Brno", 2017, ["registered-social-service"], "Jihomoravský kraj"),
    (
        "aurora",
        "Ženský dům Aurora",
        "z. s.",
        "Praha",
        2006,
        ["registered-social-service"],
        "Hlavní město Praha",
    ),
    (
        "martin",
        "Azylový dům Svatý Martin",
        "z. ú.",
        "Kladno",
        1999,
        ["registered-social-service"],
        "Středočeský kraj",
    ),
    (
        "kuratori",
        "Sociální kurátoři Ukázkov",
        "organizační složka obce",
        "Opava",
        1990,
        ["public-body"],
        "Rozpočet obce",
    ),
    (
        "pms",
        "Probační a mediační služba, středisko Ukázkov",
        "organizační složka státu",
        "Ostrava",
        2001,
        ["public-body", "accredited-program"],
        "Státní rozpočet",
    ),
    ("sdileni", "Potravinová pomoc Sdílení", "z. s.", "Most", 2014, [], "Potravinová banka a dárci"),
]

# Services: org, name, needs, targets, prisons (fragments of facility names), service areas
# (region keys or CZ), office towns, requirements, capacity (unit, free, total, updated) or None,
# minimum age, maximum age, assured date, eligibility text
Capacity = tuple[str, int, int, str]
ServiceSpec = tuple[
    str, str, list[str], list[str], list[str], list[str], list[str], list[str],
    Capacity | None, int | None, int | None, str, str,
]  # fmt: skip
SERVICES: list[ServiceSpec] = [
    (
        "most",
        "Azylový dům Most naděje Ostrava",
        ["housing-shelter"],
        ["men", "homeless", "released"],
        [],
        ["MSK"],
        ["Ostrava"],
        ["valid-id", "interview"],
        ("lůžko", 3, 24, "2026-11-20T08:00:00+01:00"),
        18,
        None,
        "2026-10-01",
        "Muži od 18 let bez přístřeší, zejména po propuštění z výkonu trestu. Přijetí po osobním pohovoru.",
    ),
    (
        "most",
        "Mentoring po propuštění Ostrava",
        ["mentoring"],
        ["released", "in-custody"],
        ["Heřmanice", "Vazební věznice Ostrava", "Karviná"],
        ["MSK"],
        ["Ostrava"],
        [],
        None,
        18,
        None,
        "2026-09-12",
        "Dospělí ve výkonu trestu v moravskoslezských věznicích a po propuštění.",
    ),
    (
        "most",
        "Pracovní poradenství Most naděje",
        ["employment", "education"],
        ["released", "probation"],
        ["Heřmanice"],
        ["MSK"],
        ["Ostrava", "Karviná"],
        [],
        None,
        18,
        None,
        "2026-06-30",
        "Dospělí po výkonu trestu.",
    ),
    (
        "kotva",
        "Adiktologické poradenství ve věznici Opava",
        ["addiction"],
        ["addicted", "in-custody"],
        ["Opava"],
        ["MSK"],
        [],
        [],
        None,
        18,
        None,
        "2026-11-02",
        "Odsouzení se závislostí na alkoholu, drogách nebo hazardu ve Věznici Opava.",
    ),
    (
        "kotva",
        "K-centrum Kotva Opava",
        ["addiction", "health"],
        ["addicted", "released"],
        [],
        ["MSK"],
        ["Opava", "Krnov"],
        [],
        None,
        15,
        None,
        "2026-10-20",
        "Lidé užívající drogy a jejich blízcí; anonymně.",
    ),
    (
        "kotva",
        "Doléčovací byty Kotva",
        ["housing-social", "addiction"],
        ["addicted", "released"],
        [],
        ["MSK"],
        ["Opava"],
        ["abstinence", "referral", "deposit"],
        ("byt", 1, 6, "2026-11-18T10:00:00+01:00"),
        18,
        None,
        "2026-10-20",
        "Lidé po ukončené léčbě závislosti; abstinence, doporučení léčebny, kauce 5 000 Kč.",
    ),
    (
        "kotva",
        "Rodinné poradenství pro blízké odsouzených",
        ["family"],
        ["families", "children"],
        ["Opava"],
        ["MSK"],
        ["Opava", "Krnov"],
        [],
        None,
        None,
        None,
        "2026-08-14",
        "Rodiny a děti odsouzených z Opavska a Krnovska.",
    ),
    (
        "novystart",
        "Dům na půl cesty Nový start",
        ["housing-halfway"],
        ["young-adults", "released"],
        [],
        ["PHA"],
        ["Praha"],
        ["interview", "valid-id"],
        ("lůžko", 2, 12, "2026-11-21T09:00:00+01:00"),
        18,
        26,
        "2026-11-10",
        "Mladí dospělí 18–26 let po propuštění z výkonu trestu nebo z ústavní výchovy.",
    ),
    (
        "novystart",
        "Pracovní tréninky Nový start",
        ["employment"],
        ["released", "probation"],
        ["Pankrác", "Ruzyně"],
        ["PHA", "STC"],
        ["Praha"],
        [],
        None,
        18,
        None,
        "2026-10-05",
        "Dospělí ve výkonu trestu a po propuštění, Praha a střední Čechy.",
    ),
    (
        "novystart",
        "Příprava na propuštění na Pankráci",
        ["mentoring", "counselling"],
        ["in-custody"],
        ["Pankrác"],
        ["PHA"],
        [],
        [],
        None,
        18,
        None,
        "2026-07-01",
        "Obvinění a odsouzení na Pankráci.",
    ),
    (
        "brana",
        "Dluhová poradna Brána",
        ["debt"],
        ["released", "probation"],
        ["Vazební věznice Brno", "Kuřim"],
        ["JHM"],
        ["Brno"],
        [],
        None,
        18,
        None,
        "2026-09-30",
        "Dospělí s dluhy a exekucemi, ve výkonu trestu i po propuštění.",
    ),
    (
        "brana",
        "Oddlužení ve věznici Břeclav",
        ["debt", "legal"],
        ["in-custody"],
        ["Břeclav"],
        ["JHM"],
        [],
        [],
        None,
        18,
        None,
        "2026-05-20",
        "Odsouzení ve Věznici Břeclav; pomoc s insolvenčním návrhem.",
    ),
    (
        "brana",
        "Azylový dům Brána pro muže",
        ["housing-shelter"],
        ["men", "homeless"],
        [],
        ["JHM"],
        ["Brno"],
        ["debt-free", "valid-id"],
        ("lůžko", 0, 30, "2026-11-19T16:00:00+01:00"),
        18,
        None,
        "2026-10-15",
        "Muži bez domova; bez dluhů vůči městu Brnu; platný doklad totožnosti.",
    ),
    (
        "krok",
        "Mentoring Krok za krokem na Borech",
        ["mentoring"],
        ["in-custody", "released"],
        ["Plzeň"],
        ["PLK"],
        ["Plzeň"],
        [],
        None,
        18,
        None,
        "2026-09-01",
        "Odsouzení ve Věznici Plzeň a po propuštění.",
    ),
    (
        "krok",
        "Sociální byty Krok za krokem",
        ["housing-social"],
        ["released", "families"],
        [],
        ["PLK"],
        ["Plzeň"],
        ["deposit", "interview", "debt-free"],
        ("byt", 0, 4, "2026-11-02T12:00:00+01:00"),
        18,
        None,
        "2026-09-01",
        "Rodiny a jednotlivci po propuštění; kauce ve výši dvou nájmů, bez dluhů vůči obci.",
    ),
    (
        "svetlo",
        "Kontakt dětí s vězněnou matkou",
        ["family"],
        ["women", "children", "families"],
        ["Světlá nad Sázavou"],
        ["VYS", "CZ"],
        ["Havlíčkův Brod"],
        [],
        None,
        None,
        None,
        "2026-10-10",
        "Odsouzené ženy ve Věznici Světlá nad Sázavou a jejich děti.",
    ),
    (
        "svetlo",
        "Rodinné konference Vysočina",
        ["family", "restorative"],
        ["families"],
        ["Rapotice"],
        ["VYS"],
        ["Jihlava"],
        [],
        None,
        None,
        None,
        "2026-04-15",
        "Rodiny odsouzených z Vysočiny.",
    ),
    (
        "lavka",
        "Dluhové poradenství Lávka",
        ["debt"],
        ["in-custody", "released"],
        ["Bělušice", "Teplice", "Litoměřice", "Všehrdy"],
        ["ULK"],
        ["Ústí nad Labem", "Most"],
        [],
        None,
        18,
        None,
        "2026-10-28",
        "Dospělí s dluhy ve věznicích Ústeckého kraje a po propuštění.",
    ),
    (
        "lavka",
        "Doklady a dávky po propuštění",
        ["documents", "benefits", "counselling"],
        ["released"],
        ["Nové Sedlo", "Bělušice"],
        ["ULK"],
        ["Ústí nad Labem"],
        [],
        None,
        18,
        None,
        "2026-10-28",
        "Pomoc s občanským průkazem, dávkami hmotné nouze a registrací na úřadu práce.",
    ),
    (
        "lavka",
        "Azylový dům Lávka pro ženy a matky",
        ["housing-shelter"],
        ["women", "families", "children"],
        [],
        ["ULK"],
        ["Ústí nad Labem"],
        ["valid-id"],
        ("lůžko", 4, 18, "2026-11-21T07:30:00+01:00"),
        18,
        None,
        "2026-11-01",
        "Ženy a matky s dětmi v nouzi, i po propuštění.",
    ),
    (
        "cestaven",
        "K-centrum Cesta ven Liberec",
        ["addiction", "health"],
        ["addicted"],
        [],
        ["LBK"],
        ["Liberec"],
        [],
        None,
        15,
        None,
        "2026-10-01",
        "Lidé užívající drogy; výměna injekčního materiálu, testy.",
    ),
    (
        "cestaven",
        "Adiktologie ve věznicích Libereckého kraje",
        ["addiction"],
        ["addicted", "in-custody"],
        ["Rýnovice", "Stráž pod Ralskem", "Vazební věznice Liberec"],
        ["LBK"],
        [],
        [],
        None,
        18,
        None,
        "2026-08-20",
        "Odsouzení a obvinění se závislostí.",
    ),
    (
        "cestaven",
        "Terapeutická komunita Cesta ven",
        ["addiction", "housing"],
        ["addicted", "released"],
        [],
        ["CZ"],
        ["Liberec"],
        ["abstinence", "interview"],
        ("místo", 2, 15, "2026-11-17T09:00:00+01:00"),
        18,
        None,
        "2026-10-01",
        "Lidé se závislostí po detoxifikaci, i po výkonu trestu; abstinence podmínkou.",
    ),
    (
        "pulcesty",
        "Dům na půl cesty Hradec",
        ["housing-halfway", "mentoring"],
        ["young-adults", "released"],
        ["Valdice", "Odolov", "Vazební věznice Hradec Králové"],
        ["HKK"],
        ["Hradec Králové"],
        ["interview"],
        ("lůžko", 5, 10, "2026-11-20T11:00:00+01:00"),
        18,
        26,
        "2026-11-05",
        "Mladí dospělí 18–26 let po propuštění nebo odchodu z ústavní péče.",
    ),
    (
        "pevnybod",
        "Sociální poradna Pevný bod",
        ["counselling", "benefits", "documents"],
        ["released", "homeless"],
        ["Pardubice"],
        ["PAK"],
        ["Pardubice"],
        [],
        None,
        18,
        None,
        "2025-12-01",
        "Dospělí po propuštění a lidé bez domova v Pardubickém kraji.",
    ),
    (
        "pevnybod",
        "Noclehárna Pevný bod",
        ["housing-shelter", "basic-needs"],
        ["homeless"],
        [],
        ["PAK"],
        ["Pardubice"],
        [],
        ("lůžko", 6, 20, "2026-11-01T18:00:00+01:00"),
        18,
        None,
        "2025-12-01",
        "Lidé bez přístřeší; bez podmínek, jen střízlivost při příchodu.",
    ),
    (
        "jihlavka",
        "Podporované bydlení Jihočeská lávka",
        ["housing-social"],
        ["released"],
        ["Vazební věznice České Budějovice"],
        ["JHC"],
        ["České Budějovice"],
        ["interview", "debt-free"],
        ("byt", 1, 5, "2026-11-16T10:00:00+01:00"),
        18,
        None,
        "2026-10-12",
        "Lidé po propuštění s trvalým pobytem v Jihočeském kraji; bez dluhů vůči obci.",
    ),
    (
        "jihlavka",
        "Pracovní uplatnění Jihočeská lávka",
        ["employment", "education"],
        ["released"],
        [],
        ["JHC"],
        ["České Budějovice"],
        [],
        None,
        18,
        None,
        "2026-10-12",
        "Dospělí po propuštění; rekvalifikační kurzy.",
    ),
    (
        "karlspojka",
        "Zaměstnávání po výkonu trestu Karlovarsko",
        ["employment"],
        ["released", "in-custody"],
        ["Ostrov", "Horní Slavkov", "Kynšperk"],
        ["KVK"],
        ["Karlovy Vary", "Sokolov"],
        [],
        None,
        18,
        None,
        "2026-09-18",
        "Odsouzení v karlovarských věznicích před propuštěním a po něm.",
    ),
    (
        "karlspojka",
        "Mentoring Karlovarská spojka",
        ["mentoring", "counselling"],
        ["released"],
        ["Ostrov"],
        ["KVK"],
        ["Karlovy Vary"],
        [],
        None,
        18,
        None,
        "2026-09-18",
        "Dospělí po propuštění z Karlovarska.",
    ),
    (
        "olmost",
        "Centrum duševního zdraví Olomoucký most",
        ["mental-health", "health"],
        ["mental-illness", "released"],
        ["Mírov", "Vazební věznice Olomouc"],
        ["OLK"],
        ["Olomouc"],
        ["referral"],
        None,
        18,
        None,
        "2026-10-25",
        "Lidé s duševním onemocněním, i ve výkonu trestu na Mírově a po propuštění.",
    ),
    (
        "olmost",
        "Azylový dům Olomoucký most",
        ["housing-shelter"],
        ["men", "women", "homeless"],
        [],
        ["OLK"],
        ["Olomouc"],
        ["valid-id"],
        ("lůžko", 2, 22, "2026-11-12T08:00:00+01:00"),
        18,
        None,
        "2026-10-25",
        "Muži i ženy bez přístřeší.",
    ),
    (
        "zlinmentor",
        "Probační bydlení Zlínský mentor",
        ["housing-halfway"],
        ["probation", "released"],
        [],
        ["ZLK"],
        ["Zlín"],
        ["referral", "interview"],
        ("lůžko", 1, 8, "2026-11-20T14:00:00+01:00"),
        18,
        None,
        "2026-11-01",
        "Lidé s probačním dohledem nebo po propuštění; doporučení probačního úředníka.",
    ),
    (
        "zlinmentor",
        "Pracovní mentoring Zlín",
        ["employment", "mentoring"],
        ["released", "probation"],
        [],
        ["ZLK"],
        ["Zlín"],
        [],
        None,
        18,
        None,
        "2026-11-01",
        "Dospělí po výkonu trestu a s alternativním trestem.",
    ),
    (
        "podanaruka",
        "Adiktologická ambulance Podaná ruka",
        ["addiction", "mental-health"],
        ["addicted"],
        ["Jiřice", "Oráčov", "Příbram", "Vinařice"],
        ["STC"],
        ["Kladno", "Příbram"],
        [],
        None,
        18,
        None,
        "2026-09-25",
        "Lidé se závislostí ve středočeských věznicích a po propuštění.",
    ),
    (
        "podanaruka",
        "Vzdělávání ve věznici Vinařice",
        ["education"],
        ["in-custody"],
        ["Vinařice"],
        ["STC"],
        [],
        [],
        None,
        18,
        None,
        "2026-03-10",
        "Odsouzení ve Věznici Vinařice; kurzy a příprava na výuční list.",
    ),
    (
        "podanaruka",
        "Gamblerská poradna Podaná ruka",
        ["addiction", "debt"],
        ["addicted", "families"],
        [],
        ["STC", "PHA"],
        ["Kladno"],
        [],
        None,
        18,
        None,
        "2026-09-25",
        "Lidé s problémovým hraním a jejich rodiny.",
    ),
    (
        "probdum",
        "Probační dům Jihlava",
        ["housing-halfway"],
        ["probation", "released", "men"],
        ["Rapotice"],
        ["VYS"],
        ["Jihlava"],
        ["referral", "abstinence"],
        ("lůžko", 0, 9, "2026-10-30T09:00:00+01:00"),
        18,
        None,
        "2026-05-05",
        "Muži po propuštění nebo s probačním dohledem; doporučení PMS.",
    ),
    (
        "duchovni",
        "Vězeňská duchovenská péče (ukázka)",
        ["spiritual"],
        ["in-custody", "families"],
        [
            "Pankrác",
            "Ruzyně",
            "Plzeň",
            "Mírov",
            "Valdice",
            "Heřmanice",
            "Kuřim",
            "Příbram",
            "Jiřice",
            "Znojmo",
        ],
        ["CZ"],
        ["Praha"],
        [],
        None,
        None,
        None,
        "2026-06-01",
        "Všichni vězni bez ohledu na vyznání; rozhovory, bohoslužby, kontakt s rodinou.",
    ),
    (
        "duchovni",
        "Dopisování s vězni",
        ["spiritual", "mentoring"],
        ["in-custody"],
        [],
        ["CZ"],
        [],
        [],
        None,
        18,
        None,
        "2026-06-01",
        "Odsouzení v celé republice; dobrovolníci píší dopisy.",
    ),
    (
        "smir",
        "Mediace mezi obětí a pachatelem",
        ["restorative"],
        ["in-custody", "probation"],
        ["Vazební věznice Brno", "Kuřim", "Znojmo"],
        ["JHM", "CZ"],
        ["Brno"],
        [],
        None,
        15,
        None,
        "2026-08-01",
        "Pachatelé i oběti, kteří chtějí vyřešit následky činu.",
    ),
    (
        "smir",
        "Program Restorativní kruhy",
        ["restorative", "family"],
        ["in-custody", "families"],
        ["Opava", "Heřmanice"],
        ["MSK"],
        [],
        [],
        None,
        18,
        None,
        "2026-08-01",
        "Odsouzení a jejich blízcí; skupinová setkání ve věznici.",
    ),
    (
        "pravo",
        "Bezplatná právní poradna Spravedlnost",
        ["legal"],
        ["released", "in-custody", "families"],
        [],
        ["CZ"],
        ["Praha"],
        [],
        None,
        18,
        None,
        "2026-10-18",
        "Kdokoli z cílové skupiny; dotazy i písemně z věznice.",
    ),
    (
        "pravo",
        "Zahlazení odsouzení a rejstřík",
        ["legal", "documents"],
        ["released"],
        ["Pankrác"],
        ["PHA"],
        ["Praha"],
        [],
        None,
        18,
        None,
        "2025-04-01",
        "Lidé po výkonu trestu; žádosti o zahlazení a výpis z rejstříku.",
    ),
    (
        "dluhlinka",
        "Dluhová linka po telefonu",
        ["debt"],
        ["released", "probation", "families"],
        [],
        ["CZ"],
        [],
        [],
        None,
        18,
        None,
        "2026-11-15",
        "Kdokoli s dluhy nebo exekucemi; anonymně po telefonu.",
    ),
    (
        "dluhlinka",
        "Oddlužení pro propuštěné",
        ["debt", "legal"],
        ["released"],
        [],
        ["PHA", "STC"],
        ["Praha"],
        ["valid-id"],
        None,
        18,
        None,
        "2026-11-15",
        "Dospělí po propuštění; sepsání insolvenčního návrhu.",
    ),
    (
        "sance",
        "Šance pro mladé: vzdělávání",
        ["education", "mentoring"],
        ["juveniles", "young-adults"],
        ["Vazební věznice Brno"],
        ["JHM"],
        ["Brno"],
        [],
        None,
        15,
        26,
        "2026-10-08",
        "Mladiství a mladí dospělí 15–26 let v konfliktu se zákonem.",
    ),
    (
        "sance",
        "Startovací byty pro mladé",
        ["housing-social"],
        ["young-adults", "released"],
        [],
        ["JHM"],
        ["Brno"],
        ["interview", "deposit"],
        ("byt", 2, 6, "2026-11-21T10:00:00+01:00"),
        18,
        26,
        "2026-10-08",
        "Mladí dospělí 18–26 let po propuštění nebo odchodu z dětského domova; kauce.",
    ),
    (
        "aurora",
        "Azylový dům Aurora pro ženy",
        ["housing-shelter"],
        ["women", "released"],
        ["Ruzyně"],
        ["PHA"],
        ["Praha"],
        ["valid-id", "interview"],
        ("lůžko", 3, 16, "2026-11-20T09:30:00+01:00"),
        18,
        None,
        "2026-11-12",
        "Ženy po propuštění z výkonu trestu nebo v bytové nouzi.",
    ),
    (
        "aurora",
        "Poradna Aurora pro ženy",
        ["counselling", "mental-health"],
        ["women"],
        ["Světlá nad Sázavou", "Nové Sedlo"],
        ["PHA", "CZ"],
        ["Praha"],
        [],
        None,
        18,
        None,
        "2026-11-12",
        "Ženy ve výkonu trestu a po propuštění.",
    ),
    (
        "martin",
        "Azylový dům Svatý Martin pro muže",
        ["housing-shelter", "basic-needs"],
        ["men", "homeless"],
        [],
        ["STC"],
        ["Kladno"],
        ["valid-id"],
        ("lůžko", 1, 28, "2026-11-08T09:00:00+01:00"),
        18,
        None,
        "2026-09-09",
        "Muži bez přístřeší; platný doklad totožnosti.",
    ),
    (
        "martin",
        "Denní centrum Svatý Martin",
        ["basic-needs", "health"],
        ["homeless"],
        [],
        ["STC"],
        ["Kladno"],
        [],
        None,
        None,
        None,
        "2026-09-09",
        "Lidé bez domova: jídlo, sprcha, šatník, ošetření.",
    ),
    (
        "kuratori",
        "Sociální kurátor pro dospělé",
        ["counselling", "benefits", "documents"],
        ["released", "in-custody"],
        ["Opava"],
        ["MSK"],
        ["Opava"],
        [],
        None,
        18,
        None,
        "2026-10-30",
        "Občané Opavy ve výkonu trestu a po propuštění; kurátor navštěvuje věznici před propuštěním.",
    ),
    (
        "kuratori",
        "Krizová pomoc po propuštění",
        ["basic-needs", "housing"],
        ["released"],
        [],
        ["MSK"],
        ["Opava"],
        [],
        None,
        18,
        None,
        "2026-10-30",
        "Propuštění bez prostředků: jídlo, nocleh, jízdenka.",
    ),
    (
        "pms",
        "Probační programy pro dospělé",
        ["restorative", "mentoring"],
        ["probation"],
        ["Heřmanice", "Karviná"],
        ["MSK"],
        ["Ostrava"],
        ["referral"],
        None,
        18,
        None,
        "2026-09-15",
        "Lidé s alternativním trestem nebo podmíněně propuštění; na základě rozhodnutí soudu.",
    ),
    (
        "pms",
        "Program Mladiství (PMS)",
        ["education", "restorative"],
        ["juveniles"],
        [],
        ["MSK"],
        ["Ostrava"],
        ["referral"],
        None,
        15,
        18,
        "2026-09-15",
        "Mladiství 15–18 let na základě rozhodnutí soudu.",
    ),
    (
        "sdileni",
        "Potravinová pomoc Sdílení",
        ["basic-needs"],
        ["released", "homeless", "families"],
        [],
        ["ULK"],
        ["Most"],
        [],
        None,
        None,
        None,
        "2026-07-20",
        "Kdokoli v nouzi s doporučením sociálního pracovníka.",
    ),
    (
        "sdileni",
        "Šatník a hygiena po propuštění",
        ["basic-needs"],
        ["released"],
        ["Bělušice"],
        ["ULK"],
        ["Most"],
        [],
        None,
        18,
        None,
        "2026-07-20",
        "Propuštění z Věznice Bělušice a okolí.",
    ),
    (
        "most",
        "Pomoc cizincům po propuštění",
        ["documents", "legal"],
        ["foreigners", "released"],
        ["Vazební věznice Ostrava"],
        ["MSK", "CZ"],
        ["Ostrava"],
        [],
        None,
        18,
        None,
        "2026-03-03",
        "Cizinci ve výkonu trestu a po propuštění; tlumočení.",
    ),
    (
        "olmost",
        "Senioři po výkonu trestu",
        ["counselling", "health"],
        ["seniors", "released"],
        ["Mírov"],
        ["OLK"],
        ["Olomouc"],
        [],
        None,
        60,
        None,
        "2026-10-25",
        "Lidé od 60 let po propuštění.",
    ),
    (
        "kotva",
        "Duchovní a etické rozhovory Kotva",
        ["spiritual"],
        ["in-custody"],
        ["Opava"],
        ["MSK"],
        [],
        [],
        None,
        18,
        None,
        "2026-11-02",
        "Odsouzení ve Věznici Opava.",
    ),
    (
        "novystart",
        "Program pro rodiny Nový start",
        ["family"],
        ["families", "children"],
        ["Pankrác"],
        ["PHA"],
        ["Praha"],
        [],
        None,
        None,
        None,
        "2026-10-05",
        "Rodiny a děti vězněných rodičů.",
    ),
    (
        "brana",
        "Zaměstnání Brána (dočasně uzavřeno)",
        ["employment"],
        ["released"],
        [],
        ["JHM"],
        ["Brno"],
        [],
        None,
        18,
        None,
        "2026-01-15",
        "Program je dočasně uzavřen do března 2027.",
    ),
]
SERVICE_STATUS = {"Zaměstnání Brána (dočasně uzavřeno)": "temporarily closed"}

# Prisons with contact persons for NGO cooperation (fragment of the facility name)
PRISON_CONTACTS = [
    "Opava",
    "Heřmanice",
    "Pankrác",
    "Ruzyně",
    "Plzeň",
    "Světlá nad Sázavou",
    "Bělušice",
    "Rýnovice",
    "Valdice",
    "Mírov",
    "Kuřim",
    "Příbram",
]
COOPERATION = (
    "Jak začít spolupráci: NNO pošle nabídku programu oddělení výkonu trestu, které ji předloží "
    "řediteli věznice; počítejte se schválením v řádu týdnů a se školením pro vstup do věznice."
)
FIRST = [
    "Jana",
    "Petr",
    "Lucie",
    "Martin",
    "Eva",
    "Tomáš",
    "Hana",
    "Jiří",
    "Kateřina",
    "Pavel",
    "Markéta",
    "Ondřej",
]
LAST = ["Ukázková", "Vzorový", "Příkladová", "Smyšlený", "Modelová", "Ukázkový"]


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(map(str, parts))))


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in folded if ch.isalnum())


class Sample:
    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, object]]] = {t.name: [] for t in TABLES}
        self.terms: dict[tuple[str, str], str] = {}
        self.prisons: dict[str, str] = {}
        self.offices: dict[tuple[str, str], str] = {}
        self.org_ids: dict[str, str] = {}
        self.people = 0
        self.phones = 0

    def add(self, table: str, **row: object) -> str:
        self.rows[table].append(row)
        return str(row["id"])

    def person(self) -> str:
        self.people += 1
        return f"{FIRST[self.people % len(FIRST)]} {LAST[self.people % len(LAST)]}"

    def phone(self, **links: object) -> str:
        self.phones += 1
        number = f"+420 000 {100 + self.phones // 100:03d} {self.phones % 1000:03d}"
        return self.add("phone", id=uid("phone", self.phones), number=number, **links)

    def attr(self, entity: str, link_id: str, taxonomy: str, code: str) -> None:
        self.add(
            "attribute",
            id=uid("attr", link_id, taxonomy, code),
            link_id=link_id,
            taxonomy_term_id=self.terms[(taxonomy, code)],
            link_type=LINK_TYPES[taxonomy],
            link_entity=entity,
        )

    def taxonomies(self) -> None:
        for taxonomy, names in TAXONOMIES.items():
            assert set(names) == CODES[taxonomy], taxonomy
            tid = self.add(
                "taxonomy",
                id=uid("taxonomy", taxonomy),
                name=taxonomy,
                description=f"Taxonomie profilu Spojka: {taxonomy}",
                version="1",
            )
            for code in names:
                self.terms[(taxonomy, code)] = uid("term", taxonomy, code)
            for code, name in names.items():
                parent = "housing" if code.startswith("housing-") else None
                self.add(
                    "taxonomy_term",
                    id=self.terms[(taxonomy, code)],
                    code=code,
                    name=name,
                    description=name,
                    parent_id=self.terms[(taxonomy, parent)] if parent else None,
                    taxonomy=taxonomy,
                    language="cs",
                    taxonomy_id=tid,
                )

    def prison_locations(self) -> None:
        with open(HERE / "prisons.csv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                lid = self.add(
                    "location",
                    id=uid("prison", row["name"]),
                    location_type="physical",
                    name=row["name"],
                    alternate_name=row["aliases"] or None,
                    description=f"Zařízení Vězeňské služby ČR. {COOPERATION}",
                )
                self.prisons[f"{row['name']}; {row['aliases']}"] = lid
                self.add(
                    "address",
                    id=uid("address", lid),
                    location_id=lid,
                    city=row["town"],
                    region=row["district"],
                    state_province=row["region"],
                    country="CZ",
                    address_type="physical",
                )
                self.attr("location", lid, FACILITY, row["facility"])
                if "ÚpVZD" in row["notes"]:
                    self.attr("location", lid, FACILITY, "detention-institute")
        for fragment in PRISON_CONTACTS:
            lid = self.prison(fragment)
            key = slug(fragment)
            cid = self.add(
                "contact",
                id=uid("prison-contact", lid),
                location_id=lid,
                name=self.person(),
                title="vedoucí oddělení výkonu trestu",
                department="Oddělení výkonu trestu",
                email=f"ovt@{key}.vezeni.example",
            )
            self.phone(contact_id=cid, location_id=lid, type="voice", description="Oddělení výkonu trestu")

    def prison(self, fragment: str) -> str:
        hits = [lid for names, lid in self.prisons.items() if fragment in names]
        assert len(hits) == 1, (fragment, hits)
        return hits[0]

    def organizations(self) -> None:
        for key, name, legal, town, year, trust, funding in ORGS:
            full = f"{name}, {legal}" if legal.startswith(("z.", "o.")) else name
            oid = self.add(
                "organization",
                id=uid("org", key),
                name=full,
                alternate_name=name,
                description=f"{SAMPLE} {name} pomáhá lidem ve výkonu trestu a po propuštění ({town}).",
                email=f"info@{key}.example",
                website=f"https://www.{key}.example",
                year_incorporated=year,
                legal_status=legal,
            )
            self.org_ids[key] = oid
            self.add(
                "organization_identifier",
                id=uid("ico", key),
                organization_id=oid,
                identifier_scheme="CZ-ICO",
                identifier_type="IČO",
                identifier=f"0{abs(hash_int(key)) % 10_000_000:07d}",
            )
            self.add("funding", id=uid("funding", key), organization_id=oid, source=funding)
            for code in trust:
                self.attr("organization", oid, TRUST, code)
            self.office(key, town)
            self.phone(organization_id=oid, type="voice", description="Ústředna organizace")

    def office(self, org: str, town: str) -> str:
        if (org, town) not in self.offices:
            lid = self.add(
                "location",
                id=uid("office", org, town),
                location_type="physical",
                organization_id=self.org_ids[org],
                name=f"Pobočka {town}",
            )
            self.add(
                "address",
                id=uid("address", lid),
                location_id=lid,
                address_1=f"Ukázková {len(self.offices) + 1}",
                city=town,
                state_province=REGION_BY_KEY[TOWN_REGION[town]],
                postal_code="000 00",
                country="CZ",
                address_type="physical",
            )
            self.offices[(org, town)] = lid
        return self.offices[(org, town)]

    def services(self) -> None:
        for index, spec in enumerate(SERVICES):
            (
                org,
                name,
                needs,
                targets,
                prisons,
                areas,
                towns,
                reqs,
                capacity,
                min_age,
                max_age,
                assured,
                eligibility,
            ) = spec
            sid = self.add(
                "service",
                id=uid("service", org, name),
                organization_id=self.org_ids[org],
                name=name,
                description=f"{SAMPLE} {name}.",
                email=f"sluzba{index + 1}@{org}.example",
                status=SERVICE_STATUS.get(name, "active"),
                eligibility_description=eligibility,
                minimum_age=min_age,
                maximum_age=max_age,
                application_process="Zavolejte nebo napište kontaktní osobě; z věznice přes "
                "sociálního pracovníka nebo vychovatele.",
                fees_description="Zdarma.",
                assured_date=assured,
                assurer_email=f"koordinace@{org}.example",
                alert="Plně obsazeno do konce roku." if capacity and capacity[1] == 0 else None,
            )
            for code in needs:
                self.attr("service", sid, NEED, code)
            for code in targets:
                self.attr("service", sid, TARGET, code)
            for code in reqs:
                self.attr("service", sid, REQUIREMENT, code)
            for area in areas:
                self.add("service_area", id=uid("area", sid, area), service_id=sid, name=REGION_BY_KEY[area])
            for fragment in prisons:
                lid = self.prison(fragment)
                sal = self.add(
                    "service_at_location",
                    id=uid("sal", sid, lid),
                    service_id=sid,
                    location_id=lid,
                    description=f"{name} ve věznici",
                )
                cid = self.add(
                    "contact",
                    id=uid("sal-contact", sal),
                    service_at_location_id=sal,
                    name=self.person(),
                    title="koordinátor/ka pro věznici",
                    email=f"veznice.{slug(fragment)}@{org}.example",
                )
                self.phone(
                    contact_id=cid,
                    service_at_location_id=sal,
                    type="cell",
                    description="Kontaktní osoba pro tuto věznici",
                )
            for town in towns:
                lid = self.office(org, town)
                self.add("service_at_location", id=uid("sal", sid, lid), service_id=sid, location_id=lid)
            cid = self.add(
                "contact",
                id=uid("contact", sid),
                service_id=sid,
                name=self.person(),
                title="sociální pracovník/ce",
                email=f"kontakt{index + 1}@{org}.example",
            )
            self.phone(contact_id=cid, service_id=sid, type="voice")
            self.phone(service_id=sid, type="voice", description="Linka služby")
            if capacity:
                unit, free, total, updated = capacity
                unit_id = uid("unit", unit)
                if not any(u["id"] == unit_id for u in self.rows["unit"]):
                    self.add("unit", id=unit_id, name=unit)
                self.add(
                    "service_capacity",
                    id=uid("capacity", sid),
                    service_id=sid,
                    unit_id=unit_id,
                    available=free,
                    maximum=total,
                    description=f"Volná místa: {unit}",
                    updated=updated,
                )

    def write(self, out: Path = OUT) -> None:
        out.mkdir(parents=True, exist_ok=True)
        resources = []
        for spec in TABLES:
            rows = self.rows[spec.name]
            if not rows:
                continue
            with open(out / spec.file, "w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=spec.column_names)
                writer.writeheader()
                for row in rows:
                    writer.writerow({k: "" if v is None else v for k, v in row.items()})
            resources.append(
                {
                    "name": spec.name,
                    "path": spec.file,
                    "profile": "tabular-data-resource",
                    "schema": {
                        "fields": [{"name": c, "type": "string"} for c in BY_NAME[spec.name].column_names]
                    },
                }
            )
        descriptor = {
            "name": "spojka-sample",
            "title": "Spojka: ukázková znalostní báze (smyšlená data)",
            "profile": "tabular-data-package",
            "version": "3.1",
            "resources": resources,
        }
        (out / "datapackage.json").write_text(
            json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def hash_int(text: str) -> int:
    """A stable (unlike hash()) number for the fictional IČO."""
    return int(uuid.uuid5(NS, text).hex[:12], 16)


def build() -> Sample:
    sample = Sample()
    sample.taxonomies()
    sample.prison_locations()
    sample.organizations()
    sample.services()
    return sample


def main() -> None:
    sample = build()
    sample.write()
    counts = ", ".join(f"{len(rows)} {name}" for name, rows in sample.rows.items() if rows)
    print(f"wrote {OUT}: {counts}")


if __name__ == "__main__":
    main()
