"""The ``missionplanner`` command line: thin commands over the domain's services.

Bad input never ends in a traceback: :class:`MissionPlannerError` (and unreadable files) print
a message and exit 1; anything else is a bug, reported as such with exit 70 (``--debug`` shows
the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from missionplanner import __version__, export_cli, planning_cli, replan_cli
from missionplanner.errors import MissionPlannerError
from missionplanner.io import load_mission, save_mission
from missionplanner.model import Mission
from missionplanner.reports import mission_summary

if TYPE_CHECKING:
    from missionplanner.io.spreadsheet_import import ImportResult

Command = Callable[[argparse.Namespace], int]
EXIT_BAD_INPUT = 1
EXIT_INTERNAL = 70


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
    mission = load_mission(args.mission)
    result = importer(mission, args.file)
    out = args.out or args.mission
    save_mission(result.mission, out)
    print(f"{what.capitalize()} imported: {result.count} (from {args.file} into {out})")
    for note in result.notes:
        print(f"  note: {note}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one subcommand per job."""
    parser = argparse.ArgumentParser(
        prog="missionplanner",
        description="Plan election observation missions: teams, stations, routes, Excel.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Command, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
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
    planning_cli.register(sub)
    export_cli.register(sub)
    replan_cli.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``missionplanner`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except MissionPlannerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug, not bad input: say so plainly
        if args.debug:
            raise
        print(
            f"internal error ({type(exc).__name__}: {exc}); please report it, "
            "and run again with --debug for details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
