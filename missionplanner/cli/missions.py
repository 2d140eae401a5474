"""Commands on mission files: validate, info, template, import-stations, import-observers."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from missionplanner.cli.guard import check, hold
from missionplanner.cli.reports import WARNINGS_SHOWN, mission_summary, mission_warnings
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
        command.add_argument("--report", type=Path,
                             help="where to write the full list of problems "
                                  "(default: FILE.problems.csv or .xlsx beside FILE)")
        if name == "import-stations":
            _station_options(command)


def _station_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--region", help="the region of every row (a list without a region "
                         "column, e.g. one city's)")
    command.add_argument("--commission", help="the commission of every row (default: the "
                         "Commission column, else unknown)")
    command.add_argument("--map", dest="mapping", metavar="MAPPING",
                         help='column mapping "X=longitude,Y=latitude,УИК=number" '
                              "(or a file of HEADER=FIELD lines); FIELD ignore leaves a column out")
    command.add_argument("--skip-bad-rows", action="store_true",
                         help="import the good rows, list the bad ones in the report")
    command.add_argument("--settlements", type=Path,
                         help="a CSV of settlements (name, latitude, longitude[, region, "
                              "population]) to place stations without coordinates")


def _validate(args: argparse.Namespace) -> int:
    mission = load_mission(args.file)
    print(
        f"{args.file}: valid mission {mission.id!r} — {len(mission.regions)} regions, "
        f"{len(mission.stations)} stations, {len(mission.observers)} observers"
    )
    warnings = mission_warnings(mission)
    for warning in warnings[:WARNINGS_SHOWN]:
        print(f"  warning: {warning}")
    if len(warnings) > WARNINGS_SHOWN:
        print(f"  ... and {len(warnings) - WARNINGS_SHOWN} more warnings")
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
    from missionplanner.io.import_options import ImportOptions, parse_mapping
    from missionplanner.io.settlements_file import read_settlements
    from missionplanner.io.spreadsheet_import import import_stations

    options = ImportOptions(
        region=args.region,
        commission=args.commission,
        mapping=parse_mapping(args.mapping) if args.mapping else {},
        skip_bad_rows=args.skip_bad_rows,
        report=args.report,
    )

    def run(mission: Mission, path: Path) -> ImportResult:
        settlements = read_settlements(args.settlements, mission.regions) if args.settlements \
            else None
        return import_stations(mission, path, replace(options, settlements=settlements))

    return _import(args, run, "stations")


def _import_observers(args: argparse.Namespace) -> int:
    from missionplanner.io.import_options import ImportOptions
    from missionplanner.io.spreadsheet_import import import_observers

    options = ImportOptions(report=args.report)
    return _import(args, lambda m, p: import_observers(m, p, options), "observers")


def _import(
    args: argparse.Namespace, importer: Callable[[Mission, Path], ImportResult], what: str
) -> int:
    from missionplanner.io.import_options import default_report_path

    out = args.out or args.mission
    report = args.report or default_report_path(args.file)
    mapping = getattr(args, "mapping", None)
    # without --out the mission is the output (read and written back under a lock), so it
    # is an input to protect only when --out sends the result elsewhere
    check([("--out" if args.out else "MISSION", out, "mission"),
           ("--report" if args.report else "the problem report", report,
            "workbook" if report.suffix.lower() in (".xlsx", ".xlsm") else None)],
          [(f"{what} file", args.file), ("MISSION", args.mission if args.out else None),
           ("--settlements", getattr(args, "settlements", None)),
           ("--map", Path(mapping) if mapping and Path(mapping).is_file() else None)])
    with hold(out):  # from reading to writing: a second import waits, then adds to this one
        mission = load_mission(args.mission)
        result = importer(mission, args.file)
        save_mission(result.mission, out)
    print(f"{what.capitalize()} imported: {result.count} (from {args.file} into {out})")
    for note in result.notes:
        print(f"  note: {note}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    return 0
