"""Who a passage is about: names, descriptions ("la Compagnie", "the US tech
giant"), groups of investors and pronouns, resolved to actors.

A description stands for an actor already named: the one of a fitting kind
named in the nearest earlier sentences, weighted by how often the article
names it (the lead actor weighs more). An actor named in the same sentence is
passed over, since the writer would not describe an actor just named, unless
the description stands right after it as an apposition ("Mistral AI, la
start-up").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from briefing_app.draft.actors import Candidate
from briefing_app.draft.lexicon import Lexicon, phrase_key
from briefing_app.draft.merge import Cluster
from briefing_app.draft.segment import Document, Sentence

# Determiners that open a description, and how many of their tokens to leave
# out of the alias ("de la multinationale" -> "la multinationale").
_DET = {
    "fr": {
        ("le",): 0,
        ("la",): 0,
        ("l'",): 0,
        ("du",): 1,
        ("de", "la"): 1,
        ("de", "l'"): 1,
        ("au",): 1,
        ("a", "la"): 1,
    },
    "en": {("the",): 0},
}
_PRE_FR = {"jeune", "nouveau", "nouvel", "nouvelle", "grand", "grande", "petit", "premier"}
_FITS = {
    "company": ("company", "organisation", "investor"),
    "investor": ("investor",),
    "government": ("government",),
}
WINDOW = 4
_CLAUSE = re.compile(r"\b(?:that|which|who|que|qu['’]|qui|dont)\b|[;:]", re.IGNORECASE)


@dataclass
class Mention:
    """An actor named, described or referred to at a place of the text."""

    sent: int
    i: int  # token span in the sentence
    j: int
    start: int  # code points in the text
    end: int
    actor: int  # cluster index
    how: str  # "name", "description", "group"
    surface: str


@dataclass
class Description:
    """A definite description ("la Compagnie") at tokens i..j of a sentence."""

    sent: int
    i: int
    j: int
    kind: str
    weak: bool
    country: str


class Phrases:
    """Phrases (tuples of keys) looked up by their first key: the longest match wins."""

    def __init__(self, phrases) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in phrases:
            if p:
                self.by_first.setdefault(p[0], []).append(tuple(p))
        for bucket in self.by_first.values():
            bucket.sort(key=len, reverse=True)

    def longest(self, keys: list[str], k: int) -> int:
        """Length of the longest phrase starting at ``keys[k]`` (0 if none)."""
        if k >= len(keys):
            return 0
        for p in self.by_first.get(keys[k], ()):
            if tuple(keys[k : k + len(p)]) == p:
                return len(p)
        return 0

    def ending_at(self, keys: list[str], end: int) -> int:
        """Length of the longest phrase ending just before ``keys[end]`` (0 if none)."""
        best = 0
        for size in range(1, min(end, 4) + 1):
            start = end - size
            if tuple(keys[start:end]) in self.by_first.get(keys[start], ()):
                best = size
        return best


def _match_phrase(keys: list[str], k: int, phrases: Phrases) -> int:
    return phrases.longest(keys, k)


def find_descriptions(doc: Document, lex: Lexicon) -> list[Description]:
    """Every definite description with a head noun from the lexicon."""
    det_table = _DET.get(lex.lang, _DET["fr"])
    dets = Phrases(det_table)
    mods = Phrases(
        [phrase_key(m) for m in lex.words("descriptor_modifiers")]
        + [phrase_key(d) for d in lex.demonyms]
    )
    heads = lex.descriptor_heads
    head_phrases = Phrases(heads)
    out = []
    for sent in doc.sentences:
        keys = sent.keys()
        n = len(keys)
        for i in range(n):
            d = _match_phrase(keys, i, dets)
            if not d:
                continue
            skip = det_table[tuple(keys[i : i + d])]
            k = i + d
            country, n_mods = "", 0
            while k < n:  # modifiers before the head: "the US tech giant"
                size = _match_phrase(keys, k, mods) if lex.lang == "en" else 0
                if not size and lex.lang == "en" and _free_modifier(keys[k], lex):
                    size = 1  # "the Redmond-based company", "the ChatGPT maker"
                pre = not size and lex.lang == "fr" and keys[k] in _PRE_FR
                size = 1 if pre else size
                if not size or (k + size < n and _match_phrase(keys, k, head_phrases) > size):
                    break
                country = country or lex.demonyms.get(" ".join(keys[k : k + size]), "")
                k, n_mods = k + size, n_mods + (0 if pre else 1)
            h = _match_phrase(keys, k, head_phrases)
            if not h:
                continue
            head = tuple(keys[k : k + h])
            if lex.lang == "en" and sent.tokens[k].cap:
                continue  # "the Danish Energy Agency" is a name
            k += h
            while k < n:  # modifiers after the head: "le géant mondial", "le géant de Redmond"
                size = _match_phrase(keys, k, mods)
                if (
                    not size
                    and keys[k] in ("de", "d'")
                    and (keys[k + 1 : k + 2])
                    and ((keys[k + 1],) in lex.places and sent.tokens[k + 1].cap)
                ):
                    size = 2
                if not size:
                    break
                country = country or lex.demonyms.get(" ".join(keys[k : k + size]), "")
                k, n_mods = k + size, n_mods + 1
            if k < n and sent.tokens[k].cap and sent.tokens[k].text[0].isalnum():
                continue  # "l'entreprise Mistral AI": a name follows, no description
            if _name_after_adjective(sent, k, lex):
                continue  # "l'hébergeur roubaisien OVHcloud"
            if k < n and keys[k] in ("de", "d'", "du", "des", "of") and not n_mods:
                continue  # "le fabricant de Doliprane"
            weak = head in lex.weak_descriptors and not n_mods
            out.append(Description(sent.index, i + skip, k, heads[head], weak, country))
    return out


def _name_after_adjective(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """A lower-case adjective, then a name: the description introduces that name."""
    toks = sent.tokens
    if k + 1 >= len(toks) or not toks[k + 1].cap or not toks[k + 1].text[0].isalnum():
        return False
    word = toks[k]
    return (
        word.text.isalpha()
        and word.text[:1].islower()
        and word.key not in lex.function_words
        and word.key not in lex.verbs
        and word.key.endswith(_ADJ_ENDINGS)
    )


_ADJ_ENDINGS = (
    "ien",
    "ienne",
    "ais",
    "aise",
    "ois",
    "oise",
    "ain",
    "aine",
    "al",
    "ale",
    "ique",
    "an",
    "ese",
    "ish",
    "ic",
    "ian",
    "ean",
    "ern",
)


def _free_modifier(key: str, lex: Lexicon) -> bool:
    """ "redmond-based", or a product name ("chatgpt") before a description's head."""
    return key.endswith("-based") or ((key,) in lex.skip_names and key not in lex.function_words)


def find_groups(doc: Document, lex: Lexicon) -> list[Candidate]:
    """Groups of investors named by a description ("des fonds américains ou du Golfe")."""
    groups = lex.data.get("investor_groups") or {}
    heads = Phrases([phrase_key(h) for h in groups.get("heads") or []])
    mods = Phrases([phrase_key(m) for m in groups.get("modifiers") or []])
    joiners = {",", "ou", "et", "or", "and"}
    out = []
    for sent in doc.sentences:
        keys = sent.keys()
        n = len(keys)
        for i in range(n):
            h = _match_phrase(keys, i, heads)
            if not h or not sent.tokens[i].text[:1].islower():
                continue
            a, b = i, i + h
            if lex.lang == "en":  # modifiers come first: "foreign investors"
                while a > 0:
                    size = mods.ending_at(keys, a)
                    if size:
                        a -= size
                    elif a > 1 and keys[a - 1] in joiners and _ends_with_mod(keys, a - 1, mods):
                        a -= 1
                    else:
                        break
            else:
                while b < n:
                    size = _match_phrase(keys, b, mods)
                    if size:
                        b += size
                    elif b + 1 < n and keys[b] in joiners and _match_phrase(keys, b + 1, mods):
                        b += 1
                    else:
                        break
            if (a, b) == (i, i + h):
                continue
            toks = sent.tokens
            surface = doc.text[toks[a].start : toks[b - 1].end]
            cand = Candidate(sent.index, a, b, tuple(keys[a:b]), surface)
            cand.votes["investor"] += 5
            cand.votes["group"] += 1
            out.append(cand)
    return out


def find_lower_institutions(doc: Document, lex: Lexicon) -> list[Candidate]:
    """ "le ministère de l'Économie": a public body written in lower case."""
    heads = {phrase_key(h) for h in lex.words("lower_institutions")}
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        keys = sent.keys()
        n = len(keys)
        for i in range(n):
            if (keys[i],) not in heads or not toks[i].text[:1].islower():
                continue
            k = i + 1
            if k < n and keys[k] in ("de", "du", "des", "d'", "of"):
                k += 1
                if k < n and keys[k] in ("la", "l'", "the"):
                    k += 1
            if k >= n or not toks[k].cap or k == i + 1:
                continue
            end = k + 1
            while end < n and toks[end].cap:
                end += 1
            surface = doc.text[toks[i].start : toks[end - 1].end]
            cand = Candidate(sent.index, i, end, tuple(keys[i:end]), surface)
            cand.votes["government"] += 5
            cand.votes["group"] += 1
            out.append(cand)
    return out


_BODY_HEADS = {
    "ministry", "authority", "regulator", "watchdog", "agency", "government", "administration",
    "department", "commission", "court", "parliament", "cabinet", "office", "council", "senate",
}  # fmt: skip


def find_possessive_bodies(doc: Document, lex: Lexicon) -> list[Candidate]:
    """ "Beijing's commerce ministry", "the UK's independent competition authority": a public
    body named in lower case after its country."""
    if lex.lang != "en":
        return []
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        keys = sent.keys()
        for i in range(len(keys) - 2):
            if keys[i + 1] != "'s" or (keys[i],) not in lex.place_codes or not toks[i].cap:
                continue
            k = i + 2
            while k < len(keys) and k - i <= 5 and toks[k].text[:1].islower():
                if keys[k] in _BODY_HEADS:
                    break
                k += 1
            if k >= len(keys) or keys[k] not in _BODY_HEADS or not toks[k].text[:1].islower():
                continue  # "China's Ministry of Commerce" is a name the other rules read
            if k == i + 2 and keys[k] in ("government", "administration"):
                continue  # "China's government" stays the government of the country
            if any(keys[x] in lex.function_words for x in range(i + 2, k)):
                continue
            surface = doc.text[toks[i].start : toks[k].end]
            cand = Candidate(sent.index, i, k + 1, tuple(keys[i : k + 1]), surface)
            cand.votes["government"] += 5
            cand.votes["body"] += 1  # a body of the country, not its government
            cand.country = lex.place_codes[(keys[i],)]
            out.append(cand)
    return out


_NATIONAL_HEADS = {"ministere", "autorite", "agence", "commission", "regulateur", "gendarme"}


def find_national_bodies(doc: Document, lex: Lexicon) -> list[Candidate]:
    """ "le ministère chinois du Commerce", "l'autorité néerlandaise de la concurrence": a public
    body of a country named in lower case with its nationality."""
    if lex.lang != "fr":
        return []
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        keys = sent.keys()
        n = len(keys)
        for i in range(n - 1):
            if keys[i] not in _NATIONAL_HEADS or not toks[i].text[:1].islower():
                continue
            country = lex.demonyms.get(keys[i + 1], "")
            if not country or not toks[i + 1].text[:1].islower():
                continue
            end = i + 2
            k = end
            if k < n and keys[k] in ("de", "du", "des", "d'"):
                k += 1
                if k < n and keys[k] in ("la", "l'"):
                    k += 1
                if k < n and toks[k].text.isalpha() and keys[k] not in lex.function_words:
                    end = k + 1
            surface = doc.text[toks[i].start : toks[end - 1].end]
            cand = Candidate(sent.index, i, end, tuple(keys[i:end]), surface)
            cand.votes["government"] += 5
            cand.votes["group"] += 1
            cand.votes["body"] += 1  # a body of the country, not its government
            cand.country = country
            out.append(cand)
    return out


def _ends_with_mod(keys: list[str], end: int, mods: Phrases) -> bool:
    return mods.ending_at(keys, end) > 0


def name_mentions(doc: Document, clusters: list[Cluster]) -> list[Mention]:
    """Every place where an actor's name (or alias) is written."""
    table: dict[str, list[tuple[tuple[str, ...], int, bool]]] = {}
    for c in clusters:
        names = set(c.keys) | set(c.surfaces)
        for key in names:
            table.setdefault(key[0], []).append((key, c.index, c.group))
    for bucket in table.values():
        bucket.sort(key=lambda e: -len(e[0]))
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        keys = sent.keys()
        n, i = len(keys), 0
        while i < n:
            bucket = table.get(keys[i])
            hit = None
            if bucket:
                for key, idx, group in bucket:
                    if tuple(keys[i : i + len(key)]) == key and (group or toks[i].cap):
                        hit = (key, idx)
                        break
            if hit is None:
                i += 1
                continue
            j = i + len(hit[0])
            start, end = toks[i].start, toks[j - 1].end
            out.append(Mention(sent.index, i, j, start, end, hit[1], "name", doc.text[start:end]))
            i = j
    return out


class Context:
    """Mentions by sentence, with the resolution of descriptions and pronouns."""

    def __init__(self, doc: Document, clusters: dict[int, Cluster], mentions: list[Mention]):
        self.doc = doc
        self.clusters = clusters
        self.by_sent: list[list[Mention]] = [[] for _ in doc.sentences]
        for m in mentions:
            self.by_sent[m.sent].append(m)
        self.salience = Counter(m.actor for m in mentions)
        firsts = sorted(
            (c.first, c.index) for c in clusters.values() if c.kind in ("company", "organisation")
        )
        self.lead = firsts[0][1] if firsts else -1

    def actors_in(self, sent: int) -> list[int]:
        """Actors mentioned in a sentence, in order."""
        return [m.actor for m in self.by_sent[sent]]

    def add(self, mention: Mention) -> None:
        """Record a resolved description, keeping the sentence in text order."""
        row = self.by_sent[mention.sent]
        row.append(mention)
        row.sort(key=lambda m: m.start)

    def antecedent(
        self,
        sent: int,
        kinds: tuple[str, ...],
        same: bool = False,
        before: int | None = None,
        country: str = "",
    ) -> int:
        """The actor of one of ``kinds`` a description or pronoun most likely stands for."""
        excluded = set()
        if not same:
            text = self.doc.text
            for m in self.by_sent[sent]:
                if before is None or (m.start < before and not _CLAUSE.search(text, m.end, before)):
                    excluded.add(m.actor)  # "de Mistral AI à ... du géant mondial"
        if country:  # a nationality that fits outweighs the rule of the same sentence
            excluded = {a for a in excluded if self.clusters[a].country != country}
        best, best_score = -1, 0.0
        for d in range(0 if same else 1, WINDOW + 1):
            if sent - d < 0:
                break
            row = self.actors_in(sent - d)
            if d == 1 and not same:
                row = row + [a for a in self.actors_in(sent) if a not in excluded]
            for actor in row:
                c = self.clusters.get(actor)
                if c is None or actor in excluded or c.kind not in kinds:
                    continue
                if country and c.country and c.country != country:
                    continue
                weight = self.salience[actor] + (3 if actor == self.lead else 0)
                if country and c.country == country:
                    weight *= 3
                score = weight / (d + 1)
                if score > best_score:
                    best, best_score = actor, score
        lead = self.clusters.get(self.lead)
        if best < 0 and lead is not None and lead.kind in kinds and self.lead not in excluded:
            if not (country and lead.country and lead.country != country):
                return self.lead
        return best

    def recent_person(self, sent: int, before: int | None = None) -> int:
        """The person named last, in this sentence (before a position) or the two previous."""
        for d in range(0, 3):
            if sent - d < 0:
                break
            for m in reversed(self.by_sent[sent - d]):
                if d == 0 and before is not None and m.start >= before:
                    continue
                c = self.clusters.get(m.actor)
                if c is not None and c.kind == "person":
                    return m.actor
        return -1


def _expanded_acronym(ctx: Context, phrase: str) -> int:
    """ "la banque publique d'investissement" stands for "Bpifrance" (its initials)."""
    words = [w for w in phrase_key(phrase)[1:] if len(w) > 3]
    if len(words) < 2:
        return -1
    initials = "".join(w[0] for w in words)
    for index, c in ctx.clusters.items():
        if any(key and key[0].startswith(initials) for key in c.keys):
            return index
    return -1


def resolve_descriptions(ctx: Context, descriptions: list[Description], lex: Lexicon) -> None:
    """Attach each description to the actor it stands for, in reading order."""
    doc = ctx.doc
    for desc in descriptions:
        sent: Sentence = doc.sentences[desc.sent]
        toks = sent.tokens
        if any(m.i < desc.j and desc.i < m.j for m in ctx.by_sent[desc.sent]):
            continue  # already read as a name
        actor = -1
        if desc.i >= 2 and toks[desc.i - 1].key == ",":  # apposition: "Mistral AI, la start-up"
            prev = [m for m in ctx.by_sent[desc.sent] if m.j == desc.i - 1]
            if prev:
                actor = prev[0].actor
        if actor < 0:
            actor = _expanded_acronym(ctx, doc.text[toks[desc.i].start : toks[desc.j - 1].end])
        if actor < 0:
            kinds = _FITS.get(desc.kind, ("company",))
            actor = ctx.antecedent(
                desc.sent, kinds, before=toks[desc.i].start, country=desc.country
            )
        if actor < 0:
            continue
        start, end = toks[desc.i].start, toks[desc.j - 1].end
        how = "reference" if desc.weak else "description"
        ctx.add(Mention(desc.sent, desc.i, desc.j, start, end, actor, how, doc.text[start:end]))
        c = ctx.clusters[actor]
        if desc.country and not c.country:
            c.country = desc.country
