"""Stable, readable ids for note items."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

PREFIXES = {"actors": "", "claims": "c", "risks": "r", "relationships": "rel", "sources": "s"}


def slugify(text: str, max_len: int = 40) -> str:
    """Lower-case ASCII slug: "Patrick Pouyanné" -> "patrick-pouyanne"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text[:max_len].strip("-")


def new_id(section: str, existing: Iterable[str], name: str = "") -> str:
    """A fresh id for an item of ``section``, unique among ``existing``.

    Actors get a slug of their name; other items a prefix and a number.
    """
    taken = set(existing)
    prefix = PREFIXES.get(section, "x")
    if section == "actors":
        base = slugify(name) or "actor"
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        return candidate
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"
