"""Saving to targets that cannot or must not be written: clear error, nothing changed."""

from __future__ import annotations

import errno
import importlib.util
import os
import stat
import subprocess
import time

import pytest

from briefing_app.domain.model import Note, Source
from briefing_app.errors import BriefingError
from briefing_app.formats import atomic
from briefing_app.formats.atomic import atomic_write_bytes
from briefing_app.formats.note_yaml import load_note, save_note
from tests.hardening.corpus import ROOT, cli

NEW = Note(title="Nouvelle version", sources=[Source(id="s1", text="Texte « complet ».\n" * 500)])


@pytest.fixture
def folder(tmp_path):
    """A folder holding one saved note; restored to writable after the test."""
    d = tmp_path / "notes"
    d.mkdir()
    save_note(Note(title="Ancienne version"), d / "n.briefing.yaml")
    yield d
    for p in [d, *d.iterdir()]:
        if not p.is_symlink():
            p.chmod(0o755 if p.is_dir() else 0o644)


def snapshot(d):
    """Every entry of the folder with its bytes (or link target)."""
    out = {}
    for p in sorted(d.iterdir()):
        out[p.name] = os.readlink(p) if p.is_symlink() else (p.is_dir() or p.read_bytes())
    return out


def refuse(d, target, *words):
    before = snapshot(d)
    with pytest.raises(BriefingError) as info:
        save_note(NEW, target)
    message = str(info.value)
    assert "\n" not in message and str(target.name) in message
    for word in words:
        assert word in message
    assert snapshot(d) == before  # original byte-identical, no temp file left


def it_refuses_a_read_only_folder(folder):
    folder.chmod(0o555)
    refuse(folder, folder / "n.briefing.yaml", "read-only")
    refuse(folder, folder / "other.briefing.yaml", "read-only")


def it_refuses_a_read_only_file(folder):
    (folder / "n.briefing.yaml").chmod(0o444)
    refuse(folder, folder / "n.briefing.yaml", "read-only")


def it_refuses_a_folder_as_target(folder):
    (folder / "d.briefing.yaml").mkdir()
    refuse(folder, folder / "d.briefing.yaml", "folder")


def it_refuses_a_missing_folder(folder):
    refuse(folder, folder / "nope" / "n.briefing.yaml", "does not exist")


@pytest.mark.parametrize("dangling", [False, True])
def it_refuses_a_symlink_and_leaves_it_and_its_target_alone(folder, dangling):
    link = folder / "link.briefing.yaml"
    link.symlink_to("gone.briefing.yaml" if dangling else "n.briefing.yaml")
    refuse(folder, link, "symbolic link")
    assert link.is_symlink()


@pytest.mark.parametrize("call", ["write", "fsync", "write-after-some-bytes"])
def it_reports_a_full_disk_and_keeps_the_old_note(folder, monkeypatch, call):
    real_write, calls = os.write, []

    def full(*args, **kwargs):
        calls.append(args)
        if call == "write-after-some-bytes" and len(calls) == 1:
            return real_write(args[0], bytes(args[1][:1000]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync" if call == "fsync" else "write", full)
    refuse(folder, folder / "n.briefing.yaml", "the disk is full", "Nothing was overwritten")
    assert calls
    assert load_note(folder / "n.briefing.yaml").title == "Ancienne version"


def it_removes_the_temp_file_when_the_rename_fails(folder, monkeypatch):
    def busy(*args):
        raise OSError(errno.EBUSY, os.strerror(errno.EBUSY))

    monkeypatch.setattr(os, "replace", busy)
    refuse(folder, folder / "n.briefing.yaml", "busy")


def it_removes_the_temp_file_when_interrupted(folder, monkeypatch):
    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    before = snapshot(folder)
    with pytest.raises(KeyboardInterrupt):
        save_note(NEW, folder / "n.briefing.yaml")
    assert snapshot(folder) == before


def it_keeps_the_mode_of_an_existing_file_and_makes_user_only_files_private(folder):
    note = folder / "n.briefing.yaml"
    note.chmod(0o640)
    save_note(NEW, note)
    assert stat.S_IMODE(note.stat().st_mode) == 0o640
    assert load_note(note) == NEW
    private = folder / "recovery.yaml"
    atomic_write_bytes(private, b"x", mode=0o600)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def it_applies_the_umask_to_new_notes(folder, monkeypatch):
    monkeypatch.setattr(atomic, "_UMASK", 0o027)
    save_note(NEW, folder / "new.briefing.yaml")
    assert stat.S_IMODE((folder / "new.briefing.yaml").stat().st_mode) == 0o640


def it_saves_under_a_name_of_250_characters(folder):
    target = folder / ("n" * 236 + ".briefing.yaml")
    save_note(NEW, target)
    assert load_note(target) == NEW


def it_removes_temp_files_that_killed_saves_left_an_hour_ago(folder):
    old = folder / ".n.briefing.yaml.k1ll3d.tmp"
    fresh = folder / ".n.briefing.yaml.aliv3.tmp"
    other = folder / ".other.briefing.yaml.x.tmp"
    for p in (old, fresh, other):
        p.write_bytes(b"partial")
    hour_ago = time.time() - 2 * atomic.STALE_TEMP_SECONDS
    os.utime(old, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    save_note(NEW, folder / "n.briefing.yaml")
    assert not old.exists() and fresh.exists() and other.exists()


def it_refuses_bad_draft_targets_from_the_command_line(folder, sample_article):
    (folder / "d.briefing.yaml").mkdir()
    link = folder / "link.briefing.yaml"
    link.symlink_to("n.briefing.yaml")
    folder.chmod(0o555)
    before = snapshot(folder)
    for target, word in [
        (folder / "d.briefing.yaml", "folder"),
        (link, "symbolic link"),
        (folder / "new.briefing.yaml", "read-only"),
    ]:
        run = subprocess.run(
            cli("draft", str(sample_article), "-o", str(target), "--force"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 1 and "Traceback" not in run.stderr
        lines = run.stderr.splitlines()
        assert len(lines) == 1 and word in lines[0], run.stderr
    assert snapshot(folder) == before


def it_makes_private_folders_for_recovery_files(tmp_path):
    recovery = atomic.make_private_folder(tmp_path / "app" / "recovery")
    assert stat.S_IMODE(recovery.stat().st_mode) == 0o700
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o755)
    atomic.make_private_folder(loose)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700
    snapshot_file = recovery / "note.yaml"
    atomic_write_bytes(snapshot_file, b"snapshot", mode=0o600)
    assert stat.S_IMODE(snapshot_file.stat().st_mode) == 0o600
    (tmp_path / "link").symlink_to(loose)
    with pytest.raises(BriefingError, match="symbolic link"):
        atomic.make_private_folder(tmp_path / "link")


@pytest.mark.skipif(
    importlib.util.find_spec("briefing_app.formats.export") is None,
    reason="the Word export is not on this branch yet",
)
def it_refuses_bad_export_targets_from_the_command_line(folder):
    note = folder / "n.briefing.yaml"
    (folder / "d.docx").mkdir()
    (folder / "link.docx").symlink_to("n.briefing.yaml")
    (folder / "old.docx").write_bytes(b"old export")
    (folder / "old.docx").chmod(0o444)
    before = snapshot(folder)
    for target in ("n.briefing.yaml", "link.docx", "d.docx", "old.docx", "missing/x.docx"):
        run = subprocess.run(
            cli("export", str(note), "-o", str(folder / target)),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 1, (target, run.stderr)
        assert "Traceback" not in run.stderr and "unexpected error" not in run.stderr
        assert len(run.stderr.splitlines()) == 1, run.stderr
    folder.chmod(0o555)
    run = subprocess.run(
        cli("export", str(note), "-o", str(folder / "new.docx")),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1 and "read-only" in run.stderr, run.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EACCES, "another program has it open"),
        (errno.EROFS, "the disk is read-only"),
        (errno.ENAMETOOLONG, "too long"),
    ],
)
def it_explains_refusals_the_permission_bits_do_not_show(folder, monkeypatch, code, words):
    def refuse_temp(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse_temp)
    refuse(folder, folder / "n.briefing.yaml", words, "Nothing was overwritten")
