"""The note pane builds a tab's widgets when it is first shown or used, never too late."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, Qt

from briefing_app.app.document import Document
from briefing_app.domain.anchors import locate
from briefing_app.domain.model import Claim, Note
from briefing_app.formats.note_yaml import load_note
from briefing_app.paths import resource
from briefing_app.ui.main_window import MainWindow

DEMO = resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml")


@pytest.fixture
def window(qtbot):
    w = MainWindow(Document(load_note(DEMO)))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()


def built(window) -> dict[str, bool]:
    return {s: p.is_built for s, p in window.panel.pages.items()}


def it_builds_only_the_tab_in_sight(window):
    assert window.panel.tabs.currentWidget() is window.panel.summary
    assert window.panel.summary.is_built
    assert window.panel.fields["title"].isVisible()  # built as its window was shown
    assert window.panel.fields["title"].text() == window.doc.note.title
    assert not any(built(window).values())


def it_builds_nothing_for_a_window_not_shown_yet(qtbot):
    w = MainWindow(Document(load_note(DEMO)))
    qtbot.addWidget(w)
    assert not w.panel.summary.is_built and not any(built(w).values())
    w.panel.select_item("claims", "c2")  # what --demo does before the first paint
    assert built(w) == {"actors": False, "claims": True, "risks": False, "relationships": False}
    assert not w.panel.summary.is_built
    w.show()
    qtbot.waitExposed(w)
    assert w.panel.pages["claims"].table.isVisible() and not w.panel.summary.is_built


def it_builds_a_tab_when_the_user_opens_it(window, qtbot):
    tabs = window.panel.tabs
    risks = window.panel.pages["risks"]
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(risks)).center())
    assert tabs.currentWidget() is risks and risks.is_built
    assert risks.table.isVisible()  # built before Qt showed the page, not a frame later
    assert risks.table.model().rowCount() == len(window.doc.note.risks)
    assert risks.editor.isVisible() and risks.add_button.isVisible()
    assert not window.panel.pages["relationships"].is_built


def it_builds_a_page_that_code_reaches_into(window):
    page = window.panel.pages["relationships"]
    assert not page.is_built
    assert page.current_row() == -1  # nothing selected in a table not made yet
    assert not page.is_built
    assert page.model.rowCount() == len(window.doc.note.relationships)
    assert page.is_built and page.table.model() is page.model


def it_shows_changes_made_before_the_page_was_built(window):
    window.doc.add_item("claims", Claim(id="c99", statement="Ajoutée avant l'onglet."))
    assert window.panel.tabs.tabText(2).endswith(f"({len(window.doc.note.claims)})")
    window.panel.select_item("claims", "c99")
    page = window.panel.pages["claims"]
    assert page.current_row() == len(window.doc.note.claims) - 1
    assert page.editor.item().id == "c99"
    assert window.selected == ("claims", "c99")


def it_passes_evidence_clicks_of_a_late_editor_to_the_window(window):
    claim = window.doc.note.claims[1]
    anchor = claim.evidence[0]
    assert not window.panel.pages["claims"].is_built
    window.panel.pages["claims"].editor.evidenceActivated.emit(claim.id, 0)
    assert window.article.selected_offsets() == locate(anchor, window.doc.note.sources[0].text)


def it_gives_every_page_the_remembered_table_editor_split(window, qtbot):
    actors = window.panel.pages["actors"]
    actors.split.setSizes([300, 100])
    state = actors.split.saveState()
    window.panel.set_split_state(QByteArray(state))
    risks = window.panel.pages["risks"]
    assert not risks.is_built
    window.panel.tabs.setCurrentWidget(risks)
    assert risks.split.saveState() == state
    assert window.panel.split_state() == state


def it_counts_checks_and_suggestions_before_their_tabs_are_built(window, qtbot):
    panel = window.panel
    assert not panel.checks.is_built and not panel.review.is_built
    window.doc.add_item("claims", Claim(id="c98", statement="Sans passage ni auteur."))
    qtbot.waitUntil(lambda: any(f.item_id == "c98" for f in panel.checks.findings))
    checks_tab = panel.tabs.tabText(panel.tabs.indexOf(panel.checks))
    assert checks_tab.endswith(f"({len(panel.checks.findings)})")
    suggestion = Claim(id="c97", statement="Une affirmation proposée.")
    panel.review.set_suggestions(Note(claims=[suggestion]))
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.review)).endswith("(1)")
    assert not panel.checks.is_built and not panel.review.is_built

    panel.tabs.setCurrentWidget(panel.checks)
    assert panel.checks.list.count() == len(panel.checks.findings)
    assert panel.checks.list.isVisible()
    panel.tabs.setCurrentWidget(panel.review)
    assert panel.review.tree.topLevelItemCount() == 1 and panel.review.tree.isVisible()
    assert panel.review.pending()[0][1].id == "c97"
