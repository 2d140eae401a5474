"""The ``plan`` and ``show`` commands of the command line (registered by :mod:`missionplanner.cli`).

``missionplanner plan MISSION --out PLAN.json [--xlsx BOOK.xlsx]`` plans the mission (teams,
deployment, selection, routes) and prints its coverage; ``--uncoordinated`` instead walks
teams that pick stations on their own (the baseline a plan is measured against).
``missionplanner show PLAN`` prints the plan's coverage and its route sheets, by team and day.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from missionplanner.cli.guard import check, hold
from missionplanner.cli.numbers import PLAN, check_ranges
from missionplanner.cli.plan_files import add_ignore_option, open_plan
from missionplanner.cli.progress_bar import ProgressBar
from missionplanner.errors import MissionPlannerError
from missionplanner.io import load_mission, load_plan, save_plan
from missionplanner.io.mission_ref import mission_ref
from missionplanner.model import Mission, Plan
from missionplanner.planning import PlanProgress, PlanRequest, plan_mission
from missionplanner.planning.checks import check_settings
from missionplanner.planning.metrics import coverage
from missionplanner.planning.workers import warm_up

UNCOORDINATED_SEEDS = 100


def _days(text: str) -> list[date]:
    """``2019-06-08,2019-06-09`` as dates (argparse reports a bad one)."""
    try:
        return [date.fromisoformat(part.strip()) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: days are YYYY-MM-DD, comma-separated") \
            from exc


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``plan`` and ``show`` to the subcommands ``sub`` of the main parser."""
    plan = sub.add_parser("plan", help="plan teams, deployment and routes for a mission",
                          description="plan teams, deployment and routes for a mission")
    plan.set_defaults(handler=plan_command)
    plan.add_argument("mission", type=Path)
    plan.add_argument("--out", type=Path, help="plan file to write (default: MISSION.plan.json)")
    plan.add_argument("--xlsx", type=Path, metavar="BOOK.xlsx",
                      help="also write the mission workbook")
    plan.add_argument("--seed", type=int, help="selection seed (default: the mission's)")
    plan.add_argument("--days", type=_days, action="extend", dest="days",
                      metavar="D1,D2", help="plan only these days (YYYY-MM-DD, comma-separated)")
    plan.add_argument("--day", type=date.fromisoformat, action="append", dest="days",
                      metavar="YYYY-MM-DD", help="plan only this day (repeatable)")
    plan.add_argument("--time-limit", type=float,
                      help="best within this many seconds of search per area and day (not "
                           "reproducible; default: a reproducible search bounded by work)")
    plan.add_argument("--deterministic", action="store_true",
                      help="same seed, same plan, whatever the machine (the default; kept "
                           "for older scripts)")
    plan.add_argument("--iterations", type=int, help="search iterations per area and day")
    plan.add_argument("--workers", type=int, help="processes (default: every core)")
    plan.add_argument("--travel-matrix", type=Path,
                      help="CSV/XLSX of travel minutes between stations and bases")
    plan.add_argument("--by", choices=["voters", "stations"], default="voters",
                      help="share teams out in proportion to voters or stations")
    plan.add_argument("--uncoordinated", action="store_true",
                      help="do not plan: simulate teams picking stations on their own, and "
                           "compare with the plan --out if it exists")
    plan.add_argument("--seeds", type=int, default=UNCOORDINATED_SEEDS, metavar="N",
                      help=f"seeds of --uncoordinated (default {UNCOORDINATED_SEEDS})")
    plan.add_argument("--quiet", action="store_true", help="no progress bar")
    text = "print a plan's coverage and its routes by team and day"
    show = sub.add_parser("show", help=text, description=text)
    show.set_defaults(handler=show_command)
    show.add_argument("files", type=Path, nargs="+", metavar="[MISSION] PLAN",
                      help="the plan (its mission is found from it), or the mission and the plan")
    show.add_argument("--mission", type=Path,
                      help="the plan's mission file (default: the one the plan records)")
    show.add_argument("--team", action="append", dest="teams", help="only this team")
    add_ignore_option(show)
    show.add_argument("--day", type=date.fromisoformat, action="append", dest="days",
                      metavar="YYYY-MM-DD", help="only this day")


def plan_command(args: argparse.Namespace) -> int:
    """Plan the mission, write the plan (and workbook), print coverage and what was left out."""
    from missionplanner.geo import read_travel_table

    check_ranges(args, PLAN)
    out = args.out or args.mission.with_name(args.mission.name.removesuffix(".json")
                                             + ".plan.json")
    inputs = [("MISSION", args.mission), ("--travel-matrix", args.travel_matrix)]
    if not args.uncoordinated:  # before any work: a plan must never overwrite what it reads
        check([("--out", out, "plan"), ("--xlsx", args.xlsx, "workbook")], inputs)
        if args.workers != 1:
            warm_up()  # the workers' fork server imports the solver while the mission loads
    mission = load_mission(args.mission)
    if args.uncoordinated:
        return _uncoordinated(args, mission, out)
    check_settings(mission, args.days)
    table = read_travel_table(args.travel_matrix) if args.travel_matrix else None
    clock = time.perf_counter()
    bar = ProgressBar("areas", quiet=args.quiet)

    def progress(p: PlanProgress) -> None:
        bar.update(p.areas_done, p.areas_total, f"{p.stations_covered} visits", p.last)

    if args.deterministic and args.time_limit is not None:
        raise MissionPlannerError("--deterministic and --time-limit exclude each other: a "
                                  "time limit makes the plan depend on the machine's speed")
    if args.time_limit is not None and not args.time_limit > 0:
        raise MissionPlannerError(f"--time-limit must be a positive number of seconds, "
                                  f"not {args.time_limit}")
    if args.iterations is not None and args.iterations < 1:
        raise MissionPlannerError(f"--iterations must be at least 1, not {args.iterations}")
    request = PlanRequest(mission, seed=args.seed,
                          days=tuple(args.days) if args.days else None,
                          time_limit=args.time_limit, iterations=args.iterations,
                          workers=args.workers, travel_table=table, deploy_by=args.by,
                          mission_file=mission_ref(args.mission, out))
    try:
        plan = plan_mission(request, progress=progress).plan
    finally:
        bar.close()
    if args.travel_matrix and plan.made_with.travel_table is not None:
        ref = plan.made_with.travel_table.model_copy(
            update={"file": mission_ref(args.travel_matrix, out)})
        plan = plan.model_copy(update={"made_with": plan.made_with.model_copy(
            update={"travel_table": ref})})
    with hold(out):
        save_plan(plan, out)
    print(f"planned {mission.id!r} with seed {plan.seed} in {time.perf_counter() - clock:.1f} s: "
          f"{len(plan.teams)} teams, {len(plan.routes)} routes -> {out}")
    print("\n".join(coverage(mission, plan).lines()))
    for note in plan.notes:
        print(f"  note: {note}")
    for left in plan.left_out:
        print(f"  left out: {left.station} on {left.day}: {left.reason}")
    if args.xlsx is not None:
        from missionplanner.export import export_workbook

        written = export_workbook(mission, plan, args.xlsx)
        print(f"wrote {written.path}: {written.route_sheets} route sheets")
    return 0


def _uncoordinated(args: argparse.Namespace, mission: Mission, out: Path) -> int:
    """Print the uncoordinated baseline, beside the plan ``out`` when it exists."""
    from missionplanner.io.mission_ref import check_match
    from missionplanner.planning.uncoordinated import simulate_uncoordinated

    plan = None
    if out.is_file():
        plan = load_plan(out)
        check_match(mission, plan, str(args.mission), str(out))
    first = args.seed or 0
    report = simulate_uncoordinated(mission, range(first, first + args.seeds), args.days,
                                    plan=plan, deploy_by=args.by)
    print("\n".join(report.lines()))
    if plan is None:
        print(f"(no plan {out} to compare with: plan it first, or give --out PLAN.json)")
    else:
        print(f"(compared with {out}, on the same teams and areas)")
    return 0


def show_command(args: argparse.Namespace) -> int:
    """Print the plan's summary, coverage, what was left out, and its route sheets."""
    if len(args.files) > 2 or (len(args.files) == 2 and args.mission):
        raise MissionPlannerError("show takes PLAN [--mission MISSION], or MISSION PLAN")
    mission_path = args.files[0] if len(args.files) == 2 else args.mission
    opened = open_plan(args.files[-1], mission_path,
                       ignore_changes=args.ignore_mission_changes)
    mission, plan = opened.mission, opened.plan
    print("\n".join(summary(mission, plan)))
    print()
    print("\n".join(route_sheets(mission, plan, args.teams, args.days)))
    return 0


def summary(mission: Mission, plan: Plan) -> list[str]:
    """What the plan is: mission, seed, teams and days, its coverage, planned against visited
    once actuals are in, and the must-cover stations it left out."""
    from missionplanner.export import tally_visits

    days = ", ".join(sorted({r.day.isoformat() for r in plan.routes})) or "none"
    lines = [f"plan of {mission.name} ({plan.mission}), seed {plan.seed}, made "
             f"{plan.created_at:%Y-%m-%d %H:%M %Z}: {len(plan.teams)} teams, "
             f"{len(plan.routes)} routes; days: {days}"]
    lines += coverage(mission, plan).lines()
    tally = tally_visits(mission, plan)
    if tally.has_actuals:
        lines += tally.lines()
    lines += [f"left out (must-cover): {left.station} on {left.day}: {left.reason}"
              for left in plan.left_out]
    return lines


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
            where = (f"{s.commission_name} #{s.number}, {s.settlement or s.address or ''}"
                     + (" (approximate location)" if s.approximate else "")) if s else v.station
            lines.append(f"  {v.start:%H:%M}-{v.end:%H:%M}  {v.activity.value:<12} {where}")
        lines.append("")
    return lines
