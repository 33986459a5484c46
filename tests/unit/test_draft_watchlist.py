"""The analyst's watch-list and cue words reach the draft assistant."""

from __future__ import annotations

from briefing_app.domain.model import Note, Source
from briefing_app.draft import suggest
from briefing_app.draft.watchlist import extra_lexicon, parse_risk_cues, parse_watchlist

TEXT = (
    "Le fonds Oriane Capital détient désormais 30 % du capital de la start-up Quenta.\n\n"
    "Selon un analyste, cette dépendance au groupe Vostra crée une hypothèque numérique "
    "sur les choix techniques de Quenta."
)


def it_parses_lines_and_reports_problems():
    watch = parse_watchlist(
        "# my list\nVostra | company | de\nOriane Capital | investor\n| x\nZed | alien"
    )
    assert watch.data == {"Vostra": ["company", "DE"], "Oriane Capital": ["investor", ""]}
    assert [p.split(":")[0] for p in watch.problems] == ["line 4", "line 5"]
    cues = parse_risk_cues("hypothèque numérique | technology | 3\nfoo | weather\nbar")
    assert cues.data == {"technology": {"hypothèque numérique": 3.0}}
    assert len(cues.problems) == 2


def it_uses_the_watchlist_kind_and_the_extra_cue_words():
    note = Note(language="fr", sources=[Source(id="s1", text=TEXT, language="fr")])
    extra = extra_lexicon("Vostra | organisation | DE", "hypothèque numérique | technology | 3")
    plain = suggest(note, "s1")
    tuned = suggest(note, "s1", extra_lexicon=extra)
    kinds = {a.name: a.kind for a in tuned.actors}
    assert kinds.get("Vostra") == "organisation"
    assert any(
        "hypothèque numérique" in e.exact or "hypothèque numérique" in r.description
        for r in tuned.risks
        for e in r.evidence
    )
    assert len(tuned.risks) >= len(plain.risks)
