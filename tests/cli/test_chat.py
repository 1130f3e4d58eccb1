"""`spojka chat`: the real bot in a terminal, driven by a script on standard input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import Engine

from bot.directory.cards import as_terminal_text
from bot.settings import Settings
from cli.chat import chat

# seconds of waiting each (processes, pacing, drawing): each worker starts with its share (tests/conftest.py)
pytestmark = pytest.mark.slow


async def test_a_scripted_chat_shows_answers_and_numbered_buttons(sample_database: Engine) -> None:
    script = io.StringIO("drogy věznice Opava\n2\n@dluhy Ústí\n/konec\nnever read\n")
    out = io.StringIO()

    code = await chat(Settings(), sample_database, script, out, interactive=False)

    shown = out.getvalue()
    assert code == 0
    assert "Spojka propojuje lidi" in shown
    assert "> drogy věznice Opava" in shown
    assert "1. Adiktologické poradenství ve věznici Opava" in shown
    assert "[1] 1 · Kontakty   [2] 1 · Podmínky   [3] 1 · Více" in shown
    assert "Podmínky – Adiktologické poradenství ve věznici Opava" in shown
    assert "Inline výsledky (1):\n  1. Dluhové poradenství Lávka" in shown
    assert "never read" not in shown


@pytest.mark.parametrize(
    ("markup", "plain"),
    [
        ("<b>Kotva</b> &amp; spol.", "Kotva & spol."),
        ('☎ <a href="tel:+420000">+420 000</a>', "☎ +420 000"),
        ('<a href="https://x.example">web</a>', "web (https://x.example)"),
    ],
)
def test_html_becomes_terminal_text(markup: str, plain: str) -> None:
    assert as_terminal_text(markup, styled=False) == plain


async def test_a_number_the_bot_asked_for_is_an_answer_not_a_button(fresh_database: Engine) -> None:
    # /kapacita -> the first service -> "Zadat číslo" (button 4) -> the bot asks -> "5" is the answer
    script = io.StringIO("/kapacita\n1\n4\n5\n#9\n/konec\n")
    out = io.StringIO()

    await chat(Settings(coordinator_ids=[1]), fresh_database, script, out, interactive=False)

    shown = out.getvalue()
    asked = shown.index("Napište počet volných míst")
    assert "Volno: 5" in shown[asked:]  # stored, and shown back
    assert "Tlačítko 5 tu není" not in shown
    assert "Tlačítko 9 tu není" in shown  # "#9" still means a button


async def test_pictures_files_and_pop_ups_are_shown_and_saved(
    fresh_database: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    script = io.StringIO("/pokryti ULK\n/kapacita\n1\n1\n/konec\n")  # a region: 2 pictures, not 6
    out = io.StringIO()

    await chat(Settings(coordinator_ids=[1]), fresh_database, script, out, interactive=False)

    shown = out.getvalue()
    saved = sorted(p.name for p in (tmp_path / "spojka-soubory").iterdir())
    assert any(name.endswith(".png") for name in saved) and any(name.endswith(".csv") for name in saved)
    picture = next(name for name in saved if name.endswith(".png"))
    assert f"[obrázek: {picture}, uloženo do {tmp_path / 'spojka-soubory' / picture}]" in shown
    assert (tmp_path / "spojka-soubory" / picture).read_bytes().startswith(b"\x89PNG")
    assert "[Spojka ukazuje: Uloženo.]" in shown  # the pop-up after "+1"
    assert "\nSpojka:\n\n" not in shown  # no empty messages
