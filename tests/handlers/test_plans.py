"""A curator plans a client's release in one conversation: one sentence, a few taps, handovers
to three providers, reminders and a case conference; each provider sees only its own."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from bot.models import table_of
from bot.text.dates import read_day
from bot.user_models import Reminder
from offline_api.server import Person
from tests.handlers.conftest import COORDINATOR, Chat
from tests.handlers.test_following import admitted, arrives

SENTENCE = "klient jde 15. 3. z Heřmanic do Ostravy, potřebuje bydlení, práci a řešit dluhy, je po léčbě"


class Counted:
    """The curator, with every message and tap after the first sentence counted."""

    def __init__(self, person: Person) -> None:
        self.person = person
        self.steps = 0

    def says(self, typed: str) -> None:
        self.steps += 1
        self.person.says(typed)

    def presses(self, label: str) -> None:
        self.steps += 1
        self.person.presses(label)


async def test_a_release_plan_from_one_sentence_to_three_handovers_and_a_case_conference(chat: Chat) -> None:
    curator = admitted(chat, 941, "curator")
    shelter = admitted(chat, 942, "ngo", "Most naděje")  # housing and work in Ostrava
    curators = admitted(chat, 943, "ngo", "Sociální kurátoři Ukázkov")  # crisis help in Opava
    brana = admitted(chat, 944, "ngo", "Brána Brno")  # debt counselling, the nearest that fits
    outsider = admitted(chat, 945, "ngo", "Pevný bod Pardubice")
    await chat.settle()
    release = read_day("15. 3.", today=date.today())

    curator.says("/plan " + SENTENCE)
    await chat.settle()
    draft = curator.last
    assert draft.plain.startswith("🗓 Plán propuštění – koncept")
    assert f"Propuštění: {release.day}. {release.month}. {release.year}" in draft.plain
    assert "Odkud: Věznice Heřmanice" in draft.plain
    assert "Kam: Ostrava (Moravskoslezský kraj)" in draft.plain
    assert "Klient: muž, bez aktivní závislosti, dluží obci" in draft.plain
    chosen = [b["text"] for b in draft.buttons if b["text"].startswith("✓ ")]
    assert chosen == [
        "✓ Bydlení",
        "✓ Zaměstnání a práce",
        "✓ Dluhy a finance",
        "✓ muž",
        "✓ bez aktivní závislosti",
        "✓ dluží obci",
    ]

    worker = Counted(curator)  # from here on, every message and tap counts
    worker.presses("Sestavit plán")
    await chat.settle()
    page = curator.last.plain
    code = page.split("Plán propuštění ")[1][:6]
    assert page.count("☑ vybráno") == 3  # the first fitting service of each need, preselected
    assert "1. ✅ Azylový dům Most naděje Ostrava · Ostrava · volná místa: 3" in page
    assert "Ve městě Ostrava nic nevyhovuje" not in page.split("Zaměstnání")[0]
    debts = page.split("Dluhy a finance")[1]
    assert debts.lstrip().startswith("⚠️ V kraji nic nevyhovuje – nejbližší mimo kraj:")
    assert "Dluhová poradna Brána · Brno (141 km)" in debts
    assert "⏰ Připomenu 30 a 7 dní předem a v den propuštění." in page

    # The worker prefers the crisis help in Opava to the shelter: one tap off, one tap on.
    worker.presses("✓ Bydlení 1: Azylový dům")
    await chat.settle()
    worker.presses("+ Bydlení 2: Krizová pomoc")
    await chat.settle()
    worker.presses("Klient souhlasí – předat vybraným (3)")
    await chat.settle()
    assert curator.notice == "Předáno: 3. Služby dostaly jen své předání."
    page = curator.last.plain
    assert page.count("🤝 předáno: odesláno") == 3

    for provider, service in (
        (shelter, "Pracovní poradenství Most naděje"),
        (curators, "Krizová pomoc po propuštění"),
        (brana, "Dluhová poradna Brána"),
    ):
        incoming = await arrives(provider, "📥 Nové předání klienta")
        assert f"{code} → {service}" in incoming
        provider.says("/predani")
        await chat.settle()
        listed = [b["text"] for b in provider.last.buttons]
        assert len(listed) == 1 and listed[0].startswith(f"{code} → {service}")  # its own, only
    assert not any(m.plain.startswith("📥") for m in outsider.received)

    worker.presses("Případová konference")
    await chat.settle()
    assert curator.last.plain.startswith("Kdy a kde bude případová konference?")
    worker.says("za 14 dní v 10:00 Ostrava, úřad https://meet.example.org/k-plan")
    await chat.settle()
    sent = "👥 Pozvánka odeslána: 4 lidem. Odpovědi uvidíte v /akce."  # three providers and the curator
    assert sent in [m.plain for m in curator.received]
    for provider in (shelter, curators, brana):
        invitation = await arrives(provider, f"Případová konference {code}")
        assert "https://meet.example.org/k-plan" in invitation
    assert not any("konference" in m.plain for m in outsider.received)

    assert worker.steps <= 6, worker.steps  # the budget for a plan with three needs
    assert worker.steps == 6

    # The gap the plan met counts where coordinators look for what is missing.
    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/pokryti Moravskoslezský kraj")
    await chat.settle()
    coverage = next(m.plain for m in coordinator.received if m.plain.startswith("Pokrytí"))
    assert coverage.endswith(
        "Plány propuštění bez vhodné služby v kraji (12 měsíců, kraj – potřeba: plánů):\n"
        "Moravskoslezský kraj – Dluhy a finance: 1"
    )

    reminder = table_of(Reminder)
    with chat.engine.connect() as connection:
        mine = connection.execute(
            select(reminder.c.text).where(reminder.c.user_id == 941, reminder.c.kind == "personal")
        ).scalars()
        texts = list(mine)
    assert all(t.startswith(f"🗓 Plán {code}: propuštění") for t in texts)
    assert sorted(t.split(": ")[1].split(" (")[0] for t in texts) == sorted(
        f"propuštění za {d} dní" if d else "propuštění dnes"
        for d in (30, 7, 0)
        if (release - date.today()).days > d
    )


async def test_gaps_are_asked_and_plans_come_back_in_plany(chat: Chat) -> None:
    curator = admitted(chat, 951, "curator")
    await chat.settle()
    curator.says("/plan")
    await chat.settle()
    assert curator.last.plain.startswith("🗓 Plán propuštění\nNapište jednou větou")
    curator.says("Jan Novák jde ven, potřebuje bydlení")
    await chat.settle()
    assert curator.last.plain.startswith("Text vypadá, že obsahuje osobní údaje klienta (jméno)")
    curator.says("klientka jde ven, potřebuje bydlení, 30 let, bez dokladů")
    await chat.settle()
    assert curator.last.plain.startswith("Kdy jde klient ven?")
    curator.says("někdy")
    await chat.settle()
    assert curator.last.plain.startswith("Tomu datu nerozumím.")  # and the draft waits
    curator.says("za 3 týdny")
    await chat.settle()
    assert curator.last.plain.startswith("Kam klient půjde?")
    curator.says("do Brna")
    await chat.settle()
    assert "Kam: Brno (Jihomoravský kraj)" in curator.last.plain
    curator.presses("📍 Jiné místo")  # a second thought: the town is typed again
    await chat.settle()
    assert curator.last.plain.startswith("Kam klient půjde?")
    curator.says("do Prahy")
    await chat.settle()
    draft = curator.last
    assert "Kam: Praha (Hlavní město Praha)" in draft.plain
    assert "Klient: žena, 27–64 let, bez platného dokladu" in draft.plain
    curator.presses("bez platného dokladu")  # a second tap: not known after all
    await chat.settle()
    assert "Klient: žena, 27–64 let\n" in curator.last.plain
    curator.presses("Sestavit plán")
    await chat.settle()
    code = curator.last.plain.split("Plán propuštění ")[1][:6]
    curator.says("/plany")
    await chat.settle()
    assert curator.last.plain.startswith("🗓 Vaše plány propuštění")
    curator.presses(code)
    await chat.settle()
    assert curator.last.plain.startswith(f"🗓 Plán propuštění {code}")
    curator.presses("Text pro klienta")
    await chat.settle()
    document = curator.last
    assert document.kind == "document" and document.extra["document"]["file"] == f"plan-{code}.txt"
    content = document.extra["document"]["content"].decode("utf-8")
    assert content.startswith(f"Plán po propuštění ({code})\nPropuštění: ")
    assert ", cíl: Praha" in content
    curator.presses("Uzavřít plán", curator.received[-2])
    await chat.settle()
    assert curator.notice == "Plán uzavřen; připomínky zrušeny."
    curator.says("/plany")
    await chat.settle()
    assert curator.last.plain.startswith("Zatím nemáte žádný otevřený plán.")


async def test_a_plan_from_a_prison_card_and_not_for_providers(chat: Chat) -> None:
    educator = admitted(chat, 961, "prison_staff")
    provider = admitted(chat, 962, "ngo", "Most naděje")
    await chat.settle()
    educator.says("/veznice Heřmanice")
    await chat.settle()
    educator.presses("🗓 Plán propuštění")
    await chat.settle()
    assert educator.last.plain.startswith("🗓 Plán propuštění\nNapište jednou větou")
    educator.says("jde za měsíc do Opavy, potřebuje bydlení a léčbu závislosti")
    await chat.settle()
    assert "Odkud: Věznice Heřmanice" in educator.last.plain  # from the card
    assert "Kam: Opava (Moravskoslezský kraj)" in educator.last.plain
    provider.says("/veznice Heřmanice")
    await chat.settle()
    assert not any("Plán propuštění" in b["text"] for b in provider.last.buttons)
    provider.says("/plan klient jde 15. 3. do Ostravy, bydlení")
    await chat.settle()
    assert provider.last.plain.startswith("Plány propuštění sestavují pracovníci věznic")


async def test_a_provider_declines_and_the_next_fitting_service_is_offered(chat: Chat) -> None:
    curator = admitted(chat, 971, "curator")
    shelter = admitted(chat, 972, "ngo", "Most naděje")
    curators = admitted(chat, 973, "ngo", "Sociální kurátoři Ukázkov")
    await chat.settle()
    curator.says("/plan klient jde za měsíc z Heřmanic do Ostravy, potřebuje bydlení")
    await chat.settle()
    curator.presses("Sestavit plán")
    await chat.settle()
    curator.presses("Klient souhlasí – předat vybraným (1)")
    await chat.settle()
    code = curator.last.plain.split("Plán propuštění ")[1][:6]

    await arrives(shelter, "📥 Nové předání klienta")
    shelter.presses("Odmítnout")
    await chat.settle()
    shelter.presses("není kapacita")
    await chat.settle()
    assert "odmítnuto" in await arrives(curator, f"🤝 {code}")
    curator.presses("🗓 Plán: vybrat další službu")  # on the news of the decline
    await chat.settle()
    page = curator.last
    assert "Azylový dům Most naděje Ostrava – 🤝 předáno: odmítnuto" in page.plain
    offered = [b["text"] for b in page.buttons if b["text"].startswith("+ ")]
    assert offered and not any("Azylový dům Most naděje" in label for label in offered)
    assert offered[0] == "+ Bydlení 1: Krizová pomoc po propuštění"
    curator.presses(offered[0])
    await chat.settle()
    curator.presses("Klient souhlasí – předat vybraným (1)")
    await chat.settle()
    incoming = await arrives(curators, "📥 Nové předání klienta")
    assert f"{code} → Krizová pomoc po propuštění" in incoming  # the same case code


async def test_a_plan_for_many_needs_from_one_sentence(chat: Chat) -> None:
    curator = admitted(chat, 981, "curator")
    await chat.settle()
    curator.says(
        "/plan klient jde za měsíc do Prahy, potřebuje bydlení, práci, dluhy, doklady, dávky, lékaře, "
        "léčbu závislosti, právní pomoc, rodinu, vzdělání, jídlo, psychiatra, mentora"
    )
    await chat.settle()
    answers = {"✓ muž", "✓ aktivní závislost", "✓ dluží obci"}  # "léčbu závislosti", "dluhy"
    ticked = [b["text"] for b in curator.last.buttons if b["text"].startswith("✓ ")]
    assert answers <= set(ticked)
    needs = [label.removeprefix("✓ ") for label in ticked if label not in answers]
    assert len(needs) >= 7
    curator.presses("Sestavit plán")
    await chat.settle()
    page = "\n".join(m.plain for m in curator.received if m.plain.startswith("🗓 Plán propuštění K-"))
    assert all(f"\n{need}\n" in page for need in needs)  # every need has its part
    assert [b["text"] for b in curator.last.buttons][-2:] == ["📄 Text pro klienta", "✅ Uzavřít plán"]
