"""Advisory locks on mission and plan files, so that two writers never lose each other's change.

Whoever updates a file (an import into a mission, actuals into a plan, the desktop app saving)
holds its lock from reading it to writing it back: a second writer waits for the first, then
reads what the first wrote. The lock is ``.<name>.lock`` beside the file (the real file when
the path is a symlink), taken with :mod:`filelock` (``flock`` on POSIX, so a killed holder
releases it); the lock file gets the mode of the file it guards, so whoever may write the file
may lock it. Plain functions, no Qt: the desktop app uses them too.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from missionplanner.errors import MissionPlannerError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say

WAIT_SECONDS = 30.0
"""How long a writer waits for another one before giving up."""
WAIT_VARIABLE = "MISSIONPLANNER_LOCK_WAIT"
"""Environment variable overriding :data:`WAIT_SECONDS` (seconds; 0: do not wait)."""


class FileBusy(MissionPlannerError):
    """Another program holds the lock of a file this one wants to update."""


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of ``path``: ``.<name>.lock`` beside the real file."""
    real = Path(os.path.realpath(path))
    return real.with_name(f".{real.name}.lock")


def wait_seconds() -> float:
    """:data:`WAIT_SECONDS`, or the number in ``$MISSIONPLANNER_LOCK_WAIT``."""
    text = os.environ.get(WAIT_VARIABLE, "")
    try:
        value = float(text) if text.strip() else WAIT_SECONDS
    except ValueError:
        return WAIT_SECONDS
    return value if 0 <= value < float("inf") else WAIT_SECONDS


@contextlib.contextmanager
def locked(
    path: str | os.PathLike[str],
    wait: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the lock of ``path`` for the ``with`` block.

    When another program holds it, ``on_wait`` is told (a sentence to show) and this one
    waits up to ``wait`` seconds (default :func:`wait_seconds`), then raises :class:`FileBusy`.
    """
    wait = wait_seconds() if wait is None else wait
    lock = FileLock(lock_path(path), mode=_mode_for(path))
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait(say(e.LOCK_WAIT, path=path, seconds=f"{wait:.0f}"))
            lock.acquire(timeout=wait)
    except Timeout:
        raise FileBusy(say(e.LOCKED, path=path, lock=lock_path(path))) from None
    except PermissionError:
        raise FileBusy(say(e.LOCK_DENIED, path=path, lock=lock_path(path))) from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def locked_all(
    paths: list[Path], wait: float | None = None, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the locks of every path (each once, in one order, so two commands never deadlock)."""
    unique = {str(lock_path(p)): p for p in paths}
    with contextlib.ExitStack() as stack:
        for key in sorted(unique):
            stack.enter_context(locked(unique[key], wait, on_wait))
        yield


def _mode_for(path: str | os.PathLike[str]) -> int:
    """The guarded file's read/write bits (so its writers may lock it); -1: filelock's default."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode) & 0o666
    except OSError:
        return -1
    return mode | 0o600 if mode else -1
