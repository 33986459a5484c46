"""Drive the editor as an analyst would: open, select, add, see, save, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from briefing_app.formats.note_yaml import load_note
from briefing_app.ui.main_window import MainWindow

SENTENCE = "Il plaide pour la création d’un cloud européen"


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()  # no "unsaved changes" question at teardown


def select_phrase(window: MainWindow, phrase: str) -> tuple[int, int]:
    text = window.article.text
    start = text.index(phrase)
    window.article.select_offsets(start, start + len(phrase))
    return start, start + len(phrase)


def highlighted_spans(window: MainWindow) -> list[tuple[int, int]]:
    view = window.article
    return [
        (view.offset_at(s.cursor.selectionStart()), view.offset_at(s.cursor.selectionEnd()))
        for s in view.extraSelections()
    ]


def it_opens_an_article_and_adds_a_claim_from_a_selection(window, qtbot, sample_article, tmp_path):
    assert window.open_path(sample_article, ask=False)
    assert window.doc.note.sources[0].published == "2025-08-21"
    assert not window.article.toPlainText().startswith("date")
    start, end = select_phrase(window, SENTENCE)

    menu = window.build_article_menu()
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert "Add as claim" in texts and "Add as actor" in texts and "Add as risk" in texts

    qtbot.keyClick(window.article, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    claims = window.doc.note.claims
    assert len(claims) == 1
    anchor = claims[0].evidence[0]
    assert (anchor.start, anchor.end, anchor.exact) == (start, end, SENTENCE)
    assert anchor.prefix and anchor.suffix
    # the new claim is selected and its evidence highlighted
    assert window.panel.current_section() == "claims"
    assert window.panel.selected_item() == ("claims", 0)
    assert (start, end) in highlighted_spans(window)
    assert window.isWindowModified()

    target = tmp_path / "note.briefing.yaml"
    window.ask_save_path = lambda: target
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert target.exists() and not window.isWindowModified()
    assert load_note(target) == window.doc.note

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.open_path(target, ask=False)
    assert other.doc.note == window.doc.note
    assert other.windowTitle().startswith("note.briefing.yaml")


def it_undoes_and_redoes_an_addition(window, sample_article):
    window.open_path(sample_article, ask=False)
    select_phrase(window, "Patrick Pouyanné")
    window.add_actor_action.trigger()
    assert [a.name for a in window.doc.note.actors] == ["Patrick Pouyanné"]
    assert window.doc.note.actors[0].id == "patrick-pouyanne"
    assert window.undo_action.text().replace("&", "") == "Undo Add actor"
    window.undo_action.trigger()
    assert window.doc.note.actors == [] and not window.isWindowModified()
    window.redo_action.trigger()
    assert window.doc.note.actors[0].name == "Patrick Pouyanné"


def it_edits_fields_and_cells_in_place(window, qtbot, sample_article):
    window.open_path(sample_article, ask=False)
    title = window.panel.fields["title"]
    title.clear()
    qtbot.keyClicks(title, "Note sur IA")
    assert window.doc.note.title == "Note sur IA"
    window.undo_action.trigger()  # typing is one undo step
    assert window.doc.note.title == window.doc.note.sources[0].title

    select_phrase(window, "fonds américains ou du Moyen-Orient")
    window.add_risk_action.trigger()
    page = window.panel.pages["risks"]
    index = page.model.index(0, [c.attr for c in page.model.cols].index("likelihood"))
    assert page.model.setData(index, 4)
    assert window.doc.note.risks[0].likelihood == 4
    assert not page.model.setData(index, 9)  # outside 1-5 is refused


def it_asks_before_discarding_changes(window, sample_article, monkeypatch):
    window.open_path(sample_article, ask=False)
    window.doc.set_field("bluf", "Jugement clé")
    monkeypatch.setattr(window, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert window.doc.note.bluf == "Jugement clé"
    monkeypatch.setattr(window, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    window.new_note()
    assert window.doc.note.bluf == "" and window.doc.note.sources == []


def it_reports_a_bad_file_and_keeps_the_open_note(window, sample_article, tmp_path, monkeypatch):
    window.open_path(sample_article, ask=False)
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, msg: shown.append(msg))
    bad = tmp_path / "broken.briefing.yaml"
    bad.write_text("schema: [unclosed\n", encoding="utf-8")
    assert not window.open_path(bad, ask=False)
    assert shown and "broken.briefing.yaml" in shown[0]
    assert window.doc.note.sources[0].file == sample_article.name


def it_selects_the_item_when_its_highlight_is_clicked(window, qtbot, sample_article):
    window.open_path(sample_article, ask=False)
    start, _ = select_phrase(window, SENTENCE)
    window.add_claim_action.trigger()
    select_phrase(window, "Patrick Pouyanné")
    window.add_actor_action.trigger()
    assert window.panel.current_section() == "actors"
    window._article_clicked(start + 3)
    assert window.panel.selected_item() == ("claims", 0)


def it_maps_offsets_with_astral_characters(window):
    from briefing_app.app.document import Document
    from briefing_app.domain.model import Note, Source

    text = "Titre 😀\n\nLe 🚀 partenariat 🇫🇷 annoncé hier."
    window.set_document(Document(Note(sources=[Source(id="s1", text=text)])))
    start = text.index("partenariat")
    window.article.select_offsets(start, start + len("partenariat"))
    assert window.article.textCursor().selectedText() == "partenariat"
    assert window.article.selected_offsets() == (start, start + len("partenariat"))


def it_renders_the_demo(tmp_path):
    from briefing_app.ui.launch import build_window

    w = build_window(demo=True)
    try:
        assert w.doc.path is None and len(w.doc.note.claims) >= 5
        assert w.panel.selected_item()[0] == "claims"
        image = w.grab()
        assert image.width() > 800
        assert Path(tmp_path / "x.png") and image.save(str(tmp_path / "x.png"))
    finally:
        w.doc.undo_stack.setClean()
        w.close()
