"""Hostile text: XML-invalid characters, emoji, right-to-left and CJK text, long fields."""

from __future__ import annotations

import dataclasses
import re

import docx
import pytest
from docx.oxml.ns import qn
from test_export_fixtures import real_note

from briefing_app.domain.model import Note
from briefing_app.formats.export import export_note
from briefing_app.formats.sanitize import REPLACEMENT, clean_line, clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x00b", "ab"),  # NUL
        ("a\x0bb", "a\nb"),  # vertical tab: Word's manual line break
        ("a\x0cb", "a\nb"),  # form feed
        ("a\x1bb", "ab"),  # ESC
        ("a\x01\x02\x07\x08\x0e\x1f\x7fb", "ab"),  # other C0 controls, DEL
        ("a\ufffeb", "ab"),  # non-character U+FFFE
        ("a\uffffb", "ab"),  # non-character U+FFFF
        ("a\ud800b", f"a{REPLACEMENT}b"),  # lone high surrogate
        ("a\udc00b", f"a{REPLACEMENT}b"),  # lone low surrogate
        ("a\ud83d\ude80b", "a\U0001f680b"),  # a surrogate pair is joined into its character
        ("a\r\nb\rc", "a\nb\nc"),  # Windows and old Mac line ends
        ("a\u2028b\u2029c", "a\nb\nc"),  # Unicode line and paragraph separators
        ("tab\tstays", "tab\tstays"),
        ("é ü 中文 العربية 🚀", "é ü 中文 العربية 🚀"),  # ordinary text is untouched
        ("", ""),
    ],
)
def it_maps_or_removes_each_character_class(raw, expected):
    assert clean_text(raw) == expected
    cleaned = clean_text(raw)
    cleaned.encode("utf-8")  # never raises


def it_puts_a_field_on_one_line():
    assert clean_line("a\nb\x0bc") == "a b c"


HOSTILE = "x\x00\x0b\x0c\x1b\ufffe\uffff\ud800\udfff|*_`<b>#🚀 مرحبا 中文 y"


def _poison(obj) -> None:
    """Append hostile text to every text field of a dataclass tree."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name in ("schema", "id", "text", "source", "language", "exact"):
            continue
        if isinstance(value, str):
            setattr(obj, f.name, value + HOSTILE)
        elif isinstance(value, list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    _poison(item)


@pytest.fixture
def hostile_note() -> Note:
    note = real_note()
    _poison(note)
    note.claims[0].statement = "long " * 20000
    return note


def it_exports_hostile_text_in_every_field_to_word(tmp_path, hostile_note):
    out = tmp_path / "hostile.docx"
    export_note(hostile_note, out, annex=True)
    doc = docx.Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "🚀 مرحبا 中文" in text
    assert "\x00" not in doc.element.xml
    assert len(doc.tables[1].rows[1].cells[0].text) > 90_000


def it_exports_hostile_text_to_markdown(tmp_path, hostile_note):
    out = tmp_path / "hostile.md"
    export_note(hostile_note, out, annex=True)
    text = out.read_text(encoding="utf-8")
    assert "🚀 مرحبا 中文" in text
    assert "\x00" not in text and "\x1b" not in text
    assert "\\|" in text and "\\<b\\>" in text  # pipes and tags escaped
    blocks, current = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            current.append(len(re.findall(r"(?<!\\)\|", line)))
        elif current:
            blocks.append(current)
            current = []
    assert blocks and all(len(set(b)) == 1 for b in blocks)  # no row has extra columns


def _runs_with(doc, needle: str):
    return [r for r in doc.element.body.iter(qn("w:r")) if needle in "".join(r.itertext())]


def it_sets_the_east_asian_font_slot_and_right_to_left_runs(tmp_path):
    note = real_note()
    note.actors[0].name = "腾讯控股"
    note.actors[1].name = "شركة الاتصالات"
    note.actors[2].name = "ソフトバンク"
    note.title = "Emoji 🚀🇫🇷 et accents éèàç"
    out = tmp_path / "scripts.docx"
    export_note(note, out)
    doc = docx.Document(str(out))
    (cjk,) = _runs_with(doc, "腾讯控股")[:1]
    fonts = cjk.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) and fonts.get(qn("w:hint")) == "eastAsia"
    ja = _runs_with(doc, "ソフトバンク")[0].find(qn("w:rPr"))
    assert ja.find(qn("w:lang")).get(qn("w:eastAsia")) == "ja-JP"
    arabic = _runs_with(doc, "شركة الاتصالات")[0]
    assert arabic.find(qn("w:rPr")).find(qn("w:rtl")) is not None
    assert arabic.getparent().find(qn("w:pPr")).find(qn("w:bidi")) is not None
    assert "Emoji 🚀🇫🇷 et accents éèàç" in [p.text for p in doc.paragraphs]
