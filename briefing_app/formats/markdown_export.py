"""Markdown export: the same content as the Word briefing, for wikis and pipelines."""

from __future__ import annotations

import re

from briefing_app.domain.model import Note
from briefing_app.formats.export_content import Cell, Span, Table, build_briefing, bullet

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _span(span: Span) -> str:
    text = _escape(span.text.replace("\n", " "))
    if not text.strip():
        return text
    lead, core, trail = _split_ws(text)
    if span.kind == "strong":
        return f"{lead}**{core}**{trail}"
    if span.kind == "quote":
        return f"{lead}*{core}*{trail}"
    return text


def _split_ws(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _cell(cell: Cell) -> str:
    return "<br>".join("".join(_span(s) for s in line) for line in cell.lines)


def _table(table: Table) -> list[str]:
    out = ["| " + " | ".join(_escape(h) for h in table.headers) + " |"]
    out.append("|" + "|".join("---" for _ in table.headers) + "|")
    for row in table.rows:
        out.append("| " + " | ".join(_cell(c) for c in row) + " |")
    return out


def note_to_markdown(note: Note, annex: bool = False) -> str:
    """The briefing as Markdown text (pipe tables, quoted evidence with ¶ numbers)."""
    b = build_briefing(note, annex=annex)
    lab = b.labels
    out = [f"# {_escape(b.title)}", ""]
    if b.classification:
        out += [f"**{_escape(b.classification.upper())}**", ""]
    for label, value in b.metadata:
        out.append(f"- {_escape(label)}: {_escape(value)}")
    out.append("")

    def text_section(key: str, paragraphs: list[str]) -> None:
        if paragraphs:
            out.extend([f"## {lab[key]}", ""])
            for text in paragraphs:
                item = bullet(text)
                out.extend([_escape(text) if item is None else f"- {_escape(item)}", ""])

    text_section("bluf", b.bluf)
    text_section("purpose", b.purpose)
    for key in ("actors", "claims", "risks", "relationships"):
        table = b.tables.get(key)
        if table is None:
            continue
        out.extend([f"## {_escape(table.title)}", ""])
        out.extend(_table(table))
        out.append("")
        if key == "risks" and b.matrix is not None:
            out.extend([f"### {lab['risk_matrix']}", ""])
            out.append(
                f"| {lab['likelihood']} \\\\ {lab['impact']} | "
                + " | ".join(_escape(x) for x in b.matrix.impact_labels)
                + " |"
            )
            out.append("|---" * 6 + "|")
            for label, cells in zip(b.matrix.likelihood_labels, b.matrix.rows, strict=True):
                ids = [", ".join(_escape(i) for i in c.ids) for c in cells]
                out.append(f"| {_escape(label)} | " + " | ".join(ids) + " |")
            out.extend(["", f"*{lab['matrix_caption']}*", ""])
            if b.matrix.unplaced:
                unplaced = ", ".join(_escape(i) for i in b.matrix.unplaced)
                out.extend([f"{lab['unplaced']}{lab['colon']}{unplaced}", ""])
    text_section("recommendations", b.recommendations)
    if b.sources:
        out.extend([f"## {lab['sources']}", ""])
        for entry in b.sources:
            out.append(f"- \\[{_escape(entry.id)}\\] {_escape(entry.citation)}")
        out.append("")
    annexed = [e for e in b.sources if e.paragraphs]
    if annexed:
        out.extend([f"## {lab['annex']}", ""])
        for entry in annexed:
            out.extend([f"### \\[{_escape(entry.id)}\\] {_escape(entry.citation)}", ""])
            for number, text, heading in entry.paragraphs:
                line = f"¶{number} {_escape(text)}".replace("\n", "  \n")
                out.extend([f"**{line}**" if heading else line, ""])
    return "\n".join(out).rstrip("\n") + "\n"
