"""Property tests: notes round-trip exactly or are refused clearly; validate never raises.

Decision (see docs/security.md): control characters, NUL, U+FFFE/U+FFFF, NEL and
the Unicode line separators are kept and written as YAML escapes, so they come
back exactly. Unpaired surrogates cannot be UTF-8, so a note holding one is
refused at save time with the path of the field; ``validate`` reports it too.
"""

from __future__ import annotations

import dataclasses
import os
import random

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.domain.model import SECTIONS, Note
from briefing_app.domain.validation import Problem, validate
from briefing_app.errors import BriefingError
from briefing_app.formats import note_yaml, safe_yaml, yaml_writer
from briefing_app.formats.note_yaml import NoteFormatError, dump_note, note_from_bytes, save_note
from tests.hardening import strategies as S

# HARDENING_SOAK=1 runs 2000 examples per test instead of 60.
FAST = settings(
    max_examples=2000 if os.environ.get("HARDENING_SOAK") else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FAST
@given(S.notes(S.text))
def it_round_trips_any_note_exactly(note):
    data = dump_note(note).encode("utf-8")
    assert note_from_bytes(data, "n.briefing.yaml") == note


class _PurePythonDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


_PurePythonDumper.add_representer(str, yaml_writer._represent_str)


@FAST
@given(S.notes(S.text))
def it_round_trips_exactly_without_libyaml_too(note):
    saved = safe_yaml._BaseLoader, note_yaml._Dumper, yaml_writer.Dumper
    safe_yaml._BaseLoader = yaml.SafeLoader
    note_yaml._Dumper = yaml_writer.Dumper = _PurePythonDumper
    try:
        assert note_from_bytes(dump_note(note).encode("utf-8")) == note
    finally:
        safe_yaml._BaseLoader, note_yaml._Dumper, yaml_writer.Dumper = saved


@FAST
@given(S.notes(S.text))
def it_round_trips_exactly_through_pyyaml_alone(note):
    saved = note_yaml.dump_or_none
    note_yaml.dump_or_none = lambda data: None  # the whole document through PyYAML
    try:
        assert note_from_bytes(dump_note(note).encode("utf-8")) == note
    finally:
        note_yaml.dump_or_none = saved


@FAST
@given(S.notes(S.text), st.sampled_from(S.SURROGATES), st.randoms(use_true_random=False))
def it_refuses_a_lone_surrogate_naming_the_field(note, bad, rnd):
    path = _plant(note, bad, rnd)
    try:
        dump_note(note)
    except BriefingError as exc:
        assert "unpaired surrogate" in str(exc) and path in str(exc)
    else:
        raise AssertionError(f"a surrogate in {path} was accepted")
    assert any("unpaired surrogate" in p.message for p in validate(note))


def it_saves_nothing_when_it_refuses(tmp_path):
    path = tmp_path / "n.briefing.yaml"
    path.write_bytes(b"old")
    try:
        save_note(Note(title="half \ud800 a pair"), path)
    except BriefingError as exc:
        assert "title contains an unpaired surrogate (U+D800 at character 5)" in str(exc)
    else:
        raise AssertionError("saved")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["n.briefing.yaml"]


@FAST
@given(S.notes(S.anything))
def it_validates_notes_of_any_shape_without_raising(note):
    problems = validate(note)
    assert all(isinstance(p, Problem) and "\n" not in str(p) for p in problems)


@FAST
@given(S.notes(S.text), st.data())
def it_validates_notes_whose_lists_and_items_are_anything(note, data):
    targets = [note, *note.sources]
    for section in SECTIONS:
        targets += note.items(section)
        targets += [a for item in note.items(section) for a in item.evidence]
    for _ in range(data.draw(st.integers(1, 4))):
        obj = data.draw(st.sampled_from(targets))
        name = data.draw(st.sampled_from([f.name for f in dataclasses.fields(obj)]))
        setattr(obj, name, data.draw(st.one_of(S.anything, st.lists(S.anything, max_size=2))))
    problems = validate(note)
    assert all(isinstance(p, Problem) and "\n" not in str(p) for p in problems)
    assert not any("could not be checked" in p.message for p in problems), problems
    try:
        dump_note(note)
    except BriefingError:
        pass


@FAST
@given(S.notes(S.anything))
def it_saves_notes_of_any_shape_or_refuses_them_with_a_briefing_error(note):
    try:
        data = dump_note(note).encode("utf-8")
    except BriefingError:
        return
    assert note_from_bytes(data) == note


@FAST
@given(st.binary(max_size=400))
def it_reads_any_bytes_or_refuses_them_clearly(data):
    try:
        note = note_from_bytes(data, "x.briefing.yaml")
    except NoteFormatError as exc:
        assert "\n" not in str(exc) and "x.briefing.yaml" in str(exc)
    else:
        validate(note)


@FAST
@given(S.notes(S.text), st.randoms(use_true_random=False), st.integers(1, 6))
def it_reads_a_damaged_note_or_refuses_it_clearly(note, rnd, damage):
    data = bytearray(dump_note(note).encode("utf-8"))
    for _ in range(damage):
        where = rnd.randrange(len(data) + 1)
        action = rnd.choice(("flip", "insert", "delete"))
        if action == "insert" or not data:
            data[where:where] = rnd.choice(
                [
                    b":",
                    b"&a ",
                    b"*a",
                    b"- ",
                    b"\t",
                    b"\x00",
                    b"\xff",
                    b"!!python/object ",
                    b"{",
                    b"\n  ",
                    b"'",
                    b"\xc3",
                ]
            )
        elif action == "flip":
            data[min(where, len(data) - 1)] ^= 1 << rnd.randrange(8)
        else:
            del data[where : where + rnd.randrange(1, 20)]
    try:
        back = note_from_bytes(bytes(data), "x.briefing.yaml")
    except NoteFormatError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 600
    else:
        assert isinstance(validate(back), list)


@FAST
@given(S.raw_notes)
def it_reads_any_yaml_data_as_a_note_or_refuses_it_clearly(raw):
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(raw, Dumper=dumper, allow_unicode=True, sort_keys=False)
    try:
        note = note_from_bytes(text.encode("utf-8"), "x.briefing.yaml")
    except NoteFormatError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 600
    else:
        assert isinstance(validate(note), list)
        assert note_from_bytes(dump_note(note).encode("utf-8")) == note


def _plant(note: Note, bad: str, rnd: random.Random) -> str:
    """Put ``bad`` into one random text field of ``note``; return the field's path."""
    spots = [("", note, name) for name in ("title", "bluf", "analyst")]
    for section in SECTIONS:
        for i, item in enumerate(note.items(section)):
            spots += [(f"{section}[{i}]", item, "id")]
            for j, anchor in enumerate(item.evidence):
                spots.append((f"{section}[{i}].evidence[{j}]", anchor, "exact"))
    for i, src in enumerate(note.sources):
        spots.append((f"sources[{i}]", src, "text"))
    prefix, obj, name = rnd.choice(spots)
    setattr(obj, name, getattr(obj, name) + bad)
    assert dataclasses.is_dataclass(obj)
    return f"{prefix}.{name}" if prefix else name
