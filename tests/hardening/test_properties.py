"""Property tests: notes round-trip exactly or are refused clearly; validate never raises."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.domain.model import Note
from briefing_app.domain.validation import Problem, validate
from briefing_app.errors import BriefingError
from briefing_app.formats.note_yaml import NoteFormatError, dump_note, note_from_bytes
from tests.hardening import strategies as S

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _has_surrogate(note: Note) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in repr(note).encode("utf-8", "backslashreplace").decode("ascii", "ignore")) if False else "\\ud" in repr(note)


@FAST
@given(S.notes(S.text_or_surrogate))
def it_round_trips_any_note_exactly_or_refuses_it_clearly(note):
    try:
        data = dump_note(note).encode("utf-8")
    except BriefingError as exc:
        assert "surrogate" in str(exc)
        return
    assert note_from_bytes(data, "n.briefing.yaml") == note
