"""A coordinator looks at coverage, data quality and usage in the bot."""

from __future__ import annotations

from tests.handlers.conftest import COORDINATOR, Chat
from tests.handlers.test_following import admitted


async def test_coverage_quality_and_usage_for_a_coordinator(chat: Chat) -> None:
    curator = admitted(chat, 951, "curator")
    curator.says("azylový dům Ostrava")
    curator.says("kdy jede vlak do Opavy")  # outside the domain: no result
    await chat.settle()
    curator.says("/pokryti")
    await chat.settle()
    assert curator.last.plain == "Přehledy jsou pro koordinátory."

    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/pokryti Ústecký kraj")
    await chat.settle()
    sent = coordinator.received[-5:]
    assert sent[0].plain.startswith("Pokrytí – Ústecký kraj: ")
    assert [m.kind for m in sent[1:]] == ["photo", "document", "photo", "document"]
    assert sent[2].extra["document"]["file"] == "pokryti_veznice.csv"
    assert "Vazební věznice Litoměřice" in sent[2].extra["document"]["content"].decode("utf-8-sig")

    coordinator.says("/pokryti Atlantida")
    await chat.settle()
    assert coordinator.last.plain.startswith("Kraj „Atlantida“ neznám.")

    coordinator.says("/kvalita")
    await chat.settle()
    summary = coordinator.received[-2]
    assert summary.plain.startswith("Kvalita údajů – nejvíc problémů nahoře:")  # the sample has stale data
    assert "neověřeno 90+ dní" in summary.plain
    assert "Poslat žádosti o potvrzení" in summary.buttons[0]["text"]
    assert coordinator.last.extra["document"]["file"] == "kvalita.csv"

    coordinator.says("/statistiky")
    await chat.settle()
    stats = coordinator.received[-6].plain
    assert stats.startswith("Využití (12 týdnů): 2 dotazů, s výsledkem 50 %.")
    assert "• kdy jede vlak do Opavy (1×)" in stats
    assert coordinator.received[-5].kind == "photo"
