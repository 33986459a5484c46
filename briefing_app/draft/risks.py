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

THRESHOLD = 2.0
MERGE_WINDOW = 3
MAX_EVIDENCE = 4
_SHARE = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:%|pour ?cent|per ?cent|percent)\s+(?:of|du|de|d['’]|des|stake|holding"
    r"|participation|interest|par|by)|(?:participation|stake|holding) (?:de|of) \d",
    re.IGNORECASE,
)
_ORG_KINDS = ("company", "organisation", "investor", "government")
_V = r"(?:[\w'’-]+\s+){0,2}"  # up to two words between the verb and its object
# Sentence patterns that inflected cue words miss: (pattern, category, weight), by language.
_FR = (
    (
        r"\bd[ée]pend(?:ent|ait|aient|ra|ront|re|rait|raient)?\s+" + _V + r"(?:de|d['’]|du|des)\b",
        "technology",
        1.0,
    ),
    (
        r"\bcoup(?:er|era|erait|é|ée|és)\s+"
        + _V
        + r"(?:l['’]accès|l['’]approvisionnement|les livraisons|le robinet)",
        "technology",
        1.0,
    ),
    (
        r"\bsoumi(?:s|se|ses)\s+(?:au|aux|à la|à une)\s+(?:droit|lois?|législation|juridiction)"
        r"s?\s+(?:américaine?s?|étrang[eè]re?s?|chinoise?s?|extraterritoriale?s?)",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\b(?:sous|passer sous|tomber sous)\s+(?:le\s+)?contr[ôo]le\s+(?:de|d['’]|du|des)\b",
        "ownership",
        1.0,
    ),
    (
        r"\btourn(?:e|ent|ait|aient|era|eront)\s+"
        + _V
        + r"sur\s+(?:les\s+|le\s+|des\s+)?(?:serveurs|infrastructures?|cloud)\b",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\bsout(?:enir|ient|iennent|iendra|iendrait|enu|enue|enus)\b[^.;]{0,60}"
        r"\bà hauteur (?:de|d['’])",
        "regulatory",
        1.0,
    ),
    (
        r"\b(?:l['’]État|gouvernement|Bercy)\b[^.;]{0,80}\b"
        r"(?:financement|garanties?|prêts?|subventions?|aides?|recapitalis\w+)\b",
        "regulatory",
        1.0,
    ),
    (
        r"\bsans\s+(?:les|la|le|l['’]|ses|son|sa|leurs?)\s*[\w'’-]+\s+(?:de|d['’]|du|des)\b"
        r"[^.;]{0,60}\bne\s+(?:pourrait|pourraient|peut|peuvent|pourra|pourront)\b",
        "technology",
        2.0,
    ),
    (
        r"\bne\s+(?:peut|peuvent|pourra|pourront)\s+plus\s+(?:livrer|vendre|exporter|acheter"
        r"|utiliser|fournir)",
        "technology",
        1.0,
    ),
    (r"\bquitt\w*\b[^.;]{0,40}\bpour rejoindre\b", "talent", 1.0),
    (r"\b(?:que|dont)\s+seule?s?\s+(?-i:[A-Z])", "technology", 1.5),
)
_EN = (
    (
        r"\b(?:depend|depends|depended|depending|relies|rely|relied|relying|reliant|dependent)"
        r"\s+(?:\w+ly\s+)?(?:up)?on\b",
        "technology",
        1.0,
    ),
    (r"\bcut(?:s|ting)?\s+" + _V + r"off\b|\bcut\s+off\b", "technology", 1.0),
    (
        r"\bsubject to\s+(?:the\s+)?(?:US|U\.S\.|American|Chinese|foreign)\s+"
        r"(?:law|laws|jurisdiction|legislation)",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\b(?:runs?|running|hosted|stored)\s+(?:\w+\s+)?on\s+(?:the\s+)?(?:\w+\s+){0,3}"
        r"(?:servers|cloud|infrastructure|software)\b",
        "cloud-jurisdiction",
        1.0,
    ),
    (
        r"\b(?:government|the state|taxpayers?)\b[^.;]{0,80}\b"
        r"(?:funding|guarantees?|loans?|subsid\w+|bail\w*|rescue\w*|recapitali[sz]\w+)\b",
        "regulatory",
        1.0,
    ),
    (
        r"\bwithout\b[^.;]{0,50}\b(?:cannot|can't|could not|couldn't|would not be able)\b"
        r"|\b(?:cannot|can't|could not|couldn't|can no longer)\b[^.;]{0,50}\bwithout\b",
        "technology",
        2.0,
    ),
    (r"\bleft\b[^.;]{0,30}\bto join\b", "talent", 1.0),
    (r"\b(?:that|which)\s+only\s+(?-i:[A-Z])", "technology", 1.5),
    (r"\b(?:under|into)\s+(?:the\s+)?(?:control|ownership)\s+of\b", "ownership", 1.0),
)
_PATTERNS = {
    lang: tuple((re.compile(p, re.IGNORECASE), cat, w) for p, cat, w in table)
    for lang, table in (("fr", _FR), ("en", _EN))
}


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
    hits = _pattern_hits(doc, _PATTERNS.get(lex.lang, ()))
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
