"""Relationships between actors: cue phrases, and job titles for leadership.

For a cue ("partenariat avec", "stake in", "filiale de") the actor named just
before it is the source and the actors listed after it the targets. A cue
opened by a possessive ("sa filiale", "its subsidiary") takes the subject of
the sentence as source. Leadership comes from "X, le PDG de Y", "le PDG de
Y, X" and "Y CEO X"; the title also becomes the person's role.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_app.draft.coref import Context, Mention
from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.segment import Sentence

WINDOW = 14
CO_MENTIONS = 2
MAX_PARTIES = 8
MAX_MENTIONS = 50
_POSSESSIVE = {"sa", "son", "ses", "its", "their", "leur", "leurs"}
_PASSIVE = ("par", "by", "of", "de", "d'", "from", "included", "including")
_STOP = {";", ".", "?", "!"}
_ORG_KINDS = ("company", "organisation", "investor", "government")
_GROUP_NOUNS = {
    "customers",
    "clients",
    "partners",
    "partenaires",
    "investors",
    "investisseurs",
    "backers",
    "suppliers",
    "fournisseurs",
    "actionnaires",
    "shareholders",
    "funders",
    "bailleurs",
    "participation",
}
# "HiSilicon, Huawei's chip unit": nouns that make the first actor part of the second.
_UNIT_NOUNS = {
    "unit": "part-of",
    "arm": "part-of",
    "division": "part-of",
    "branch": "part-of",
    "affiliate": "ownership",
    "subsidiary": "ownership",
    "spin-off": "part-of",
}
_CORPORATE = {
    "ceo",
    "pdg",
    "chief executive",
    "president",
    "president-directeur general",
    "chairman",
    "chairwoman",
    "directeur general",
    "directrice generale",
    "founder",
    "cofondateur",
    "fondateur",
    "co-founder",
    "patron",
    "patronne",
    "dirigeant",
    "chief executive officer",
    "managing director",
    "executive chairman",
}


@dataclass
class RelationDraft:
    """A relationship between two actors (cluster indices) and its passage."""

    sent: int
    source: int
    target: int
    kind: str
    start: int
    end: int


def _kind_of(ctx: Context, actor: int) -> str:
    return ctx.clusters[actor].kind


def _targets(sent: Sentence, mentions: list[Mention], end: int, stop: int) -> list[Mention]:
    """Mentions after a cue, up to a clause stop, the next cue or the window's end."""
    out = []
    limit = min(end + WINDOW, stop)
    for k in range(end, min(limit, len(sent.tokens))):
        if sent.tokens[k].key in _STOP:
            limit = k
            break
    for m in mentions:
        if end <= m.i < limit:
            out.append(m)
    return out


def find_relations(ctx: Context, lex: Lexicon) -> list[RelationDraft]:
    """Relationships found in the document, one per pair and kind."""
    doc = ctx.doc
    found: dict[tuple[int, int, str], RelationDraft] = {}
    heads: dict[str, set[int]] = {}  # organisations by the first word of their name

    def add(sent: Sentence, a: int, b: int, kind: str) -> None:
        if a < 0 or b < 0 or a == b:
            return
        key = (min(a, b), max(a, b), kind)
        people = ("leadership", "part-of")
        if key not in found and not any((min(a, b), max(a, b), k) in found for k in people):
            found[key] = RelationDraft(sent.index, a, b, kind, sent.start, sent.end)

    for sent in doc.sentences:
        mentions = ctx.by_sent[sent.index]
        if sent.heading or len(mentions) > MAX_MENTIONS:
            continue  # no sentence names fifty actors: this is a list or noise
        keys = sent.keys()
        titles = []
        cues = []
        for i, j, tag, value in sent.matches(lex.phrases, frozenset({"relation", "leader_title"})):
            if tag == "leader_title":
                titles.append((i, j))
                continue
            if sent.in_quote(sent.tokens[i].start) or len(mentions) + 1 < 2:
                continue
            if any(m.i <= i < m.j for m in mentions):
                continue  # "concurrence" inside "Autorité de la concurrence" is a name, not a cue
            cues.append((i, j, value))
        for n, (i, j, value) in enumerate(cues):
            # a cue's targets stop where a later cue starts ("… de X, mené par Y")
            stop = next((c[0] for c in cues[n + 1 :] if c[0] >= j), len(sent.tokens))
            _cue(ctx, sent, mentions, i, j, value, add, stop)
        for i, j in titles:
            kind = "leadership" if tuple(keys[i:j]) in lex.leader_titles else "part-of"
            _leadership(ctx, sent, mentions, i, j, add, kind, heads, lex)
        _joint(ctx, sent, mentions, keys, lex, add)
        _possessive_unit(ctx, sent, mentions, keys, add)
        _unit_of(ctx, sent, mentions, keys, add)
        _founders(ctx, sent, mentions, keys, add)
    _co_mentions(ctx, found, add)
    return list(found.values())


def _co_mentions(ctx: Context, found: dict, add) -> None:
    """Two organisations named together in two sentences or more: linked ("other")."""
    linked = {(a, b) for a, b, _k in found}
    seen: dict[tuple[int, int], list[Sentence]] = {}
    for sent in ctx.doc.sentences:
        if sent.heading:
            continue
        orgs = sorted(
            {m.actor for m in ctx.by_sent[sent.index] if _kind_of(ctx, m.actor) in _ORG_KINDS}
        )
        if len(orgs) > MAX_PARTIES:
            continue  # a list, not a statement about each pair
        for x, a in enumerate(orgs):
            for b in orgs[x + 1 :]:
                seen.setdefault((a, b), []).append(sent)
    for (a, b), sents in seen.items():
        if len(sents) >= CO_MENTIONS and (a, b) not in linked:
            add(sents[0], a, b, "other")


def _cue(
    ctx: Context, sent: Sentence, mentions: list[Mention], i: int, j: int, kind, add, stop: int
) -> None:
    orgs = [m for m in mentions if _kind_of(ctx, m.actor) in _ORG_KINDS]
    if kind == "regulator":
        states = {m.actor for m in orgs if _kind_of(ctx, m.actor) == "government"}
        others = [m.actor for m in orgs if m.actor not in states]
        if len(states) == 1 and not others:  # "clearance from the CMA": the deal's party
            topic = ctx.antecedent(sent.index, ("company", "organisation", "investor"))
            if topic >= 0:
                add(sent, next(iter(states)), topic, kind)
            return
    owned = sent.tokens[i].key in _POSSESSIVE or (i and sent.tokens[i - 1].key in _POSSESSIVE)
    if owned and orgs and orgs[0].j > i:
        # "Leurs partenaires sont A, B et C": the owner was named in an earlier sentence
        owner = ctx.antecedent(sent.index, ("company", "organisation", "investor"))
        if kind == "part-of" and sent.index > 0:  # "… lance le consortium X. Ses membres sont"
            prior = [m for m in ctx.by_sent[sent.index - 1] if _kind_of(ctx, m.actor) in _ORG_KINDS]
            owner = prior[-1].actor if prior else owner
        if owner >= 0 and kind in ("partnership", "supplier", "investment", "part-of"):
            for m in orgs[:MAX_PARTIES]:
                if m.i >= j:
                    add(sent, m.actor, owner, kind)
            return
    if sent.tokens[i].key in _POSSESSIVE and orgs:
        source = orgs[0].actor
    else:
        before = [m for m in orgs if m.j <= i]
        source = before[-1].actor if before and before[-1].i >= i - WINDOW else -1
        subject = _apposition_subject(sent, orgs, i)
        source = subject if subject >= 0 else source
    after = [m for m in _targets(sent, mentions, j, stop) if _kind_of(ctx, m.actor) in _ORG_KINDS]
    listed = _listed_before(sent, orgs, i) if kind in ("investment", "partnership") else []
    if len(listed) >= 2 and source == listed[-1] and after:
        # "A, B et C ont participé au tour de table de X": each of them, X
        target = after[0].actor
        for actor in listed:
            add(sent, actor, target, kind)
        return
    group_cue = any(t.key in _GROUP_NOUNS for t in sent.tokens[i:j])
    if (
        kind == "investment"
        and len(after) >= 2
        and sent.keys()[after[0].j : after[1].i]
        in (
            ["par"],
            ["by"],
        )
    ):
        add(sent, after[1].actor, after[0].actor, kind)  # "le rachat de X par Y": Y buys X
        return
    if source < 0 and kind == "investment":
        # "X lève 20 M€ ... auprès de A, B et C": the raiser is named earlier in the sentence
        before = [m for m in orgs if m.j <= i and _kind_of(ctx, m.actor) != "investor"]
        source = before[-1].actor if before else -1
        group_cue = group_cue or source >= 0 or len(after) >= 2
    if source < 0 and len(after) >= 2 and not group_cue:
        if kind in ("regulator", "part-of"):
            return  # "approved stakes by A, B and C", "members are A, B": no tie among them
        if set(sent.keys()[after[0].j : after[1].i]) & {"ou", "or"}:
            return  # "se tourner vers A ou B": alternatives, not a tie between A and B
        source, after = after[0].actor, after[1:]
    if source < 0:
        source = ctx.antecedent(sent.index, ("company", "organisation", "investor"))
    targets = [m.actor for m in after if m.actor != source]
    if kind in ("ownership", "part-of") and sent.tokens[j - 1].key in ("de", "d'", "du", "of"):
        targets = targets[:1]  # "S3NS, filiale de Thales, s'appuie sur Google": Thales only
    if not targets:
        others = [m.actor for m in orgs if m.actor != source]
        if others:
            targets = others[:1]
        else:
            topic = ctx.antecedent(sent.index, ("company", "organisation"))
            targets = [topic] if topic != source else []
    passive = j - i >= 2 and sent.tokens[j - 1].key in _PASSIVE and kind != "partnership"
    passive = passive or (kind == "supplier" and sent.tokens[j - 1].key in ("with", "avec"))
    for t in targets:
        if passive:
            add(sent, t, source, kind)
        else:
            add(sent, source, t, kind)


_JOINT_WORDS = {
    "projet",
    "project",
    "accord",
    "deal",
    "coentreprise",
    "joint",
    "alliance",
    "partenaires",
    "partners",
    "ensemble",
    "together",
    "commun",
    "commune",
}


def _joint(ctx: Context, sent: Sentence, mentions: list[Mention], keys, lex, add) -> None:
    """ "Renault et Nissan ont lancé", "le projet de ST et de GlobalFoundries": partners."""
    orgs = [
        m for m in mentions if _kind_of(ctx, m.actor) in ("company", "organisation", "investor")
    ]
    for n, (a, b) in enumerate(zip(orgs, orgs[1:], strict=False)):
        between = keys[a.j : b.i]
        if not between or between[0] not in ("et", "and", "&") or len(between) > 2:
            continue
        if n > 0 and keys[orgs[n - 1].j : a.i] == [","]:
            continue  # the end of a longer list ("A, B et C"): not a pair of partners
        if len(between) == 2 and between[1] not in ("de", "d'", "du"):
            continue
        window = set(keys[max(0, a.i - 6) : b.j + 6])
        verbs = any(
            b.j <= i < b.j + 6
            for i, _j, _tag, _v in sent.matches(
                lex.phrases, frozenset({"announcement", "relation"})
            )
        )
        if verbs or window & _JOINT_WORDS:
            add(sent, a.actor, b.actor, "partnership")


_LIST_JOINS = (
    [","],
    ["et"],
    ["and"],
    [",", "et"],
    [",", "and"],
    ["ainsi", "que"],
    ["as", "well", "as"],
)


def _listed_before(sent: Sentence, orgs: list[Mention], i: int) -> list[int]:
    """The actors of a list ("A, B et C") that ends right before token ``i``."""
    keys = sent.keys()
    before = [m for m in orgs if m.j <= i]
    if not before or i - before[-1].j > 4:  # "A et B ont participé au …"
        return []
    out = [before[-1]]
    for m in reversed(before[:-1]):
        if keys[m.j : out[-1].i] not in _LIST_JOINS:
            break
        out.append(m)
    return [m.actor for m in reversed(out)] if len(out) >= 2 else []


def _apposition_subject(sent: Sentence, orgs: list[Mention], i: int) -> int:
    """ "S3NS, filiale de Thales, s'appuie sur": the actor before the apposition (S3NS)."""
    keys = sent.keys()
    if i < 2 or keys[i - 1] != ",":
        return -1
    for k in range(i - 2, max(0, i - WINDOW), -1):
        if keys[k] in _STOP or i - k > 8:
            return -1  # an apposition is short ("filiale de Thales"); longer is a clause
        if keys[k] == ",":
            return next((m.actor for m in orgs if m.j == k), -1)
    return -1


_FIRM_NOUNS = {"firm", "fund", "company", "group", "vehicle", "holding", "office", "foundation"}


def _persons_firm(ctx: Context, sent: Sentence, mentions: list[Mention], keys, add) -> None:
    """ "Daniel Ek's investment firm, Prima Materia": the person leads the firm."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if _kind_of(ctx, a.actor) != "person" or _kind_of(ctx, b.actor) not in _ORG_KINDS:
            continue
        between = keys[a.j : b.i]
        if (
            2 <= len(between) <= 5
            and between[0] in ("'s", "’s")
            and between[-1] == ","
            and between[-2] in _FIRM_NOUNS
        ):
            add(sent, a.actor, b.actor, "leadership")


_UNIT_OF = {"activite", "division", "branche", "pole", "filiale", "unite", "entite"}
_FOUNDED = {"founded", "co-founded", "cofounded", "fondee", "fonde", "cofondee", "cofonde", "creee"}


def _unit_of(ctx: Context, sent: Sentence, mentions: list[Mention], keys, add) -> None:
    """ "l'activité Advanced Computing d'Eviden": the unit is part of the group."""
    orgs = [m for m in mentions if _kind_of(ctx, m.actor) in _ORG_KINDS]
    for a, b in zip(orgs, orgs[1:], strict=False):
        if a.i >= 1 and keys[a.i - 1] in _UNIT_OF and keys[a.j : b.i] in (["de"], ["d'"], ["du"]):
            add(sent, a.actor, b.actor, "part-of")


def _founders(ctx: Context, sent: Sentence, mentions: list[Mention], keys, add) -> None:
    """ "Founded in 2019 by A, B and C, Cohere …", "X, fondée par A et B": founders lead X."""
    for k, key in enumerate(keys):
        if key not in _FOUNDED:
            continue
        by = next((x for x in range(k + 1, min(k + 6, len(keys))) if keys[x] in ("by", "par")), -1)
        if by < 0:
            continue
        people, end = [], by + 1
        for m in mentions:
            if m.i < end:
                continue
            gap = keys[end : m.i]
            described = (
                not people and len(gap) <= 3 and all(not t.cap for t in sent.tokens[end : m.i])
            )
            if _kind_of(ctx, m.actor) != "person" or not (
                set(gap) <= {",", "and", "et"} or described  # "par les médecins A et B"
            ):
                break
            people.append(m.actor)
            end = m.j
        orgs = [m for m in mentions if _kind_of(ctx, m.actor) in _ORG_KINDS]
        after = [m for m in orgs if m.i >= end]
        before = [m for m in orgs if m.j <= k]
        org = (
            after[0].actor
            if after and after[0].i - end <= 2
            else (before[-1].actor if before else -1)
        )
        for person in people:
            add(sent, person, org, "leadership")


def _possessive_unit(ctx: Context, sent: Sentence, mentions: list[Mention], keys, add) -> None:
    """ "HiSilicon, Huawei's chip unit": the first actor belongs to the second."""
    _persons_firm(ctx, sent, mentions, keys, add)
    orgs = [m for m in mentions if _kind_of(ctx, m.actor) in _ORG_KINDS]
    for a, b in zip(orgs, orgs[1:], strict=False):
        if keys[a.j : b.i] != [","] or b.j >= len(keys) or keys[b.j] not in ("'s", "’s"):
            continue
        for key in keys[b.j + 1 : b.j + 4]:
            if key in _UNIT_NOUNS:
                add(sent, a.actor, b.actor, _UNIT_NOUNS[key])
                break


def _leadership(
    ctx: Context,
    sent: Sentence,
    mentions: list[Mention],
    i: int,
    j: int,
    add,
    kind: str,
    heads: dict[str, set[int]],
    lex: Lexicon,
) -> None:
    """Title at tokens i..j: find the person and the organisation around it."""
    toks = sent.tokens
    person = org = None
    for m in mentions:
        actor_kind = _kind_of(ctx, m.actor)
        if actor_kind == "person":
            gap = [t.key for t in toks[m.j : i]]
            if m.j <= i and len(gap) <= 2 and set(gap) <= {",", "le", "la", "l'", "the", "a"}:
                person = m
            elif m.i >= j and m.i - j <= 8 and person is None:
                people = (o for o in mentions if o is not m and _kind_of(ctx, o.actor) == "person")
                if any(o.i >= j and o.j <= m.i for o in people):
                    continue  # "le président X et Y": the title is X's, not Y's
                between = [t.key for t in toks[j : m.i]]
                if "," in between or all(_joinable(k, ctx, toks, j, m.i) for k in between):
                    person = m
        elif actor_kind in _ORG_KINDS and org is None:
            if (
                m.i >= j
                and m.i - j <= 5
                and toks[m.i - 1].key in ("de", "d'", "du", "of", "at", "chez")
            ):
                org = m
            elif m.j <= i and i - m.j <= 1:
                org = m
    if person is None:
        return
    if org is None:
        state = _country_government(ctx, toks, i, j, lex)
        if state >= 0:  # "Chinese Commerce Minister X", "le ministre chinois du Commerce X"
            add(sent, person.actor, state, kind)
            return
    if org is None and i > 0 and toks[i - 1].cap:
        org_actor = _named_by_head(ctx, toks[i - 1].key, heads)
        if org_actor >= 0:
            add(sent, person.actor, org_actor, kind)
            return
    if org is None:
        if kind != "leadership" or " ".join(t.key for t in toks[i:j]) not in _CORPORATE:
            return
        topic = ctx.antecedent(sent.index, ("company", "organisation"), same=True)
        if topic < 0:
            return
        add(sent, person.actor, topic, kind)
        return
    add(sent, person.actor, org.actor, kind)
    c = ctx.clusters[person.actor]
    if not c.role:
        a, b = min(toks[i].start, org.start), max(toks[j - 1].end, org.end)
        c.role = ctx.doc.text[a:b]


_POLITICAL = {
    "minister", "ministre", "secretary", "secretaire", "commissioner", "commissaire",
    "chancellor", "chancelier", "chanceliere", "premier", "president", "presidente",
}  # fmt: skip


def _country_government(ctx: Context, toks, i: int, j: int, lex: Lexicon) -> int:
    """The government actor of the country a title names ("Chinese ... Minister"), or -1."""
    if not any(t.key in _POLITICAL for t in toks[i:j]):
        return -1  # a company's chief is no member of a government
    words = [t for t in toks[max(0, i - 3) : i] if t.cap] + list(toks[j : j + 2])
    code = next(
        (lex.demonyms.get(t.key) or lex.place_codes.get((t.key,), "") for t in words
         if lex.demonyms.get(t.key) or (t.key,) in lex.place_codes),
        "",
    )  # fmt: skip
    if not code:  # "Innovation Minister X": the one government the story names, if one
        homes = [
            c.index
            for c in ctx.clusters.values()
            if c.kind == "government"
            and any(w in ("government", "gouvernement", "etat") for k in c.keys for w in k)
        ]
        return homes[0] if len(homes) == 1 else -1
    for c in ctx.clusters.values():
        if c.kind != "government":
            continue
        if c.country == code or any(lex.place_codes.get(k) == code for k in c.keys):
            return c.index
    return -1


def _named_by_head(ctx: Context, head: str, heads: dict[str, set[int]]) -> int:
    """The one organisation whose longer name starts with ``head`` ("Commerce" Secretary)."""
    if not heads:  # built on first use, once per document
        heads[""] = set()
        for c in ctx.clusters.values():
            if c.kind in _ORG_KINDS:
                for k in c.keys:
                    if len(k) >= 2:
                        heads.setdefault(k[0], set()).add(c.index)
    found = heads.get(head, ())
    return next(iter(found)) if len(found) == 1 else -1


def _joinable(key: str, ctx, toks, a: int, b: int) -> bool:
    return key in ("and", "et", ",", "'s") or any(t.cap for t in toks[a:b])
