"""The `spojka` command line: an adapter around the core, like handlers/ is for Telegram."""
