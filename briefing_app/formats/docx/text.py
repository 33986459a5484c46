"""Paragraphs and runs built directly on the XML, with script-aware run properties.

Runs holding CJK text get the East Asian font slot and language; right-to-left
text gets ``w:rtl`` and, when it leads the paragraph, a bidi paragraph.
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from briefing_app.formats.export_content import Span

_CJK = re.compile(
    r"[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
_HANGUL = re.compile(r"[\u1100-\u11ff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")

EAST_ASIAN_FONTS = {"ko": "Malgun Gothic", "ja": "Yu Gothic", "zh": "Microsoft YaHei"}
MUTED = "595959"
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
REF = "2E5C8A"


def east_asian(text: str) -> str:
    """The East Asian language of ``text``: "ko", "ja", "zh", or "" for none."""
    if not _CJK.search(text):
        return ""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    return "zh"


def leads_rtl(text: str) -> bool:
    """True when the first strongly directional letter of ``text`` is right-to-left."""
    rtl = _RTL.search(text)
    if rtl is None:
        return False
    ltr = _STRONG_LTR.search(text)
    return ltr is None or rtl.start() < ltr.start()


def add_paragraph(parent, style_id: str | None = None):
    """Append a ``w:p`` (with an optional style id) to a body, cell or header element."""
    p = OxmlElement("w:p")
    if style_id:
        ppr = OxmlElement("w:pPr")
        ps = OxmlElement("w:pStyle")
        ps.set(qn("w:val"), style_id)
        ppr.append(ps)
        p.append(ppr)
    _insert(parent, p)
    return p


def _insert(parent, child) -> None:
    sect = parent.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(child)
    else:
        parent.append(child)


def set_style(p, style_id: str) -> None:
    """Give the paragraph element ``p`` the style ``style_id``."""
    ppr = p.get_or_add_pPr()
    ppr.get_or_add_pStyle().set(qn("w:val"), style_id)


def add_run(
    p, text: str, *, bold=False, italic=False, color: str = "", size: float = 0, caps=False
):
    """Append a run with ``text`` (line breaks kept) and direct formatting to ``p``."""
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    lang = east_asian(text)
    if lang:
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONTS[lang])
        fonts.set(qn("w:hint"), "eastAsia")
        rpr.append(fonts)
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if caps:
        rpr.append(OxmlElement("w:caps"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(round(size * 2)))
        rpr.append(sz)
    if _RTL.search(text):
        rpr.append(OxmlElement("w:rtl"))
    if lang:
        lg = OxmlElement("w:lang")
        lg.set(qn("w:eastAsia"), {"ko": "ko-KR", "ja": "ja-JP", "zh": "zh-CN"}[lang])
        rpr.append(lg)
    if len(rpr):
        r.append(rpr)
    _append_text(r, text)
    p.append(r)
    if leads_rtl(text) and len(p.findall(qn("w:r"))) == 1:
        ppr = p.get_or_add_pPr()
        ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    return r


def _append_text(r, text: str) -> None:
    for i, line in enumerate(text.split("\n")):
        if i:
            r.append(OxmlElement("w:br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                r.append(OxmlElement("w:tab"))
            if piece:
                t = OxmlElement("w:t")
                t.text = piece
                if piece[0] == " " or piece[-1] == " ":
                    t.set(qn("xml:space"), "preserve")
                r.append(t)


def add_spans(p, spans: list[Span]) -> None:
    """Append styled spans (strong, muted, quote, ref, text) as runs of ``p``."""
    for span in spans:
        if not span.text:
            continue
        kind = span.kind
        if kind == "strong":
            add_run(p, span.text, bold=True)
        elif kind == "muted":
            add_run(p, span.text, color=MUTED)
        elif kind == "quote":
            add_run(p, span.text, italic=True)
        elif kind == "ref":
            add_run(p, span.text, color=REF, bold=True)
        else:
            add_run(p, span.text)
