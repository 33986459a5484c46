"""Exporting from the window: the dialog's choices, Word and Markdown, refusals."""

from __future__ import annotations

import docx
import pytest

from briefing_app.app.document import Document
from briefing_app.formats.note_yaml import load_note, save_note
from briefing_app.paths import resource
from briefing_app.ui.export_dialog import ExportDialog
from briefing_app.ui.main_window import MainWindow

DEMO = resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml")


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(load_note(DEMO)))
    yield w
    w.doc.undo_stack.setClean()


def it_exports_word_with_the_claims_and_their_evidence(window, tmp_path):
    out = tmp_path / "brief.docx"
    assert window.export_to(out, annex=True, figures=False)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    tables = docx.Document(str(out)).tables
    cells = " ".join(c.text for t in tables for row in t.rows for c in row.cells)
    assert "TotalEnergies – Mistral AI" in text
    assert "Il plaide pour la création d’un cloud européen" in cells
    assert "¶9" in cells
    assert "Exported" in window.statusBar().currentMessage()


def it_exports_markdown(window, tmp_path):
    out = tmp_path / "brief.md"
    assert window.export_to(out)
    assert "Mistral AI" in out.read_text(encoding="utf-8")


def it_refuses_to_export_over_the_note_itself(window, tmp_path, dialogs):
    path = tmp_path / "n.briefing.yaml"
    save_note(window.doc.note, path)
    window.doc.mark_saved(path)
    before = path.read_bytes()
    assert not window.export_to(path)
    assert path.read_bytes() == before
    assert dialogs and "note itself" in dialogs[-1][1]


def it_reports_a_template_that_is_not_word(window, tmp_path, dialogs):
    fake = tmp_path / "corporate.docx"
    fake.write_text("not a zip", encoding="utf-8")
    out = tmp_path / "brief.docx"
    assert not window.export_to(out, template=fake, figures=False)
    assert not out.exists()
    assert "corporate.docx" in dialogs[-1][1]


def it_remembers_the_dialog_choices(qtbot, tmp_path):
    template = tmp_path / "org.dotx"
    template.write_bytes(b"x")
    dialog = ExportDialog(tmp_path / "note.docx")
    qtbot.addWidget(dialog)
    dialog.set_template(template)
    dialog.annex.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    choice = dialog.choice()
    assert choice.path == tmp_path / "note.pdf" and choice.template == template and choice.annex
    again = ExportDialog(tmp_path / "note.docx")
    qtbot.addWidget(again)
    assert again.template.currentData() == str(template) and again.annex.isChecked()
