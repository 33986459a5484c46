"""Sentences, tokens and quotations of the draft assistant."""

from __future__ import annotations

from briefing_app.draft.segment import segment


def _sentences(text: str) -> list[str]:
    doc = segment(text)
    return [doc.sentence_text(s) for s in doc.sentences]


def it_cuts_sentences_but_not_after_abbreviations() -> None:
    text = "M. Dupont a signé. Mr. Smith said it was done. The U.S. group agreed. Fin."
    assert _sentences(text) == [
        "M. Dupont a signé.",
        "Mr. Smith said it was done.",
        "The U.S. group agreed.",
        "Fin.",
    ]


def it_keeps_a_quotation_and_its_attribution_together() -> None:
    text = "Il précise : « Nous signons. Nous investirons aussi. » Puis il part."
    sentences = _sentences(text)
    assert sentences[0] == "Il précise : « Nous signons. Nous investirons aussi. »"
    doc = segment(text)
    a, b = doc.sentences[0].quotes[0]
    assert text[a:b].strip() == "Nous signons. Nous investirons aussi."


def it_keeps_offsets_in_code_points_of_the_text() -> None:
    text = "Émile a dit « oui ».\n\nL’IA d’EDF 🚀 avance."
    doc = segment(text)
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
    assert [t.text for t in doc.sentences[1].tokens][:4] == ["L’", "IA", "d’", "EDF"]


def it_flags_headings_and_the_title() -> None:
    doc = segment("Un titre court\n\nUn paragraphe qui se termine.\n\nUn intertitre\n\nSuite.")
    assert [s.heading for s in doc.sentences] == [True, False, True, False]
