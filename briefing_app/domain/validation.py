"""Check a note and report every problem with the path of the field at fault."""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.domain import vocab
from briefing_app.domain.anchors import anchor_matches
from briefing_app.domain.model import SECTIONS, Anchor, Note


@dataclass(frozen=True)
class Problem:
    path: str  # e.g. "claims[2].speaker"
    message: str
    severity: str = "error"  # "error" makes the note invalid; "warning" does not

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def validate(note: Note) -> list[Problem]:
    """Every structural problem of ``note``; an empty list means it is valid."""
    out: list[Problem] = []
    add = lambda path, msg, sev="error": out.append(Problem(path, msg, sev))  # noqa: E731

    if note.schema != vocab.SCHEMA:
        add("schema", f"unknown schema {note.schema!r} (this version reads {vocab.SCHEMA})")
    if note.language and note.language not in vocab.LANGUAGES:
        add("language", f"language {note.language!r} is not one of fr, en", "warning")

    source_ids: set[str] = set()
    for i, src in enumerate(note.sources):
        _check_id(add, f"sources[{i}]", src.id, source_ids)

    seen: set[str] = set()
    for section in SECTIONS:
        for i, item in enumerate(note.items(section)):
            _check_id(add, f"{section}[{i}]", item.id, seen)
    actor_ids = {a.id for a in note.actors}

    def ref(path: str, actor_id: str) -> None:
        if actor_id and actor_id not in actor_ids:
            add(path, f"refers to actor {actor_id!r}, which is not in the note")

    for i, a in enumerate(note.actors):
        p = f"actors[{i}]"
        _choice(add, f"{p}.kind", a.kind, vocab.ACTOR_KINDS)
        if not a.name.strip():
            add(f"{p}.name", "an actor needs a name")
    for i, c in enumerate(note.claims):
        p = f"claims[{i}]"
        ref(f"{p}.speaker", c.speaker)
        _choice(add, f"{p}.kind", c.kind, vocab.CLAIM_KINDS)
        _choice(add, f"{p}.confidence", c.confidence, vocab.CONFIDENCE, allow_empty=True)
        _choice(add, f"{p}.reliability", c.reliability, vocab.RELIABILITY, allow_empty=True)
        _range(add, f"{p}.credibility", c.credibility, 1, 6)
    for i, r in enumerate(note.risks):
        p = f"risks[{i}]"
        _choice(add, f"{p}.category", r.category, vocab.RISK_CATEGORIES)
        _choice(add, f"{p}.trend", r.trend, vocab.TRENDS, allow_empty=True)
        _range(add, f"{p}.likelihood", r.likelihood, 1, 5)
        _range(add, f"{p}.impact", r.impact, 1, 5)
        for j, actor_id in enumerate(r.affects):
            ref(f"{p}.affects[{j}]", actor_id)
        for j, actor_id in enumerate(r.drivers):
            ref(f"{p}.drivers[{j}]", actor_id)
    for i, rel in enumerate(note.relationships):
        p = f"relationships[{i}]"
        _choice(add, f"{p}.kind", rel.kind, vocab.RELATIONSHIP_KINDS)
        for end in ("source", "target"):
            value = getattr(rel, end)
            if not value:
                add(f"{p}.{end}", "a relationship needs a source and a target actor")
            ref(f"{p}.{end}", value)

    for section in SECTIONS:
        for i, item in enumerate(note.items(section)):
            for j, anchor in enumerate(item.evidence):
                _check_anchor(add, f"{section}[{i}].evidence[{j}]", anchor, note)
    return out


def is_valid(note: Note) -> bool:
    """True when ``validate`` finds no error (warnings allowed)."""
    return not any(p.severity == "error" for p in validate(note))


def _check_id(add, path: str, item_id: str, seen: set[str]) -> None:
    if not item_id:
        add(f"{path}.id", "missing id")
    elif item_id in seen:
        add(f"{path}.id", f"duplicate id {item_id!r}")
    seen.add(item_id)


def _choice(add, path: str, value: str, allowed, allow_empty: bool = False) -> None:
    if allow_empty and value in ("", None):
        return
    if value not in allowed:
        add(path, f"{value!r} is not one of {', '.join(map(str, allowed))}")


def _range(add, path: str, value: int | None, low: int, high: int) -> None:
    if value is not None and not low <= value <= high:
        add(path, f"{value} is outside {low}–{high}")


def _check_anchor(add, path: str, anchor: Anchor, note: Note) -> None:
    source = note.source(anchor.source)
    if source is None:
        add(f"{path}.source", f"refers to source {anchor.source!r}, which is not in the note")
        return
    if anchor.start < 0 or anchor.end < anchor.start:
        add(path, f"invalid range {anchor.start}–{anchor.end}")
    elif anchor.end > len(source.text):
        add(path, f"range {anchor.start}–{anchor.end} is beyond the end of the article text")
    elif not anchor.orphaned and not anchor_matches(anchor, source.text):
        add(path, "the quoted passage is no longer at this position", "warning")
