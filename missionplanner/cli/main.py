"""The ``missionplanner`` command line: thin commands over the domain's services.

Bad input never ends in a traceback: :class:`MissionPlannerError` (and unreadable files) print
a message and exit 1; anything else is a bug, reported as such with exit 70 (``--debug`` shows
the traceback). One module per group of commands registers its subcommands.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from missionplanner import __version__
from missionplanner.cli import export, missions, new, plan, replan, replay
from missionplanner.cli.terminal import Terminated, safe_terminal
from missionplanner.errors import MissionPlannerError

EXIT_BAD_INPUT = 1
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one subcommand per job."""
    parser = argparse.ArgumentParser(
        prog="missionplanner",
        description="Plan election observation missions: teams, stations, routes, Excel.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new.register(sub)
    missions.register(sub)
    plan.register(sub)
    export.register(sub)
    replan.register(sub)
    replay.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``missionplanner`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    stdout, stderr = sys.stdout, sys.stderr
    with safe_terminal(stdout, stderr) as (sys.stdout, sys.stderr):  # type: ignore[misc]
        try:
            return _run(args)
        finally:
            sys.stdout, sys.stderr = stdout, stderr


def _run(args: argparse.Namespace) -> int:
    """The command's handler; errors and signals as one line and an exit code."""
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
    except Terminated:
        print("terminated", file=sys.stderr)
        return 143
    except Exception as exc:  # a bug, not bad input: say so plainly
        if args.debug:
            raise
        print(
            f"internal error ({type(exc).__name__}: {exc}); please report it, "
            "and run again with --debug for details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
