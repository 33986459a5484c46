"""Several articles per note, the clipboard, drag and drop, and replacing an article's text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from briefing_app.domain.anchors import anchor_matches
from briefing_app.ui.main_window import MainWindow

SECOND = """date 2025-09-02
Une seconde dépêche

L'opérateur Norvale a signé un accord de fourniture avec le groupe Helion.

Le directeur de Norvale estime que « cet accord nous rend moins dépendants ».
"""


@pytest.fixture
def window(qtbot, sample_article):
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_path(sample_article, ask=False)
    w.show()
    yield w
    w.doc.undo_stack.setClean()


def it_adds_a_second_article_and_anchors_into_it(window, tmp_path):
    second = tmp_path / "depeche.txt"
    second.write_text(SECOND, encoding="utf-8")
    assert window.add_article(second)
    note = window.doc.note
    assert [s.id for s in note.sources] == ["s1", "s2"] and note.sources[
        1
    ].published == "2025-09-02"
    assert window.current_source == "s2" and window.source_box.isVisible()
    text = window.article.text
    start = text.index("Norvale")
    window.article.select_offsets(start, start + len("Norvale"))
    window.add_actor_action.trigger()
    assert note.actors[0].evidence[0].source == "s2"
    # selecting the actor from the first article's view switches back to its article
    window.show_source("s1")
    window.panel.select_item("actors", note.actors[0].id)
    assert window.current_source == "s2"
    window.undo_action.trigger()  # the actor
    window.undo_action.trigger()  # the article
    assert [s.id for s in window.doc.note.sources] == ["s1"] and window.current_source == "s1"


def it_replaces_the_text_and_keeps_every_passage(window, tmp_path, sample_article):
    text = window.article.text
    quote = "Il plaide pour la création d’un cloud européen"
    start = text.index(quote)
    window.article.select_offsets(start, start + len(quote))
    window.add_claim_action.trigger()
    revised = tmp_path / "revised.txt"
    revised.write_text(
        "date 2025-08-22\nMise à jour : chapeau ajouté en tête.\n\n"
        + sample_article.read_text(encoding="utf-8").split(" ", 2)[2].replace("’", "'"),
        encoding="utf-8",
    )
    assert window.replace_text(revised)
    anchor = window.doc.note.claims[0].evidence[0]
    new_text = window.doc.note.sources[0].text
    assert not anchor.orphaned and anchor_matches(anchor, new_text)
    assert anchor.start > start and "cloud européen" in anchor.exact
    window.undo_action.trigger()
    assert window.doc.note.sources[0].text == text


def it_flags_passages_that_are_gone(window, tmp_path, dialogs):
    text = window.article.text
    quote = "Cette usine numérique, située au cœur de Paris"
    start = text.index(quote)
    window.article.select_offsets(start, start + len(quote))
    window.add_claim_action.trigger()
    other = tmp_path / "other.txt"
    other.write_text("Un tout autre texte, sans rapport aucun.\n", encoding="utf-8")
    window.replace_text(other)
    assert window.doc.note.claims[0].evidence[0].orphaned
    assert dialogs and "could not be placed" in dialogs[-1][1]
    assert window.panel.tabs.currentWidget() is window.panel.checks
    assert any(f.code == "orphaned" for f in window.panel.checks.findings)


def it_starts_a_note_from_the_clipboard(window, monkeypatch):
    monkeypatch.setattr(window, "maybe_save", lambda: True)
    QApplication.clipboard().setText(SECOND)
    window.new_note_from_clipboard()
    assert window.doc.note.sources[0].published == "2025-09-02"
    assert "Norvale" in window.article.text
    mime = QMimeData()
    mime.setHtml("<p>Premier <b>paragraphe</b>.</p><p>Second paragraphe, copié d'une page.</p>")
    QApplication.clipboard().setMimeData(mime)
    window.add_clipboard_article()
    assert (
        window.doc.note.sources[1].text
        == "Premier paragraphe.\n\nSecond paragraphe, copié d'une page."
    )


def it_adds_dropped_articles_and_opens_dropped_notes(window, tmp_path):
    second = tmp_path / "depeche.txt"
    second.write_text(SECOND, encoding="utf-8")
    window.open_dropped([second])
    assert len(window.doc.note.sources) == 2
