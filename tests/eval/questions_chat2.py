"""Third chat-style set over the sample knowledge base (knowledge/sample): the kinds of failure seen on
an unseen world after the first round of issue #14, written as new sentences.

Slots and conventions as tests/eval/questions_chat.py and ../shared/eval/questions_dev2.py's
docstring: place = where the service is wanted (the person who needs help decides: a relative's
town is background unless the relative is the one needing help); the asker's own job and place
are not slots; everyday words that equal an organisation's or a town's name ("velký krok", "most
mezi", "písek") are nothing; outside the domain -> no slots even with a prison or town named; in
long letters the last explicit request decides. Gold is derived from the slots (tests/eval/gold.py).
"""

from __future__ import annotations

from typing import Any

OPAVA = "Věznice Opava"
MIROV = "Věznice Mírov"
VV_OSTRAVA = "Vazební věznice Ostrava"
USTI = "Ústí nad Labem"
HK = "Hradec Králové"
CB = "České Budějovice"
KV = "Karlovy Vary"

Q: list[tuple[str, dict[str, Any]]] = [
    # == 1. a relative's place is background; the person needing help decides ====================
    (
        "maminka klienta bydlí v Opavě, ale on sám bude po propuštění v Ostravě a potřebuje práci",
        {"town": "Ostrava", "needs": ["employment"]},
    ),
    (
        "syn klientky sedí v Heřmanicích, ona bydlí v Karviné a potřebuje pomoct s dluhy",
        {"town": "Karviná", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "manžel mé klientky je na Mírově, ona žije v Olomouci a neví, jak to zvládnout s dětmi",
        {"town": "Olomouc", "needs": ["family"], "targets": ["families", "women"]},
    ),
    (
        "bratr bydlí v Brně, klient se ale vrací do Jihlavy a hledá ubytování",
        {"town": "Jihlava", "needs": ["housing"]},
    ),
    (
        "rodiče má v Liberci, sám půjde do Prahy, potřebuje azylák",
        {"town": "Praha", "needs": ["housing-shelter"]},
    ),
    (
        "jeho přítelkyně je z Kladna, ale on bude bydlet v Plzni, má exekuce",
        {"town": "Plzeň", "needs": ["debt"]},
    ),
    (
        "dcera klienta studuje v Hradci, klient po výstupu jde do Pardubic a shání práci",
        {"town": "Pardubice", "needs": ["employment"]},
    ),
    (
        "manželka odsouzeného z Bor bydlí v Plzni a potřebuje poradit s dávkami",
        {"town": "Plzeň", "needs": ["benefits"], "targets": ["families", "women"]},
    ),
    (
        "tatínek klienta žije v Mostě, klient bude v Ústí nad Labem a potřebuje psychologa",
        {"town": USTI, "needs": ["mental-health"]},
    ),
    (
        "sestra je v Teplicích, on sám se stěhuje do Liberce, chce řešit drogy",
        {"town": "Liberec", "needs": ["addiction"]},
    ),
    (
        "teta klientky bydli v Opave, klientka pujde do Ostravy a potrebuje azylovy dum",
        {"town": "Ostrava", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "mamka klienta je v Praze, ale klient sedí v Kuřimi a chce mentora",
        {"prison": "Věznice Kuřim", "needs": ["mentoring"]},
    ),
    (
        "the client's mother lives in Brno, he will stay in Olomouc and needs a job",
        {"town": "Olomouc", "needs": ["employment"]},
    ),
    (
        "přítel klientky sedí ve Valdicích, ona bydlí v Hradci Králové a hledá právníka",
        {"town": HK, "needs": ["legal"], "targets": ["families", "women"]},
    ),
    (
        "babička ho čeká v Krnově, ale bydlet bude v Opavě, potřebuje doklady",
        {"town": "Opava", "needs": ["documents"]},
    ),
    (
        "jeho děti jsou v Brně u mámy, on jde do Zlína a potřebuje bydlení",
        {"town": "Zlín", "needs": ["housing"]},
    ),
    (
        "otec klienta žije v Kladně, klient je ve vazbě v Ostravě a potřebuje právníka",
        {"prison": VV_OSTRAVA, "needs": ["legal"]},
    ),
    # == 2. everyday words that equal an organisation's or a town's name ========================
    (
        "klient udělal velký krok, přestal pít, teď potřebuje práci v Plzni",
        {"town": "Plzeň", "needs": ["employment"]},
    ),
    ("v našem kruhu kolegů hledáme dluhovou poradnu v Brně", {"town": "Brno", "needs": ["debt"]}),
    ("je na prahu propuštění a nemá kde bydlet, Ostrava", {"town": "Ostrava", "needs": ["housing"]}),
    (
        "chtěli bychom postavit most mezi věznicí a rodinou, kdo dělá rodinné konference v Opavě",
        {"town": "Opava", "needs": ["family"]},
    ),
    (
        "pracoval na stavbě, tahal písek, teď hledá zase práci v Kladně",
        {"town": "Kladno", "needs": ["employment"]},
    ),
    (
        "otevřeně řečeno, klient má problém s alkoholem, kdo pomůže v Olomouci",
        {"town": "Olomouc", "needs": ["addiction"]},
    ),
    ("je to pro něj nový start, potřebuje mentora v Liberci", {"town": "Liberec", "needs": ["mentoring"]}),
    (
        "klient hledá světlo na konci tunelu, má deprese, Pardubice",
        {"town": "Pardubice", "needs": ["mental-health"]},
    ),
    (
        "v tomhle bodě už nevím kudy kam, potřebuje bydlení v Jihlavě",
        {"town": "Jihlava", "needs": ["housing"]},
    ),
    (
        "hledáme cestu ven z dluhů pro klienta ze Zlína",
        {"town": "Zlín", "needs": ["debt"]},
    ),
    (
        "brána do normálního života je pro něj práce, Ostrava",
        {"town": "Ostrava", "needs": ["employment"]},
    ),
    (
        "sdílení zkušeností mu pomáhá, ale teď potřebuje psychologa v Brně",
        {"town": "Brno", "needs": ["mental-health"]},
    ),
    (
        "potřebuje pevnou kotvu v životě a hlavně bydlení, Praha",
        {"town": "Praha", "needs": ["housing"]},
    ),
    ("kontakt na Práh", {}),
    ("napisu Kotve, maji jeste misto?", {"org": "Kotva", "capacity": True}),
    ("napiste mi kontakt na most nadeje", {"org": "Most naděje"}),
    ("volala jsem do Brany Brno kvuli oddluzeni", {"org": "Brána Brno", "needs": ["debt"]}),
    ("u Lávky v Ústí mají mentoring?", {"org": "Lávka Ústí", "needs": ["mentoring"]}),
    ("krok za krokem plzen kontakt", {"org": "Krok za krokem"}),
    ("pise se s Cestou ven kvuli drogam", {"org": "Cesta ven", "needs": ["addiction"]}),
    ("klient bydlel v Mostě, teď hledá práci tamtéž", {"town": "Most", "needs": ["employment"]}),
    ("potřebuje ubytování v Mostě", {"town": "Most", "needs": ["housing"]}),
    ("přes lávku přes řeku chodí do práce, teď ji ztratil, Ústí", {"town": USTI, "needs": ["employment"]}),
    # == 3. the asker's own situation is not a need or a place =================================
    ("jsem v práci druhý týden, kdo v Brně řeší dluhy?", {"town": "Brno", "needs": ["debt"]}),
    (
        "jsem vychovatel z Opavy, klient půjde do Ostravy, kdo by mu v Ostravě pomohl s bydlením",
        {"town": "Ostrava", "needs": ["housing"]},
    ),
    (
        "obracím se na vás jako sociální pracovnice z Kladna, klient potřebuje léčbu závislosti v Praze",
        {"town": "Praha", "needs": ["addiction"]},
    ),
    (
        "jsem nová na úřadě v Pardubicích, klientka hledá azylový dům v Hradci Králové",
        {"town": HK, "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "pracuju na probaci v Olomouci, klient potřebuje dluhovou poradnu v Zlíně",
        {"town": "Zlín", "needs": ["debt"]},
    ),
    (
        "jsem kurátor, práci mám v Liberci, klient bude bydlet v Jablonci a potřebuje psychologa",
        {"town": "Jablonec nad Nisou", "needs": ["mental-health"]},
    ),
    (
        "píšu z Brna, jsem sociální kurátorka, klientka sedí ve Světlé a chce kontakt s dětmi",
        {"prison": "Věznice Světlá nad Sázavou", "needs": ["family"], "targets": ["women"]},
    ),
    (
        "jako vychovatelka v Opavě hledám, kdo k nám do věznice chodí s drogami",
        {"prison": OPAVA, "needs": ["addiction"]},
    ),
    (
        "jsem z neziskovky v Praze, klient bude v Českých Budějovicích, potřebuje práci",
        {"town": CB, "needs": ["employment"]},
    ),
    (
        "I am a social worker in Prague, my client will live in Brno and needs housing",
        {"town": "Brno", "needs": ["housing"]},
    ),
    (
        "sama jsem z Karlových Varů, klient jde do Sokolova a hledá brigádu",
        {"town": "Sokolov", "needs": ["employment"]},
    ),
    (
        "pracuji v Karviné, klient bude bydlet v Krnově, kdo mu tam pomůže s doklady",
        {"town": "Krnov", "needs": ["documents"]},
    ),
    (
        "dobrý den, jsem kurátorka, pracuji s klienty po výkonu trestu, kdo v Olomouci dělá oddlužení",
        {"town": "Olomouc", "needs": ["debt"]},
    ),
    (
        "jsem v práci sama, tak se ptám tady: azylák pro ženu v Brně",
        {"town": "Brno", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    # == 4. verb and colloquial forms of need words ===========================================
    ("klient fetuje, kdo pomůže v Ostravě", {"town": "Ostrava", "needs": ["addiction"]}),
    ("fetoval roky, teď je venku v Praze", {"town": "Praha", "needs": ["addiction"]}),
    ("je zavalenej exekucema, Brno", {"town": "Brno", "needs": ["debt"]}),
    ("s exekucí mu nikdo nepomohl, Olomouc", {"town": "Olomouc", "needs": ["debt"]}),
    ("shání makačku v Plzni", {"town": "Plzeň", "needs": ["employment"]}),
    ("nějaká makačka v Kladně by nebyla?", {"town": "Kladno", "needs": ["employment"]}),
    ("potřebuje kvartýr v Liberci", {"town": "Liberec", "needs": ["housing"]}),
    ("nemá co jíst, Opava", {"town": "Opava", "needs": ["basic-needs"]}),
    (
        "klientka nemá co jíst a je v Ostravě",
        {"town": "Ostrava", "needs": ["basic-needs"], "targets": ["women"]},
    ),
    (
        "nějaká šichta v Ostravě pro chlapa po kriminále",
        {"town": "Ostrava", "needs": ["employment"], "targets": ["men"]},
    ),
    (
        "brigoška v Brně pro kluka 19 let",
        {"town": "Brno", "needs": ["employment"], "targets": ["men", "young-adults"]},
    ),
    ("azyl v Praze pro propuštěného", {"town": "Praha", "needs": ["housing-shelter"]}),
    ("ubytovna v Kladně", {"town": "Kladno", "needs": ["housing"]}),
    ("chlastá a potřebuje pomoc, Jihlava", {"town": "Jihlava", "needs": ["addiction"]}),
    ("hulí trávu a bere perník, Teplice", {"town": "Teplice", "needs": ["addiction"]}),
    ("je zadluženej až po uši, Pardubice", {"town": "Pardubice", "needs": ["debt"]}),
    ("nemá občanku ani rodný list, Most", {"town": "Most", "needs": ["documents"]}),
    ("spí venku, nemá kde složit hlavu, Zlín", {"town": "Zlín", "needs": ["housing"]}),
    ("hledá džob v Ostravě", {"town": "Ostrava", "needs": ["employment"]}),
    ("nemá na jídlo, potravinová pomoc v Praze?", {"town": "Praha", "needs": ["basic-needs"]}),
    ("gambluje na automatech, Karviná", {"town": "Karviná", "needs": ["addiction"]}),
    ("je úplně na dně psychicky, Olomouc", {"town": "Olomouc", "needs": ["mental-health"]}),
    ("potřebuje někde přespat v Brně", {"town": "Brno", "needs": ["housing"]}),
    # == 5. outside the domain, even with a prison or town named ===============================
    ("jaké jsou návštěvní hodiny na Mírově", {}),
    ("kdy jsou návštěvy v Opavě ve věznici", {}),
    ("je u věznice v Heřmanicích kde zaparkovat?", {}),
    ("dobrá pizzerie v Brně poblíž věznice", {}),
    ("kde se dá naobědvat v Kuřimi", {}),
    ("jede nějaký spoj z Prahy na Pankrác v noci?", {}),
    ("jaké bude zítra počasí v Ostravě", {}),
    ("kolik zaměstnanců má věznice Bory", {}),
    ("statistiky recidivy v Olomouckém kraji", {}),
    ("kolik je odsouzených na Pankráci", {}),
    ("visiting hours at Opava prison", {}),
    ("is there a restaurant near Mírov prison", {}),
    ("telefon na podatelnu věznice Karviná", {}),
    ("v kolik otevírá pošta v Opavě", {}),
    ("jaký je kód na bránu v Plzni", {}),
    ("ráno jsem nestihla autobus do Kladna", {}),
    ("dobrý oběd v centru Liberce", {}),
    # == 6. English ===========================================================================
    (
        "a woman released from Opava prison, she will stay in Ostrava and needs housing",
        {"town": "Ostrava", "needs": ["housing"], "targets": ["women"]},
    ),
    (
        "released from Heřmanice, he will live in Karviná, looking for a job",
        {"town": "Karviná", "needs": ["employment"]},
    ),
    ("Looking for debt counselling in Brno", {"town": "Brno", "needs": ["debt"]}),
    ("housing for a man in Prague", {"town": "Praha", "needs": ["housing"], "targets": ["men"]}),
    ("drug help in Olomouc", {"town": "Olomouc", "needs": ["addiction"]}),
    ("who visits Mírov prison for drug problems?", {"prison": MIROV, "needs": ["addiction"]}),
    ("debt counselling Ostrava", {"town": "Ostrava", "needs": ["debt"]}),
    (
        "shelter for a woman in Pardubice",
        {"town": "Pardubice", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    ("my client is in Kuřim prison and needs a mentor", {"prison": "Věznice Kuřim", "needs": ["mentoring"]}),
    (
        "a man leaving Valdice prison will stay in Hradec Králové, he needs a job",
        {"town": HK, "needs": ["employment"], "targets": ["men"]},
    ),
    ("legal advice in Prague for a released prisoner", {"town": "Praha", "needs": ["legal"]}),
    ("psychologist in Brno", {"town": "Brno", "needs": ["mental-health"]}),
    ("Looking for food aid in Prague", {"town": "Praha", "needs": ["basic-needs"]}),
    (
        "her son is in Opava prison, she lives in Krnov and needs family support",
        {"town": "Krnov", "needs": ["family"], "targets": ["families", "women"]},
    ),
    # == 7. long multi-sentence letters: the last explicit request decides ======================
    (
        "Dobrý den, jmenuji se Petra a pracuji jako sociální kurátorka v Kladně. Obracím se na vás "
        "s prosbou. Náš klient byl propuštěn z Rýnovic, dříve bydlel v Liberci. Teď bude bydlet v Praze "
        "a potřebuje najít práci. Děkuji moc.",
        {"town": "Praha", "needs": ["employment"]},
    ),
    (
        "Ahoj, mám dotaz. Klientka si odpykává trest ve Světlé nad Sázavou, má dvě děti u babičky. "
        "Dříve brala drogy, teď je čistá. Potřebovala by kontakt s dětmi, kdo tam dochází?",
        {"prison": "Věznice Světlá nad Sázavou", "needs": ["family"], "targets": ["women"]},
    ),
    (
        "Dobrý den. Jsem vychovatel ve věznici Karviná. Máme klienta, který jde za dva týdny ven. "
        "Bydlet bude v Ostravě u kamaráda. Má dluhy, ale hlavně potřebuje práci. Děkuji.",
        {"town": "Ostrava", "needs": ["employment"]},
    ),
    (
        "Zdravím. Píšu za kolegyni z Opavy. Klient je z Krnova a dlouho byl na ulici. Teď sedí na "
        "Mírově a chtěl by mluvit s duchovním. Kdo tam chodí?",
        {"prison": MIROV, "needs": ["spiritual"]},
    ),
    (
        "Dobrý den, pracuji na OSPOD v Brně. Otec dítěte byl propuštěn z Kuřimi, má exekuce a pije. "
        "Bude bydlet v Jihlavě. Potřebuje léčbu alkoholu. Děkuji za radu.",
        {"town": "Jihlava", "needs": ["addiction"]},
    ),
    (
        "Dobrý večer, omlouvám se za pozdní hodinu. Jsem probační úřednice. Klientka byla propuštěna "
        "z Opavy, bude žít v Ostravě. Nemá kde spát. Hledám pro ni azylový dům.",
        {"town": "Ostrava", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "Ahoj všem, jsem tu nový. Pracuju v Liberci v neziskovce. Klient bude po propuštění bydlet v "
        "Ústí nad Labem. Potřebuje vyřídit občanku.",
        {"town": USTI, "needs": ["documents"]},
    ),
    (
        "Dobrý den, obracím se na vás jako kurátorka z Prahy 5. Klient, 24 let, sedí na Pankráci. "
        "Dříve pracoval jako kuchař. Chtěl by se ještě ve vazbě začít léčit ze závislosti.",
        {"prison": "Pankrác", "needs": ["addiction"], "targets": ["young-adults"]},
    ),
    (
        "Dobrý den. Klient vyšel z Bor minulý týden. Dříve bydlel v Plzni, ale teď je v Kladně u "
        "sestry. Hledá práci. Má také dluhy, ale to není hlavní. Děkuji.",
        {"town": "Kladno", "needs": ["employment"]},
    ),
    (
        "Zdravím, mám klienta z Heřmanic, propouští se v pondělí. Nemá kde bydlet, bude v Ostravě. "
        "Prosím o kontakt na azylový dům.",
        {"town": "Ostrava", "needs": ["housing-shelter"]},
    ),
    (
        "Hello, I work as a probation officer in Olomouc. My client was released from Mírov last "
        "month. He will live in Zlín. He is looking for a job.",
        {"town": "Zlín", "needs": ["employment"]},
    ),
    (
        "Dobrý den, jsem sociální pracovnice v Pardubicích. Klient sedí v Pardubicích ve věznici. "
        "Rodina se o něj nezajímá. Potřeboval by mentora, který za ním bude chodit.",
        {"prison": "Věznice Pardubice", "needs": ["mentoring"]},
    ),
    (
        "Dobrý den, jmenuji se Jana. Pracuju v Brně na úřadě práce. Klientka po výkonu trestu se "
        "vrací do Olomouce, má malé dítě a potřebuje bydlení.",
        {"town": "Olomouc", "needs": ["housing"], "targets": ["women"]},
    ),
    (
        "Dobrý den, díky za pomoc minule. Jiný klient: je mu 17 let, bude v Praze a potřebuje "
        "pomoct se školou.",
        {"town": "Praha", "needs": ["education"], "targets": ["juveniles"]},
    ),
    (
        "Zdravím z Ostravy. Klient z Karviné jde na podmínku do Opavy, kde bude bydlet. Potřebuje "
        "dluhovou poradnu.",
        {"town": "Opava", "needs": ["debt"]},
    ),
    (
        "Dobrý den, pracuji jako vychovatelka. Klient sedí ve Znojmě a rád by udělal mediaci s obětí. "
        "Kdo to u nás ve věznici dělá?",
        {"prison": "Věznice Znojmo", "needs": ["restorative"]},
    ),
    (
        "Dobrý den, jsem kurátor z Mostu. Klient půjde po propuštění do Teplic. Potřebuje sociální "
        "dávky. Děkuji.",
        {"town": "Teplice", "needs": ["benefits"]},
    ),
    # == mixed: the kinds above in other words ===============================================
    (
        "máma klientky bydlí v Brně, klientka bude v Praze a hledá práci",
        {"town": "Praha", "needs": ["employment"], "targets": ["women"]},
    ),
    (
        "klient má v Opavě jen přítelkyni, bydlet bude v Olomouci, potřebuje bydlení",
        {"town": "Olomouc", "needs": ["housing"]},
    ),
    ("udělal krok správným směrem, chce se léčit z alkoholu, Brno", {"town": "Brno", "needs": ["addiction"]}),
    (
        "jsem vychovatel v Opavě, mám klienta, který fetuje, kdo k nám chodí?",
        {"prison": OPAVA, "needs": ["addiction"]},
    ),
    ("kdy má otevřeno úřad práce v Kladně", {}),
    (
        "jsem tu druhý den v práci, kdo v Ostravě dělá dluhové poradenství?",
        {"town": "Ostrava", "needs": ["debt"]},
    ),
    (
        "klientka fetovala, teď chce makat, Plzeň",
        {"town": "Plzeň", "needs": ["employment"], "targets": ["women"]},
    ),
    (
        "klient sedí ve vazbě v Ostravě, jeho máma bydlí v Opavě, potřebuje právníka",
        {"prison": VV_OSTRAVA, "needs": ["legal"]},
    ),
    (
        "po propuštění z Mírova pojede k mámě, ale bydlet bude v Šumperku, hledá práci",
        {"town": "Šumperk", "needs": ["employment"]},
    ),
    ("kolik stojí jízdenka z Brna do Kuřimi", {}),
    ("jaké jsou ordinační hodiny psychiatra v nemocnici v Opavě", {}),
    ("kamarád z Písku hledá práci v Českých Budějovicích", {"town": CB, "needs": ["employment"]}),
    (
        "klientka z Karlových Varů potřebuje azylový dům tam",
        {"town": KV, "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    ("psycholog v Karlových Varech?", {"town": KV, "needs": ["mental-health"]}),
    ("v Mostě dluhová poradna", {"town": "Most", "needs": ["debt"]}),
    # == a second batch, written after the first fixes and measured once before any more ========
    # (38 questions: accuracy 0.947, wrong@3 0.091; misses: a prison word of the origin
    # ('released from Mírov prison'), a letter's earlier sentence 'odpykává trest v Opavě')
    # relatives
    (
        "jeho máma žije v Pardubicích, on sám půjde po výstupu do Hradce a potřebuje práci",
        {"town": HK, "needs": ["employment"]},
    ),
    (
        "dcera klienta bydlí v Liberci, klient bude v Jablonci, hledá azylový dům",
        {"town": "Jablonec nad Nisou", "needs": ["housing-shelter"]},
    ),
    (
        "manžel klientky je ve vazbě v Ostravě, ona žije v Karviné a má exekuce",
        {"town": "Karviná", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "bratr klienta sedí na Pankráci, klient sám bydlí v Kladně a hledá práci",
        {"town": "Kladno", "needs": ["employment"]},
    ),
    (
        "rodina je v Opavě, ale klient se stěhuje do Olomouce, potřebuje psychologa",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    (
        "his sister lives in Ostrava, he will stay in Brno and needs debt advice",
        {"town": "Brno", "needs": ["debt"]},
    ),
    # everyday words
    (
        "je to pro něj první krok k normálnímu životu, hledá bydlení v Brně",
        {"town": "Brno", "needs": ["housing"]},
    ),
    (
        "sedí jak na písku, neumí nic zařídit, potřebuje doklady v Plzni",
        {"town": "Plzeň", "needs": ["documents"]},
    ),
    ("most do nového života je práce, kdo pomůže v Olomouci", {"town": "Olomouc", "needs": ["employment"]}),
    ("na prahu nového života potřebuje mentora, Liberec", {"town": "Liberec", "needs": ["mentoring"]}),
    ("cesta k abstinenci je dlouhá, kdo v Praze dělá doléčování", {"town": "Praha", "needs": ["addiction"]}),
    ("kontakt na Lávku v Ústí", {"org": "Lávka Ústí"}),
    ("číslo na kotvu v Opavě", {"org": "Kotva"}),
    ("dá se klient poslat do Brány?", {"org": "Brána Brno"}),
    # asker
    (
        "jsem v práci teprve měsíc a nevím, kdo v Ostravě pomáhá s dluhy",
        {"town": "Ostrava", "needs": ["debt"]},
    ),
    (
        "jsem sociální pracovnice z Prahy, klientka bude žít v Brně a potřebuje azylový dům",
        {"town": "Brno", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "pracuji jako kurátor v Mostě, klient půjde do Teplic, potřebuje psychiatra",
        {"town": "Teplice", "needs": ["mental-health"]},
    ),
    (
        "jsem vychovatelka v Karviné, kdo k nám chodí dělat mentoring?",
        {"prison": "Věznice Karviná", "needs": ["mentoring"]},
    ),
    (
        "obracím se na vás z Olomouce, klient bude v Zlíně a potřebuje práci",
        {"town": "Zlín", "needs": ["employment"]},
    ),
    # colloquial needs
    ("klient pořád fetuje, kam v Brně", {"town": "Brno", "needs": ["addiction"]}),
    ("má kupu exekucí, Ostrava", {"town": "Ostrava", "needs": ["debt"]}),
    ("hledá nějakou makačku v Ostravě", {"town": "Ostrava", "needs": ["employment"]}),
    ("shání ubytovnu v Plzni", {"town": "Plzeň", "needs": ["housing"]}),
    (
        "nemají co jíst, máma s dětmi v Praze",
        {"town": "Praha", "needs": ["basic-needs"], "targets": ["women", "children"]},
    ),
    ("potřebuje azyl v Olomouci", {"town": "Olomouc", "needs": ["housing-shelter"]}),
    # outside
    ("kdy jsou návštěvy na Mírově", {}),
    ("kde je v Opavě dobrá restaurace", {}),
    ("jak dlouho jede vlak z Ostravy do Opavy", {}),
    ("kolik stojí parkování u věznice Pankrác", {}),
    ("jaké jsou návštěvní hodiny ve věznici Kuřim", {}),
    # English
    (
        "a man released from Mírov prison will live in Olomouc, he needs housing",
        {"town": "Olomouc", "needs": ["housing"], "targets": ["men"]},
    ),
    ("Looking for a psychologist in Ostrava", {"town": "Ostrava", "needs": ["mental-health"]}),
    ("debt advice for a woman in Brno", {"town": "Brno", "needs": ["debt"], "targets": ["women"]}),
    ("drug treatment in Prague", {"town": "Praha", "needs": ["addiction"]}),
    # letters
    (
        "Dobrý den, jsem kurátorka v Brně. Klient byl propuštěn z Kuřimi a bydlí teď u sestry ve Znojmě. "
        "Potřebuje práci. Děkuji.",
        {"town": "Znojmo", "needs": ["employment"]},
    ),
    (
        "Zdravím, jmenuji se Karel, pracuji v neziskovce v Ostravě. Klientka si odpykává trest v Opavě. "
        "Chtěla by se připravit na propuštění a hledá bydlení v Ostravě.",
        {"town": "Ostrava", "needs": ["housing"], "targets": ["women"]},
    ),
    (
        "Dobrý den, obracím se na vás jako probační úředník. Klient sedí na Mírově, je z Olomouce. "
        "Potřebuje vyřídit občanku ještě uvnitř. Kdo tam chodí?",
        {"prison": MIROV, "needs": ["documents"]},
    ),
    (
        "Ahoj, potřebuju radu. Klient 20 let, po propuštění z Heřmanic bude bydlet v Ostravě. "
        "Má dluhy, ale hlavně potřebuje práci.",
        {"town": "Ostrava", "needs": ["employment"], "targets": ["young-adults"]},
    ),
    # == a third batch, written after the second round of fixes and measured once before more ====
    # (20 questions: accuracy 0.800, wrong@3 0.471; misses: a relative who is helped, the asker's
    # job before the town, 'kde hlavu složit', a pharmacy, 'na léčení', 'spí venku')
    (
        "Klientčina matka žije v Kladně. Klientka sama půjde do Prahy a potřebuje práci.",
        {"town": "Praha", "needs": ["employment"], "targets": ["women"]},
    ),
    (
        "jeho táta je na Mírově, syn bydlí v Olomouci a potřebuje psychologa",
        {"town": "Olomouc", "needs": ["mental-health"], "targets": ["families"]},
    ),
    (
        "Obracím se na vás jménem kolegyně z Liberce, klient bude bydlet v Ústí a hledá práci",
        {"town": USTI, "needs": ["employment"]},
    ),
    (
        "jsem nový kurátor pro dospělé v Kladně, klient v Příbrami potřebuje dluhovou poradnu",
        {"town": "Příbram", "needs": ["debt"]},
    ),
    ("kluk pořád hulí a fetuje, Liberec", {"town": "Liberec", "needs": ["addiction"], "targets": ["men"]}),
    ("má na krku exekuce, Opava", {"town": "Opava", "needs": ["debt"]}),
    ("shání nějakou šichtu v Brně", {"town": "Brno", "needs": ["employment"]}),
    ("nemá kde hlavu složit, Olomouc", {"town": "Olomouc", "needs": ["housing"]}),
    ("kolik vězňů je na Borech", {}),
    ("kde je nejbližší lékárna u věznice Opava", {}),
    ("jaké bude počasí na Mírově", {}),
    ("v kolik hodin jsou návštěvy v Kuřimi", {}),
    (
        "a woman leaving Opava prison will live in Krnov, she needs a job",
        {"town": "Krnov", "needs": ["employment"], "targets": ["women"]},
    ),
    (
        "Looking for a shelter in Ostrava for a released man",
        {"town": "Ostrava", "needs": ["housing-shelter"], "targets": ["men"]},
    ),
    ("my client sits in Heřmanice and needs debt advice", {"prison": "Heřmanice", "needs": ["debt"]}),
    (
        "Dobrý den, jmenuju se Eva a pracuju jako sociální pracovnice v Karviné. Píšu kvůli klientovi, "
        "který je v Heřmanicích. Po propuštění bude žít v Ostravě u přítelkyně. Potřebuje ubytování a práci.",
        {"town": "Ostrava", "needs": ["housing", "employment"]},
    ),
    (
        "Zdravím, klientka vyšla z vazby v Ostravě, je jí 19. Bude bydlet v Opavě. "
        "Prosím o kontakt na azylový dům.",
        {"town": "Opava", "needs": ["housing-shelter"], "targets": ["women", "young-adults"]},
    ),
    (
        "udělali jsme s klientem kus práce, teď chce na léčení, Kladno",
        {"town": "Kladno", "needs": ["addiction"]},
    ),
    ("jsme na prahu zimy a klient spí venku, Brno", {"town": "Brno", "needs": ["housing"]}),
    (
        "klient postavil most ke své rodině, teď potřebuje bydlení v Plzni",
        {"town": "Plzeň", "needs": ["housing"]},
    ),
    # == a fourth batch, written after the third round of fixes and measured once before more ====
    # (24 questions: accuracy 0.875, wrong@3 0.294; misses: 'jako kurátor' read as a need, the
    # asker's 'služební cesta v Praze', English 'many' read as 'man')
    ("napisu do Most nadeje jestli maji misto", {"org": "Most naděje", "capacity": True}),
    ("volal jsem Pevnemu bodu kvuli noclehu", {"org": "Pevný bod", "needs": ["housing"]}),
    ("co dela Svetlo pro rodiny", {"org": "Světlo pro rodiny"}),
    ("klient potrebuje svetlo do bytu a hlavne praci, Brno", {"town": "Brno", "needs": ["employment"]}),
    (
        "je to jeho posledni sance, potrebuje lecbu zavislosti v Ostrave",
        {"town": "Ostrava", "needs": ["addiction"]},
    ),
    (
        "start do zivota po propusteni je tezky, hleda bydleni v Pardubicich",
        {"town": "Pardubice", "needs": ["housing"]},
    ),
    (
        "nasel jsem spojku mezi nim a rodinou, ted potrebuje dluhovou poradnu v Plzni",
        {"town": "Plzeň", "needs": ["debt"]},
    ),
    ("drzim mu palce, hleda kvartyr v Ostrave", {"town": "Ostrava", "needs": ["housing"]}),
    (
        "manzelka klienta zije v Teplicich a hleda pravni pomoc, on sedi v Litomericich",
        {"town": "Teplice", "needs": ["legal"], "targets": ["families", "women"]},
    ),
    (
        "jeho sestra má v Brně byt, ale on půjde do Zlína a hledá práci",
        {"town": "Zlín", "needs": ["employment"]},
    ),
    (
        "klient bude žít s mámou v Jihlavě a potřebuje psychiatra",
        {"town": "Jihlava", "needs": ["mental-health"]},
    ),
    (
        "pracuju v Ostravě jako kurátor, kdo dělá mentoring v Opavě?",
        {"town": "Opava", "needs": ["mentoring"]},
    ),
    (
        "jsem zrovna na služební cestě v Praze, klient v Brně potřebuje azyl",
        {"town": "Brno", "needs": ["housing-shelter"]},
    ),
    ("jaká je otevírací doba úřadu práce v Mostě", {}),
    ("kolik stojí oběd ve věznici Opava", {}),
    ("jak se dostanu autobusem na Mírov", {}),
    ("how many prisoners are in Mírov", {}),
    (
        "a woman released from Světlá prison, she will stay in Jihlava, she needs a shelter",
        {"town": "Jihlava", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "her husband is in Pankrác, she lives in Kladno and needs debt counselling",
        {"town": "Kladno", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "drug addiction help for a young man (19) in Brno",
        {"town": "Brno", "needs": ["addiction"], "targets": ["men", "young-adults"]},
    ),
    (
        "Dobrý den, píšu z Probační a mediační služby. Klient byl odsouzen v Olomouci, trest si odpykal "
        "na Mírově. Teď bydlí v Šumperku a potřebuje práci. Máte něco?",
        {"town": "Šumperk", "needs": ["employment"]},
    ),
    (
        "Zdravím kolegy. Máme na oddělení klienta, který za měsíc končí trest ve Všehrdech. Je z "
        "Karlových Varů a tam se i vrátí. Potřebuje bydlení.",
        {"town": "Karlovy Vary", "needs": ["housing"]},
    ),
    (
        "Dobrý den, jsem sociální pracovnice. Klient, 30 let, je teď v Ostravě ve vazbě. Potřebuje "
        "právníka co nejdřív.",
        {"prison": "Vazební věznice Ostrava", "needs": ["legal"]},
    ),
    (
        "Ahoj, mám dotaz za kamarádku z Liberce. Její bratr sedí v Rýnovicích a ona neví, jak mu pomoct "
        "s dluhy. Kdo tam chodí?",
        {"prison": "Věznice Rýnovice", "needs": ["debt"]},
    ),
    # == a fifth batch, measured once before more fixes: 20 questions, accuracy 0.800, wrong@3 0.615
    # with two slots of mine wrong (now corrected: 'on' is no gender; a bare prison town is the
    # prison, as in questions.py); misses: a bank machine, 'dress code', 'kontakt s dítětem'
    (
        "babička klientky žije v Krnově, klientka po výkonu trestu půjde do Opavy, potřebuje doklady",
        {"town": "Opava", "needs": ["documents"], "targets": ["women"]},
    ),
    (
        "přítelkyně klienta sedí v Ruzyni, on bydlí v Praze a chce poradit s kontaktem s dítětem",
        {"town": "Praha", "needs": ["family"], "targets": ["families"]},
    ),
    (
        "klient má rodinu v Brně, ale po propuštění půjde do Jihlavy, hledá práci",
        {"town": "Jihlava", "needs": ["employment"]},
    ),
    ("udělal obrovský pokrok a teď potřebuje práci v Liberci", {"town": "Liberec", "needs": ["employment"]}),
    ("v Mostě potřebuje azylový dům", {"town": "Most", "needs": ["housing-shelter"]}),
    ("z Písku se stěhuje do Budějovic a hledá bydlení", {"town": CB, "needs": ["housing"]}),
    ("v Ostrově hledá práci", {"prison": "Věznice Ostrov", "needs": ["employment"]}),
    ("jsem tady nová, kdo v Pardubicích dělá dluhové poradenství?", {"town": "Pardubice", "needs": ["debt"]}),
    (
        "jsem ve službě do večera, potřebuji kontakt na psychiatra v Olomouci pro klienta",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    ("pořád hulí a chlastá, potřebuje léčbu, Zlín", {"town": "Zlín", "needs": ["addiction"]}),
    ("je zadlužená a má tři exekuce, Karviná", {"town": "Karviná", "needs": ["debt"], "targets": ["women"]}),
    ("hledá nějaký flek v Kladně", {"town": "Kladno", "needs": ["employment"]}),
    ("jaká je kapacita věznice Mírov", {}),
    ("kde je nejbližší bankomat u Pankráce", {}),
    ("jaký je dress code na návštěvy v Opavě", {}),
    (
        "a man released from Bory prison will live in Plzeň and needs a job",
        {"town": "Plzeň", "needs": ["employment"], "targets": ["men"]},
    ),
    (
        "I'm looking for a shelter for a woman in Brno",
        {"town": "Brno", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "Dobrý den, jsem nová kurátorka v Kladně. Mám klientku, která vyšla z Světlé nad Sázavou. Teď "
        "bydlí u mámy v Příbrami. Potřebuje psychologa. Děkuji.",
        {"town": "Příbram", "needs": ["mental-health"], "targets": ["women"]},
    ),
    (
        "Zdravím, pracuji na úřadě v Opavě. Klient z naší obce sedí v Heřmanicích. Chtěl by už teď "
        "začít řešit dluhy. Kdo za ním chodí?",
        {"prison": "Heřmanice", "needs": ["debt"]},
    ),
    (
        "Dobrý večer. Píšu kvůli klientovi, 17 let, který je ve vazbě v Brně. Rodiče bydlí v Blansku. "
        "Potřebuje pomoc se vzděláváním.",
        {"prison": "Vazební věznice Brno", "needs": ["education"], "targets": ["juveniles"]},
    ),
    # == a sixth batch, measured once before more fixes: 20 questions, accuracy 1.000, wrong@3 0.182
    # (English "client's brother" split into "client s", read as the preposition s)
    ("u zlinskeho mentora maji bydleni?", {"org": "Zlínský mentor", "needs": ["housing"]}),
    ("s Auroroou jsem mluvila minuly tyden, maji volno?", {"org": "Aurora", "capacity": True}),
    ("kontakt na svateho martina", {"org": "Svatý Martin"}),
    ("sance pro mlade brno kontakt", {"org": "Šance pro mladé"}),
    (
        "klient ztratil půdu pod nohama, potřebuje psychologa v Hradci Králové",
        {"town": HK, "needs": ["mental-health"]},
    ),
    (
        "je to most přes propast, ale hlavně potřebuje práci v Kladně",
        {"town": "Kladno", "needs": ["employment"]},
    ),
    (
        "otec klientky je v Praze, klientka ve Znojmě hledá azylový dům",
        {"town": "Znojmo", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "manželka odsouzeného žije v Sokolově a potřebuje poradit s dluhy",
        {"town": "Sokolov", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "klientova dcera bydlí v Olomouci, klient potřebuje bydlení v Prostějově",
        {"town": "Prostějov", "needs": ["housing"]},
    ),
    (
        "jsem na mateřské a pomáhám kamarádce, její syn potřebuje práci v Brně",
        {"town": "Brno", "needs": ["employment"]},
    ),
    (
        "pracuju na směny v Ostravě, klient potřebuje doklady v Karviné",
        {"town": "Karviná", "needs": ["documents"]},
    ),
    ("klient makal na stavbě, ale teď nemá kde bydlet, Plzeň", {"town": "Plzeň", "needs": ["housing"]}),
    (
        "fetovala, teď je čistá a potřebuje doléčování v Praze",
        {"town": "Praha", "needs": ["addiction"], "targets": ["women"]},
    ),
    ("kdy otevírá sociální odbor v Opavě", {}),
    ("kolik bere vychovatel ve věznici", {}),
    (
        "she was released from Opava prison and will live in Ostrava, looking for a job",
        {"town": "Ostrava", "needs": ["employment"], "targets": ["women"]},
    ),
    (
        "my client's brother lives in Brno, the client will stay in Zlín and needs housing",
        {"town": "Zlín", "needs": ["housing"]},
    ),
    (
        "Dobrý den, jsem kurátor z Ostravy. Klient se po propuštění z Heřmanic vrací k matce do "
        "Karviné. Má problém s alkoholem a hledá pomoc.",
        {"town": "Karviná", "needs": ["addiction"]},
    ),
    (
        "Zdravím, jsem vychovatel ve věznici Opava a potřebuju radu. Klient jde za týden ven, bude "
        "bydlet v Krnově. Hledá práci.",
        {"town": "Krnov", "needs": ["employment"]},
    ),
    (
        "Dobrý den, moc děkuji za minulou pomoc. Klientka, 72 let, vyšla z Opavy a bude žít v Ostravě. "
        "Potřebuje bydlení.",
        {"town": "Ostrava", "needs": ["housing"], "targets": ["women", "seniors"]},
    ),
    # == a seventh batch, measured once before more fixes: 20 questions, accuracy 0.800, wrong@3 0.615
    # (misses: 'děti jsou u babičky v Kladně' five words on, the asker's clause seven words long,
    # 'jak dlouho trvá cesta', 'nemá na nájem'; 'jídelna pro návštěvy' is still missed: a
    # 'jídelna' may be a soup kitchen, so it is no outside word)
    (
        "Dobrý den. Omlouvám se, jestli píšu špatně. Jsem sociální pracovnice v Liberci. Klient byl "
        "propuštěn z Rýnovic a teď bydlí v Jablonci. Potřebuje dluhovou poradnu.",
        {"town": "Jablonec nad Nisou", "needs": ["debt"]},
    ),
    (
        "Zdravím, klient (25) dřív bral pervitin, teď abstinuje. Sedí v Plzni na Borech. Za půl roku "
        "jde ven. Potřebuje pomoct se zaměstnáním.",
        {"prison": "Bory", "needs": ["employment"], "targets": ["young-adults"]},
    ),
    (
        "Dobrý den, píšu za OSPOD Kladno. Matka dětí je ve výkonu trestu ve Světlé. Děti jsou u babičky "
        "v Kladně. Hledáme, kdo pomáhá udržet kontakt matky s dětmi ve věznici.",
        {"prison": "Věznice Světlá nad Sázavou", "needs": ["family"], "targets": ["women"]},
    ),
    (
        "Hi, I'm a probation officer in Ostrava. My client is serving a sentence in Heřmanice. He wants "
        "help with his debts before release.",
        {"prison": "Heřmanice", "needs": ["debt"]},
    ),
    (
        "Hello, a young woman (20) was released from Světlá prison last week. She will live in Prague "
        "and needs a shelter.",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women", "young-adults"]},
    ),
    (
        "where can a released man find food in Brno",
        {"town": "Brno", "needs": ["basic-needs"], "targets": ["men"]},
    ),
    ("jak dlouho trvá cesta z Prahy do Mírova", {}),
    ("má věznice Opava jídelnu pro návštěvy", {}),
    ("kolik je hodin", {}),
    (
        "mamka klienta mi volala z Karviné, klient sedí v Heřmanicích a potřebuje psychologa",
        {"prison": "Heřmanice", "needs": ["mental-health"]},
    ),
    (
        "jeho žena bydlí v Brně, on sám po výstupu z Kuřimi půjde do Znojma, hledá bydlení",
        {"town": "Znojmo", "needs": ["housing"]},
    ),
    (
        "sestra klientky sedí v Opavě, klientka je v Ostravě a potřebuje poradit s dávkami",
        {"town": "Ostrava", "needs": ["benefits"], "targets": ["families", "women"]},
    ),
    (
        "kamarád mu sehnal práci v Mostě, ale potřebuje bydlení v Teplicích",
        {"town": "Teplice", "needs": ["housing"]},
    ),
    (
        "jsem v kontaktu s jeho rodinou v Olomouci, klient potřebuje psychiatra v Brně",
        {"town": "Brno", "needs": ["mental-health"]},
    ),
    ("jsem z Kladna, kdo tady dělá dluhové poradenství?", {"town": "Kladno", "needs": ["debt"]}),
    ("klient bere háčko, Ústí", {"town": USTI, "needs": ["addiction"]}),
    ("nemá práci ani bydlení, hlavně bydlení, Hradec", {"town": HK, "needs": ["housing"]}),
    (
        "kluk (16) po vazbě potřebuje školu, Brno",
        {"town": "Brno", "needs": ["education"], "targets": ["men", "juveniles"]},
    ),
    (
        "klientka je na mateřské a nemá na nájem, Olomouc",
        {"town": "Olomouc", "needs": ["housing"], "targets": ["women"]},
    ),
    ("zavolám Kotvě, jestli mají volné místo", {"org": "Kotva", "capacity": True}),
]
