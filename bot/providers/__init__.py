"""Providers keep their data: free places, edits of their services' texts, periodic confirmation."""
