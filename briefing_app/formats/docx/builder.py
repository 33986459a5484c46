"""Build the Word briefing in memory: title block, sections in briefing order, sources, annex."""

from __future__ import annotations

import io
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from briefing_app.domain.model import Note
from briefing_app.errors import BriefingError
from briefing_app.formats.docx.fields import add_banners
from briefing_app.formats.docx.styles import StyleSet, set_language
from briefing_app.formats.docx.tables import add_matrix, add_table
from briefing_app.formats.docx.template import open_template
from briefing_app.formats.docx.text import add_paragraph
from briefing_app.formats.export_content import Briefing, Span, build_briefing, bullet

FIGURE_KEYS = ("risk_matrix", "link_chart")


def build_docx(
    note: Note,
    template: Path | None = None,
    figures: dict[str, bytes] | None = None,
    annex: bool = False,
) -> tuple[bytes, list[str]]:
    """The .docx bytes of the briefing and the warnings met while building it."""
    briefing = build_briefing(note, annex=annex)
    doc = open_template(template)
    styles = StyleSet(doc, Path(template).name if template else "")
    builder = _Builder(doc, styles, briefing, figures or {})
    builder.build()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue(), styles.warnings + builder.warnings


class _Builder:
    def __init__(self, doc, styles: StyleSet, briefing: Briefing, figures: dict[str, bytes]):
        self.doc = doc
        self.styles = styles
        self.b = briefing
        self.labels = briefing.labels
        self.figures = figures
        self.warnings: list[str] = []
        self.body = doc.element.body
        section = doc.sections[-1]
        self.text_width = int(section.page_width - section.left_margin - section.right_margin)
        text_height = int(section.page_height - section.top_margin - section.bottom_margin)
        self.max_picture_height = int(text_height * 0.6)

    def para(self, style: str, text: str = "", spans: list[Span] | None = None):
        spans = ([Span(text)] if text else []) + (spans or [])
        return add_paragraph(self.body, self.styles[style], spans)

    def build(self) -> None:
        self.properties()
        self.language()
        self.header_footer()
        self.title_block()
        self.text_section("bluf", self.b.bluf, "Bottom Line")
        self.text_section("purpose", self.b.purpose)
        for key in ("actors", "claims", "risks", "relationships"):
            table = self.b.tables.get(key)
            if table is None:
                continue
            self.para("Heading 1", table.title)
            add_table(self.doc, self.styles, table, self.text_width)
            if key == "risks":
                self.risk_matrix()
            if key == "relationships":
                self.figure("link_chart", "link_chart", "chart_caption")
        self.text_section("recommendations", self.b.recommendations)
        self.sources()
        self.annex()

    def language(self) -> None:
        """Set the proofing language of the document to the note's."""
        set_language(self.doc, self.labels.locale)

    def header_footer(self) -> None:
        banner = self.b.classification.upper()
        words = (self.labels["page"], self.labels["of"])
        even = bool(self.doc.settings.odd_and_even_pages_header_footer)
        for section in self.doc.sections:
            add_banners(
                section,
                banner,
                self.styles["Classification Banner"],
                self.styles["Footer"],
                words,
                even,
            )

    def title_block(self) -> None:
        self.para("Subtitle", self.labels["briefing"])
        self.para("Title", self.b.title)
        spans: list[Span] = []
        for label, value in self.b.metadata:
            if spans:
                spans.append(Span("\u2003\u2003", "muted"))
            spans += [Span(f"{label}\u2002", "muted"), Span(value, "strong")]
        if spans:
            self.para("Metadata", spans=spans)

    def text_section(self, key: str, paragraphs: list[str], style: str = "Normal") -> None:
        if not paragraphs:
            return
        self.para("Heading 1", self.labels[key])
        for text in paragraphs:
            item = bullet(text)
            if item is not None:
                self.para("List Bullet" if style == "Normal" else style, item)
            else:
                self.para(style, text)

    def risk_matrix(self) -> None:
        if self.b.matrix is None:
            return
        self.para("Heading 2", self.labels["risk_matrix"])
        if "risk_matrix" in self.figures:
            self.picture("risk_matrix")
        else:
            add_matrix(self.doc, self.styles, self.b.matrix, self.labels, self.text_width)
        self.para("Caption", self.labels["matrix_caption"])
        if self.b.matrix.unplaced:
            unplaced = ", ".join(self.b.matrix.unplaced)
            self.para(
                "Normal",
                spans=[
                    Span(f"{self.labels['unplaced']}{self.labels['colon']}", "muted"),
                    Span(unplaced, "ref"),
                ],
            )

    def figure(self, key: str, title_key: str, caption_key: str) -> None:
        if key not in self.figures:
            return
        self.para("Heading 2", self.labels[title_key])
        self.picture(key)
        self.para("Caption", self.labels[caption_key])

    def picture(self, key: str) -> None:
        try:
            shape = self.doc.add_picture(io.BytesIO(self.figures[key]), width=self.text_width)
        except Exception:  # noqa: BLE001 - a bad picture must not sink the export
            self.warnings.append(f"The {key.replace('_', ' ')} picture could not be read; omitted.")
            return
        if shape.height > self.max_picture_height:  # a tall picture must fit on a page
            ratio = self.max_picture_height / shape.height
            shape.width, shape.height = int(shape.width * ratio), self.max_picture_height
        paragraph = self.body.findall(qn("w:p"))[-1]
        paragraph.get_or_add_pPr().get_or_add_jc().set(qn("w:val"), "center")

    def properties(self) -> None:
        """Document properties from the note, not from the template."""
        props = self.doc.core_properties
        props.title = self.b.title[:250]
        props.author = props.last_modified_by = self.b.analyst[:250]
        props.subject = self.labels["briefing"]
        props.keywords = self.b.classification[:250]
        props.comments = ""
        props.revision = 1

    def sources(self) -> None:
        if not self.b.sources:
            return
        self.para("Heading 1", self.labels["sources"])
        for entry in self.b.sources:
            self.para("Normal", spans=[Span(f"[{entry.id}] ", "ref"), Span(entry.citation)])

    def annex(self) -> None:
        entries = [e for e in self.b.sources if e.paragraphs]
        if not entries:
            return
        p = add_paragraph(self.body)
        br = OxmlElement("w:br")
        br.set(qn("w:type"), "page")
        p.add_r().append(br)
        self.para("Heading 1", self.labels["annex"])
        for entry in entries:
            self.para("Heading 2", f"[{entry.id}] {entry.citation}")
            for number, text, heading in entry.paragraphs:
                style = "Heading 3" if heading else "Annex Text"
                self.para(style, spans=[Span(f"\u00b6{number}\t", "ref"), Span(text)])


def check_suffix(path: Path) -> None:
    """Raise BriefingError unless ``path`` ends with a suffix the Word builder writes."""
    if path.suffix.lower() != ".docx":
        raise BriefingError(f"{path.name}: the Word export writes .docx files.")
