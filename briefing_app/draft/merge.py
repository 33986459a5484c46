"""Merge the names found into actors and decide their kind and display name.

One actor per entity: case and accent variants ("ToTalEnergies"), short
forms ("Mistral" for "Mistral AI"), surnames ("Stroll"), acronyms in brackets,
known equivalents ("Bercy"), "the Department" for "Commerce Department". A
longer name that the article uses on its own several times ("Orange Polska")
stays a separate actor.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from briefing_app.draft.actors import Candidate
from briefing_app.draft.lexicon import Lexicon, phrase_key

_GENERIC_HEADS = {
    "department",
    "commission",
    "agency",
    "authority",
    "group",
    "groupe",
    "bank",
    "banque",
    "committee",
    "comite",
    "ministry",
    "ministere",
    "council",
    "conseil",
    "agence",
    "autorite",
    "company",
    "corporation",
    "fund",
    "fonds",
    "alliance",
}


_LEGAL = {"inc", "corp", "corporation", "ltd", "plc", "llc", "sa", "sas", "ag", "se", "nv", "gmbh"}


def _bare(key: tuple[str, ...], surface: str) -> tuple[str, ...]:
    """A name without its legal form or web suffix ("Amazon.com Inc" -> "amazon")."""
    while len(key) >= 2 and key[-1] in _LEGAL:
        key = key[:-1]
    if len(key) == 1 and ".com" in surface.casefold() and key[0].endswith("com"):
        key = (key[0][:-3],)  # keys drop the dot: "amazoncom"
    return key


@dataclass
class Cluster:
    """One actor: all the names that stand for it and what the text says of it."""

    index: int
    keys: Counter = field(default_factory=Counter)  # name key -> occurrences
    surfaces: dict[tuple[str, ...], str] = field(default_factory=dict)
    votes: Counter = field(default_factory=Counter)
    country: str = ""
    role: str = ""
    existing_id: str = ""
    existing_kind: str = ""
    first: int = 10**12
    kind: str = "company"
    name: str = ""
    group: bool = False  # a described group of investors ("des fonds américains")
    merged_into: int = -1

    def absorb(self, other: Cluster) -> None:
        """Take over the names and evidence of ``other``."""
        self.keys.update(other.keys)
        for k, s in other.surfaces.items():
            self.surfaces.setdefault(k, s)
        self.votes.update(other.votes)
        self.country = self.country or other.country
        self.role = self.role or other.role
        self.existing_id = self.existing_id or other.existing_id
        self.existing_kind = self.existing_kind or other.existing_kind
        self.group = self.group or other.group
        self.first = min(self.first, other.first)
        other.merged_into = self.index


def cluster(
    cands: list[Candidate],
    existing: list[tuple[str, str, list[str]]],
    places=frozenset(),
    equivalents=(),
    org_words=frozenset(),
) -> list[Cluster]:
    """Merge candidates into actors; ``existing`` gives (id, kind, names) already in the note."""
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, ...], Cluster] = {}
    for actor_id, kind, names in existing:
        c = Cluster(len(clusters), existing_id=actor_id, existing_kind=kind)
        clusters.append(c)
        for name in names:
            key = phrase_key(name)
            if key and key not in by_key:
                by_key[key] = c
                c.surfaces.setdefault(key, name)
        c.name = names[0] if names else actor_id
    for cand in cands:
        c = by_key.get(cand.key)
        if c is None:
            c = Cluster(len(clusters))
            clusters.append(c)
            by_key[cand.key] = c
        c.keys[cand.key] += 1
        c.surfaces.setdefault(cand.key, cand.surface)
        c.votes.update(cand.votes)
        c.country = c.country or cand.country
        c.group = c.group or cand.votes["group"] > 0
        c.first = min(c.first, cand.sent * 10000 + cand.i)

    def root(c: Cluster) -> Cluster:
        while c.merged_into >= 0:
            c = clusters[c.merged_into]
        return c

    def merge(small: Cluster, big: Cluster) -> None:
        small, big = root(small), root(big)
        if small is not big:
            if small.existing_id and not big.existing_id:
                small, big = big, small
            big.absorb(small)

    for cand in cands:  # acronyms in brackets
        if cand.alias_of and cand.alias_of in by_key:
            merge(by_key[cand.key], by_key[cand.alias_of])
    for a_key, b_key in equivalents:  # "Bercy" and "ministère de l'Économie"
        if a_key in by_key and b_key in by_key:
            merge(by_key[a_key], by_key[b_key])
    for key, c in list(by_key.items()):  # "Amazon.com Inc" / "Amazon", "Kelvar Corp" / "Kelvar"
        bare = _bare(key, c.surfaces.get(key, ""))
        if bare == key or bare not in by_key:
            continue
        others = [k for k in by_key if k[: len(bare)] == bare and k not in (key, bare)]
        if not others:  # "Siemens" beside "Siemens AG" and "Siemens Energy" stays apart
            merge(c, by_key[bare])
    squashed: dict[str, Cluster] = {}
    for key, c in list(by_key.items()):  # "Total Energies" / "TotalEnergies"
        flat = "".join(key).replace("-", "")
        if flat in squashed:
            merge(c, squashed[flat])
        else:
            squashed[flat] = c
    keys = sorted(by_key, key=len, reverse=True)
    used_alone: dict[tuple[str, ...], set[tuple[str, ...]]] = {}  # prefix -> names used twice
    for key, c in by_key.items():
        if c.keys.get(key, 0) >= 2:
            for size in range(1, len(key)):
                used_alone.setdefault(key[:size], set()).add(key)
    for key in keys:  # short forms: "Mistral" -> "Mistral AI", "Stroll" -> "Lawrence Stroll"
        if len(key) < 2 or "'s" in key:  # "UK's competition authority" is not the UK
            continue
        big = root(by_key[key])
        person = big.votes["person"] > 0
        forms = [key]
        if key[0] in places and len(key) > 2:  # "Beijing VDN Cloud Service" -> "VDN Cloud"
            forms.append(key[1:])
        if len(forms) > 1 and forms[1] in by_key and not person:  # "Enterprise Chamber"
            merge(by_key[forms[1]], big)
        for form in forms:
            for size in range(1, len(form)):
                short = by_key.get(form[:size])
                if short is None or (person and size == 1) or (form[:size],) == (key[0],):
                    continue
                if not _same_entity(form, size, short, big, org_words):
                    continue
                if used_alone.get(form[:size], set()) - {key}:
                    continue  # "Siemens": Siemens Energy or Siemens AG?
                merge(short, big)
        if person:
            last = by_key.get(key[-1:])
            if last is not None:
                merge(last, big)
        elif key[-1] in _GENERIC_HEADS and (key[-1],) in by_key:  # "the Department"
            heads = [k for k in keys if len(k) >= 2 and k[-1] == key[-1]]
            if len(heads) == 1:
                merge(by_key[(key[-1],)], big)
    for key in keys:  # "Mistral Compute", named once, goes with "Mistral" -> "Mistral AI"
        c, head = by_key[key], by_key.get(key[:1])
        if len(key) == 2 and head is not None and sum(c.keys.values()) == 1:
            target = root(head)
            if target is not head and target is not root(c) and not c.existing_id:
                merge(c, target)
    return [c for c in clusters if c.merged_into < 0]


def _same_entity(form, size: int, short: Cluster, big: Cluster, org_words) -> bool:
    """ "Mistral" is "Mistral AI"; a name often used alone is not a longer, rarer one."""
    extra = form[size:]
    if all(k in org_words or (len(k) <= 3 and k.isalpha()) for k in extra):
        return True  # "Mistral AI", "Geely Holding"
    long_count = big.keys.get(form, 0) or sum(big.keys.values())
    if len(extra) == 1 and long_count <= 1:
        return True  # written out once: "Aston Martin Lagonda", "Microsoft Azure"
    return sum(short.keys.values()) <= long_count  # "Orange" and "Orange Polska" stay two


def decide_kind(c: Cluster, lex: Lexicon) -> str:
    """The actor kind from the votes the text gave."""
    if c.existing_kind:
        return c.existing_kind
    votes = c.votes
    for key in c.keys:
        if key in lex.known:
            return lex.known[key]
    if votes["person"] >= 2 and any(_personal(k, lex) for k in c.keys):
        return "person"
    ranked = [k for k, _ in votes.most_common() if k in ("investor", "government", "organisation")]
    if ranked and votes[ranked[0]] >= votes["company"]:
        return ranked[0]
    return "company"


def _personal(key: tuple[str, ...], lex: Lexicon) -> bool:
    """A name shaped like a person's: 2-4 words, none of them an organisation word."""
    if not 2 <= len(key) <= 4 or any(k in lex.org_words for k in key):
        return False
    return key[0].split("-")[0] in lex.first_names or all(k.replace("-", "").isalpha() for k in key)


def display_name(c: Cluster) -> str:
    """A person's full name; else the most used form, the base form on a tie."""
    if c.existing_id:
        return c.name
    if not c.keys:
        return next(iter(c.surfaces.values()), "")
    keys = list(c.keys)
    if c.kind == "person":
        return c.surfaces[max(keys, key=len)]

    def score(key: tuple[str, ...]) -> tuple[float, int]:
        base = any(len(o) > len(key) and o[: len(key)] == key for o in keys)
        return c.keys[key] + (0.5 if base else 0.0), len(key) >= 2

    return c.surfaces[max(keys, key=score)]


_STATE_KEYS = {
    "government", "gouvernement", "administration", "ministere", "ministry", "etat", "state",
    "department", "departement", "executive", "executif", "cabinet",
}  # fmt: skip


def merge_acting_places(clusters: list[Cluster], lex: Lexicon) -> list[Cluster]:
    """ "Britain said" and "the UK government", "Berlin" and "le gouvernement allemand":
    a country that acts is the government the text also names, when that one fits."""
    places = [
        c for c in clusters if c.kind == "government" and all(k in lex.places for k in c.keys)
    ]
    states = [
        c
        for c in clusters
        if c.kind == "government"
        and c not in places
        and not c.existing_id
        and not c.votes["body"]  # "Beijing's commerce ministry" is a body, not the government
        and (
            any(_STATE_KEYS.intersection(k) for k in c.keys)
            or (c.country == "EU" and any("commission" in k for k in c.keys))  # "Brussels"
        )
    ]
    by_code: dict[str, Cluster] = {}
    for place in places:  # "UK" and "Britain"
        code = _place_country(place, lex)
        if code and code in by_code:
            by_code[code].absorb(place)
        elif code:
            by_code[code] = place
    places = [p for p in places if p.merged_into < 0]
    if not places or not states:
        return [c for c in clusters if c.merged_into < 0]
    home = home_country(clusters, lex)
    for place in places:
        code = _place_country(place, lex)
        if code:  # "Berlin" goes with "le ministère" of a German story, not of a French one
            fits = [s for s in states if (_country_of(s, lex) or home) in ("", code)]
        else:
            fits = [s for s in states if not _country_of(s, lex)]
        named = [s for s in fits if any(set(p) <= set(k) for p in place.keys for k in s.keys)]
        exact = [s for s in fits if code and _country_of(s, lex) == code]
        if named or len(exact) == 1:
            target = (named or exact)[0]
        else:
            target = fits[0] if len(fits) == 1 and len(places) == 1 else None
        if target is not None:
            target.absorb(place)
    return [c for c in clusters if c.merged_into < 0]


def home_country(clusters: list[Cluster], lex: Lexicon) -> str:
    """The country the story is most about: of its actors and acting places, by mentions."""
    votes: Counter = Counter()
    codes = lex.place_codes
    for c in clusters:
        code = c.country or next((codes[k] for k in c.keys if k in codes), "")
        if code:
            votes[code] += sum(c.keys.values())
    return votes.most_common(1)[0][0] if votes else ""


def _place_country(c: Cluster, lex: Lexicon) -> str:
    """A country code for a place name, through the nationality words ("Britain" ~ "british")."""
    codes = lex.place_codes
    for key in c.keys:
        if key in codes:
            return codes[key]
    for key in c.keys:
        word = "".join(key)
        if word in lex.demonyms:
            return lex.demonyms[word]
        for dem, code in lex.demonyms.items():
            if code and len(word) >= 4 and dem[:4] == word[:4]:
                return code
    return ""


def _country_of(c: Cluster, lex: Lexicon) -> str:
    """The actor's country, or the nationality written in its names ("gouvernement allemand")."""
    if c.country:
        return c.country
    for key in c.keys:
        for k in key:
            if lex.demonyms.get(k):
                return lex.demonyms[k]
    return ""


def minister_roles(doc, clusters: dict[int, Cluster], mentions, lex: Lexicon) -> None:
    """ "le ministre de l'Economie et des Finances Bruno Le Maire": the title and its
    portfolio are the person's role."""
    from briefing_app.draft.portfolios import portfolio_end

    done: set[int] = set()
    for m in mentions:
        c = clusters.get(m.actor)
        if c is None or c.kind != "person" or c.role or m.actor in done:
            continue
        sent = doc.sentences[m.sent]
        toks = sent.tokens
        for i, j, _tag, _v in sent.matches(lex.phrases, frozenset({"title"})):
            if i == m.j + 1 and toks[m.j].key == "," and toks[i].key in _MINISTERS:
                end = portfolio_end(toks, j, lex)  # "Marc X, ministre délégué chargé de ..."
                if end > j:
                    c.role = doc.text[toks[i].start : toks[end - 1].end]
                    done.add(m.actor)
                    break
            if j > m.i or m.i - i > 14:
                continue
            end = portfolio_end(toks, j, lex) if toks[i].key in _MINISTERS else j
            gap = m.i - end
            start = i
            if end == j and i > 0 and (toks[i - 1].key,) in lex.portfolios:
                start = i - 1  # "Trade Minister Greg Hands"
            if (end > j or start < i) and (gap == 0 or (gap == 1 and toks[end].key == ",")):
                c.role = doc.text[toks[start].start : toks[end - 1].end]
                done.add(m.actor)
                break


_MINISTERS = {"ministre", "minister", "secretary", "secretaire", "commissaire", "commissioner"}
