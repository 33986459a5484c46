"""Markdown articles: headings and paragraphs with the markup stripped (markdown-it-py)."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from briefing_app.formats.readers.base import (
    ArticleDocument,
    ArticleError,
    Block,
    build_document,
    normalise_date,
)
from briefing_app.formats.readers.text import decode_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]\s]+\]:[ \t]*", re.MULTILINE)
_TAG = re.compile(r"<[^>]*>")


def read(data: bytes, name: str) -> ArticleDocument:
    """A Markdown file (.md): headings flagged, emphasis, links and images reduced to text."""
    raw, encoding = decode_text(data, name)
    meta, raw = _front_matter(raw)
    raw = _FOOTNOTE_DEF.sub("", _FOOTNOTE_REF.sub("", raw))  # calls dropped, notes kept as text
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    try:
        tokens = parser.parse(raw)
    except RecursionError:
        raise ArticleError(f"{name} is nested too deeply to be read as Markdown.") from None
    blocks = _blocks(tokens)
    if not blocks:
        raise ArticleError(f"{name} is empty: there is no text to read.")
    return build_document(
        blocks,
        name,
        title=meta.get("title", ""),
        published=normalise_date(meta.get("date", "") or meta.get("published", "")),
        author=meta.get("author", ""),
        publisher=meta.get("publisher", "") or meta.get("source", ""),
        url=meta.get("url", "") or meta.get("canonical", ""),
        language=meta.get("lang", "")[:2] or meta.get("language", "")[:2],
        encoding=encoding,
    )


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` lines of a leading YAML front-matter block, and the rest."""
    match = _FRONT_MATTER.match(raw.lstrip("\ufeff"))
    if not match:
        return {}, raw
    meta = {}
    for line in match.group(1).splitlines():
        kv = _KEY_VALUE.match(line)
        if kv:
            meta[kv.group(1).lower()] = kv.group(2).strip("\"'")
    return meta, raw.lstrip("\ufeff")[match.end() :]


def _blocks(tokens) -> list[Block]:
    blocks: list[Block] = []
    heading = False
    row: list[str] = []
    in_row = False
    for tok in tokens:
        if tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "tr_open":
            in_row, row = True, []
        elif tok.type == "tr_close":
            in_row = False
            if any(cell.strip() for cell in row):
                blocks.append(Block(" | ".join(c.strip() for c in row)))
        elif tok.type == "inline":
            text = _inline_text(tok.children or [])
            if in_row:
                row.append(text.replace("\n", " "))
            elif text.strip():
                blocks.append(Block(text, heading))
        elif tok.type in ("fence", "code_block"):
            if tok.content.strip():
                blocks.append(Block(tok.content.rstrip("\n")))
        elif tok.type == "html_block":
            text = _TAG.sub("", re.sub(r"<!--.*?-->", "", tok.content, flags=re.DOTALL))
            if text.strip():
                blocks.append(Block(text))
    return blocks


def _inline_text(children) -> str:
    parts: list[str] = []
    for child in children:  # images are skipped: alt text is not the article's prose
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return re.sub(r"[ \t]{2,}", " ", "".join(parts))
