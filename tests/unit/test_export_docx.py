"""Word export: the .docx reopens with python-docx and holds every field's text."""

from __future__ import annotations

import docx
import pytest
from test_export_fixtures import english_note, real_note

from briefing_app.errors import BriefingError
from briefing_app.formats.export import export_note


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


@pytest.fixture
def exported(tmp_path):
    note = real_note()
    out = tmp_path / "note.docx"
    warnings = export_note(note, out)
    return note, docx.Document(str(out)), warnings


def it_writes_title_metadata_and_bottom_line(exported):
    note, document, warnings = exported
    text = _all_text(document)
    assert warnings == []
    assert note.title in text
    assert note.analyst in text
    assert "Interne" in text  # classification, in the note's language
    assert "L’alliance renforce Mistral AI en France." in text
    assert note.purpose in text


def it_has_one_table_per_section_with_names_not_ids(exported):
    note, document, _ = exported
    headers = [t.rows[0].cells[0].text for t in document.tables]
    assert headers == ["Nom", "Affirmation", "Risque", "5 Quasi certain", "De"]
    claims = document.tables[1]
    assert len(claims.rows) == 1 + len(note.claims)
    speaker_cells = [row.cells[1].text for row in claims.rows[1:]]
    assert speaker_cells == ["TotalEnergies", "TotalEnergies", "Patrick Pouyanné"]
    rels = document.tables[4]
    assert "Patrick Pouyanné" in rels.rows[2].cells[0].text
    assert "patrick-pouyanne" not in _all_text(document)


def it_quotes_evidence_with_its_paragraph_number(exported):
    note, document, _ = exported
    claims = document.tables[1]
    evidence = claims.rows[1].cells[2].text
    assert note.claims[0].evidence[0].exact in evidence
    assert "¶2" in evidence
    grade = claims.rows[1].cells[3].text
    assert grade == "B2"


def it_shows_every_item_field(exported):
    note, document, _ = exported
    text = _all_text(document)
    for actor in note.actors:
        assert actor.name in text and actor.role in text
    for claim in note.claims:
        assert claim.statement in text
    for risk in note.risks:
        assert risk.title in text and risk.description in text
        assert risk.id in text
    assert "Suivre les clauses d’exclusivité." in text
    for rel in note.relationships:
        assert rel.description in text


def it_cites_the_sources_at_the_end(exported):
    note, document, _ = exported
    paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
    heading = paragraphs.index("Sources")
    cited = "\n".join(paragraphs[heading:])
    assert "Exemple Presse" in cited
    assert note.sources[0].title in cited
    assert "21 août 2025" in cited


def it_labels_an_english_note_in_english(tmp_path):
    out = tmp_path / "en.docx"
    export_note(english_note(), out)
    text = _all_text(docx.Document(str(out)))
    assert "Bottom line up front" in text and "Claims" in text
    assert "Internal" in text


def it_refuses_an_unknown_suffix(tmp_path):
    with pytest.raises(BriefingError, match=r"\.odt"):
        export_note(real_note(), tmp_path / "note.odt")
    assert not (tmp_path / "note.odt").exists()


def it_keeps_the_old_file_when_the_export_fails(tmp_path):
    out = tmp_path / "note.docx"
    out.write_bytes(b"old")
    with pytest.raises(BriefingError):
        export_note(real_note(), out, template=tmp_path / "missing.docx")
    assert out.read_bytes() == b"old"


def it_draws_the_risk_matrix_as_a_five_by_five_table(exported):
    note, document, _ = exported
    matrix = document.tables[3]
    assert len(matrix.rows) == 6 and len(matrix.columns) == 6
    # likelihood 4 (second row from the top), impact 5 (last column): r2
    assert matrix.rows[1].cells[5].text == "r2"
    assert matrix.rows[2].cells[4].text == "r1"
    assert matrix.rows[3].cells[3].text == "r3"
    fills = [c._tc.xpath("./w:tcPr/w:shd/@w:fill")[0] for c in matrix.rows[0].cells[1:]]
    assert len(set(fills)) >= 3  # coloured by severity


def it_takes_document_properties_from_the_note(exported):
    note, document, _ = exported
    props = document.core_properties
    assert props.title == note.title
    assert props.author == note.analyst


def it_never_calls_table_cell_in_a_loop(tmp_path, monkeypatch):
    import docx.table

    def refuse(*args, **kwargs):
        raise AssertionError("table.cell(r, c) is quadratic; build rows instead")

    monkeypatch.setattr(docx.table.Table, "cell", refuse)
    export_note(real_note(), tmp_path / "n.docx")


def it_exports_a_fresh_note_with_no_items(tmp_path):
    note = real_note()
    note.actors, note.claims, note.risks, note.relationships = [], [], [], []
    note.bluf = note.purpose = note.recommendations = note.classification = ""
    out = tmp_path / "empty.docx"
    assert export_note(note, out) == []
    document = docx.Document(str(out))
    assert document.tables == []
    assert note.title in _all_text(document)
    header = "".join(p.text for p in document.sections[0].header.paragraphs)
    assert header.strip() == ""  # no classification, no banner


def it_lists_risks_missing_from_the_matrix(tmp_path):
    note = real_note()
    note.risks[2].likelihood = None
    out = tmp_path / "n.docx"
    export_note(note, out)
    text = _all_text(docx.Document(str(out)))
    assert "Hors matrice (probabilité ou impact non renseigné)\u00a0: r3" in text


def it_falls_back_to_english_labels_for_other_languages(tmp_path):
    note = real_note()
    note.language = "de"
    out = tmp_path / "n.docx"
    export_note(note, out)
    assert "Bottom line up front" in _all_text(docx.Document(str(out)))


def it_imports_no_qt(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import briefing_app.formats.export, briefing_app.formats.markdown_export\n"
        "import briefing_app.formats.docx.builder\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide', 'shiboken'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
