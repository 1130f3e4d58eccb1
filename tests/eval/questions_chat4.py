"""Fifth chat-style set over the sample knowledge base (knowledge/sample): the kinds of failure of
the third understanding round, in new sentences.

- a strict reading that finds nothing because of a soft slot: the asker's own workplace ("pracuju na
  probaci") is no audience, "po VTOS" is background, "máma s dětmi" asking for a lawyer is a woman;
- a prison that is only the origin when the town where the client will live is named ("je ještě v
  Heřmanicích, po propuštění chce do Karviné", "žije v Opavě, věznici má za sebou");
- spoken adjectives of remand prisons ("hradecká vazba", "budějovická vazba");
- everyday words (doléčení, praktik, zaměstnat, finanční gramotnost, sociální rehabilitace) and
  colloquial town names (Valmez, Budějice, Olmik, Uherák);
- an organisation with a generic service word ("Brána Brno – mají poradnu v Brně?").

Slots and conventions as tests/eval/questions_chat2.py; gold is derived from them (tests/eval/gold.py).
"""

from __future__ import annotations

from typing import Any

CB = "České Budějovice"

Q: list[tuple[str, dict[str, Any]]] = [
    # == 1. the prison is the origin, the town where the client will live is the place ==========
    (
        "je ještě v Heřmanicích, po propuštění chce do Karviné, potřebuje práci",
        {"town": "Karviná", "needs": ["employment"]},
    ),
    (
        "klient sedí na Borech, po výstupu chce jít do Kladna, hledá azylák",
        {"town": "Kladno", "needs": ["housing-shelter"]},
    ),
    (
        "propuštěný z Mírova, chce začít znovu v Olomouci, potřebuje azylák",
        {"town": "Olomouc", "needs": ["housing-shelter"]},
    ),
    (
        "věznici má za sebou, žije v Opavě a potřebuje sociální bydlení",
        {"town": "Opava", "needs": ["housing-social"]},
    ),
    (
        "klient bydlí v Karviné, basu má za sebou, hledá rekvalifikaci",
        {"town": "Karviná", "needs": ["education"]},
    ),
    (
        "Je ještě ve Vinařicích, po propuštění půjde do Příbrami, potřebuje pomoct se závislostí",
        {"town": "Příbram", "needs": ["addiction"]},
    ),
    (
        "klient vychází z Kuřimi a bude bydlet v Brně, hledá dluhovou poradnu",
        {"town": "Brno", "needs": ["debt"]},
    ),
    (
        "teď je v Rýnovicích, po propuštění se stěhuje do Liberce, potřebuje léčbu závislosti",
        {"town": "Liberec", "needs": ["addiction"]},
    ),
    (
        "propuštěný z Valdic, chce se usadit v Hradci, potřebuje DPC",
        {"town": "Hradec Králové", "needs": ["housing-halfway"]},
    ),
    (
        "je ještě na Pankráci, po propuštění chce do Plzně, potřebuje mentora",
        {"town": "Plzeň", "needs": ["mentoring"]},
    ),
    (
        "klient žije v Plzni, kriminál má dávno za sebou, hledá práci",
        {"town": "Plzeň", "needs": ["employment"]},
    ),
    (
        "Ještě sedí v Opavě, ale po propuštění bude bydlet v Krnově – potřebuje doléčení",
        {"town": "Krnov", "needs": ["addiction"]},
    ),
    (
        "z Heřmanic jde ven za 14 dní, pak bude žít v Ostravě a potřebuje noclehárnu",
        {"town": "Ostrava", "needs": ["housing-shelter"]},
    ),
    (
        "klient je zatím v Plzni na Borech, po propuštění se vrací do Karlových Varů a shání práci",
        {"town": "Karlovy Vary", "needs": ["employment"]},
    ),
    (
        "klientka z Olomouce, po výstupu ze Světlé potřebuje azylák",
        {"town": "Olomouc", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    ("klient bydlí v Teplicích a hledá práci", {"town": "Teplice", "needs": ["employment"]}),
    ("po výkonu trestu bydlí v Kuřimi, potřebuje dluhovou poradnu", {"town": "Kuřim", "needs": ["debt"]}),
    ("VV Teplice – kdo tam chodí kvůli dluhům?", {"prison": "Vazební věznice Teplice", "needs": ["debt"]}),
    # == 2. a soft slot must not empty the answer ================================================
    (
        "Pracuju na probaci v Ostravě, klient potřebuje azylák v Ostravě",
        {"town": "Ostrava", "needs": ["housing-shelter"]},
    ),
    (
        "jsem z probace, klientka po propuštění hledá azylový dům v Praze",
        {"town": "Praha", "needs": ["housing-shelter"], "targets": ["women"]},
    ),
    (
        "máma s dětmi potřebuje právníka v Praze",
        {"town": "Praha", "needs": ["legal"], "targets": ["women"]},
    ),
    (
        "matka s dětmi po VTOS, potřebuje azylák v Ústí",
        {"town": "Ústí nad Labem", "needs": ["housing-shelter"], "targets": ["women", "children"]},
    ),
    (
        "máma se dvěma malými dětmi, po propuštění, hledá azylák v Ústí",
        {"town": "Ústí nad Labem", "needs": ["housing-shelter"], "targets": ["women", "children"]},
    ),
    (
        "jsem probační úřednice v Kladně, klient bere pervitin a potřebuje pomoc",
        {"town": "Kladno", "needs": ["addiction"]},
    ),
    (
        "pracuju na probaci, klient z Liberce potřebuje léčbu",
        {"town": "Liberec", "needs": ["addiction"]},
    ),
    (
        "po VTOS, klient v Pardubicích potřebuje vyřídit doklady",
        {"town": "Pardubice", "needs": ["documents"]},
    ),
    (
        "po VTOS v Mostě, nemá co jíst",
        {"town": "Most", "needs": ["basic-needs"]},
    ),
    # == 3. spoken adjectives of remand prisons ==================================================
    (
        "hradecká vazba – chodí tam někdo kvůli bydlení po propuštění?",
        {"prison": "Vazební věznice Hradec Králové", "needs": ["housing"]},
    ),
    ("budějovická vazba, kdo tam chodí?", {"prison": f"Vazební věznice {CB}"}),
    ("liberecká vazba, drogy", {"prison": "Vazební věznice Liberec", "needs": ["addiction"]}),
    (
        "olomoucká vazebka – je tam psycholog?",
        {"prison": "Vazební věznice Olomouc", "needs": ["mental-health"]},
    ),
    ("brněnská vazba, dluhy", {"prison": "Brno", "needs": ["debt"]}),
    ("teplická vazba – kdo tam řeší dluhy?", {"prison": "Vazební věznice Teplice", "needs": ["debt"]}),
    ("litoměřická vazba, exekuce", {"prison": "Vazební věznice Litoměřice", "needs": ["debt"]}),
    (
        "ve hradecké vazbě sedí klient, potřebuje DPC",
        {"prison": "Vazební věznice Hradec Králové", "needs": ["housing-halfway"]},
    ),
    # == 4. everyday words and colloquial town names =============================================
    ("kde je v Liberci doléčení?", {"town": "Liberec", "needs": ["addiction"]}),
    ("doléčovací program v Opavě", {"town": "Opava", "needs": ["addiction"]}),
    ("klient nemá praktika, Kladno", {"town": "Kladno", "needs": ["health"]}),
    ("potřebuje praktického lékaře v Olomouci", {"town": "Olomouc", "needs": ["health"]}),
    ("zaměstnávání propuštěných v Karlových Varech", {"town": "Karlovy Vary", "needs": ["employment"]}),
    ("kdo by ho mohl zaměstnat v Českých Budějovicích?", {"town": CB, "needs": ["employment"]}),
    (
        "finanční gramotnost pro odsouzené ve Vinařicích",
        {"prison": "Vinařice", "needs": ["debt", "education"]},
    ),
    ("sociální rehabilitace v Ústí", {"town": "Ústí nad Labem", "needs": ["counselling"]}),
    (
        "Valmez – azylák pro chlapa",
        {"town": "Valašské Meziříčí", "needs": ["housing-shelter"], "targets": ["men"]},
    ),
    ("práce v Budějicích pro propuštěného", {"town": CB, "needs": ["employment"]}),
    ("Olmik – potřebuje psychologa", {"town": "Olomouc", "needs": ["mental-health"]}),
    ("Uherák, klient hledá bydlení", {"town": "Uherské Hradiště", "needs": ["housing"]}),
    ("obvoďák pro klienta v Opavě", {"town": "Opava", "needs": ["health"]}),
    # == 5. an organisation with a generic service word ==========================================
    ("Lávka Ústí – mají poradnu v Ústí?", {"org": "Lávka Ústí", "town": "Ústí nad Labem"}),
    ("Brána Brno – mají nějakou poradnu v Brně?", {"org": "Brána Brno", "town": "Brno"}),
    ("Krok za krokem – mají poradnu v Plzni?", {"org": "Krok za krokem", "town": "Plzeň"}),
    ("Jihočeská lávka, mají v Budějovicích poradnu?", {"org": "Jihočeská lávka", "town": CB}),
    ("Zlínský mentor, poradna ve Zlíně?", {"org": "Zlínský mentor", "town": "Zlín"}),
]
