"""Check a note and report every problem with the path of the field at fault.

``validate`` never raises: a note built by hand or by a buggy caller, with
wrong types anywhere, gets problems reported, not an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefing_app.domain import vocab
from briefing_app.domain.anchors import anchor_matches
from briefing_app.domain.model import SECTIONS, Anchor, Note, Source

_SURROGATE = re.compile("[\ud800-\udfff]")


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

    def add(path: str, msg: str, sev: str = "error") -> None:
        out.append(Problem(path, msg, sev))

    try:
        _validate(note, add)
    except Exception as exc:  # noqa: BLE001 - a last resort: validation never raises
        add("note", f"could not be checked completely ({type(exc).__name__})")
    return out


def is_valid(note: Note) -> bool:
    """True when ``validate`` finds no error (warnings allowed)."""
    return not any(p.severity == "error" for p in validate(note))


def show(value: Any, limit: int = 60) -> str:
    """``repr`` of a value cut to ``limit`` characters: one printable line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _validate(note: Any, add) -> None:
    if not isinstance(note, Note):
        add("note", f"expected a Note, got {type(note).__name__}")
        return
    if note.schema != vocab.SCHEMA:
        add("schema", f"unknown schema {show(note.schema)} (this version reads {vocab.SCHEMA})")
    for name in ("title", "analyst", "language", "classification", "created", "purpose"):
        _text(add, name, getattr(note, name))
    for name in ("bluf", "recommendations"):
        _text(add, name, getattr(note, name))
    if isinstance(note.language, str) and note.language and note.language not in vocab.LANGUAGES:
        add("language", f"language {show(note.language)} is not one of fr, en", "warning")

    sources = _typed(add, "sources", note.sources, Source)
    source_text: dict[str, str] = {}
    source_ids: set[str] = set()
    for i, src in enumerate(sources):
        p = f"sources[{i}]"
        if _check_id(add, p, getattr(src, "id", None), source_ids):
            text = getattr(src, "text", "")
            source_text.setdefault(src.id, text if isinstance(text, str) else "")
        for name in ("title", "publisher", "author", "url", "file", "published", "text"):
            _text(add, f"{p}.{name}", getattr(src, name, ""))

    sections = {name: _typed(add, name, getattr(note, name), cls) for name, cls in SECTIONS.items()}
    seen: set[str] = set()
    for name, items in sections.items():
        for i, item in enumerate(items):
            _check_id(add, f"{name}[{i}]", getattr(item, "id", None), seen)
    actor_ids = {a.id for a in sections["actors"] if isinstance(getattr(a, "id", None), str)}

    def ref(path: str, actor_id: Any) -> None:
        if not isinstance(actor_id, str):
            add(path, f"expected an actor id, got {show(actor_id)}")
        elif actor_id and actor_id not in actor_ids:
            add(path, f"refers to actor {show(actor_id)}, which is not in the note")

    for i, a in enumerate(sections["actors"]):
        p = f"actors[{i}]"
        _choice(add, f"{p}.kind", a.kind, vocab.ACTOR_KINDS)
        if not isinstance(a.name, str) or not a.name.strip():
            add(f"{p}.name", "an actor needs a name")
        for name in ("role", "country", "notes"):
            _text(add, f"{p}.{name}", getattr(a, name))
        for j, alias in enumerate(_items(add, f"{p}.aliases", a.aliases)):
            _text(add, f"{p}.aliases[{j}]", alias)
    for i, c in enumerate(sections["claims"]):
        p = f"claims[{i}]"
        _text(add, f"{p}.statement", c.statement)
        ref(f"{p}.speaker", c.speaker)
        _choice(add, f"{p}.kind", c.kind, vocab.CLAIM_KINDS)
        _choice(add, f"{p}.confidence", c.confidence, vocab.CONFIDENCE, allow_empty=True)
        _choice(add, f"{p}.reliability", c.reliability, vocab.RELIABILITY, allow_empty=True)
        _range(add, f"{p}.credibility", c.credibility, 1, 6)
    for i, r in enumerate(sections["risks"]):
        p = f"risks[{i}]"
        for name in ("title", "description", "mitigation"):
            _text(add, f"{p}.{name}", getattr(r, name))
        _choice(add, f"{p}.category", r.category, vocab.RISK_CATEGORIES)
        _choice(add, f"{p}.trend", r.trend, vocab.TRENDS, allow_empty=True)
        _range(add, f"{p}.likelihood", r.likelihood, 1, 5)
        _range(add, f"{p}.impact", r.impact, 1, 5)
        for end in ("affects", "drivers"):
            for j, actor_id in enumerate(_items(add, f"{p}.{end}", getattr(r, end))):
                ref(f"{p}.{end}[{j}]", actor_id)
    for i, rel in enumerate(sections["relationships"]):
        p = f"relationships[{i}]"
        _choice(add, f"{p}.kind", rel.kind, vocab.RELATIONSHIP_KINDS)
        for name in ("since", "description"):
            _text(add, f"{p}.{name}", getattr(rel, name))
        for end in ("source", "target"):
            value = getattr(rel, end)
            if not value:
                add(f"{p}.{end}", "a relationship needs a source and a target actor")
            else:
                ref(f"{p}.{end}", value)

    for name, items in sections.items():
        for i, item in enumerate(items):
            evidence = _items(add, f"{name}[{i}].evidence", getattr(item, "evidence", []))
            for j, anchor in enumerate(evidence):
                _check_anchor(add, f"{name}[{i}].evidence[{j}]", anchor, source_text)


def _items(add, path: str, value: Any) -> list:
    """``value`` if it is a list, else [] and a problem."""
    if isinstance(value, list):
        return value
    add(path, f"expected a list, got {type(value).__name__}")
    return []


def _typed(add, path: str, value: Any, cls: type) -> list:
    """The items of list ``value`` that are ``cls``; a problem for each other one."""
    out = []
    for i, item in enumerate(_items(add, path, value)):
        if isinstance(item, cls):
            out.append(item)
        else:
            add(f"{path}[{i}]", f"expected {cls.__name__}, got {type(item).__name__}")
    return out


def _text(add, path: str, value: Any) -> None:
    if not isinstance(value, str):
        add(path, f"expected text, got {type(value).__name__} {show(value, 30)}")
        return
    found = _SURROGATE.search(value)
    if found:
        add(
            path,
            f"contains an unpaired surrogate (U+{ord(found.group()):04X} at character "
            f"{found.start()}), which cannot be saved",
        )


def _check_id(add, path: str, item_id: Any, seen: set[str]) -> bool:
    """Report a missing, mistyped or repeated id; True when the id is usable."""
    if not isinstance(item_id, str):
        add(f"{path}.id", f"expected an id (text), got {show(item_id, 30)}")
        return False
    if not item_id:
        add(f"{path}.id", "missing id")
        return False
    _text(add, f"{path}.id", item_id)
    if item_id in seen:
        add(f"{path}.id", f"duplicate id {show(item_id)}")
        return False
    seen.add(item_id)
    return True


def _choice(add, path: str, value: Any, allowed, allow_empty: bool = False) -> None:
    if allow_empty and value in ("", None):
        return
    if not isinstance(value, (str, int)) or isinstance(value, bool) or value not in allowed:
        add(path, f"{show(value)} is not one of {', '.join(map(str, allowed))}")


def _range(add, path: str, value: Any, low: int, high: int) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        add(path, f"expected a whole number from {low} to {high}, got {show(value, 30)}")
    elif not low <= value <= high:
        add(path, f"{show(value, 30)} is outside {low}–{high}")


def _check_anchor(add, path: str, anchor: Any, source_text: dict[str, str]) -> None:
    if not isinstance(anchor, Anchor):
        add(path, f"expected an evidence anchor, got {type(anchor).__name__}")
        return
    for name in ("exact", "prefix", "suffix"):
        _text(add, f"{path}.{name}", getattr(anchor, name))
    if not isinstance(anchor.source, str) or anchor.source not in source_text:
        add(f"{path}.source", f"refers to source {show(anchor.source)}, which is not in the note")
        return
    text = source_text[anchor.source]
    start, end = anchor.start, anchor.end
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        add(path, f"invalid range {show(start, 20)}–{show(end, 20)} (whole numbers expected)")
    elif start < 0 or end < start:
        add(path, f"invalid range {start}–{end}")
    elif anchor.orphaned is True:
        pass  # kept for the analyst after the text changed: its old offsets may not fit
    elif end > len(text):
        add(path, f"range {start}–{end} is beyond the end of the article text ({len(text)})")
    elif anchor.orphaned is not True and not anchor_matches(anchor, text):
        add(path, "the quoted passage is no longer at this position", "warning")
