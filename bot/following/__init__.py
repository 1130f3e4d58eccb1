"""Following: what people follow, and how a notification reaches them (now, after quiet hours, digest)."""
