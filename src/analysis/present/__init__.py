"""Presenting figures: words in both languages, charts, and the briefing as data."""
