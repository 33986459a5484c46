"""Turn an analysis into note items: ids, evidence anchors, fingerprints.

A fingerprint names a suggestion independently of its id, so a suggestion the
analyst rejected (or already accepted) is not proposed again for that note.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.ids import new_id, slugify
from briefing_app.domain.model import Actor, Claim, Relationship, Risk
from briefing_app.draft.lexicon import fold
from briefing_app.draft.pipeline import Analysis

MAX_ACTOR_EVIDENCE = 8
MAX_TEXT = 600
MAX_TITLE_NAMES = 3
_SPACES = re.compile(r"\s+")
_QUOTES = re.compile('[\u00ab\u00bb\u201c\u201d"]')


@dataclass
class Suggestions:
    """Suggested items for a note; the note itself is left untouched."""

    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    relationships: list[Relationship] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.actors) + len(self.claims) + len(self.risks) + len(self.relationships)


def _norm(text: str) -> str:
    return _SPACES.sub(" ", _QUOTES.sub(" ", fold(text))).strip()


def fingerprint(item: Actor | Claim | Risk | Relationship) -> str:
    """A stable key for a suggestion, the same on every run for the same passage."""
    first = item.evidence[0].exact if getattr(item, "evidence", None) else ""
    if isinstance(item, Actor):
        basis = ["actor", _norm(item.name)]
    elif isinstance(item, Claim):
        basis = ["claim", _norm(item.statement or first)]
    elif isinstance(item, Risk):
        basis = ["risk", item.category, _norm(first or item.description)]
    elif isinstance(item, Relationship):
        basis = ["relationship", item.kind, item.source, item.target]
    else:
        raise TypeError(f"not a note item: {type(item).__name__}")
    digest = hashlib.sha1("\x1f".join(basis).encode("utf-8")).hexdigest()[:16]
    return f"{basis[0]}:{digest}"


def _clip(text: str) -> str:
    text = _SPACES.sub(" ", text).strip()
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1].rsplit(" ", 1)[0] + "…"


class _Ids:
    """Fresh ids, unique against the note and every id handed out so far."""

    def __init__(self, taken: set[str]):
        self.taken = set(taken)
        self.next: dict[str, int] = {}
        self.by_base: dict[str, set[str]] = {}  # "nvidia" -> {"nvidia", "nvidia-2"}
        for value in self.taken:
            self._index(value)

    def _index(self, value: str) -> None:
        base, _, number = value.rpartition("-")
        self.by_base.setdefault(value, set()).add(value)
        if base and number.isdigit():
            self.by_base.setdefault(base, set()).add(value)

    def __call__(self, section: str, name: str = "") -> str:
        if section == "actors":  # new_id sees only the ids that could collide: linear time
            base = slugify(name) or "actor"
            value = new_id(section, self.by_base.get(base, ()), name)
            self._index(value)
        else:  # new_id scans from 1: hand it only what lies past the last number given
            n = self.next.get(section, 1)
            value = new_id(section, self.taken, "") if n == 1 else self._from(section, n)
            self.next[section] = int(re.sub(r"\D", "", value) or 0) + 1
        self.taken.add(value)
        return value

    def _from(self, section: str, n: int) -> str:
        prefix = {"claims": "c", "risks": "r", "relationships": "rel"}.get(section, "x")
        while f"{prefix}{n}" in self.taken:
            n += 1
        return f"{prefix}{n}"


def build(
    analysis: Analysis,
    source_id: str,
    taken: set[str],
    skip: set[str],
) -> Suggestions:
    """Note items for an analysis; items whose fingerprint is in ``skip`` are left out."""
    text = analysis.doc.text
    ctx = analysis.context
    ids = _Ids(taken)
    out = Suggestions()
    actor_id: dict[int, str] = {}
    by_actor: dict[int, list] = {}
    for row in ctx.by_sent:
        for m in row:
            by_actor.setdefault(m.actor, []).append(m)
    for index, c in sorted(analysis.clusters.items(), key=lambda kv: kv[1].first):
        if c.existing_id:
            actor_id[index] = c.existing_id
            continue
        actor = Actor(id="", name=c.name, kind=c.kind, role=c.role, country=c.country)
        if skip and fingerprint(actor) in skip:
            continue
        seen: set[str] = set()
        firsts, others = [], []
        for m in sorted(by_actor.get(index, []), key=lambda m: m.start):
            if m.how == "reference":
                continue
            surface = fold(m.surface)
            if surface in seen:
                others.append(m)
                continue
            seen.add(surface)
            firsts.append(m)
            if surface != fold(c.name):
                actor.aliases.append(m.surface)
        chosen = sorted((firsts + others)[:MAX_ACTOR_EVIDENCE], key=lambda m: m.start)
        evidence = [make_anchor(source_id, text, m.start, m.end) for m in chosen]
        actor.evidence = evidence
        actor.id = ids("actors", c.name)
        actor_id[index] = actor.id
        out.actors.append(actor)

    def ref(index: int) -> str:
        return actor_id.get(index, "") if index >= 0 else ""

    for d in analysis.claims:
        claim = Claim(id="", statement=_clip(d.statement), speaker=ref(d.speaker), kind=d.kind)
        spans = [(d.start, d.end), *d.more]
        claim.evidence = [make_anchor(source_id, text, a, b) for a, b in spans]
        if not skip or fingerprint(claim) not in skip:
            claim.id = ids("claims")
            out.claims.append(claim)
    titles = analysis.lex.risk_titles
    for d in analysis.risks:
        affects = [a for a in map(ref, d.affects) if a]
        drivers = [a for a in map(ref, d.drivers) if a]
        names = [analysis.clusters[i].name for i in d.drivers if ref(i)][:MAX_TITLE_NAMES] or [
            analysis.clusters[i].name for i in d.affects if ref(i)
        ]
        title = titles.get(d.category, titles.get("other", "{driver}"))
        risk = Risk(
            id="",
            title=title.format(driver=", ".join(names) or "?"),
            description=_clip(text[d.start : d.end]),
            category=d.category,
            affects=affects,
            drivers=drivers,
            evidence=[make_anchor(source_id, text, a, b) for a, b in [(d.start, d.end), *d.more]],
        )
        if not skip or fingerprint(risk) not in skip:
            risk.id = ids("risks")
            out.risks.append(risk)
    for d in analysis.relations:
        source, target = ref(d.source), ref(d.target)
        if not source or not target:
            continue
        rel = Relationship(id="", source=source, target=target, kind=d.kind)
        rel.evidence = [make_anchor(source_id, text, d.start, d.end)]
        if not skip or fingerprint(rel) not in skip:
            rel.id = ids("relationships")
            out.relationships.append(rel)
    return out
