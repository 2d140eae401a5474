"""Outputs checked before any work: nothing the user gave as input is overwritten.

Every command names its inputs and outputs (with the option that gave each, so messages say
``--out`` or ``MISSION``) and calls :func:`check_outputs` first, before it loads or plans
anything. Refused: an output that is one of the inputs (same file by path, symlink or hard
link), two outputs that are the same file, an output inside a folder another output replaces,
a folder, FIFO, device or read-only file, a missing folder, and an existing file of another
kind (a workbook written over a mission, a plan over a workbook). Plain functions, no Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from missionplanner.io.atomic import OutputError, special_kind, writable_target
from missionplanner.messages import app_errors as e
from missionplanner.messages import say

Kind = Literal["mission", "plan", "workbook", "folder"]
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "mission": (".json",), "plan": (".json",), "workbook": (".xlsx", ".xlsm"),
}
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Named:
    """A file a command reads or writes, and what the user calls it (``--out``, ``MISSION``)."""

    label: str
    path: Path
    kind: Kind | None = None
    """What an output holds (its suffix and any existing file must fit); None: anything."""


def check_outputs(outputs: list[Named], inputs: list[Named]) -> None:
    """Raise :class:`OutputError` unless every output can be written without harm."""
    outputs = [o for o in outputs if o.path is not None]
    for output in outputs:
        for other in inputs:
            if other.path is not None and _same(output.path, other.path):
                raise OutputError(say(e.IS_AN_INPUT, label=output.label, path=output.path,
                                      other=other.label, other_path=other.path))
            if output.kind == "folder" and other.path is not None \
                    and _inside(other.path, output.path):
                raise OutputError(say(e.INPUT_INSIDE, other=other.label, other_path=other.path,
                                      path=output.path, label=output.label))
    for i, first in enumerate(outputs):
        for second in outputs[i + 1:]:
            if _same(first.path, second.path):
                raise OutputError(say(e.SAME_FILE, first=first.label, second=second.label,
                                      first_path=first.path, second_path=second.path))
            for folder, file in ((first, second), (second, first)):
                if folder.kind == "folder" and _inside(file.path, folder.path):
                    raise OutputError(say(e.FILE_IN_FOLDER, label=file.label, path=file.path,
                                          folder=folder.path, other=folder.label))
    for output in outputs:
        _check_one(output)


def file_kind(path: Path) -> str:
    """What an existing file holds, from its first bytes: ``workbook``, ``encrypted``,
    ``mission``, ``plan``, ``empty`` or ``other``."""
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if not head:
        return "empty"
    if head.startswith(b"PK\x03\x04"):
        return "workbook"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "encrypted"
    text = head.decode("utf-8", errors="replace")
    if '"observation_days"' in text:
        return "mission"
    if '"created_at"' in text and '"seed"' in text:
        return "plan"
    return "other"


def _check_one(output: Named) -> None:
    path = output.path
    if output.kind == "folder":
        _check_folder(output)
        return
    target = writable_target(path)
    wanted = _SUFFIXES.get(output.kind or "")
    if wanted and path.suffix.lower() not in wanted:
        kind = say(e.FILE_KINDS[output.kind or "workbook"])
        if not path.suffix:
            raise OutputError(say(e.NO_EXTENSION, label=output.label, path=path, kind=kind,
                                  wanted=wanted[0]))
        raise OutputError(say(e.WRONG_EXTENSION, label=output.label, path=path, kind=kind,
                              wanted=wanted[0], suffix=path.suffix))
    if output.kind and target.exists():
        found = file_kind(target)
        fits = {"workbook": {"workbook", "encrypted"}}.get(output.kind, {output.kind})
        if found not in fits | {"empty"}:
            what = {"other": "something else", "encrypted": "an encrypted workbook"}.get(
                found, f"a {found}")
            what = say(e.FOUND_KINDS[what]) if what in e.FOUND_KINDS else what
            kind = say(e.FILE_KINDS[output.kind]) if output.kind in e.FILE_KINDS else output.kind
            raise OutputError(say(e.HOLDS_OTHER, label=output.label, path=path, what=what,
                                  kind=kind))
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise OutputError(say(e.FOLDER_NOT_WRITABLE, path=path, folder=target.parent))


def _check_folder(output: Named) -> None:
    real = Path(os.path.realpath(output.path))
    if real.exists():
        kind = special_kind(real.stat().st_mode)
        if kind != "a folder":
            raise OutputError(say(e.NOT_A_FOLDER_OUTPUT, label=output.label, path=output.path,
                                  kind=kind or say(e.SPECIAL_KINDS["a file"])))
        return
    parent = real.parent
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(say(e.PARENT_NOT_WRITABLE, label=output.label, path=output.path,
                              folder=parent))


def _same(first: Path, second: Path) -> bool:
    try:
        if first.exists() and second.exists():
            return os.path.samefile(first, second)
    except OSError:
        pass
    return os.path.realpath(first) == os.path.realpath(second)


def _inside(path: Path, folder: Path) -> bool:
    real, root = Path(os.path.realpath(path)), Path(os.path.realpath(folder))
    return root in real.parents
