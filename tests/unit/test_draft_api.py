"""The draft assistant's interface: ids, anchors, fingerprints, rejections, no Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing_app.domain.anchors import anchor_matches
from briefing_app.domain.model import Actor, Claim, Note, Source
from briefing_app.domain.validation import validate
from briefing_app.domain.vocab import RELATIONSHIP_KINDS, RISK_CATEGORIES
from briefing_app.draft import apply_suggestions, fingerprint, suggest
from briefing_app.formats.articles import note_from_article, read_article
from briefing_app.paths import resource


@pytest.fixture
def note() -> Note:
    return note_from_article(read_article(resource("samples", "totalenergies-mistral-ai.fr.txt")))


def _items(suggestions):
    return [
        *suggestions.actors,
        *suggestions.claims,
        *suggestions.risks,
        *suggestions.relationships,
    ]


def it_suggests_items_whose_evidence_is_anchored_in_the_source(note) -> None:
    suggestions = suggest(note, "s1")
    text = note.sources[0].text
    assert suggestions.actors and suggestions.claims and suggestions.risks
    assert suggestions.relationships
    for item in _items(suggestions):
        assert item.evidence, item
        for anchor in item.evidence:
            assert anchor.source == "s1" and anchor_matches(anchor, text)


def it_gives_ids_unique_against_the_note(note) -> None:
    note.claims.append(Claim(id="c1", statement="Already there"))
    note.actors.append(Actor(id="nvidia", name="NVIDIA Corporation"))
    suggestions = suggest(note, "s1")
    ids = [item.id for item in _items(suggestions)]
    assert len(ids) == len(set(ids))
    assert not set(ids) & note.all_ids()


def it_leaves_the_note_untouched_and_apply_makes_a_valid_note(note) -> None:
    suggestions = suggest(note, "s1")
    assert not note.actors and not note.claims
    apply_suggestions(note, suggestions)
    errors = [p for p in validate(note) if p.severity == "error"]
    assert errors == []
    assert all(r.category in RISK_CATEGORIES for r in note.risks)
    assert all(r.kind in RELATIONSHIP_KINDS for r in note.relationships)
    actor_ids = {a.id for a in note.actors}
    for claim in note.claims:
        assert claim.speaker == "" or claim.speaker in actor_ids


def it_names_the_speaker_of_reported_speech(note) -> None:
    claims = suggest(note, "s1").claims
    reticent = next(c for c in claims if "réticent" in c.statement)
    assert reticent.speaker == "patrick-pouyanne"
    quote = next(c for c in claims if "nous permettra" in c.statement)
    assert quote.speaker == "patrick-pouyanne"


def it_gives_the_same_fingerprints_on_every_run(note) -> None:
    first = [fingerprint(i) for i in _items(suggest(note, "s1"))]
    second = [fingerprint(i) for i in _items(suggest(note, "s1"))]
    assert first == second and len(set(first)) == len(first)


def it_does_not_propose_rejected_suggestions_again(note) -> None:
    suggestions = suggest(note, "s1")
    rejected = {fingerprint(suggestions.claims[0]), fingerprint(suggestions.risks[0])}
    rejected.add(fingerprint(next(a for a in suggestions.actors if a.name == "Nvidia")))
    again = suggest(note, "s1", rejected=rejected)
    assert {fingerprint(i) for i in _items(again)}.isdisjoint(rejected)
    assert all(a.name != "Nvidia" for a in again.actors)
    actor_ids = {a.id for a in again.actors}
    for rel in again.relationships:
        assert rel.source in actor_ids and rel.target in actor_ids


def it_does_not_propose_what_the_note_already_holds(note) -> None:
    apply_suggestions(note, suggest(note, "s1"))
    assert len(suggest(note, "s1")) == 0


def it_refuses_an_unknown_source(note) -> None:
    with pytest.raises(KeyError):
        suggest(note, "s9")


def it_copes_with_texts_that_hold_nothing() -> None:
    for text in ("", "   ", "12 345.", "« »", "???", "a" * 5000):
        note = Note(sources=[Source(id="s1", text=text)])
        assert len(suggest(note, "s1")) == 0


def it_survives_odd_texts_in_reasonable_time() -> None:
    import random
    import time

    rng = random.Random(3)
    words = ["Alpha", "Beta", "Le", "La", "Et", "De", "Alpha.", "Beta,", "«", "»", "M.", "U.S."]
    texts = [
        " ".join(rng.choice(words) for _ in range(5000)),
        "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(5000)),
        ", ".join(rng.choice("ABCDEFGH") + "xyz" + str(n) for n in range(2000)),
        "L’ " * 2000 + "D’EDF",
    ]
    for text in texts:
        note = Note(sources=[Source(id="s1", text=text)])
        start = time.perf_counter()
        suggestions = suggest(note, "s1")
        assert time.perf_counter() - start < 10
        apply_suggestions(note, suggestions)
        assert [p for p in validate(note) if p.severity == "error"] == []


def it_takes_extra_words_from_the_analyst() -> None:
    text = "Le groupe Kappa a confié ses données à Zorbex. Cette hypothèque numérique est neuve."
    note = Note(sources=[Source(id="s1", text=text, language="fr")])

    def passages(s) -> list[str]:
        return [e.exact for r in s.risks for e in r.evidence if "hypothèque" in e.exact]

    assert passages(suggest(note, "s1")) == []
    extra = {"risk_cues": {"technology": {"hypothèque numérique": 3}}}
    more = suggest(note, "s1", extra_lexicon=extra)
    assert passages(more) == ["Cette hypothèque numérique est neuve."]


def it_imports_neither_qt_nor_yaml_until_used() -> None:
    code = (
        "import sys, briefing_app.draft as d; "
        "assert 'yaml' not in sys.modules and 'briefing_app.draft.pipeline' not in sys.modules; "
        "from briefing_app.domain.model import Note, Source; "
        "d.suggest(Note(sources=[Source(id='s1', text='Nvidia a signé avec Airbus.')]), 's1'); "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
