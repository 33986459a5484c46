"""Saved web pages: main text only, metadata from the page, nothing fetched."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from briefing_app.domain.article import split_paragraphs
from briefing_app.formats.articles import ArticleError, read_article, read_article_bytes

DATA = Path(__file__).parent.parent / "data" / "articles"


def read_html(html: str, name: str = "page.html", encoding: str = "utf-8"):
    return read_article_bytes(html.encode(encoding), name)


def it_reads_the_article_of_a_saved_news_page(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the reader opened a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    doc = read_article(DATA / "saved-page.fr.html")
    paragraphs = split_paragraphs(doc.text, doc.headings)
    assert paragraphs[0].text == "Les coopératives laitières misent sur le solaire"
    assert [p.text for p in paragraphs if p.heading] == [
        "Les coopératives laitières misent sur le solaire",
        "Un financement partagé",
    ]
    assert "l’énergie produite ici serve d’abord aux éleveurs" in doc.text
    assert "12 millions d'euros." in doc.text
    assert "a déclaré Hélène Martin, présidente" in doc.text  # link text kept inline
    assert "financement\u00a0; le reste" in doc.text  # no-break space kept
    assert "banque mutualiste" in doc.text  # source line breaks are spaces
    assert "mutualiste, qui détient" in doc.text
    for junk in ("cookies", "Tout accepter", "Économie", "Partager", "Lire aussi", "Photo DR",
                 "Commentaires", "Super article", "Abonnez-vous", "Tous droits", "tracking",
                 "font-family", "commentaire ne doit", "éoliennes", "énergie\n\nlait"):  # fmt: skip
        assert junk not in doc.text, junk
    assert (doc.title, doc.published, doc.author, doc.publisher) == (
        "Les coopératives laitières misent sur le solaire",
        "2025-03-14",
        "Camille Ferrand",
        "La Gazette du Plateau",
    )
    assert doc.url == "https://gazette.example/economie/cooperatives-solaire"
    assert (doc.language, doc.encoding, doc.file) == ("fr", "utf-8", "saved-page.fr.html")


def it_keeps_a_br_as_a_line_break_inside_the_paragraph():
    doc = read_article(DATA / "saved-page.fr.html")
    assert "coopératives.\nLes travaux doivent commencer" in doc.text


PLAIN = """<html><head><title>Grid operator warns of winter shortfall | Daily Ledger</title>
<meta name="date" content="2024-11-02"></head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="content"><div class="story">
<p>The national grid operator warned on Tuesday that the country could face electricity
shortfalls this winter if two ageing reactors are not restarted on time.</p>
<p>The operator said that imports from neighbouring countries would cover most of the gap,
but that prices were likely to rise for households and for industry.</p>
<p>Its chief executive told reporters that the company had been warning the government for
over a year and that the situation was now urgent.</p>
</div></div>
<div class="sidebar"><p>Most read: ten things to do this weekend in the city centre with
children.</p></div>
</body></html>"""


def it_finds_the_main_text_of_a_page_without_article_markup():
    doc = read_html(PLAIN)
    paragraphs = split_paragraphs(doc.text, doc.headings)
    assert doc.title == "Grid operator warns of winter shortfall"
    assert paragraphs[0].text == doc.title and paragraphs[0].heading
    assert len(paragraphs) == 4
    assert "electricity shortfalls this winter" in doc.text
    assert "Most read" not in doc.text and "Home" not in doc.text
    assert (doc.language, doc.published) == ("en", "2024-11-02")


def it_decodes_a_page_by_its_declared_charset():
    html = PLAIN.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "The national", "Le réseau national"
    )
    doc = read_html(html, encoding="cp1252")
    assert "Le réseau national" in doc.text
    assert doc.encoding == "windows-1252"


def it_recovers_the_text_of_broken_html():
    html = "<html><body><div><p>Un paragraphe sans fin <b>gras <i>et italique</p><p>Un autre"
    html += " paragraphe, toujours ouvert, avec une suite de mots assez longue.</div></span>"
    doc = read_html(html)
    assert "Un paragraphe sans fin gras et italique" in doc.text
    assert "Un autre paragraphe, toujours ouvert" in doc.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Vide</title></head><body><nav><a href='/'>Accueil</a></nav></body>",
        "<html><body><script>var x = 'du texte';</script><!-- rien --></body></html>",
    ],
)
def it_refuses_a_page_without_article_text(html):
    with pytest.raises(ArticleError, match="page.html has no article text"):
        read_html(html)


def it_refuses_a_binary_file_named_html():
    with pytest.raises(ArticleError, match="page.html is a binary file"):
        read_article_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "page.html")


def it_takes_the_headline_and_standfirst_beside_the_article_body():
    doc = read_article(DATA / "news-site.fr.html")
    paragraphs = [p.text for p in split_paragraphs(doc.text, doc.headings)]
    assert paragraphs[0] == "Nucléaire : EDF relance le chantier de Penly malgré les surcoûts"
    assert paragraphs[1].startswith("Le groupe public a confirmé, jeudi 12 juin,")
    assert "Paul Lefèvre et Nadia Benali Publié le 12 juin 2025" in paragraphs[2]
    assert paragraphs[-1].endswith("il manquerait 10 000 soudeurs d'ici à 2030.")
    for junk in ("cookies", "Aller au contenu", "Politique", "S'abonner", "Partager", "AFP",
                 "Lire aussi", "prêt à taux zéro", "Publicité", "Il vous reste", "Réactions",
                 "Flamanville", "Mentions", "texte caché", "Services"):  # fmt: skip
        assert junk not in doc.text, junk
    assert (doc.author, doc.publisher, doc.published) == (
        "Paul Lefèvre, Nadia Benali",
        "Le Journal",
        "2025-06-12",
    )


def it_reads_paragraphs_written_as_divs_and_ignores_a_cookie_banner():
    doc = read_article(DATA / "wire-story.en.html")
    paragraphs = [p.text for p in split_paragraphs(doc.text, doc.headings)]
    assert paragraphs[0] == "Chipmaker agrees $2 bln takeover of French sensor firm"
    assert sum(p.startswith(("PARIS, Oct 8", "France's", "The French", '"We are')) for p in
               paragraphs) == 4  # fmt: skip
    for junk in ("cookies", "Business", "Read Next", "Markets rally", "Our Standards", "quotes"):
        assert junk not in doc.text, junk
    assert (doc.author, doc.published, doc.language) == ("Jane Smith", "2024-10-08", "en")


def it_builds_an_article_from_html_copied_in_a_browser():
    from briefing_app.formats.articles import article_from_html

    html = (
        "<html><body><!--StartFragment--><h2>Le rachat</h2><p>Le fonds a acquis <b>40 %</b>"
        " du capital.</p><style>p{}</style><p>Le&nbsp;ministre « s’inquiète ».</p>"
        "<!--EndFragment--></body></html>"
    )
    doc = article_from_html(html)
    assert doc.text.split("\n\n") == [
        "Le rachat",
        "Le fonds a acquis 40 % du capital.",
        "Le\u00a0ministre « s’inquiète ».",
    ]
    assert (doc.headings, doc.title, doc.file) == ([0], "Le rachat", "clipboard")


def it_reads_deeply_nested_pages():
    html = "<div>" * 400 + "<p>Un paragraphe enfoui très profondément dans la page.</p>"
    html += "</div>" * 400
    assert read_html(html).text == "Un paragraphe enfoui très profondément dans la page."


def it_refuses_an_absurdly_deep_page_cleanly_and_keeps_working():
    html = "<div>" * 100_000 + "<p>Un paragraphe perdu au fond de la page.</p>" + "</div>" * 100_000
    with pytest.raises(ArticleError, match="page.html has no article text"):
        read_html(html)  # libxml2 stops at its depth limit; no recursion error, no hang
    assert read_html("<p>Encore un paragraphe, lu sans encombre par la suite.</p>").text


def it_leaves_out_a_comment_thread_longer_than_the_article():
    comment = "<p>Je ne suis pas du tout d'accord avec cette analyse, elle oublie l'essentiel.</p>"
    html = (
        "<html><body><div class='story'><h1>Le port change de mains</h1>"
        "<p>Le port autonome a été cédé vendredi à un armateur, pour un montant non dévoilé.</p>"
        "<p>Les dockers ont voté une grève de vingt-quatre heures pour lundi prochain.</p></div>"
        f"<div id='comments' class='thread'>{comment * 12}</div></body></html>"
    )
    doc = read_html(html)
    assert "pas du tout d'accord" not in doc.text
    assert doc.text.endswith("grève de vingt-quatre heures pour lundi prochain.")


def it_keeps_an_article_body_whose_class_names_the_paywall():
    html = (
        "<html><body><h1>Les banques régionales fusionnent</h1><div class='post-paywall'>"
        "<p>Les deux banques régionales ont annoncé leur fusion, qui créera le troisième"
        " acteur.</p>"
        "<p>Les autorités de la concurrence devront se prononcer avant la fin de l'année.</p>"
        "</div><div class='paywall-banner'><p>Abonnez-vous pour lire la suite.</p></div>"
        "</body></html>"
    )
    doc = read_html(html)
    assert "troisième acteur" in doc.text and "fin de l'année." in doc.text
    assert "Abonnez-vous" not in doc.text


def it_reads_a_word_processor_web_page_like_the_word_file():
    page = read_article(DATA / "reseaux-chaleur.libreoffice.fr.html")  # running header/footer
    word = read_article(DATA / "reseaux-chaleur.fr.docx")
    assert (page.text, page.headings) == (word.text, word.headings)


def it_prefers_valid_utf8_to_a_wrong_declared_charset():
    html = PLAIN.replace("<head>", '<head><meta charset="iso-8859-1">').replace(
        "The national", "Le réseau national"
    )
    doc = read_html(html, encoding="utf-8")
    assert "Le réseau national" in doc.text and doc.encoding == "utf-8"
    assert doc.warnings == []
