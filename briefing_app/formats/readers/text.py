"""Plain-text articles: UTF-8 (with or without BOM), UTF-16/32 by BOM, else cp1252."""

from __future__ import annotations

import re

from briefing_app.domain.article import normalise_text
from briefing_app.formats.language import detect_language
from briefing_app.formats.readers.base import (
    DATE_SEARCH,
    ArticleDocument,
    ArticleError,
    clean_chars,
    find_date,
    mojibake_warning,
    title_from_text,
)

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_BOMS = [
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
]
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def looks_binary(data: bytes) -> bool:
    """True when the first bytes hold NULs or many control characters (not text)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    return len(_CONTROL.findall(head)) > max(2, len(head) // 100)


def _utf16_without_bom(data: bytes) -> str:
    """ "utf-16-le"/"utf-16-be" when every other byte is NUL, as in UTF-16 Latin text."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        return ""
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.7 * len(odd) and not even.count(0):
        return "utf-16-le"
    if even.count(0) >= 0.7 * len(even) and not odd.count(0):
        return "utf-16-be"
    return ""


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode text bytes: UTF-8 (BOM or not), UTF-16/32 by BOM, else cp1252."""
    for bom, label, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise ArticleError(
                    f"{name} starts with a {label} byte-order mark but is not valid {label} text."
                ) from None
            return text.lstrip("\ufeff"), label
    bomless = _utf16_without_bom(data)
    if bomless:
        try:
            return data.decode(bomless), bomless
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise ArticleError(f"{name} is a binary file, not text.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; latin-1 maps them to (invisible) controls.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read(data: bytes, name: str) -> ArticleDocument:
    """A plain-text article file."""
    if not data.strip():
        raise ArticleError(f"{name} is empty: there is no text to read.")
    raw, encoding = decode_text(data, name)
    return article_from_text(raw, encoding=encoding, name=name)


def _lines_as_paragraphs(text: str) -> str:
    """Text with no blank line but long lines (copied from a browser): one paragraph a line.

    Hard-wrapped text (e-mails, lines of ~72 characters) is left as it is.
    """
    if "\n\n" in text or text.count("\n") < 2:
        return text
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if sum(len(line) > 100 for line in lines) < 0.3 * len(lines):
        return text
    return "\n\n".join(lines)


def article_from_text(raw: str, encoding: str = "", name: str = "article") -> ArticleDocument:
    """Canonical article from already-decoded text; a first line ``date YYYY-MM-DD`` dates it."""
    published = ""
    match = _DATE_PREFIX.match(raw)
    if match:
        published = match.group(1)
        raw = raw[match.end() :]
    text = _lines_as_paragraphs(normalise_text(clean_chars(raw)))
    if not text:
        raise ArticleError(f"{name} is empty: there is no text to read.")
    warnings = []
    warning = mojibake_warning(text, name)
    if warning:
        warnings.append(warning)
    return ArticleDocument(
        text=text,
        title=title_from_text(text),
        published=published or find_date(text[:DATE_SEARCH]),
        language=detect_language(text),
        encoding=encoding,
        warnings=warnings,
    )
