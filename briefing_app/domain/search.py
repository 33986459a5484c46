"""Find text the way a reader expects: case-, accent- and quote-style-insensitive."""

from __future__ import annotations

import unicodedata

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
    }
)


def fold(text: str) -> str:
    """Lower-case, without accents, with straight quotes and plain spaces and dashes."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class FoldedText:
    """A folded copy of a text that maps every folded position back to the original."""

    def __init__(self, text: str):
        self.text = text
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(text):
            f = fold(ch) if ord(ch) > 127 or ch.isupper() else ch
            parts.append(f)
            origin.extend([i] * len(f))
        self.folded = "".join(parts)
        self.origin = origin

    def find_all(self, query: str, limit: int = 100_000) -> list[tuple[int, int]]:
        """Every (start, end) in the original text where ``query`` occurs, folded."""
        needle = fold(query)
        if not needle.strip():
            return []
        out = []
        i = self.folded.find(needle)
        while i != -1 and len(out) < limit:
            last = i + len(needle) - 1
            out.append((self.origin[i], self.origin[last] + 1))
            i = self.folded.find(needle, i + len(needle))
        return out
