"""The offline draft assistant: article text -> suggested note items.

``suggest(note, source_id)`` returns suggestions (actors, claims, risks,
relationships) with evidence anchored in the source; it never edits the note.
Rules and lexicons only (``resources/lexicons``): nothing is downloaded.
The rule modules are imported on first use, so importing this package is cheap.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from briefing_app.domain.model import SECTIONS, Actor, Claim, Note, Relationship, Risk

if TYPE_CHECKING:
    from briefing_app.draft.build import Suggestions

__all__ = ["Suggestions", "apply_suggestions", "fingerprint", "suggest"]


def __getattr__(name: str):
    if name == "Suggestions":
        from briefing_app.draft.build import Suggestions

        return Suggestions
    raise AttributeError(name)


def fingerprint(item: Actor | Claim | Risk | Relationship) -> str:
    """A stable key for a suggestion: rejected ones are not proposed again."""
    from briefing_app.draft.build import fingerprint as _fingerprint

    return _fingerprint(item)


def suggest(
    note: Note,
    source_id: str,
    rejected: Iterable[str] = frozenset(),
    extra_lexicon: Mapping | None = None,
) -> Suggestions:
    """Suggested items for one source of ``note``.

    Actors already in the note (a watch-list, accepted suggestions) are reused,
    not suggested again; items whose ``fingerprint`` is in ``rejected`` or that
    the note already holds are left out. ``extra_lexicon`` adds words to the
    bundled lexicons (same keys as ``resources/lexicons/*.yaml``).
    """
    from briefing_app.draft.build import build
    from briefing_app.draft.build import fingerprint as _fingerprint
    from briefing_app.draft.pipeline import analyse

    source = note.source(source_id)
    if source is None:
        raise KeyError(source_id)
    existing = [(a.id, a.kind, [a.name, *a.aliases]) for a in note.actors if a.name]
    lang = source.language or note.language
    paused = gc.isenabled()
    gc.disable()  # hundreds of thousands of small objects: collecting mid-way costs a quarter
    try:
        analysis = analyse(source.text, lang, existing, extra_lexicon)
        skip = set(rejected)
        for section in SECTIONS:
            skip.update(_fingerprint(item) for item in note.items(section))
        return build(analysis, source_id, note.all_ids(), skip)
    finally:
        if paused:
            gc.enable()


def apply_suggestions(note: Note, suggestions: Suggestions) -> None:
    """Append every suggestion to the note's lists (used by the command line)."""
    for section in SECTIONS:
        note.items(section).extend(getattr(suggestions, section))
