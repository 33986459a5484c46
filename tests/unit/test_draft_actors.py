"""Actors: one per entity, variants merged, places and events left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.domain.model import Actor, Note, Source
from briefing_app.draft import suggest
from briefing_app.formats.articles import note_from_article, read_article
from briefing_app.paths import resource

DATA = Path(__file__).resolve().parents[1] / "data" / "draft"


def _note(text: str, language: str = "fr") -> Note:
    return Note(language=language, sources=[Source(id="s1", text=text, language=language)])


@pytest.fixture(scope="module")
def sample_actors() -> dict[str, Actor]:
    note = note_from_article(read_article(resource("samples", "totalenergies-mistral-ai.fr.txt")))
    return {a.name: a for a in suggest(note, "s1").actors}


def it_merges_case_variants_and_descriptions_into_one_actor(sample_actors) -> None:
    total = sample_actors["TotalEnergies"]
    assert "ToTalEnergies" not in sample_actors
    aliases = {a.casefold() for a in total.aliases}
    assert {"la compagnie", "la multinationale"} <= aliases
    assert any("géant mondial" in a for a in aliases)


def it_merges_short_forms_and_gives_each_alias_its_evidence(sample_actors) -> None:
    mistral = sample_actors["Mistral AI"]
    assert "Mistral" in mistral.aliases and "la licorne" in mistral.aliases
    quoted = {anchor.exact for anchor in mistral.evidence}
    assert {"Mistral AI", "Mistral", "la licorne"} <= quoted


def it_never_takes_places_events_or_dates_for_actors(sample_actors) -> None:
    for name in ("Paris", "France", "Europe", "VivaTech", "IA", "Moyen-Orient", "Le"):
        assert name not in sample_actors


def it_tells_people_from_organisations(sample_actors) -> None:
    assert sample_actors["Patrick Pouyanné"].kind == "person"
    assert "PDG" in sample_actors["Patrick Pouyanné"].role
    assert sample_actors["Nvidia"].kind == "company"
    assert sample_actors["fonds américains ou du Moyen-Orient"].kind == "investor"


def it_resolves_an_english_description_to_the_actor_it_stands_for() -> None:
    note = note_from_article(read_article(DATA / "nordwind-chips.en.txt"))
    actors = {a.name: a for a in suggest(note, "s1").actors}
    assert "the US chipmaker" in actors["Nvidia"].aliases
    assert "The utility" in actors["Nordwind"].aliases
    assert actors["Nordwind"].country == "DK"
    assert actors["Pieter de Vries"].kind == "person"
    assert "Copenhagen" not in actors and "Denmark" not in actors


def it_reads_english_institution_names_whole() -> None:
    note = note_from_article(read_article(DATA / "kestrel-stake.en.txt"))
    names = {a.name for a in suggest(note, "s1").actors}
    assert "Competition and Markets Authority" in names
    assert "Department for Business and Trade" in names
    assert "British Business Bank" in names
    assert not names & {
        "Bristol",
        "Bristol-based",
        "Tokyo-based",
        "National Security and Investment Act",
    }


def it_reads_french_institution_names_in_lower_case() -> None:
    text = (
        "L’Autorité de la concurrence a ouvert une enquête sur le rachat. "
        "Le ministère de l’Économie doit encore autoriser la transaction, a indiqué Bercy."
    )
    names = {a.name: a for a in suggest(_note(text), "s1").actors}
    assert names["Autorité de la concurrence"].kind == "government"
    assert "Bercy" in names["ministère de l’Économie"].aliases


def it_reuses_actors_already_in_the_note() -> None:
    note = note_from_article(read_article(resource("samples", "totalenergies-mistral-ai.fr.txt")))
    note.actors.append(Actor(id="total", name="TotalEnergies", kind="company", aliases=["Total"]))
    suggestions = suggest(note, "s1")
    assert all(a.name != "TotalEnergies" for a in suggestions.actors)
    relations = {(r.source, r.target) for r in suggestions.relationships}
    assert any("total" in pair for pair in relations)
    assert any(c.speaker == "total" for c in suggestions.claims)


def it_keeps_one_actor_for_an_acronym_given_in_brackets() -> None:
    text = (
        "Henri Martin a signé un accord avec la China National Nuclear Corporation (CNNC). "
        "Selon la CNNC, l’accord couvre la formation."
    )
    actors = suggest(_note(text), "s1").actors
    cnnc = [a for a in actors if "CNNC" in [a.name, *a.aliases]]
    assert len(cnnc) == 1 and "China National Nuclear Corporation" in [
        cnnc[0].name,
        *cnnc[0].aliases,
    ]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Le cloud progresse. Outscale a annoncé un contrat avec la Défense.", "fr", "Outscale"),
        ("Le marché se tend. Kyrène, spécialiste français du stockage, a signé.", "fr", "Kyrène"),
        ("Cloud demand is rising. Arvice has signed a deal with the army.", "en", "Arvice"),
        ("Orvane, the Dutch chip designer, declined to comment.", "en", "Orvane"),
        ("Quorine, a Paris-based start-up, raised $30 million.", "en", "Quorine"),
    ],
)
def it_takes_a_name_opening_a_sentence_once_when_it_acts(text: str, lang: str, name: str) -> None:
    names = [a.name for a in suggest(_note(text, lang), "s1").actors]
    assert name in names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Prudente, la société a annoncé, mardi, un recul de ses ventes.", "fr"),
        ("Résultat, la société a recruté, cette année, 40 ingénieurs.", "fr"),
        ("Meanwhile, the company said, sales rose.", "en"),
        ("Better forecasts mean cheaper power for our customers.", "en"),
    ],
)
def it_leaves_an_opening_word_that_only_introduces_the_clause(text: str, lang: str) -> None:
    assert suggest(_note(text, lang), "s1").actors == []


def it_joins_a_name_particle_in_english() -> None:
    text = "Chief executive Maren de Vries said Lithra would appeal. De Vries declined to say more."
    names = [a.name for a in suggest(_note(text, "en"), "s1").actors]
    assert "Maren de Vries" in names and "Vries" not in names
