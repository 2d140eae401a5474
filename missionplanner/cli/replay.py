"""The ``replay`` and ``outline`` commands (registered by :mod:`missionplanner.cli.main`).

``missionplanner replay MISSION`` rebuilds what a past mission could have done and audits its
reported coverage; its output ends with one ``replayed:`` line per reported figure.
``--report`` writes the same as Markdown, ``--xlsx`` as a workbook.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from missionplanner.cli.guard import check
from missionplanner.cli.numbers import Bounds, check_ranges
from missionplanner.io import load_mission
from missionplanner.io.atomic import atomic_write_text

REPLAY = (Bounds("--seed", 0, 2**63 - 1), Bounds("--runs", 0, 100_000),
          Bounds("--iterations", 1, 10**9), Bounds("--workers", 1, 1024),
          Bounds("--max-plans", 1, 100))


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``replay`` to the subcommands ``sub`` of the main parser."""
    text = "replay a past mission and audit its reported coverage"
    replay = sub.add_parser("replay", help=text, description=text + ": a plan reaching the "
                            "reported figure and what it takes, the bound, members choosing "
                            "alone, representativeness")
    replay.set_defaults(handler=replay_command)
    replay.add_argument("mission", type=Path, metavar="MISSION|PLAN",
                        help="the mission file (with its reported facts), or a plan with "
                             "imported actuals (planned against visited)")
    replay.add_argument("--mission", type=Path, dest="mission_file",
                        help="a plan's mission file (default: the one the plan records)")
    replay.add_argument("--seed", type=int, help="selection seed (default: the mission's)")
    replay.add_argument("--runs", type=int, default=100, metavar="R",
                        help="uncoordinated runs (seeds) to compare with (default 100)")
    replay.add_argument("--report", type=Path, metavar="OUT.md", help="write a Markdown report")
    replay.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write an Excel report")
    replay.add_argument("--iterations", type=int,
                        help="route-search iterations per area and day (default: the "
                             "planner's)")
    replay.add_argument("--workers", type=int, help="processes (default: every core)")
    replay.add_argument("--max-plans", type=int, default=7,
                        help="plans (one per dwell time tried) at most (default 7)")
    replay.add_argument("--quiet", action="store_true", help="no progress on stderr")
    text = "write a mission from the facts a statement gives (for replay)"
    outline = sub.add_parser("outline", help=text, description=text + "; every assumption "
                             "goes into the mission's notes")
    outline.set_defaults(handler=outline_command)
    outline.add_argument("--organisation", required=True)
    outline.add_argument("--election", required=True, help="the election, in words")
    outline.add_argument("--country", required=True, help="ISO code or name (KZ)")
    outline.add_argument("--days", required=True, metavar="D1[,D2]",
                         help="observation days, YYYY-MM-DD; the last is election day")
    outline.add_argument("--observers", type=int, required=True, metavar="N")
    outline.add_argument("--team-size", type=int, metavar="K",
                         help="observers per team (default: the model's, 2)")
    outline.add_argument("--places", default="", metavar="P1;P2",
                         help="places observed, ';'-separated: a town, region:NAME, "
                              "abroad:CITY (English, Russian, Kazakh or former names)")
    outline.add_argument("--reported-stations", type=int, metavar="N",
                         help="stations the statement says were visited")
    outline.add_argument("--source", help="the statement (file name or address)")
    outline.add_argument("--stations", type=Path, metavar="MISSION.json",
                         help="a mission whose stations to use (default: the shipped sample "
                              "of the country nearest in date)")
    outline.add_argument("--out", type=Path, required=True, metavar="MISSION.json")


def replay_command(args: argparse.Namespace) -> int:
    """Replay the mission, print the audit, write the reports asked for."""
    from missionplanner.replay import (
        ReplayOptions,
        replay_document,
        replay_lines,
        replay_mission,
        to_markdown,
        write_workbook,
    )

    check_ranges(args, REPLAY)
    check([("--report", args.report, None), ("--xlsx", args.xlsx, "workbook")],
          [("MISSION", args.mission), ("--mission", args.mission_file)])
    if _is_plan(args.mission):
        return _replay_actuals(args)
    mission = load_mission(args.mission)
    options = ReplayOptions(seed=args.seed, runs=args.runs, iterations=args.iterations,
                            workers=args.workers, max_plans=args.max_plans)

    def progress(text: str) -> None:
        if not args.quiet:
            print(text, file=sys.stderr, flush=True)

    replay = replay_mission(mission, options, source_file=str(args.mission), progress=progress)
    if args.report is not None or args.xlsx is not None:
        title, sections = replay_document(replay, datetime.now())
        if args.report is not None:
            atomic_write_text(args.report, to_markdown(title, sections))
            progress(f"wrote {args.report}")
        if args.xlsx is not None:
            write_workbook(title, sections, args.xlsx)
            progress(f"wrote {args.xlsx}")
    print("\n".join(replay_lines(replay)))
    return 0


def outline_command(args: argparse.Namespace) -> int:
    """Write the mission an outline describes and say what it assumed."""
    from missionplanner.io import save_mission
    from missionplanner.replay.outline import (
        Outline,
        OutlineError,
        default_station_file,
        outline_mission,
    )

    check_ranges(args, (Bounds("--observers", 1, 100_000), Bounds("--team-size", 1, 6),
                        Bounds("--reported-stations", 1, 10**7)))
    try:
        days = tuple(date.fromisoformat(d.strip()) for d in args.days.split(",") if d.strip())
    except ValueError:
        raise OutlineError(f"--days {args.days!r}: days are YYYY-MM-DD, comma-separated") \
            from None
    if not days:
        raise OutlineError("--days: give at least one observation day")
    stations = args.stations or default_station_file(args.country, max(days))
    check([("--out", args.out, "mission")], [("--stations", stations)])
    outline = Outline(organisation=args.organisation, election=args.election,
                      country=args.country, days=days, observers=args.observers,
                      places=tuple(args.places.split(";")),
                      reported_stations=args.reported_stations, team_size=args.team_size,
                      source=args.source)
    mission = outline_mission(outline, load_mission(stations), str(stations))
    save_mission(mission, args.out)
    print(f"wrote {args.out}: {mission.name}; {len(mission.observers)} observers, "
          f"{len(mission.declared_areas)} places, stations of {stations}")
    print(f"assumed: {mission.notes}")
    print(f"replay it with: missionplanner replay {args.out}")
    return 0


def _is_plan(path: Path) -> bool:
    """A plan file (it has routes), not a mission: peeked at without loading it whole."""
    try:
        with open(path, encoding="utf-8") as fh:
            head = fh.read(4096)
    except (OSError, UnicodeDecodeError):
        return False  # loading it as a mission reports the problem
    return '"created_at"' in head and '"observation_days"' not in head


def _replay_actuals(args: argparse.Namespace) -> int:
    """Planned against visited, for a plan with imported actuals."""
    from missionplanner.cli.plan_files import open_plan
    from missionplanner.replay import to_markdown, write_workbook
    from missionplanner.replay.actuals import actuals_lines, replay_actuals
    from missionplanner.replay.actuals_report import actuals_document

    opened = open_plan(args.mission, args.mission_file)
    replay = replay_actuals(opened.mission, opened.plan)
    if args.report is not None or args.xlsx is not None:
        title, sections = actuals_document(replay, datetime.now())
        if args.report is not None:
            atomic_write_text(args.report, to_markdown(title, sections))
        if args.xlsx is not None:
            write_workbook(title, sections, args.xlsx)
    print("\n".join(actuals_lines(replay)))
    return 0
