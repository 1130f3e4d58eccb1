"""Spojka: a Telegram assistant for the people who work around Czech prisons."""

__version__ = "0.1.0"
