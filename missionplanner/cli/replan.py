"""The ``replan`` command (registered by :mod:`missionplanner.cli`).

``missionplanner replan PLAN --now 14:00 --delay team-04=45 --close STATION --cut A:B
--lose team-07 [--day YYYY-MM-DD] [--mission MISSION] [--out NEW.json]`` re-plans one day from
the teams' positions at ``--now`` and writes a new plan beside the old one; the old plan file
is left as it was.
"""

from __future__ import annotations

import argparse
import time as clock
from datetime import date, time
from pathlib import Path

from missionplanner.cli.numbers import minutes
from missionplanner.cli.plan_files import add_ignore_option
from missionplanner.model import Mission
from missionplanner.planning.disruptions import (
    Closure,
    Delay,
    Disruption,
    LostTeam,
    ReplanError,
    RoadCut,
)
from missionplanner.planning.replanning import DEFAULT_ITERATIONS


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``replan`` to the subcommands ``sub`` of the main parser."""
    text = ("re-plan one observation day after a disruption, from where the teams are at a "
            "given time (visits already made are kept)")
    cmd = sub.add_parser("replan", help=text, description=text)
    cmd.set_defaults(handler=replan_command)
    cmd.add_argument("plan", type=Path)
    cmd.add_argument("--now", required=True, metavar="HH:MM",
                     help="when it happened, on each area's local clock")
    cmd.add_argument("--day", metavar="YYYY-MM-DD",
                     help="the day to re-plan (default: the plan's only day)")
    cmd.add_argument("--delay", action="append", default=[], metavar="TEAM=MIN",
                     help="the team is held up MIN minutes (repeatable)")
    cmd.add_argument("--close", action="append", default=[], metavar="STATION",
                     help="the station lets no observer in any more (repeatable)")
    cmd.add_argument("--cut", action="append", default=[], metavar="A:B[+MIN]",
                     help="the road between two stations or bases is impassable, or MIN "
                          "minutes slower (repeatable)")
    cmd.add_argument("--lose", action="append", default=[], metavar="TEAM",
                     help="the team stops for the day; others take its stations (repeatable)")
    cmd.add_argument("--mission", type=Path,
                     help="the plan's mission file (default: the one the plan records)")
    add_ignore_option(cmd)
    cmd.add_argument("--out", type=Path,
                     help="new plan file (default: PLAN with .replan.json at the end)")
    cmd.add_argument("--travel-matrix", type=Path,
                     help="travel-time table (default: the one the plan was made with, if any)")
    cmd.add_argument("--time-limit", type=float,
                     help="best within this many seconds of search per re-planned area (not "
                          "reproducible; default: a reproducible search of "
                          f"{DEFAULT_ITERATIONS} iterations)")
    cmd.add_argument("--iterations", type=int,
                     help=f"search iterations per re-planned area (default {DEFAULT_ITERATIONS})")
    cmd.add_argument("--deterministic", action="store_true",
                     help="same inputs, same re-plan, whatever the machine (the default; kept "
                          "for older scripts)")


def replan_command(args: argparse.Namespace) -> int:
    """Re-plan the day, write the new plan, print what changed."""
    from missionplanner.cli.guard import check, hold
    from missionplanner.cli.numbers import REPLAN, check_ranges
    from missionplanner.cli.plan_files import open_plan
    from missionplanner.geo import read_travel_table
    from missionplanner.io import save_plan
    from missionplanner.io.mission_ref import find_travel_table, mission_ref
    from missionplanner.planning import ReplanRequest, replan

    now = parse_now(args.now)
    day = _parse_day(args.day)
    check_ranges(args, REPLAN)
    if args.deterministic and args.time_limit is not None:
        raise ReplanError("--deterministic and --time-limit exclude each other: a time limit "
                          "makes the re-plan depend on the machine's speed")
    out = args.out or args.plan.with_name(args.plan.name.removesuffix(".json") + ".replan.json")
    opened = open_plan(args.plan, args.mission,
                       ignore_changes=args.ignore_mission_changes)
    mission, plan, path = opened.mission, opened.plan, opened.mission_path
    check([("--out", out, "plan")], [("mission file", path),
                                     ("--travel-matrix", args.travel_matrix)])
    table_path = args.travel_matrix or find_travel_table(plan, args.plan)
    table = read_travel_table(table_path) if table_path is not None else None
    disruptions = parse_disruptions(mission, args.delay, args.close, args.cut, args.lose)
    started = clock.perf_counter()
    result = replan(ReplanRequest(mission, plan, tuple(disruptions), now=now, day=day,
                                  time_limit=args.time_limit, iterations=args.iterations,
                                  travel_table=table))
    took = clock.perf_counter() - started
    new = result.plan.model_copy(update={"mission_file": mission_ref(path, out)})
    if table_path is not None and new.made_with.travel_table is not None:
        ref = new.made_with.travel_table.model_copy(update={"file": mission_ref(table_path, out)})
        new = new.model_copy(update={"made_with": new.made_with.model_copy(
            update={"travel_table": ref})})
    with hold(out):
        save_plan(new, out)
    print(f"re-planned {new.replans[-1].day} from {args.now} in {took:.1f} s: "
          f"{len(result.areas_touched)} area(s) solved again -> {out}")
    for line in result.changes:
        print(f"  note: {line}")
    return 0


def parse_now(text: str) -> time:
    """``HH:MM`` as a time; :class:`ReplanError` otherwise."""
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ReplanError(f"--now must be a time of day HH:MM (00:00 to 23:59), not "
                          f"{text!r}") from None


def _parse_day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ReplanError(f"--day must be a date YYYY-MM-DD, not {text!r}") from None


def parse_disruptions(mission: Mission, delays: list[str], closes: list[str], cuts: list[str],
                      loses: list[str]) -> list[Disruption]:
    """The command line's disruptions; team and station ids are checked by the re-plan."""
    out: list[Disruption] = []
    for item in delays:
        team, _, text = item.rpartition("=")
        if not team or not text.strip().isdigit():
            raise ReplanError(f"--delay takes TEAM=MINUTES (e.g. team-04=45), not {item!r}")
        out.append(Delay(team, minutes("--delay", text, item)))
    out += [Closure(s) for s in closes]
    places = {s.id for s in mission.stations} | {b.id for b in mission.bases}
    out += [_cut(item, places) for item in cuts]
    out += [LostTeam(t) for t in loses]
    if not out:
        raise ReplanError("say what happened: --delay TEAM=MIN, --close STATION, --cut A:B "
                          "or --lose TEAM")
    return out


def _cut(item: str, places: set[str]) -> RoadCut:
    """``A:B`` (impassable) or ``A:B+MIN`` (slower), split where both sides are places."""
    road, extra = item, None
    head, plus, tail = item.rpartition("+")
    if plus and tail.strip().isdigit():
        road, extra = head, minutes("--cut", tail, item)
    splits = [(road[:i], road[i + 1:]) for i, ch in enumerate(road) if ch == ":"]
    known = [(a, b) for a, b in splits if a in places and b in places]
    if len(known) != 1:
        unknown = [p for p in (splits[0] if len(splits) == 1 else ()) if p not in places]
        why = (f"unknown place(s) {', '.join(map(repr, unknown))}" if unknown
               else "give A:B or A:B+MINUTES with station or base ids")
        raise ReplanError(f"--cut {item!r}: {why}")
    return RoadCut(*known[0], extra_minutes=extra)
