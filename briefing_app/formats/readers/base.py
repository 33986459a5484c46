"""What every article reader shares: the result type, the error, and the text assembly.

A reader turns bytes into a list of blocks (paragraph text, heading flag) plus
metadata; ``build_document`` joins the blocks into canonical text (paragraphs
separated by one blank line) so that every format yields the same shape.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefing_app.domain.article import PARAGRAPH_BREAK, normalise_text, split_paragraphs
from briefing_app.errors import BriefingError
from briefing_app.formats.language import detect_language


class ArticleError(BriefingError):
    """The file cannot be read as an article; the message names it and says why."""


@dataclass
class ArticleDocument:
    """An article read from a file: canonical text, known headings, metadata, warnings."""

    text: str
    title: str = ""
    published: str = ""
    author: str = ""
    publisher: str = ""
    url: str = ""
    language: str = ""
    encoding: str = ""
    file: str = ""
    headings: list[int] | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One paragraph or heading as a reader found it (inline markup already removed)."""

    text: str
    heading: bool = False


# Characters that never belong in canonical text: soft hyphen, zero-width marks, BOM,
# and C0/C1 controls other than tab and line feed.
_INVISIBLE = dict.fromkeys(
    [0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]
    + [c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)]
    + list(range(0x7F, 0xA0))
)
_LIGATURES = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_CLEAN = {**_INVISIBLE, **_LIGATURES, 0x2028: "\n", 0x0B: "\n", 0x0C: "\n\n"}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_MOJIBAKE = re.compile(r"Ã[\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[™œ\u009d˜“”¦¢¹º]|Å[“’¡¸]")


_NEEDS_CLEANING = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u200b-\u200d\u2028\u2060\ufeff\ufb00-\ufb06]"
)


def clean_chars(text: str) -> str:
    """NFC; drop invisible and control characters, expand ligatures; keep line feeds."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # "é" typed as e + accent becomes one "é"
    return text.translate(_CLEAN) if _NEEDS_CLEANING.search(text) else text


def collapse_spaces(text: str) -> str:
    """One line of text: runs of ordinary white space become one space (no-break spaces kept)."""
    return _SPACES.sub(" ", clean_chars(text)).strip(" ")


def mojibake_warning(text: str, name: str) -> str | None:
    """A warning when the text shows UTF-8 decoded twice ('Ã©' for 'é'), else None."""
    hits = _MOJIBAKE.findall(text)
    if not hits:
        return None
    sample = ", ".join(sorted(set(hits))[:3])
    return (
        f"{name} looks doubly encoded ({len(hits)} sequences such as {sample} where accented "
        "letters are meant); check the original file."
    )


# A UTF-8 sequence read as cp1252: a lead byte (Â-ô) then one to three continuation bytes.
_DOUBLE_ENCODED = re.compile(
    "[\u00c2-\u00f4](?:[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|\u00a0){1,3}"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 ("Ã©tÃ©" -> "été"), sequence by sequence; the rest is kept."""

    def fix(match: re.Match) -> str:
        try:
            return match.group(0).encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group(0)

    return _DOUBLE_ENCODED.sub(fix, text)


def build_document(
    blocks: list[Block], name: str, *, title: str = "", **meta: str
) -> ArticleDocument:
    """Join reader blocks into an ArticleDocument with canonical text and headings."""
    paragraphs: list[str] = []
    headings: list[int] = []
    for block in blocks:
        for part in normalise_text(clean_chars(block.text)).split(PARAGRAPH_BREAK):
            part = "\n".join(line.strip() for line in part.split("\n") if line.strip())
            if not part:
                continue
            if block.heading:
                part = collapse_spaces(part)
                headings.append(len(paragraphs))
            paragraphs.append(part)
    text = PARAGRAPH_BREAK.join(paragraphs)
    if not text.strip():
        raise ArticleError(f"{name} has no article text to read.")
    doc = ArticleDocument(text=text, headings=headings, file=name, **meta)
    doc.published = doc.published or find_date(text[:DATE_SEARCH])
    doc.title = collapse_spaces(title) or title_from_text(text, headings)
    if not doc.language:
        doc.language = detect_language(text)
    warning = mojibake_warning(text, name)
    if warning:
        doc.warnings.append(warning)
    return doc


def title_from_text(text: str, headings: list[int] | None = None) -> str:
    """The first known heading, else the first heading-like paragraph or first sentence."""
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return ""
    if headings:
        first_heading = paragraphs[min(headings)].text.strip()
        if min(headings) <= 2 and len(first_heading) <= 200:
            return first_heading
    first = paragraphs[0].text.strip()
    if len(first) <= 90 and "\n" not in first and not first.endswith("."):
        return first
    sentence = re.split(r"(?<=[.!?])\s", first.replace("\n", " "), maxsplit=1)[0]
    if len(sentence) > 90:
        sentence = sentence[:87].rsplit(" ", 1)[0] + "…"
    return sentence


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "january janvier jan janv",
            "february février fevrier feb fév fevr févr",
            "march mars mar",
            "april avril apr avr",
            "may mai",
            "june juin jun",
            "july juillet jul juil",
            "august août aout aug",
            "september septembre sep sept",
            "october octobre oct",
            "november novembre nov",
            "december décembre decembre dec déc",
        ]
    )
    for m in names.split()
}


DATE_SEARCH = 600  # code points at the start of an article searched for its date
_DATE_IN_TEXT = re.compile(
    r"\b(\d{4}-\d{2}-\d{2})\b|\b(\d{1,2}/\d{1,2}/\d{4})\b"
    r"|\b(\d{1,2}(?:er)?\s+[A-Za-zéèûô]+\.?\s+\d{4})\b"
    r"|\b([A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})\b"
)


_PUBLISHED = re.compile(
    r"(?:publié|publiée|mis à jour|modifié|actualisé|published|updated|posted|date)\b"
    r"[^\n\d]{0,20}",
    re.IGNORECASE,
)


def find_date(text: str) -> str:
    """A publication date written near the top of ``text``, as YYYY-MM-DD, or "".

    A date after "publié le", "published", "updated"... comes first; else a date on a
    short line of its own (a dateline). A date inside the body's sentences is not taken.
    """
    for keyword in _PUBLISHED.finditer(text):
        match = _DATE_IN_TEXT.match(text, keyword.end())
        found = _valid_date(match)
        if found:
            return found
    for line in text.split("\n"):
        if len(line) <= 60:
            found = _valid_date(_DATE_IN_TEXT.search(line))
            if found:
                return found
    return ""


def _valid_date(match: re.Match | None) -> str:
    if not match:
        return ""
    value = normalise_date(next(g for g in match.groups() if g))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        month, day = int(value[5:7]), int(value[8:10])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return value
    return ""


def normalise_date(value: str) -> str:
    """An ISO date (YYYY-MM-DD) from common date spellings; the input when unrecognised."""
    value = (value or "").strip()
    if not value:
        return ""
    m = re.match(r"^D:(\d{4})(\d{2})?(\d{2})?", value)  # PDF dates
    if m:
        return "-".join(g for g in m.groups() if g)
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])", value)
    if m:
        return "-".join(g for g in m.groups() if g)
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b", value)
    if m:
        day, month, year = m.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    m = re.search(r"\b(\d{1,2})(?:er)?\s+([A-Za-zéèûô]+)\.?\s+(\d{4})\b", value)
    if m and m.group(2).lower() in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b", value)
    if m and m.group(1).lower() in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    return value
