"""Atomic file writing: a crash or a full disk never leaves a half-written file behind.

The file is written to a hidden temporary file beside the target, fsynced, then renamed over
it, so readers see the old file or the new one, never a mixture. What the user has is kept:

- a symlink is followed and the file it points to is replaced (the link stays a link);
- a special file (FIFO, device, socket) or a folder is refused, never replaced;
- a read-only target is refused (even for root, who could rename over it);
- an existing file keeps its mode, and its group where the writer may set it (its owner too
  when the writer is root); a new file gets the umask's mode (0666 less the umask), and the
  group a setgid folder gives it;
- temporaries left by a killed writer (same machine, process gone, or a day old) are removed;
- errors name the target, never the hidden temporary file.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import stat
import tempfile
import time
from pathlib import Path

from missionplanner.errors import MissionPlannerError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say

STALE_SECONDS = 24 * 3600
"""A temporary older than this is removed whoever left it (another machine on a share)."""
_NAME_ROOM = 100
"""Characters of the target's name kept in a temporary's name (file names stop at 255 bytes)."""


class OutputError(MissionPlannerError):
    """An output cannot (or must not) be written: read-only, a special file, a full disk."""


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, fsync, then rename.

    Raises :class:`OutputError` naming ``path`` when it cannot or must not be written.
    """
    target = writable_target(path)
    folder = target.parent
    remove_stale_temporaries(folder, target.name)
    try:
        fd, temporary = tempfile.mkstemp(prefix=_temp_prefix(target.name), suffix=".tmp",
                                         dir=folder)
    except OSError as exc:
        raise _failed(path, exc, folder) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            _copy_permissions(handle.fileno(), target)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise _failed(path, exc, folder) from None
        raise
    _fsync_folder(folder)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """:func:`atomic_write_bytes` for UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


def writable_target(path: str | os.PathLike[str]) -> Path:
    """The file that writing ``path`` replaces (symlinks followed), or :class:`OutputError`
    when it is a folder, a special file, read-only, or its folder is missing."""
    target = Path(os.path.realpath(path))
    try:
        info = target.stat()
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise OutputError(say(e.NO_FOLDER, path=path, folder=target.parent)) from None
        return target
    except OSError as exc:
        raise _failed(path, exc, target.parent) from None
    kind = special_kind(info.st_mode)
    if kind:
        raise OutputError(say(e.SPECIAL_OUTPUT, path=path, kind=kind))
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise OutputError(say(e.READ_ONLY, path=path))
    return target


def special_kind(mode: int) -> str | None:
    """``'a folder'``, ``'a FIFO'``... for what is not a regular file; None for a file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return say(e.SPECIAL_KINDS["a folder"])
    if stat.S_ISFIFO(mode):
        return say(e.SPECIAL_KINDS["a FIFO (named pipe)"])
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say(e.SPECIAL_KINDS["a device"])
    if stat.S_ISSOCK(mode):
        return say(e.SPECIAL_KINDS["a socket"])
    return say(e.SPECIAL_KINDS["a special file"])


def current_umask() -> int:
    """This process's umask (from /proc where it can be read without changing it)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_temporaries(folder: Path, name: str) -> None:
    """Remove temporaries of ``name`` left in ``folder`` by writers that were killed."""
    pattern = re.compile(re.escape(_base_prefix(name)) + r"([^.]*)-(\d+)\..*\.tmp$")
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    host = _host()
    for entry in entries:
        found = pattern.match(entry.name)
        if not found:
            continue
        with contextlib.suppress(OSError):
            age = time.time() - entry.stat(follow_symlinks=False).st_mtime
            if age > STALE_SECONDS or (found[1] == host and not _alive(int(found[2]))):
                os.unlink(entry.path)


def _temp_prefix(name: str) -> str:
    return f"{_base_prefix(name)}{_host()}-{os.getpid()}."


def _base_prefix(name: str) -> str:
    return f".{name[:_NAME_ROOM]}."


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9]", "", socket.gethostname())[:16] or "host"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # alive, but another user's
    return True


def _copy_permissions(fd: int, target: Path) -> None:
    """Give the temporary the target's mode and group (owner too as root), or the umask's."""
    if not hasattr(os, "fchmod"):  # Windows: no modes to keep
        return
    try:
        info = target.stat()
    except FileNotFoundError:
        os.fchmod(fd, 0o666 & ~current_umask())
        return
    if hasattr(os, "fchown"):
        owner = info.st_uid if os.geteuid() == 0 else -1
        with contextlib.suppress(OSError):  # not a member of the file's group: keep ours
            os.fchown(fd, owner, info.st_gid)
    os.fchmod(fd, stat.S_IMODE(info.st_mode) & 0o1777)  # never set-user/group-id


def _failed(path: str | os.PathLike[str], exc: OSError, folder: Path) -> OutputError:
    why = exc.strerror or str(exc)
    if isinstance(exc, PermissionError):
        return OutputError(say(e.CANNOT_WRITE_IN, path=path, why=why, folder=folder))
    return OutputError(say(e.CANNOT_WRITE, path=path, why=why))


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
