"""The offline draft assistant: article text -> suggested note items.

``suggest(note, source_id)`` returns suggestions (actors, claims, risks,
relationships) with evidence anchored in the source; it never edits the note.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.domain.model import Actor, Claim, Note, Relationship, Risk


@dataclass
class Suggestions:
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)


def suggest(note: Note, source_id: str) -> Suggestions:
    """Suggested items for one source of ``note`` (empty until the assistant lands)."""
    if note.source(source_id) is None:
        raise KeyError(source_id)
    return Suggestions()


def apply_suggestions(note: Note, suggestions: Suggestions) -> None:
    """Append every suggestion to the note's lists (used by the command line)."""
    for section in ("actors", "claims", "risks", "relationships"):
        note.items(section).extend(getattr(suggestions, section))
