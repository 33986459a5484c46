"""Re-importing a revised article keeps the analyst's evidence where it belongs."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Claim, Note
from briefing_app.domain.reattach import replace_source_text
from briefing_app.formats.articles import make_source, read_article, read_article_bytes

DATA = Path(__file__).parent.parent / "data" / "articles"
QUOTES = [
    "la reprise en régie a permis de baisser la facture moyenne de 9 %",  # edited in v2
    "les autorités délégantes n'exercent qu'un contrôle très partiel",
    "Le fonds chaleur, géré par l'agence de la transition écologique",  # paragraph deleted
    "Trois nouvelles métropoles doivent se prononcer avant la fin de l'année",
]


def note_on(text: str) -> Note:
    claims = []
    for i, quote in enumerate(QUOTES):
        start = text.index(quote)
        anchor = make_anchor("s1", text, start, start + len(quote))
        claims.append(Claim(id=f"c{i + 1}", evidence=[anchor]))
    source = make_source(read_article(DATA / "reseaux-chaleur.fr.docx"), "s1")
    return Note(sources=[source], claims=claims)


def revised_word_file() -> bytes:
    d = docx.Document(DATA / "reseaux-chaleur.fr.docx")
    body = d.paragraphs
    body[1].insert_paragraph_before(
        "Mise à jour : la métropole de l’Ouest a répondu à nos questions."
    )
    for p in d.paragraphs:
        if "9 %" in p.text:
            for run in p.runs:
                run.text = run.text.replace("9 %", "11 %")
        if p.text.startswith("Le gouvernement observe"):
            p._p.getparent().remove(p._p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def it_keeps_anchors_through_a_revised_word_file():
    original = read_article(DATA / "reseaux-chaleur.fr.docx").text
    note = note_on(original)
    revised = read_article_bytes(revised_word_file(), "reseaux-chaleur-v2.docx").text
    orphans = replace_source_text(note, "s1", revised)
    anchors = [c.evidence[0] for c in note.claims]
    assert [i for i, _ in orphans] == ["c3"]  # its paragraph is gone; kept, flagged
    assert anchors[0].exact == "la reprise en régie a permis de baisser la facture moyenne de 11 %"
    for a in anchors[:2] + anchors[3:]:
        assert revised[a.start : a.end] == a.exact and not a.orphaned
    assert anchors[3].exact == QUOTES[3]


def it_moves_anchors_from_the_word_text_to_the_pdf_text_of_the_same_article():
    original = read_article(DATA / "reseaux-chaleur.fr.docx").text
    note = note_on(original)
    pdf_text = read_article(DATA / "reseaux-chaleur.2col.fr.pdf").text + "\n\nAnnexe."
    assert replace_source_text(note, "s1", "Avant-propos.\n\n" + pdf_text) == []
