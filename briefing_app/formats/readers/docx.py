"""Word articles (.docx): body paragraphs, headings and tables; core properties as metadata.

Text is taken from the XML so that tracked insertions are kept, deletions,
field codes and the fallback copies of text boxes are not.
"""

from __future__ import annotations

import io
import re
import zipfile

from briefing_app.formats.readers.base import (
    DATE_SEARCH,
    ArticleDocument,
    ArticleError,
    Block,
    build_document,
    find_date,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {_MC_FALLBACK, f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText",
         f"{_W}footnoteReference", f"{_W}endnoteReference", f"{_W}commentReference",
         f"{_W}pPr", f"{_W}rPr"}  # fmt: skip
_HEADING_STYLE = re.compile(r"^(heading|titre|title|subtitle|sous-titre|überschrift)\b", re.I)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read(data: bytes, name: str) -> ArticleDocument:
    """A Word document (.docx)."""
    document = _open(data, name)
    blocks = list(_body_blocks(document))
    if not any(b.text.strip() for b in blocks):
        raise ArticleError(f"{name} has no text: the Word document is empty.")
    props = document.core_properties
    # A date written at the top of the article beats the file's creation date.
    opening = "\n\n".join(b.text for b in blocks[:8])[:DATE_SEARCH]
    created = props.created.date().isoformat() if props.created else ""
    author = props.author or ""
    if author == "python-docx":  # the placeholders of python-docx's default template
        author, created = "", ""
    language = (props.language or "").lower()[:2]
    return build_document(
        blocks,
        name,
        title=props.title or "",
        published=find_date(opening) or created,
        author=author,
        language=language if language in ("fr", "en") else "",
        encoding="",  # a text encoding means nothing for a Word package
    )


def _open(data: bytes, name: str):
    import docx  # python-docx; imported here so that other readers do not pay for it

    if data.startswith(_OLE_MAGIC):
        raise ArticleError(
            f"{name} is password-protected or an old .doc file; save it as .docx and try again."
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.startswith(b"PK"):
            raise ArticleError(f"{name} is a damaged Word file (its zip package is incomplete).")
        raise ArticleError(f"{name} is not a Word .docx file (it is not a zip package).")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on corrupt files
        raise ArticleError(f"{name} is a damaged Word file ({type(exc).__name__}).") from None


def _body_blocks(document):
    body = document.element.body
    styles = _style_names(document)
    yield from _blocks_of(body, styles)


def _blocks_of(container, styles: dict[str, str]):
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            text = _paragraph_text(child)
            if text.strip():
                yield Block(text, _is_heading(child, styles))
        elif tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                cells = [
                    " ".join(_paragraph_text(p) for p in tc.iter(f"{_W}p")).strip()
                    for tc in row.iterchildren(f"{_W}tc")
                ]
                if any(cells):
                    yield Block(" | ".join(cells))
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}ins"):
            inner = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
            if inner is not None:
                yield from _blocks_of(inner, styles)


def _paragraph_text(p) -> str:
    parts: list[str] = []

    def walk(el) -> None:
        for child in el.iterchildren():
            tag = child.tag
            if tag in _SKIP or tag == f"{_W}txbxContent":
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n" if child.get(f"{_W}type") in (None, "textWrapping") else "\n\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("\u2011")
            elif tag == f"{_W}sym":
                parts.append("")
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _style_names(document) -> dict[str, str]:
    names = {}
    try:
        for style in document.styles:
            names[style.style_id] = style.name or ""
    except Exception:  # noqa: BLE001 - a damaged styles part only costs heading detection
        pass
    return names


def _is_heading(p, styles: dict[str, str]) -> bool:
    ppr = p.find(f"{_W}pPr")
    if ppr is None:
        return False
    outline = ppr.find(f"{_W}outlineLvl")
    if outline is not None and outline.get(f"{_W}val", "9") not in ("9",):
        return True
    style = ppr.find(f"{_W}pStyle")
    if style is None:
        return False
    style_id = style.get(f"{_W}val", "")
    return bool(_HEADING_STYLE.match(styles.get(style_id, style_id)) or
                _HEADING_STYLE.match(style_id))  # fmt: skip
