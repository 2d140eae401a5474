"""Reading a spreadsheet file into a :class:`~missionplanner.io.tabular.Table`: the kind is told
by the content (zip, OLE or text), not by the extension."""

from __future__ import annotations

import os
from pathlib import Path

from missionplanner.errors import InputError
from missionplanner.io.csv_reading import read_csv_bytes
from missionplanner.io.tabular import Table
from missionplanner.io.xlsx_reading import read_xlsx
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.messages.app_errors import LIMITED
from missionplanner.unpacking import MAX_FILE_BYTES, read_limited

_OLE = b"\xd0\xcf\x11\xe0"


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read an .xlsx workbook or a CSV/TSV text file, deciding by content, not by extension."""
    file = Path(path)
    name = str(path)
    raw = _read_bytes(file, name)
    if not raw:
        raise InputError(say(ip.EMPTY_FILE, file=name))
    if raw.startswith(b"PK\x03\x04"):
        return read_xlsx(raw, name)
    if is_encrypted_workbook(raw):
        raise InputError(say(ip.ENCRYPTED, file=name))
    if raw.startswith(_OLE):
        raise InputError(say(ip.OLD_EXCEL, file=name))
    if file.suffix.lower() in {".xlsx", ".xlsm"}:
        raise InputError(say(ip.NOT_ZIP, file=name))
    return read_csv_bytes(raw, name)


def _read_bytes(file: Path, name: str) -> bytes:
    return read_limited(file, MAX_FILE_BYTES, say(LIMITED["spreadsheets"]))


def is_encrypted_workbook(raw: bytes) -> bool:
    """An OLE file holding an ``EncryptionInfo`` stream: an .xlsx saved with a password."""
    return raw.startswith(_OLE) and "EncryptionInfo".encode("utf-16-le") in raw[:1 << 20]
