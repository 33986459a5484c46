"""Word fields (PAGE, NUMPAGES) and the classification banner in headers and footers."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section

from briefing_app.formats.docx.text import add_paragraph, add_run


def add_field(p, instruction: str, placeholder: str = "1") -> None:
    """Append a complex field (e.g. ``PAGE``) with a cached result to paragraph ``p``."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        r = OxmlElement("w:r")
        if kind == "instr":
            t = OxmlElement("w:instrText")
            t.set(qn("xml:space"), "preserve")
            t.text = f" {instruction} "
            r.append(t)
        elif kind == "result":
            t = OxmlElement("w:t")
            t.text = placeholder
            r.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r.append(fc)
        p.append(r)


def has_field(element, name: str) -> bool:
    """True when ``element`` holds a field whose instruction starts with ``name``."""
    for node in element.iter(qn("w:instrText"), qn("w:fldSimple")):
        text = node.text if node.tag == qn("w:instrText") else node.get(qn("w:instr"))
        if text and text.strip().upper().startswith(name):
            return True
    return False


def _parts(section: Section, even_pages: bool):
    parts = [(section.header, section.footer)]
    if section.different_first_page_header_footer:
        parts.append((section.first_page_header, section.first_page_footer))
    if even_pages:
        parts.append((section.even_page_header, section.even_page_footer))
    return parts


def _empty_paragraph(element):
    """The element's only paragraph when it is empty (a new header has one), else None."""
    paras = element.findall(qn("w:p"))
    if len(paras) == 1 and not "".join(paras[0].itertext()).strip() and len(element) == 1:
        return paras[0]
    return None


def add_banners(
    section: Section,
    banner: str,
    style_id: str,
    page_style_id: str,
    page_words: tuple[str, str],
    even_pages: bool = False,
) -> None:
    """Classification banner at the top of each header and bottom of each footer, page X of Y."""
    for header, footer in _parts(section, even_pages):
        header.is_linked_to_previous = False
        footer.is_linked_to_previous = False
        h = header._element
        if banner:
            p = _empty_paragraph(h)
            if p is None:
                p = add_paragraph(h, style_id)
                h.remove(p)
                h.insert(0, p)
            else:
                _restyle(p, style_id)
            add_run(p, banner)
        f = footer._element
        blank = _empty_paragraph(f)
        if not has_field(f, "PAGE"):
            p = blank if blank is not None else add_paragraph(f, page_style_id)
            _restyle(p, page_style_id)
            blank = None
            word_page, word_of = page_words
            add_run(p, f"{word_page} ")
            add_field(p, "PAGE")
            add_run(p, f" {word_of} ")
            add_field(p, "NUMPAGES")
        if banner:
            p = blank if blank is not None else add_paragraph(f, style_id)
            _restyle(p, style_id)
            add_run(p, banner)


def _restyle(p, style_id: str) -> None:
    ppr = p.get_or_add_pPr()
    ppr.get_or_add_pStyle().set(qn("w:val"), style_id)
