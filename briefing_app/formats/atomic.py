"""Replace a file atomically: the old content or the new, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from briefing_app.errors import BriefingError


def atomic_write_bytes(path: str | os.PathLike, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` via a temp file, fsync and rename.

    A crash at any moment leaves either the previous file or the new one.
    ``mode`` sets the permissions of a new file (existing ones keep theirs).
    """
    target = Path(path)
    if target.is_dir():
        raise BriefingError(f"Cannot save to {target}: it is a folder.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BriefingError(f"Cannot save to {target}: the folder {folder} does not exist.")
    try:
        keep_mode = target.stat().st_mode & 0o7777 if target.exists() else mode
    except OSError:
        keep_mode = mode
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BriefingError(_why(target, exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_mode is not None:
            os.chmod(tmp, keep_mode)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise BriefingError(_why(target, exc)) from None
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def _why(target: Path, exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "the folder or file is read-only"
    elif exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    else:
        reason = exc.strerror or str(exc)
    return f"Cannot save {target}: {reason}. Nothing was overwritten."
