"""Chat-style questions over the sample knowledge base (knowledge/sample), written independently.

Written by an author who has not seen the answer engine, the way Czech frontline workers type in a
chat: lower case, missing diacritics, abbreviations, run-on sentences, context that is not a filter.

Slots and values as tests/eval/questions.py: prison (a name or alias fragment as in the package),
region (official name), town (as in addresses), needs (codes, any of), targets (codes, all of),
org (a fragment of the organisation's name), capacity (free places wanted). No slot at all:
outside the domain, nothing may be shown. Gold is derived from the slots (tests/eval/gold.py).

Slot conventions as ../shared/eval/questions_dev2.py's docstring: place = where the service is
wanted (a prison the client leaves is background when a destination is named; the asker's own
workplace only when it is the place asked about); negated needs are not needs; primary need only;
targets only who the client explicitly is (feminine forms about the client -> women, kluk/chlap ->
men, 15-17 -> juveniles, 18-26 -> young-adults, 70+ -> seniors, a relative needing help ->
families); capacity only when free places are asked; outside the domain -> no slots even with a
place. Some questions deliberately have an empty gold: no service in the sample fits them.
"""

from __future__ import annotations

from typing import Any

OPAVA = "Věznice Opava"
MIROV = "Věznice Mírov"
VV_OSTRAVA = "Vazební věznice Ostrava"
VV_LIBEREC = "Vazební věznice Liberec"
USTI = "Ústí nad Labem"
HK = "Hradec Králové"
CB = "České Budějovice"
KV = "Karlovy Vary"
MSK = "Moravskoslezský kraj"

Q: list[tuple[str, dict[str, Any]]] = [
    # == 1. context sentences: origin prison vs destination town, the asker's own workplace ======
    (
        "klient ma konec trestu v rynovicich pristi mesic, pak jde k bratrovi do liberce a tam by "
        "potreboval nejake k-centrum",
        {"town": "Liberec", "needs": ["addiction"]},
    ),
    (
        "jsem vychovatelka na Borech, kdo k nám chodí dělat mentoring?",
        {"prison": "Bory", "needs": ["mentoring"]},
    ),
    (
        "pani vysla z Noveho Sedla, stehuje se k priteli do Usti a potrebuje vyridit obcanku",
        {"town": USTI, "needs": ["documents"], "targets": ["women"]},
    ),
    (
        "jsem kurátor v Opavě, klient sedí na Mírově a chtěl by mluvit s psychologem",
        {"prison": MIROV, "needs": ["mental-health"]},
    ),
    (
        "pracuju jako socialni pracovnice v karvine, hledam dluhovou poradnu pro klienta co bude po "
        "propusteni bydlet v brne",
        {"town": "Brno", "needs": ["debt"]},
    ),
    (
        "odsouzený z Heřmanic se po výstupu stěhuje do Ostravy k bratrovi, má zájem o práci",
        {"town": "Ostrava", "needs": ["employment"]},
    ),
    (
        "jsem z PMS v Brně, chodí někdo do Kuřimi dělat mediace?",
        {"prison": "Věznice Kuřim", "needs": ["restorative"]},
    ),
    (
        "klient si odpykava trest v Jiricich, rodina zije v Kladne, chce resit zavislost jeste uvnitr",
        {"prison": "Věznice Jiřice", "needs": ["addiction"]},
    ),
    (
        "za dva mesice propoustime z Valdic, pujde do Hradce a nema kde bydlet",
        {"town": HK, "needs": ["housing"]},
    ),
    (
        "vychází z Bělušic, bude žít v Mostě, potřebuje oblečení a hygienu",
        {"town": "Most", "needs": ["basic-needs"]},
    ),
    (
        "pracuju v Pardubicích na úřadě, klientka se vrací z Ruzyně domů do Prahy a potřebuje azylový dům",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "jsem vychovatel ve Znojmě ve věznici, kdo u nás dělá mediace",
        {"prison": "Věznice Znojmo", "needs": ["restorative"]},
    ),
    ("klient je z Olomouce ale sedí v Opavě, chtěl by duchovního", {"prison": OPAVA, "needs": ["spiritual"]}),
    (
        "po vykonu trestu v Ostrove se vraci domu do Sokolova, hleda zamestnani",
        {"town": "Sokolov", "needs": ["employment"]},
    ),
    (
        "propouštíme z Rapotic do Jihlavy, chlap 45 let, potřebuje probační dům",
        {"town": "Jihlava", "needs": ["housing-halfway"], "targets": ["men"]},
    ),
    (
        "jsem kurátorka z Kladna, klient po propuštění z Příbrami jde na ubytovnu do Českých Budějovic a "
        "potřebuje práci",
        {"town": CB, "needs": ["employment"]},
    ),
    (
        "klient sedí v Oráčově, po propuštění půjde do Kladna, ale zatím chceme řešit drogy uvnitř",
        {"prison": "Věznice Oráčov", "needs": ["addiction"]},
    ),
    (
        "jsem socialni pracovnice ve veznici Pardubice, dochazi k nam nekdo kvuli davkam?",
        {"prison": "Věznice Pardubice", "needs": ["benefits"]},
    ),
    (
        "klient pochází z Krnova, sedí v Karviné a potřeboval by mentora už teď",
        {"prison": "Věznice Karviná", "needs": ["mentoring"]},
    ),
    # == 2. negation: negated needs and audiences are not slots =================================
    ("nejde o drogy, řešíme jen dluhy, Brno", {"town": "Brno", "needs": ["debt"]}),
    ("klient není závislý, potřebuje jen bydlení v Opavě", {"town": "Opava", "needs": ["housing"]}),
    (
        "praci nepotrebuje, ma ji domluvenou, ale potrebuje psychologa, olomouc",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    ("ne azylák, spíš dlouhodobější sociální byt v Plzni", {"town": "Plzeň", "needs": ["housing-social"]}),
    (
        "rodina o něj nejeví zájem, potřebuje mentora po propuštění ve Zlíně",
        {"town": "Zlín", "needs": ["mentoring"]},
    ),
    ("dluhy nemá, jde o zahlazení odsouzení, Praha", {"town": "Praha", "needs": ["legal"]}),
    (
        "neni to pro muze, hledam azyl pro zenu v olomouci",
        {"town": "Olomouc", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    ("nepije a nebere, jen ty automaty, kladno", {"town": "Kladno", "needs": ["addiction"]}),
    (
        "klientka nemá děti, potřebuje jen azylový dům v Ústí",
        {"town": USTI, "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    ("nehledám bydlení, ale práci v Karlových Varech", {"town": KV, "needs": ["employment"]}),
    (
        "exekuce ani dluhy nemá, potřebuje doklady, sedí ve vazbě v Ostravě",
        {"prison": VV_OSTRAVA, "needs": ["documents"]},
    ),
    ("neni cizinec, je to cech, potrebuje pravnika v Praze", {"town": "Praha", "needs": ["legal"]}),
    ("klient uz neuziva, je rok cisty, hleda praci v Ostrave", {"town": "Ostrava", "needs": ["employment"]}),
    ("není to mladistvý, je mu 35, dluhová poradna Brno", {"town": "Brno", "needs": ["debt"]}),
    (
        "ne DPC, potřebuje jen noclehárnu v Pardubicích na pár nocí",
        {"town": "Pardubice", "needs": ["housing-shelter"]},
    ),
    (
        "v heřmanicích nechceme mentoring, ale restorativní program",
        {"prison": "Heřmanice", "needs": ["restorative"]},
    ),
    ("psycholog ne, spíš duchovní, Mírov", {"prison": MIROV, "needs": ["spiritual"]}),
    (
        "nechce k-centrum, chtěl by do terapeutické komunity",
        {"needs": ["addiction"], "targets": ["addicted", "released"]},
    ),
    # == 3. adjective and colloquial forms of prisons and towns (vazba, two-word towns) ==========
    ("kdo chodi do ostravske vazebky", {"prison": VV_OSTRAVA}),
    ("mentoring v ostravské vazbě", {"prison": VV_OSTRAVA, "needs": ["mentoring"]}),
    ("liberecka vazebka drogy", {"prison": VV_LIBEREC, "needs": ["addiction"]}),
    ("na rýnovickém kriminále někdo s drogama?", {"prison": "Věznice Rýnovice", "needs": ["addiction"]}),
    ("opavská basa rodinné poradenství", {"prison": OPAVA, "needs": ["family"]}),
    ("karvinský kriminál, kdo tam dělá mentoring", {"prison": "Věznice Karviná", "needs": ["mentoring"]}),
    ("pankrácká vazba, příprava na propuštění", {"prison": "Pankrác", "needs": ["counselling"]}),
    (
        "pro kluky 19-20 let ve vazbě na Bohunicích, vzdělávání",
        {"prison": "Bohunice", "needs": ["education"], "targets": ["men", "young-adults"]},
    ),
    ("mírovský lapák senioři", {"prison": MIROV, "targets": ["seniors"]}),
    ("valdická věznice duchovní", {"prison": "Věznice Valdice", "needs": ["spiritual"]}),
    ("v Hradci Králové DPC", {"town": HK, "needs": ["housing-halfway"]}),
    (
        "v Ústí nad Labem azyl pro mámu s dětma",
        {"town": USTI, "needs": ["housing-shelter"], "targets": ["women", "children"]},
    ),
    ("v Karlových Varech mentoring po výkonu", {"town": KV, "needs": ["mentoring"]}),
    ("něco s bydlením v Budějkách", {"town": CB, "needs": ["housing"]}),
    ("v Havlíčkově Brodě kontakt dětí s mámou ve vězení", {"town": "Havlíčkův Brod", "needs": ["family"]}),
    (
        "budějovická vazba bydlení po propuštění",
        {"prison": "Vazební věznice České Budějovice", "needs": ["housing"]},
    ),
    (
        "na Světlé psycholog pro odsouzené ženy",
        {"prison": "Věznice Světlá nad Sázavou", "needs": ["mental-health"], "targets": ["women"]},
    ),
    ("kynšperská věznice práce", {"prison": "Kynšperk", "needs": ["employment"]}),
    ("ostravské Heřmanice dluhy", {"prison": "Heřmanice", "needs": ["debt"]}),
    ("plzeňská věznice duchovní", {"prison": "Bory", "needs": ["spiritual"]}),
    ("ve vazbě v Olomouci psychiatr", {"prison": "Vazební věznice Olomouc", "needs": ["mental-health"]}),
    (
        "hradecka vazebka dum na pul cesty",
        {"prison": "Vazební věznice Hradec Králové", "needs": ["housing-halfway"]},
    ),
    ("kdo chodi do veznice ostrava-hermanice", {"prison": "Heřmanice"}),
    ("teplická vazba exekuce", {"prison": "Vazební věznice Teplice", "needs": ["debt"]}),
    ("litoměřická vazebka dluhy", {"prison": "Vazební věznice Litoměřice", "needs": ["debt"]}),
    ("na Liberecku něco na drogy", {"region": "Liberecký kraj", "needs": ["addiction"]}),
    ("v Ústeckém kraji šatník", {"region": "Ústecký kraj", "needs": ["basic-needs"]}),
    ("příbramská věznice závislosti", {"prison": "Bytíz", "needs": ["addiction"]}),
    # == 4. colloquial need words =================================================================
    (
        "postel na noc v ostrave pro chlapa",
        {"town": "Ostrava", "needs": ["housing-shelter"], "targets": ["men"]},
    ),
    ("fet, opava, potrebuje nekam zajit", {"town": "Opava", "needs": ["addiction"]}),
    ("perník kladno kam s ním", {"town": "Kladno", "needs": ["addiction"]}),
    ("háčko Liberec", {"town": "Liberec", "needs": ["addiction"]}),
    ("chlast, ambulantně v Příbrami", {"town": "Příbram", "needs": ["addiction"]}),
    ("šichta pro klienta v Brně", {"town": "Brno", "needs": ["employment"]}),
    ("brigáda Zlín po kriminále", {"town": "Zlín", "needs": ["employment"]}),
    ("obcanka mu propadla, pardubice", {"town": "Pardubice", "needs": ["documents"]}),
    ("invalidní důchod vyřídit, Ústí nad Labem", {"town": USTI, "needs": ["benefits"]}),
    ("střecha nad hlavou v Olomouci", {"town": "Olomouc", "needs": ["housing"]}),
    ("deprese po propuštění, Praha", {"town": "Praha", "needs": ["mental-health"]}),
    ("pravnik zadarmo kvuli rejstriku, praha", {"town": "Praha", "needs": ["legal"]}),
    ("exekuce ho žerou, Ústí", {"town": USTI, "needs": ["debt"]}),
    ("halfway house v Praze", {"town": "Praha", "needs": ["housing-halfway"]}),
    ("něco k jídlu a sprcha, Kladno", {"town": "Kladno", "needs": ["basic-needs"]}),
    ("ubytovani v krnove", {"town": "Krnov", "needs": ["housing"]}),
    ("hraje automaty, kvůli tomu má dluhy, Kladno", {"town": "Kladno", "needs": ["addiction"]}),
    ("potrebuje doprovod na urad kvuli davkam, opava", {"town": "Opava", "needs": ["benefits"]}),
    # == 5. gender and age words, and their look-alikes (může/muže) ==============================
    (
        "kam muze jit klientka na noc v praze",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "kluk 17 let, vzdělávání, Brno",
        {"town": "Brno", "needs": ["education"], "targets": ["men", "juveniles"]},
    ),
    (
        "holka 20 let po vazbě potřebuje bydlení v Brně",
        {"town": "Brno", "needs": ["housing"], "targets": ["women", "young-adults"]},
    ),
    ("chlap 50, azylák Brno", {"town": "Brno", "needs": ["housing-shelter"], "targets": ["men"]}),
    (
        "máma se dvěma dětma potřebuje azyl v Ústí",
        {"town": USTI, "needs": ["housing-shelter"], "targets": ["women", "children"]},
    ),
    ("klientce je 72, je po výkonu, bydlí v Olomouci", {"town": "Olomouc", "targets": ["women", "seniors"]}),
    ("může mu někdo pomoct s dluhy v Brně?", {"town": "Brno", "needs": ["debt"]}),
    ("mladistvý 16 let, ostrava, nějaký program", {"town": "Ostrava", "targets": ["juveniles"]}),
    (
        "kluk 22 let dum na pul cesty praha",
        {"town": "Praha", "needs": ["housing-halfway"], "targets": ["men", "young-adults"]},
    ),
    ("senior po vykonu trestu, 75 let, nema nikoho, olomouc", {"town": "Olomouc", "targets": ["seniors"]}),
    ("pro ženu 40 let psycholog Praha", {"town": "Praha", "needs": ["mental-health"], "targets": ["women"]}),
    (
        "manželka odsouzeného potřebuje poradit s dluhy",
        {"needs": ["debt"], "targets": ["families", "women"]},
    ),
    (
        "muž 30 let, dluhy, věznice Břeclav",
        {"prison": "Věznice Břeclav", "needs": ["debt"], "targets": ["men"]},
    ),
    (
        "klientka 19 let, Hradec, DPC",
        {"town": HK, "needs": ["housing-halfway"], "targets": ["women", "young-adults"]},
    ),
    ("pomuze nekdo zene v plzni s bydlenim", {"town": "Plzeň", "needs": ["housing"], "targets": ["women"]}),
    (
        "máme kluka, je mu 25, chce se vyučit, Budějovice",
        {"town": CB, "needs": ["education"], "targets": ["men", "young-adults"]},
    ),
    (
        "noclehárna pro muže v Kladně, může tam přijít i se psem?",
        {"town": "Kladno", "needs": ["housing-shelter"], "targets": ["men"]},
    ),
    ("holka 15 let, mladistvá, ostrava", {"town": "Ostrava", "targets": ["women", "juveniles"]}),
    ("může se klient v Opavě obrátit na kurátora?", {"town": "Opava", "needs": ["counselling"]}),
    ("muže tam vzít někdo do azyláku? Olomouc", {"town": "Olomouc", "needs": ["housing-shelter"]}),
    # == 6. common words that must trigger nothing ================================================
    ("prosím vás co všechno je teď v Mostě pro lidi po kriminále", {"town": "Most"}),
    ("můžete mi poradit kdo pracuje ve věznici Kuřim", {"prison": "Věznice Kuřim"}),
    ("hledám právě teď cokoli v Jihlavě", {"town": "Jihlava"}),
    ("ahoj, potřebovala bych poradit, co je ve městě Karviná", {"town": "Karviná"}),
    ("kdo tam vlastně chodí na Mírov? díky moc", {"prison": MIROV}),
    ("jede tam autobus? hledám azylák v Ostravě", {"town": "Ostrava", "needs": ["housing-shelter"]}),
    (
        "dobrý den, mám dotaz, klient odchází hned zítra, Zlín, kde se může ubytovat",
        {"town": "Zlín", "needs": ["housing"]},
    ),
    ("vlastně asi cokoli co pomůže v Opavě", {"town": "Opava"}),
    ("potřebuju rychle kontakt, Liberec, je tam něco?", {"town": "Liberec"}),
    ("taky bych chtěla vědět co je v Hradci", {"town": HK}),
    ("mohli byste mi prosím napsat co je v Pardubicích, děkuju", {"town": "Pardubice"}),
    ("hele co je na Borech teď aktuálně", {"prison": "Bory"}),
    ("co tam dělají v Rapoticích", {"prison": "Věznice Rapotice"}),
    ("kdo právě teď pomáhá lidem v Ústí", {"town": USTI}),
    ("chci jen vědět co se dá dělat ve věznici ve Znojmě", {"prison": "Věznice Znojmo"}),
    ("je tu něco co funguje v Kladně?", {"town": "Kladno"}),
    ("co byste mi doporučili pro Plzeň", {"town": "Plzeň"}),
    (
        "mám tu člověka co dřív pracoval jako kuchař, teď sedí v Ostrově, co pro něj je",
        {"prison": "Věznice Ostrov"},
    ),
    # == 7. English questions ====================================================================
    ("Which NGOs visit Heřmanice prison?", {"prison": "Heřmanice"}),
    ("Is there a debt counselling service in Brno?", {"town": "Brno", "needs": ["debt"]}),
    (
        "my client works in Ostrava and needs a shelter for the night",
        {"town": "Ostrava", "needs": ["housing-shelter"]},
    ),
    (
        "women's shelter in Usti nad Labem for a mother with children",
        {"town": USTI, "needs": ["housing-shelter"], "targets": ["women", "children"]},
    ),
    ("drug treatment inside Rynovice prison", {"prison": "Věznice Rýnovice", "needs": ["addiction"]}),
    ("the family of a prisoner in Pankrac needs support", {"prison": "Pankrác", "targets": ["families"]}),
    (
        "halfway house for young adults in Hradec Kralove",
        {"town": HK, "needs": ["housing-halfway"], "targets": ["young-adults"]},
    ),
    (
        "any free beds in Zlin probation housing?",
        {"town": "Zlín", "needs": ["housing-halfway"], "capacity": True},
    ),
    (
        "legal aid for foreigners in Ostrava",
        {"town": "Ostrava", "needs": ["legal"], "targets": ["foreigners"]},
    ),
    (
        "mental health support for a released woman in Prague",
        {"town": "Praha", "needs": ["mental-health"], "targets": ["women"]},
    ),
    (
        "job for a man released from Ostrov prison, he'll live in Karlovy Vary",
        {"town": KV, "needs": ["employment"], "targets": ["men"]},
    ),
    ("spiritual care in Mirov prison", {"prison": MIROV, "needs": ["spiritual"]}),
    (
        "who works with addicted clients in Jirice prison",
        {"prison": "Věznice Jiřice", "targets": ["addicted"]},
    ),
    ("food bank in Most", {"town": "Most", "needs": ["basic-needs"]}),
    ("victim offender mediation Brno", {"town": "Brno", "needs": ["restorative"]}),
    ("weather in Ostrava tomorrow", {}),
    ("ID card renewal after release, Pardubice", {"town": "Pardubice", "needs": ["documents"]}),
    ("what is there for a 16 year old boy in Ostrava", {"town": "Ostrava", "targets": ["men", "juveniles"]}),
    # == 8. capacity: free places only when asked ================================================
    (
        "má azylák v Ostravě teď volné místo?",
        {"town": "Ostrava", "needs": ["housing-shelter"], "capacity": True},
    ),
    ("berou teď do DPC v Praze?", {"town": "Praha", "needs": ["housing-halfway"], "capacity": True}),
    ("volno v doléčovacím bytě v Opavě", {"town": "Opava", "needs": ["housing-social"], "capacity": True}),
    (
        "je volné lůžko v azyláku pro ženy v Praze",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"], "capacity": True},
    ),
    (
        "berou ted nekoho na startovaci byt v brne",
        {"town": "Brno", "needs": ["housing-social"], "capacity": True},
    ),
    (
        "volná místa v terapeutické komunitě",
        {"needs": ["addiction"], "targets": ["addicted", "released"], "capacity": True},
    ),
    (
        "má Olomoucký most volno v azylovém domě?",
        {"org": "Olomoucký most", "needs": ["housing-shelter"], "capacity": True},
    ),
    (
        "volné místo azyl Kladno pro chlapa",
        {"town": "Kladno", "needs": ["housing-shelter"], "targets": ["men"], "capacity": True},
    ),
    ("volno v probačním domě v Jihlavě", {"town": "Jihlava", "needs": ["housing-halfway"], "capacity": True}),
    ("kapacita podporované bydlení Budějovice", {"town": CB, "needs": ["housing-social"], "capacity": True}),
    (
        "berou teď matky s dětmi do azyláku v Ústí?",
        {"town": USTI, "needs": ["housing-shelter"], "targets": ["women", "children"], "capacity": True},
    ),
    (
        "volné lůžko noclehárna Pardubice",
        {"town": "Pardubice", "needs": ["housing-shelter"], "capacity": True},
    ),
    (
        "je někde volný DPC pro kluka, je mu 20",
        {"needs": ["housing-halfway"], "targets": ["men", "young-adults"], "capacity": True},
    ),
    ("volná místa bydlení Zlínský kraj", {"region": "Zlínský kraj", "needs": ["housing"], "capacity": True}),
    (
        "kde je teď volno na bydlení v Moravskoslezském kraji",
        {"region": MSK, "needs": ["housing"], "capacity": True},
    ),
    (
        "volne misto v azylaku pro muze v brne",
        {"town": "Brno", "needs": ["housing-shelter"], "targets": ["men"], "capacity": True},
    ),
    ("má někdo volné místo v Liberci", {"town": "Liberec", "capacity": True}),
    (
        "berou teď v Hradci do domu na půl cesty?",
        {"town": HK, "needs": ["housing-halfway"], "capacity": True},
    ),
    # == 9. organisations named in any case form ================================================
    ("máte kontakt na Kotvu?", {"org": "Kotva"}),
    ("co nabízí Most naděje v Ostravě", {"org": "Most naděje", "town": "Ostrava"}),
    ("telefon do Lávky Ústí", {"org": "Lávka Ústí"}),
    ("klienta jsme poslali k Jihočeské lávce, co tam dělají", {"org": "Jihočeská lávka"}),
    ("od Pevného bodu noclehárna", {"org": "Pevný bod", "needs": ["housing-shelter"]}),
    ("v Bráně dělají oddlužení?", {"org": "Brána Brno", "needs": ["debt"]}),
    ("u Nového startu mají DPC?", {"org": "Nový start", "needs": ["housing-halfway"]}),
    ("Karlovarskou spojku znáte? mentoring", {"org": "Karlovarská spojka", "needs": ["mentoring"]}),
    ("chodí někdo z Olomouckého mostu na Mírov?", {"org": "Olomoucký most", "prison": MIROV}),
    (
        "se Zlínským mentorem máme dobrou zkušenost, mají i bydlení?",
        {"org": "Zlínský mentor", "needs": ["housing"]},
    ),
    ("chodí Podaná ruka do Vinařic?", {"org": "podaná ruka", "prison": "Věznice Vinařice"}),
    ("kontakt na Světlo pro rodiny", {"org": "Světlo pro rodiny"}),
    ("v Auroře mají teď volno?", {"org": "Aurora", "capacity": True}),
    ("číslo na Svatého Martina v Kladně", {"org": "Svatý Martin", "town": "Kladno"}),
    ("od Spravedlnosti právník", {"org": "Spravedlnost", "needs": ["legal"]}),
    ("číslo na Dluhovou linku", {"org": "Dluhová linka"}),
    ("Šanci pro mladé v Brně bych potřebovala", {"org": "Šance pro mladé"}),
    ("kontakt na Krok za krokem v Plzni", {"org": "Krok za krokem", "town": "Plzeň"}),
    ("spolupráce s Mediací a smírem na Kuřimi", {"org": "Mediace a smír", "prison": "Věznice Kuřim"}),
    ("cesta ven liberec k centrum", {"org": "Cesta ven", "needs": ["addiction"]}),
    ("probacni a mediacni sluzba mladistvi", {"org": "Probační a mediační", "targets": ["juveniles"]}),
    ("sociálních kurátorů se můžu zeptat na dávky?", {"org": "Sociální kurátoři", "needs": ["benefits"]}),
    # == 10. outside the domain, with a place: nothing may be shown ==============================
    ("kolik je odsouzených na Mírově", {}),
    ("kdy jsou návštěvy na Pankráci", {}),
    ("kde se dá zaparkovat u věznice Opava", {}),
    ("jízdní řád autobusu z Ostravy do Heřmanic", {}),
    ("počasí Liberec zítra", {}),
    ("kolik zaměstnanců má věznice Kuřim", {}),
    ("otevírací doba návštěvní místnosti na Borech", {}),
    ("kolik stojí hotel v Brně", {}),
    ("statistika recidivy Moravskoslezský kraj 2025", {}),
    ("jak se jmenuje ředitel věznice Valdice", {}),
    ("kdy je v Olomouci farmářský trh", {}),
    ("kde koupit lístek na vlak do Plzně", {}),
    ("kapacita věznice Jiřice, kolik má celkem míst", {}),
    ("co smí být v balíčku do liberecké vazby", {}),
    ("dobra restaurace karlovy vary", {}),
    ("kolik lidí sedí v ostravské vazbě", {}),
    ("jak dlouho jede vlak z Prahy do Příbrami", {}),
    ("kolik bere dozorce na Pankráci", {}),
    # == 11. long multi-sentence questions ========================================================
    (
        "Dobrý den, jsem sociální pracovnice. Mám klienta, 38 let, sedí v Kuřimi už tři roky. Má velké "
        "dluhy, několik exekucí a chtěl by začít řešit oddlužení ještě ve výkonu. Kdo k nim do věznice "
        "dochází?",
        {"prison": "Věznice Kuřim", "needs": ["debt"]},
    ),
    (
        "Ahoj, potřebovala bych radu. Klientka odchází za dva týdny ze Světlé, bydlet nemá kde, rodina "
        "ji nechce. Chtěla by do Prahy. Je tam nějaký azylový dům pro ženy?",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "Mám tady chlapa z Heřmanic, propouští se v pátek. Bude bydlet u kamaráda v Ostravě. Občas pije, "
        "ale hlavně potřebuje práci, jinak spadne zpátky.",
        {"town": "Ostrava", "needs": ["employment"], "targets": ["men"]},
    ),
    (
        "Dobrý den, jsem kurátor. Klient 24 let, vychází z Valdic, nemá rodinu ani bydlení, chtěl by do "
        "Hradce. Hledám dům na půl cesty nebo něco podobného.",
        {"town": HK, "needs": ["housing-halfway"], "targets": ["young-adults"]},
    ),
    (
        "Zdravím, volala manželka našeho odsouzeného, sedí v Opavě. Ona to nezvládá, má dvě malé děti a "
        "neví, jak jim říct, že táta je ve vězení. Můžete doporučit nějakou rodinnou poradnu v Opavě?",
        {"town": "Opava", "needs": ["family"], "targets": ["families", "women"]},
    ),
    (
        "Klient sedí ve vazbě v Ostravě, je to cizinec, Ukrajinec, nemá platný pas. Řešíme, co s doklady, "
        "než půjde ven. Kdo tam za ním může chodit?",
        {"prison": VV_OSTRAVA, "needs": ["documents"], "targets": ["foreigners"]},
    ),
    (
        "Ještě k tomu klientovi z Jiřic. Je závislý na pervitinu, chce se léčit, ale až po propuštění, "
        "bude bydlet v Kladně u mámy. Kam ho v Kladně poslat?",
        {"town": "Kladno", "needs": ["addiction"], "targets": ["addicted"]},
    ),
    (
        "Dobrý den, pracuji na probaci v Olomouci. Klient, 45 let, trpí depresemi a úzkostmi, psychiatra "
        "nemá a sám si ho nesežene. Hledám něco přímo v Olomouci.",
        {"town": "Olomouc", "needs": ["mental-health"]},
    ),
    (
        "Mám otázku. Klient z Bělušic, 30 let, po propuštění bude v Mostě, nemá nic, jen to co má na sobě. "
        "Potřeboval by oblečení a něco k jídlu, než mu přijdou dávky.",
        {"town": "Most", "needs": ["basic-needs"]},
    ),
    (
        "Dobrý večer, omlouvám se za pozdní hodinu. Syn mé klientky je ve vazbě na Pankráci a ona by "
        "potřebovala vědět, jak ho podporovat a jak o tom mluvit s vnoučaty. Je tam něco pro rodiny?",
        {"prison": "Pankrác", "needs": ["family"], "targets": ["families", "women"]},
    ),
    (
        "Kolegyně z Brna se ptá: mladistvý, 16 let, krádeže, po rozhodnutí soudu by se měl vrátit do "
        "školy a dodělat vzdělání. Kdo s tím v Brně pomáhá?",
        {"town": "Brno", "needs": ["education"], "targets": ["juveniles"]},
    ),
    (
        "Dobrý den, jsem vychovatel ve Vinařicích. Máme tu několik odsouzených, kteří by si chtěli "
        "dodělat výuční list. Dochází k nám někdo se vzděláváním?",
        {"prison": "Věznice Vinařice", "needs": ["education"]},
    ),
    (
        "klient je po 8 letech venku, byl na Mírově, je mu 71, zdravotně na tom není dobře, bydlí teď v "
        "Olomouci v podnájmu. potřebuje někoho kdo mu se vším pomůže",
        {"town": "Olomouc", "targets": ["seniors"]},
    ),
    (
        "Píšu za kolegu. Klient je Slovák, teď sedí v ostravské vazbě, ale po propuštění chce zůstat v "
        "Ostravě a potřebuje právní radu kvůli pobytu.",
        {"town": "Ostrava", "needs": ["legal"], "targets": ["foreigners"]},
    ),
    (
        "Dobrý den. Klientka s malým dítětem, propuštěná z Nového Sedla. Jde do Ústí nad Labem, kde má "
        "domluvenou práci, ale nemá kde bydlet. Práci neřešíme. Potřebuje azylový dům pro matky s dětmi.",
        {"town": USTI, "needs": ["housing-shelter"], "targets": ["women", "children"]},
    ),
    (
        "Mám dotaz na Karlovarsko. Klient vychází z Horního Slavkova, bude žít v Karlových Varech a chtěl "
        "by mentora, někoho kdo ho podrží první měsíce venku.",
        {"town": KV, "needs": ["mentoring"]},
    ),
    (
        "Jsem sociální kurátorka v Příbrami. Klient, 39 let, gambler, prohrál všechno. Dluhy už řeší "
        "insolvence, teď potřebuje řešit samotné hraní. Bydlí v Kladně.",
        {"town": "Kladno", "needs": ["addiction"]},
    ),
    # == 12. partial understanding: one unknown slang word beside known ones ======================
    (
        "nějakej azyl v olomouci pro jednoho borce",
        {"town": "Olomouc", "needs": ["housing-shelter"], "targets": ["men"]},
    ),
    ("kámoš z basy potřebuje šichtu v Ostravě", {"town": "Ostrava", "needs": ["employment"]}),
    ("klient je totální socka, potřebuje dávky, Pardubice", {"town": "Pardubice", "needs": ["benefits"]}),
    ("dluhová poradna Ústí, klient je úplně na dně", {"town": USTI, "needs": ["debt"]}),
    ("týpek na Borech chce mentora", {"prison": "Bory", "needs": ["mentoring"], "targets": ["men"]}),
    ("dokladovka v Praze, občanka ztracená", {"town": "Praha", "needs": ["documents"]}),
    ("klient fetuje jak blázen, k-céčko v Liberci", {"town": "Liberec", "needs": ["addiction"]}),
    (
        "chudák je na dlažbě, noclehárna Pardubice",
        {"town": "Pardubice", "needs": ["housing-shelter"], "targets": ["homeless"]},
    ),
    ("zákazník z liberecké vazebky potřebuje adiktologa", {"prison": VV_LIBEREC, "needs": ["addiction"]}),
    (
        "máma s haranty hledá azyl v Ústí",
        {"town": USTI, "needs": ["housing-shelter"], "targets": ["women", "children"]},
    ),
    ("dědula 76 let po kriminále v Olomouci, kam s ním", {"town": "Olomouc", "targets": ["seniors", "men"]}),
    ("klient je mimoň, potřebuje psychiatra na Mírově", {"prison": MIROV, "needs": ["mental-health"]}),
    ("chce makat v Karlových Varech", {"town": KV, "needs": ["employment"]}),
    ("parťák na mediaci v Brně", {"town": "Brno", "needs": ["restorative"]}),
    ("klient má bordel v papírech, doklady, Ústí", {"town": USTI, "needs": ["documents"]}),
    (
        "bezďák v Kladně potřebuje sprchu",
        {"town": "Kladno", "needs": ["basic-needs"], "targets": ["homeless"]},
    ),
    (
        "klientka je v tahu, potřebuje kontaktní centrum v Opavě",
        {"town": "Opava", "needs": ["addiction"], "targets": ["women"]},
    ),
    # == 13. typos and missing diacritics =========================================================
    ("azylovi dum pro zeni praha", {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]}),
    ("zavislot veznice jirice", {"prison": "Věznice Jiřice", "needs": ["addiction"]}),
    ("dluhova porana brno", {"town": "Brno", "needs": ["debt"]}),
    ("hermanice mentorng", {"prison": "Heřmanice", "needs": ["mentoring"]}),
    ("veznice breclv oddluzeni", {"prison": "Věznice Břeclav", "needs": ["debt"]}),
    ("psycholog olomuc", {"town": "Olomouc", "needs": ["mental-health"]}),
    ("prace sokolof", {"town": "Sokolov", "needs": ["employment"]}),
    ("k centrum libereec", {"town": "Liberec", "needs": ["addiction"]}),
    ("nocleharna pardubcie", {"town": "Pardubice", "needs": ["housing-shelter"]}),
    ("socialni bydleni plzen", {"town": "Plzeň", "needs": ["housing-social"]}),
    ("mediase znojmo veznce", {"prison": "Věznice Znojmo", "needs": ["restorative"]}),
    ("duchovni pece ve valdicich", {"prison": "Věznice Valdice", "needs": ["spiritual"]}),
    ("pravni poradna prah", {"town": "Praha", "needs": ["legal"]}),
    ("zamestnani karlovi vary", {"town": KV, "needs": ["employment"]}),
    ("azylak kladon", {"town": "Kladno", "needs": ["housing-shelter"]}),
    ("drahonice dokaldy", {"prison": "Drahonice", "needs": ["documents"]}),
    ("rodinna konference jihlva", {"town": "Jihlava", "needs": ["family"]}),
    ("potravinova pomoc most", {"town": "Most", "needs": ["basic-needs"]}),
    ("senyori olomouc po vikonu", {"town": "Olomouc", "targets": ["seniors"]}),
]
