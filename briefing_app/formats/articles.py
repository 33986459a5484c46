"""Read an article file into canonical text plus metadata.

Canonical text: paragraphs separated by one blank line (see domain.article).
Evidence anchors count code points in it, so every reader must produce it the
same way for the same file.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.domain.article import normalise_text, split_paragraphs
from briefing_app.domain.model import Source
from briefing_app.errors import BriefingError
from briefing_app.formats.language import detect_language

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")


class ArticleError(BriefingError):
    """The file cannot be read as an article; the message names it and says why."""


@dataclass
class ArticleDocument:
    text: str
    title: str = ""
    published: str = ""
    author: str = ""
    publisher: str = ""
    url: str = ""
    language: str = ""
    encoding: str = ""
    file: str = ""
    headings: list[int] | None = None
    warnings: list[str] = field(default_factory=list)


READERS = {".txt": "text", ".text": "text"}


def read_article(path: str | os.PathLike) -> ArticleDocument:
    """Read an article file; raise ArticleError with a clear message on bad input."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in READERS:
        known = ", ".join(sorted(READERS))
        raise ArticleError(f"{p.name}: files of type {ext or '(none)'} cannot be opened ({known}).")
    try:
        if p.is_dir():
            raise ArticleError(f"{p.name} is a folder, not an article.")
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"{p.name} is {size // 2**20} MB; articles over 20 MB are refused.")
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"Cannot read {p}: {exc.strerror or exc}.") from None
    doc = article_from_text_bytes(data, p.name)
    doc.file = p.name
    return doc


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode text bytes: UTF-8 (BOM or not), UTF-16 by BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ArticleError(f"{name} is a binary file, not text.")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def article_from_text_bytes(data: bytes, name: str = "article") -> ArticleDocument:
    """A plain-text article; a first line ``date YYYY-MM-DD`` gives the date."""
    raw, encoding = decode_text(data, name)
    return article_from_text(raw, encoding=encoding, name=name)


def article_from_text(raw: str, encoding: str = "", name: str = "article") -> ArticleDocument:
    """Canonical article from already-decoded text (files, clipboard)."""
    published = ""
    match = _DATE_PREFIX.match(raw)
    if match:
        published = match.group(1)
        raw = raw[match.end() :]
    text = normalise_text(raw)
    if not text:
        raise ArticleError(f"{name} is empty: there is no text to read.")
    warnings = []
    if re.search(r"Ã[\x80-\xbf©¨ ª«®§¢´¹]", text):
        warnings.append(
            f"{name} looks doubly encoded (text such as 'Ã©' where 'é' is meant); "
            "check the original file."
        )
    return ArticleDocument(
        text=text,
        title=guess_title(text),
        published=published,
        language=detect_language(text),
        encoding=encoding,
        warnings=warnings,
    )


def guess_title(text: str) -> str:
    """The first heading-like paragraph, else the first sentence (shortened)."""
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return ""
    first = paragraphs[0].text.strip()
    if len(first) <= 90 and "\n" not in first and not first.endswith("."):
        return first
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) > 90:
        sentence = sentence[:87].rsplit(" ", 1)[0] + "…"
    return sentence


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
