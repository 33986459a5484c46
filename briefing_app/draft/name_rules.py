"""Rules that read the context of a name: credits and datelines, headlines, acronyms in
brackets, names written side by side, people without a listed first name, products,
words of origin and acronyms that are no actors."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.segment import Document, Sentence, Token, dateline_end

if TYPE_CHECKING:
    from briefing_app.draft.actors import Candidate

_PREPS = {"de", "du", "des", "d'", "of", "for"}


_CREDIT_OPENERS = (
    ("reporting", "by"), ("additional", "reporting"), ("editing", "by"), ("writing", "by"),
    ("compiled", "by"), ("our", "standards"), ("photo", ":"), ("photo", "by"), ("photos", ":"),
    ("credit", ":"), ("credits", ":"), ("credit", "photo"), ("illustration", ":"),
    ("avec", "afp"), ("avec", "reuters"), ("propos", "recueillis"), ("edited", "by"),
    ("redige", "par"), ("image", ":"),
)  # fmt: skip


def credits(sent: Sentence) -> range:
    """Credits carry no actors: "(Reporting by X; Editing by Y)", "Photo: ...", "© AFP"."""
    keys = sent.keys()
    k = 1 if keys[:1] == ["("] else 0
    if any(tuple(keys[k : k + len(o)]) == o for o in _CREDIT_OPENERS) or "\u00a9" in keys:
        return range(len(keys))
    for i, key in enumerate(keys):  # "(Credit: Jan Vermeer/Reuters)" inside a sentence
        if key == "(" and any(tuple(keys[i + 1 : i + 1 + len(o)]) == o for o in _CREDIT_OPENERS):
            end = next((j for j in range(i, len(keys)) if keys[j] == ")"), len(keys))
            return range(i, end + 1)
    return range(0)


def dateline(doc: Document, sent: Sentence) -> int:
    """Tokens of a dateline at the start of one of the first paragraphs ("PARIS (AFP) -")."""
    first = sent.index == 0 or doc.sentences[sent.index - 1].paragraph != sent.paragraph
    if not first or sent.paragraph > 3:
        return 0
    toks = sent.tokens
    last = sent.index + 1 == len(doc.sentences) or doc.sentences[sent.index + 1].paragraph != (
        sent.paragraph
    )
    if last and toks and toks[0].key in ("by", "par") and len(toks) <= 12:
        words = [t for t in toks[1:] if t.text[:1].islower() and t.key not in _BYLINE_WORDS]
        if not words:
            return len(toks)  # a byline: "By Jane Smith and Tom Brown" (not "Par ailleurs, ...")
    return dateline_end(sent)


_BYLINE_WORDS = {"and", "et", "with", "avec", "de", "du", "in", "a", "envoye", "special"}


def named_in_body(doc: Document, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A name in a headline counts when the body names it too (or the lexicon knows it):
    headlines capitalise words that are no names."""
    body = [c.key for c in cands if not doc.sentences[c.sent].heading]
    if not body:
        return cands
    keys = set(body)
    firsts = {k[0] for k in body}
    return [
        c
        for c in cands
        if not doc.sentences[c.sent].heading
        or c.key in keys
        or c.key in lex.known
        or c.key in lex.places  # a country that acts: "UK intervenes in ..."
        or c.key[0] in firsts
    ]


def bracketed_acronyms(doc: Document, cands: list[Candidate], lex: Lexicon) -> None:
    """ "European Association of X Suppliers (EAXS)": the acronym is an alias even when its
    letters do not follow the words (it may come from another language); a nationality word
    that opens the full name stays in it."""
    by_pos = {(c.sent, c.i): c for c in cands}
    for c in cands:
        toks = doc.sentences[c.sent].tokens
        k = c.j
        if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")":
            continue
        inner = by_pos.get((c.sent, k + 1))
        word = toks[k + 1].text
        shape = word[:1].isupper() and (
            sum(ch.isupper() for ch in word) >= 2 or len(c.key) >= 3  # "BMVg", "(Gifas)"
        )
        if inner is None or inner.alias_of not in ((), c.key) or not 2 <= len(word) <= 8:
            continue
        if not shape:
            continue
        if inner.key in lex.places or inner.key in lex.media:
            continue
        if inner.key in lex.known and not word.isupper():  # "Thales Alenia Space (Thales)"
            continue
        if len(c.key) < 2 and not acronym_pair(c.surface, inner.surface):
            continue
        a = c.i
        while a > 0 and toks[a - 1].cap and lex.demonyms.get(toks[a - 1].key):
            a -= 1  # "European Association ...": the nationality belongs to the name
        if a < c.i and (a == 0 or toks[a - 1].key in lex.function_words or not toks[a - 1].cap):
            c.i = a
            c.key = tuple(t.key for t in toks[a : c.j])
            c.surface = doc.text[toks[a].start : toks[c.j - 1].end]
        inner.alias_of = c.key


_UNITS = {"filiale", "filiales", "branche", "division", "unite", "subsidiary", "unit"}


def split_joined(doc: Document, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """ "la filiale d'EDF Exaion": two names written side by side, each used alone elsewhere,
    are two actors (never "EDF Exaion", an alias of either)."""
    alone = Counter(c.key for c in cands)
    out = []
    for c in cands:
        cut = 0
        toks = doc.sentences[c.sent].tokens
        if len(c.key) >= 2 and not c.votes["person"] and not c.alias_of and c.key not in lex.known:
            for p in range(1, len(c.key)):
                head, tail = c.key[:p], c.key[p:]
                unit = c.i > 1 and toks[c.i - 2].key in _UNITS and toks[c.i - 1].key in _PREPS
                named = alone[tail] or tail in lex.known or unit
                if (alone[head] or head in lex.known) and named:
                    if not all(k in lex.org_words for k in tail):
                        cut = p
                        break
        if not cut:
            out.append(c)
            continue
        toks = doc.sentences[c.sent].tokens
        for a, b in ((c.i, c.i + cut), (c.i + cut, c.j)):
            key = tuple(t.key for t in toks[a:b])
            part = type(c)(c.sent, a, b, key, doc.text[toks[a].start : toks[b - 1].end])
            if key in lex.known:
                part.votes[lex.known[key]] += 4
                part.country = lex.known_country.get(key, "")
            out.append(part)
    return out


def person_cues(doc: Document, cands: list[Candidate], lex: Lexicon) -> None:
    """ "Wouter Brandsma, who...", "..., 52,", later "Brandsma" alone or "He said": a person,
    even when the first name is not in the list."""
    alone = Counter(c.key for c in cands)
    for c in cands:
        if not 2 <= len(c.key) <= 3 or c.votes["person"] or c.key in lex.known:
            continue
        toks = doc.sentences[c.sent].tokens
        words = toks[c.i : c.j]
        if any(t.key in lex.org_words or not t.text.isalpha() or t.text.isupper() for t in words):
            continue
        if lex.demonyms.get(c.key[0]) or (c.key[0],) in lex.places:
            continue
        after = [t.key for t in toks[c.j : c.j + 3]]
        cue = alone[c.key[-1:]] > 0 and not alone[c.key[:1]]  # "Brandsma" alone, never "Wouter"
        cue = cue or after[:2] in ([",", "who"], [",", "aged"], [",", "age"])
        aged = len(after) == 3 and after[0] == after[2] == "," and after[1].isdigit()
        cue = cue or aged  # "Teodora Vasquez, 52, runs..."
        if not cue and lex.lang == "en" and c.sent + 1 < len(doc.sentences):
            nxt = doc.sentences[c.sent + 1].tokens
            cue = bool(nxt) and nxt[0].key in ("he", "she") and not alone[c.key[:1]]
        if cue:
            c.votes["person"] += 2


_COMBINING = {"sino", "franco", "euro", "anglo", "russo", "indo", "afro", "germano", "italo"}


def in_expansion(toks: list[Token], a: int, lex: Lexicon) -> bool:
    """Inside the spelled-out form of an acronym: "Iris2 (Infrastructure for Resilience,
    Interconnectivity and Security by Satellite)" names nobody but Iris2."""
    depth_start = -1
    for k in range(a - 1, max(-1, a - 40), -1):
        if toks[k].text == ")":
            return False
        if toks[k].text == "(":
            depth_start = k
            break
    if depth_start < 1:
        return False
    word = toks[depth_start - 1].text
    acronym = sum(ch.isupper() or ch.isdigit() for ch in word) >= 2 and word[:1].isupper()
    if not acronym or toks[depth_start - 1].key in lex.function_words:
        return False
    inner = []
    for t in toks[depth_start + 1 : depth_start + 40]:
        if t.text == ")":
            break
        inner.append(t)
    caps = sum(1 for t in inner if t.cap)
    return len(inner) >= 4 and inner[0].cap and caps >= 3


def origin(part: str, lex: Lexicon) -> bool:
    """A place, a nationality or a combining form ("Sino-US", "Franco-German", "EU-China")."""
    return (part,) in lex.places or part in lex.demonyms or part in _COMBINING


def qualifier(toks: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """An acronym between a title and a name ("le député LR Jean X"), or one that spells
    the lower-case words before its bracket ("investissements étrangers en France (IEF)")."""
    word = toks[a].text
    if not (word.isupper() and len(word) >= 2):
        return False
    if a > 0 and toks[a - 1].key in lex.title_words and b < len(toks):
        return toks[b].key.split("-")[0] in lex.first_names
    if a < 2 or toks[a - 1].text != "(" or b >= len(toks) or toks[b].text != ")":
        return False
    words = [t for t in toks[max(0, a - 10) : a - 1] if t.text[:1].isalpha() and len(t.text) > 2]
    words = [t for t in words if t.key not in lex.function_words]
    letters = word.casefold()
    tail = words[-len(letters) :]
    if len(tail) != len(letters) or "".join(t.key[0] for t in tail) != letters:
        return False
    head = tail[0]
    return head.text[:1].islower() and head.key not in lex.org_words


def adjective_before_noun(toks: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """ "Bavarian", "Flemish", "Catalan" before a lower-case noun: a word of origin."""
    if b - a != 1 or b >= len(toks) or (toks[a].key,) in lex.known or not toks[b].text.isalpha():
        return False
    return toks[b].text[:1].islower() and toks[a].key.endswith(("ian", "ean", "ese", "ish"))


MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{3,4}[A-Za-z]{0,3}$")


_PRODUCT_DETS = {"le", "la", "l'", "son", "sa", "leur", "du", "au", "ce", "cette", "nouveau"}


def product_context(toks: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """ "the Orion chip", "its Swift models" (after, in English); "le modèle Brio" (before)."""
    if lex.lang == "en":
        nxt = toks[b] if b < len(toks) else None
        if nxt is None or not nxt.text[:1].islower():
            return False
        owner = a > 0 and toks[a - 1].key in ("its", "their", "'s", "\u2019s")
        if owner and nxt.key not in lex.verbs and not party_noun(nxt.key, lex):
            if nxt.text.isalpha() and not nxt.key.endswith(("ed", "s")):
                return True  # "its Lynx platform", "Nvidia's DGX Cloud service"
        return nxt.key in lex.product_nouns
    if a < 2 or not toks[a - 1].text[:1].islower() or not toks[a - 1].text.isalpha():
        return False
    noun, det = toks[a - 1].key, toks[a - 2].key
    if noun in lex.product_nouns and det in _PRODUCT_DETS:  # not "des satellites Starlink"
        return True
    return det in ("son", "sa", "ses", "leur", "leurs") and not party_noun(noun, lex)


def party_noun(noun: str, lex: Lexicon) -> bool:
    """ "sa filiale", "son partenaire", "son PDG": the name after it is an actor."""
    return (
        (noun,) in lex.descriptor_heads
        or noun in lex.title_words
        or noun in lex.org_words
        or noun in lex.party_nouns
        or noun in lex.function_words
    )


def parenthesised_aliases(doc: Document, cands: list[Candidate]) -> None:
    """ "CNNC (China National Nuclear Corporation)": the bracketed name is an alias."""
    by_pos = {(c.sent, c.i): c for c in cands}
    for c in cands:
        toks = doc.sentences[c.sent].tokens
        k = c.j
        if k < len(toks) and toks[k].text == "(":
            k += 1
            while k < len(toks) and toks[k].key in ("ndlr", ":", "ou", "or", "aka", "pour", "for"):
                k += 1
            inner = by_pos.get((c.sent, k))
            if inner and inner.j < len(toks) and toks[inner.j].text == ")":
                expanded = toks[c.j + 1].key in ("pour", "for")
                if expanded or acronym_pair(c.surface, inner.surface):
                    inner.alias_of = c.key


def acronym_pair(a: str, b: str) -> bool:
    """Whether one of two names is the other's acronym ("CNNC", "China National Nuclear ...")."""
    short, long_ = sorted((a, b), key=len)
    short = short.replace(" ", "").replace("&", "").replace(".", "")
    if not short.isupper() or len(short) > 8:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-zÀ-ÿ]+", long_) if w[0].isupper())
    common = sum(1 for x, y in zip(short, initials, strict=False) if x == y)
    return common >= max(2, len(short) - 1)
