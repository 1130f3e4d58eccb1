"""Coverage, data-quality and usage reports for coordinators: tables (CSV) and pictures (PNG).

Each report is computed as plain data first (`coverage.matrix`, `quality.by_organization`,
`usage.summary`), then written as CSV (`tables.py`) and drawn as PNG (`charts.py`); the bot
and `spojka report` send or write the same files.
"""
