"""Quality of the draft assistant, measured as score_draft.py measures it.

The articles are the bundled sample and the test texts of tests/data/draft
(written for these tests); each has a reference analysis (*.gold.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from briefing_app.draft import apply_suggestions, suggest
from briefing_app.formats.articles import note_from_article, read_article
from briefing_app.formats.note_yaml import note_to_dict
from briefing_app.paths import resource

DATA = Path(__file__).resolve().parents[1] / "data" / "draft"
ARTICLES = sorted(DATA.glob("*.txt")) + [resource("samples", "totalenergies-mistral-ai.fr.txt")]
SAMPLE_GOLD = DATA / "totalenergies-mistral-ai.fr.gold.yaml"


# --- the scorer's logic (../shared/tools/score_draft.py), kept here so the
# --- tests run without the shared folder.
def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"[\u00ab\u00bb\u201c\u201d\"]", " ", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _names_match(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (
        len(short) >= 4 and re.search(r"(^|\W)" + re.escape(short) + r"($|\W)", long_) is not None
    )


def _actor_names(item) -> list[str]:
    out = []
    for key in ("name", "label", "aliases"):
        out += _strings(item.get(key))
    return out


def _covers(gold: str, texts: list[str]) -> bool:
    g = _norm(gold)
    for t in map(_norm, texts):
        if len(t) >= 8 and (g in t or (t in g and len(t) >= 0.5 * len(g))):
            return True
    return False


def score(gold: dict, note: dict) -> dict:
    """Actor F1, claim/risk/relationship recall and noise, as the shared scorer computes them."""
    gold_actors = [_actor_names(a) for a in gold.get("actors", [])]
    neutral = [str(x) for x in gold.get("also_ok", [])]
    hit, tp, fp = set(), 0, 0
    for item in note["actors"]:
        names = _actor_names(item)
        match = next(
            (
                i
                for i, g in enumerate(gold_actors)
                if any(_names_match(n, m) for n in names for m in g)
            ),
            None,
        )
        if match is None:
            fp += 0 if any(_names_match(n, m) for n in names for m in neutral) else 1
        elif match in hit:
            fp += 1
        else:
            hit.add(match)
            tp += 1
    recall = len(hit) / len(gold_actors)
    precision = tp / (tp + fp) if tp + fp else 0.0
    out = {"actor_f1": 2 * precision * recall / (precision + recall) if tp else 0.0}
    for key in ("claims", "risks"):
        texts = [s for it in note[key] for s in _strings(it)]
        golds = gold.get(key, [])
        out[f"{key}_recall"] = sum(_covers(g, texts) for g in golds) / len(golds)
        out[f"{key}_noise"] = len(note[key]) / len(golds)
    by_id = {a["id"]: _actor_names(a) for a in note["actors"]}
    rels = [[by_id.get(s, [s]) for s in _strings(r)] for r in note["relationships"]]
    found = 0
    for a, b, *_ in gold.get("relationships", []):
        ga = next((g for g in gold_actors if any(_names_match(a, m) for m in g)), [a])
        gb = next((g for g in gold_actors if any(_names_match(b, m) for m in g)), [b])
        found += any(
            any(_names_match(n, m) for e in ends for n in e for m in ga)
            and any(_names_match(n, m) for e in ends for n in e for m in gb)
            for ends in rels
        )
    out["relationship_recall"] = found / len(gold["relationships"])
    return out


def _drafted(article: Path) -> dict:
    note = note_from_article(read_article(article))
    apply_suggestions(note, suggest(note, note.sources[0].id))
    return note_to_dict(note)


def _gold(article: Path) -> dict:
    path = DATA / (article.name[: -len(".txt")] + ".gold.yaml")
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def it_reaches_the_targets_on_each_test_article(article: Path) -> None:
    result = score(_gold(article), _drafted(article))
    assert result["actor_f1"] >= 0.9, result
    assert result["claims_recall"] >= 0.8, result
    assert result["risks_recall"] >= 0.8, result
    assert result["relationship_recall"] >= 0.6, result
    assert result["claims_noise"] <= 1.5, result
    assert result["risks_noise"] <= 1.5, result


def it_scores_an_empty_draft_at_zero() -> None:
    gold = _gold(ARTICLES[-1])
    empty = {"actors": [], "claims": [], "risks": [], "relationships": []}
    result = score(gold, empty)
    assert result["actor_f1"] == 0.0 and result["claims_recall"] == 0.0


def it_has_a_reference_analysis_whose_strings_are_in_the_article() -> None:
    for article in ARTICLES:
        text = _norm(read_article(article).text)
        gold = _gold(article)
        for key in ("claims", "risks"):
            for quote in gold[key]:
                assert _norm(quote) in text, (article.name, quote)
