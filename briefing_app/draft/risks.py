"""Risks to independence: sentences whose cue words weigh enough, grouped by theme.

Cue words carry a category (vocab.RISK_CATEGORIES) and a weight in the
lexicon; the category of a risk is the one whose cues weigh most. The actor
whose autonomy is at stake is named before the first cue (else the topic of
the passage); the actors named after it drive the risk.

A sentence whose cues weigh THRESHOLD or more starts a risk, or joins a risk
of the same category on the same actor as a further passage (one item per
theme). A weaker sentence (WEAK or more) is only added as a further passage
to a risk it fits. The number of items is kept in proportion to the length of
the article; the weakest themes beyond it become passages of a kept one.
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

THRESHOLD = 1.0
STRONG = 2.0  # beyond MIN_ITEMS, a theme needs a passage this strong to be an item
WEAK = 0.5
MAX_EVIDENCE = 4
SENTENCES_PER_ITEM = 5.0  # one risk item for so many sentences of the article, at most
MIN_ITEMS = 2
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
    weight: float = 0.0  # the scores of all its passages, to rank themes


def _token_at(sent, offset: int) -> int:
    return next((k for k, t in enumerate(sent.tokens) if t.end > offset), len(sent.tokens))


def find_risks(ctx: Context, lex: Lexicon) -> list[RiskDraft]:
    """Risk items of the document, in reading order, each with its passages."""
    passages = score_sentences(ctx, lex)
    items: list[RiskDraft] = []
    for risk in passages:
        if risk.score >= THRESHOLD and not _join(items, risk, strict=True):
            risk.weight = risk.score
            items.append(risk)
    for risk in passages:
        if WEAK <= risk.score < THRESHOLD:
            _join(items, risk, strict=False)
    body = sum(1 for s in ctx.doc.sentences if not s.heading)
    items = _fold(items, max(MIN_ITEMS, round(body / SENTENCES_PER_ITEM)))
    return sorted(items, key=lambda r: r.start)


def score_sentences(ctx: Context, lex: Lexicon) -> list[RiskDraft]:
    """One passage for every sentence with a risk cue, scored, in reading order."""
    doc = ctx.doc
    out: list[RiskDraft] = []
    hits = _pattern_hits(doc, PATTERNS.get(lex.lang, ()))
    for sent in doc.sentences:
        if sent.heading:
            continue
        weights: Counter = Counter()
        first = light = None
        for i, _j, _tag, value in sent.matches(lex.phrases, frozenset({"risk"})):
            category, weight = value
            weights[category if category in RISK_CATEGORIES else "other"] += weight
            if weight >= 1 and first is None:
                first = i
            light = i if light is None else light
        first = first if first is not None else light
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
        if total < WEAK or first is None:
            continue
        category = weights.most_common(1)[0][0]
        risk = RiskDraft(sent.index, sent.start, sent.end, category, total)
        mentions = [m for m in ctx.by_sent[sent.index] if ctx.clusters[m.actor].kind in _ORG_KINDS]
        topic = ctx.antecedent(sent.index, ("company", "organisation"))
        before = [m.actor for m in mentions if m.j <= first]
        risk.affects = before[:1] or ([topic] if topic >= 0 else [])
        for m in mentions:
            if m.i >= first and m.actor not in risk.affects and m.actor != topic:
                if m.actor not in risk.drivers:
                    risk.drivers.append(m.actor)
        out.append(risk)
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


def _fits(prev: RiskDraft, risk: RiskDraft, strict: bool) -> bool:
    if len(prev.more) >= MAX_EVIDENCE - 1:
        return False
    if prev.category != risk.category:
        return not strict and bool(prev.affects) and prev.affects == risk.affects
    if prev.affects and risk.affects and prev.affects != risk.affects:
        return False
    if strict and prev.affects != risk.affects:
        actors = set(prev.affects + prev.drivers)
        return bool(actors & set(risk.affects + risk.drivers))
    return not prev.drivers or not risk.drivers or bool(set(prev.drivers) & set(risk.drivers))


def _join(items: list[RiskDraft], risk: RiskDraft, strict: bool) -> bool:
    """Add ``risk`` as a further passage of the nearest item of its theme, if any."""
    best = min(
        (p for p in items if _fits(p, risk, strict)),
        key=lambda p: (p.category != risk.category, abs(p.sent - risk.sent)),
        default=None,
    )
    if best is None:
        return False
    best.more.append((risk.start, risk.end))
    best.more.sort()
    best.drivers += [d for d in risk.drivers if d not in best.drivers]
    best.score = max(best.score, risk.score)
    best.weight += risk.score
    return True


def _fold(items: list[RiskDraft], budget: int) -> list[RiskDraft]:
    """Keep the strongest themes (MIN_ITEMS, then strong ones up to ``budget``); the
    others' passages join a kept one."""
    ranked = sorted(items, key=lambda r: -r.weight)
    kept, rest = [], []
    for risk in ranked:
        strong = risk.score >= STRONG or len(kept) < MIN_ITEMS
        (kept if strong and len(kept) < budget else rest).append(risk)
    for risk in rest:
        room = [k for k in kept if len(k.more) < MAX_EVIDENCE - 1]
        same = [k for k in room if k.affects == risk.affects] or room
        if not same:
            continue
        host = min(same, key=lambda k: (k.category != risk.category, abs(k.sent - risk.sent)))
        host.more += [(risk.start, risk.end), *risk.more][: MAX_EVIDENCE - 1 - len(host.more)]
        host.more.sort()
    return kept
