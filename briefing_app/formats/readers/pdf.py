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

from briefing_app.formats.readers.base import (
    ArticleDocument,
    ArticleError,
    build_document,
    collapse_spaces,
)
from briefing_app.formats.readers.pdf_reflow import Line, paragraphs

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
    blocks = paragraphs(lines)
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
    found = Line(text, line.x0, line.y0, line.x1, line.y1, size, bold, page, box, bullet)
    found.first_word = _first_word_width(line)
    return found


def _first_word_width(line) -> float:
    """Width of the line's first word, from its glyphs (0 when unknown)."""
    from pdfminer.layout import LTChar

    first = last = None
    for item in line:
        blank = not item.get_text().strip()
        if first is None:
            if (
                isinstance(item, LTChar)
                and not blank
                and not _BULLET_ONLY.fullmatch(item.get_text())
            ):
                first = last = item
            continue
        if blank or not isinstance(item, LTChar):
            break
        last = item
    return (last.x1 - first.x0) if first is not None else 0.0


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
        counts.update({(_key(ln.text), round(ln.size)) for ln in page_lines if id(ln) in edges})
    pages = len(by_page)
    repeated = {k for k, n in counts.items() if pages >= 2 and n >= max(2, pages // 2 + pages % 2)}
    kept = []
    for line in lines:
        if id(line) in edges:
            key = _key(line.text)
            height = heights.get(line.page, 0) or 1
            in_margin = line.y1 > 0.85 * height or line.y0 < 0.15 * height
            # The size is part of the key: a headline repeated small in the running header
            # of the following pages stays on the first.
            if (key, round(line.size)) in repeated and in_margin:
                continue
            outer = line.y1 > 0.94 * height or line.y0 < 0.06 * height
            if outer and _PRINTED_BY_BROWSER.match(line.text.strip()):
                continue
            if _PAGE_NUMBER.match(key) and in_margin:
                continue
        kept.append(line)
    return kept


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
