"""The bot's token is never printed: not when Telegram rejects it, not in DEBUG logs."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

import pytest

from handlers.redaction import HIDDEN, hide_token_in_logs
from offline_api.server import OfflineBotApi

WRONG = "987654321:AAHwrong-Secret-Part_0123456789"


async def spojka(*argv: str, env: dict[str, str]) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "import sys; from cli.main import main; sys.exit(main(sys.argv[1:]))",
        *argv,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    return process.returncode or 0, output.decode()


async def test_a_rejected_token_gets_a_clear_message_and_is_never_printed(tmp_path: Path) -> None:
    api = OfflineBotApi()  # knows another token: it answers 401 like Telegram
    await api.start()
    try:
        env = {
            **os.environ,
            "SPOJKA_TELEGRAM_TOKEN": WRONG,
            "SPOJKA_BOT_API_BASE_URL": api.base_url,
            "SPOJKA_LOG_LEVEL": "DEBUG",  # request URLs are logged at DEBUG
            "SPOJKA_DATA_DIR": str(tmp_path),
        }
        status, output = await spojka("run", env=env)
    finally:
        await api.stop()

    assert status == 2
    assert "Telegram rejected the bot's token" in output
    assert "getMe" in output  # the request line was logged (at DEBUG), with the token masked
    assert WRONG not in output and WRONG.split(":")[1] not in output
    assert "Traceback" not in output


def test_log_records_never_hold_the_token(caplog: pytest.LogCaptureFixture) -> None:
    hide_token_in_logs(WRONG)
    log = logging.getLogger("test.token")
    with caplog.at_level(logging.DEBUG):
        log.debug("POST https://api.telegram.org/bot%s/getMe", WRONG)
        try:
            raise RuntimeError(f"The token `{WRONG}` was rejected by the server.")
        except RuntimeError:
            log.exception("start failed")
    assert "Traceback" not in caplog.text  # a traceback quoting the token is one redacted line
    text = caplog.text
    assert WRONG not in text and WRONG.split(":")[1] not in text
    assert f"bot{HIDDEN}/getMe" in text and "was rejected by the server" in text
