"""A folder of outputs replaced as a whole: it always holds one complete set, old or new.

The new set is written into a fresh hidden folder beside the target, which is then swapped in
(an atomic exchange where Linux offers one, two renames otherwise) and the old set removed. So
a killed export leaves the old set, never a mix; files of teams that no longer exist go with
the old set; and what a killed run left beside the folder is removed by the next one.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from missionplanner.io.atomic import OutputError, current_umask
from missionplanner.io.locking import FileBusy, locked
from missionplanner.messages import app_errors as e
from missionplanner.messages import say

_LEFT_BY_THE_SYSTEM = {".DS_Store", "Thumbs.db", "desktop.ini"}
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@contextlib.contextmanager
def fresh_folder(target: str | os.PathLike[str], ours: Callable[[str], bool],
                 what: str = "files") -> Iterator[Path]:
    """Yield an empty folder to fill; on success it replaces ``target`` (created if missing).

    ``ours(name)`` tells the files a previous run wrote; a ``target`` holding anything else is
    refused (:class:`OutputError`), since swapping would remove it. On an error the fresh
    folder is removed and ``target`` is left as it was.
    """
    real = Path(os.path.realpath(target))
    parent = real.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(say(e.CANNOT_CREATE_FOLDER, folder=parent, why=exc.strerror)) from None
    with locked(real):
        _remove_leftovers(parent, real.name)
        _refuse_foreign(target, real, ours, what)
        try:
            fresh = Path(tempfile.mkdtemp(prefix=_prefix(real.name, "new"), dir=parent))
        except OSError as exc:
            raise OutputError(say(e.CANNOT_WRITE_IN_FOLDER, folder=parent,
                                      why=exc.strerror)) from None
        try:
            os.chmod(fresh, _folder_mode(real, parent))
            yield fresh
            _swap_in(fresh, real)
        finally:
            if fresh.exists():
                shutil.rmtree(fresh, ignore_errors=True)


def _refuse_foreign(target: str | os.PathLike[str], real: Path, ours: Callable[[str], bool],
                    what: str) -> None:
    if not real.exists():
        return
    if not real.is_dir():
        raise OutputError(say(e.NOT_A_FOLDER, path=target))
    foreign = sorted(entry.name for entry in os.scandir(real)
                     if entry.name not in _LEFT_BY_THE_SYSTEM
                     and not (entry.is_file(follow_symlinks=False) and ours(entry.name)))
    if foreign:
        shown = ", ".join(foreign[:5])
        what = say(e.FOLDER_FILES[what]) if what in e.FOLDER_FILES else what
        if len(foreign) > 5:
            raise OutputError(say(e.FOREIGN_FILES_MORE, path=target, what=what, shown=shown,
                                  more=len(foreign) - 5))
        raise OutputError(say(e.FOREIGN_FILES, path=target, what=what, shown=shown))


def _swap_in(fresh: Path, real: Path) -> None:
    if not real.exists():
        os.rename(fresh, real)
        return
    if _exchange(fresh, real):  # now `fresh` holds the old set
        shutil.rmtree(fresh, ignore_errors=True)
        return
    old = real.with_name(_prefix(real.name, "old") + "swap")
    os.rename(real, old)
    os.rename(fresh, real)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2``); False where that is not possible."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    done = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second),
                     _RENAME_EXCHANGE)
    return bool(done == 0)


def _folder_mode(real: Path, parent: Path) -> int:
    if real.exists():
        return stat.S_IMODE(real.stat().st_mode)
    setgid = parent.stat().st_mode & stat.S_ISGID
    return (0o777 & ~current_umask()) | setgid


def _prefix(name: str, state: str) -> str:
    return f".{name[:100]}.{state}-{os.getpid()}-"


def remove_leftovers(target: str | os.PathLike[str]) -> None:
    """Tidy what a killed export of ``target`` left beside it (the export process ended
    after Cancel): its fresh folder, or its previous set, put back if the kill fell between
    the two renames of a swap. Does nothing while another export holds the folder's lock."""
    real = Path(os.path.realpath(target))
    if not real.parent.is_dir():
        return
    try:
        with locked(real, wait=0):
            _remove_leftovers(real.parent, real.name)
    except (FileBusy, OSError):
        pass


def _remove_leftovers(parent: Path, name: str) -> None:
    """Fresh or old folders of ``name`` left by killed runs: the lock is ours, so no live
    export is writing any of them. An old set with no folder in its place (killed between
    the two renames of :func:`_swap_in`) goes back in place."""
    pattern = re.compile(re.escape(f".{name[:100]}.") + r"(new|old)-\d+-")
    for entry in os.scandir(parent):
        match = pattern.match(entry.name)
        if not match or not entry.is_dir(follow_symlinks=False):
            continue
        target = parent / name
        if match.group(1) == "old" and entry.name.endswith("-swap") and not target.exists():
            os.rename(entry.path, target)
        else:
            shutil.rmtree(entry.path, ignore_errors=True)
