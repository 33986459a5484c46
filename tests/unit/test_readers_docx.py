"""Word articles: paragraphs, headings, tables and core properties; damaged files refused."""

from __future__ import annotations

import copy
import datetime
import io
import zipfile

import docx
import docx.enum.style
import pytest
from docx.oxml.ns import qn

from briefing_app.domain.article import split_paragraphs
from briefing_app.formats.articles import ArticleError, read_article, read_article_bytes


def word_article() -> docx.Document:
    d = docx.Document()
    props = d.core_properties
    props.title = "Rachat d'un éditeur de logiciels"
    props.author = "Inès Durand"
    props.created = datetime.datetime(2025, 9, 30, 10, 0)
    d.add_heading("Un éditeur français passe sous pavillon américain", level=1)
    p = d.add_paragraph("Le fonds ")
    p.add_run("Northbridge").bold = True
    p.add_run(" a racheté l’éditeur lyonnais\u00a0: une opération de 300 millions d'euros.")
    d.add_paragraph("")  # empty paragraphs are skipped
    d.add_heading("Réactions", level=2)
    q = d.add_paragraph("Le ministre a jugé l'opération « préoccupante ».")
    q.add_run().add_break()
    q.add_run("Il demande un examen approfondi.")
    table = d.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Acheteur", "Montant"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Northbridge", "300 M€"
    d.add_paragraph("Les salariés seront reçus par la direction la semaine prochaine.")
    return d


def save(d: docx.Document) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def it_reads_paragraphs_headings_and_properties(tmp_path):
    path = tmp_path / "rachat.docx"
    word_article().save(path)
    doc = read_article(path)
    paragraphs = split_paragraphs(doc.text, doc.headings)
    assert [(p.text, p.heading) for p in paragraphs] == [
        ("Un éditeur français passe sous pavillon américain", True),
        (
            "Le fonds Northbridge a racheté l’éditeur lyonnais\u00a0: une opération de 300 millions"
            " d'euros.",
            False,
        ),  # fmt: skip
        ("Réactions", True),
        (
            "Le ministre a jugé l'opération « préoccupante ».\nIl demande un examen approfondi.",
            False,
        ),  # fmt: skip
        ("Acheteur | Montant", False),
        ("Northbridge | 300 M€", False),
        ("Les salariés seront reçus par la direction la semaine prochaine.", False),
    ]
    assert (doc.title, doc.author, doc.published) == (
        "Rachat d'un éditeur de logiciels",
        "Inès Durand",
        "2025-09-30",
    )
    assert (doc.language, doc.file) == ("fr", "rachat.docx")


def it_keeps_tracked_insertions_and_drops_deletions():
    d = docx.Document()
    d.add_paragraph("Le texte final dit oui.")
    p = d.paragraphs[0]._p
    run = p.findall(qn("w:r"))[0]
    ins, dele = p.makeelement(qn("w:ins"), {}), p.makeelement(qn("w:del"), {})
    new_run = copy.deepcopy(run)
    new_run.find(qn("w:t")).text = " Ajouté en révision."
    ins.append(new_run)
    old_run = copy.deepcopy(run)
    t = old_run.find(qn("w:t"))
    t.tag = qn("w:delText")
    t.text = " Supprimé."
    dele.append(old_run)
    p.append(ins)
    p.append(dele)
    doc = read_article_bytes(save(d), "revu.docx")
    assert doc.text == "Le texte final dit oui. Ajouté en révision."


def it_takes_the_title_from_the_first_heading_when_properties_have_none():
    d = word_article()
    d.core_properties.title = ""
    doc = read_article_bytes(save(d), "rachat.docx")
    assert doc.title == "Un éditeur français passe sous pavillon américain"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 truncated zip" + bytes(50), "damaged Word file .*incomplete"),
        (b"Juste du texte, pas un document Word.", "not a Word .docx file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "password-protected or an old .doc"),
    ],
)
def it_refuses_files_that_are_not_word_documents(data, reason):
    with pytest.raises(ArticleError, match=f"bad.docx .*{reason}"):
        read_article_bytes(data, "bad.docx")


def it_refuses_a_zip_without_a_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "bonjour")
    with pytest.raises(ArticleError, match="bad.docx is a damaged Word file"):
        read_article_bytes(buf.getvalue(), "bad.docx")


def it_refuses_an_empty_word_document():
    with pytest.raises(ArticleError, match="vide.docx has no text"):
        read_article_bytes(save(docx.Document()), "vide.docx")


def it_finds_headings_by_french_style_names_and_outline_levels():
    d = docx.Document()
    titre = d.styles.add_style("Titre article", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Un titre dans un style maison", style=titre)
    d.add_paragraph("Le corps de l'article commence ici, avec une phrase complète.")
    p = d.add_paragraph("Intertitre par niveau hiérarchique")
    p._p.get_or_add_pPr().append(p._p.makeelement(qn("w:outlineLvl"), {qn("w:val"): "1"}))
    d.add_paragraph("Et la suite du texte, qui n'est pas un titre du tout.")
    doc = read_article_bytes(save(d), "styles.docx")
    assert doc.headings == [0, 2]
    assert doc.title == "Un titre dans un style maison"
    assert (doc.author, doc.published) == ("", "")  # python-docx's template placeholders
