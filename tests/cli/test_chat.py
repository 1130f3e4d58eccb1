"""`spojka chat`: the real bot in a terminal, driven by a script on standard input."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import Engine

from bot.directory.cards import as_terminal_text
from bot.settings import Settings
from cli.chat import chat


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
