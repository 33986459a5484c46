"""Risks: one item per theme with several passages, items in proportion to the article,
and cue words for the held-back subjects (invented sentences)."""

from __future__ import annotations

import pytest

from briefing_app.domain.model import Note, Source
from briefing_app.draft import pipeline, risks, suggest


def _risks(text: str, lang: str):
    return suggest(Note(sources=[Source(id="s1", text=text, language=lang)]), "s1").risks


def _passages(text: str, lang: str) -> list[str]:
    return [e.exact for r in _risks(text, lang) for e in r.evidence]


def it_groups_passages_of_one_theme_into_one_item() -> None:
    text = (
        "Le fonds Harlow Capital est entré au capital de Sorvane. "
        "Sorvane prépare un nouveau produit pour l'hiver. "
        "Harlow Capital détient désormais 24 % du capital de Sorvane. "
        "Les ventes de la société ont progressé de 8 %. "
        "Harlow Capital obtient aussi deux sièges au conseil d'administration de Sorvane."
    )
    items = [r for r in _risks(text, "fr") if r.category == "ownership"]
    assert len(items) == 1
    quoted = " ".join(e.exact for e in items[0].evidence)
    assert "24 %" in quoted and "sièges au conseil" in quoted and "entré au capital" in quoted


def it_describes_an_item_by_its_strongest_passage() -> None:
    text = (
        "Talmond works with Orbix on software. "
        "Talmond depends almost entirely on Orbix, its sole supplier of sensors, and fears "
        "a cut-off. "
        "Talmond also relies on Orbix for testing."
    )
    (item,) = [r for r in _risks(text, "en") if r.category == "technology"]
    assert item.description.startswith("Talmond depends almost entirely")
    assert len(item.evidence) >= 2


def it_keeps_the_number_of_items_in_proportion_to_the_article() -> None:
    text = (
        "Brevik has sold a 20% stake to the American fund Oakhurst. "
        "The Competition and Markets Authority opened an investigation into the deal. "
        "Brevik relies on Zentra, its sole supplier of chips, for every product. "
        "Its customer data is hosted on a US cloud subject to the CLOUD Act. "
        "Rivals poached a dozen of its engineers last year."
    )
    found = _risks(text, "en")
    assert len(found) <= max(risks.MIN_ITEMS, round(risks.ITEMS_PER_ROOT * 5**0.5))
    quoted = " ".join(e.exact for r in found for e in r.evidence)
    for part in ("20% stake", "investigation", "sole supplier", "CLOUD Act", "poached"):
        assert part in quoted  # themes left out become passages of a kept item


def it_needs_a_real_cue_to_make_an_item() -> None:
    assert _risks("Kolvane a déployé un nouveau cloud pour ses clients de Lyon.", "fr") == []
    assert _risks("Kolvane moved its servers to a new building in Leeds.", "en") == []


def it_counts_a_nationality_next_to_a_capital_word() -> None:
    def score(text: str) -> float:
        found = risks.score_sentences(pipeline.analyse(text, "fr").context, pipeline.load("fr"))
        return max((r.score for r in found), default=0.0)

    assert score("Un fonds américain détient 10 % de Pelvane.") > score(
        "Un fonds détient 10 % de Pelvane."
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Commission européenne examine l'accord entre Kolvane et Redmark.", "fr"),
        ("Bruxelles se penche sur l'accord au titre du Digital Markets Act.", "fr"),
        ("Les modèles de Kolvane seront proposés en exclusivité sur le cloud de Redmark.", "fr"),
        ("Pour entraîner ses modèles, Kolvane a besoin de processeurs graphiques.", "fr"),
        ("La Haye a refusé à Trelmax les licences pour livrer ses machines en Chine.", "fr"),
        ("La Chine représente près de la moitié des ventes de Trelmax.", "fr"),
        ("Ce fleuron de l'intelligence artificielle est jugé stratégique par l'Élysée.", "fr"),
        ("La start-up s'engage à utiliser la plateforme de Redmark pour ses futurs modèles.", "fr"),
        ("Sans les processeurs de Varnex, ses centres de données resteraient à l'arrêt.", "fr"),
        ("Orlane achète la quasi-totalité de ses optiques à Zelmar.", "fr"),
        ("Brussels is looking at the partnership under the Digital Markets Act.", "en"),
        ("The Federal Trade Commission opened an inquiry into the AI deals.", "en"),
        ("China accounted for almost half of Trelmax's system sales last quarter.", "en"),
        ("Trelmax is the only company in the world able to build such machines.", "en"),
        ("Trelmax buys all of its optics from Zelmar, a German firm.", "en"),
        ("Redmark hired Inflex's co-founders and most of its staff.", "en"),
        ("Redmark has poured $13 billion into Orbis and is entitled to a share of profits.", "en"),
        ("Kolvane committed to using Redmark's cloud exclusively for five years.", "en"),
        ("The Hague denied licences for the shipment of Trelmax scanners to Chinese buyers.", "en"),
        ("Si Redmark cesse de livrer les mises à jour, le service s'arrête.", "fr"),
        ("If Zelmar stops shipping mirrors, the plant would close within weeks.", "en"),
        ("Pékin a promis des mesures de rétorsion contre les entreprises néerlandaises.", "fr"),
        ("The ministry warned it would take countermeasures against Dutch firms.", "en"),
        ("La reprise de Velmor par le groupe américain Stanbridge inquiète Bercy.", "fr"),
        ("Le Trésor a bloqué la cession de Velmor à un fonds chinois.", "fr"),
        ("The takeover of Velmor by the US group Stanbridge worries Paris.", "en"),
        ("La Chine assure 90 % du raffinage mondial de ces métaux.", "fr"),
        ("China now handles 90 per cent of global refining of the metals.", "en"),
        ("Les données des clients seront hébergées sur les serveurs de Redmark.", "fr"),
        ("Le ministre a refusé cet investissement étranger dans un secteur sensible.", "fr"),
        ("Orvane's investment firm is leading the round, a Series D worth $600m.", "en"),
        ("Kolvane is running out of capacity and has to ration usage of its models.", "en"),
        ("La start-up souffre d'une pénurie de processeurs graphiques.", "fr"),
        ("Regional police forces have been using a version of this tool for years.", "en"),
        ("La gendarmerie utilise le logiciel de Korvath depuis 2019.", "fr"),
        ("Critics say the programme has an insufficient legal basis.", "en"),
        ("Orvane and the president have shared a close working relationship since 2016.", "en"),
        ("The deal comes on top of the $8 billion Redmark had already invested.", "en"),
        ("Les délais de raccordement des centres de données au réseau restent longs.", "fr"),
        ("Kolvane bénéficiera de la totalité de la production de trois parcs solaires.", "fr"),
        ("Data-centre builders complain about grid connection delays of up to five years.", "en"),
        ("Redmark will take the entire output of the wind farm under a 15-year deal.", "en"),
        ("La centrale sera construite avec son partenaire local Merak Land (51 %).", "fr"),
        ("The turmoil prompted several senior managers to leave the start-up.", "en"),
        ("Kolvane has explored selling the company as investors press its founder.", "en"),
    ],
)
def it_finds_risks_worded_for_the_held_back_subjects(text: str, lang: str) -> None:
    assert text in _passages(text, lang)


def it_reads_a_share_of_a_named_party_and_public_money_without_cue_words() -> None:
    text = "Dorvane détenait auparavant 43,4 % de Kelbrook, selon les documents publiés."
    assert text in _passages(text, "fr")
    text = (
        "The Danish government will pay €2 billion to Harrow Energy over five years, "
        "Harrow Energy said on Monday."
    )
    analysis = pipeline.analyse(text, "en")
    (passage,) = risks.score_sentences(analysis.context, analysis.lex)
    assert passage.category == "regulatory"  # a government pays: state aid


def it_takes_the_firm_whose_capital_is_at_stake_as_the_affected_actor() -> None:
    text = (
        "Kolvane a signé un accord avec Redmark. Elle devra veiller à garder son indépendance. "
        "Celle-ci est fragilisée par la présence de fonds américains dans le capital de Kolvane."
    )
    note = Note(sources=[Source(id="s1", text=text, language="fr")])
    s = suggest(note, "s1")
    names = {a.id: a.name for a in s.actors}
    (risk,) = [r for r in s.risks if r.category == "ownership"]
    assert [names[a] for a in risk.affects] == ["Kolvane"], risk
    assert "Kolvane" not in [names[d] for d in risk.drivers]
