"""Cut an article into paragraphs, sentences, tokens and quotations.

Offsets are code points of the source text, as evidence anchors count them.
A quotation that closes in the same paragraph is never cut in two, so the
attribution ("précise X : « ... »") stays in the sentence of its quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.domain.article import looks_like_heading, split_paragraphs
from briefing_app.draft.lexicon import _TOKEN, fold

_END = re.compile(r"[.!?\u2026]+(?:[ \u00a0\u202f]?[\u00bb\"\u201d\u2019)\]])*(?=\s)")
_ABBREVIATIONS = {
    "m", "mm", "mme", "mlle", "me", "dr", "pr", "mr", "mrs", "ms", "st", "sr", "jr", "inc",
    "corp", "ltd", "co", "no", "vs", "etc", "av", "bd", "cf", "ex", "fig", "p", "vol", "gen",
    "gov", "sen", "rep", "prof", "art", "env", "mio", "mds", "md",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
}  # fmt: skip
_OPENERS = {"\u00ab": "\u00bb", "\u201c": "\u201d"}
# Tokens after which a capital letter says nothing (a quotation or sentence opens).
OPENERS = {"\u00ab", "\u201c", '"', "(", ":", "\u2014", "-", "\u2013", ".", "!", "?", "\u2026", "'"}
_YEAR = re.compile(r"(?:19|20)\d\d$")


@dataclass(slots=True)
class Token:
    """A word or sign with its code-point offsets."""

    start: int
    end: int
    text: str
    key: str  # folded form used for every lexicon look-up

    @property
    def cap(self) -> bool:
        """True for a capitalised or camel-case word ("Nvidia", "eBay")."""
        t = self.text
        return t[:1].isupper() or (t[:1].isalpha() and any(c.isupper() for c in t[1:]))


@dataclass
class Sentence:
    """A sentence (or heading) with its tokens and quotations."""

    index: int
    start: int
    end: int
    paragraph: int
    heading: bool
    tokens: list[Token] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # inner spans, absolute
    _keys: list[str] | None = field(default=None, repr=False)
    _matches: list | None = field(default=None, repr=False)

    def keys(self) -> list[str]:
        """The folded keys of the tokens, for phrase look-ups (computed once)."""
        if self._keys is None:
            self._keys = [t.key for t in self.tokens]
        return self._keys

    def matches(self, phrases, tags: frozenset[str]) -> list[tuple[int, int, str, object]]:
        """Lexicon phrases found in the sentence, of the given tags (looked up once)."""
        if self._matches is None:
            self._matches = list(phrases.matches(self.keys()))
        return [m for m in self._matches if m[2] in tags]

    def in_quote(self, offset: int) -> bool:
        """True when ``offset`` lies inside one of the sentence's quotations."""
        return any(a <= offset < b for a, b in self.quotes)


@dataclass
class Document:
    """The sentences of a text and which words it writes in lower case."""

    text: str
    sentences: list[Sentence]
    lower_words: set[str]  # words seen in lower case: "Cette" is then no name
    lower_counts: dict[str, int] = field(default_factory=dict)
    cap_counts: dict[str, int] = field(default_factory=dict)

    def sentence_text(self, s: Sentence) -> str:
        """The text of one sentence."""
        return self.text[s.start : s.end]


_GLUED = re.compile(r"(\w+)-(The|Le|La|Les|L|Un|Une|A|An)$")


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group(0)
        glued = _GLUED.match(word) if "-" in word else None
        if glued and glued.group(1)[:1].isupper():  # a dateline: "Newswire-The Court"
            a, b = m.start(), m.start() + len(glued.group(1))
            out.append(Token(a, b, glued.group(1), fold(glued.group(1))))
            out.append(Token(b, b + 1, "-", "-"))
            out.append(Token(b + 1, m.end(), glued.group(2), fold(glued.group(2))))
            continue
        out.append(Token(m.start(), m.end(), word, fold(word) or word))
    return out


def _headline(para) -> bool:
    """A first line in Title Case with no final stop, however long: a headline."""
    text = para.text.strip()
    if para.index > 1 or "\n" in text or text.endswith((".", "!", "\u00bb", '"', "\u201d")):
        return False
    if para.index == 0 and len(text.split()) <= 30 and not text.endswith(("?", ":")):
        return True  # a first line with no stop: the title, however long
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


_DATELINE_END = {"-", "\u2013", "\u2014", ":"}


def dateline_end(sent: Sentence) -> int:
    """Tokens of a dateline opening a paragraph ("PARIS (Reuters) -", "Newswire-The")."""
    toks = sent.tokens
    for k, t in enumerate(toks[:14]):
        if t.text in _DATELINE_END and k > 0:
            if t.text == ":" and not any(x.text == "," for x in toks[:k]):
                return 0  # "WASHINGTON, D.C.:" is a dateline, "EDF : ..." a rubric
            before = toks[:k]
            glued = k + 1 < len(toks) and toks[k + 1].start == t.end and t.start == toks[k - 1].end
            shouted = any(x.text.isupper() and len(x.text) > 3 for x in before)
            bracket = any(x.text == "(" for x in before)
            dated = any(_YEAR.match(x.text) for x in before)  # "Brussels, 14 October 2025 –"
            if not (shouted or bracket or glued or dated):
                return 0
            if all(x.cap or not x.text[:1].isalpha() or x.key in _DATE_WORDS for x in before):
                k += 1
                while k < len(toks) and toks[k].text in _DATELINE_END:
                    k += 1
                if k < len(toks) and toks[k].text == "(":  # "PARIS--(BUSINESS WIRE)--"
                    ends = [c for c in range(k, min(k + 8, len(toks))) if toks[c].text == ")"]
                    close = ends[0] if ends else 0
                    if close and close + 1 < len(toks) and toks[close + 1].text in _DATELINE_END:
                        k = close + 1
                        while k < len(toks) and toks[k].text in _DATELINE_END:
                            k += 1
                return k
            return 0
        if t.text[:1].islower() and t.key not in _DATE_WORDS:
            return 0
    return 0


_DATE_WORDS = {
    "de", "du", "le", "of", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
    "aout", "septembre", "octobre", "novembre", "decembre",
}  # fmt: skip


_QUOTE_CHARS = re.compile('[\u00ab\u201c"]')


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(open, close, inner_start, inner_end) of each closed quotation in a paragraph."""
    spans = []
    i = start
    while True:
        m = _QUOTE_CHARS.search(text, i, end)
        if m is None:
            return spans
        i = m.start()
        closer = _OPENERS.get(text[i], text[i])  # '"' and a lone '”' close themselves
        j = text.find(closer, i + 1, end)
        if j == -1:
            i += 1
            continue
        spans.append((i, j + 1, i + 1, j))
        i = j + 1


def _is_boundary(text: str, match: re.Match, para_start: int) -> bool:
    nxt = match.end()
    while nxt < len(text) and text[nxt] in " \t\n":
        nxt += 1
    if nxt >= len(text):
        return True
    following = text[nxt]
    if not (following.isupper() or following.isdigit() or following in '\u00ab"\u201c(\u2014-'):
        return False
    if match.group(0).startswith("."):
        word = re.search(r"(\w+)\W*$", text[max(para_start, match.start() - 12) : match.start()])
        if word:
            w = word.group(1)
            if w.lower() in _ABBREVIATIONS or (len(w) == 1 and w.isupper()):
                return False
    return True


def segment(text: str) -> Document:
    """Sentences of the whole text, each with its tokens and quotations."""
    sentences: list[Sentence] = []
    lower_counts: dict[str, int] = {}
    cap_counts: dict[str, int] = {}
    for para in split_paragraphs(text):
        quotes = _quote_spans(text, para.start, para.end)
        cuts = [para.start]
        for m in _END.finditer(text, para.start, para.end):
            if any(a < m.start() and m.end() < b for a, b, _, _ in quotes):
                continue
            if _is_boundary(text, m, para.start):
                cuts.append(m.end())
        cuts.append(para.end)
        for a, b in zip(cuts, cuts[1:], strict=False):
            while a < b and text[a].isspace():
                a += 1
            if a >= b:
                continue
            heading = para.heading or (
                (para.index == 0 and looks_like_heading(para.text)) or _headline(para)
            )
            sent = Sentence(len(sentences), a, b, para.index, heading)
            sent.tokens = tokenize(text, a, b)
            sent.quotes = [(ia, ib) for qa, qb, ia, ib in quotes if qa >= a and qb <= b]
            sentences.append(sent)
            for prev, tok in zip(sent.tokens, sent.tokens[1:], strict=False):
                c = tok.text[:1]
                if c.islower():
                    lower_counts[tok.key] = lower_counts.get(tok.key, 0) + 1
                elif c.isupper() and prev.text not in OPENERS:
                    cap_counts[tok.key] = cap_counts.get(tok.key, 0) + 1
    return Document(text, sentences, set(lower_counts), lower_counts, cap_counts)


def is_year(token: Token) -> bool:
    """True for a token such as 2024."""
    return bool(_YEAR.match(token.text))
