"""Risks to independence: sentences whose cue words weigh enough.

Cue words carry a category (vocab.RISK_CATEGORIES) and a weight in the
lexicon; the category of a risk is the one whose cues weigh most. The actor
whose autonomy is at stake is named before the first cue (else the topic of
the passage); the actors named after it drive the risk.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from briefing_app.domain.vocab import RISK_CATEGORIES
from briefing_app.draft.coref import Context
from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.risk_patterns import PATTERNS

THRESHOLD = 2.0
MERGE_WINDOW = 3
MAX_EVIDENCE = 4
_SHARE = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|pour ?cent|per ?cent|percent)\s+(?:of|du|de|d['’]|des|stake|holding"
    r"|participation|interest|par|by)|(?:participation|stake|holding) (?:de|of) \d",
    re.IGNORECASE,
)
_ORG_KINDS = ("company", "organisation", "investor", "government")
@dataclass
class RiskDraft:
    """A risk passage, its category, and the actors it affects and that drive it."""

    sent: int
    start: int
    end: int
    category: str
    score: float
    affects: list[int] = field(default_factory=list)
    drivers: list[int] = field(default_factory=list)
    more: list[tuple[int, int]] = field(default_factory=list)  # further evidence passages


def _token_at(sent, offset: int) -> int:
    return next((k for k, t in enumerate(sent.tokens) if t.end > offset), len(sent.tokens))


def find_risks(ctx: Context, lex: Lexicon) -> list[RiskDraft]:
    """Risk passages of the document, in reading order."""
    doc = ctx.doc
    out: list[RiskDraft] = []
    hits = _pattern_hits(doc, PATTERNS.get(lex.lang, ()))
    for sent in doc.sentences:
        if sent.heading:
            continue
        weights: Counter = Counter()
        first = None
        for i, _j, _tag, value in sent.matches(lex.phrases, frozenset({"risk"})):
            category, weight = value
            weights[category if category in RISK_CATEGORIES else "other"] += weight
            if weight >= 1 and first is None:
                first = i
        share = _SHARE.search(doc.text, sent.start, sent.end)
        if share:
            weights["ownership"] += 1.0
            first = min(first, _token_at(sent, share.start())) if first is not None else None
        for start, category, weight in hits.get(sent.index, ()):
            weights[category] += weight
            at = _token_at(sent, start)
            first = at if first is None else min(first, at)
        total = sum(weights.values())
        if doc.text[sent.start : sent.end].rstrip().endswith("?"):
            total -= 1.0
        if total < THRESHOLD or first is None:
            continue
        category = weights.most_common(1)[0][0]
        risk = RiskDraft(sent.index, sent.start, sent.end, category, total)
        mentions = [m for m in ctx.by_sent[sent.index] if ctx.clusters[m.actor].kind in _ORG_KINDS]
        topic = ctx.antecedent(sent.index, ("company", "organisation"))
        before = [m.actor for m in mentions if m.j <= first]
        affects = before[:1] or ([topic] if topic >= 0 else [])
        drivers = []
        for m in mentions:
            if m.i >= first and m.actor not in affects and m.actor != topic:
                if m.actor not in drivers:
                    drivers.append(m.actor)
        risk.affects, risk.drivers = affects, drivers
        _add(out, risk)
    return out


def _pattern_hits(doc, patterns) -> dict[int, list[tuple[int, str, float]]]:
    """Sentence index -> (offset, category, weight) of each pattern found in it (once)."""
    sents = doc.sentences
    starts = [s.start for s in sents]
    out: dict[int, list[tuple[int, str, float]]] = {}
    for pattern, category, weight in patterns:
        seen = set()
        for hit in pattern.finditer(doc.text):
            k = bisect_right(starts, hit.start()) - 1
            if k < 0 or k in seen or hit.end() > sents[k].end or sents[k].heading:
                continue
            seen.add(k)
            out.setdefault(sents[k].index, []).append((hit.start(), category, weight))
    return out


def _add(out: list[RiskDraft], risk: RiskDraft) -> None:
    """Append, or fold into a recent risk of the same category on the same actors."""
    for prev in reversed(out[-MERGE_WINDOW:]):
        same_drivers = not prev.drivers or not risk.drivers or set(prev.drivers) & set(risk.drivers)
        if (
            prev.category == risk.category
            and prev.affects == risk.affects
            and same_drivers
            and len(prev.more) < MAX_EVIDENCE - 1
            and risk.sent - prev.sent <= 8
        ):
            prev.more.append((risk.start, risk.end))
            prev.drivers += [d for d in risk.drivers if d not in prev.drivers]
            prev.score = max(prev.score, risk.score)
            return
    out.append(risk)
