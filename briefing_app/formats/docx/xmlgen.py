"""WordprocessingML as text: runs, paragraphs and table rows written as strings, parsed once.

Building thousands of cells element by element through python-docx costs
~0.3 s for a 500-item note; writing each row as a string and parsing it with
lxml costs a few milliseconds. Runs holding CJK text get the East Asian font
slot and language; right-to-left runs get ``w:rtl`` and, when they lead the
paragraph, a bidi paragraph.
"""

from __future__ import annotations

import re

from docx.oxml.ns import nsdecls
from docx.oxml.parser import element_class_lookup
from lxml import etree

from briefing_app.formats.export_content import Span

W_NS = nsdecls("w")
_CJK = re.compile(
    r"[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
_HANGUL = re.compile(r"[\u1100-\u11ff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")

EAST_ASIAN_FONTS = {"ko": "Malgun Gothic", "ja": "Yu Gothic", "zh": "Microsoft YaHei"}
EAST_ASIAN_TAGS = {"ko": "ko-KR", "ja": "ja-JP", "zh": "zh-CN"}
MUTED = "595959"
REF = "2E5C8A"
# span kind -> (bold, italic, colour)
SPAN_FORMATS = {
    "strong": (True, False, ""),
    "muted": (False, False, MUTED),
    "quote": (False, True, ""),
    "ref": (True, False, REF),
    "text": (False, False, ""),
}


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


def escape(text: str) -> str:
    """Text escaped for an XML text node."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def attr(value: str) -> str:
    """A double-quoted, escaped XML attribute value."""
    return '"' + escape(value).replace('"', "&quot;") + '"'


def _t(piece: str) -> str:
    if piece[0] == " " or piece[-1] == " ":
        return f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
    return f"<w:t>{escape(piece)}</w:t>"


def _text(text: str) -> str:
    if "\n" not in text and "\t" not in text:
        return _t(text) if text else ""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                out.append(_t(piece))
    return "".join(out)


def run_xml(
    text: str, bold: bool = False, italic: bool = False, color: str = "", size: float = 0
) -> str:
    """One ``w:r`` with direct formatting and script-aware properties."""
    props = []
    lang = east_asian(text)
    if lang:
        props.append(f'<w:rFonts w:eastAsia="{EAST_ASIAN_FONTS[lang]}" w:hint="eastAsia"/>')
    if bold:
        props.append("<w:b/>")
    if italic:
        props.append("<w:i/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{round(size * 2)}"/>')
    if _RTL.search(text):
        props.append("<w:rtl/>")
    if lang:
        props.append(f'<w:lang w:eastAsia="{EAST_ASIAN_TAGS[lang]}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_text(text)}</w:r>"


def spans_xml(spans: list[Span]) -> str:
    """The runs of styled spans (strong, muted, quote, ref, text)."""
    return "".join(
        run_xml(s.text, *SPAN_FORMATS.get(s.kind, SPAN_FORMATS["text"])) for s in spans if s.text
    )


def paragraph_xml(style_id: str, runs: str, center: bool = False, rtl: bool = False) -> str:
    """One ``w:p``; ``style_id`` must already be an XML-safe attribute (see ``attr``)."""
    ppr = f"<w:pStyle w:val={style_id}/>" if style_id else ""
    if rtl:
        ppr += "<w:bidi/>"
    if center:
        ppr += '<w:jc w:val="center"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>" if ppr else f"<w:p>{runs}</w:p>"


def line_xml(style_id: str, spans: list[Span], center: bool = False) -> str:
    """A paragraph holding one line of spans; bidi when its text starts right-to-left."""
    first = next((s.text for s in spans if s.text.strip()), "")
    return paragraph_xml(style_id, spans_xml(spans), center, rtl=leads_rtl(first))


def parse(fragment: str):
    """Parse one element written with the ``w:`` prefix (namespace added here)."""
    head, sep, rest = fragment.partition(">")
    if head.endswith("/"):
        head, sep = head[:-1], "/>"
    return etree.fromstring(f"{head} {W_NS}{sep}{rest}", _PARSER)


# python-docx's parser with lxml's size limits lifted: a 10 MB field is one text node.
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, huge_tree=True)
_PARSER.set_element_class_lookup(element_class_lookup)
