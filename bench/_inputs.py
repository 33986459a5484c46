"""Benchmark inputs, generated from the bundled sample article (nothing large is committed).

``article(size)`` repeats the sample's paragraphs in varied order with varied words up to
``size`` characters; ``note(items, text)`` builds a note about such a text with synthetic
items of every kind, each with one or two evidence anchors spread over the whole text.
"""

from __future__ import annotations

import random
import re

from briefing_app.domain import vocab
from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Actor, Claim, Note, Relationship, Risk, Source
from briefing_app.paths import resource

SAMPLE = resource("samples", "totalenergies-mistral-ai.fr.txt")
WORDS = (
    "souveraineté dépendance capital partenariat infrastructure cloud données modèle "
    "investisseur contrat exclusivité juridiction gouvernance risque calcul énergie "
    "laboratoire stratégie européenne américaine licence accès contrôle"
).split()


def sample_text() -> str:
    """The sample article's text (UTF-8, LF line ends)."""
    return SAMPLE.read_text(encoding="utf-8").replace("\r\n", "\n")


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def article(size: int, seed: int = 3) -> str:
    """About ``size`` characters of article: the sample's paragraphs shuffled and varied."""
    rng = random.Random(seed)
    paragraphs = [p.strip() for p in sample_text().split("\n\n") if p.strip()]
    out: list[str] = []
    total, part = 0, 0
    while total < size:
        part += 1
        order = paragraphs[:]
        rng.shuffle(order)
        out.append(f"Partie {part} : {_sentence(rng, 5)}")
        for p in order:
            words = p.split(" ")
            for _ in range(max(1, len(words) // 12)):  # vary about one word in twelve
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            out.append(" ".join(words))
        total = sum(len(p) + 2 for p in out)
    return "\n\n".join(out)[:size].rstrip() + "\n"


def note(items: int, text: str | None = None, seed: int = 7) -> Note:
    """A note about ``text`` (default: the sample) with ``items`` synthetic items."""
    rng = random.Random(seed)
    text = sample_text() if text is None else text
    src = Source(id="s1", title="Bench article", published="2025-08-21", language="fr", text=text)
    result = Note(title="Bench note", language="fr", sources=[src])
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]", text)]
    step = max(1, len(spans) // max(1, items))

    def evidence(i: int, k: int = 1):
        # spread over the whole text, so highlights cover all of a long article
        picks = [spans[(i * step + j * 7) % len(spans)] for j in range(k)]
        return [make_anchor(src.id, text, s, e) for s, e in picks]

    n_actors = max(2, items // 5)
    n_claims = items * 2 // 5
    n_risks = items // 5
    n_rels = max(0, items - n_actors - n_claims - n_risks)
    result.actors = [
        Actor(
            f"actor-{i}",
            f"Acteur {i} {rng.choice(WORDS)}",
            rng.choice(vocab.ACTOR_KINDS),
            _sentence(rng, 6),
            rng.choice(["FR", "US", "DE", ""]),
            [f"A{i}"],
            _sentence(rng, 10) if i % 3 == 0 else "",
            evidence(i, rng.randint(1, 2)),
        )
        for i in range(n_actors)
    ]
    ids = [a.id for a in result.actors]
    base = n_actors
    result.claims = [
        Claim(
            f"c{i}",
            _sentence(rng, rng.randint(8, 30)),
            rng.choice(ids),
            rng.choice(vocab.CLAIM_KINDS),
            rng.choice(vocab.CONFIDENCE),
            rng.choice(vocab.RELIABILITY),
            rng.randint(1, 6),
            evidence(base + i, rng.randint(1, 2)),
        )
        for i in range(n_claims)
    ]
    base += n_claims
    result.risks = [
        Risk(
            f"r{i}",
            _sentence(rng, 5),
            _sentence(rng, 25),
            rng.choice(vocab.RISK_CATEGORIES),
            rng.sample(ids, 2),
            rng.sample(ids, 1),
            rng.randint(1, 5),
            rng.randint(1, 5),
            rng.choice(vocab.TRENDS),
            _sentence(rng, 12),
            evidence(base + i),
        )
        for i in range(n_risks)
    ]
    base += n_risks
    result.relationships = [
        Relationship(
            f"rel{i}",
            *rng.sample(ids, 2),
            rng.choice(vocab.RELATIONSHIP_KINDS),
            f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}",
            _sentence(rng, 12),
            evidence(base + i),
        )
        for i in range(n_rels)
    ]
    result.analyst, result.bluf = "Bench", _sentence(rng, 60)
    return result


def claims_note(rows: int, text: str | None = None) -> Note:
    """A note whose claims table has ``rows`` rows (and a few actors)."""
    result = note(20, text)
    result.claims = note(rows * 5 // 2, text, seed=11).claims[:rows]
    speakers = [a.id for a in result.actors]
    for i, c in enumerate(result.claims):
        c.id, c.speaker = f"c{i}", speakers[i % len(speakers)]
    return result
