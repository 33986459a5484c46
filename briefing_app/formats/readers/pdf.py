"""PDF articles (pdfminer.six): text lines in reading order, reflowed into paragraphs.

Running headers, footers and page numbers (lines at the top or bottom of the
pages that repeat, digits aside) are dropped; end-of-line hyphens are joined
unless the word is a real compound; a paragraph cut by a page break is mended.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass

from briefing_app.formats.readers.base import (
    ArticleDocument,
    ArticleError,
    Block,
    build_document,
    collapse_spaces,
)

_END_PUNCT = tuple('.!?:;…»"”)’')
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|pag\.)?\s*[-–—(]?\s*#+\s*[-–—)]?\s*(?:(?:/|sur|of|de|on)\s*#+)?$", re.I
)
_BULLET_ONLY = re.compile(r"[•◦▪▫‣∙·●○■□►▸➢✓\-–*]+")
_BULLET_START = re.compile(r"^[•◦▪▫‣∙·●○■□►▸➢✓]\s*")
# What a browser prints in the page margins: the date and time, the address.
_PRINTED_BY_BROWSER = re.compile(
    r"^(?:(?:file|https?)://\S+|\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AaPp][Mm])?)"
    r"(?:\s+\d+\s*/\s*\d+)?$"
)
_HYPHENS = ("-", "\u2010", "\u00ad")
# Second halves that keep their hyphen at a line end: French inversions and compounds.
_KEEP_AFTER = {"même", "mêmes", "là", "ci", "être", "t", "il", "elle", "ils", "elles", "on",
               "y", "en", "dessus", "dessous", "delà", "deçà", "clés", "clé"}  # fmt: skip
_KEEP_BEFORE = {"vice", "ex", "demi", "semi", "mi", "quasi", "non", "self", "anglo", "franco",
                "germano", "sino"}  # fmt: skip
_WORD_AT_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_WORD_AT_START = re.compile(r"^([^\W\d_]+)")


@dataclass
class Line:
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


def read(data: bytes, name: str) -> ArticleDocument:
    """A PDF file with a text layer (a scanned PDF has none and is refused)."""
    if b"%PDF" not in data[:1024]:
        raise ArticleError(f"{name} is not a PDF file (no PDF header).")
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    doc, pages = _open(data, name)
    lines, page_heights = _lines(doc, pages, name)
    if not any(line.text.strip() for line in lines):
        raise ArticleError(
            f"{name} has no text layer (a scanned image?); run OCR on it first and try again."
        )
    lines = _drop_running_lines(lines, page_heights)
    blocks = _paragraphs(lines)
    meta = _metadata(doc, name)
    hint = meta.pop("language_hint")
    document = build_document(blocks, name, encoding="", **meta)  # no text encoding in a PDF
    document.language = document.language or hint
    document.title = _title_without_site(document.title, document)
    if document.text.count("(cid:") > 5:
        document.warnings.append(
            f"{name} uses fonts whose characters could not be decoded; some text is missing."
        )
    return document


def _open(data: bytes, name: str):
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        parser = PDFParser(io.BytesIO(data))
        doc = PDFDocument(parser, password="")
        pages = list(PDFPage.create_pages(doc))
    except PDFPasswordIncorrect:
        raise ArticleError(
            f"{name} is protected by a password; save an unprotected copy."
        ) from None
    except PDFEncryptionError as exc:
        raise ArticleError(f"{name} is encrypted in a way that cannot be read ({exc}).") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on damaged files
        raise ArticleError(f"{name} is a damaged PDF file ({type(exc).__name__}).") from None
    if not pages:
        raise ArticleError(f"{name} is a damaged PDF file (it has no pages).")
    return doc, pages


def _lines(doc, pages, name: str) -> tuple[list[Line], dict[int, float]]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager

    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    lines: list[Line] = []
    heights: dict[int, float] = {}
    bullets: list[tuple[int, float, float]] = []  # (page, y0, y1) of bullet-only lines
    box_index = 0
    for number, page in enumerate(pages):
        try:
            interpreter.process_page(page)
        except Exception as exc:  # noqa: BLE001
            raise ArticleError(
                f"{name} is a damaged PDF file (page {number + 1}: {type(exc).__name__})."
            ) from None
        layout = device.get_result()
        heights[number] = layout.height
        for box in layout:
            if not isinstance(box, LTTextBox):
                continue
            box_index += 1
            for line in box:
                if isinstance(line, LTTextLine):
                    found = _line(line, number, box_index)
                    if found is None:
                        continue
                    if _BULLET_ONLY.fullmatch(found.text):
                        bullets.append((number, found.y0, found.y1))
                    else:
                        lines.append(found)
    for line in lines:
        middle = (line.y0 + line.y1) / 2
        if any(p == line.page and y0 - 1 <= middle <= y1 + 1 for p, y0, y1 in bullets):
            line.bullet = True
    return lines, heights


def _line(line, page: int, box: int) -> Line | None:
    """A text line without superscript note calls; None when it holds no text."""
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    if not chars:
        return None
    sizes = sorted(c.size for c in chars)
    median = sizes[len(sizes) // 2]
    base = min(c.y0 for c in chars if c.size >= 0.9 * median)
    parts = []
    for item in line:
        text = item.get_text()
        if isinstance(item, LTChar) and text.isdigit() and item.size < 0.8 * median:
            if item.y0 > base + 0.2 * median:  # a raised small digit: a footnote call
                continue
        parts.append(text)
    text = collapse_spaces("".join(parts))
    if not text:
        return None
    bullet = False
    match = _BULLET_START.match(text)
    if match and len(text) > match.end():
        text, bullet = text[match.end() :], True
    inked = [c for c in chars if c.get_text().strip()]
    bold = bool(inked) and all(_is_bold(c.fontname) for c in inked)
    size = sum(c.size for c in chars) / len(chars)
    return Line(text, line.x0, line.y0, line.x1, line.y1, size, bold, page, box, bullet)


def _is_bold(fontname: str) -> bool:
    return any(w in fontname for w in ("Bold", "Black", "Heavy", "Semibold", "SemiBold"))


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", collapse_spaces(text).lower())


def _drop_running_lines(lines: list[Line], heights: dict[int, float]) -> list[Line]:
    """Remove headers, footers and page numbers: edge lines repeating across pages."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    edges: set[int] = set()  # ids of lines at the top or bottom of their page
    for page_lines in by_page.values():
        ordered = sorted(page_lines, key=lambda ln: -ln.y1)
        for line in ordered[:3] + ordered[-3:]:
            edges.add(id(line))
    counts = Counter()
    for page_lines in by_page.values():
        counts.update({_key(ln.text) for ln in page_lines if id(ln) in edges})
    pages = len(by_page)
    repeated = {k for k, n in counts.items() if pages >= 2 and n >= max(2, pages // 2 + pages % 2)}
    kept = []
    for line in lines:
        if id(line) in edges:
            key = _key(line.text)
            height = heights.get(line.page, 0) or 1
            in_margin = line.y1 > 0.85 * height or line.y0 < 0.15 * height
            if key in repeated and in_margin:
                continue
            outer = line.y1 > 0.94 * height or line.y0 < 0.06 * height
            if outer and _PRINTED_BY_BROWSER.match(line.text.strip()):
                continue
            if _PAGE_NUMBER.match(key) and in_margin:
                continue
        kept.append(line)
    return kept


def _paragraphs(lines: list[Line]) -> list[Block]:
    """Reflow lines into paragraphs; larger or bold short paragraphs become headings."""
    sizes = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    box_width: dict[int, float] = {}
    box_left: dict[int, float] = {}
    for line in lines:
        box_width[line.box] = max(box_width.get(line.box, 0), line.x1 - line.x0)
        box_left[line.box] = min(box_left.get(line.box, line.x0), line.x0)
    body_lines = [ln for ln in lines if abs(ln.size - body) < 0.5] or lines
    full_width = max(ln.x1 - ln.x0 for ln in body_lines)
    text_bottom = min(ln.y0 for ln in body_lines)
    right_edge: dict[int, float] = {}
    for ln in body_lines:
        right_edge[ln.page] = max(right_edge.get(ln.page, 0), ln.x1)
    layout = _Layout(body, box_width, box_left, full_width, text_bottom, right_edge,
                     _is_justified(body_lines))  # fmt: skip
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not _starts_paragraph(groups[-1][-1], line, layout):
            groups[-1].append(line)
        else:
            groups.append([line])
    words = _known_words(lines)
    blocks: list[Block] = []
    for group in groups:
        text = _join_lines([ln.text for ln in group], words)
        size = sum(ln.size * len(ln.text) for ln in group) / max(
            1, sum(len(ln.text) for ln in group)
        )
        heading = (
            len(text) <= 200
            and not text.rstrip().endswith(".")
            and (size >= body * 1.15 or all(ln.bold for ln in group))
        )
        blocks.append(Block(text, heading))
    return blocks


@dataclass
class _Layout:
    body: float  # the body text's font size
    box_width: dict[int, float]
    box_left: dict[int, float]
    full_width: float  # the widest body line: a full line
    text_bottom: float  # the lowest body line of the document: a full page ends there
    right_edge: dict[int, float]  # per page, where full body lines end
    justified: bool  # body lines end flush right, except paragraphs' last lines


def _is_justified(lines: list[Line]) -> bool:
    """True when most lines that are not a box's last end at the same right edge."""
    by_box: dict[int, list[Line]] = {}
    for line in lines:
        by_box.setdefault(line.box, []).append(line)
    flush = total = 0
    for box_lines in by_box.values():
        if len(box_lines) < 3:
            continue
        edge = max(ln.x1 for ln in box_lines)
        for ln in box_lines[:-1]:
            total += 1
            flush += ln.x1 >= edge - 2
    return total >= 5 and flush >= 0.8 * total


def _starts_paragraph(prev: Line, line: Line, layout: _Layout) -> bool:
    """True when ``line`` begins a new paragraph after ``prev``."""
    if line.bullet:
        return True
    body, widths, lefts = layout.body, layout.box_width, layout.box_left
    prev_text = prev.text.rstrip()
    continues = not prev_text.endswith(_END_PUNCT) and (
        prev_text.endswith(_HYPHENS) or line.text.lstrip()[:1].islower()
    )
    big_prev, big_line = prev.size >= body * 1.15, line.size >= body * 1.15
    if abs(prev.size - line.size) > 0.15 * max(body, 1) and (big_prev or big_line):
        return True
    if line.box != prev.box:
        if continues:
            return False
        # A full line at the foot of a full page or column: the paragraph goes on overleaf.
        jumped = line.page != prev.page or line.y1 > prev.y1 + 1
        if layout.justified:  # a paragraph's last line stops short of the right edge
            full = prev.x1 >= layout.right_edge.get(prev.page, 0) - 2
        else:  # ragged right: only a nearly full line suggests the paragraph goes on
            full = (prev.x1 - prev.x0) >= 0.95 * layout.full_width
        at_foot = prev.y0 <= layout.text_bottom + 2.5 * max(body, 1)
        same_font = abs(prev.size - line.size) < 0.5 and prev.bold == line.bold
        return not (jumped and full and at_foot and same_font)
    short = (prev.x1 - prev.x0) < 0.8 * widths[prev.box]
    if prev.bold != line.bold and short and not continues:
        return True
    if short and prev_text.endswith(_END_PUNCT):
        return True
    indented = line.x0 - lefts[line.box] > 1.0 * max(line.size, 1)
    return indented and prev_text.endswith(_END_PUNCT)


def _known_words(lines: list[Line]) -> set[str]:
    """Lower-cased words and hyphenated compounds seen inside lines (not at their ends)."""
    words: set[str] = set()
    for line in lines:
        found = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", line.text)
        words.update(w.lower() for w in found[1:-1])
    return words


def _join_lines(texts: list[str], words: set[str]) -> str:
    out = ""
    for text in texts:
        text = text.strip()
        if not out:
            out = text
            continue
        if out.endswith(_HYPHENS) and len(out) > 1 and out[-2].isalnum() and text[0].isalnum():
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


def _title_without_site(title: str, document: ArticleDocument) -> str:
    """ "Headline | Site" (a browser's print) becomes "Headline" when a heading says so."""
    paragraphs = document.text.split("\n\n")
    headings = {paragraphs[i] for i in document.headings or [] if i < len(paragraphs)}
    for sep in (" | ", " - ", " – ", " — "):
        head = title.rpartition(sep)[0].strip()
        if head and head in headings:
            return head
    return title


def _metadata(doc, name: str) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    info: dict[str, str] = {}
    for entry in doc.info or []:
        for key, value in entry.items():
            value = resolve1(value)
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str):
                info[key] = collapse_spaces(value)
    title = info.get("Title", "")
    stem = name.rsplit(".", 1)[0].lower()
    if re.match(r"^(microsoft word|untitled|sans titre|document\d*$)", title.lower()) or (
        title.lower().startswith(stem) or re.search(r"\.(docx?|odt|pdf|rtf)$", title.lower())
    ):
        title = ""
    lang = resolve1(doc.catalog.get("Lang")) if hasattr(doc, "catalog") else None
    lang = decode_text(lang).lower()[:2] if isinstance(lang, bytes) else ""
    return {
        "title": title,
        "author": info.get("Author", ""),
        # CreationDate is when the PDF was made, not when the article appeared: not used.
        "language_hint": lang if lang in ("fr", "en") else "",
    }
