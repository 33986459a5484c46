"""The note model: ids, paragraphs, anchors and validation."""

from __future__ import annotations

from briefing_app.app.textmap import TextMap
from briefing_app.domain.anchors import locate, make_anchor
from briefing_app.domain.article import ParagraphIndex, normalise_text, split_paragraphs
from briefing_app.domain.ids import new_id, slugify
from briefing_app.domain.model import Actor, Claim, Note, Relationship, Risk, Source
from briefing_app.domain.validation import is_valid, validate


def it_makes_readable_unique_ids():
    assert slugify("Patrick Pouyanné") == "patrick-pouyanne"
    assert new_id("actors", {"mistral-ai"}, "Mistral AI") == "mistral-ai-2"
    assert new_id("claims", {"c1", "c2"}) == "c3"
    assert new_id("relationships", set()) == "rel1"


def it_splits_paragraphs_and_flags_headings():
    text = normalise_text("Premier paragraphe.\r\n\r\n\r\nUn enjeu européen\n\nSuite, ici.  \n")
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == [
        "Premier paragraphe.",
        "Un enjeu européen",
        "Suite, ici.",
    ]
    assert [p.heading for p in paragraphs] == [False, True, False]
    assert all(text[p.start : p.end] == p.text for p in paragraphs)
    assert ParagraphIndex(paragraphs).number(text.index("Suite")) == 3


def it_anchors_with_context_and_finds_a_moved_quote():
    text = "x" * 50 + " Le PDG annonce un accord. " + "y" * 50
    start = text.index("Le PDG")
    anchor = make_anchor("s1", text, start - 1, start + 25)  # white space is trimmed
    assert anchor.exact == "Le PDG annonce un accord."
    assert len(anchor.prefix) == 32 and len(anchor.suffix) == 32
    moved = "Nouveau début. " + text
    assert locate(anchor, moved) == (anchor.start + 15, anchor.end + 15)
    assert locate(anchor, "rien à voir") is None


def it_maps_code_points_to_utf16_units_and_back():
    text = "A😀b\n\nc😀😀d"
    tm = TextMap(split_paragraphs(text))
    assert tm.view_position(text.index("b")) == 3  # 😀 takes two UTF-16 units
    assert tm.view_position(text.index("d")) == 5 + 5  # block 2 starts at 5
    for offset in range(len(text) + 1):
        if text[offset : offset + 1] != "\n" or text[offset - 1 : offset] != "\n":
            assert tm.offset_of_view_position(tm.view_position(offset)) == offset


def valid_note() -> Note:
    text = "TotalEnergies et Mistral AI annoncent un partenariat."
    return Note(
        sources=[Source(id="s1", text=text)],
        actors=[
            Actor(
                id="te",
                name="TotalEnergies",
                kind="company",
                evidence=[make_anchor("s1", text, 0, 13)],
            ),
            Actor(id="m", name="Mistral AI", kind="company"),
        ],
        claims=[Claim(id="c1", statement="x", speaker="te")],
        risks=[Risk(id="r1", category="ownership", affects=["m"], likelihood=2, impact=5)],
        relationships=[Relationship(id="rel1", source="te", target="m", kind="partnership")],
    )


def it_accepts_a_valid_note():
    assert validate(valid_note()) == []


def it_reports_every_problem_with_its_path():
    note = valid_note()
    note.claims[0].speaker = "ghost"
    note.claims[0].credibility = 7
    note.risks[0].likelihood = 9
    note.risks[0].category = "weather"
    note.relationships[0].target = ""
    note.actors.append(Actor(id="te", name="Dup"))
    note.actors[0].evidence[0].end = 999
    paths = {p.path for p in validate(note)}
    assert {
        "claims[0].speaker",
        "claims[0].credibility",
        "risks[0].likelihood",
        "risks[0].category",
        "relationships[0].target",
        "actors[2].id",
        "actors[0].evidence[0]",
    } <= paths
    assert not is_valid(note)


def it_warns_when_a_quote_moved_but_stays_valid():
    note = valid_note()
    note.sources[0].text = "Hier, " + note.sources[0].text
    problems = validate(note)
    assert [p.severity for p in problems] == ["warning"] and is_valid(note)
