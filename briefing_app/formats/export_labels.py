"""Headings and labels of exported briefings, in the note's language (French or English).

Exports run without Qt, so they cannot use the UI's translations; this small
table is their own. Unknown languages fall back to English.
"""

from __future__ import annotations

from briefing_app.domain import vocab
from briefing_app.formats.sanitize import clean_line

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "briefing": "Briefing note",
        "date": "Date",
        "analyst": "Analyst",
        "classification": "Classification",
        "sources_count": "Sources",
        "bluf": "Bottom line up front",
        "purpose": "Purpose",
        "actors": "Actors",
        "claims": "Claims",
        "risks": "Risks to independence",
        "risk_matrix": "Risk matrix",
        "relationships": "Relationships",
        "link_chart": "Link chart",
        "recommendations": "Recommendations",
        "sources": "Sources",
        "annex": "Annex: full text of the sources",
        "name": "Name",
        "kind": "Type",
        "role": "Role",
        "country": "Country",
        "evidence": "Evidence",
        "statement": "Statement",
        "speaker": "Speaker",
        "grade": "Grade",
        "confidence": "Confidence",
        "risk": "Risk",
        "actors_involved": "Actors",
        "likelihood": "Likelihood",
        "impact": "Impact",
        "affects": "Affects",
        "drivers": "Drivers",
        "mitigation": "Mitigation",
        "trend": "Trend",
        "category": "Category",
        "from": "From",
        "relation": "Relationship",
        "to": "To",
        "since": "Since",
        "description": "Description",
        "aliases": "also",
        "page": "Page",
        "of": "of",
        "not_found": "quote no longer found in the source",
        "no_evidence": "no evidence recorded",
        "matrix_caption": "Risks by likelihood (rows) and impact (columns); "
        "colour shows severity (likelihood \u00d7 impact).",
        "chart_caption": "Relationships between the actors of this note.",
        "published": "published",
        "file": "file",
        "accessed_text": "Full text embedded in the note",
        "paragraph": "\u00b6",
        "item_count": "{n} items",
        "open_quote": "\u201c",
        "close_quote": "\u201d",
        "legend_low": "Low",
        "legend_medium": "Medium",
        "legend_high": "High",
        "legend_critical": "Critical",
        "severity": "Severity",
        "colon": ": ",
        "unplaced": "Not in the matrix (likelihood or impact not set)",
    },
    "fr": {
        "briefing": "Note de synth\u00e8se",
        "date": "Date",
        "analyst": "Analyste",
        "classification": "Classification",
        "sources_count": "Sources",
        "bluf": "L\u2019essentiel",
        "purpose": "Objet",
        "actors": "Acteurs",
        "claims": "Affirmations",
        "risks": "Risques pour l\u2019ind\u00e9pendance",
        "risk_matrix": "Matrice des risques",
        "relationships": "Relations",
        "link_chart": "Carte des liens",
        "recommendations": "Recommandations",
        "sources": "Sources",
        "annex": "Annexe\u00a0: texte int\u00e9gral des sources",
        "name": "Nom",
        "kind": "Type",
        "role": "R\u00f4le",
        "country": "Pays",
        "evidence": "\u00c9l\u00e9ments probants",
        "statement": "Affirmation",
        "speaker": "Auteur",
        "grade": "Cotation",
        "confidence": "Confiance",
        "risk": "Risque",
        "actors_involved": "Acteurs",
        "likelihood": "Probabilit\u00e9",
        "impact": "Impact",
        "affects": "Concerne",
        "drivers": "Facteurs",
        "mitigation": "Att\u00e9nuation",
        "trend": "Tendance",
        "category": "Cat\u00e9gorie",
        "from": "De",
        "relation": "Relation",
        "to": "Vers",
        "since": "Depuis",
        "description": "Description",
        "aliases": "aussi",
        "page": "Page",
        "of": "sur",
        "not_found": "citation introuvable dans la source",
        "no_evidence": "aucun \u00e9l\u00e9ment probant",
        "matrix_caption": "Risques par probabilit\u00e9 (lignes) et impact (colonnes)\u00a0; "
        "la couleur indique la gravit\u00e9 (probabilit\u00e9 \u00d7 impact).",
        "chart_caption": "Relations entre les acteurs de cette note.",
        "published": "publi\u00e9 le",
        "file": "fichier",
        "accessed_text": "Texte int\u00e9gral joint \u00e0 la note",
        "paragraph": "\u00b6",
        "item_count": "{n} \u00e9l\u00e9ments",
        "open_quote": "\u00ab\u00a0",
        "close_quote": "\u00a0\u00bb",
        "legend_low": "Faible",
        "legend_medium": "Moyenne",
        "legend_high": "\u00c9lev\u00e9e",
        "legend_critical": "Critique",
        "severity": "Gravit\u00e9",
        "colon": "\u00a0: ",
        "unplaced": "Hors matrice (probabilit\u00e9 ou impact non renseign\u00e9)",
    },
}

# Values of the controlled vocabularies shown to French readers.
_VALUES_FR: dict[str, str] = {
    # actor kinds
    "company": "entreprise",
    "person": "personne",
    "government": "\u00c9tat / administration",
    "investor": "investisseur",
    "organisation": "organisation",
    "other": "autre",
    # claim kinds
    "statement": "d\u00e9claration",
    "announcement": "annonce",
    "figure": "chiffre",
    "opinion": "opinion",
    "forecast": "pr\u00e9vision",
    # confidence
    "high": "\u00e9lev\u00e9e",
    "moderate": "mod\u00e9r\u00e9e",
    "low": "faible",
    # risk categories
    "ownership": "actionnariat",
    "technology": "technologie",
    "cloud-jurisdiction": "juridiction du cloud",
    "partnership": "partenariat",
    "regulatory": "r\u00e9glementation",
    "talent": "talents",
    # trends
    "rising": "en hausse",
    "stable": "stable",
    "falling": "en baisse",
    "unknown": "inconnue",
    # relationship kinds
    "investment": "investissement",
    "leadership": "direction",
    "part-of": "fait partie de",
    "supplier": "fournisseur",
    "customer": "client",
    "competitor": "concurrent",
    "regulator": "r\u00e9gulateur",
    # classifications
    "Public": "Public",
    "Internal": "Interne",
    "Confidential": "Confidentiel",
    "Restricted": "Diffusion restreinte",
}

_VALUES_EN: dict[str, str] = {
    "government": "government",
    "cloud-jurisdiction": "cloud jurisdiction",
    "part-of": "part of",
}


_MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split(),
}


def language_of(note_language: str) -> str:
    """The export language for a note: "fr" or "en" (the default)."""
    lang = (note_language or "").lower().split("-")[0].split("_")[0]
    return lang if lang in _LABELS else "en"


class Labels:
    """Labels of one language: ``labels["actors"]``, ``labels.value("company")``."""

    def __init__(self, language: str):
        self.language = language_of(language)
        self._table = _LABELS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or _LABELS["en"][key]

    def value(self, value: str) -> str:
        """A vocabulary value (kind, confidence, ...) for display; unknown ones unchanged."""
        table = _VALUES_FR if self.language == "fr" else _VALUES_EN
        return table.get(value) or clean_line(value)

    def likelihood(self, level: int | None) -> str:
        """ICD 203 estimative words for a likelihood level 1-5."""
        return vocab.LIKELIHOOD_WORDS[self.language].get(level, "") if level else ""

    def impact(self, level: int | None) -> str:
        """Words for an impact level 1-5."""
        return vocab.IMPACT_WORDS[self.language].get(level, "") if level else ""

    def quote(self, text: str) -> str:
        """``text`` between the language's quotation marks."""
        return f"{self['open_quote']}{text}{self['close_quote']}"

    def date(self, iso: str) -> str:
        """An ISO date (2025-08-21, 2025-08) in words ("21 août 2025"); other text unchanged."""
        parts = iso.strip().split("-")
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            return iso
        months = _MONTHS[self.language]
        if len(numbers) == 3 and 1 <= numbers[1] <= 12 and 1 <= numbers[2] <= 31:
            day = "1er" if numbers[2] == 1 and self.language == "fr" else str(numbers[2])
            return f"{day} {months[numbers[1] - 1]} {numbers[0]}"
        if len(numbers) == 2 and 1 <= numbers[1] <= 12:
            return f"{months[numbers[1] - 1]} {numbers[0]}"
        return iso

    @property
    def locale(self) -> str:
        """The language tag for Word's proofing language."""
        return {"fr": "fr-FR", "en": "en-GB"}[self.language]
