"""The bot's token never reaches a log or a terminal.

The token is in every Bot API URL, so DEBUG logs of HTTP requests hold it, and PTB's
InvalidToken message quotes it. Every log record is rewritten when it is made (message,
arguments and traceback), whatever logger or handler writes it.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

HIDDEN = "<token>"
_installed: dict[str, Callable[..., logging.LogRecord]] = {}


def redact(text: str, token: str) -> str:
    """`text` without the token (nor its secret half, which identifies the bot on its own)."""
    if not token:
        return text
    secret = token.split(":", 1)[-1]
    text = text.replace(token, HIDDEN)
    return text.replace(secret, HIDDEN) if len(secret) >= 8 else text


def hide_token_in_logs(token: str) -> None:
    """From now on, no log record shows `token` (idempotent)."""
    if not token or token in _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is left for logging to report
            return record
        if record.exc_info and record.exc_info[1] is not None:
            rendered = "".join(traceback.format_exception(*record.exc_info))
            if redact(rendered, token) != rendered:
                # PTB's InvalidToken quotes the token: one redacted line instead of the traceback
                message = f"{message}: {redact(str(record.exc_info[1]), token)}"
                record.exc_info, record.exc_text = None, None
        record.msg, record.args = redact(message, token), ()
        return record

    _installed[token] = previous
    logging.setLogRecordFactory(factory)
