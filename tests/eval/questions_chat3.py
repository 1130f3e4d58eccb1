"""Fourth chat-style set over the sample knowledge base (knowledge/sample): the kinds of failure seen
on an unseen world after the second round of issue #14, written as new sentences.

The kinds: questions whose real topic is outside the domain although they name a prison or a town
and a word that looks like a need (a prison's postal address, money or parcels sent to a prisoner,
phone calls, visits, jobs at the Prison Service); a prisoner's relative who needs help for
themselves (the prisoner's prison is then only background); a negation that reaches to "ale"
("nemá problém s alkoholem, ale s penězi"); English; "X nebo okolí", "v okolí X"; long stories whose
urgent need comes late.

Slots and conventions as tests/eval/questions_chat2.py and ../shared/eval/questions_dev2.py's
docstring. A relative who needs help -> families (+ women when she is a woman); a need of their
own (debts, a psychologist, housing) is wanted where they live, and the prison where the prisoner
sits is no slot; contact with the prisoner is wanted in that prison. Gold is derived from the slots
(tests/eval/gold.py).
"""

from __future__ import annotations

from typing import Any

OPAVA = "Věznice Opava"
USTI = "Ústí nad Labem"
HK = "Hradec Králové"
KV = "Karlovy Vary"

Q: list[tuple[str, dict[str, Any]]] = [
    # The first 77 (sections 1-6) were written before the engine was run on them and measured once:
    # accuracy 0.779, wrong@3 0.259, prison understood 1.00 (outside answered 6 of 17 times, the
    # relatives 5 of 14 wrong, the late urgent need 6 of 12).
    # == 1. outside the domain, with a prison or a town and a word that looks like a need =========
    ("Jaká je poštovní adresa věznice Mírov? Chci synovi poslat dopis.", {}),
    ("na jaký účet se posílají peníze odsouzeným v Heřmanicích?", {}),
    ("jak můžu poslat manželovi peníze do vazby v Ostravě", {}),
    ("číslo účtu věznice Plzeň Bory pro zaslání peněz vězni", {}),
    ("Smí se do věznice v Kuřimi posílat balíky s oblečením?", {}),
    ("Jak často může odsouzený v Rýnovicích telefonovat rodině?", {}),
    ("můžu si zavolat s bratrem, který sedí na Pankráci?", {}),
    ("Vězeňská služba v Opavě nabírá nové lidi? Hledám práci jako dozorce.", {}),
    ("volná pracovní místa ve věznici Pardubice", {}),
    ("kde je parkoviště u věznice na Mírově", {}),
    ("jízdní řády autobusů do Valdic", {}),
    ("kolik propuštěných se vrátí do vězení, statistika za Jihomoravský kraj", {}),
    ("what is the postal address of Pardubice prison", {}),
    ("how do I send money to my son in Karviná prison?", {}),
    ("návštěvní doba ve věznici Světlá nad Sázavou pro rodinu s dětmi", {}),
    ("jak se objednat na návštěvu do Vinařic, chci tam vzít i děti", {}),
    ("v kolik jede vlak z Prahy do Příbrami, jedu za synem do vězení", {}),
    # == 2. a prisoner's relative who needs help for themselves ====================================
    (
        "Manželka odsouzeného potřebuje psychologa, je z toho úplně hotová.",
        {"needs": ["mental-health"], "targets": ["families", "women"]},
    ),
    ("syn je ve výkonu trestu v Kuřimi, já potřebuju poradit, jak to ustát", {"targets": ["families"]}),
    (
        "Manžel sedí na Borech a mě teď honí exekutoři kvůli jeho dluhům, zůstala jsem na všechno sama.",
        {"needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "Partnerka odsouzeného bydlí v Ústí nad Labem, zůstala sama se dvěma dětmi a hrozí jí, že "
        "přijde o bydlení.",
        {"town": USTI, "needs": ["housing"], "targets": ["families", "women", "children"]},
    ),
    (
        "Jeho máma bydlí v Praze a potřebuje právní radu, syn dostal osm let.",
        {"town": "Praha", "needs": ["legal"], "targets": ["families", "women"]},
    ),
    (
        "Otec odsouzeného z Heřmanic by potřeboval duchovní podporu, syn mu moc chybí.",
        {"needs": ["spiritual"], "targets": ["families"]},
    ),
    (
        "Sestra vězně potřebuje pomoct s dluhy, které za něj splácí, bydlí v Kladně.",
        {"town": "Kladno", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "Babička klientky se stará o její děti a potřebuje poradit, jak udržet kontakt s mámou ve "
        "vězení, bydlí v Jihlavě.",
        {"town": "Jihlava", "needs": ["family"], "targets": ["families", "women"]},
    ),
    (
        "syn mi sedí v Příbrami a já nevím, jak zvládnout splátky, co dělat?",
        {"needs": ["debt"], "targets": ["families"]},
    ),
    (
        "My husband is in Mírov prison and I need debt advice",
        {"needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "Maminka odsouzeného bydlí v Mostě a nemá co jíst.",
        {"town": "Most", "needs": ["basic-needs"], "targets": ["families", "women"]},
    ),
    (
        "jsem přítelkyně odsouzeného, čekám s ním dítě a nevím, kde bydlet, jsem v Plzni",
        {"town": "Plzeň", "needs": ["housing"], "targets": ["families", "women"]},
    ),
    (
        "Manžel je ve vazbě v Ostravě a já s dětmi nemám na nájem, kdo nám pomůže?",
        {"needs": ["housing"], "targets": ["families", "women"]},
    ),
    # == 3. a negation reaches to "ale" ==========================================================
    ("nemá problém s alkoholem, ale s penězi, Praha", {"town": "Praha", "needs": ["debt"]}),
    ("Drogy nebere a nepije, ale nemá vůbec kde bydlet, Brno.", {"town": "Brno", "needs": ["housing"]}),
    (
        "Klient není závislý na drogách ani na alkoholu, potřebuje ale práci v Praze.",
        {"town": "Praha", "needs": ["employment"]},
    ),
    ("nejde o bydlení ani o práci, ale o exekuce – Ústí nad Labem", {"town": USTI, "needs": ["debt"]}),
    ("S drogama problém nemá, spíš s dluhama, bydlí v Brně.", {"town": "Brno", "needs": ["debt"]}),
    (
        "Neřeší teď práci ani doklady, hlavně potřebuje psychologa, Olomouc",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    (
        "Klientka nemá dluhy ani exekuce, ale potřebuje azylový dům v Praze.",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "Psychiatra nepotřebuje, ale nutně potřebuje vyřídit občanku v Pardubicích.",
        {"town": "Pardubice", "needs": ["documents"]},
    ),
    ("He does not need a job but a place to stay in Ostrava", {"town": "Ostrava", "needs": ["housing"]}),
    (
        "Práce mu nechybí, jen propadl hazardu, potřeboval by gamblerskou poradnu v Liberci",
        {"town": "Liberec", "needs": ["addiction"]},
    ),
    (
        "nemá problém s bydlením, ale s alkoholem – kdo v Kladně pomáhá?",
        {"town": "Kladno", "needs": ["addiction"]},
    ),
    (
        "Na drogách není a dluhy taky nemá, ale po propuštění nemá práci, Karviná",
        {"town": "Karviná", "needs": ["employment"]},
    ),
    # == 4. English ===============================================================================
    (
        "Which charities help ex-offenders find accommodation in Ostrava?",
        {"town": "Ostrava", "needs": ["housing"]},
    ),
    (
        "Are there any NGOs in Prague that support families of prisoners?",
        {"town": "Praha", "targets": ["families"]},
    ),
    (
        "What organisations offer debt advice to people released from prison in Ústí nad Labem?",
        {"town": USTI, "needs": ["debt"]},
    ),
    (
        "Is there anyone in Olomouc who helps former inmates with mental health?",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    (
        "Where can a released prisoner get food and clothes in Most?",
        {"town": "Most", "needs": ["basic-needs"]},
    ),
    (
        "My client is serving time in Opava prison and struggles with drugs – who works with him inside?",
        {"prison": OPAVA, "needs": ["addiction"]},
    ),
    (
        "Looking for a halfway house in Hradec Králové for a man leaving prison",
        {"town": HK, "needs": ["housing-halfway"], "targets": ["men"]},
    ),
    (
        "Can someone help a released woman get her ID card in Pardubice?",
        {"town": "Pardubice", "needs": ["documents"], "targets": ["women"]},
    ),
    ("Any legal aid for released prisoners in Prague?", {"town": "Praha", "needs": ["legal"]}),
    ("Which NGOs visit Kuřim prison?", {"prison": "Věznice Kuřim"}),
    (
        "Is there a shelter with free beds for homeless ex-prisoners in Ostrava?",
        {"town": "Ostrava", "needs": ["housing-shelter"], "capacity": True},
    ),
    (
        "Which organisations help people after prison to find a job in Zlín?",
        {"town": "Zlín", "needs": ["employment"]},
    ),
    # == 5. "X nebo okolí", "v okolí X": the town ================================================
    ("probační dům Jihlava nebo okolí", {"town": "Jihlava", "needs": ["housing-halfway"]}),
    ("dluhová poradna v okolí Brna", {"town": "Brno", "needs": ["debt"]}),
    (
        "Potřebuju azylový dům v Ostravě nebo v okolí, klient je chlap po výkonu trestu.",
        {"town": "Ostrava", "needs": ["housing-shelter"], "targets": ["men"]},
    ),
    ("práce pro propuštěného, Zlín a okolí", {"town": "Zlín", "needs": ["employment"]}),
    ("někdo v okolí Kladna, kdo řeší závislosti?", {"town": "Kladno", "needs": ["addiction"]}),
    ("sociální bydlení v Plzni nebo blízkém okolí", {"town": "Plzeň", "needs": ["housing-social"]}),
    (
        "Kde v Olomouci a okolí najdu psychiatra pro klienta po propuštění?",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    ("drogová poradna Liberec a okolí", {"town": "Liberec", "needs": ["addiction"]}),
    ("shelter in or near Brno", {"town": "Brno", "needs": ["housing-shelter"]}),
    (
        "hledám bydlení pro mladé po výkonu trestu v Brně a okolí",
        {"town": "Brno", "needs": ["housing"], "targets": ["young-adults"]},
    ),
    ("Most a okolí – potravinová pomoc", {"town": "Most", "needs": ["basic-needs"]}),
    # == 6. long stories whose urgent need comes late =============================================
    (
        "Dobrý den, klient vyšel před týdnem z Heřmanic, má exekuce asi na 200 tisíc, bral dřív "
        "pervitin, teď je čistý, s rodinou se nestýká a práci zatím nemá, ale nejvíc teď pálí to, že "
        "nemá kde přespat. Je v Ostravě.",
        {"town": "Ostrava", "needs": ["housing"]},
    ),
    (
        "Ahoj, mám tu pána, 55 let, byl 10 let zavřený, ztratil občanku, má dluhy a je nemocný, ale "
        "dneska večer nemá kam jít spát. Jsme v Pardubicích.",
        {"town": "Pardubice", "needs": ["housing"]},
    ),
    (
        "Klientka po propuštění z Opavy: dluhy, žádná práce, děti v péči babičky. Teď nejvíc potřebuje "
        "psychologa, psychicky je na dně. Bydlí v Praze.",
        {"town": "Praha", "needs": ["mental-health"], "targets": ["women"]},
    ),
    (
        "Klient má za sebou léčbu, dluhy řeší přes insolvenci a ubytování má u bratra. Jediné, co teď "
        "opravdu potřebuje, je práce – Karlovy Vary.",
        {"town": KV, "needs": ["employment"]},
    ),
    (
        "Pán po propuštění z Bor, exekuce, nemá doklady, s alkoholem už problém nemá. Urgentně ale "
        "potřebuje střechu nad hlavou, je v Plzni.",
        {"town": "Plzeň", "needs": ["housing"]},
    ),
    (
        "Volám kvůli klientovi: vrací se z výkonu trestu do Liberce, dluhy má, doklady má, s rodinou "
        "se nebaví. Co ho ale pálí nejvíc, je drogová závislost, chce se léčit.",
        {"town": "Liberec", "needs": ["addiction"]},
    ),
    (
        "Klient propuštěný z Jiřic je u mámy v Praze. Chtěl by si dodělat výuční list a má taky "
        "nějaké dluhy, ale úplně nejdůležitější je pro něj teď práce.",
        {"town": "Praha", "needs": ["employment"]},
    ),
    (
        "Klientka je těhotná, bez peněz, přítel ji opustil, dluhy má u nebankovek a bojí se "
        "exekutora; hlavně ale potřebuje okamžitě někde bydlet. Ústí nad Labem.",
        {"town": USTI, "needs": ["housing"], "targets": ["women"]},
    ),
    (
        "Dobrý den, jsem kurátorka v Brně. Klient byl propuštěn minulý týden, léčil se ze "
        "závislosti, je bez práce a rozvádí se. Prosím hlavně o kontakt na dluhovou poradnu.",
        {"town": "Brno", "needs": ["debt"]},
    ),
    (
        "Mám klienta, 30 let, vylezl z Valdic, hraje automaty, nemá práci, s rodinou je to špatné a "
        "hlavně teď potřebuje někde složit hlavu, Hradec Králové.",
        {"town": HK, "needs": ["housing"]},
    ),
    (
        "Píšu za klienta ze Znojma: dlouho bral drogy, má dluhy, teď po propuštění nemá kde spát a "
        "potřebuje to vyřešit ještě dnes. Bude v Brně.",
        {"town": "Brno", "needs": ["housing"]},
    ),
    (
        "My client was released from Karviná last week. He has debts and used to gamble, but right "
        "now he urgently needs a bed for the night in Ostrava.",
        {"town": "Ostrava", "needs": ["housing-shelter"]},
    ),
    # == a second batch, written after the fixes of the first and measured once before more =======
    # (38 questions: accuracy 0.816, wrong@3 0.308; misses: mail, a prison's rules and the way to it
    # outside; "tchyně"; "just out of prison" read as Olomouc's prison; "to je teď nejdůležitější"
    # after the need; "se někde vyspat"; English "a place to sleep")
    ("Kam posílat korespondenci pro odsouzeného v Heřmanicích?", {}),
    ("Může manželka poslat odsouzenému do Opavy balíček s jídlem na Vánoce?", {}),
    ("Jaké je číslo účtu pro vězně ve Vinařicích?", {}),
    ("Kolik minut měsíčně může vězeň telefonovat, Kuřim", {}),
    ("Hledám zaměstnání ve Vězeňské službě, Praha", {}),
    ("Jaké věci si může odsouzený vzít s sebou do výkonu trestu v Příbrami?", {}),
    ("Do kdy musím podat žádost o návštěvu syna na Borech?", {}),
    ("how many visits per month can a prisoner in Valdice have", {}),
    ("Jak se dostanu MHD k věznici v Kuřimi?", {}),
    ("telefon na ředitele věznice Opava", {}),
    (
        "Dobrý den, můj syn je od minulého měsíce ve vazbě v Brně. Já sama nevím, co dělat, "
        "potřebovala bych s někým mluvit.",
        {"targets": ["families", "women"]},
    ),
    (
        "Sestra odsouzeného z Valdic bydlí v Hradci Králové a hledá práci, protože zůstala na všechno sama.",
        {"town": HK, "needs": ["employment"], "targets": ["families", "women"]},
    ),
    (
        "Bratr mi sedí v Pardubicích a já mám kvůli němu exekuce, kdo mi pomůže?",
        {"needs": ["debt"], "targets": ["families"]},
    ),
    (
        "Tchyně odsouzeného bydlí v Opavě, stará se o jeho děti a potřebuje poradit s dávkami.",
        {"town": "Opava", "needs": ["benefits"], "targets": ["families", "women"]},
    ),
    (
        "Manželka klienta bydlí v Praze a potřebuje pomoct s dluhy, které za něj má.",
        {"town": "Praha", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "My brother is locked up in Ostrava and I need a lawyer for myself",
        {"needs": ["legal"], "targets": ["families"]},
    ),
    (
        "Maminka odsouzeného se nemůže vyrovnat s tím, že syn sedí, bydlí v Ostravě, potřebovala by "
        "psychologa.",
        {"town": "Ostrava", "needs": ["mental-health"], "targets": ["families", "women"]},
    ),
    (
        "Otec mi je ve vězení v Jiřicích a já potřebuju pomoct se školou, je mi 16.",
        {"needs": ["education"], "targets": ["families", "juveniles"]},
    ),
    (
        "Nemá problémy s drogami ani s alkoholem, jde jen o bydlení v Praze.",
        {"town": "Praha", "needs": ["housing"]},
    ),
    ("S alkoholem potíže nemá, ale s penězi ano – Ústí", {"town": USTI, "needs": ["debt"]}),
    ("není to o drogách, ale o práci, Karlovy Vary", {"town": KV, "needs": ["employment"]}),
    ("dluhy ani exekuce neřeší, potřebuje azylák v Brně", {"town": "Brno", "needs": ["housing-shelter"]}),
    ("He is not addicted, but he needs a job in Prague", {"town": "Praha", "needs": ["employment"]}),
    (
        "What NGOs can help a man just out of prison find a place to live in Olomouc?",
        {"town": "Olomouc", "needs": ["housing"], "targets": ["men"]},
    ),
    ("Is there support for prisoners' families in Jihlava?", {"town": "Jihlava", "targets": ["families"]}),
    (
        "Need a psychiatrist for my client after release, Olomouc area",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    ("where can ex-offenders get help with debts near Ústí nad Labem?", {"town": USTI, "needs": ["debt"]}),
    ("help with alcohol problems for a former inmate in Kladno", {"town": "Kladno", "needs": ["addiction"]}),
    ("azylový dům někde kolem Olomouce", {"town": "Olomouc", "needs": ["housing-shelter"]}),
    ("Hledám DPC v Hradci Králové nebo v okolí", {"town": HK, "needs": ["housing-halfway"]}),
    ("práce, okolí Karlových Varů", {"town": KV, "needs": ["employment"]}),
    ("Písek a okolí, dluhy", {"town": "Písek", "needs": ["debt"]}),
    ("Potřebuju něco na drogy v Liberci či okolí.", {"town": "Liberec", "needs": ["addiction"]}),
    (
        "Dobrý den, klientka (38) vyšla z Opavy, má tři děti v ústavní péči, dluhy přes půl milionu a "
        "problémy s alkoholem. Od zítřka nemá kde bydlet, to je teď nejdůležitější. Praha.",
        {"town": "Praha", "needs": ["housing"], "targets": ["women"]},
    ),
    (
        "Klient 40 let, po propuštění z Bor, má exekuce, ztratil doklady a chce najít práci, ale úplně "
        "nejvíc teď potřebuje střechu nad hlavou. Plzeň.",
        {"town": "Plzeň", "needs": ["housing"]},
    ),
    (
        "Mám tady kluka, co vylezl z Kuřimi, bere perník, rodina ho nechce, dluhy má, ale teď hlavně "
        "spí na nádraží a potřebuje se někde vyspat. Brno.",
        {"town": "Brno", "needs": ["housing"], "targets": ["men"]},
    ),
    (
        "Hi, my client left Mírov prison yesterday. He has debts and no job, but the most urgent thing "
        "is a place to sleep tonight in Olomouc.",
        {"town": "Olomouc", "needs": ["housing"]},
    ),
    (
        "Klientka po výstupu z vazby, bez peněz, s dluhy, bez práce, teď nejvíc řeší jídlo pro děti, Most.",
        {"town": "Most", "needs": ["basic-needs"], "targets": ["women"]},
    ),
    # == a third batch, written after the fixes of the second and measured once before more =======
    # (27 questions: accuracy 0.852, wrong@3 0.200; misses: a child asking about a mother in prison
    # from the grandmother's town; "dcera odsouzeného" not read as family; "blízké okolí" read as
    # "blízcí" (families); "co je teď nejnaléhavější – nemají kde bydlet")
    ("Můžu synovi do vazby v Brně poslat nějaké peníze na nákup?", {}),
    ("Jaká je adresa Věznice Valdice pro dopisy?", {}),
    ("Kolik vězeňská služba platí dozorcům v Karviné?", {}),
    ("V jakém čase může rodina volat odsouzenému do Rýnovic?", {}),
    ("Kde najdu seznam věcí, které smí vězeň dostat v balíku? Mírov", {}),
    ("Parkování pro návštěvy u Bělušic", {}),
    ("Klient potřebuje založit bankovní účet, bydlí v Praze.", {"town": "Praha", "needs": ["documents"]}),
    (
        "adresa azylového domu pro ženy v Praze",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "Klient po propuštění potřebuje pomoct napsat životopis a poslat ho zaměstnavatelům, Zlín",
        {"town": "Zlín", "needs": ["employment"]},
    ),
    (
        "Potřebuje rodina odsouzeného z Opavy pomoct s návštěvami dětí ve věznici? Kdo to tam dělá?",
        {"prison": OPAVA, "needs": ["family"], "targets": ["families"]},
    ),
    (
        "Moje máma sedí ve Světlé a já jsem u babičky v Jihlavě, potřebuju s někým mluvit o tom, jak to "
        "zvládnout.",
        {"town": "Jihlava", "targets": ["families"]},
    ),
    (
        "Partner mi sedí v Mírově, zůstala jsem sama s dluhy po něm a bydlím v Olomouci.",
        {"town": "Olomouc", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "Dcera odsouzeného (17) potřebuje pomoct se školou, bydlí v Brně",
        {"town": "Brno", "needs": ["education"], "targets": ["families", "women", "juveniles"]},
    ),
    (
        "Her husband is in Heřmanice prison; she lives in Karviná and needs help with benefits.",
        {"town": "Karviná", "needs": ["benefits"], "targets": ["families", "women"]},
    ),
    (
        "Bratr klienta sedí v Kuřimi, klient sám je venku a hledá práci v Praze",
        {"town": "Praha", "needs": ["employment"]},
    ),
    ("Na drogách nikdy nebyl, ani nepije, řeší ale dluhy – Most", {"town": "Most", "needs": ["debt"]}),
    (
        "nejde o bydlení, to má, ale potřebuje psychiatra, Olomouc",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    (
        "Klient nemá potíže s alkoholem, potřebuje jen práci v Karviné",
        {"town": "Karviná", "needs": ["employment"]},
    ),
    (
        "doesn't have a drug problem but needs a shelter in Pardubice",
        {"town": "Pardubice", "needs": ["housing-shelter"]},
    ),
    (
        "Are there any organisations in Liberec helping ex-prisoners with addiction?",
        {"town": "Liberec", "needs": ["addiction"]},
    ),
    ("Who offers food aid to people leaving prison in Most?", {"town": "Most", "needs": ["basic-needs"]}),
    (
        "My client's wife needs help with debts, they live in Kladno",
        {"town": "Kladno", "needs": ["debt"], "targets": ["families", "women"]},
    ),
    ("něco pro propuštěné v okolí Plzně, hlavně bydlení", {"town": "Plzeň", "needs": ["housing"]}),
    ("Karviná a blízké okolí – kdo řeší zaměstnání?", {"town": "Karviná", "needs": ["employment"]}),
    (
        "Dobrý den, volám z OSPODu v Ústí. Maminka dvou dětí se vrátila z výkonu trestu, bere drogy, má "
        "dluhy, ale co je teď nejnaléhavější – nemají kde bydlet. Ústí nad Labem.",
        {"town": USTI, "needs": ["housing"], "targets": ["women", "children"]},
    ),
    (
        "Klient má za sebou 8 let, je mu 50, dluhy má přes milion, s rodinou nemluví, alkohol občas, ale "
        "hlavně nemá kde spát a je zima. Brno.",
        {"town": "Brno", "needs": ["housing"]},
    ),
    (
        "Please help: my client (Ostrava) has an addiction and debts, but right now the priority is "
        "somewhere to sleep.",
        {"town": "Ostrava", "needs": ["housing"]},
    ),
    # == a fourth batch, written after the fixes of the third and measured once before more =======
    # (23 questions: accuracy 0.826, wrong@3 0.278; misses: "kam mám volat" to a prisoner; "manžel
    # dostal 5 let" not read as prison; English "in custody"; "young people"; "poradna pro závislé")
    ("Dá se vězni v Opavě poslat poukázka na peníze?", {}),
    ("Kam mám volat, když chci mluvit se synem ve věznici Mírov?", {}),
    ("Kolik stojí telefonní karta pro odsouzené v Kuřimi?", {}),
    ("hledám práci jako vychovatel ve věznici Rýnovice", {}),
    ("Ve kolik začínají návštěvy ve vazební věznici Brno?", {}),
    (
        "Přítelkyně odsouzeného je těhotná a nemá kde bydlet, je z Liberce.",
        {"town": "Liberec", "needs": ["housing"], "targets": ["families", "women"]},
    ),
    (
        "Moje dcera je ve výkonu trestu ve Světlé a já se starám o její dvě děti, potřebuju pomoc s dávkami.",
        {"needs": ["benefits"], "targets": ["families"]},
    ),
    (
        "Manžel dostal 5 let, jsem na všechno sama se třemi dětmi a potřebuju potravinovou pomoc. "
        "Jsem z Mostu.",
        {"town": "Most", "needs": ["basic-needs"], "targets": ["families", "women"]},
    ),
    (
        "My son is in custody in Brno and I don't know how to pay his debts – who can advise me?",
        {"needs": ["debt"], "targets": ["families"]},
    ),
    (
        "Babička vězně by potřebovala duchovního, je jí 80 let, bydlí v Praze",
        {"town": "Praha", "needs": ["spiritual"], "targets": ["families", "women", "seniors"]},
    ),
    (
        "Máma klientky (sedí v Opavě) potřebuje pomoct s péčí o vnoučata, bydlí v Krnově",
        {"town": "Krnov", "needs": ["family"], "targets": ["families", "women"]},
    ),
    (
        "problém s alkoholem nemá, jen se nemůže chytit v práci – Zlín",
        {"town": "Zlín", "needs": ["employment"]},
    ),
    ("Nehledá bydlení ani práci, chce jen vyřídit občanku, Opava", {"town": "Opava", "needs": ["documents"]}),
    ("no drugs, no alcohol, just needs a job in Karlovy Vary", {"town": KV, "needs": ["employment"]}),
    ("Dluhy už nemá, teď potřebuje psychologa v Olomouci", {"town": "Olomouc", "needs": ["mental-health"]}),
    (
        "Hello, I'm looking for a housing programme for young people leaving prison in Prague.",
        {"town": "Praha", "needs": ["housing"], "targets": ["young-adults"]},
    ),
    (
        "Who can help a former prisoner with his ID and benefits in Ústí nad Labem?",
        {"town": USTI, "needs": ["documents", "benefits"]},
    ),
    (
        "She just got out of Světlá prison and needs counselling in Prague",
        {"town": "Praha", "needs": ["counselling"], "targets": ["women"]},
    ),
    (
        "Praha a okolí, azylák pro ženu",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    ("poradna pro závislé kolem Kladna", {"town": "Kladno", "needs": ["addiction"]}),
    (
        "Klient, 35 let, po 6 letech venku, žádné doklady, exekuce, s mámou se pohádal. Nejvíc teď hoří "
        "občanka, bez ní nic nevyřídí. Pardubice.",
        {"town": "Pardubice", "needs": ["documents"]},
    ),
    (
        "Klientka vyšla z Opavy, bydlí u kamarádky v Ostravě, má dluhy i exekuce, ale nejvíc ji trápí, "
        "že nemá práci.",
        {"town": "Ostrava", "needs": ["employment"], "targets": ["women"]},
    ),
    (
        "My client came out of Mírov last week. He still drinks a bit and has debts, but what he needs "
        "most urgently is a job in Zlín.",
        {"town": "Zlín", "needs": ["employment"]},
    ),
    # == a fifth batch, written after the fixes of the fourth and measured once before more =======
    # (18 questions: accuracy 0.889, wrong@3 0.222; misses: "jak se stát vychovatelem"; "rodinám,
    # kterým sedí táta ve vězení" read as Opava's prison; and "poslat bratrovi do Všehrd oblečení"
    # was read as the prison and basic needs, unanswered only because the sample has none there)
    ("Můžu poslat bratrovi do Všehrd nějaké oblečení? A jak?", {}),
    ("Na jakou adresu mám psát synovi do Heřmanic?", {}),
    ("kolik stojí hovor z věznice na mobil, Karviná", {}),
    ("Which bus goes to Mírov prison from Olomouc?", {}),
    ("Jak se stát vychovatelem ve vězení v Ostravě?", {}),
    ("Kdo v Opavě pomáhá rodinám, kterým sedí táta ve vězení?", {"town": "Opava", "targets": ["families"]}),
    (
        "pracuju jako vychovatelka v Kuřimi, klient jde ven a potřebuje bydlení v Brně",
        {"town": "Brno", "needs": ["housing"]},
    ),
    (
        "Klient volal, že ho propustili z Jiřic a nemá kde spát, je v Kladně",
        {"town": "Kladno", "needs": ["housing"]},
    ),
    (
        "Jsem manželka odsouzeného, bydlím v Plzni a potřebuju poradit s bydlením pro sebe a děti.",
        {"town": "Plzeň", "needs": ["housing"], "targets": ["families", "women"]},
    ),
    (
        "Synovi je 19 a sedí ve Vinařicích, já bych potřebovala psychologa pro sebe, bydlím v Kladně.",
        {"town": "Kladno", "needs": ["mental-health"], "targets": ["families", "women"]},
    ),
    (
        "Moje máma je ve vazbě v Praze a já (16) nemám kde bydlet",
        {"needs": ["housing"], "targets": ["families", "juveniles"]},
    ),
    ("bydlení nepotřebuje, práci taky ne, jde mu hlavně o dluhy, Most", {"town": "Most", "needs": ["debt"]}),
    ("není to o penězích, spíš má deprese, Olomouc", {"town": "Olomouc", "needs": ["mental-health"]}),
    ("He doesn't drink or use drugs, he just needs housing in Brno", {"town": "Brno", "needs": ["housing"]}),
    ("Looking for addiction services near Opava", {"town": "Opava", "needs": ["addiction"]}),
    ("v Pardubicích nebo v okolí – doklady pro propuštěného", {"town": "Pardubice", "needs": ["documents"]}),
    (
        "Klient, 29 let, dluhy, alkohol, bez práce, rozvedený, ale nejvíc ho teď tíží, že nemá kde "
        "bydlet – Zlín.",
        {"town": "Zlín", "needs": ["housing"]},
    ),
    (
        "Ahoj, klientce je 45, byla 3 roky v Opavě, má problémy s alkoholem, dluhy a deprese. Potřebuje "
        "hlavně práci, aby se mohla postavit na nohy. Ostrava.",
        {"town": "Ostrava", "needs": ["employment"], "targets": ["women"]},
    ),
]
