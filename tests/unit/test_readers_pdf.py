"""PDF articles: reading order, reflowed paragraphs, hyphenation, headers and footers dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.article import split_paragraphs
from briefing_app.formats.articles import ArticleError, read_article, read_article_bytes

DATA = Path(__file__).parent.parent / "data" / "articles"


def minimal_pdf(pages: list[list[tuple]], size: float = 11) -> bytes:
    """A PDF whose pages show (x, y, text[, size]) lines in Helvetica, WinAnsi-encoded."""
    objects: list[bytes] = []
    kids = []
    for n, lines in enumerate(pages):
        ops = []
        for x, y, text, *font_size in lines:
            escaped = text.encode("cp1252").replace(b"\\", b"\\\\")
            escaped = escaped.replace(b"(", b"\\(").replace(b")", b"\\)")
            points = font_size[0] if font_size else size
            ops.append(b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (points, x, y, escaped))
        stream = b"\n".join(ops)
        content_id = 4 + 2 * n
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % content_id
        )
        kids.append(b"%d 0 R" % (content_id + 1))
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(head + objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1,
        xref,
    )
    return bytes(out)


def it_reads_a_word_processor_pdf_like_the_word_file_it_came_from():
    pdf = read_article(DATA / "reseaux-chaleur.fr.pdf")
    word = read_article(DATA / "reseaux-chaleur.fr.docx")
    assert pdf.text == word.text  # headers, page numbers and hyphens gone; paragraphs mended
    assert pdf.headings == word.headings == [0, 3, 7]
    assert "Page" not in pdf.text and "La Lettre de l'Énergie" not in pdf.text
    assert "délégations de service public" in pdf.text  # "déléga-/tions" joined
    assert "soixantaine de réseaux, fait valoir" in pdf.text  # cut by a page break
    assert (pdf.title, pdf.author, pdf.language) == (
        "Réseaux de chaleur : les collectivités reprennent la main",
        "Rédaction de La Lettre",
        "fr",
    )


def it_keeps_the_hyphen_of_compound_words_at_a_line_end():
    lines = [
        (72, 760, "Le ministre est venu jusque-"),
        (72, 746, "là pour voir le chantier, dit-"),
        (72, 732, "il, et le vice-"),
        (72, 718, "président a fait de même. Le finan-"),
        (72, 704, "cement est assuré jusqu'en 2027-"),
        (72, 690, "2028 par le fonds."),
    ]
    doc = read_article_bytes(minimal_pdf([lines]), "ligne.pdf")
    assert doc.text == (
        "Le ministre est venu jusque-là pour voir le chantier, dit-il, et le vice-président a fait"
        " de même. Le financement est assuré jusqu'en 2027-2028 par le fonds."
    )


def it_drops_repeated_headers_and_page_numbers_and_mends_split_paragraphs():
    def page(n, body):
        return [(72, 800, "Bulletin de veille n° 12"), *body, (290, 40, str(n))]

    pages = [
        page(1, [(72, 700, "Le premier paragraphe parle des réseaux et il continue"),
                 (72, 100, "sur la page suivante sans"), ]),
        page(2, [(72, 700, "s'arrêter, puis se termine ici."),
                 (72, 660, "Un deuxième paragraphe commence sur cette page et il"),
                 (72, 100, "va jusqu'au pied de la page, où la ligne est bien pleine."), ]),
        page(3, [(72, 700, "Ce paragraphe continue le précédent sans le dire."),
                 (72, 660, "Celui-ci commence après une phrase finie au haut."), ]),
        page(4, [(72, 700, "Le dernier paragraphe est court.")]),
    ]  # fmt: skip
    doc = read_article_bytes(minimal_pdf(pages), "veille.pdf")
    assert split_paragraphs(doc.text) and doc.text.split("\n\n") == [
        "Le premier paragraphe parle des réseaux et il continue sur la page suivante sans"
        " s'arrêter, puis se termine ici.",
        "Un deuxième paragraphe commence sur cette page et il va jusqu'au pied de la page, où la"
        " ligne est bien pleine. Ce paragraphe continue le précédent sans le dire.",
        "Celui-ci commence après une phrase finie au haut.",
        "Le dernier paragraphe est court.",
    ]


def it_refuses_an_encrypted_pdf():
    with pytest.raises(ArticleError, match="encrypted.pdf is protected by a password"):
        read_article(DATA / "encrypted.pdf")


def it_refuses_a_pdf_without_text():
    with pytest.raises(ArticleError, match="scan.pdf has no text layer"):
        read_article_bytes(minimal_pdf([[]]), "scan.pdf")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Ceci n'est pas un PDF mais du texte.", "not a PDF file"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "damaged PDF"),
    ],
)
def it_refuses_damaged_pdfs(data, reason):
    with pytest.raises(ArticleError, match=f"bad.pdf .*{reason}"):
        read_article_bytes(data, "bad.pdf")


def it_refuses_a_truncated_pdf():
    data = (DATA / "reseaux-chaleur.fr.pdf").read_bytes()
    with pytest.raises(ArticleError, match="cut.pdf"):
        read_article_bytes(data[: len(data) // 3], "cut.pdf")


def it_reads_one_article_alike_from_markdown_word_and_pdf():
    md = read_article(DATA / "cloud-souverain.fr.md")
    word = read_article(DATA / "cloud-souverain.fr.docx")  # made by pandoc
    pdf = read_article(DATA / "cloud-souverain.fr.pdf")  # made by LibreOffice from the .docx
    body = "\n\n".join(pdf.text.split("\n\n")[3:])  # after title, author and date paragraphs
    assert md.text.replace("'", "’") == body  # pandoc curled the apostrophes
    assert pdf.text == word.text + "\n\nRapport annuel sur l’état de la menace, février 2025."
    assert "rapport qui pointe" in pdf.text  # the raised note call "1" is gone
    assert "• " not in pdf.text
    assert "former les acheteurs publics aux enjeux de souveraineté." in pdf.text.split("\n\n")
    for doc in (md, word, pdf):
        assert doc.title.replace("'", "’") == (
            "Cybersécurité : l’ANSSI alerte sur les prestataires de cloud"
        )
        assert (doc.published, doc.language) == ("2025-02-18", "fr")
    assert word.author == pdf.author == md.author == "Service Veille"


def it_reads_two_columns_in_reading_order():
    two = read_article(DATA / "reseaux-chaleur.2col.fr.pdf")
    assert two.text == read_article(DATA / "reseaux-chaleur.fr.docx").text


def it_reads_a_pdf_whose_permissions_are_restricted_without_a_password():
    doc = read_article(DATA / "restricted.pdf")
    assert doc.text == read_article(DATA / "reseaux-chaleur.fr.docx").text


def it_drops_what_a_browser_prints_in_the_margins_of_a_single_page():
    lines = [
        (20, 830, "11/26/26, 1:08 AM"),
        (72, 700, "Le conseil municipal a voté le budget à l'unanimité mardi soir."),
        (20, 12, "https://journal.example/politique/budget-vote.html 1/1"),
    ]
    doc = read_article_bytes(minimal_pdf([lines]), "imprime.pdf")
    assert doc.text == "Le conseil municipal a voté le budget à l'unanimité mardi soir."


def it_finds_paragraphs_marked_only_by_a_first_line_indent():
    indented = read_article(DATA / "reseaux-chaleur.indent.fr.pdf")  # ragged, no spacing
    word = read_article(DATA / "reseaux-chaleur.fr.docx")
    assert (indented.text, indented.headings) == (word.text, word.headings)


def it_keeps_a_headline_that_the_running_header_repeats_in_small_type():
    title = "Le port change de mains"
    body = "Le port a été cédé vendredi à un armateur étranger, pour un montant secret."
    pages = [[(72, 770, title, 20), (72, 600, body), (290, 40, "1")]] + [
        [(72, 815, title, 8), (72, 600, f"{body} Suite {n}."), (290, 40, str(n))] for n in (2, 3, 4)
    ]
    doc = read_article_bytes(minimal_pdf(pages), "port.pdf")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == title and doc.headings == [0]
    assert doc.text.count(title) == 1  # the small running copies are gone


def it_drops_a_headline_repeated_as_a_running_header_at_the_same_size():
    title = "Le port change de mains"
    pages = [[(72, 800, title), (72, 600, f"Paragraphe numéro {n} de l'article, assez long.")]
             for n in range(1, 4)]  # fmt: skip
    doc = read_article_bytes(minimal_pdf(pages), "trois.pdf")
    assert title not in doc.text
    assert doc.text.count("Paragraphe numéro") == 3
