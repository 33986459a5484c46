"""The pictures dock follows the note and selects items when clicked."""

from __future__ import annotations

from briefing_app.app.document import Document
from briefing_app.formats.note_yaml import load_note
from briefing_app.paths import resource
from briefing_app.ui.main_window import MainWindow

DEMO = resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml")


def it_links_the_pictures_to_the_tables(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(load_note(DEMO)))
    w.show()
    w.figures_action.trigger()
    assert w.figures_dock.isVisible()
    w.matrix_view.riskClicked.emit("r3")
    assert w.panel.selected_item() == ("risks", 2)
    w.chart_view.actorClicked.emit("nvidia")
    assert w.panel.selected_item() == ("actors", w.doc.row_of("actors", "nvidia"))
    # a new document reaches the pictures too
    w.set_document(Document(load_note(DEMO)))
    w.matrix_view.riskClicked.emit("r1")
    assert w.panel.selected_item() == ("risks", 0)
    w.doc.undo_stack.setClean()
