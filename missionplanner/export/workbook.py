"""The mission workbook (Summary, Roster, Stations, one sheet per team and day) and the
per-team workbooks (that team's roster lines and route sheets, nothing of any other team)."""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from missionplanner.export import styles as st
from missionplanner.export.context import Context
from missionplanner.export.labels import Lang
from missionplanner.export.progress import Cancel, Progress, Tracker
from missionplanner.export.protect import encrypt
from missionplanner.export.roster import write_roster
from missionplanner.export.route_sheet import write_route_sheet
from missionplanner.export.stations_sheet import write_stations
from missionplanner.export.summary import write_summary
from missionplanner.io.atomic import atomic_write_bytes
from missionplanner.io.folder_swap import fresh_folder
from missionplanner.io.mission_ref import check_match
from missionplanner.model import Mission, Plan

_SLUG_BYTES = 80
"""Longest team part of a workbook's name, in UTF-8 bytes."""


@dataclass(frozen=True)
class Written:
    """A workbook written: where, and how many route sheets it holds."""

    path: Path
    route_sheets: int


def _new_workbook() -> Any:
    workbook = Workbook(write_only=True)
    st.add_styles(workbook)
    return workbook


def save_workbook(
    workbook: Any, path: str | os.PathLike[str], password: str | None = None
) -> None:
    """Save atomically (encrypted with ``password`` if given)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    if password is not None:  # an empty one is refused there, never a plain file
        data = encrypt(data, password)
    atomic_write_bytes(path, data)


def export_workbook(
    mission: Mission, plan: Plan, path: str | os.PathLike[str], *, lang: Lang = "en"
) -> Written:
    """Write the mission workbook for ``plan`` (checked against ``mission``) to ``path``."""
    check_match(mission, plan)
    ctx = Context(mission, plan, lang)
    workbook = _new_workbook()
    taken: set[str] = set()
    write_summary(workbook, ctx, taken)
    write_roster(workbook, ctx, ctx.team_ids(), taken)
    write_stations(workbook, ctx, taken)
    count = 0
    for team_id in ctx.team_ids():
        for route in ctx.routes_of.get(team_id, []):
            write_route_sheet(workbook, ctx, route, taken)
            count += 1
    save_workbook(workbook, path)
    return Written(Path(path), count)


def team_file_name(team_id: str) -> str:
    """A safe file name for a team's workbook: ``team-<id>.xlsx``.

    A long id (in bytes: file names stop at 255, and Cyrillic letters take two) is cut and
    given a short digest of the whole id, so that two long ids never share a name.
    """
    slug = re.sub(r"[^\w.-]+", "_", team_id, flags=re.UNICODE).strip("._") or "team"
    if len(slug.encode("utf-8")) > _SLUG_BYTES:
        digest = hashlib.sha256(team_id.encode("utf-8")).hexdigest()[:10]
        while len(slug.encode("utf-8")) > _SLUG_BYTES - len(digest) - 1:
            slug = slug[:-1]
        slug = f"{slug.rstrip('._-')}-{digest}"
    return f"team-{slug}.xlsx"


def is_team_file_name(name: str) -> bool:
    """Whether ``name`` is one :func:`team_file_name` gives (a file an export wrote)."""
    return name.startswith("team-") and name.lower().endswith(".xlsx")


def export_team_workbook(
    ctx: Context, team_id: str, path: str | os.PathLike[str], password: str | None = None
) -> Written:
    """Write one team's workbook: its roster lines and its route sheets only."""
    workbook = _new_workbook()
    taken: set[str] = set()
    write_roster(workbook, ctx, [team_id], taken)
    routes = ctx.routes_of.get(team_id, [])
    for route in routes:
        write_route_sheet(workbook, ctx, route, taken)
    save_workbook(workbook, path, password)
    return Written(Path(path), len(routes))


def export_per_team(
    mission: Mission,
    plan: Plan,
    folder: str | os.PathLike[str],
    *,
    lang: Lang = "en",
    password: str | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[Written]:
    """Write one workbook per team into ``folder``, replacing its previous set as a whole.

    The workbooks go into a fresh folder that is swapped in at the end (see
    :mod:`missionplanner.io.folder_swap`): ``folder`` always holds one complete set, and a
    folder holding anything but team workbooks is refused. ``progress(done, total)`` counts
    workbooks; ``cancel`` stops the export with
    :class:`~missionplanner.export.progress.ExportCancelled`, the folder left as it was.
    """
    check_match(mission, plan)
    ctx = Context(mission, plan, lang)
    names: set[str] = set()
    planned: list[tuple[str, str]] = []
    for team_id in ctx.team_ids():
        name = team_file_name(team_id)
        stem, n = name[:-5], 2
        while name.casefold() in names:
            name, n = f"{stem}-{n}.xlsx", n + 1
        names.add(name.casefold())
        planned.append((team_id, name))
    written: list[Written] = []
    tracker = Tracker(len(planned), progress, cancel)
    tracker.check()
    with fresh_folder(folder, is_team_file_name, "team workbooks") as fresh:
        for team_id, name in planned:
            done = export_team_workbook(ctx, team_id, fresh / name, password)
            written.append(Written(Path(folder) / name, done.route_sheets))
            tracker.step()
    return written
