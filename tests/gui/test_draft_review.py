"""Reviewing draft suggestions: accept (with the actors they name), edit, reject, undo."""

from __future__ import annotations

import pytest

from briefing_app.app.document import Document
from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Actor, Claim, Relationship, Risk
from briefing_app.draft import Suggestions, fingerprint
from briefing_app.formats.articles import note_from_article, read_article
from briefing_app.ui.main_window import MainWindow


def anchor(text: str, quote: str):
    i = text.index(quote)
    return make_anchor("s1", text, i, i + len(quote))


@pytest.fixture
def window(qtbot, sample_article):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(note_from_article(read_article(sample_article))))
    w.show()
    yield w
    w.doc.undo_stack.setClean()


def fake_suggestions(text: str) -> Suggestions:
    return Suggestions(
        actors=[
            Actor(
                "totalenergies",
                "TotalEnergies",
                "company",
                evidence=[anchor(text, "TotalEnergies")],
            ),
            Actor("mistral-ai", "Mistral AI", "company", evidence=[anchor(text, "Mistral AI")]),
            Actor("microsoft", "Microsoft", "company", evidence=[anchor(text, "Microsoft")]),
        ],
        claims=[
            Claim(
                "c1",
                "ToTalEnergies a annoncé un partenariat",
                "totalenergies",
                "announcement",
                evidence=[anchor(text, "ToTalEnergies a annoncé, dans un communiqué")],
            ),
        ],
        risks=[
            Risk(
                "r1",
                "Partenariat avec Microsoft",
                category="partnership",
                affects=["mistral-ai"],
                drivers=["microsoft"],
                evidence=[anchor(text, "partenariat, en février 2024, avec Microsoft")],
            ),
        ],
        relationships=[
            Relationship(
                "rel1",
                "mistral-ai",
                "microsoft",
                "partnership",
                evidence=[anchor(text, "partenariat, en février 2024, avec Microsoft")],
            ),
        ],
    )


def it_accepts_a_claim_with_its_speaker_in_one_undo_step(window, qtbot):
    review = window.panel.review
    review.set_suggestions(fake_suggestions(window.article.text))
    assert len(review.pending()) == 6
    claim_entry = review.tree.topLevelItem(1).child(0)
    review.tree.setCurrentItem(claim_entry)
    # selecting a suggestion shows its passage in the article
    assert (
        window.article.textCursor().selectedText() == "ToTalEnergies a annoncé, dans un communiqué"
    )
    review.accept_selected()
    note = window.doc.note
    assert [c.id for c in note.claims] == ["c1"] and [a.id for a in note.actors] == [
        "totalenergies"
    ]
    assert len(review.pending()) == 4
    window.undo_action.trigger()
    assert note.claims == [] and note.actors == [] and len(review.pending()) == 6


def it_rejects_for_good_and_drops_references_to_rejected_actors(window):
    review = window.panel.review
    suggestions = fake_suggestions(window.article.text)
    review.set_suggestions(suggestions)
    microsoft = review.tree.topLevelItem(0).child(2)
    review.tree.setCurrentItem(microsoft)
    review.reject_selected()
    assert fingerprint(suggestions.actors[2]) in window.doc.note.rejected
    review.accept_all()
    note = window.doc.note
    assert {a.id for a in note.actors} == {"totalenergies", "mistral-ai"}
    assert note.risks[0].drivers == [] and note.risks[0].affects == ["mistral-ai"]
    assert note.relationships == []  # one end was rejected
    assert "Suggestions" == window.panel.tabs.tabText(window.panel.tabs.indexOf(review))


def it_accepts_and_opens_the_item_for_editing(window):
    review = window.panel.review
    review.set_suggestions(fake_suggestions(window.article.text))
    risk_entry = review.tree.topLevelItem(2).child(0)
    review.tree.setCurrentItem(risk_entry)
    review.edit_current()
    assert window.panel.selected_item() == ("risks", 0)
    assert {a.id for a in window.doc.note.actors} == {"mistral-ai", "microsoft"}


def it_drafts_from_the_menu(window):
    window.draft_action.trigger()
    assert window.panel.tabs.currentWidget() is window.panel.review


def it_keeps_the_watchlist_and_refuses_bad_lines(qtbot):
    from briefing_app.ui.draft_settings import DraftSettingsDialog, saved_extra_lexicon

    dialog = DraftSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.watch.setPlainText("Vostra | alien")
    dialog.accept()
    assert "alien" in dialog.problems.text() and saved_extra_lexicon() == {}
    dialog.watch.setPlainText("Vostra | organisation | DE")
    dialog.cues.setPlainText("hypothèque numérique | technology")
    dialog.accept()
    assert saved_extra_lexicon() == {
        "known_actors": {"Vostra": ["organisation", "DE"]},
        "risk_cues": {"technology": {"hypothèque numérique": 2.0}},
    }
