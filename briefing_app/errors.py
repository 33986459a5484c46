"""The one exception type whose message is meant for the user."""

from __future__ import annotations


class BriefingError(Exception):
    """A failure to report to the user as one clear sentence (no traceback)."""
