"""Dataclasses for a briefing note and the evidence that ties it to articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing_app.domain.vocab import SCHEMA


@dataclass
class Anchor:
    """A passage of a source: W3C text position + text quote selectors.

    ``start``/``end`` count Unicode code points in the source's canonical text.
    """

    source: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    orphaned: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # keys of newer versions, kept


@dataclass
class Source:
    """An article the note is about, with its canonical text embedded."""

    id: str
    title: str = ""
    publisher: str = ""
    author: str = ""
    url: str = ""
    file: str = ""
    published: str = ""
    language: str = ""
    encoding: str = ""
    sha256: str = ""
    text: str = ""
    # paragraph indices the reader knew to be headings; None: guessed from the text
    headings: list[int] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Actor:
    id: str
    name: str = ""
    kind: str = "other"
    role: str = ""
    country: str = ""
    aliases: list[str] = field(default_factory=list)
    notes: str = ""
    evidence: list[Anchor] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Claim:
    id: str
    statement: str = ""
    speaker: str = ""
    kind: str = "statement"
    confidence: str = ""
    reliability: str = ""
    credibility: int | None = None
    evidence: list[Anchor] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Risk:
    id: str
    title: str = ""
    description: str = ""
    category: str = "other"
    affects: list[str] = field(default_factory=list)
    drivers: list[str] = field(default_factory=list)
    likelihood: int | None = None
    impact: int | None = None
    trend: str = ""
    mitigation: str = ""
    evidence: list[Anchor] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Relationship:
    id: str
    source: str = ""
    target: str = ""
    kind: str = "partnership"
    since: str = ""
    description: str = ""
    evidence: list[Anchor] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


Item = Actor | Claim | Risk | Relationship

# Section name in the note -> item class, in briefing order.
SECTIONS: dict[str, type] = {
    "actors": Actor,
    "claims": Claim,
    "risks": Risk,
    "relationships": Relationship,
}


@dataclass
class Note:
    """A briefing note: metadata, sources and four lists of items."""

    schema: str = SCHEMA
    title: str = ""
    analyst: str = ""
    language: str = "fr"
    classification: str = "Internal"
    created: str = ""
    purpose: str = ""
    bluf: str = ""
    recommendations: str = ""
    sources: list[Source] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)
    # link chart node positions: actor id -> [x, y]
    layout: dict[str, Any] = field(default_factory=dict)
    # fingerprints of draft suggestions the analyst rejected (not proposed again)
    rejected: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def items(self, section: str) -> list:
        """Return the list of items of ``section`` ("actors", "claims", ...)."""
        if section not in SECTIONS:
            raise KeyError(section)
        return getattr(self, section)

    def source(self, source_id: str) -> Source | None:
        """Return the source with this id, or None."""
        return next((s for s in self.sources if s.id == source_id), None)

    def actor(self, actor_id: str) -> Actor | None:
        """Return the actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_name(self, actor_id: str) -> str:
        """Return the display name of an actor id (the id itself if unknown)."""
        actor = self.actor(actor_id)
        return actor.name if actor and actor.name else actor_id

    def all_ids(self) -> set[str]:
        """Every item id in the note (ids are unique across sections)."""
        return {item.id for name in SECTIONS for item in self.items(name)}
