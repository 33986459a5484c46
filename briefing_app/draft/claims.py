"""Claims: quotations, reported speech, announcements and figures.

Each sentence is scored on what makes it a claim (a quotation, a reporting
verb, an announcement, a figure); those above a threshold become claims, with
the speaker found around the reporting verb, after "selon" / "according to",
or carried over from the previous quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.draft.coref import Context, Mention
from briefing_app.draft.lexicon import Lexicon
from briefing_app.draft.segment import Sentence, is_year

THRESHOLD = 2.0
_DIGIT = re.compile(r"\d")
_PRONOUN_TOKENS = {"il", "elle", "he", "she", "a-t-il", "a-t-elle", "ont-ils", "dit-il", "dit-elle"}
# "the deal, first announced in 2020", "was reported": a participle, no one speaks.
_PASSIVE = {
    "was", "were", "been", "being", "be", "initially", "first", "originally", "previously",
    "ete",
}  # fmt: skip
_SKIP = {"also", "already", "deja", "aussi", "publicly", "officially"}  # "not disclosed" says


_RELATIVE = {"which", "who", "that", "qui", "lequel", "laquelle"}


def _relative(keys: list[str], i: int) -> bool:
    """The verb opens a relative clause: "which opened", "qui a lancé", "who has invested"."""
    before = keys[max(0, i - 3) : i]
    return bool(before) and (
        before[-1] in _RELATIVE
        or (len(before) >= 2 and before[-2] in _RELATIVE and before[-1] in _AUXILIARIES)
    )


_AUXILIARIES = {
    "a", "ont", "avait", "avaient", "has", "have", "had", "is", "was", "will", "also", "aussi",
    "deja", "already", "would", "could", "should", "may",
}  # fmt: skip


def _passive(keys: list[str], i: int) -> bool:
    """ "was first announced", "a été relevé": a participle after an auxiliary of the passive."""
    k = i - 1
    while k >= 0 and keys[k] in _SKIP:
        k -= 1
    return k >= 0 and keys[k] in _PASSIVE


_SPEAKER_KINDS = ("person", "company", "government", "investor", "organisation")
_TAGS = frozenset(
    {
        "reporting",
        "opinion_verbs",
        "forecast_words",
        "announcement",
        "figure_words",
        "relation",
        "no_comment",
    }
)


@dataclass
class ClaimDraft:
    """A claim before it becomes a note item: passage, statement, speaker, kind."""

    sent: int
    start: int
    end: int
    statement: str
    speaker: int
    kind: str
    score: float
    more: list[tuple[int, int]] = field(default_factory=list)  # the quotation goes on


def _outside(sent: Sentence, token_index: int) -> bool:
    return not sent.in_quote(sent.tokens[token_index].start)


_MAGNITUDES = {"milliard", "milliards", "million", "millions", "billion", "billions", "trillion"}
_SPELLED = {"un", "une", "a", "one", "deux", "two", "trois", "three", "dix", "ten", "cent"}


def _has_figure(sent: Sentence, figure_at: set[int], months: set[str]) -> bool:
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.key in _MAGNITUDES and k and toks[k - 1].key in _SPELLED:
            return True  # "un milliard d'euros", "a billion dollars"
        if not _DIGIT.search(t.text):
            continue
        nxt = toks[k + 1].key if k + 1 < len(toks) else ""
        prev = toks[k - 1].key if k else ""
        counted = k + 1 in figure_at or (k + 2 in figure_at and nxt.isdigit())
        if nxt in months or prev in months or (is_year(t) and nxt != "%" and not counted):
            continue  # "en 2000" is a date; "2000 personnes", "2 000 salariés" are figures
        if nxt in ("%", "$", "€", "£") or prev in ("$", "€", "£"):
            return True
        if any(j in figure_at for j in range(max(0, k - 2), k + 3)):
            return True
    return False


def _speaker(ctx: Context, sent: Sentence, verbs: list[int], mentions: list[Mention]) -> int:
    toks = sent.tokens
    outside = [m for m in mentions if not sent.in_quote(m.start)]
    keys = [t.key for t in toks]
    for k, key in enumerate(keys):  # "selon X", "according to X"
        according = key == "according" and keys[k + 1 : k + 2] == ["to"]
        if key in ("selon", "d'apres") or according or (k == 0 and key in ("pour", "for")):
            after = [m for m in outside if k < m.i <= k + 4]
            if after:
                return after[0].actor
    for p in verbs:
        if keys[p] in _PRONOUN_TOKENS or any(keys[p].endswith(s) for s in ("-il", "-elle")):
            person = ctx.recent_person(sent.index, toks[p].start)
            after = [m for m in outside if p < m.i <= p + 6]
            return after[0].actor if after else person
        q = p - 1
        while q > 0 and keys[q] in _AUXILIARIES:
            q -= 1
        if q > 0 and keys[q] == ",":  # ", a annoncé mardi le ministre X": X, after the verb
            inverted = [m for m in outside if p < m.i <= p + 10 and _kind_of(ctx, m) == "person"]
            if inverted and not {"that", "que", "qu'"} & set(keys[p : inverted[0].i]):
                return inverted[0].actor
        if q > 0 and keys[q] == ",":  # "X, a start-up backed by Y and Z, (has) argued": X
            subject = [m for m in outside if m.i <= 6 and m.j < q and keys[m.j] in (",", "(")]
            if subject:
                return subject[0].actor
        after = [m for m in outside if p < m.i <= p + 8]
        persons = [m for m in after if ctx.clusters[m.actor].kind == "person"]
        before = [m for m in outside if m.j <= p and m.i >= p - 12]
        people = [m for m in before if ctx.clusters[m.actor].kind == "person"]
        if people:  # "X, le PDG de Y, précise": X speaks
            return people[-1].actor
        if before:
            return before[-1].actor
        if persons:
            return persons[0].actor
        if after and after[0].i <= p + 3:
            return after[0].actor
        lead = [t.key for t in toks[max(0, p - 3) : p]]
        if any(k in _PRONOUN_TOKENS for k in lead):
            return ctx.recent_person(sent.index, toks[p].start)
        subject = [m for m in outside if m.i <= 6 and m.j <= p]
        if subject:  # "La jeune pousse Nébula, qui développe ..., a annoncé": the subject
            return subject[0].actor
    return -1


def find_claims(ctx: Context, lex: Lexicon) -> list[ClaimDraft]:
    """Claims of the document, in reading order."""
    doc = ctx.doc
    months = {k for k in (w.casefold() for w in lex.words("dates"))}
    out: list[ClaimDraft] = []
    last_quote_speaker = -1
    for sent in doc.sentences:
        if sent.heading:
            continue
        keys = sent.keys()
        tags: dict[str, list[int]] = {}
        figure_at: set[int] = set()
        for i, _j, tag, _v in sent.matches(lex.phrases, _TAGS):
            if tag == "figure_words":
                figure_at.add(i)
            elif _outside(sent, i) and not _passive(keys, i):
                if tag == "announcement" and _relative(keys, i):
                    continue  # "Anduril, which opened a factory": background, not news
                tags.setdefault(tag, []).append(i)
        text = doc.text[sent.start : sent.end]
        quotes = [(a, b) for a, b in sent.quotes if len(doc.text[a:b].split()) >= 4]
        figure = _has_figure(sent, figure_at, months)
        verbs = sorted(
            tags.get("reporting", []) + tags.get("opinion_verbs", []) + _inverted(sent, lex)
        )
        score = 3.0 if quotes else 0.0
        score += 2.0 if verbs else 0.0
        score += 1.5 if "announcement" in tags else 1.0 if "relation" in tags else 0.0
        score += 2.0 if figure else 0.0
        score += 0.5 if "forecast_words" in tags else 0.0
        parties = {m.actor for m in ctx.by_sent[sent.index] if not sent.in_quote(m.start)}
        if len(parties) >= 2 and ("announcement" in tags or "relation" in tags):
            score += 0.5  # a deal or a tie between named parties
        elif "announcement" in tags and (
            _agent_before(sent, tags["announcement"], ctx)
            or _body_before(keys, tags["announcement"], lex)
        ):
            score += 0.5  # a named actor announces or does something
        if text.rstrip().endswith("?"):
            score -= 2.0
        if "no_comment" in tags and not quotes:
            score -= 2.0  # "declined to comment", "n'a pas souhaité commenter": nothing said
        if len(keys) < 6:
            score -= 1.0
        if score < THRESHOLD:
            continue
        mentions = ctx.by_sent[sent.index]
        speaker = _speaker(ctx, sent, verbs + tags.get("announcement", []), mentions)
        if speaker >= 0 and ctx.clusters[speaker].kind not in _SPEAKER_KINDS:
            speaker = -1
        if quotes and speaker < 0 and text.lstrip()[:1] in '«"“':
            speaker = last_quote_speaker
        if quotes:
            last_quote_speaker = speaker
            statement = " … ".join(doc.text[a:b].strip() for a, b in quotes)
        else:
            statement = text.strip()
        out.append(
            ClaimDraft(
                sent.index,
                sent.start,
                sent.end,
                statement,
                speaker,
                _kind(tags, quotes, figure),
                score,
            )
        )
    return _distinct(out)


_SAME = re.compile(r"\bper ?cent\b|\bpour cent\b|%|[^\w]+")


def _distinct(claims: list[ClaimDraft]) -> list[ClaimDraft]:
    """An article that repeats a sentence ("72 percent" then "72%") gives one claim."""
    seen: set[str] = set()
    out = []
    for c in claims:
        key = _SAME.sub("", c.statement.casefold())
        if key and key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _agent_before(sent: Sentence, verbs: list[int], ctx: Context) -> bool:
    """An actor named at most six words before the first announcement verb."""
    first = min(verbs)
    return any(m.j <= first and m.i >= first - 6 for m in ctx.by_sent[sent.index])


def _kind_of(ctx: Context, m: Mention) -> str:
    return ctx.clusters[m.actor].kind


_INVERTED = re.compile(r"^(.+?)-(?:t-)?(?:il|elle|ils|elles|on)$")


def _inverted(sent: Sentence, lex: Lexicon) -> list[int]:
    """ "estime-t-il", "poursuit-elle", "précise-t-on": a reporting verb after the words."""
    out = []
    for k, t in enumerate(sent.tokens):
        if "-" in t.key and not sent.in_quote(t.start):
            m = _INVERTED.match(t.key)
            if m and m.group(1) in lex.saying:
                out.append(k)
    return out


def _body_before(keys: list[str], verbs: list[int], lex: Lexicon) -> bool:
    """ "The court also moved to...", "le tribunal a ouvert...": a body decides, unnamed."""
    first = min(verbs)
    bodies = lex.decision_makers
    return any(k in bodies for k in keys[max(0, first - 5) : first])


def _kind(tags: dict, quotes: list, figure: bool) -> str:
    if "opinion_verbs" in tags:
        return "opinion"
    if quotes or "reporting" in tags:
        return "forecast" if "forecast_words" in tags and not quotes else "statement"
    if "announcement" in tags:
        return "announcement"
    if figure:
        return "figure"
    return "forecast" if "forecast_words" in tags else "statement"
