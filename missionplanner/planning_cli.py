"""The ``plan`` and ``show`` commands of the command line (registered by :mod:`missionplanner.cli`).

``missionplanner plan MISSION --out PLAN.json`` plans the mission (teams, deployment,
selection, routes) and prints its coverage; ``missionplanner show MISSION PLAN`` prints the
routes as route sheets, by team and day.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from missionplanner.io import load_mission, load_plan, save_plan
from missionplanner.model import Mission, Plan
from missionplanner.planning.metrics import coverage
from missionplanner.planning.service import PlanProgress, plan_mission


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``plan`` and ``show`` to the subcommands ``sub`` of the main parser."""
    plan = sub.add_parser("plan", help="plan teams, deployment and routes for a mission",
                          description="plan teams, deployment and routes for a mission")
    plan.set_defaults(handler=plan_command)
    plan.add_argument("mission", type=Path)
    plan.add_argument("--out", type=Path, help="plan file to write (default: MISSION.plan.json)")
    plan.add_argument("--seed", type=int, help="selection seed (default: the mission's)")
    plan.add_argument("--day", type=date.fromisoformat, action="append", dest="days",
                      metavar="YYYY-MM-DD", help="plan only this day (repeatable)")
    plan.add_argument("--time-limit", type=float, help="seconds of search per area and day")
    plan.add_argument("--deterministic", action="store_true",
                      help="same seed, same plan, whatever the machine (iteration budget)")
    plan.add_argument("--iterations", type=int, help="search iterations per area and day")
    plan.add_argument("--workers", type=int, help="processes (default: every core)")
    plan.add_argument("--travel-matrix", type=Path,
                      help="CSV/XLSX of travel minutes between stations and bases")
    plan.add_argument("--by", choices=["voters", "stations"], default="voters",
                      help="share teams out in proportion to voters or stations")
    plan.add_argument("--quiet", action="store_true", help="no progress lines")
    show = sub.add_parser("show", help="print a plan's routes by team and day",
                          description="print a plan's routes by team and day")
    show.set_defaults(handler=show_command)
    show.add_argument("mission", type=Path)
    show.add_argument("plan", type=Path)
    show.add_argument("--team", action="append", dest="teams", help="only this team")
    show.add_argument("--day", type=date.fromisoformat, action="append", dest="days",
                      metavar="YYYY-MM-DD", help="only this day")


def plan_command(args: argparse.Namespace) -> int:
    """Plan the mission, write the plan, print coverage and what was left out."""
    from missionplanner.geo import read_travel_table

    mission = load_mission(args.mission)
    table = read_travel_table(args.travel_matrix) if args.travel_matrix else None
    clock = time.perf_counter()

    def progress(p: PlanProgress) -> None:
        if not args.quiet:
            print(f"  [{p.areas_done}/{p.areas_total}] {p.last}: {p.stations_covered} visits "
                  f"so far ({time.perf_counter() - clock:.0f} s)", file=sys.stderr)

    plan = plan_mission(mission, seed=args.seed, days=args.days, time_limit=args.time_limit,
                        deterministic=args.deterministic, progress=progress,
                        workers=args.workers, max_iterations=args.iterations,
                        travel_table=table, deploy_by=args.by)
    out = args.out or args.mission.with_suffix(".plan.json")
    save_plan(plan, out)
    print(f"planned {mission.id!r} with seed {plan.seed} in {time.perf_counter() - clock:.1f} s: "
          f"{len(plan.teams)} teams, {len(plan.routes)} routes -> {out}")
    print("\n".join(coverage(mission, plan).lines()))
    notes = plan.settings_used.get("notes")
    for note in notes if isinstance(notes, list) else []:
        print(f"  note: {note}")
    for left in plan.left_out:
        print(f"  left out: {left.station} on {left.day}: {left.reason}")
    return 0


def show_command(args: argparse.Namespace) -> int:
    """Print the plan's route sheets."""
    mission = load_mission(args.mission)
    plan = load_plan(args.plan)
    print("\n".join(route_sheets(mission, plan, args.teams, args.days)))
    return 0


def route_sheets(mission: Mission, plan: Plan, teams: list[str] | None = None,
                 days: list[date] | None = None) -> list[str]:
    """The routes as text: one block per team and day, one line per visit, local times."""
    stations = {s.id: s for s in mission.stations}
    members = {t.id: t.members for t in plan.teams}
    names = {o.id: o.name for o in mission.observers}
    area = {a.team: a.area for a in plan.assignments}
    lines: list[str] = []
    for route in plan.routes:
        if (teams and route.team not in teams) or (days and route.day not in days):
            continue
        who = ", ".join(names.get(m, m) for m in members.get(route.team, []))
        leave = f"{route.departure:%H:%M}" if route.departure else "?"
        back = f"{route.returns:%H:%M}" if route.returns else "?"
        lines.append(f"{route.team} ({who}) — {route.day}, {area.get(route.team, '')}: "
                     f"leaves {leave}, back {back}")
        for v in route.visits:
            s = stations.get(v.station)
            where = f"{s.commission} #{s.number}, {s.settlement or ''}" if s else v.station
            lines.append(f"  {v.start:%H:%M}-{v.end:%H:%M}  {v.activity.value:<12} {where}")
        lines.append("")
    return lines
