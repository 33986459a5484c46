"""One sanitiser for exported text: what XML 1.0 (and UTF-8) cannot hold is mapped or removed.

Word and python-docx refuse NUL and the other C0 controls except tab and line
ends, the non-characters U+FFFE/U+FFFF, and unpaired UTF-16 surrogates (which
cannot even be encoded as UTF-8). Line-like controls become line breaks.
"""

from __future__ import annotations

import re

# Vertical tab (Word's manual line break), form feed (page break), CR and the
# Unicode line/paragraph separators all become a plain line break.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# Other C0 controls (NUL, ESC, ...), the two non-characters: dropped.
_DROPPED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """``text`` with every character XML cannot hold mapped (line breaks) or removed."""
    if not text:
        return ""
    if text.isascii() and text.isprintable():
        return text
    text = _LINE_BREAKS.sub("\n", text)
    text = _DROPPED.sub("", text)
    if _SURROGATE.search(text):
        text = _fix_surrogates(text)
    return text


def _fix_surrogates(text: str) -> str:
    """Join valid surrogate pairs into their character; a lone one becomes U+FFFD."""
    data = text.encode("utf-16-le", "surrogatepass")
    joined = data.decode("utf-16-le", "replace")
    return _SURROGATE.sub(REPLACEMENT, joined)


def clean_line(text: str) -> str:
    """Like ``clean_text`` but on one line: every line break becomes a space."""
    return " ".join(clean_text(text).split("\n"))
