"""Tell French from English by counting common function words."""

from __future__ import annotations

import re

_FR = set(
    "le la les des du de un une et est sont dans pour avec sur par qui que ne pas "
    "ce cette ses leur au aux son sa il elle nous vous ont été être plus d l".split()
)
_EN = set(
    "the a an and is are in for with on by who which that not this these its their "
    "to of was were be been has have it he she we you from at as".split()
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
    return "fr" if fr >= en else "en"
