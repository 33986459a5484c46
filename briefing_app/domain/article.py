"""Canonical article text: paragraphs separated by blank lines, headings flagged.

Every reader produces this shape, and evidence anchors count code points in it.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

PARAGRAPH_BREAK = "\n\n"
_FINAL_PUNCT = tuple(".!?:;…»\"”)’'")


@dataclass(frozen=True)
class Paragraph:
    index: int  # 0-based; shown to users as ¶(index + 1)
    start: int  # code point offsets in the canonical text
    end: int
    text: str
    heading: bool


def looks_like_heading(text: str) -> bool:
    """Short single line without final punctuation: shown as a heading."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= 90
        and "\n" not in stripped
        and not stripped.endswith(_FINAL_PUNCT)
        and not stripped[0].islower()
        and len(stripped.split()) <= 14
    )


def normalise_text(text: str) -> str:
    """Canonical form: \\n line ends, no trailing spaces, one blank line between paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t\u00a0]*\n+", text)]
    return PARAGRAPH_BREAK.join(b.strip() for b in blocks if b.strip())


def split_paragraphs(text: str, headings: list[int] | None = None) -> list[Paragraph]:
    """Split canonical text into paragraphs with their offsets.

    ``headings`` lists paragraph indices a reader knows to be headings; when
    None, short unpunctuated lines are taken as headings.
    """
    paragraphs: list[Paragraph] = []
    for index, match in enumerate(re.finditer(r"[^\n](?:[^\n]|\n(?!\n))*", text)):
        chunk = match.group(0)
        start, end = match.start(), match.end()
        if headings is None:
            heading = index > 0 and looks_like_heading(chunk)
        else:
            heading = index in headings
        paragraphs.append(Paragraph(index, start, end, chunk, heading))
    return paragraphs


@functools.lru_cache(maxsize=16)
def paragraph_index(text: str) -> ParagraphIndex:
    """The (cached) paragraph index of a canonical text: ¶ numbers without re-splitting."""
    return ParagraphIndex(split_paragraphs(text))


class ParagraphIndex:
    """Find the paragraph that holds an offset, in O(log n)."""

    def __init__(self, paragraphs: list[Paragraph]):
        self.paragraphs = paragraphs
        self._starts = [p.start for p in paragraphs]

    def at(self, offset: int) -> Paragraph | None:
        """The paragraph containing ``offset`` (or the one before a gap)."""
        if not self.paragraphs:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.paragraphs[max(i, 0)]

    def number(self, offset: int) -> int:
        """1-based paragraph number for display (¶n); 0 when the text is empty."""
        p = self.at(offset)
        return p.index + 1 if p else 0
