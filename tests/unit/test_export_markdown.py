"""Markdown export: the same content as the Word briefing."""

from __future__ import annotations

import docx
from test_export_fixtures import english_note, real_note

from briefing_app.formats.export import export_note
from briefing_app.formats.markdown_export import note_to_markdown


def it_holds_the_same_fields_as_the_word_export(tmp_path):
    note = real_note()
    md_path, docx_path = tmp_path / "n.md", tmp_path / "n.docx"
    export_note(note, md_path)
    export_note(note, docx_path)
    md = md_path.read_text(encoding="utf-8")
    doc = docx.Document(str(docx_path))
    cells = [c.text for t in doc.tables[:3] for row in t.rows[1:] for c in row.cells]
    for text in cells:
        for line in text.split("\n"):
            words = [w for w in line.split() if w.isalpha() and len(w) > 3]
            for word in words:
                assert word in md, word
    for text in (note.title, note.analyst, note.purpose, "Affirmations", "¶12", "B2", "r2"):
        assert text in md


def it_writes_one_pipe_table_per_section_and_the_matrix():
    md = note_to_markdown(english_note())
    for heading in (
        "## Actors",
        "## Claims",
        "## Risks to independence",
        "## Relationships",
        "### Risk matrix",
        "## Sources",
        "## Recommendations",
    ):
        assert heading in md
    assert "| Statement | Speaker | Evidence | Grade | Confidence |" in md
    assert "- Suivre l’évolution du capital de Mistral AI." in md


def it_adds_the_annex_with_numbered_paragraphs_on_request():
    note = real_note()
    assert "¶1 " not in note_to_markdown(note)
    md = note_to_markdown(note, annex=True)
    assert "¶1 " in md and "¶12 " in md
