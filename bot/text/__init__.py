"""Text in and out: the bot's catalogues, Telegram's HTML subset, and dates and times as people type them."""
