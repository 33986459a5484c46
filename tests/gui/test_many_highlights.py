"""A long article with hundreds of highlights: Qt is given the visible ones, the view keeps all."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTextEdit

from briefing_app.app.document import Document
from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Claim, Note, Source
from briefing_app.formats.note_yaml import load_note
from briefing_app.paths import resource
from briefing_app.ui.main_window import MainWindow

SENTENCE = "Le contrat numéro {n} engage le laboratoire pour trois ans."


@pytest.fixture
def window(qtbot):
    paragraphs = [" ".join(SENTENCE.format(n=p * 3 + k) for k in range(3)) for p in range(400)]
    text = "\n\n".join(paragraphs) + "\n"
    source = Source(id="s1", title="Long", text=text)
    claims = []
    for i in range(600):
        quote = SENTENCE.format(n=i * 2)
        start = text.index(quote)
        claims.append(Claim(f"c{i}", quote, evidence=[make_anchor("s1", text, start, start + 20)]))
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.set_document(Document(Note(title="Long", sources=[source], claims=claims)))
    qtbot.waitExposed(w)
    return w


def _given_to_qt(view) -> list:
    return QTextEdit.extraSelections(view)


def it_keeps_every_highlight_but_gives_qt_those_in_sight(window, qtbot):
    view = window.article
    doc = view.document()
    assert len(view.extraSelections()) == 600
    view.viewport().repaint()
    shown = _given_to_qt(view)
    assert 0 < len(shown) < 600
    assert max(s.cursor.selectionStart() for s in shown) < doc.findBlockByNumber(40).position()

    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    view.viewport().repaint()
    shown = _given_to_qt(view)
    assert 0 < len(shown) < 600
    assert min(s.cursor.selectionStart() for s in shown) > doc.findBlockByNumber(300).position()


def it_shows_the_selected_item_in_orange_among_many(window, qtbot):
    window.panel.select_item("claims", "c5")
    focus = [
        s
        for s in window.article.extraSelections()
        if s.format.background().color().name() == "#ffb347"
    ]
    assert len(focus) == 1
    assert (
        window.article.toPlainText()[
            focus[0].cursor.selectionStart() : focus[0].cursor.selectionEnd()
        ]
        == SENTENCE.format(n=10)[:20]
    )


def it_gives_qt_the_highlights_of_a_window_being_built_at_its_first_paint(qtbot):
    """Set before the window is shown, they are laid out once, at the view's real width."""
    note = load_note(resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml"))
    w = MainWindow(Document(note))
    qtbot.addWidget(w)
    view = w.article
    assert len(view.extraSelections()) > 10
    assert _given_to_qt(view) == []  # not yet: the view has no real width
    w.show()
    qtbot.waitUntil(lambda: len(_given_to_qt(view)) == len(view.extraSelections()))
    w.doc.undo_stack.setClean()
