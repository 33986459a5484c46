"""Ministers' portfolios: where "ministre délégué chargé de l'Industrie et du Numérique" ends.

A minister's title goes on with its portfolio ("de l'Économie, de l'Industrie et de
l'Emploi", "Minister of Economic Affairs"); the name that follows is the person's,
and the portfolio is part of the role, never an actor of its own.
"""

from __future__ import annotations

import re

from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.segment import Token

# French adjective endings ("industrielle", "numérique"): words that go on a portfolio.
ADJ_FR = re.compile(
    r"(?:al|ale|aux|ales|el|elle|ien|ienne|een|eenne|ais|aise|ique|iques|aire|aires|if|ive"
    r"|e|ee|es|ees|eur|rice|ain|aine|ois|oise|ier|iere)$"
)

PORTFOLIO_TITLES = {"ministre", "minister", "secretary", "commissaire", "commissioner"}
_PREPS = {"de", "du", "des", "d'", "of", "for"}
_CHARGE = {"charge", "chargee", "delegue", "deleguee", "in", "aupres"}


def portfolio_end(toks: list[Token], k: int, lex: Lexicon) -> int:
    """End of "de l'Economie, de l'Industrie et de l'Emploi" after a minister's title."""
    n, end = len(toks), k
    while k < n and toks[k].key in _CHARGE:  # "ministre délégué chargé de l'Industrie"
        k += 1
    while k < n:
        if toks[k].key in (",", "et", "and") and k + 1 < n and toks[k + 1].key in _PREPS:
            k += 1
        if k >= n or toks[k].key not in _PREPS:
            break
        k += 1
        while k < n and toks[k].key in ("la", "l'", "the"):
            k += 1
        if k >= n or toks[k].key in lex.first_names or not toks[k].text[:1].isalpha():
            break
        k += 1
        start = k
        while k < n and k - start < 4 and _portfolio_word(toks, k, lex):
            k += 1  # "des Anciens combattants", "industrielle et numérique"
        while k < n and toks[k].cap and (toks[k].key,) in lex.portfolios:
            k += 1  # "Minister of Economic Affairs"
        end = k
    return end


def _portfolio_word(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A lower-case word that goes on a portfolio ("combattants", "et numérique")."""
    t = toks[k]
    if t.key in ("et", "and") and k + 1 < len(toks):
        nxt = toks[k + 1]
        return nxt.text[:1].islower() and bool(ADJ_FR.search(nxt.key)) and nxt.key not in lex.verbs
    return (
        t.text[:1].islower()
        and t.text.isalpha()
        and t.key not in lex.function_words
        and t.key not in lex.verbs
        and t.key not in _PREPS
    )
