"""Briefing: read an article, build a structured briefing note beside it."""

__version__ = "0.1.0"
