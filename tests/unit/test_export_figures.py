"""Pictures from the editor, the annex, and PDF export through LibreOffice."""

from __future__ import annotations

import struct
import zlib

import docx
import pytest
from test_export_fixtures import real_note

from briefing_app.errors import BriefingError
from briefing_app.formats import export
from briefing_app.formats.export import export_note


def _png(width: int = 4, height: int = 3) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xcc\x22\x22" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def it_places_the_given_pictures_instead_of_the_native_matrix(tmp_path):
    out = tmp_path / "n.docx"
    export_note(real_note(), out, figures={"risk_matrix": _png(), "link_chart": _png()})
    doc = docx.Document(str(out))
    assert len(doc.inline_shapes) == 2
    assert len(doc.tables) == 4  # actors, claims, risks, relationships: no matrix table
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    assert len(captions) == 2


def it_omits_the_link_chart_without_a_picture(tmp_path):
    out = tmp_path / "n.docx"
    export_note(real_note(), out)
    doc = docx.Document(str(out))
    assert len(doc.inline_shapes) == 0
    assert "Carte des liens" not in [p.text for p in doc.paragraphs]


def it_warns_and_goes_on_when_a_picture_is_broken(tmp_path):
    out = tmp_path / "n.docx"
    warnings = export_note(real_note(), out, figures={"link_chart": b"not a png"})
    assert warnings and "link chart" in warnings[0]
    assert out.exists()


def it_adds_an_annex_with_numbered_paragraphs(tmp_path):
    out = tmp_path / "n.docx"
    export_note(real_note(), out, annex=True)
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    annex = paragraphs.index("Annexe\u00a0: texte intégral des sources")
    numbered = [p for p in paragraphs[annex:] if p.startswith("¶")]
    assert numbered[0].startswith("¶1\t") and len(numbered) == 12


def it_says_clearly_when_libreoffice_is_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "find_soffice", lambda: None)
    with pytest.raises(BriefingError, match="LibreOffice"):
        export_note(real_note(), tmp_path / "n.pdf")
    assert not (tmp_path / "n.pdf").exists()


@pytest.mark.skipif(export.find_soffice() is None, reason="LibreOffice is not installed")
def it_converts_to_pdf_with_libreoffice(tmp_path):
    out = tmp_path / "n.pdf"
    export_note(real_note(), out)
    assert out.read_bytes().startswith(b"%PDF")


def it_shrinks_a_tall_picture_to_fit_the_page(tmp_path):
    out = tmp_path / "n.docx"
    export_note(real_note(), out, figures={"link_chart": _png(4, 100)})
    doc = docx.Document(str(out))
    section = doc.sections[0]
    (shape,) = doc.inline_shapes
    text_height = section.page_height - section.top_margin - section.bottom_margin
    assert shape.height <= text_height * 0.61
    assert abs(shape.width / shape.height - 4 / 100) < 0.01
