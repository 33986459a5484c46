"""Crash recovery: snapshots of the open note in the app-data folder, never over the user's file.

A snapshot is itself a valid note file (``*.briefing.yaml``) whose first line is a
YAML comment holding JSON metadata: the original path, when it was taken, the
process that wrote it and the note's title. The pure functions (write, list,
read, delete, process liveness) need no Qt; ``RecoveryManager`` follows a
window's current Document and keeps its snapshot up to date.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from briefing_app.domain.model import Note
from briefing_app.errors import BriefingError
from briefing_app.formats.atomic import atomic_write_bytes
from briefing_app.formats.note_yaml import dump_note, note_from_bytes

HEADER = "# briefing-recovery "
SUFFIX = ".briefing.yaml"
PREFIX = "recovery-"
DEBOUNCE_MS = 600  # write this long after the last change (margin for a busy machine)...
MAX_WAIT_MS = 1200  # ... but never later than this after the first unsaved change
FOREIGN_STALE_S = 24 * 3600  # another host's snapshot is offered once this old


# ----------------------------------------------------------------- pure part
@dataclass
class Snapshot:
    """One recovery file and what its header says."""

    file: Path
    original: Path | None
    taken: datetime | None
    pid: int | None
    title: str
    host: str = ""
    started: int | None = None

    def load_note(self) -> Note:
        """The note saved in this snapshot (raises BriefingError)."""
        try:
            data = self.file.read_bytes()
        except OSError as exc:
            raise BriefingError(
                f"Cannot read the recovered copy {self.file}: {exc.strerror or exc}."
            ) from None
        return note_from_bytes(data, self.file.name)

    def discard(self) -> None:
        """Delete the snapshot file (already gone is fine)."""
        with contextlib.suppress(FileNotFoundError):
            self.file.unlink()


def recovery_dir() -> Path:
    """``AppDataLocation/recovery`` (created 0700); needs the application's name set."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or Path.home() / ".briefing") / "recovery"
    ensure_private_dir(folder)
    return folder


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` if needed and make it readable by its owner only."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)


def process_start(pid: int) -> int | None:
    """Start time of a process in clock ticks (Linux), to tell a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()
    try:
        return int(fields[19])  # field 22 of stat, counted after "pid (comm)"
    except (IndexError, ValueError):
        return None


def pid_alive(pid: int, started: int | None = None) -> bool:
    """Whether process ``pid`` runs (and, when known, is the one started at ``started``)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, belongs to another user
    except OSError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (macOS): trust kill(0)
    if stat[stat.rfind(")") + 2 :].startswith(("Z", "X")):
        return False  # killed, waiting to be reaped
    return started is None or process_start(pid) == started


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    kernel32.CloseHandle(handle)
    return bool(ok) and code.value == 259  # STILL_ACTIVE


def new_snapshot_file(folder: Path) -> Path:
    """A fresh snapshot name for this process."""
    return folder / f"{PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}"


def write_snapshot(file: Path, note: Note, original: Path | None, title: str = "") -> None:
    """Write ``note`` with its header to ``file`` atomically, mode 0600 (raises BriefingError)."""
    meta = {
        "original": str(original) if original else None,
        "taken": datetime.now(UTC).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "started": process_start(os.getpid()),
        "host": socket.gethostname(),
        "title": title or note.title,
    }
    try:
        body = dump_note(note).encode("utf-8")
    except UnicodeEncodeError:
        raise BriefingError(
            "The recovery copy cannot be written: the note contains an unpaired surrogate."
        ) from None
    header = (HEADER + json.dumps(meta, ensure_ascii=True) + "\n").encode("ascii")
    atomic_write_bytes(file, header + body, mode=0o600)
    with contextlib.suppress(OSError):
        os.chmod(file, 0o600)


def read_snapshot(file: Path) -> Snapshot:
    """The header of one snapshot file; a missing or broken header gives empty fields."""
    meta: dict = {}
    try:
        with file.open("rb") as fh:
            first = fh.readline(65536).decode("ascii", "replace")
        if first.startswith(HEADER):
            meta = json.loads(first[len(HEADER) :])
    except (OSError, ValueError):
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    taken = None
    with contextlib.suppress(TypeError, ValueError):
        taken = datetime.fromisoformat(meta.get("taken"))
    pid = meta.get("pid") if isinstance(meta.get("pid"), int) else None
    started = meta.get("started") if isinstance(meta.get("started"), int) else None
    original = meta.get("original")
    return Snapshot(
        file=file,
        original=Path(original) if isinstance(original, str) and original else None,
        taken=taken,
        pid=pid,
        title=str(meta.get("title") or ""),
        host=str(meta.get("host") or ""),
        started=started,
    )


def is_orphaned(snap: Snapshot, now: float | None = None) -> bool:
    """Whether the process that wrote ``snap`` is gone (so the snapshot is ours to offer)."""
    if snap.pid is None:
        return True
    if snap.host and snap.host != socket.gethostname():
        # a shared home folder: another machine's process cannot be checked from here
        try:
            age = (now or time.time()) - snap.file.stat().st_mtime
        except OSError:
            return False
        return age > FOREIGN_STALE_S
    if snap.pid == os.getpid():
        return False
    return not pid_alive(snap.pid, snap.started)


def find_snapshots(folder: Path | None = None) -> list[Snapshot]:
    """Snapshots left by processes that are no longer running, newest first."""
    folder = recovery_dir() if folder is None else folder
    if not folder.is_dir():
        return []
    found = [read_snapshot(f) for f in folder.glob(f"{PREFIX}*{SUFFIX}") if f.is_file()]
    orphans = [s for s in found if is_orphaned(s)]
    _remove_dead_temp_files(folder)
    epoch = datetime.fromtimestamp(0, UTC)
    return sorted(orphans, key=lambda s: s.taken or epoch, reverse=True)


def _remove_dead_temp_files(folder: Path) -> None:
    """Half-written temp files of crashed writers (``.recovery-PID-….tmp``) are deleted."""
    for tmp in folder.glob(f".{PREFIX}*.tmp"):
        try:
            pid = int(tmp.name[len(PREFIX) + 1 :].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not pid_alive(pid):
            with contextlib.suppress(OSError):
                tmp.unlink()


def snapshot_title(note: Note, original: Path | None) -> str:
    """What the user would call this note: its title, file name or article title."""
    if note.title:
        return note.title
    if original is not None:
        return original.name
    for src in note.sources:
        if src.title or src.file:
            return src.title or src.file
    return ""


# ------------------------------------------------------------------- Qt part
class RecoveryManager(QObject):
    """Keeps a snapshot of the window's current Document while it has unsaved changes.

    ``window`` is any QObject with ``doc`` and the signals ``documentChanged``,
    ``documentSaved(Path)`` and ``documentClosed`` (the MainWindow).
    """

    written = Signal(object)  # Path of the snapshot just written
    removed = Signal(object)  # Path of the snapshot just deleted
    failed = Signal(str)  # one sentence for the status bar

    def __init__(self, window, folder: Path | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(window)
        self.window = window
        self.folder = folder if folder is not None else recovery_dir()
        ensure_private_dir(self.folder)
        self.debounce_ms = debounce_ms
        self.max_wait_ms = max(debounce_ms, MAX_WAIT_MS)
        self.file: Path | None = None  # the current document's snapshot, once written
        self._doc = None
        self._first_pending: float | None = None
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)
        window.documentChanged.connect(self._document_changed)
        window.documentSaved.connect(self._saved)
        window.documentClosed.connect(self._closed)
        self._document_changed()

    # ------------------------------------------------------------- following
    def _document_changed(self) -> None:
        doc = getattr(self.window, "doc", None)
        if doc is self._doc:
            return
        self._detach()
        # the previous note was saved, unchanged or deliberately discarded
        self.discard_current()
        self._doc = doc
        if doc is not None:
            doc.undo_stack.indexChanged.connect(self._changed)
            doc.undo_stack.cleanChanged.connect(self._clean_changed)
            if doc.modified:
                self._changed()

    def _detach(self) -> None:
        if self._doc is None:
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self._doc.undo_stack.indexChanged.disconnect(self._changed)
            self._doc.undo_stack.cleanChanged.disconnect(self._clean_changed)
        self._doc = None

    def _changed(self, *_args) -> None:
        if self._doc is None:
            return
        if not self._doc.modified:
            self.discard_current()
            return
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        waited_ms = (now - self._first_pending) * 1000
        self.timer.start(int(max(0, min(self.debounce_ms, self.max_wait_ms - waited_ms))))

    def _clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard_current()

    def _saved(self, *_args) -> None:
        self.discard_current()

    def _closed(self) -> None:
        self.discard_current()
        self._detach()

    # ---------------------------------------------------------------- files
    @property
    def pending(self) -> bool:
        """Whether a change waits to be written."""
        return self.timer.isActive()

    def flush(self) -> Path | None:
        """Write the snapshot now if the document has unsaved changes; its path or None."""
        self.timer.stop()
        self._first_pending = None
        doc = self._doc
        if doc is None or not doc.modified:
            self.discard_current()
            return None
        if self.file is None or _same_file(self.file, doc.path):
            self.file = new_snapshot_file(self.folder)
        try:
            ensure_private_dir(self.folder)
            write_snapshot(self.file, doc.note, doc.path, snapshot_title(doc.note, doc.path))
        except (BriefingError, OSError) as exc:
            if not self._failing:
                self.failed.emit(
                    self.tr("The recovery copy could not be written: %s") % str(exc).rstrip(".")
                )
            self._failing = True
            return None
        self._failing = False
        self.written.emit(self.file)
        return self.file

    def discard_current(self) -> None:
        """Stop any pending write and delete the current document's snapshot."""
        self.timer.stop()
        self._first_pending = None
        if self.file is None:
            return
        file, self.file = self.file, None
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
        self.removed.emit(file)

    def adopt(self, snap: Snapshot) -> None:
        """Make a restored snapshot the current document's one and rewrite it as ours."""
        if self.file is not None and self.file != snap.file:
            self.discard_current()
        self.file = snap.file
        self.flush()  # a clean document deletes it instead


def _same_file(a: Path, b: Path | None) -> bool:
    if b is None:
        return False
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
