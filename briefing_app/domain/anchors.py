"""Evidence anchors: create them from a selection, and place them in a text.

An anchor keeps both the position (code points) and the quote with context, as
Hypothesis does, so it can be re-attached when the text changes.
"""

from __future__ import annotations

from briefing_app.domain.model import Anchor

CONTEXT = 32


def make_anchor(source_id: str, text: str, start: int, end: int) -> Anchor:
    """An anchor on ``text[start:end]`` with ~32 code points of context each side."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    # Do not anchor on surrounding white space.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Anchor(
        source=source_id,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def anchor_matches(anchor: Anchor, text: str) -> bool:
    """True when the anchor's quote is at its recorded position in ``text``."""
    return 0 <= anchor.start <= anchor.end <= len(text) and (
        text[anchor.start : anchor.end] == anchor.exact
    )


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the anchor's quote is in ``text``: its position, else the nearest exact copy."""
    if anchor_matches(anchor, text):
        return anchor.start, anchor.end
    if not anchor.exact:
        return None
    best: int | None = None
    i = text.find(anchor.exact)
    while i != -1:
        if best is None or abs(i - anchor.start) < abs(best - anchor.start):
            best = i
        i = text.find(anchor.exact, i + 1)
    if best is None:
        return None
    return best, best + len(anchor.exact)
