"""Every hostile note: refused clearly (or read), in process and through the CLI."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import time

import pytest
import yaml

from briefing_app.domain.validation import validate
from briefing_app.formats import safe_yaml
from briefing_app.formats.note_yaml import NoteFormatError, load_note, save_note
from tests.hardening.corpus import (
    BAD,
    GENERATED,
    ROOT,
    Case,
    cli,
    committed_cases,
    fingerprint,
    make,
)

CASES = committed_cases() + GENERATED
HAS_EXPORT = importlib.util.find_spec("briefing_app.formats.export") is not None


@pytest.fixture
def case_file(request, tmp_path):
    case: Case = request.param
    return case, make(case, tmp_path) if case in GENERATED else case.path(tmp_path)


def it_has_a_manifest_entry_for_every_committed_file():
    files = {p.name.removesuffix(".briefing.yaml") for p in BAD.glob("*.briefing.yaml")}
    assert files == {c.name for c in committed_cases()}
    assert len(files) >= 30


@pytest.mark.parametrize("case_file", CASES, ids=[c.name for c in CASES], indirect=True)
def it_loads_and_validates_as_the_manifest_says(case_file):
    case, path = case_file
    before = fingerprint(path)
    t0 = time.perf_counter()
    if case.expect == "refused":
        with pytest.raises(NoteFormatError) as info:
            load_note(path)
        message = str(info.value)
        assert case.says in message
        assert path.name in message
        assert "\n" not in message and len(message) < 400
    else:
        problems = validate(load_note(path))
        errors = [str(p) for p in problems if p.severity == "error"]
        if case.expect == "valid":
            assert errors == []
        else:
            assert errors and any(case.says in e for e in errors), errors
    assert time.perf_counter() - t0 < 20  # linear: a 10 MB field takes well under a second
    assert fingerprint(path) == before


@pytest.mark.parametrize("case_file", CASES, ids=[c.name for c in CASES], indirect=True)
def it_checks_from_the_command_line_in_one_line_without_traceback(case_file):
    case, path = case_file
    before = fingerprint(path)
    run = subprocess.run(
        cli("check", str(path)), cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in run.stderr and "unexpected error" not in run.stderr
    assert run.returncode == (0 if case.expect == "valid" else 1), run.stderr
    _assert_printable(run.stdout + run.stderr)
    if case.expect == "refused":
        lines = run.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("briefing-app: error: "), run.stderr
        assert case.says in lines[0] and run.stdout == ""
    elif case.expect == "invalid":
        assert case.says in run.stdout
        assert all(line.startswith(f"{path}: ") for line in run.stdout.splitlines())
    assert fingerprint(path) == before


@pytest.mark.skipif(not HAS_EXPORT, reason="the Word export is not on this branch yet")
@pytest.mark.parametrize("case_file", CASES, ids=[c.name for c in CASES], indirect=True)
def it_exports_from_the_command_line_or_refuses_in_one_line(case_file, tmp_path):
    case, path = case_file
    before = fingerprint(path)
    out = tmp_path / "out.docx"
    run = subprocess.run(
        cli("export", str(path), "-o", str(out)),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in run.stderr and "unexpected error" not in run.stderr
    _assert_printable(run.stdout + run.stderr)
    if case.expect == "refused":
        assert run.returncode == 1 and not out.exists()
        assert run.stderr.startswith("briefing-app: error: ") and case.says in run.stderr
    elif case.expect == "valid":
        assert run.returncode == 0, run.stderr
        assert out.stat().st_size > 0
    assert fingerprint(path) == before


def _assert_printable(output: str) -> None:
    """No raw control character reaches the terminal (escape sequences included)."""
    bad = [c for c in output if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) < 0xA0]
    assert not bad, f"raw control characters in output: {bad[:5]!r}"


def it_reads_a_note_through_a_symlink_and_leaves_both_alone(tmp_path):
    target = BAD / "rtl-and-emoji-text.briefing.yaml"
    link = tmp_path / "link.briefing.yaml"
    os.symlink(target, link)
    before = fingerprint(target)
    assert load_note(link).title.startswith("שותפות")
    assert fingerprint(target) == before and link.is_symlink()


def it_keeps_values_yaml_would_reinterpret_as_written(tmp_path):
    note = load_note(BAD / "reinterpret-dates-booleans-numbers.briefing.yaml")
    assert (note.title, note.created, note.analyst, note.bluf) == ("yes", "2025-08-21", "no", "on")
    assert (note.purpose, note.recommendations, note.classification) == ("0x1F", "1:30", "010")
    rel = note.relationships[0]
    assert (rel.since, rel.description) == ("2024-02", "2025-08-21T10:00:00Z")
    assert note.claims[0].statement == ".inf"
    copy = tmp_path / "copy.briefing.yaml"
    save_note(note, copy)
    assert load_note(copy) == note
    # Quoted on save, so that other YAML readers keep them as text too.
    assert yaml.safe_load(copy.read_text(encoding="utf-8"))["created"] == "2025-08-21"
    assert yaml.safe_load(copy.read_text(encoding="utf-8"))["analyst"] == "no"


def it_keeps_escaped_control_characters_rtl_text_and_unknown_fields_exactly(tmp_path):
    controls = load_note(BAD / "control-chars-as-yaml-escapes.briefing.yaml")
    assert controls.bluf == "nul \x00 bell \x07 esc \x1b del \x7f c1 \x85"
    rtl = load_note(BAD / "rtl-and-emoji-text.briefing.yaml")
    assert rtl.bluf.startswith("\u202eevil override\u202c")
    future = load_note(BAD / "unknown-future-fields-kept.briefing.yaml")
    assert future.extra["review"] == {"by": "A. Martin", "score": 4, "tags": ["x", "y"]}
    for note in (controls, rtl, future):
        copy = tmp_path / "copy.briefing.yaml"
        save_note(note, copy)
        assert load_note(copy) == note


@pytest.mark.parametrize("case", committed_cases(), ids=lambda c: c.name)
def it_gives_the_same_verdicts_without_libyaml(case, monkeypatch):
    """PyYAML may be installed without its C parser; the pure-Python one must agree."""
    monkeypatch.setattr(safe_yaml, "_BaseLoader", yaml.SafeLoader)
    path = case.path(BAD)
    if case.expect == "refused":
        with pytest.raises(NoteFormatError, match=None) as info:
            load_note(path)
        assert case.says in str(info.value) and "\n" not in str(info.value)
    else:
        errors = [str(p) for p in validate(load_note(path)) if p.severity == "error"]
        assert bool(errors) == (case.expect == "invalid"), errors
