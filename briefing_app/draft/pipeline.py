"""Run the rules over one text: segment, find actors, resolve references,
then claims, risks and relationships. Pure functions of the text and lexicon.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from briefing_app.draft import actors, coref, merge
from briefing_app.draft.claims import ClaimDraft, find_claims
from briefing_app.draft.lexicon import Lexicon, load
from briefing_app.draft.relations import RelationDraft, find_relations
from briefing_app.draft.risks import RiskDraft, find_risks
from briefing_app.draft.segment import Document, segment

_STATE_WORDS = {
    "etat",
    "gouvernement",
    "government",
    "state",
    "bercy",
    "elysee",
    "matignon",
    "ministere",
    "ministry",
    "administration",
    "white",
    "maison",
}
ExistingActor = tuple[str, str, list[str]]  # (id, kind, names)


@dataclass
class Analysis:
    """Everything the rules found in one text, before it becomes note items."""

    doc: Document
    lex: Lexicon
    clusters: dict[int, merge.Cluster]
    context: coref.Context
    claims: list[ClaimDraft] = field(default_factory=list)
    risks: list[RiskDraft] = field(default_factory=list)
    relations: list[RelationDraft] = field(default_factory=list)


def guess_language(text: str) -> str:
    """ "fr" or "en" from the function words of the first 20,000 characters."""
    sample = text[:20000].lower().split()
    fr = sum(w in ("le", "la", "les", "des", "est", "une", "dans", "pour", "avec") for w in sample)
    en = sum(w in ("the", "and", "is", "are", "with", "for", "that", "was", "has") for w in sample)
    return "en" if en > fr else "fr"


def analyse(
    text: str,
    lang: str = "",
    existing: list[ExistingActor] | None = None,
    extra: Mapping | None = None,
    backend: str = "rules",
) -> Analysis:
    """Find actors, claims, risks and relationships in ``text``.

    ``backend`` "rules" (default), "spacy" (names from the optional spaCy
    model) or "both" (their union).
    """
    lex = load(lang if lang in ("fr", "en") else guess_language(text), extra)
    doc = segment(text)
    descriptions = coref.find_descriptions(doc, lex)
    groups = coref.find_groups(doc, lex)
    consumed: dict[int, set[int]] = {}
    for d in descriptions:
        consumed.setdefault(d.sent, set()).update(range(d.i, d.j))
    for g in groups:
        consumed.setdefault(g.sent, set()).update(range(g.i, g.j))
    for sent_index, used in actors.blocked_spans(doc, lex).items():
        consumed.setdefault(sent_index, set()).update(used)
    institutions = coref.find_lower_institutions(doc, lex) + coref.find_possessive_bodies(doc, lex)
    institutions += coref.find_national_bodies(doc, lex)
    candidates = groups + institutions
    if backend in ("rules", "both"):
        candidates += actors.extract(doc, lex, consumed)
    if backend in ("spacy", "both"):
        from briefing_app.draft import nlp

        candidates += nlp.entity_candidates(doc, lex)
    places = {k[0] for k in lex.places if len(k) == 1}
    merged = merge.cluster(candidates, existing or [], places, lex.equivalents, lex.org_words)
    for c in merged:
        c.kind = merge.decide_kind(c, lex)
    government = _government(doc, descriptions, merged)
    if government is not None:
        merged.append(government)
        merged += _foreign_governments(doc, descriptions, merged, lex)
    merged = merge.merge_acting_places(merged, lex)
    mentions = coref.name_mentions(doc, merged)
    counts: dict[int, int] = {}
    for m in mentions:
        counts[m.actor] = counts.get(m.actor, 0) + 1
    kept = {c.index: c for c in merged if _keep(c, counts.get(c.index, 0))}
    for c in kept.values():
        c.name = merge.display_name(c)
    mentions = [m for m in mentions if m.actor in kept]
    merge.minister_roles(doc, kept, mentions, lex)
    ctx = coref.Context(doc, kept, mentions)
    coref.resolve_descriptions(ctx, descriptions, lex)
    result = Analysis(doc, lex, kept, ctx)
    result.relations = find_relations(ctx, lex)
    result.claims = find_claims(ctx, lex)
    result.risks = find_risks(ctx, lex)
    return result


def _government(doc: Document, descriptions, clusters) -> merge.Cluster | None:
    """ "le gouvernement", "the French government": an actor when none is named."""
    if any(
        c.kind == "government" and _STATE_WORDS.intersection(*c.keys) and not _possessive(c)
        for c in clusters
    ):
        return None
    for d in descriptions:
        toks = doc.sentences[d.sent].tokens[d.i : d.j]
        keys = {t.key for t in toks}
        if len(keys - {"the", "le", "la", "l'"}) == 1 and keys & {"state", "etat"}:
            continue  # "the state" alone is most often a place
        if d.kind == "government" and _STATE_WORDS.intersection(keys):
            if toks and toks[0].key in ("le", "la", "l'", "the"):
                toks = toks[1:]
            if not toks:
                continue
            key = tuple(t.key for t in toks)
            if _names_a_body(key, clusters):
                continue  # "le ministère chinois" of "le ministère chinois du Commerce"
            index = max((c.index for c in clusters), default=-1) + 1
            c = merge.Cluster(index, kind="government", group=True)
            c.keys[key] += 1
            c.surfaces[key] = doc.text[toks[0].start : toks[-1].end]
            c.votes["government"] += 3
            c.first = d.sent * 10000 + d.i
            return c
    return None


def _names_a_body(key: tuple[str, ...], clusters) -> bool:
    """The words open the name of a body already found."""
    return any(_possessive(c) and any(k[: len(key)] == key for k in c.keys) for c in clusters)


def _possessive(c: merge.Cluster) -> bool:
    """ "Beijing's commerce ministry", "le ministère chinois du Commerce": a body of a
    country, not the government itself."""
    return c.votes["body"] > 0


def _foreign_governments(doc: Document, descriptions, clusters, lex) -> list[merge.Cluster]:
    """ "the Japanese government" beside "the U.S. government": one actor per nationality;
    "the government" with no nationality is that of the country the story is about."""
    first = clusters[-1]
    key = next(iter(first.keys))
    codes = {c.country for c in clusters if c.kind == "government" and c.country}
    mine = next((d.country for d in descriptions if _is_state(doc, d, key)), "")
    first.country = first.country or mine or merge.home_country(clusters, lex)
    codes.add(first.country)
    out = []
    for d in descriptions:
        if d.kind != "government" or not d.country or d.country in codes:
            continue
        toks = doc.sentences[d.sent].tokens[d.i : d.j]
        if toks and toks[0].key in ("le", "la", "l'", "the"):
            toks = toks[1:]
        keys = tuple(t.key for t in toks)
        if len(keys) < 2 or not _STATE_WORDS.intersection(keys):
            continue
        c = merge.Cluster(max(x.index for x in clusters + out) + 1, kind="government", group=True)
        c.keys[keys] += 1
        c.surfaces[keys] = doc.text[toks[0].start : toks[-1].end]
        c.votes["government"] += 3
        c.country = d.country
        c.first = d.sent * 10000 + d.i
        codes.add(d.country)
        out.append(c)
    return out


def _is_state(doc: Document, d, key: tuple[str, ...]) -> bool:
    toks = doc.sentences[d.sent].tokens[d.i : d.j]
    return tuple(t.key for t in toks)[-len(key) :] == key


def _keep(c: merge.Cluster, mentions: int) -> bool:
    """Set aside names that are never written, and lone places."""
    if c.existing_id:
        return True
    if mentions == 0:
        return False
    votes = c.votes
    org = votes["company"] + votes["investor"] + votes["government"] + votes["organisation"]
    if votes["place"] >= 2 * mentions and org + votes["person"] == 0:
        return False
    if votes["product"] >= 2 * max(1, mentions) // 2 and org + votes["person"] == 0:
        return False
    return True
