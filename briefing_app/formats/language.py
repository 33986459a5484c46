"""Tell French from English by counting common function words (no model, no network)."""

from __future__ import annotations

import re

# Frequent words that are common in one language and rare in the other ("a" is both a
# French verb form and an English article, so it counts for neither).
_FR = set(
    "le la les des du de un une et est sont dans pour avec sur par qui que qu ne pas ce cette "
    "ces ses leur leurs au aux son sa il elle ils elles nous vous ont été être plus d l c s n "
    "j en à où ou mais comme se lui très aussi entre selon après depuis sans déjà fait".split()
)
_EN = set(
    "the an and is are in for with on by who which that not this these its their to of was "
    "were be been has have had it he she we you from at as would will said but or they there "
    "after than about more also into over".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, sample: int = 20000) -> str:
    """Return "fr", "en", or "" when the text gives too little to decide."""
    fr = en = 0
    for word in _WORD.findall(text[:sample].lower()):
        fr += word in _FR
        en += word in _EN
    if fr + en < 5:
        return ""
    if fr == en:
        return ""
    return "fr" if fr > en else "en"
