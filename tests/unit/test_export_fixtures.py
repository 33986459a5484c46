"""Notes used by the export tests: a realistic one about the sample article, a hostile one.

Evidence is anchored on the sentence of the article that holds a keyword, so
no article text is copied into the repository.
"""

from __future__ import annotations

import re

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Actor, Anchor, Claim, Note, Relationship, Risk
from briefing_app.formats.articles import make_source, read_article
from briefing_app.paths import resource

SAMPLE = resource("samples", "totalenergies-mistral-ai.fr.txt")


def sentence_with(text: str, keyword: str, source_id: str = "s1") -> Anchor:
    """An anchor on the first sentence of ``text`` that contains ``keyword``."""
    at = text.index(keyword)
    starts = [m.end() for m in re.finditer(r"[.!?»]\s+|\n\n", text[:at])]
    start = starts[-1] if starts else 0
    end_match = re.search(r"[.!?](?=\s|$)", text[at:])
    end = at + end_match.end() if end_match else len(text)
    return make_anchor(source_id, text, start, end)


def real_note() -> Note:
    """A note about the sample article, with items an analyst would write (French)."""
    doc = read_article(SAMPLE)
    source = make_source(doc, "s1")
    source.publisher = "Exemple Presse"
    text = source.text
    ev = lambda kw: [sentence_with(text, kw)]  # noqa: E731
    actors = [
        Actor(
            "totalenergies",
            "TotalEnergies",
            "company",
            "Groupe multi-énergies",
            "FR",
            ["ToTalEnergies"],
            evidence=ev("ToTalEnergies a"),
        ),
        Actor(
            "mistral-ai",
            "Mistral AI",
            "company",
            "Éditeur de modèles d’IA",
            "FR",
            ["Mistral"],
            evidence=ev("Mistral Compute"),
        ),
        Actor(
            "patrick-pouyanne",
            "Patrick Pouyanné",
            "person",
            "PDG de TotalEnergies",
            "FR",
            evidence=ev("Patrick Pouyanné, le PDG"),
        ),
        Actor(
            "microsoft",
            "Microsoft",
            "company",
            "Partenaire de Mistral AI depuis 2024",
            "US",
            evidence=ev("février 2024"),
        ),
        Actor("nvidia", "Nvidia", "company", "Fournisseur de puces", "US", evidence=ev("Nvidia")),
    ]
    claims = [
        Claim(
            "c1",
            "TotalEnergies et Mistral AI créent un laboratoire d’innovation commun.",
            "totalenergies",
            "announcement",
            "high",
            "B",
            2,
            ev("laboratoire d’innovation"),
        ),
        Claim(
            "c2",
            "La Digital Factory a produit plus de 100 solutions, dont 60 fondées sur l’IA.",
            "totalenergies",
            "figure",
            "moderate",
            "B",
            3,
            ev("plus de 100 solutions"),
        ),
        Claim(
            "c3",
            "Le PDG de TotalEnergies se méfie des clouds étrangers.",
            "patrick-pouyanne",
            "opinion",
            "moderate",
            "C",
            3,
            ev("réticent"),
        ),
    ]
    risks = [
        Risk(
            "r1",
            "Dépendance envers Microsoft",
            "Le partenariat de 2024 avec Microsoft peut orienter les choix techniques.",
            "partnership",
            ["mistral-ai"],
            ["microsoft"],
            3,
            4,
            "rising",
            "Suivre les clauses d’exclusivité.",
            ev("février 2024"),
        ),
        Risk(
            "r2",
            "Capital étranger",
            "Des fonds étrangers sont présents au capital.",
            "ownership",
            ["mistral-ai"],
            [],
            4,
            5,
            "stable",
            "",
            ev("Moyen-Orient"),
        ),
        Risk(
            "r3",
            "Recours forcé aux clouds américains",
            "Faute d’offre européenne.",
            "cloud-jurisdiction",
            ["totalenergies"],
            ["microsoft"],
            2,
            3,
            "falling",
            "",
            ev("Amazon Web Services"),
        ),
    ]
    relationships = [
        Relationship(
            "rel1",
            "totalenergies",
            "mistral-ai",
            "partnership",
            "2025-06",
            "Laboratoire d’innovation commun.",
            ev("ToTalEnergies a"),
        ),
        Relationship(
            "rel2",
            "patrick-pouyanne",
            "totalenergies",
            "leadership",
            "",
            "PDG.",
            ev("Patrick Pouyanné, le PDG"),
        ),
        Relationship(
            "rel3", "mistral-ai", "microsoft", "partnership", "2024-02", "", ev("février 2024")
        ),
    ]
    return Note(
        title="TotalEnergies s’allie à Mistral AI",
        analyst="A. Martin",
        language="fr",
        classification="Internal",
        created="2026-11-25",
        purpose="Évaluer ce que l’alliance change pour l’indépendance de Mistral AI.",
        bluf="L’alliance renforce Mistral AI en France.\n"
        "Son indépendance reste exposée à Microsoft et à ses actionnaires étrangers.",
        recommendations="- Suivre l’évolution du capital de Mistral AI.\n"
        "- Réévaluer le risque r1 au prochain tour de table.",
        sources=[source],
        actors=actors,
        claims=claims,
        risks=risks,
        relationships=relationships,
    )


def english_note() -> Note:
    """The real note, labelled in English."""
    note = real_note()
    note.language = "en"
    note.title = "TotalEnergies partners with Mistral AI"
    return note
