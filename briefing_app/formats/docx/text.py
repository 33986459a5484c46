"""Paragraphs and runs of the document body, built from ``xmlgen`` strings."""

from __future__ import annotations

from briefing_app.formats.docx.xmlgen import attr, line_xml, parse, run_xml
from briefing_app.formats.export_content import Span

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _insert(parent, child) -> None:
    sect = parent.find(f"{W}sectPr")
    if sect is not None:
        sect.addprevious(child)
    else:
        parent.append(child)


def add_paragraph(parent, style_id: str | None = None, spans: list[Span] | None = None):
    """Append a paragraph (style id, styled spans) to a body, cell, header or footer element."""
    p = parse(line_xml(attr(style_id) if style_id else "", spans or []))
    _insert(parent, p)
    return p


def add_run(p, text: str, *, bold: bool = False, italic: bool = False, color: str = ""):
    """Append a run with ``text`` (line breaks kept) and direct formatting to ``p``."""
    r = parse(run_xml(text, bold, italic, color))
    p.append(r)
    return r


def set_style(p, style_id: str) -> None:
    """Give the paragraph element ``p`` the style ``style_id``."""
    ppr = p.get_or_add_pPr()
    ppr.get_or_add_pStyle().set(f"{W}val", style_id)
