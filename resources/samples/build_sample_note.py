"""Rebuild the demo note shipped beside the sample article.

Run from the repository root: python resources/samples/build_sample_note.py
Every evidence quote is looked up in the article, so anchors are exact.
"""

from __future__ import annotations

from pathlib import Path

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Actor, Claim, Relationship, Risk
from briefing_app.formats.articles import note_from_article, read_article
from briefing_app.formats.note_yaml import save_note

HERE = Path(__file__).resolve().parent
ARTICLE = HERE / "totalenergies-mistral-ai.fr.txt"


def main() -> None:
    note = note_from_article(read_article(ARTICLE), created="2025-09-01")
    src = note.sources[0]
    src.title = "TotalEnergies fait alliance avec Mistral AI"
    src.publisher = "Article de presse (exemple)"
    text = src.text

    def ev(*quotes: str):
        out = []
        for q in quotes:
            i = text.index(q)
            out.append(make_anchor("s1", text, i, i + len(q)))
        return out

    note.title = "TotalEnergies – Mistral AI : un partenariat IA sous contrainte de souveraineté"
    note.analyst = "Cellule veille numérique"
    note.classification = "Internal"
    note.purpose = (
        "Le partenariat TotalEnergies – Mistral AI renforce-t-il l'autonomie numérique "
        "du groupe, et quelles dépendances crée-t-il ?"
    )
    note.bluf = (
        "Le partenariat donne à TotalEnergies un fournisseur d'IA européen, mais l'indépendance "
        "de Mistral AI reste fragile : liens avec Microsoft depuis février 2024 et capitaux "
        "américains et du Moyen-Orient. Faute de cloud européen, les données les plus sensibles "
        "restent exposées aux hyperscalers américains."
    )
    note.recommendations = (
        "1. Suivre l'évolution du capital de Mistral AI et ses accords avec Microsoft.\n"
        "2. Qualifier Mistral Compute comme hébergement des données confidentielles.\n"
        "3. Prévoir une clause de réversibilité dans le contrat du laboratoire commun."
    )
    note.actors = [
        Actor(
            "totalenergies",
            "TotalEnergies",
            "company",
            "Groupe multi-énergies",
            "FR",
            ["ToTalEnergies", "la Compagnie", "le géant mondial"],
            evidence=ev("ToTalEnergies a annoncé"),
        ),
        Actor(
            "mistral-ai",
            "Mistral AI",
            "company",
            "Développeur de modèles d'IA",
            "FR",
            ["Mistral", "la licorne", "le spécialiste de l’IA"],
            evidence=ev("l'entreprise Mistral AI spécialisée dans le développement de modèles"),
        ),
        Actor(
            "patrick-pouyanne",
            "Patrick Pouyanné",
            "person",
            "PDG de TotalEnergies",
            "FR",
            evidence=ev("Patrick Pouyanné, le PDG de la multinationale"),
        ),
        Actor(
            "digital-factory",
            "Digital Factory",
            "organisation",
            "Usine numérique de TotalEnergies",
            "FR",
            evidence=ev("la création d’une Digital Factory en 2020"),
        ),
        Actor(
            "microsoft",
            "Microsoft",
            "company",
            "Hyperscaler (Azure)",
            "US",
            ["Microsoft Azure"],
            evidence=ev("le partenariat, en février 2024, avec Microsoft"),
        ),
        Actor(
            "nvidia",
            "Nvidia",
            "company",
            "Fournisseur de puces",
            "US",
            evidence=ev("un partenariat avec Nvidia"),
        ),
        Actor(
            "aws",
            "Amazon Web Services",
            "company",
            "Hyperscaler",
            "US",
            evidence=ev("Amazon Web Services"),
        ),
        Actor(
            "fonds-etrangers",
            "Fonds américains ou du Moyen-Orient",
            "investor",
            "Actionnaires de Mistral AI",
            "",
            evidence=ev("fonds américains ou du Moyen-Orient"),
        ),
    ]
    note.claims = [
        Claim(
            "c1",
            "TotalEnergies a annoncé un partenariat avec Mistral AI (laboratoire "
            "d'innovation commun).",
            "totalenergies",
            "announcement",
            "high",
            "B",
            1,
            ev("ToTalEnergies a annoncé, dans un communiqué, un partenariat avec Mistral AI"),
        ),
        Claim(
            "c2",
            "Le partenariat doit intégrer davantage l'IA au cœur des activités du groupe.",
            "patrick-pouyanne",
            "statement",
            "moderate",
            "B",
            2,
            ev(
                "nous permettra d’explorer de nouvelles opportunités pour intégrer davantage "
                "l’IA au cœur de nos activités"
            ),
        ),
        Claim(
            "c3",
            "La Digital Factory a développé plus de 100 solutions, dont 60 fondées sur l'IA.",
            "totalenergies",
            "figure",
            "moderate",
            "B",
            2,
            ev("a déjà développé plus de 100 solutions dont 60 mobilisent des technologies"),
        ),
        Claim(
            "c4",
            "Patrick Pouyanné est réticent à héberger les données du groupe sur des clouds "
            "étrangers et plaide pour un cloud européen.",
            "patrick-pouyanne",
            "opinion",
            "moderate",
            "C",
            2,
            ev(
                "Il se montre réticent quant à l’utilisation des clouds étrangers",
                "Il plaide pour la création d’un cloud européen",
            ),
        ),
        Claim(
            "c5",
            "Mistral Compute sera géré entièrement depuis l'Europe.",
            "mistral-ai",
            "forecast",
            "low",
            "C",
            3,
            ev("Cette infrastructure souveraine sera gérée entièrement depuis l’Europe"),
        ),
    ]
    note.risks = [
        Risk(
            "r1",
            "Rapprochement de Mistral AI avec Microsoft",
            "Le partenariat de février 2024 peut fragiliser l'indépendance de Mistral AI.",
            "partnership",
            ["mistral-ai"],
            ["microsoft"],
            3,
            4,
            "rising",
            "Suivre les termes de l'accord et l'accès de Microsoft aux modèles.",
            ev("partenariat, en février 2024, avec Microsoft"),
        ),
        Risk(
            "r2",
            "Capitaux étrangers au capital de Mistral AI",
            "Présence de fonds américains ou du Moyen-Orient au capital.",
            "ownership",
            ["mistral-ai"],
            ["fonds-etrangers"],
            3,
            4,
            "stable",
            "",
            ev("présence de fonds américains ou du Moyen-Orient dans le capital de l’entreprise"),
        ),
        Risk(
            "r3",
            "Dépendance aux clouds américains",
            "Sans acteur européen, les données sensibles sont confiées à AWS ou Azure "
            "(exposition au droit américain).",
            "cloud-jurisdiction",
            ["totalenergies"],
            ["aws", "microsoft"],
            4,
            4,
            "stable",
            "Qualifier Mistral Compute ou un cloud de confiance européen.",
            ev(
                "contraintes de se tourner vers les géants américains comme Amazon Web "
                "Services ou Microsoft Azure"
            ),
        ),
    ]
    note.relationships = [
        Relationship(
            "rel1",
            "totalenergies",
            "mistral-ai",
            "partnership",
            "2025-06",
            "Laboratoire d'innovation commun",
            ev("un partenariat avec Mistral AI"),
        ),
        Relationship(
            "rel2",
            "patrick-pouyanne",
            "totalenergies",
            "leadership",
            "",
            "PDG",
            ev("Patrick Pouyanné, le PDG de la multinationale"),
        ),
        Relationship(
            "rel3",
            "digital-factory",
            "totalenergies",
            "part-of",
            "2020",
            "Usine numérique du groupe",
            ev("la création d’une Digital Factory en 2020"),
        ),
        Relationship(
            "rel4",
            "mistral-ai",
            "microsoft",
            "partnership",
            "2024-02",
            "",
            ev("le partenariat, en février 2024, avec Microsoft"),
        ),
        Relationship(
            "rel5",
            "mistral-ai",
            "nvidia",
            "partnership",
            "2025-06",
            "Mistral Compute",
            ev("un partenariat avec Nvidia"),
        ),
        Relationship(
            "rel6",
            "fonds-etrangers",
            "mistral-ai",
            "investment",
            "",
            "",
            ev("présence de fonds américains ou du Moyen-Orient dans le capital"),
        ),
    ]
    save_note(note, HERE / "totalenergies-mistral-ai.fr.briefing.yaml")


if __name__ == "__main__":
    main()
