"""Item editors, reference-safe deletion and the checks tab, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.app.document import Document
from briefing_app.domain.checks import check_note
from briefing_app.formats.note_yaml import load_note
from briefing_app.paths import resource
from briefing_app.ui.main_window import MainWindow

DEMO = resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml")


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(load_note(DEMO)))
    w.show()
    yield w
    w.doc.undo_stack.setClean()


def it_edits_a_claim_in_its_form_with_one_undo_step_per_field(window, qtbot):
    window.panel.select_item("claims", "c2")
    editor = window.panel.pages["claims"].editor
    assert editor.item().id == "c2"
    statement = editor.widgets["statement"]
    statement.setFocus()
    statement.moveCursor(statement.textCursor().MoveOperation.End)
    qtbot.keyClicks(statement, " Source: press release")
    assert window.doc.note.claims[1].statement.endswith("Source: press release")
    grading = editor.widgets["reliability"]
    grading.setCurrentIndex(grading.findData("A"))
    grading.activated.emit(grading.currentIndex())
    assert window.doc.note.claims[1].reliability == "A"
    assert editor.grade.text().startswith("A2")
    window.undo_action.trigger()  # the grading
    assert window.doc.note.claims[1].reliability == "B"
    window.undo_action.trigger()  # all the typing at once
    assert not window.doc.note.claims[1].statement.endswith("press release")
    assert editor.widgets["statement"].toPlainText() == window.doc.note.claims[1].statement


def it_picks_affected_and_driving_actors(window):
    window.panel.select_item("risks", "r1")
    editor = window.panel.pages["risks"].editor
    affects = editor.widgets["affects"]
    names = [affects.item(i).text() for i in range(affects.count())]
    affects.item(names.index("TotalEnergies")).setCheckState(Qt.CheckState.Checked)
    assert window.doc.note.risks[0].affects == ["totalenergies", "mistral-ai"]
    likelihood = editor.widgets["likelihood"]
    assert "Probable" in likelihood.itemText(likelihood.findData(4))  # ICD 203 words, French note
    likelihood.setCurrentIndex(likelihood.findData(5))
    likelihood.activated.emit(likelihood.currentIndex())
    assert window.doc.note.risks[0].likelihood == 5


def it_deletes_an_actor_and_its_references_in_one_undoable_step(window, monkeypatch):
    page = window.panel.pages["actors"]
    asked = []
    monkeypatch.setattr(
        page, "confirm_delete_actor", lambda name, n: asked.append((name, n)) or True
    )
    before = load_note(DEMO)
    window.panel.select_item("actors", "microsoft")
    page.delete_selected()
    note = window.doc.note
    assert asked == [("Microsoft", 3)]  # r1 drivers, r3 drivers, rel4 target
    assert note.actor("microsoft") is None
    assert all("microsoft" not in r.drivers for r in note.risks)
    assert all("microsoft" not in (r.source, r.target) for r in note.relationships)
    assert not [f for f in check_note(note) if f.severity == "error"]
    window.undo_action.trigger()
    assert window.doc.note == before


def it_keeps_the_actor_when_deletion_is_cancelled(window, monkeypatch):
    page = window.panel.pages["actors"]
    monkeypatch.setattr(page, "confirm_delete_actor", lambda name, n: False)
    window.panel.select_item("actors", "nvidia")
    page.delete_selected()
    assert window.doc.note.actor("nvidia") is not None


def it_detaches_evidence_undoably(window):
    window.panel.select_item("claims", "c4")
    editor = window.panel.pages["claims"].editor
    assert editor.evidence.count() == 2
    editor.evidence.setCurrentRow(1)
    editor.detach.click()
    assert len(window.doc.note.claims[3].evidence) == 1 and editor.evidence.count() == 1
    window.undo_action.trigger()
    assert editor.evidence.count() == 2


def it_lists_checks_and_jumps_to_the_item(window, qtbot):
    checks = window.panel.checks
    assert checks.findings == []
    window.panel.select_item("risks", "r2")
    window.doc.set_item_attr("risks", 1, "likelihood", None)
    window.doc.set_item_attr("risks", 1, "evidence", [])
    qtbot.waitUntil(lambda: len(checks.findings) == 2, timeout=2000)
    assert "Checks (2)" in window.panel.tabs.tabText(window.panel.tabs.indexOf(checks))
    window.panel.select_item("claims", "c1")
    checks.list.itemClicked.emit(checks.list.item(0))
    assert window.panel.selected_item() == ("risks", 1)


def it_shows_the_date_in_the_locale_and_stores_iso(window):
    from PySide6.QtCore import QDate

    field = window.panel.fields["created"]
    assert field.date() == QDate(2025, 9, 1)
    field.setDate(QDate(2026, 1, 31))
    assert window.doc.note.created == "2026-01-31"
    field.setDate(field.minimumDate())
    assert window.doc.note.created == ""
    window.undo_action.trigger()  # successive edits of one field merge into one step
    assert field.date() == QDate(2025, 9, 1)
