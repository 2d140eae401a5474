"""Commands on mission files: validate, info, template, import-stations, import-observers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from missionplanner.cli.guard import check, hold
from missionplanner.cli.reports import mission_summary
from missionplanner.io import load_mission, save_mission
from missionplanner.io.atomic import OutputError
from missionplanner.model import Mission

if TYPE_CHECKING:
    from missionplanner.io.spreadsheet_import import ImportResult

Command = Callable[[argparse.Namespace], int]


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the mission-file commands to ``sub``."""

    def add(name: str, handler: Command, help_text: str) -> argparse.ArgumentParser:
        command: argparse.ArgumentParser = sub.add_parser(name, help=help_text,
                                                          description=help_text)
        command.set_defaults(handler=handler)
        return command

    add("validate", _validate, "check a mission file; exit 1 with every problem").add_argument(
        "file", type=Path
    )
    add("info", _info, "counts by region, station kinds, observers, days").add_argument(
        "file", type=Path
    )
    template = add("template", _template, "write an Excel template to fill in")
    template.add_argument("kind", choices=["stations", "observers"])
    template.add_argument("out", type=Path)
    for name, handler, what in (
        ("import-stations", _import_stations, "stations"),
        ("import-observers", _import_observers, "observers"),
    ):
        command = add(name, handler, f"add {what} from .xlsx or .csv to a mission (all or nothing)")
        command.add_argument("mission", type=Path)
        command.add_argument("file", type=Path)
        command.add_argument("--out", type=Path, help="write here instead of MISSION")


def _validate(args: argparse.Namespace) -> int:
    mission = load_mission(args.file)
    print(
        f"{args.file}: valid mission {mission.id!r} — {len(mission.regions)} regions, "
        f"{len(mission.stations)} stations, {len(mission.observers)} observers"
    )
    return 0


def _info(args: argparse.Namespace) -> int:
    print(mission_summary(load_mission(args.file)))
    return 0


def _template(args: argparse.Namespace) -> int:
    from missionplanner.io.templates import write_template

    check([("OUT", args.out, "workbook")], [])
    if args.out.exists() and args.out.stat().st_size:
        raise OutputError(f"{args.out} already exists: a template goes to a new file (remove "
                          "it first if it is an old template)")
    write_template(args.kind, args.out)
    print(f"wrote the {args.kind} template to {args.out}")
    return 0


def _import_stations(args: argparse.Namespace) -> int:
    from missionplanner.io.spreadsheet_import import import_stations

    return _import(args, import_stations, "stations")


def _import_observers(args: argparse.Namespace) -> int:
    from missionplanner.io.spreadsheet_import import import_observers

    return _import(args, import_observers, "observers")


def _import(
    args: argparse.Namespace, importer: Callable[[Mission, Path], ImportResult], what: str
) -> int:
    out = args.out or args.mission
    check([("--out" if args.out else "MISSION", out, "mission")],
          [(f"{what} file", args.file)])
    with hold(out):  # from reading to writing: a second import waits, then adds to this one
        mission = load_mission(args.mission)
        result = importer(mission, args.file)
        save_mission(result.mission, out)
    print(f"{what.capitalize()} imported: {result.count} (from {args.file} into {out})")
    for note in result.notes:
        print(f"  note: {note}")
    return 0
