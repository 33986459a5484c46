"""Plain-text articles in several encodings, and the checks shared by every reader."""

from __future__ import annotations

import pytest

from briefing_app.formats import articles
from briefing_app.formats.articles import (
    READERS,
    ArticleError,
    article_from_text,
    read_article,
    read_article_bytes,
)

TEXT = (
    "Énergie : l'État préfère la sobriété\n\n"
    "Le ministre a annoncé jeudi que les bâtiments publics réduiraient leur consommation "
    "d'électricité de 10 % d'ici à l'été, « sans toucher au confort des agents »."
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16-le"),  # Python writes a little-endian BOM
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def it_decodes_every_supported_encoding_with_accents_intact(tmp_path, data, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    doc = read_article(path)
    assert doc.text == TEXT
    assert doc.encoding == encoding
    assert (doc.title, doc.language, doc.file) == (
        "Énergie : l'État préfère la sobriété",
        "fr",
        "article.txt",
    )
    assert doc.warnings == []


def it_keeps_windows_line_ends_and_extra_blank_lines_out_of_the_canonical_text():
    raw = "Titre\r\n\r\n\r\n  Premier paragraphe,\r\nsur deux lignes.   \r\n\r\nFin."
    doc = read_article_bytes(raw.encode("cp1252"), "a.txt")
    assert doc.text == "Titre\n\nPremier paragraphe,\nsur deux lignes.\n\nFin."


def it_reports_doubly_encoded_text():
    garbled = TEXT.encode("utf-8").decode("cp1252").encode("utf-8")
    doc = read_article_bytes(garbled, "garbled.txt")
    assert "Ã©" in doc.text  # the text is kept as it is, but the analyst is told
    assert len(doc.warnings) == 1
    assert "garbled.txt looks doubly encoded" in doc.warnings[0]


def it_reads_a_date_line_and_a_date_in_the_opening_lines():
    doc = read_article_bytes(b"date 2025-08-21\nTitre\n\nTexte du jour.", "a.txt")
    assert (doc.published, doc.text) == ("2025-08-21", "Titre\n\nTexte du jour.")
    doc = read_article_bytes("Titre\n\nPublié le 3 février 2024.\n\nTexte.".encode(), "b.txt")
    assert doc.published == "2024-02-03"


def it_builds_an_article_from_clipboard_text():
    doc = article_from_text("  Copied title\n\n\nThe board said that it was not told.\n")
    assert doc.text == "Copied title\n\nThe board said that it was not told."
    assert doc.title == "Copied title"


def it_guesses_the_title_from_the_first_sentence_when_there_is_no_heading():
    doc = article_from_text(
        "The regulator opened an inquiry into the merger on Monday. It will report in June."
    )
    assert doc.title == "The regulator opened an inquiry into the merger on Monday."
    assert doc.language == "en"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "is a binary file"),
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \r\n\t\n", "is empty"),
        ("blank.md", b"\n\n", "is empty"),
        ("blank.html", b"   ", "is empty"),
        ("controls.txt", bytes(range(1, 32)) * 10, "is a binary file"),
        ("article.odt", b"PK\x03\x04", "files of type .odt cannot be opened"),
        ("README", b"text", r"files of type \(none\) cannot be opened"),
    ],
)
def it_refuses_bad_input_with_a_message_naming_the_file(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=f"{name}.*{reason}"):
        read_article(path)


def it_refuses_a_file_over_20_mb(tmp_path, monkeypatch):
    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 1001)
    with pytest.raises(ArticleError, match="huge.txt .* over 20 MB are refused"):
        read_article(path)


def it_refuses_a_real_file_over_20_mb_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:
        f.truncate(21 * 2**20)  # sparse: costs no disk space
    with pytest.raises(ArticleError, match="huge.html is 21 MB"):
        read_article(path)


def it_refuses_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(ArticleError, match="Cannot read .*absent.txt"):
        read_article(tmp_path / "absent.txt")
    (tmp_path / "dossier.txt").mkdir()
    with pytest.raises(ArticleError, match="dossier.txt is a folder"):
        read_article(tmp_path / "dossier.txt")


def it_registers_a_reader_for_every_promised_format():
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} <= set(READERS)
    import importlib

    for module in set(READERS.values()):
        assert callable(importlib.import_module(f"briefing_app.formats.readers.{module}").read)


def it_composes_accents_and_drops_invisible_characters():
    raw = (
        "Le ministe\u0300re a\u0300 Paris\u00ad : une coope\u0301ration\u200b ef\ufb01cace.\x0cFin."
    )
    doc = article_from_text(raw)
    assert doc.text == "Le ministère à Paris : une coopération efficace.\n\nFin."


def it_does_not_take_a_date_from_the_body_for_the_publication_date():
    body = "Titre\n\nLe 3 juin 2024, l'entreprise a annoncé un accord avec ses partenaires."
    assert read_article_bytes(body.encode(), "a.txt").published == ""
    dated = "Titre\n\nMis à jour le 12/03/2025 à 10h\n\n" + body
    assert read_article_bytes(dated.encode(), "a.txt").published == "2025-03-12"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def it_decodes_utf16_without_a_byte_order_mark(codec):
    doc = read_article_bytes(TEXT.encode(codec), "sans-bom.txt")
    assert (doc.text, doc.encoding) == (TEXT, codec)


def it_repairs_doubly_encoded_text_on_request():
    from briefing_app.formats.articles import repair_mojibake

    garbled = TEXT.encode("utf-8").decode("cp1252")
    assert garbled != TEXT and repair_mojibake(garbled) == TEXT
    mixed = "Déjà vu : l’Ã©tÃ© 🚀 « chaud » – Ã\u00a0 Paris"
    assert repair_mojibake(mixed) == "Déjà vu : l’été 🚀 « chaud » – à Paris"
    assert repair_mojibake(TEXT) == TEXT  # correct text is left alone


def it_takes_each_long_line_as_a_paragraph_when_there_is_no_blank_line():
    copied = (
        "Le port change de mains\n"
        "Le port autonome a été cédé vendredi à un armateur étranger, pour un montant qui n'a pas"
        " été dévoilé par les parties.\n"
        "Les dockers ont voté une grève de vingt-quatre heures pour lundi prochain, selon leur"
        " syndicat majoritaire.\n"
    )
    doc = article_from_text(copied)
    assert doc.text.count("\n\n") == 2 and "\n\nLes dockers" in doc.text
    wrapped = "Un courriel coupé à la main\npar son logiciel, ligne après ligne,\ncomme autrefois."
    assert article_from_text(wrapped).text == wrapped
