"""The content of an exported briefing, independent of the output format.

Word and Markdown exports both render the ``Briefing`` built here, so they
carry the same text: every string is sanitised once, evidence is quoted with
its paragraph number, actor ids are replaced by names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.domain import vocab
from briefing_app.domain.anchors import locate
from briefing_app.domain.article import ParagraphIndex, split_paragraphs
from briefing_app.domain.model import Anchor, Note, Source
from briefing_app.formats.export_labels import Labels
from briefing_app.formats.sanitize import clean_line, clean_text


@dataclass
class Span:
    """A run of text inside a cell line: kind is text, strong, muted, quote or ref."""

    text: str
    kind: str = "text"


@dataclass
class Cell:
    lines: list[list[Span]] = field(default_factory=list)
    level: str = ""  # severity level for coloured cells: low, medium, high, critical
    center: bool = False

    def plain(self) -> str:
        """The cell's text on one line (for tests and Markdown)."""
        return " / ".join("".join(s.text for s in line) for line in self.lines)


@dataclass
class Table:
    key: str
    title: str
    headers: list[str]
    widths: list[float]  # relative column widths
    rows: list[list[Cell]]
    centered: tuple[int, ...] = ()


@dataclass
class MatrixCell:
    ids: list[str]
    level: str


@dataclass
class RiskMatrix:
    """5x5 grid: rows likelihood 5..1 (top to bottom), columns impact 1..5."""

    rows: list[list[MatrixCell]]
    likelihood_labels: list[str]  # for rows, top to bottom
    impact_labels: list[str]  # for columns, left to right
    unplaced: list[str]


@dataclass
class SourceEntry:
    id: str
    citation: str
    paragraphs: list[tuple[int, str, bool]]  # (number, text, heading) for the annex


@dataclass
class Briefing:
    labels: Labels
    title: str
    analyst: str
    classification: str
    metadata: list[tuple[str, str]]
    bluf: list[str]
    purpose: list[str]
    tables: dict[str, Table]
    matrix: RiskMatrix | None
    recommendations: list[str]
    sources: list[SourceEntry]


def severity_level(likelihood: int | None, impact: int | None) -> str:
    """Severity band of likelihood x impact: low, medium, high, critical ("" when unset)."""
    score = vocab.severity(likelihood, impact)
    if score is None:
        return ""
    if score >= 15:
        return "critical"
    if score >= 10:
        return "high"
    if score >= 5:
        return "medium"
    return "low"


class EvidenceQuoter:
    """Quote anchors with their ¶ number; paragraph indexes are built once per source."""

    def __init__(self, note: Note, labels: Labels):
        self.note = note
        self.labels = labels
        self.many_sources = len(note.sources) > 1
        self._index: dict[str, ParagraphIndex | None] = {}

    def _paragraphs(self, source: Source | None) -> ParagraphIndex | None:
        if source is None:
            return None
        if source.id not in self._index:
            paras = split_paragraphs(source.text) if source.text else []
            self._index[source.id] = ParagraphIndex(paras) if paras else None
        return self._index[source.id]

    def lines(self, anchors: list[Anchor]) -> list[list[Span]]:
        """One cell line per anchor: the quote, then its reference (¶n, source)."""
        out: list[list[Span]] = []
        for anchor in anchors:
            source = self.note.source(anchor.source)
            index = self._paragraphs(source)
            where = locate(anchor, source.text) if source and source.text else None
            ref = ""
            if where is not None and index is not None:
                ref = f"{self.labels['paragraph']}{index.number(where[0])}"
            if self.many_sources and anchor.source:
                ref = f"{ref}, {anchor.source}" if ref else anchor.source
            if where is None or anchor.orphaned:
                ref = f"{ref} ({self.labels['not_found']})" if ref else self.labels["not_found"]
            quote = clean_line(anchor.exact).strip()
            line = [Span(self.labels.quote(quote), "quote")] if quote else []
            if ref:
                line.append(Span(f"\u00a0{ref}" if quote else ref, "ref"))
            out.append(line)
        return out


BULLETS = ("- ", "* ", "\u2022 ")


def bullet(text: str) -> str | None:
    """The item text when ``text`` is a bullet line ("- ", "* ", "• "), else None."""
    return text[2:].strip() if text[:2] in BULLETS else None


def _paras(text: str) -> list[str]:
    return [p.strip() for p in clean_text(text).split("\n") if p.strip()]


def _cell(*lines: list[Span] | str, level: str = "", center: bool = False) -> Cell:
    out = []
    for line in lines:
        if isinstance(line, str):
            if line:
                out.append([Span(clean_text(line))])
        elif line:
            out.append(line)
    return Cell(out, level=level, center=center)


def build_briefing(note: Note, annex: bool = False) -> Briefing:
    """Everything an export shows, in briefing order, as sanitised text."""
    labels = Labels(note.language)
    quoter = EvidenceQuoter(note, labels)
    classification = clean_line(labels.value(note.classification.strip()))
    metadata = [
        (labels["date"], labels.date(clean_line(note.created))),
        (labels["analyst"], clean_line(note.analyst)),
        (labels["classification"], classification),
    ]
    tables = {
        "actors": _actors(note, labels, quoter),
        "claims": _claims(note, labels, quoter),
        "risks": _risks(note, labels, quoter),
        "relationships": _relationships(note, labels, quoter),
    }
    return Briefing(
        labels=labels,
        title=clean_line(note.title).strip() or labels["briefing"],
        analyst=clean_line(note.analyst).strip(),
        classification=classification,
        metadata=[(k, v) for k, v in metadata if v.strip()],
        bluf=_paras(note.bluf),
        purpose=_paras(note.purpose),
        tables={k: t for k, t in tables.items() if t.rows},
        matrix=_matrix(note, labels) if note.risks else None,
        recommendations=_paras(note.recommendations),
        sources=[_source_entry(s, labels, annex) for s in note.sources],
    )


def _evidence(quoter: EvidenceQuoter, anchors: list[Anchor]) -> Cell:
    lines = quoter.lines(anchors)
    if not lines:
        lines = [[Span(quoter.labels["no_evidence"], "muted")]]
    return Cell(lines)


def _actors(note: Note, labels: Labels, quoter: EvidenceQuoter) -> Table:
    rows = []
    for a in note.actors:
        name = [Span(clean_line(a.name or a.id), "strong")]
        aliases = [clean_line(x) for x in a.aliases if x.strip()]
        alias_line = (
            [Span(f"{labels['aliases']}{labels['colon']}{', '.join(aliases)}", "muted")]
            if aliases
            else []
        )
        role_lines = [x for x in (clean_text(a.role), clean_text(a.notes)) if x.strip()]
        rows.append(
            [
                _cell(name, alias_line),
                _cell(labels.value(a.kind)),
                _cell(*role_lines),
                _cell(clean_line(a.country), center=True),
                _evidence(quoter, a.evidence),
            ]
        )
    headers = [labels[k] for k in ("name", "kind", "role", "country", "evidence")]
    return Table("actors", labels["actors"], headers, [3.0, 2.0, 3.9, 1.7, 6.4], rows, (3,))


def _claims(note: Note, labels: Labels, quoter: EvidenceQuoter) -> Table:
    rows = []
    for c in note.claims:
        grade = vocab.admiralty(c.reliability, c.credibility)
        kind = [Span(labels.value(c.kind), "muted")] if c.kind else []
        rows.append(
            [
                _cell(clean_text(c.statement), kind),
                _cell(clean_line(note.actor_name(c.speaker)) if c.speaker else ""),
                _evidence(quoter, c.evidence),
                _cell(grade, center=True),
                _cell(labels.value(c.confidence), center=True),
            ]
        )
    headers = [labels[k] for k in ("statement", "speaker", "evidence", "grade", "confidence")]
    return Table("claims", labels["claims"], headers, [5.0, 2.6, 5.4, 1.6, 2.4], rows, (3, 4))


def _names(note: Note, ids: list[str]) -> str:
    return ", ".join(clean_line(note.actor_name(i)) for i in ids if i)


def _risks(note: Note, labels: Labels, quoter: EvidenceQuoter) -> Table:
    rows = []
    for r in note.risks:
        level = severity_level(r.likelihood, r.impact)
        title = [Span(f"{clean_line(r.id)}  ", "ref"), Span(clean_line(r.title), "strong")]
        facts = [labels.value(r.category)] if r.category else []
        if r.trend:
            facts.append(f"{labels['trend'].lower()}{labels['colon']}{labels.value(r.trend)}")
        desc = clean_text(r.description)
        mitigation = clean_text(r.mitigation)
        mit_line = (
            [Span(f"{labels['mitigation']}{labels['colon']}", "strong"), Span(mitigation)]
            if mitigation
            else []
        )
        actors = []
        if r.affects:
            actors.append(
                [
                    Span(f"{labels['affects']}{labels['colon']}", "muted"),
                    Span(_names(note, r.affects)),
                ]
            )
        if r.drivers:
            actors.append(
                [
                    Span(f"{labels['drivers']}{labels['colon']}", "muted"),
                    Span(_names(note, r.drivers)),
                ]
            )
        rows.append(
            [
                _cell(
                    title, [Span(" \u00b7 ".join(facts), "muted")] if facts else [], desc, mit_line
                ),
                _cell(*actors),
                _scale(r.likelihood, labels.likelihood(r.likelihood), level),
                _scale(r.impact, labels.impact(r.impact), level),
                _evidence(quoter, r.evidence),
            ]
        )
    headers = [labels[k] for k in ("risk", "actors_involved", "likelihood", "impact", "evidence")]
    return Table("risks", labels["risks"], headers, [4.8, 2.8, 2.6, 2.0, 4.8], rows, (2, 3))


def _scale(value: int | None, words: str, level: str) -> Cell:
    if value is None:
        return _cell("\u2014", center=True)
    lines = [[Span(str(value), "strong")]]
    if words:
        lines.append([Span(words, "muted")])
    return Cell(lines, level=level, center=True)


def _relationships(note: Note, labels: Labels, quoter: EvidenceQuoter) -> Table:
    rows = []
    for rel in note.relationships:
        rows.append(
            [
                _cell([Span(clean_line(note.actor_name(rel.source)), "strong")]),
                _cell(
                    labels.value(rel.kind),
                    [Span(clean_line(rel.since), "muted")] if rel.since else [],
                ),
                _cell([Span(clean_line(note.actor_name(rel.target)), "strong")]),
                _cell(clean_text(rel.description)),
                _evidence(quoter, rel.evidence),
            ]
        )
    headers = [labels[k] for k in ("from", "relation", "to", "description", "evidence")]
    return Table("relationships", labels["relationships"], headers, [2.8, 2.6, 2.8, 4.0, 4.8], rows)


def _matrix(note: Note, labels: Labels) -> RiskMatrix:
    grid: dict[tuple[int, int], list[str]] = {}
    unplaced = []
    for r in note.risks:
        if r.likelihood in range(1, 6) and r.impact in range(1, 6):
            grid.setdefault((r.likelihood, r.impact), []).append(clean_line(r.id))
        else:
            unplaced.append(clean_line(r.id))
    rows = [
        [MatrixCell(grid.get((lik, imp), []), severity_level(lik, imp)) for imp in range(1, 6)]
        for lik in range(5, 0, -1)
    ]
    return RiskMatrix(
        rows=rows,
        likelihood_labels=[f"{n} {labels.likelihood(n)}" for n in range(5, 0, -1)],
        impact_labels=[f"{n} {labels.impact(n)}" for n in range(1, 6)],
        unplaced=unplaced,
    )


def _source_entry(source: Source, labels: Labels, annex: bool) -> SourceEntry:
    title = clean_line(source.title).strip()
    parts = [clean_line(source.publisher), labels.quote(title) if title else ""]
    if source.published:
        parts.append(f"{labels['published']} {labels.date(clean_line(source.published))}")
    if source.url:
        parts.append(clean_line(source.url))
    elif source.file:
        parts.append(f"{labels['file']} {clean_line(source.file)}")
    citation = ", ".join(p for p in parts if p.strip()) or clean_line(source.id)
    paragraphs = []
    if annex and source.text:
        paragraphs = [
            (p.index + 1, clean_text(p.text), p.heading) for p in split_paragraphs(source.text)
        ]
    return SourceEntry(clean_line(source.id), citation, paragraphs)
