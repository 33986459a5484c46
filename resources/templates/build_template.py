"""Build resources/templates/briefing.docx, Briefing's default Word template.

Run from the repository root: ``python resources/templates/build_template.py``.
The .docx is committed; rerun this script after changing a style below.
Design: A4, Calibri, navy headings, grey rules, no vertical table lines, one
accent colour; a classification banner style for headers and footers.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

OUT = Path(__file__).resolve().parent / "briefing.docx"
NAVY, BLUE, INK, GREY, RULE, BANNER = "1F3864", "2E5C8A", "262626", "595959", "BFBFBF", "8B1E1E"
FONT = "Calibri"
EAST_ASIAN = "Microsoft YaHei"

# name: (type, based on, pPr xml, rPr xml)
PARAGRAPH_STYLES: dict[str, tuple[str, str, str]] = {
    "Normal": (
        "",
        '<w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/>',
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{EAST_ASIAN}"/>'
        f'<w:color w:val="{INK}"/><w:sz w:val="21"/><w:szCs w:val="21"/>',
    ),
    "Title": (
        "Normal",
        '<w:keepNext/><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/>'
        '<w:outlineLvl w:val="0"/>',
        f'<w:b/><w:color w:val="{NAVY}"/><w:kern w:val="28"/>'
        '<w:sz w:val="48"/><w:szCs w:val="48"/>',
    ),
    "Subtitle": (
        "Normal",
        '<w:keepNext/><w:spacing w:before="0" w:after="60"/>',
        f'<w:b/><w:caps/><w:color w:val="{BLUE}"/><w:spacing w:val="20"/>'
        '<w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    "Heading 1": (
        "Normal",
        "<w:keepNext/><w:keepLines/>"
        f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{NAVY}"/></w:pBdr>'
        '<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>',
        f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="28"/><w:szCs w:val="28"/>',
    ),
    "Heading 2": (
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/>'
        '<w:outlineLvl w:val="1"/>',
        f'<w:b/><w:color w:val="{BLUE}"/><w:sz w:val="23"/><w:szCs w:val="23"/>',
    ),
    "Heading 3": (
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/>'
        '<w:outlineLvl w:val="2"/>',
        f'<w:b/><w:color w:val="{INK}"/><w:sz w:val="21"/><w:szCs w:val="21"/>',
    ),
    "Quote": (
        "Normal",
        '<w:ind w:left="567" w:right="567"/>',
        f'<w:i/><w:color w:val="{GREY}"/>',
    ),
    "Caption": (
        "Normal",
        '<w:spacing w:before="60" w:after="240"/>',
        f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="17"/><w:szCs w:val="17"/>',
    ),
    "List Bullet": (
        "Normal",
        '<w:spacing w:after="80"/><w:ind w:left="360" w:hanging="360"/>',
        "",
    ),
    "Header": ("Normal", '<w:spacing w:after="0"/><w:jc w:val="center"/>', ""),
    "Footer": (
        "Normal",
        '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>',
        f'<w:color w:val="{GREY}"/><w:sz w:val="16"/><w:szCs w:val="16"/>',
    ),
    # Briefing's own styles.
    "Classification Banner": (
        "Normal",
        '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>',
        f'<w:b/><w:caps/><w:color w:val="{BANNER}"/><w:spacing w:val="30"/>'
        '<w:sz w:val="17"/><w:szCs w:val="17"/>',
    ),
    "Metadata": (
        "Normal",
        f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="6" w:color="{RULE}"/></w:pBdr>'
        '<w:spacing w:before="60" w:after="240"/>',
        '<w:sz w:val="19"/><w:szCs w:val="19"/>',
    ),
    "Bottom Line": (
        "Normal",
        '<w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="EEF2F8"/>'
        f'<w:left w:val="single" w:sz="24" w:space="8" w:color="{NAVY}"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="6" w:color="EEF2F8"/>'
        '<w:right w:val="single" w:sz="4" w:space="8" w:color="EEF2F8"/></w:pBdr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/>'
        '<w:spacing w:before="0" w:after="100" w:line="276" w:lineRule="auto"/>'
        '<w:ind w:left="227" w:right="227"/>',
        '<w:sz w:val="22"/><w:szCs w:val="22"/>',
    ),
    "Table Text": (
        "Normal",
        '<w:spacing w:before="0" w:after="40" w:line="240" w:lineRule="auto"/>',
        '<w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    "Table Heading": (
        "Table Text",
        '<w:keepNext/><w:spacing w:before="0" w:after="0"/>',
        "<w:b/>",
    ),
    "Annex Text": (
        "Normal",
        '<w:spacing w:after="100"/><w:ind w:left="454" w:hanging="454"/>',
        '<w:sz w:val="19"/><w:szCs w:val="19"/>',
    ),
}

TABLE_STYLE = (
    f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="BriefingTable">'
    '<w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>'
    '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
    "<w:tblPr><w:tblBorders>"
    f'<w:top w:val="single" w:sz="8" w:space="0" w:color="{NAVY}"/>'
    '<w:left w:val="nil"/>'
    f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{NAVY}"/>'
    '<w:right w:val="nil"/>'
    f'<w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>'
    '<w:insideV w:val="nil"/>'
    "</w:tblBorders><w:tblCellMar>"
    '<w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
    '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
    "</w:tblCellMar></w:tblPr></w:style>"
)


def _set_style(doc, name: str, based_on: str, ppr: str, rpr: str) -> None:
    styles = doc.styles
    if name in styles:
        style = styles[name]
    else:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    el = style.element
    num = el.find(qn("w:pPr") + "/" + qn("w:numPr")) if el.find(qn("w:pPr")) is not None else None
    for tag in ("w:pPr", "w:rPr", "w:basedOn", "w:link"):
        for child in el.findall(qn(tag)):
            el.remove(child)
    if based_on:
        style.base_style = styles[based_on]
    style.quick_style = True
    ppr_el = parse_xml(f"<w:pPr {nsdecls('w')}>{ppr}</w:pPr>")
    if num is not None:
        ppr_el.insert(0, num)  # keep the bullet numbering of List Bullet
    el.append(ppr_el)
    el.append(parse_xml(f"<w:rPr {nsdecls('w')}>{rpr}</w:rPr>"))


def _add_table_style(doc) -> None:
    styles = doc.styles
    if "Briefing Table" in styles:
        styles.element.remove(styles["Briefing Table"].element)
    styles.element.append(parse_xml(TABLE_STYLE))


KEEP_TABLE_STYLES = ("Normal Table", "Table Grid")


def _prune(doc) -> None:
    """Drop python-docx's ~100 unused table styles: smaller file, faster open and save."""
    for style in list(doc.styles.element.style_lst):
        if style.type == WD_STYLE_TYPE.TABLE and style.name_val not in KEEP_TABLE_STYLES:
            doc.styles.element.remove(style)


def _defaults(doc) -> None:
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr, value in (("w:ascii", FONT), ("w:hAnsi", FONT), ("w:cs", FONT)):
        fonts.set(qn(attr), value)
    fonts.set(qn("w:eastAsia"), EAST_ASIAN)


def _page(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.3), Cm(2.0)
    section.left_margin, section.right_margin = Cm(2.2), Cm(2.2)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(0.9)


def _specimen(doc) -> None:
    """Sample text shown when the template itself is opened (removed at export)."""
    doc.add_paragraph("Briefing note", style="Subtitle")
    doc.add_paragraph("Briefing default template", style="Title")
    doc.add_paragraph("Date 2026-01-01 · Analyst · Classification", style="Metadata")
    doc.add_paragraph("Bottom line up front", style="Heading 1")
    doc.add_paragraph("Key judgements appear here, in the Bottom Line style.", style="Bottom Line")
    doc.add_paragraph("Section heading", style="Heading 2")
    doc.add_paragraph("Body text in the Normal style.", style="Normal")
    doc.add_paragraph("A quotation from the source.", style="Quote")
    doc.add_paragraph("Figure caption.", style="Caption")


def build(out: Path = OUT) -> Path:
    """Write the template to ``out``."""
    doc = docx.Document()
    _prune(doc)
    _defaults(doc)
    for name, (based_on, ppr, rpr) in PARAGRAPH_STYLES.items():
        _set_style(doc, name, based_on, ppr, rpr)
    _add_table_style(doc)
    _page(doc)
    props = doc.core_properties
    props.title, props.author, props.comments = "Briefing", "Briefing", "Default export template"
    props.revision = 1
    _specimen(doc)
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
