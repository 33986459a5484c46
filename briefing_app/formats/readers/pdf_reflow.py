"""Reflow PDF text lines into paragraphs: where a paragraph ends, and how lines join.

A line ends its paragraph when the next line's first word would have fitted on it
(the break was deliberate), when the next line is indented in a document that
marks paragraphs by indentation, when the font changes, or at a gap between text
boxes; a paragraph cut by a page or column break goes on when the line before
the break is full. End-of-line hyphens are joined unless the word is a compound.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing_app.formats.readers.base import Block

END_PUNCT = tuple('.!?:;…»"”)’')
HYPHENS = ("-", "\u2010", "\u00ad")
# Second halves that keep their hyphen at a line end: French inversions and compounds.
_KEEP_AFTER = {"même", "mêmes", "là", "ci", "être", "t", "il", "elle", "ils", "elles", "on",
               "y", "en", "dessus", "dessous", "delà", "deçà", "clés", "clé"}  # fmt: skip
_KEEP_BEFORE = {"vice", "ex", "demi", "semi", "mi", "quasi", "non", "self", "anglo", "franco",
                "germano", "sino"}  # fmt: skip
_WORD_AT_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_WORD_AT_START = re.compile(r"^([^\W\d_]+)")


@dataclass
class Line:
    """One text line of a PDF page, with its box in points (origin at the bottom left)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    page: int
    box: int  # running index of the text box the line belongs to
    bullet: bool = False  # the line starts a list item
    first_word: float = 0.0  # width of the first word, when the glyphs tell it


@dataclass
class Layout:
    """What the whole document says about its lines."""

    body: float  # the body text's font size
    box_right: dict[int, float]  # where each text box's longest line ends
    full_width: float  # the widest body line
    text_bottom: float  # the lowest body line: a full page or column ends there
    right_edge: dict[int, float]  # per page, where the longest body line ends
    margins: dict[int, list[float]]  # per page, the left edges where body lines start
    indents: bool  # paragraphs are marked by a first-line indent

    def indented(self, line: Line) -> bool:
        """True when the line starts right of the nearest left margin by an indent."""
        lefts = [x for x in self.margins.get(line.page, []) if x <= line.x0 + 0.5]
        return bool(lefts) and 0.8 * self.body <= line.x0 - max(lefts) <= 6 * self.body


def paragraphs(lines: list[Line]) -> list[Block]:
    """Reflow lines into paragraphs; larger or bold short paragraphs become headings."""
    if not lines:
        return []
    layout = _layout(lines)
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not starts_paragraph(groups[-1][-1], line, layout):
            groups[-1].append(line)
        else:
            groups.append([line])
    words = _known_words(lines)
    blocks: list[Block] = []
    for group in groups:
        text = join_lines([ln.text for ln in group], words)
        weight = max(1, sum(len(ln.text) for ln in group))
        size = sum(ln.size * len(ln.text) for ln in group) / weight
        heading = (
            len(text) <= 200
            and not text.rstrip().endswith(".")
            and (size >= layout.body * 1.15 or all(ln.bold for ln in group))
        )
        blocks.append(Block(text, heading))
    return blocks


def _layout(lines: list[Line]) -> Layout:
    sizes: Counter = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    body = sizes.most_common(1)[0][0]
    body_lines = [ln for ln in lines if abs(ln.size - body) < 0.5] or lines
    box_right: dict[int, float] = {}
    right_edge: dict[int, float] = {}
    for ln in lines:
        box_right[ln.box] = max(box_right.get(ln.box, 0), ln.x1)
    starts: dict[int, Counter] = {}
    for ln in body_lines:
        right_edge[ln.page] = max(right_edge.get(ln.page, 0), ln.x1)
        starts.setdefault(ln.page, Counter())[round(ln.x0)] += 1
    margins = {page: _margins(c, body) for page, c in starts.items()}
    layout = Layout(
        body=body,
        box_right=box_right,
        full_width=max(ln.x1 - ln.x0 for ln in body_lines),
        text_bottom=min(ln.y0 for ln in body_lines),
        right_edge=right_edge,
        margins=margins,
        indents=False,
    )
    indented = sum(layout.indented(ln) for ln in body_lines)
    layout.indents = indented >= 3 and indented >= 0.05 * len(body_lines)
    return layout


def _margins(starts: Counter, body: float) -> list[float]:
    """Left edges shared by several lines (one per column), not the indents beside them."""
    common = [x for x, n in starts.items() if n >= 3] or [min(starts)]
    return sorted(
        x
        for x in common
        if not any(starts[m] > starts[x] and 0.8 * body <= x - m <= 6 * body for m in common)
    )


def starts_paragraph(prev: Line, line: Line, layout: Layout) -> bool:
    """True when ``line`` begins a new paragraph after ``prev``."""
    if line.bullet:
        return True
    body = layout.body
    prev_text = prev.text.rstrip()
    continues = not prev_text.endswith(END_PUNCT) and (
        prev_text.endswith(HYPHENS) or line.text.lstrip()[:1].islower()
    )
    big_prev, big_line = prev.size >= body * 1.15, line.size >= body * 1.15
    if abs(prev.size - line.size) > 0.15 * max(body, 1) and (big_prev or big_line):
        return True
    if prev.bold != line.bold and not continues and _room_for(prev, line, layout):
        return True
    if layout.indents:  # a paragraph starts with an indent, or after a gap
        gap = line.page == prev.page and prev.y0 - line.y1 > 0.8 * max(body, 1)
        return not continues and (layout.indented(line) or gap)
    if line.box != prev.box:
        if continues:
            return False
        # A full line at the foot of a full page or column: the paragraph goes on overleaf.
        jumped = line.page != prev.page or line.y1 > prev.y1 + 1
        at_foot = prev.y0 <= layout.text_bottom + 2.5 * max(body, 1)
        same_font = abs(prev.size - line.size) < 0.5 and prev.bold == line.bold
        full = not _room_for(prev, line, layout, layout.right_edge.get(prev.page))
        return not (jumped and at_foot and same_font and full)
    if continues:
        return False
    # The next line's first word would have fitted here: the break was made on purpose.
    return _room_for(prev, line, layout)


def _room_for(prev: Line, line: Line, layout: Layout, edge: float | None = None) -> bool:
    """True when the first word of ``line`` would have fitted at the end of ``prev``."""
    words = line.text.split()
    if not words or not prev.text:
        return False
    right = edge if edge is not None else layout.box_right.get(prev.box, prev.x1)
    if line.first_word > 0:
        needed = line.first_word + 0.25 * max(prev.size, 1)  # the word and a space
    else:
        needed = (len(words[0]) + 0.5) * (prev.x1 - prev.x0) / max(1, len(prev.text))
    return right - prev.x1 > needed


def _known_words(lines: list[Line]) -> set[str]:
    """Lower-cased words and hyphenated compounds seen inside lines (not at their ends)."""
    words: set[str] = set()
    for line in lines:
        found = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line.text)
        words.update(w.lower() for w in found[1:-1])
    return words


def join_lines(texts: list[str], words: set[str]) -> str:
    """One paragraph from its lines: spaces between, end-of-line hyphenation undone."""
    out = ""
    for text in texts:
        text = text.strip()
        if not out:
            out = text
            continue
        if out.endswith(HYPHENS) and len(out) > 1 and out[-2].isalnum() and text[0].isalnum():
            end, start = _WORD_AT_END.search(out), _WORD_AT_START.match(text)
            cut = out.endswith("\u00ad") or bool(
                end and start and _is_line_end_hyphenation(end.group(1), start.group(1), words)
            )
            out = (out[:-1] if cut else out) + text
            continue
        out = f"{out} {text}"
    return out


def _is_line_end_hyphenation(left: str, right: str, words: set[str]) -> bool:
    """True when "left-" + "right" is one word cut at the line end, not a compound."""
    if not right[:1].islower():
        return False
    compound, joined = f"{left}-{right}".lower(), f"{left}{right}".lower()
    if compound in words and joined not in words:
        return False
    if joined in words:
        return True
    return right.lower() not in _KEEP_AFTER and left.lower() not in _KEEP_BEFORE
