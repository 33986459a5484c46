"""The article pane: find, zoom, legend and tooltips on highlighted evidence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.app.document import Document
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
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()


def it_finds_ignoring_case_and_accents(window, qtbot):
    find = window.article_pane.find
    qtbot.keyClick(window.article, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert find.isVisible() and find.edit.hasFocus()
    qtbot.keyClicks(find.edit, "souverainete")  # typed without the accent
    text = window.article.text
    assert len(find.matches) == text.lower().count("souveraineté") == 2
    assert find.count.text() == "1 / 2"
    qtbot.keyClick(find.edit, Qt.Key.Key_Return)
    assert find.count.text() == "2 / 2"
    find.previous()
    assert find.count.text() == "1 / 2"
    find.previous()
    assert find.count.text() == "2 / 2"
    s, e = find.matches[0]
    assert text[s:e] == "souveraineté"
    found = [
        x
        for x in window.article.extraSelections()
        if x.format.background().color().name() == "#7fd1ff"
    ]
    assert len(found) == 1
    qtbot.keyClick(find.edit, Qt.Key.Key_Escape)
    assert not find.isVisible() and not any(
        x.format.background().color().name() in ("#7fd1ff", "#e0e0e0")
        for x in window.article.extraSelections()
    )


def it_finds_across_quote_styles(window, qtbot):
    find = window.article_pane.find
    find.open_bar()
    qtbot.keyClicks(find.edit, "l'IA")  # the article writes l’IA with a curly apostrophe
    assert len(find.matches) >= 3
    s, e = find.matches[0]
    assert window.article.text[s:e].lower() in ("l’ia", "l'ia")


def it_zooms_and_keeps_highlights(window):
    before = window.article.document().defaultFont().pointSizeF()
    n = len(window.article.extraSelections())
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.article.document().defaultFont().pointSizeF() == pytest.approx(before * 1.2)
    assert len(window.article.extraSelections()) == n
    window.zoom_reset_action.trigger()
    assert window.article.document().defaultFont().pointSizeF() == pytest.approx(before)


def it_names_the_items_a_passage_supports(window):
    text = window.article.text
    offset = text.index("Il plaide pour") + 3
    tip = window.evidence_tooltip(offset)
    assert "c4" in tip and "Patrick Pouyanné est réticent" in tip
    assert window.evidence_tooltip(text.index("Pour ses clients")) == ""


def it_shows_a_legend_of_highlight_colours(window):
    from PySide6.QtWidgets import QLabel

    texts = [w.text() for w in window.article_pane.findChildren(QLabel)]
    for word in ("Actor", "Claim", "Risk", "Relationship", "Selected item"):
        assert word in texts


def it_lists_every_shortcut_and_reaches_actions_by_keyboard(window, qtbot):
    from briefing_app.ui.help_dialog import ShortcutsDialog, shortcut_rows

    rows = dict(shortcut_rows(window.shortcut_actions()))
    for name in ("Save", "Export to Word", "Add as claim", "Find in the article", "Undo"):
        assert name in rows, name
    dialog = ShortcutsDialog(window.shortcut_actions(), [], window)
    assert dialog.table.rowCount() == len(rows)
    # table keys: Ins adds, Del deletes, in the focused table
    window.panel.select_item("claims", "c1")
    table = window.panel.pages["claims"].table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [c.id for c in window.doc.note.claims] == ["c2", "c3", "c4", "c5"]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.current_section() == "risks"


def it_names_the_main_widgets_for_assistive_technology(window):
    names = [window.article.accessibleName(), window.panel.pages["claims"].table.accessibleName()]
    names += [w.accessibleName() for w in window.panel.fields.values()]
    assert all(names) and "Claims table" in names


def it_greets_an_empty_window_and_counts_the_items_of_an_opened_note(qtbot):
    empty = MainWindow()
    qtbot.addWidget(empty)
    assert empty.statusBar().currentMessage() == "Open an article or a note to begin."
    opened = MainWindow(Document(load_note(DEMO)))
    qtbot.addWidget(opened)
    message = opened.statusBar().currentMessage()
    assert message.startswith(f"{len(opened.doc.note.actors)} actors,"), message
