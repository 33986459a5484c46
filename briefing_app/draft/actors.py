"""Actors: find names in the text, merge their variants, and tell their kind.

A name is a run of capitalised words (with "&", "of", "de" inside some
organisation names); places, dates, events, products, media and job titles
are set aside. Variants of one actor are merged: case and accents
("ToTalEnergies"), short forms ("Mistral" for "Mistral AI", "Stroll" for
"Lawrence Stroll") and acronyms given in brackets.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefing_app.draft import name_rules as rules
from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.portfolios import ADJ_FR as _ADJ_FR
from briefing_app.draft.portfolios import PORTFOLIO_TITLES as _PORTFOLIO_TITLES
from briefing_app.draft.portfolios import portfolio_end
from briefing_app.draft.segment import OPENERS, Document, Sentence, Token

MAX_NAME_TOKENS = 8
_CONNECT_ANY = {"of", "&", "von", "van", "der", "den", "del", "di", "da", "du", "des", "de", "d'"}
_CONNECT_EN = {"of", "&", "von", "van", "der", "den", "del", "di", "da"}
_TICKER = re.compile(r"[0-9A-Z]{1,6}[a-z]?\.[A-Z]{1,3}$")
# Bodies whose English names go on with "for" ("General Directorate for Internal Security").
_FOR_HEADS = {
    "directorate", "agency", "office", "ministry", "department", "commission", "authority",
    "council", "institute", "centre", "center", "committee", "bureau", "federation",
}  # fmt: skip
_PLACE_PREPS = {
    "a",
    "en",
    "in",
    "near",
    "across",
    "pres",
    "situe",
    "situee",
    "based",
    "basee",
    "base",
}
_NOT_PLACE = {
    "investi",
    "invested",
    "invest",
    "invests",
    "investing",
    "investment",
    "stake",
    "stakes",
    "share",
    "shares",
    "holding",
    "interest",
    "interests",
    "partner",
    "role",
    "cede",
    "vend",
    "confie",
    "associe",
    "allie",
    "propose",
    "demande",
    "livre",
    "fournit",
    "participation",
    "cedee",
    "vendue",
    "rachete",
    "stake-",
    "took",
    "investments",
}
_GIVE = {
    "inflige", "amende", "accorde", "octroie", "octroye", "vendu", "vendue", "cede", "attribue",
    "confie", "offert", "offre", "verse", "prete", "livre", "fourni", "fournit", "cedera",
    "vendra", "revendu", "transfere", "vend", "cedent", "vendent",
}  # fmt: skip
_ADJ_SUFFIXES = ("-based", "-born", "-listed", "-owned", "-backed", "-led", "-made")
_PARTICLES = {"de", "van", "von", "der", "da", "di", "du", "dos", "del", "le", "bin", "al", "ter"}
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies)$")  # on the text: "automobiles" is none
_VERBISH = re.compile(
    r"(?:ant|er|ment|e|es|ee|ees|ing|ed|ly|ial|ical|ous|ful|ive|uit|uite|is|ise|u|ue|us)$"
)


@dataclass
class Candidate:
    """One name found in a sentence, before merging."""

    sent: int
    i: int
    j: int
    key: tuple[str, ...]
    surface: str
    votes: Counter = field(default_factory=Counter)
    country: str = ""
    alias_of: tuple[str, ...] = ()


def _title_case_line(sent: Sentence) -> bool:
    words = [t for t in sent.tokens if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.6 * len(words)


def _bracket_after(toks: list[Token], k: int) -> bool:
    """A bracket opens within the next four tokens."""
    return any(t.text == "(" for t in toks[k + 1 : k + 5])


def _org_head(tok: Token, lex: Lexicon) -> str:
    return lex.org_words.get(tok.key, "") if tok.cap else ""


def _extend_institution(toks: list[Token], j: int, lex: Lexicon) -> int:
    """After "Autorité", "Inspection"...: take "de la concurrence", "générale des Finances"."""
    end, k, n = j, j, len(toks)
    preps = ("de", "du", "des", "d'", "la", "l'")
    while k < n and k - j < 9:
        t = toks[k]
        if t.cap and t.text[0].isalpha():
            k += 1
            end = k
        elif t.key == "et" and end == k and _bracket_after(toks, k):
            k += 1  # "... aéronautiques et spatiales (Gifas)": the name goes on to the bracket
        elif t.key in preps and k + 1 < n:
            k += 1
        elif (
            toks[k - 1].key in preps
            and t.text[:1].islower()
            and t.key not in lex.function_words
            and t.key not in lex.verbs
        ):
            k += 1
            end = k
        elif (
            t.text[:1].islower()
            and _ADJ_FR.search(t.key)
            and t.key not in lex.function_words
            and t.key not in lex.verbs
            and not (k > j and _PARTICIPLE.search(t.text.lower()))
        ):
            k += 1
            if toks[k - 2].key in ("de", "du", "des", "d'", "la", "l'", "et") or end == k - 1:
                end = k
        else:
            break
    return end


def _org_like(tok: Token, lex: Lexicon) -> bool:
    return (
        (tok.text.isupper() and len(tok.text) > 1)
        or tok.key in lex.org_words
        or ((tok.key,) in lex.known)
    )


def blocked_spans(doc: Document, lex: Lexicon) -> dict[int, set[int]]:
    """Tokens that belong to media, events, multi-word titles or a minister's portfolio."""
    out: dict[int, set[int]] = {}
    tags = frozenset({"block", "title"})
    for sent in doc.sentences:
        keys = sent.keys()
        used: set[int] = set()
        for i, j, tag, _v in sent.matches(lex.phrases, tags):
            if j - i >= 2:
                used.update(range(i, j))
            if tag == "title" and keys[i] in _PORTFOLIO_TITLES:
                used.update(range(j, portfolio_end(sent.tokens, j, lex)))
        used.update(range(rules.dateline(doc, sent)))
        used.update(rules.credits(sent))
        if used:
            out[sent.index] = used
    return out


def _raw_spans(sent: Sentence, consumed: set[int], lex: Lexicon, connectors: set[str]):
    toks = sent.tokens
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if i in consumed or not t.cap or not t.text[0].isalnum():
            i += 1
            continue
        if t.key in ("l'", "d'") and tuple(x.key for x in toks[i : i + 2]) not in lex.known:
            i += 1  # "L'Autorité": the article is no part of the name ("L'Oréal" is known)
            continue
        if t.key in ("la", "le", "les") and i + 1 < n and toks[i + 1].key in lex.institution_heads:
            i += 1  # "La Commission européenne" at a sentence start: the head opens the name
            continue
        j = i + 1
        if lex.lang == "fr" and t.key in lex.institution_heads:
            j = _extend_institution(toks, j, lex)
        while j < n and j not in consumed:
            u = toks[j]
            if u.cap and u.text[0].isalnum():
                j += 1
            elif (
                u.key in _PARTICLES
                and j + 1 < n
                and toks[j + 1].cap
                and toks[j - 1].key in lex.first_names
            ):
                j += 2  # "Pieter de Vries"
            elif u.key in ("and", "for", "on") and j + 1 < n and toks[j + 1].cap:
                k = j + 1
                while k < n and toks[k].cap and k not in consumed:
                    k += 1
                head = toks[i].key in lex.institution_heads or lex.org_words.get(toks[i].key) in (
                    "government",
                    "organisation",
                )
                tail = lex.org_words.get(toks[k - 1].key) in ("government", "organisation")
                head = head or (u.key == "for" and toks[j - 1].key in _FOR_HEADS)
                if not (head or tail or toks[k - 1].key == "act"):
                    break
                j = k
            elif (
                u.key in connectors
                and j + 1 < n
                and toks[j + 1].cap
                and j + 1 not in consumed
                and (
                    u.key in _CONNECT_EN
                    or toks[j - 1].key in lex.institution_heads
                    or lex.lang == "en"  # "Maren de Vries", "Banque de France" in English
                )
            ):
                j += 2
            else:
                break
        if j - i <= MAX_NAME_TOKENS:  # a longer run of capitals is no name (a shouted title)
            yield i, j
        i = j


def _clean(sent: Sentence, i: int, j: int, doc: Document, lex: Lexicon) -> list[tuple[int, int]]:
    """Split a capitalised run at job titles and strip words that are not names."""
    toks = sent.tokens
    parts: list[tuple[int, int]] = []
    start = i
    for k in range(i, j):
        if (
            toks[k].key in lex.title_words
            and toks[k].key not in lex.org_words
            and not (k > i and toks[k - 1].key in _PARTICLES)  # "Bruno Le Maire"
        ):
            if k > start:
                parts.append((start, k))
            start = k + 1
        elif (
            k > start
            and toks[k].key in lex.first_names
            and (_org_like(toks[k - 1], lex) or (toks[k - 1].key,) in lex.portfolios)
        ):
            parts.append((start, k))  # "le PDG d'EDF Henri Proglio"
            start = k
    if start < j:
        parts.append((start, j))
    out = []
    for a, b in parts:
        if tuple(t.key for t in toks[a:b]) in lex.media:
            continue
        if (
            b - a == 1
            and b < j
            and toks[b].key in lex.title_words
            and doc.cap_counts.get(toks[a].key, 0) <= 1
            and (toks[a].key,) not in lex.known
        ):
            continue  # "Digital Secretary X": the word qualifies the title
        whole = tuple(t.key for t in toks[a:b])
        if whole in lex.places or whole in lex.known:  # "New York" before "New" goes
            out.append((a, b))
            continue
        while a < b and toks[a].key in lex.function_words:
            a += 1
        for k in range(b - 1, a - 1, -1):  # "Abu Dhabi-based MGX" -> "MGX"
            if toks[k].key.endswith(_ADJ_SUFFIXES):
                a = k + 1
                break
        if tuple(t.key for t in toks[a:b]) in lex.places:
            out.append((a, b))
            continue
        while a < b:
            t = toks[a]
            initial = a == 0 or toks[a - 1].text in OPENERS
            if (
                t.key in lex.function_words
                or t.key in lex.honorifics
                or (t.key,) in lex.skip_names
                or (
                    lex.demonyms.get(t.key)
                    and "." not in t.text  # "U.S. Steel" keeps its "U.S."
                    and not (b - a >= 2 and toks[b - 1].key in lex.org_words)
                    and tuple(x.key for x in toks[a:b]) not in lex.known
                )
                or t.key.endswith(_ADJ_SUFFIXES)
                or (initial and t.key in doc.lower_words)
            ):
                a += 1
            else:
                break
        if a >= b:
            continue
        institution = toks[a].key in lex.institution_heads or toks[a].key in lex.org_words
        while b > a and (
            (lex.demonyms.get(toks[b - 1].key) and not institution)
            or toks[b - 1].key in ("&", "of", "and", "for")
            or toks[b - 1].key.endswith(_ADJ_SUFFIXES)
        ):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def extract(doc: Document, lex: Lexicon, consumed: dict[int, set[int]]) -> list[Candidate]:
    """Every name candidate of the document, with context votes on its kind."""
    connectors = _CONNECT_EN | {"de"} if lex.lang == "en" else _CONNECT_ANY
    out: list[Candidate] = []
    for sent in doc.sentences:
        if sent.heading and _title_case_line(sent):
            continue
        used = consumed.get(sent.index, set())
        for i, j in _raw_spans(sent, used, lex, connectors):
            for a, b in _clean(sent, i, j, doc, lex):
                cand = _candidate(doc, sent, a, b, lex)
                if cand is not None:
                    out.append(cand)
    out = rules.named_in_body(doc, out, lex)
    rules.parenthesised_aliases(doc, out)
    rules.bracketed_acronyms(doc, out, lex)
    out = rules.split_joined(doc, out, lex)
    rules.person_cues(doc, out, lex)
    return out


def _candidate(doc: Document, sent: Sentence, a: int, b: int, lex: Lexicon) -> Candidate | None:
    toks = sent.tokens
    key = tuple(t.key for t in toks[a:b])
    if key in lex.skip_names or key in lex.portfolios or key in lex.media:
        return None
    if all(k in lex.title_words for k in key) or key[-1] in ("act", "loi"):
        return None
    if rules.adjective_before_noun(toks, a, b, lex):
        return None  # "the Bavarian state fund": a word of origin, no name
    if key not in lex.known and rules.in_expansion(toks, a, lex):
        return None  # the words an acronym stands for
    if b - a == 1 and a >= 1 and toks[a - 1].text == "(" and _TICKER.match(toks[a].text):
        return None  # a stock ticker: "Bosch (ROBG.UL)", "Infineon (IFXGn.DE)"
    if len(key) == 1 and "-" in key[0] and all(rules.origin(p, lex) for p in key[0].split("-")):
        return None  # "EU-China summit", "US-China talks": a pair of places
    if len(key) == 1 and a == 0 and ":" in [t.key for t in toks[b : b + 3]]:
        if all(t.text[:1].islower() or t.key == ":" for t in toks[b : b + 3]):
            return None  # a rubric: "Nucléaire : EDF ...", "Réseaux électriques : ..."
    if len(key) == 1 and (len(key[0]) < 2 or key[0].isdigit() or key[0] in lex.function_words):
        return None
    initial = a == 0 or toks[a - 1].text in OPENERS
    nxt = toks[b] if b < len(toks) else None
    if len(key) == 1 and nxt is not None and key not in lex.known:
        if key[0] in _MONTHS and nxt.text == ".":
            return None  # "Jan. 1"
        if initial and nxt.text[:1].islower() and (nxt.key,) in lex.descriptor_heads:
            return None  # "Magnet maker Vacuumschmelze": a word that qualifies the noun
    if (
        key in lex.places
        and key not in lex.regions
        and _acts([t.key for t in toks[b : b + 4]], lex)
    ):
        return _acting_place(doc, sent, a, b, lex)  # "Bruxelles a ouvert une enquête"
    if len(key) == 1 and rules.qualifier(toks, a, b, lex):
        return None  # "le député LR Jean-Louis Thiériot", "contrôle des investissements (IEF)"
    plural = len(key) == 1 and key[0].endswith("s") and (key[0][:-1],) in lex.descriptor_heads
    if plural and initial:
        return None  # "Automakers including Volkswagen": a plural common noun
    if len(key) == 1 and key not in lex.known and key[0] not in lex.first_names:
        if initial and _VERBISH.search(key[0]) and not doc.cap_counts.get(key[0]):
            if not _acts_as_name(toks, b, lex) or key[0].endswith("ly"):
                return None
        if doc.lower_counts.get(key[0], 0) >= max(1, doc.cap_counts.get(key[0], 0)):
            return None  # "le Nouvel Accord": a common noun written with a capital
    surface = doc.text[toks[a].start : toks[b - 1].end]
    cand = Candidate(sent.index, a, b, key, surface)
    before = [t.key for t in toks[max(0, a - 4) : a]]
    after = [t.key for t in toks[b : b + 4]]
    if key in lex.places:
        if key not in lex.regions and _acts(after, lex):
            cand.votes["government"] += 3
            return cand
        return None
    if (
        before
        and before[-1] in _PLACE_PREPS
        and (len(before) == 1 or before[-2] not in _NOT_PLACE)
        and not (before[-1] == "a" and _GIVE.intersection(t.key for t in toks[max(0, a - 9) : a]))
    ):  # ... but "une amende de 200 millions d'euros à Kalder" gives to an actor
        cand.votes["place"] += 2
    if (
        len(before) >= 2
        and before[-1] in ("de", "d'", "in", "at", "near")
        and (before[-2] in lex.place_nouns)
    ):
        cand.votes["place"] += 2
    elif _coordinated_place(toks, a, lex):
        cand.votes["place"] += 2  # "les sites de Brive et de Roanne"
    if before and before[-1][:1].isdigit() and len(key) == 1:
        cand.votes["product"] += 2  # "Boeing 737 Max"
    if after[:1] == ["("] and tuple(after[1:2]) in lex.places:
        code = lex.place_codes.get(tuple(after[1:2]), "")
        if code and after[2:3] == [")"]:  # "Hispasat (Espagne)": a party and its country
            cand.votes["company"] += 1
            cand.country = cand.country or code
        else:
            cand.votes["place"] += 2  # "Moirans (Isère)"
    if (
        lex.lang == "fr"
        and len(key) == 1
        and not surface.isupper()
        and before[-1:] in (["le"], ["du"], ["au"], ["les"], ["des"])
    ):
        cand.votes["product"] += 2
    model = len(key) == 1 and rules.MODEL_CODE.match(surface)  # "A320", "B737", "A400M"
    if model or rules.product_context(toks, a, b, lex):
        cand.votes["product"] += 3  # outweighs one organisation word ("its Foundry platform")
    if (
        len(before) >= 3
        and before[-1] == ","
        and before[-3] in _PLACE_PREPS
        and toks[a - 2].text.isalpha()
        and after[:1] in ([], [","], ["."], [")"], [";"])
    ):
        cand.votes["place"] += 2  # "in Cambridge, Massachusetts"
    if before and before[-1] in lex.honorifics:
        cand.votes["person"] += 3
    if len(key) >= 2 and (key[0] in lex.first_names or key[0].split("-")[0] in lex.first_names):
        cand.votes["person"] += 2
    for k in key:
        kind = lex.org_words.get(k)
        if kind:
            cand.votes[kind] += 2
    if key in lex.known:
        cand.votes[lex.known[key]] += 4
        cand.country = lex.known_country.get(key, "")
    if len(before) >= 2 and before[-1] in ("'s", "’s") and (before[-2],) in lex.place_codes:
        cand.country = cand.country or lex.place_codes[(before[-2],)]  # "China's Ministry"
    seen_head = False
    for k in reversed(before):  # "le fonds américain CD&R", "Danish utility Nordwind"
        if k in lex.demonyms:
            cand.country = cand.country or lex.demonyms[k]
            continue
        kind = lex.descriptor_heads.get((k,))
        if kind and not seen_head:
            cand.votes[kind] += 1
            seen_head = True
            continue
        break
    if _title_near(toks, a, b, lex):
        cand.votes["person"] += 2
    return cand


_AUX = {
    "fr": {"a", "ont", "avait", "va", "vont", "aurait"},
    "en": {"has", "have", "had", "will", "would", "is", "was", "also"},
}


def _acts_as_name(toks, b: int, lex: Lexicon) -> bool:
    """A word opening a sentence reads as a name when a reporting or announcing verb
    follows ("Vornex a annoncé", "Vornex said") or an apposition that describes a
    company ("Vornex, the Dutch chip designer, said")."""
    after = [t.key for t in toks[b : b + 12]]
    aux = _AUX.get(lex.lang, set())
    if after[:1] and after[0] in lex.speech_verbs and after[0] not in lex.function_words:
        return True
    if after[:1] and after[0] in aux and after[1:2] and after[1] in lex.speech_verbs:
        return True
    if after[:1] != [","] or "," not in after[2:]:
        return False
    inner = after[1 : after.index(",", 2)]
    if any(k in aux or k in lex.speech_verbs for k in inner):
        return False  # "Prudente, la société a annoncé, ...": a clause, not an apposition
    return len(inner) <= 7 and any(
        (k,) in lex.descriptor_heads or k in lex.org_words for k in inner
    )


_ACTS = {
    "became",
    "devient",
    "invested",
    "investit",
    "signed",
    "signe",
    "said",
    "says",
    "announced",
    "annonce",
    "insiste",
    "exige",
    "demande",
    "warned",
    "threatened",
    "menace",
}
_ACTS2 = {
    ("a", "signe"),
    ("a", "investi"),
    ("has", "signed"),
    ("has", "invested"),
    ("will", "invest"),
    ("est", "devenu"),
    ("est", "devenue"),
    ("a", "annonce"),
}


def _acts(after: list[str], lex: Lexicon) -> bool:
    """A country that signs, invests or speaks acts as a government."""
    if not after:
        return False
    if after[0] in _ACTS or tuple(after[:2]) in _ACTS2 or after[0] in lex.acting:
        return True
    k = 1 if after[0] in _ACT_AUX else 0  # "la Chine a riposté", "the Netherlands has blocked"
    if k and after[1:2] in (["not"], ["also"], ["pas"], ["aussi"], ["deja"]):
        k = 2
    return 0 < k < len(after) and after[k] in lex.acting


_ACT_AUX = {
    "a", "ont", "avait", "avaient", "aura", "auront", "va", "vont", "doit", "veut", "entend",
    "has", "have", "had", "will", "would", "is", "was", "are", "were", "also", "did", "does",
    "n'a", "n'ont", "s'est", "se", "est",
}  # fmt: skip


def _acting_place(doc: Document, sent: Sentence, a: int, b: int, lex: Lexicon) -> Candidate:
    """A country, capital or union that acts: a government."""
    toks = sent.tokens
    key = tuple(t.key for t in toks[a:b])
    cand = Candidate(sent.index, a, b, key, doc.text[toks[a].start : toks[b - 1].end])
    cand.votes["government"] += 3
    return cand


def _coordinated_place(toks: list[Token], a: int, lex: Lexicon) -> bool:
    """ "de Brive et de Roanne", "in Lyon and in Metz": a name joined to a place."""
    if a < 4 or toks[a - 1].key not in ("de", "d'", "a", "en", "in", "at"):
        return False
    if toks[a - 2].key not in ("et", "and", "ou", "or", ","):
        return False
    k = a - 3
    if not toks[k].cap:
        return False
    prev, prep = toks[k - 2].key if k >= 2 else "", toks[k - 1].key
    return (
        (toks[k].key,) in lex.places
        or (prep in ("de", "d'", "in", "at") and prev in lex.place_nouns)
        or (prep in _PLACE_PREPS and prev not in _NOT_PLACE)
    )


_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _title_near(toks: list[Token], a: int, b: int, lex: Lexicon) -> bool:
    """A job title right before the name, or after it behind a comma: a person."""
    if a > 0 and toks[a - 1].key in lex.title_last:
        return True
    if a > 1 and toks[a - 1].key == "," and toks[a - 2].key in lex.title_last:
        return True
    k = b
    if k < len(toks) and toks[k].key == ",":
        k += 1
        if k < len(toks) and toks[k].key in (
            "le",
            "la",
            "l'",
            "the",
            "a",
            "an",
            "son",
            "sa",
            "its",
        ):
            k += 1
        return k < len(toks) and toks[k].key in lex.title_words
    return False
