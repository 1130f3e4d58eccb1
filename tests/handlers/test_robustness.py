"""Whatever people send, the bot stays calm: notices, answered buttons, errors told in Czech."""

from __future__ import annotations

import logging
import random

import pytest

from offline_api.server import Sent
from tests.handlers.conftest import COORDINATOR, Chat

MORE = "Další výsledky"
STICKER = {
    "file_id": "s",
    "file_unique_id": "s",
    "type": "regular",
    "width": 1,
    "height": 1,
    "is_animated": False,
    "is_video": False,
}


async def test_stickers_photos_voice_and_locations_get_a_polite_notice(chat: Chat) -> None:
    jana = chat.person()
    jana.sends(sticker=STICKER)
    jana.sends(location={"latitude": 49.9, "longitude": 17.9})
    jana.sends(voice={"file_id": "v", "file_unique_id": "v", "duration": 2})
    await chat.settle()
    assert [m.plain for m in jana.received] == [
        "Rozumím jen textu. Napište otázku, např. „azylový dům Ostrava“."
    ] * 3


async def test_unknown_commands_and_edits(chat: Chat) -> None:
    jana = chat.person()
    jana.says("/foo bar")
    jana.edits(1, "azylový dům Ostrava")  # an edited message is not a new question
    await chat.settle()
    assert [m.plain for m in jana.received] == ["Tento příkaz neznám. /pomoc ukáže, co umím."]


async def test_commands_with_garbage_arguments(chat: Chat) -> None:
    jana = chat.person()
    jana.says("/veznice")
    jana.says("/veznice ☃☃☃ <b>")
    jana.says("/organizace '; DROP TABLE organization; --")
    await chat.settle()
    texts = [m.plain for m in jana.received]
    assert texts[0].startswith("Napište název věznice")
    assert texts[1] == "Věznici „☃☃☃ <b>“ neznám. Zkuste např. /veznice Opava."
    assert texts[2].startswith("Organizaci „'; DROP TABLE organization; --“ neznám.")


async def test_prison_and_organisation_cards(chat: Chat) -> None:
    jana = chat.person()
    jana.says("/veznice Bory")
    jana.says("/organizace kotva")
    await chat.settle()
    prison, organization = jana.received
    assert prison.plain.startswith("Věznice Plzeň\n📍 Plzeň, Plzeňský kraj")
    assert "Mentoring Krok za krokem na Borech – Krok za krokem Plzeň, z. s." in prison.plain
    assert "Tomáš Ukázkový" in prison.plain and "+420" not in prison.plain
    assert (
        "Jak začít spolupráci: NNO pošle nabídku programu oddělení výkonu trestu" in prison.plain
    )  # from the KB
    assert organization.plain.startswith("Kotva Opava, z. ú.\nDůvěra:")
    assert "\nFinancování: " in organization.plain and "\nÚdaje ověřeny " in organization.plain
    assert "• K-centrum Kotva Opava" in organization.plain


async def test_a_name_matching_several_organisations_offers_a_choice(chat: Chat) -> None:
    jana = chat.person()
    jana.says("/organizace most")
    await chat.settle()
    labels = [b["text"] for b in jana.last.buttons]
    assert "Most naděje, z. s." in labels and "Olomoucký most, z. s." in labels

    jana.presses("Olomoucký most")
    await chat.settle()
    assert jana.last.plain.startswith("Olomoucký most, z. s.")


async def test_old_foreign_and_forged_buttons_are_answered_and_change_nothing(chat: Chat) -> None:
    jana = chat.person()
    jana.says("azylový dům")
    await chat.settle()
    answer = jana.last
    before = [(m.message_id, m.text) for m in jana.received]
    forged = Sent(answer.message_id + 100, jana.id, True, "stará zpráva")  # never sent by this bot
    for data in ("p:1", "d:towns", "c:not-a-uuid", "c:00000000-0000-0000-0000-000000000000", "zz", "p:abc"):
        jana.presses_data(data, forged)
    await chat.settle()
    assert chat.api.unanswered_callbacks() == []
    assert [(m.message_id, m.text) for m in jana.received] == before  # nothing sent, nothing edited


async def test_a_failing_telegram_call_is_reported_to_the_user_in_czech(chat: Chat) -> None:
    jana = chat.person()
    chat.api.fail_next("sendMessage", 500, "Internal Server Error")
    jana.says("azylový dům Ostrava")
    await chat.settle()
    assert jana.last.plain == "Omlouvám se, něco se pokazilo. Zkuste to prosím znovu za chvíli."


async def test_a_user_who_blocked_the_bot_does_not_break_it(chat: Chat) -> None:
    blocked = chat.person(5, "Petr")
    blocked.block()
    blocked.says("azylový dům Ostrava")
    jana = chat.person()
    jana.says("azylový dům Ostrava")
    await chat.settle()
    assert blocked.received == []
    assert jana.last.plain.startswith("Rozuměl jsem")


async def test_a_flood_gets_one_polite_notice(chat: Chat) -> None:
    jana = chat.person()
    for number in range(30):
        jana.says(f"azylový dům Ostrava {number}")
    await chat.settle()
    notices = [m for m in jana.received if m.plain.startswith("Píšete rychleji")]
    assert len(notices) == 1
    assert len(jana.received) <= 14


def button_kind(data: str) -> str:
    """ "p:7" -> "p": what a button does, without what it does it to."""
    return data.split(":", 1)[0]


@pytest.mark.slow  # ~4 s: each worker starts with its share (tests/conftest.py)
async def test_hundreds_of_random_updates_of_every_kind_break_nothing(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    rng = random.Random(20261122)
    chat.api.chats[-1001]  # a channel the bot was added to
    chat.person(COORDINATOR, "Eva")  # who is told about registrations
    people = [chat.person(100 + n, f"Uživatel {n}") for n in range(40)]
    words = [
        "azylový",
        "dům",
        "Opava",
        "drogy",
        "věznice",
        "<b>",
        "&",
        "💥",
        "ž" * 50,
        "/veznice",
        "dluhy",
        "Praha",
    ]
    kinds = [
        "text",
        "noise",
        "command",
        "sticker",
        "location",
        "edit",
        "button",
        "forged",
        "inline",
        "long",
        "channel",
        "vanished",
    ]
    count = 0
    pressed: set[str] = set()  # the kinds of button data pressed
    for _ in range(800):  # ~65 of each kind
        person = rng.choice(people)
        kind = rng.choice(kinds)
        if kind == "text":
            person.says(" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))))
        elif kind == "noise":
            person.says("".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(1, 300))))
        elif kind == "command":
            person.says(
                rng.choice(["/start", "/pomoc", "/veznice Bory", "/organizace most", "/xyz", "/veznice 💥"])
            )
        elif kind == "sticker":
            person.sends(sticker=STICKER)
        elif kind == "location":
            person.sends(location={"latitude": 50.0, "longitude": 14.4})
        elif kind == "edit":
            person.edits(rng.randint(1, 50), "upraveno")
        elif kind in ("button", "forged"):
            with_buttons = [m for m in person.received if m.buttons]
            if with_buttons and kind == "button":
                message = rng.choice(with_buttons)
                data = rng.choice(message.buttons)["callback_data"]
                pressed.add(button_kind(data))
                person.presses_data(data, message)
            else:
                fake = Sent(9999, person.id, True, "x")
                person.presses_data(
                    rng.choice(["p:7", "d:x", "c:" + "0" * 36, "r:prison", "🙂", "m:a"]), fake
                )
        elif kind == "inline":
            person.types_inline(" ".join(rng.choice(words) for _ in range(rng.randint(0, 3))))
        elif kind == "channel":
            channel_post(chat, rng.choice(["/pomoc", "/xyz", "azylový dům Ostrava"]))
        elif kind == "vanished":
            with_more = [m for m in person.received if any("Další" in b["text"] for b in m.buttons)]
            if with_more:
                gone = rng.choice(with_more)
                gone.deleted = True
                person.presses(MORE, gone)
        else:
            person.says("".join(rng.choice("abc ěšč<>&") for _ in range(4096)))
        count += 1
        if count % 50 == 0:  # a backlog the server's 10 s settle allows even on a loaded machine
            await chat.settle()
    await chat.settle()
    # Every kind of button the bot showed is pressed at least once: 800 random updates pressed
    # 9 of the 11 kinds that 2,000 did (not "every service of the place" nor a registration's
    # region; a reviewer's count).
    for person in people:
        for message in list(person.received):
            for button in message.buttons:
                data = button.get("callback_data")
                if data and button_kind(data) not in pressed and not message.deleted:
                    pressed.add(button_kind(data))
                    person.presses_data(data, message)
                    await chat.settle()
    assert len(pressed) >= 11, sorted(pressed)  # the kinds 2,000 random updates pressed
    # Nobody was told "something went wrong" and nothing was logged as an error: a handler
    # that raised on a sticker, a channel post or a vanished message would show in both.
    assert [m.plain for p in people for m in p.received if "pokazilo" in m.plain] == []
    assert [r.getMessage()[:80] for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert chat.api.transcript(-1001) == []  # channels get nothing
    refused = [
        r
        for r in chat.api.rejected
        if r[1] < 500 and r[1] not in (403, 429) and "to edit not found" not in r[2]
    ]
    assert refused == []
    chat.api.rejected.clear()
    assert chat.api.unanswered_callbacks() == []
    stickers = [p for p in people if any(m.kind == "sticker" for m in chat.api.transcript(p.id))]
    noticed = [p for p in stickers if any(m.plain.startswith("Rozumím jen textu") for m in p.received)]
    assert len(noticed) >= len(stickers) * 0.9  # (the flood guard may have refused a few)


async def test_in_a_group_plain_talk_is_left_alone_and_commands_work(chat: Chat) -> None:
    jana = chat.person()
    jana.says_in_group(-100, "azylový dům Ostrava, co myslíte?")
    jana.says_in_group(-100, "/pomoc")
    await chat.settle()
    from_bot = [m for m in chat.api.transcript(-100) if m.from_bot]
    assert len(from_bot) == 1 and from_bot[0].plain.startswith("Co umím")


async def test_the_token_never_reaches_the_log(chat: Chat, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    jana = chat.person()
    chat.api.fail_next("sendMessage", 500, "Internal Server Error")
    jana.says("azylový dům Ostrava")
    jana.says("/veznice Bory")
    await chat.settle()
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("Internal Server Error" in message for message in errors), errors  # logged...
    assert chat.api.token not in caplog.text  # ...without the token
    assert chat.api.token.split(":")[1] not in caplog.text


def channel_post(chat: Chat, text: str) -> int:
    return chat.api.inject(
        {
            "channel_post": {
                "message_id": 1,
                "date": 0,
                "chat": {"id": -1001, "type": "channel", "title": "Zprávy"},
                "text": text,
                **(
                    {"entities": [{"type": "bot_command", "offset": 0, "length": 6}]}
                    if text[0] == "/"
                    else {}
                ),
            }
        }
    )


async def test_channel_posts_get_nothing(chat: Chat) -> None:
    chat.api.chats[-1001]  # a channel the bot was added to
    for text in ("/pomoc", "/xyz", "azylový dům Ostrava"):
        channel_post(chat, text)
    await chat.settle()
    assert chat.api.transcript(-1001) == []
    assert [method for method, params in chat.api.calls if params.get("chat_id") in (-1001, "-1001")] == []


async def test_a_button_on_a_deleted_message_is_no_error(
    chat: Chat, caplog: pytest.LogCaptureFixture
) -> None:
    jana = chat.person()
    jana.says("azylový dům")
    await chat.settle()
    answer = jana.last
    answer.deleted = True  # Jana deleted the answer; her tap on "more" arrives a moment later

    jana.presses(MORE, answer)
    await chat.settle()

    assert [m.plain for m in jana.received if "pokazilo" in m.plain] == []
    assert "pokazilo" not in jana.notice
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert chat.api.rejected == [("editMessageText", 400, "Bad Request: message to edit not found")]
    chat.api.rejected.clear()  # Telegram's refusal was expected; it is not the bot's mistake


async def test_the_flood_guard_and_language_memory_stay_bounded(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlers import bounded

    monkeypatch.setattr(bounded, "PEOPLE_REMEMBERED", 20)
    chat.application.bot_data.pop("flood", None)
    chat.application.bot_data.pop("languages", None)
    for n in range(60):
        chat.person(3000 + n, f"P{n}").says("/pomoc")
    flooder = chat.person(4000, "Rychlík")
    for n in range(20):
        flooder.says(f"azylový dům {n}")
    await chat.settle()

    assert len(chat.application.bot_data["flood"]) <= 20
    assert len(chat.application.bot_data["languages"]) <= 20
    assert len([m for m in flooder.received if m.plain.startswith("Píšete rychleji")]) == 1  # still guarded
    assert all(chat.person(3000 + n).received for n in range(60))  # everyone was answered
