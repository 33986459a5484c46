"""Controlled vocabularies analysts already use, with English labels.

Values are the stable identifiers written in note files; labels are for display
and export (the UI translates them through Qt, exports through ``labels``).
"""

from __future__ import annotations

SCHEMA = "briefing-note/1"

ACTOR_KINDS = ("company", "person", "government", "investor", "organisation", "other")
CLAIM_KINDS = ("statement", "announcement", "figure", "opinion", "forecast")
CONFIDENCE = ("high", "moderate", "low")
RELIABILITY = ("A", "B", "C", "D", "E", "F")
CREDIBILITY = (1, 2, 3, 4, 5, 6)
RISK_CATEGORIES = (
    "ownership",
    "technology",
    "cloud-jurisdiction",
    "partnership",
    "regulatory",
    "talent",
    "other",
)
TRENDS = ("rising", "stable", "falling", "unknown")
RELATIONSHIP_KINDS = (
    "partnership",
    "investment",
    "ownership",
    "leadership",
    "part-of",
    "supplier",
    "customer",
    "competitor",
    "regulator",
    "other",
)
CLASSIFICATIONS = ("Public", "Internal", "Confidential", "Restricted")
LANGUAGES = ("fr", "en")

# ICD 203 estimative language mapped onto a 1-5 scale.
LIKELIHOOD_WORDS = {
    "en": {
        1: "Almost no chance / remote",
        2: "Very unlikely / highly improbable",
        3: "Roughly even chance",
        4: "Likely / probable",
        5: "Almost certain / nearly certain",
    },
    "fr": {
        1: "Quasi impossible",
        2: "Très peu probable",
        3: "Aussi probable qu'improbable",
        4: "Probable",
        5: "Quasi certain",
    },
}
IMPACT_WORDS = {
    "en": {1: "Negligible", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Severe"},
    "fr": {1: "Négligeable", 2: "Mineur", 3: "Modéré", 4: "Majeur", 5: "Critique"},
}

RELIABILITY_WORDS = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY_WORDS = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


def admiralty(reliability: str, credibility: int | None) -> str:
    """Return the Admiralty grading such as "B2", or "" when ungraded."""
    if not reliability and credibility is None:
        return ""
    return f"{reliability or '?'}{credibility if credibility is not None else '?'}"


def severity(likelihood: int | None, impact: int | None) -> int | None:
    """Return likelihood x impact (1-25), or None when either is unset."""
    if likelihood is None or impact is None:
        return None
    return likelihood * impact
