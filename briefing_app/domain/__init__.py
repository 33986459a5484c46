"""The briefing note as plain Python objects: no Qt, no YAML, no Word."""

from briefing_app.domain.model import (
    Actor,
    Anchor,
    Claim,
    Note,
    Relationship,
    Risk,
    Source,
)

__all__ = ["Actor", "Anchor", "Claim", "Note", "Relationship", "Risk", "Source"]
