"""Never lose work: snapshots after changes, gone on save or discard, offered after a crash."""

from __future__ import annotations

import gc
import json
import os
import signal
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from briefing_app.app.recovery import (
    HEADER,
    RecoveryManager,
    find_snapshots,
    pid_alive,
    read_snapshot,
    write_snapshot,
)
from briefing_app.domain.model import Actor, Note, Source
from briefing_app.formats.note_yaml import load_note, save_note
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.recovery_dialog import (
    Choice,
    build_question,
    describe,
    format_taken,
    offer_recovery,
)

DRIVER = Path(__file__).with_name("recovery_driver.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def manager(window, folder) -> RecoveryManager:
    return RecoveryManager(window, folder)


def snapshots_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("recovery-*.briefing.yaml"))


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def as_written_by(file: Path, pid: int) -> None:
    """Rewrite a snapshot's header as if another process had written it."""
    first, rest = file.read_bytes().split(b"\n", 1)
    meta = json.loads(first[len(HEADER) :])
    meta.update(pid=pid, started=None)
    file.write_bytes((HEADER + json.dumps(meta)).encode() + b"\n" + rest)


def it_writes_a_snapshot_within_two_seconds_of_a_change(window, manager, folder, qtbot):
    window.open_path(ROOT / "resources/samples/totalenergies-mistral-ai.fr.txt", ask=False)
    assert snapshots_in(folder) == []  # nothing unsaved yet
    gc.collect()  # earlier tests leave big notes behind: no collection pause inside the timing
    os.sync()  # nor a flush of other files' pages (a fresh venv) inside the snapshot's fsync
    start = time.monotonic()
    window.doc.set_field("bluf", "Jugement clé : dépendance croissante.")
    qtbot.waitUntil(lambda: len(snapshots_in(folder)) == 1, timeout=2000)
    assert time.monotonic() - start < 2.0
    (file,) = snapshots_in(folder)
    snap = read_snapshot(file)
    assert snap.pid == os.getpid() and snap.original is None
    assert snap.taken is not None and abs(datetime.now(UTC) - snap.taken).total_seconds() < 5
    assert snap.title == window.doc.note.title
    assert snap.load_note() == window.doc.note
    assert load_note(file).bluf == "Jugement clé : dépendance croissante."  # a plain note file


def it_writes_within_two_seconds_even_while_typing_goes_on(window, folder, qtbot):
    manager = RecoveryManager(window, folder)
    gc.collect()
    os.sync()
    start = time.monotonic()
    for n in range(12):  # a keystroke every 200 ms for 2.4 s
        window.doc.set_field("purpose", "x" * (n + 1))
        qtbot.wait(200)
        if snapshots_in(folder):
            break
    assert snapshots_in(folder), "no snapshot while typing continued"
    assert time.monotonic() - start < 2.0
    assert manager.file == snapshots_in(folder)[0]


def it_never_writes_over_the_users_file_and_keeps_it_private(
    window, manager, folder, qtbot, tmp_path
):
    note_file = tmp_path / "mine.briefing.yaml"
    save_note(Note(title="Ma note", sources=[Source(id="s1", text="Texte.")]), note_file)
    before = note_file.read_bytes()
    window.open_path(note_file, ask=False)
    window.doc.add_item("actors", Actor(id="a1", name="Mistral AI"))
    qtbot.waitUntil(lambda: bool(snapshots_in(folder)), timeout=2000)
    assert note_file.read_bytes() == before
    (file,) = snapshots_in(folder)
    assert file.parent == folder and file != note_file
    assert read_snapshot(file).original == note_file
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not list(folder.glob(".*.tmp"))


def it_removes_the_snapshot_on_save(window, manager, folder, qtbot, tmp_path):
    window.doc.set_field("title", "À sauver")
    file = manager.flush()
    assert file is not None and file.exists()
    assert window.save_to(tmp_path / "saved.briefing.yaml")
    assert not file.exists() and snapshots_in(folder) == []
    window.doc.set_field("title", "Encore")  # a later change snapshots again
    qtbot.waitUntil(lambda: bool(snapshots_in(folder)), timeout=2000)


def it_removes_the_snapshot_when_closed_without_saving(window, manager, folder, monkeypatch):
    window.doc.set_field("bluf", "Brouillon")
    file = manager.flush()
    monkeypatch.setattr(window, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    assert file.exists()  # cancelled: the work is still unsaved
    monkeypatch.setattr(window, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert window.close() is True
    assert not file.exists() and not manager.pending


def it_removes_the_snapshot_when_the_note_is_replaced_after_discarding(window, manager, folder):
    window.doc.set_field("bluf", "Brouillon")
    file = manager.flush()
    window.new_note()  # the patched question answers Discard
    assert not file.exists() and snapshots_in(folder) == []


def it_removes_the_snapshot_when_undo_returns_to_the_saved_state(window, manager, folder):
    window.doc.set_field("bluf", "Brouillon")
    file = manager.flush()
    window.doc.undo_stack.undo()
    assert not window.doc.modified
    assert not file.exists() and not manager.pending


def it_offers_only_snapshots_of_dead_processes(folder, tmp_path):
    folder.mkdir()
    mine, dead, live = (folder / f"recovery-{n}.briefing.yaml" for n in ("a", "b", "c"))
    for file in (mine, dead, live):
        write_snapshot(file, Note(title=file.name), None)
    as_written_by(dead, dead_pid())
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        as_written_by(live, child.pid)
        assert pid_alive(child.pid)
        assert [s.file for s in find_snapshots(folder)] == [dead]
    finally:
        child.kill()
        child.wait()
    assert sorted(s.file for s in find_snapshots(folder)) == [dead, live]
    assert mine.exists()


def _orphan(folder: Path, note: Note, original: Path | None) -> Path:
    folder.mkdir(exist_ok=True)
    file = folder / "recovery-99-crashed.briefing.yaml"
    write_snapshot(file, note, original, note.title)
    as_written_by(file, dead_pid())
    return file


def it_offers_and_restores_a_snapshot_as_a_modified_note(window, manager, folder, tmp_path):
    original = tmp_path / "analyse.briefing.yaml"
    save_note(Note(title="Ancienne version"), original)
    note = Note(title="Version récupérée", bluf="Tout est là.", actors=[Actor(id="a1", name="X")])
    file = _orphan(folder, note, original)
    asked = []

    def ask(parent, snap):
        asked.append(snap)
        return Choice.RESTORE

    answers = offer_recovery(window, manager, ask)
    assert [s.file for s in asked] == [file] and answers[0][1] is Choice.RESTORE
    assert asked[0].title == "Version récupérée" and asked[0].original == original
    assert window.doc.note == note
    assert window.doc.modified and window.isWindowModified()
    assert window.doc.path == original  # Save writes there
    assert load_note(original).title == "Ancienne version"  # not yet
    assert manager.file == file and read_snapshot(file).pid == os.getpid()  # ours now
    assert find_snapshots(folder) == []  # not offered to another start while we live
    assert window.save()
    assert load_note(original) == note and not file.exists()


def it_discards_or_keeps_a_snapshot_as_chosen(window, manager, folder):
    file = _orphan(folder, Note(title="Perdue"), None)
    offer_recovery(window, manager, lambda _w, _s: Choice.LATER)
    assert file.exists() and not window.doc.modified
    offer_recovery(window, manager, lambda _w, _s: Choice.DISCARD)
    assert not file.exists() and window.doc.note.title == ""


def it_keeps_a_snapshot_that_cannot_be_read(window, manager, folder, dialogs):
    file = _orphan(folder, Note(title="Abîmée"), None)
    file.write_bytes(file.read_bytes().split(b"\n", 1)[0] + b"\nschema: [broken\n")
    offer_recovery(window, manager, lambda _w, _s: Choice.RESTORE)
    assert file.exists() and window.doc.note.title == ""
    assert dialogs and "cannot be opened" in dialogs[0][1]


def it_describes_when_and_for_which_note_the_copy_was_taken(window, folder, tmp_path):
    original = tmp_path / "dossier.briefing.yaml"
    _orphan(folder, Note(title="Note Mistral"), original)
    (snap,) = find_snapshots(folder)
    head, details = describe(snap, QLocale("fr_FR"))
    assert "Note Mistral" in head
    assert str(original) in details
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août")
    months += ("septembre", "octobre", "novembre", "décembre")
    assert any(m in details for m in months)
    english = format_taken(snap.taken, QLocale(QLocale.Language.English))
    assert str(snap.taken.astimezone().year) in english
    box, buttons = build_question(window, snap)
    assert sorted(c.value for c in buttons.values()) == ["discard", "later", "restore"]
    assert "Note Mistral" in box.text()


def it_restores_every_change_after_the_app_is_killed(tmp_path):
    env = dict(os.environ)
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    article = ROOT / "resources/samples/totalenergies-mistral-ai.fr.txt"
    folder = home / "data" / "Briefing" / "Briefing" / "recovery"
    editor = subprocess.Popen(
        [sys.executable, str(DRIVER), "edit", str(article)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        line = editor.stdout.readline()
        assert line.strip() == "edited", line + editor.stderr.read()
        edited_at = time.monotonic()
        time.sleep(2.2)
        assert snapshots_in(folder), "no snapshot 2 s after the last change"
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.wait(5)
    assert editor.returncode == -signal.SIGKILL
    assert time.monotonic() - edited_at >= 2.0
    (file,) = snapshots_in(folder)
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    out = tmp_path / "recovered.briefing.yaml"
    result = subprocess.run(
        [sys.executable, str(DRIVER), "restore", str(out)],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["offered"] == 1 and report["taken"]
    assert report["title"].startswith("Note de crise")
    assert report["modified"] and report["window_modified"] and report["snapshot_kept"]
    assert report["path"] is None  # the article was never saved as a note

    sys.path.insert(0, str(DRIVER.parent))
    from recovery_driver import EDITS

    note = load_note(out)
    assert note.title == EDITS["title"] and note.bluf == EDITS["bluf"]
    assert [a.name for a in note.actors] == [EDITS["actor"]]
    assert note.actors[0].evidence[0].exact == "Mistral AI"
    assert [c.statement for c in note.claims] == [EDITS["claim"]]
    assert note.risks[0].likelihood == EDITS["risk_likelihood"]
    assert note.sources[0].file == article.name and "Mistral AI" in note.sources[0].text
    assert snapshots_in(folder) == []  # saved after restoring: the snapshot is gone
