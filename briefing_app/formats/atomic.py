"""Replace a file atomically: the old content or the new, never half of one.

The data goes to a temp file in the same folder, is flushed to disk (fsync),
then renamed over the target; the folder is fsynced so the rename survives a
power cut. On any failure the temp file is removed and the target is untouched.
Symbolic links and read-only targets are refused rather than replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from pathlib import Path

from briefing_app.errors import BriefingError

STALE_TEMP_SECONDS = 3600


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def atomic_write_bytes(path: str | os.PathLike, data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` via a temp file, fsync and rename.

    A crash at any moment leaves either the previous file or the new one.
    ``mode`` sets the permissions of a new file, less the umask unless it is
    user-only (existing files keep theirs).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    keep_mode = _check_target(target, folder)
    if keep_mode is None and mode is not None:
        keep_mode = mode if mode & 0o077 == 0 else mode & ~_UMASK
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise BriefingError(_why(target, exc)) from None
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            if keep_mode is not None:
                os.chmod(tmp, keep_mode)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise BriefingError(_why(target, exc)) from None
        raise
    _fsync_dir(folder)
    _remove_stale_temps(target, folder)


def make_private_folder(path: str | os.PathLike) -> Path:
    """Create ``path`` (and parents) readable by the user only (0700); tighten it if it exists."""
    folder = Path(path)
    try:
        if folder.is_symlink():
            raise BriefingError(f"Cannot use {folder}: it is a symbolic link, not a folder.")
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if stat.S_IMODE(folder.stat().st_mode) != 0o700:
            folder.chmod(0o700)
    except OSError as exc:
        raise BriefingError(f"Cannot create the folder {folder}: {exc.strerror or exc}.") from None
    return folder


def _check_target(target: Path, folder: Path) -> int | None:
    """Refuse targets that cannot be replaced safely; the mode of an existing file."""
    if target.is_symlink():
        raise BriefingError(
            f"Cannot save {target}: it is a symbolic link; save to the file it points to "
            f"({os.path.realpath(target)}) instead. Nothing was overwritten."
        )
    if target.is_dir():
        raise BriefingError(f"Cannot save to {target}: it is a folder.")
    if not folder.is_dir():
        raise BriefingError(f"Cannot save to {target}: the folder {folder} does not exist.")
    if _read_only(folder):
        raise BriefingError(f"Cannot save {target}: the folder {folder} is read-only.")
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise BriefingError(_why(target, exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise BriefingError(f"Cannot save {target}: it is not a regular file.")
    if _read_only(target, info.st_mode):
        raise BriefingError(f"Cannot save {target}: the file is read-only. Nothing was changed.")
    return stat.S_IMODE(info.st_mode)


def _read_only(path: Path, st_mode: int | None = None) -> bool:
    """No write permission for us, or no write bit at all (which even root respects here)."""
    if st_mode is None:
        try:
            st_mode = path.stat().st_mode
        except OSError:
            return False
    return not st_mode & 0o222 or not os.access(path, os.W_OK)


def _temp_prefix(target: Path) -> str:
    name = target.name if len(target.name) <= 100 else target.name[:100]
    return f".{name}."


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[: 1 << 24])
        view = view[written:]


def _fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open folders; its rename is already durable enough
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def _remove_stale_temps(target: Path, folder: Path) -> None:
    """Remove temp files an earlier killed save of this target left behind (over an hour old)."""
    prefix, limit = _temp_prefix(target), time.time() - STALE_TEMP_SECONDS
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(prefix) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                        os.unlink(entry.path)


def _why(target: Path, exc: OSError) -> str:
    if exc.errno == errno.EROFS:
        reason = "the disk is read-only"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        reason = (
            "permission denied (the file or folder is read-only, or another program has it open)"
        )
    elif exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason = "the disk is full"
    elif exc.errno == errno.ENAMETOOLONG:
        reason = "the file name is too long"
    else:
        reason = exc.strerror or str(exc)
    return f"Cannot save {target}: {reason}. Nothing was overwritten."
