"""Risks to independence: sentences whose cue words weigh enough, grouped by theme.

Cue words carry a category (vocab.RISK_CATEGORIES) and a weight in the
lexicon; the category of a risk is the one whose cues weigh most. The actor
whose autonomy is at stake is named before the first cue (else the topic of
the passage); the actors named after it drive the risk.

A sentence whose cues (and whole-sentence features) weigh THRESHOLD or more
is a risk passage. A passage starts a risk item, or joins the item of the same
category on the same actor as a further passage (one item per theme, up to
MAX_EVIDENCE passages). The number of items grows with the square root of the
number of sentences (ITEMS_PER_ROOT; at least MIN_ITEMS, and beyond those only
themes with a passage weighing STRONG); the passages of the themes left out
become further passages of a kept item on the same actor, else of the nearest.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from briefing_app.domain.vocab import RISK_CATEGORIES
from briefing_app.draft.coref import Context
from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.risk_patterns import PATTERNS

THRESHOLD = 0.5  # a passage: cues weighing this much
ITEM_MIN = 1.0  # a risk item: a passage at least this strong
STRONG = 2.0  # beyond MIN_ITEMS, a theme needs a passage this strong to be an item
MAX_EVIDENCE = 4
ITEMS_PER_ROOT = 1.0  # at most this many items per square root of the number of sentences
MIN_ITEMS = 2
_SHARE = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|pour ?cent|per ?cent|percent)\s+(?:of|du|de|d['’]|des|stake|holding"
    r"|participation|interest|par|by)|(?:participation|stake|holding) (?:de|of) \d"
    r"|\(\d+(?:[.,]\d+)?\s?%\)",  # a party's share in brackets: "MK Land (51 %)"
    re.IGNORECASE,
)
FEATURE_WEIGHT = 0.5
FOLD = 1
SCAN = 8  # items looked at around a passage (keeps long texts linear)
FEATURE_SPAN = 4  # tokens between a nationality and a capital word
_MONEY = re.compile(
    r"[$€£]\s?\d|\d(?:[.,]\d+)?\s?(?:[$€£]|M€|Md€|mds?\b|millions?\b|milliards?\b"
    r"|billions?\b|bn\b|m\b|euros?\b|dollars?\b)",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|pour ?cent|per ?cent|percent)\s+(?:of|du|de|d['’]|des|in|dans)\s+"
    r"(?-i:[A-Z])|\d(?:\s?%|\s?per ?cent)\s+(?:stake|holding|interest|ownership)"
    r"|(?-i:[A-Z])\w*\s+\(\d+(?:[.,]\d+)?\s?%\)",  # "son partenaire local MK Land (51 %)"
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
    items: list[RiskDraft] = []
    open_items: dict[str, list[RiskDraft]] = {}  # by category, in reading order
    for risk in score_sentences(ctx, lex):
        if not _join(open_items.setdefault(risk.category, []), risk):
            risk.weight = risk.score
            items.append(risk)
            open_items[risk.category].append(risk)
    body = sum(1 for s in ctx.doc.sentences if not s.heading)
    items = _fold(items, max(MIN_ITEMS, round(ITEMS_PER_ROOT * math.sqrt(body))))
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
        owned: list[int] = []  # where capital and control words are
        for i, _j, _tag, value in sent.matches(lex.phrases, frozenset({"risk"})):
            category, weight = value
            weights[category if category in RISK_CATEGORIES else "other"] += weight
            if weight >= 1 and first is None:
                first = i
            light = i if light is None else light
            if category == "ownership":
                owned.append(i)
        first = first if first is not None else light
        share = _SHARE.search(doc.text, sent.start, sent.end)
        if share:  # "30 % du capital"; alone, only a share of a named party ("43 % de Nissan")
            weights["ownership"] += 1.0
            if first is not None or _SHARE_OF.search(doc.text, sent.start, sent.end):
                at = _token_at(sent, share.start())
                first = at if first is None else min(first, at)
        for start, category, weight in hits.get(sent.index, ()):
            weights[category] += weight
            at = _token_at(sent, start)
            first = at if first is None else min(first, at)
        mentions = [m for m in ctx.by_sent[sent.index] if ctx.clusters[m.actor].kind in _ORG_KINDS]
        parties = {m.actor: ctx.clusters[m.actor].kind for m in mentions}
        for category, weight in _features(doc.text, sent, lex, owned, weights, parties):
            weights[category] += weight
            if first is None:
                first = mentions[0].i
        total = sum(weights.values())
        if doc.text[sent.start : sent.end].rstrip().endswith("?"):
            total -= 1.0
        if total < THRESHOLD or first is None:
            continue
        category = weights.most_common(1)[0][0]
        risk = RiskDraft(sent.index, sent.start, sent.end, category, total)
        topic = ctx.antecedent(sent.index, ("company", "organisation"))
        before = [m.actor for m in mentions if m.j <= first]
        risk.affects = before[:1] or ([topic] if topic >= 0 else [])
        owner = _owner(sent, mentions, _OWNED_BY.get(category, ()))
        if owner >= 0:  # "des fonds américains dans le capital de l'entreprise": the firm
            risk.affects = [owner]
        for m in mentions:
            if m.i >= first and m.actor not in risk.affects and m.actor != topic:
                if m.actor not in risk.drivers:
                    risk.drivers.append(m.actor)
        out.append(risk)
    return out


# Words after which the actor named is the one at stake: whose capital, board or data.
_OWNED_BY = {
    "ownership": {
        ("capital", "de"), ("capital", "d'"), ("capital", "du"), ("capital", "of"),
        ("stake", "in"), ("shares", "in"), ("holding", "in"), ("board", "of"),
        ("actionnaire", "de"), ("actionnaire", "d'"), ("actionnariat", "de"),
        ("actionnariat", "d'"), ("participation", "dans"), ("administration", "de"),
        ("administration", "d'"),
    },
    "cloud-jurisdiction": {
        ("donnees", "de"), ("donnees", "d'"), ("donnees", "du"), ("data", "of"),
        ("clients", "de"), ("customers", "of"),
    },
}  # fmt: skip


def _owner(sent, mentions, pairs) -> int:
    """The actor whose capital, shares, board or data the sentence speaks of, or -1."""
    if not pairs:
        return -1
    keys = sent.keys()
    for m in mentions:
        if m.i >= 2 and tuple(keys[m.i - 2 : m.i]) in pairs:
            return m.actor
        if m.i >= 3 and tuple(keys[m.i - 3 : m.i - 1]) in pairs:
            return m.actor  # "au capital de la start-up"
    return -1


def _features(text, sent, lex, owned, weights, parties) -> list[tuple[str, float]]:
    """Weights from the sentence as a whole, beyond its cue words.

    A nationality next to a capital word ("des fonds américains", "a Chinese
    investor"), a sum of money in a sentence naming two organisations (state aid
    when one is a government), and any cue in a sentence naming two organisations.
    """
    out = []
    keys = sent.keys()
    near = [k for k, key in enumerate(keys) if key in lex.demonyms]
    if any(abs(k - i) <= FEATURE_SPAN for k in near for i in owned):
        out.append(("ownership", FEATURE_WEIGHT))
    if len(parties) >= 2 and _MONEY.search(text, sent.start, sent.end):
        state = "government" in parties.values()  # public money: state aid
        out.append(("regulatory" if state else "ownership", FEATURE_WEIGHT))
    if len(parties) >= 2 and weights:
        out.append((weights.most_common(1)[0][0], FEATURE_WEIGHT))
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


def _fits(prev: RiskDraft, risk: RiskDraft) -> bool:
    if len(prev.more) >= MAX_EVIDENCE - 1:
        return False
    if prev.category != risk.category:
        return False
    if prev.affects != risk.affects:
        if prev.affects and risk.affects:
            return False
        return bool(set(prev.affects + prev.drivers) & set(risk.affects + risk.drivers))
    return not prev.drivers or not risk.drivers or bool(set(prev.drivers) & set(risk.drivers))


def _join(items: list[RiskDraft], risk: RiskDraft) -> bool:
    """Add ``risk`` as a further passage of a recent item of its theme, if any."""
    best = None
    for k in range(len(items) - 1, max(-1, len(items) - 1 - SCAN), -1):
        if _fits(items[k], risk):
            best = items[k]
            break
    if best is None:
        return False
    if risk.score > best.score:  # the strongest passage describes the risk
        best.more.append((best.start, best.end))
        best.sent, best.start, best.end = risk.sent, risk.start, risk.end
    else:
        best.more.append((risk.start, risk.end))
    best.more.sort()
    best.drivers += [d for d in risk.drivers if d not in best.drivers and d not in best.affects]
    best.score = max(best.score, risk.score)
    best.weight += risk.score
    if len(best.more) >= MAX_EVIDENCE - 1:
        items.remove(best)
    return True


def _fold(items: list[RiskDraft], budget: int) -> list[RiskDraft]:
    """Keep the strongest themes (MIN_ITEMS, then strong ones up to ``budget``); the
    others' passages join a kept one."""
    ranked = sorted(items, key=lambda r: -r.weight)
    kept, rest = [], []
    for risk in ranked:
        strong = risk.score >= STRONG or (len(kept) < MIN_ITEMS and risk.score >= ITEM_MIN)
        (kept if strong and len(kept) < budget else rest).append(risk)
    by_actor: dict[tuple[int, ...], list[RiskDraft]] = {}
    for k in sorted(kept, key=lambda r: r.sent):
        by_actor.setdefault(tuple(k.affects), []).append(k)
    ordered = sorted(kept, key=lambda r: r.sent)
    for risk in rest if FOLD else ():
        hosts = _near(by_actor.get(tuple(risk.affects), []), risk) or _near(ordered, risk)
        if hosts:
            host = min(hosts, key=lambda k: (k.category != risk.category, abs(k.sent - risk.sent)))
            host.more += [(risk.start, risk.end), *risk.more][: MAX_EVIDENCE - 1 - len(host.more)]
    return kept


def _near(seq: list[RiskDraft], risk: RiskDraft) -> list[RiskDraft]:
    """Items of ``seq`` (in reading order) near ``risk`` that can take another passage."""
    at = bisect_right(seq, risk.sent, key=lambda r: r.sent)
    window = seq[max(0, at - SCAN) : at + SCAN]
    return [k for k in window if len(k.more) < MAX_EVIDENCE - 1]
