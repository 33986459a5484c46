"""Read an article file into canonical text plus metadata.

Canonical text: paragraphs separated by one blank line (see domain.article).
Evidence anchors count code points in it, so every reader must produce it the
same way for the same file. Each format has its own module in ``readers/``;
they are imported only when a file of that type is opened.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from pathlib import Path

from briefing_app.domain.model import Source
from briefing_app.formats.readers.base import (
    ArticleDocument,
    ArticleError,
    repair_mojibake,
    title_from_text,
)
from briefing_app.formats.readers.text import article_from_text, decode_text
from briefing_app.formats.readers.text import read as _read_text

__all__ = [
    "MAX_ARTICLE_BYTES",
    "READERS",
    "ArticleDocument",
    "ArticleError",
    "article_from_html",
    "article_from_text",
    "article_from_text_bytes",
    "decode_text",
    "guess_title",
    "make_source",
    "note_from_article",
    "read_article",
    "read_article_bytes",
    "repair_mojibake",
]

MAX_ARTICLE_BYTES = 20 * 1024 * 1024

# File extension -> reader module in briefing_app.formats.readers.
READERS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

# Human-readable names, e.g. for a file dialog filter.
FORMAT_NAMES = {
    "text": "Text",
    "markdown": "Markdown",
    "html": "Web page",
    "docx": "Word",
    "pdf": "PDF",
}


def read_article(path: str | os.PathLike) -> ArticleDocument:
    """Read an article file; raise ArticleError with a clear message on bad input."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in READERS:
        known = ", ".join(sorted(READERS))
        raise ArticleError(
            f"{p.name}: files of type {ext or '(none)'} cannot be opened (known types: {known})."
        )
    try:
        if p.is_dir():
            raise ArticleError(f"{p.name} is a folder, not an article.")
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            mb = size / 2**20
            raise ArticleError(f"{p.name} is {mb:.0f} MB; articles over 20 MB are refused.")
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"Cannot read {p}: {exc.strerror or exc}.") from None
    return read_article_bytes(data, p.name)


def read_article_bytes(data: bytes, name: str) -> ArticleDocument:
    """Read article bytes whose type is given by the extension of ``name`` (drops, tests)."""
    ext = Path(name).suffix.lower()
    if ext not in READERS:
        raise ArticleError(f"{name}: files of type {ext or '(none)'} cannot be opened.")
    if len(data) > MAX_ARTICLE_BYTES:
        mb = len(data) / 2**20
        raise ArticleError(f"{name} is {mb:.0f} MB; articles over 20 MB are refused.")
    if not data.strip():
        raise ArticleError(f"{name} is empty: there is no text to read.")
    reader = importlib.import_module(f"briefing_app.formats.readers.{READERS[ext]}")
    try:
        doc = reader.read(data, name)
    except ArticleError:
        raise
    except RecursionError:
        raise ArticleError(f"{name} is nested too deeply to be read as an article.") from None
    except MemoryError:
        raise ArticleError(f"{name} is too large to be read as an article.") from None
    doc.file = name
    return doc


def article_from_html(html: str, name: str = "clipboard") -> ArticleDocument:
    """An article from HTML copied to the clipboard: all the selected text, paragraphs kept."""
    from briefing_app.formats.readers.html import read_fragment

    return read_fragment(html, name)


def article_from_text_bytes(data: bytes, name: str = "article") -> ArticleDocument:
    """A plain-text article from bytes; a first line ``date YYYY-MM-DD`` gives the date."""
    return _read_text(data, name)


def guess_title(text: str) -> str:
    """The first heading-like paragraph, else the first sentence (shortened)."""
    return title_from_text(text)


def make_source(doc: ArticleDocument, source_id: str) -> Source:
    """A note source holding the article's canonical text and metadata."""
    return Source(
        id=source_id,
        title=doc.title,
        publisher=doc.publisher,
        author=doc.author,
        url=doc.url,
        file=doc.file,
        published=doc.published,
        language=doc.language,
        encoding=doc.encoding,
        sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        text=doc.text,
    )


def note_from_article(doc: ArticleDocument, created: str = ""):
    """A new note about one article: metadata filled in, item lists empty."""
    import datetime

    from briefing_app.domain.model import Note

    return Note(
        title=doc.title,
        language=doc.language or "fr",
        created=created or datetime.date.today().isoformat(),
        sources=[make_source(doc, "s1")],
    )
