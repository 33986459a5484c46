"""The analyst's own words for the draft assistant: a watch-list of actors, risk cue words.

Both are plain text an analyst types in the settings, one entry per line:

    Kappa Group | company | DE          (name | kind | country; kind and country optional)
    hypothèque numérique | technology | 3   (words | risk category | weight 1-3)

``extra_lexicon`` turns them into the mapping ``suggest(..., extra_lexicon=...)`` merges
into the bundled lexicons. Lines starting with # are comments.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.domain import vocab


@dataclass
class Parsed:
    data: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # "line 3: …", for the settings dialog


def _lines(text: str):
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield number, [part.strip() for part in line.split("|")]


def parse_watchlist(text: str) -> Parsed:
    """Actors to recognise: {name: [kind, country]}; unknown kinds are reported."""
    out = Parsed()
    for number, parts in _lines(text):
        name = parts[0]
        kind = (parts[1] if len(parts) > 1 else "") or "company"
        country = parts[2].upper() if len(parts) > 2 else ""
        if not name:
            out.problems.append(f"line {number}: no name before '|'")
            continue
        if kind not in vocab.ACTOR_KINDS:
            out.problems.append(
                f"line {number}: kind {kind!r} is not one of {', '.join(vocab.ACTOR_KINDS)}"
            )
            continue
        out.data[name] = [kind, country]
    return out


def parse_risk_cues(text: str) -> Parsed:
    """Cue words of a risk category: {category: {words: weight}}."""
    out = Parsed()
    for number, parts in _lines(text):
        if len(parts) < 2 or not parts[0]:
            out.problems.append(f"line {number}: write 'words | category' (weight optional)")
            continue
        words, category = parts[0], parts[1]
        if category not in vocab.RISK_CATEGORIES:
            out.problems.append(
                f"line {number}: category {category!r} is not one of "
                + ", ".join(vocab.RISK_CATEGORIES)
            )
            continue
        try:
            weight = float(parts[2]) if len(parts) > 2 and parts[2] else 2.0
        except ValueError:
            out.problems.append(f"line {number}: weight {parts[2]!r} is not a number")
            continue
        out.data.setdefault(category, {})[words] = max(0.5, min(weight, 3.0))
    return out


def extra_lexicon(watchlist: str, risk_cues: str) -> dict:
    """The mapping for ``suggest(extra_lexicon=...)``; entries with problems are left out."""
    extra: dict = {}
    actors = parse_watchlist(watchlist).data
    cues = parse_risk_cues(risk_cues).data
    if actors:
        extra["known_actors"] = actors
    if cues:
        extra["risk_cues"] = cues
    return extra
