"""Limits on what reading a spreadsheet unpacks, not only on what it downloads.

An .xlsx is a zip: 500 KB can unpack to gigabytes (a row per line reaching column XFD, one
string of 1 GB, 40 million shared strings). Before a workbook is opened, :func:`check_zip`
reads the sizes its zip directory declares (zipfile stops at the declared size, so a lying
entry ends in a damaged-file error, not in more data) and counts the shared strings while
streaming them; the readers then check rows, columns, cells and text length while streaming
the sheets. Each refusal names the limit it hit.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile

from missionplanner.errors import InputError
from missionplanner.messages import app_errors as e
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Bigger files are refused: Kazakhstan's ~10,000 stations fit in well under 5 MB."""
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""What all the entries of a workbook may unpack to, together."""
MAX_ENTRIES = 10_000
"""Files inside one workbook."""
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000
"""Columns of a sheet (a station list has about 20; a form export a few hundred)."""
MAX_CELLS = 5_000_000
"""Filled cells of a whole file (and shared strings of a workbook)."""
MAX_TEXT = 32_767
"""Characters in one cell: Excel's own limit, so no file Excel wrote goes past it."""

_SHARED_STRING = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")
_CHUNK = 1 << 20


def check_zip(raw: bytes, name: str) -> None:
    """Refuse a workbook whose zip would unpack past the limits (read before opening it)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise InputError(say(ip.DAMAGED_ZIP, file=name)) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise InputError(say(ip.ZIP_ENTRIES, file=name, count=f"{len(entries):,}",
                                 limit=f"{MAX_ENTRIES:,}"))
        total = sum(entry.file_size for entry in entries)
        if total > MAX_UNPACKED_BYTES:
            biggest = max(entries, key=lambda entry: entry.file_size)
            raise InputError(say(ip.UNPACKS_TO, file=name, size=f"{total / 2**20:,.0f}",
                                 part=biggest.filename,
                                 part_size=f"{biggest.file_size / 2**20:,.0f}",
                                 limit=MAX_UNPACKED_BYTES // 2**20))
        for entry in entries:
            if entry.filename.lower().endswith("sharedstrings.xml"):
                _count_shared_strings(archive, entry, name)


def _count_shared_strings(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str) -> None:
    count, tail = 0, b""
    try:
        with archive.open(entry) as source:
            while chunk := source.read(_CHUNK):
                data = tail + chunk
                count += len(_SHARED_STRING.findall(data))
                cut = max(0, len(data) - 16)
                count -= len(_SHARED_STRING.findall(data[cut:]))  # counted again next time
                tail = data[cut:]
                if count > MAX_CELLS:
                    raise InputError(say(ip.SHARED_STRINGS, file=name, limit=f"{MAX_CELLS:,}"))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(say(ip.DAMAGED, file=name, error=exc)) from None
    count += len(_SHARED_STRING.findall(tail))


def read_limited(path: str | os.PathLike[str], limit: int, what: str) -> bytes:
    """The bytes of a regular file (or a pipe) of at most ``limit`` bytes; an
    :class:`InputError` for a folder, a device (``/dev/zero``), a missing or a bigger file."""
    try:
        with open(path, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
                raise InputError(say(e.SPECIAL_FILE, path=path))
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(say(e.NO_SUCH_FILE, path=path)) from None
    except IsADirectoryError:
        raise InputError(say(e.IS_A_FOLDER, path=path)) from None
    except OSError as exc:
        raise InputError(say(e.CANNOT_READ, path=path, why=exc.strerror or exc)) from None
    if len(raw) > limit:
        raise InputError(say(e.TOO_BIG, path=path, mb=limit // 10**6, what=what))
    return raw
