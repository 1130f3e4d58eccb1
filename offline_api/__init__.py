"""An offline Telegram Bot API server, as strict as Telegram, for tests, `spojka chat` and benchmarks."""
