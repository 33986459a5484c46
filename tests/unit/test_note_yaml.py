"""Note files: round trip, string-typed scalars, clear errors."""

from __future__ import annotations

import pytest

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Actor, Claim, Note, Relationship, Risk, Source
from briefing_app.formats.note_yaml import NoteFormatError, dump_note, load_note, save_note

TEXT = "Le 12 juin, l'Énergéticien a annoncé un partenariat.\n\nDeuxième paragraphe: « no »."


def make_note() -> Note:
    src = Source(id="s1", title="Été 2025", published="2025-08-21", text=TEXT)
    anchor = make_anchor("s1", TEXT, 13, 27)
    return Note(
        title="Énergie et IA : « souveraineté »",
        created="2026-11-25",
        bluf="no",
        sources=[src],
        actors=[
            Actor(
                id="energeticien",
                name="L'Énergéticien",
                kind="company",
                aliases=["yes", "2024-02"],
                evidence=[anchor],
            )
        ],
        claims=[
            Claim(
                id="c1",
                statement="on",
                speaker="energeticien",
                credibility=2,
                reliability="B",
                evidence=[anchor],
            )
        ],
        risks=[
            Risk(
                id="r1",
                title="Capital",
                category="ownership",
                likelihood=3,
                impact=4,
                affects=["energeticien"],
            )
        ],
        relationships=[
            Relationship(id="rel1", source="energeticien", target="energeticien", since="2024-02")
        ],
    )


def it_round_trips_a_note_with_accents_and_date_like_strings(tmp_path):
    note = make_note()
    path = tmp_path / "n.briefing.yaml"
    save_note(note, path)
    assert load_note(path) == note
    raw = path.read_text(encoding="utf-8")
    assert "Énergie et IA : « souveraineté »" in raw  # accents written as themselves
    assert "&id" not in raw and "*id" not in raw


def it_keeps_unknown_fields(tmp_path):
    path = tmp_path / "n.briefing.yaml"
    path.write_text(dump_note(make_note()) + "future_field: {a: 1}\n", encoding="utf-8")
    note = load_note(path)
    assert note.extra == {"future_field": {"a": 1}}
    save_note(note, path)
    assert "future_field" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("schema: briefing-note/9\n", "schema 'briefing-note/9'"),
        ("- a\n- b\n", "not a briefing note"),
        ("schema: briefing-note/1\nactors: {a: 1}\n", "actors: expected a list"),
        ("schema: briefing-note/1\nrisks: [{id: r1, likelihood: high}]\n", "risks[0].likelihood"),
        ("schema: briefing-note/1\ntitle: [a, b]\n", "title: expected text"),
        ("schema: briefing-note/1\na: &x [1]\nb: *x\n", "aliases"),
        ("schema: briefing-note/1\ntitle: 'unterminated\n", "line"),
        ("schema: briefing-note/1\nx: !!python/object:os.system {}\n", "cannot be read"),
    ],
)
def it_refuses_bad_files_with_a_clear_message(tmp_path, content, expected):
    path = tmp_path / "bad.briefing.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NoteFormatError, match=None) as info:
        load_note(path)
    assert expected in str(info.value)


def it_refuses_binary_and_non_utf8(tmp_path):
    binary = tmp_path / "b.briefing.yaml"
    binary.write_bytes(b"\x00\x01\x02schema")
    latin = tmp_path / "l.briefing.yaml"
    latin.write_bytes("schema: briefing-note/1\ntitle: é\n".encode("latin-1"))
    with pytest.raises(NoteFormatError, match="binary"):
        load_note(binary)
    with pytest.raises(NoteFormatError, match="UTF-8"):
        load_note(latin)


def it_keeps_unknown_keys_inside_anchors(tmp_path):
    path = tmp_path / "n.briefing.yaml"
    path.write_text(
        "schema: briefing-note/1\nsources: [{id: s1, text: Bonjour le monde}]\n"
        "claims: [{id: c1, evidence: [{source: s1, start: 0, end: 7, exact: Bonjour,"
        " selector_v2: {kind: css}}]}]\n",
        encoding="utf-8",
    )
    note = load_note(path)
    assert note.claims[0].evidence[0].extra == {"selector_v2": {"kind": "css"}}
    save_note(note, path)
    assert load_note(path) == note and "selector_v2" in path.read_text(encoding="utf-8")
