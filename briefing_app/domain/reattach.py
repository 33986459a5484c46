"""Re-attach evidence anchors to a changed article text, the way Hypothesis does.

Order of attempts for each anchor (offsets are code points of the canonical text):

1. the recorded position, if the quote is still there (or at the position shifted
   by the single edit between the old and new text, when that is known);
2. an exact copy of the quote, chosen by how well its surroundings match the
   anchor's prefix and suffix, then by nearness to the old position;
3. the same after folding white space and quote styles (’ ‘ “ ” « » -> ' "),
   so re-typed quotes and re-wrapped lines still match exactly;
4. a fuzzy match (rapidfuzz) of the quote near the old position, then anywhere,
   whose edges are refined with the prefix and suffix and which is scored on
   quote, prefix and suffix together; it must reach ``THRESHOLD``.

An anchor that no attempt places is returned unchanged with ``orphaned=True``:
it is never dropped.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from briefing_app.domain.anchors import CONTEXT, anchor_matches, make_anchor
from briefing_app.domain.model import SECTIONS, Anchor, Note

THRESHOLD = 0.72  # combined score (0-1) a fuzzy match must reach
MIN_QUOTE_SIMILARITY = 0.65  # and the quote alone must be at least this similar
NEAR_WINDOW = 4000  # code points searched each side of the old position before the whole text
SURE_CONTEXT = 0.9  # a nearby copy whose context matches this well is taken at once
MAX_COPIES = 400  # exact copies of a quote scored at most (the nearest ones)

_FOLD = str.maketrans(
    {**dict.fromkeys("’‘‚ʼ′", "'"), **dict.fromkeys("“”„«»″", '"'), "\u2010": "-", "\u2011": "-"}
)
_WS = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True)
class Edit:
    """The span of the old text that changed, as found by common prefix and suffix."""

    start: int  # first changed code point (same in old and new)
    old_end: int  # end of the changed span in the old text
    new_end: int  # end of the changed span in the new text

    def shift(self, pos: int) -> int | None:
        """Where old offset ``pos`` lands in the new text; None inside the changed span."""
        if pos <= self.start:
            return pos
        if pos >= self.old_end:
            return pos + self.new_end - self.old_end
        return None


def find_edit(old: str, new: str) -> Edit:
    """The single changed span between two texts (common prefix and suffix removed)."""
    n = min(len(old), len(new))
    lo, hi = 0, n
    while lo < hi:  # longest common prefix, by halving (C-speed slice compares)
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    start = lo
    lo, hi = 0, n - start
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid :] == new[len(new) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return Edit(start, len(old) - lo, len(new) - lo)


def reattach(anchor: Anchor, new_text: str, hint: int | None = None) -> Anchor:
    """The anchor placed in ``new_text``, or the same anchor flagged orphaned."""
    quote = anchor.exact
    if not quote:
        return dataclasses.replace(anchor, orphaned=True)
    if anchor_matches(anchor, new_text):
        return _placed(anchor, new_text, anchor.start, anchor.end)
    old_pos = anchor.start
    if hint is not None and new_text[hint : hint + len(quote)] == quote:
        return _placed(anchor, new_text, hint, hint + len(quote))
    if hint is not None:
        old_pos = hint
    span = _find_copy(anchor, quote, new_text, old_pos)
    if span:
        return _placed(anchor, new_text, *span)
    fquote = _fold(quote)
    if fquote.strip():
        folded = _folded(new_text)
        fspan = _find_copy(anchor, fquote, folded.text, folded.to_folded(old_pos), folded)
        if fspan:
            return _placed(anchor, new_text, *folded.span_to_original(*fspan))
    found = _fuzzy(anchor, new_text, old_pos)
    if found:
        return _placed(anchor, new_text, *found)
    return dataclasses.replace(anchor, orphaned=True)


def _find_copy(anchor: Anchor, quote: str, text: str, near: int, folded=None):
    """The best exact copy of ``quote`` in ``text``: a nearby one whose context matches,
    else the best by context anywhere. Spans are in ``text`` (folded text if ``folded``)."""

    def best(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], float]:
        scored = [(_span_score(anchor, text, s, near, folded), s) for s in spans]
        score, span = max(scored)
        return span, score

    lo = max(0, near - NEAR_WINDOW)
    spans = _copies(quote, text, near, lo, near + len(quote) + NEAR_WINDOW)
    if spans:
        span, score = best(spans)
        if score >= SURE_CONTEXT or (len(spans) == 1 and score >= 0.5):
            return span
    spans = _copies(quote, text, near)
    return best(spans)[0] if spans else None


def _span_score(anchor: Anchor, text: str, span, near: int, folded) -> float:
    """Context score of a candidate span, less a small penalty for its distance."""
    start, end = folded.span_to_original(*span) if folded else span
    original = folded.original if folded else text
    distance = abs(span[0] - near) / max(len(text), 1)
    return _context_score(anchor, original, start, end) - 0.2 * distance


def reattach_all(anchors: Iterable[Anchor], old_text: str, new_text: str) -> list[Anchor]:
    """Re-attach many anchors of one source at once (sharing the old/new text comparison)."""
    edit = find_edit(old_text, new_text) if old_text else None
    out = []
    for anchor in anchors:
        hint = edit.shift(anchor.start) if edit else None
        out.append(reattach(anchor, new_text, hint))
    return out


def plan_reattachment(note: Note, source_id: str, new_text: str) -> dict[str, list[Anchor]]:
    """New evidence lists, by item id, for every item with an anchor in the source (no change)."""
    source = note.source(source_id)
    if source is None:
        raise KeyError(source_id)
    edit = find_edit(source.text, new_text) if source.text else None
    plan: dict[str, list[Anchor]] = {}
    for section in SECTIONS:
        for item in note.items(section):
            if not any(a.source == source_id for a in item.evidence):
                continue
            plan[item.id] = [
                reattach(a, new_text, edit.shift(a.start) if edit else None)
                if a.source == source_id
                else a
                for a in item.evidence
            ]
    return plan


def replace_source_text(note: Note, source_id: str, new_text: str) -> list[tuple[str, Anchor]]:
    """Put ``new_text`` in the source and re-attach every anchor; return the orphaned ones."""
    plan = plan_reattachment(note, source_id, new_text)
    orphans: list[tuple[str, Anchor]] = []
    for section in SECTIONS:
        for item in note.items(section):
            if item.id in plan:
                item.evidence = plan[item.id]
                orphans += [
                    (item.id, a) for a in item.evidence if a.source == source_id and a.orphaned
                ]
    source = note.source(source_id)
    source.text = new_text
    source.sha256 = hashlib.sha256(new_text.encode("utf-8")).hexdigest()
    return orphans


# ---------------------------------------------------------------- helpers


def _placed(anchor: Anchor, text: str, start: int, end: int) -> Anchor:
    placed = make_anchor(anchor.source, text, start, end)
    return placed if placed.exact else dataclasses.replace(anchor, orphaned=True)


def _copies(
    quote: str, text: str, near: int, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """Spans of exact copies of ``quote`` in ``text[lo:hi]``, the nearest to ``near`` first."""
    starts = []
    i = text.find(quote, lo, hi)
    while i != -1:
        starts.append(i)
        i = text.find(quote, i + 1, hi)
    if len(starts) > 1:
        starts.sort(key=lambda s: abs(s - near))
    return [(s, s + len(quote)) for s in starts[:MAX_COPIES]]


def _similarity(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100.0


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How well the text around [start, end) matches the anchor's prefix and suffix (0-1)."""
    before = text[max(0, start - len(anchor.prefix)) : start] if anchor.prefix else ""
    after = text[end : end + len(anchor.suffix)] if anchor.suffix else ""
    if not anchor.prefix and start > 0:
        before = text[max(0, start - CONTEXT) : start]
    if not anchor.suffix and end < len(text):
        after = text[end : end + CONTEXT]
    return (_similarity(_fold(anchor.prefix), _fold(before)) +
            _similarity(_fold(anchor.suffix), _fold(after))) / 2  # fmt: skip


def _fold(text: str) -> str:
    """Quote styles unified, white space collapsed, and dropped beside quotes and before : ; ! ?

    so that « texte » and "texte", "mot : suite" and "mot: suite" fold alike.
    """
    return _WS.sub(_folded_space, text.translate(_FOLD))


def _folded_space(m: re.Match) -> str:
    return " " if _space_kept(m.string, m.start(), m.end()) else ""


def _space_kept(text: str, start: int, end: int) -> bool:
    """Whether the white-space run text[start:end] folds to one space (else to nothing)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return not (before == '"' or after == '"' or (after and after in ":;!?"))


class _Folded:
    """Folded text (see ``_fold``) with maps between its offsets and the original ones."""

    def __init__(self, text: str):
        self.original = text
        translated = text.translate(_FOLD)
        pieces: list[str] = []
        # For every shortened run: where it lies in the folded text (a run folded to nothing
        # sits just before the next character, hence the half) and the code points removed
        # up to and including it.
        self._at: list[float] = []
        self._removed: list[int] = []
        removed = last = 0
        for m in _WS.finditer(translated):
            pieces.append(translated[last : m.start()])
            last = m.end()
            keep = _space_kept(translated, m.start(), m.end())
            pieces.append(" " if keep else "")
            extra = m.end() - m.start() - (1 if keep else 0)
            if extra:
                folded_at = m.start() - removed
                removed += extra
                self._at.append(folded_at if keep else folded_at - 0.5)
                self._removed.append(removed)
        pieces.append(translated[last:])
        self.text = "".join(pieces)

    def to_original(self, pos: int) -> int:
        """Original offset of folded offset ``pos`` (a character start)."""
        i = bisect.bisect_left(self._at, pos)  # runs before pos
        return pos + (self._removed[i - 1] if i else 0)

    def to_folded(self, pos: int) -> int:
        """Approximate folded offset of original offset ``pos`` (for nearness only)."""
        lo, hi = 0, len(self._at)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._at[mid] + self._removed[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return max(0, pos - (self._removed[lo - 1] if lo else 0))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a folded span."""
        return self.to_original(start), self.to_original(end - 1) + 1


@lru_cache(maxsize=4)
def _folded(text: str) -> _Folded:
    return _Folded(text)


def _fuzzy(anchor: Anchor, text: str, near: int) -> tuple[int, int] | None:
    """Best fuzzy placement of the quote: near the old position, else anywhere."""
    quote = anchor.exact
    reach = NEAR_WINDOW + 2 * len(quote)
    lo, hi = max(0, near - reach), min(len(text), near + len(quote) + reach)
    best = _fuzzy_in(anchor, text, lo, hi)
    if best is None and (lo > 0 or hi < len(text)):
        best = _fuzzy_in(anchor, text, 0, len(text))
    return best


def _fuzzy_in(anchor: Anchor, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    quote = anchor.exact
    window = text[lo:hi]
    if not window:
        return None
    hit = fuzz.partial_ratio_alignment(quote, window, score_cutoff=MIN_QUOTE_SIMILARITY * 100)
    if hit is None:
        return None
    start, end = _refine(anchor, text, lo + hit.dest_start, lo + hit.dest_end)
    quote_score = _similarity(_fold(quote), _fold(text[start:end]))
    if quote_score < MIN_QUOTE_SIMILARITY:
        return None
    score = 0.6 * quote_score + 0.4 * _context_score(anchor, text, start, end)
    return (start, end) if score >= THRESHOLD else None


def _refine(anchor: Anchor, text: str, start: int, end: int) -> tuple[int, int]:
    """Move a fuzzy span's edges to where the prefix ends and the suffix begins, if near."""
    slack = max(16, len(anchor.exact) // 2)
    tail = anchor.prefix[-12:]
    if len(tail.strip()) >= 4:
        i = text.rfind(tail, max(0, start - slack - len(tail)), start + slack)
        if i != -1:
            start = i + len(tail)
    head = anchor.suffix[:12]
    if len(head.strip()) >= 4:
        i = text.find(head, max(start, end - slack), end + slack + len(head))
        if i != -1:
            end = i
    return start, max(start, end)
