"""Time the Excel export at ODIHR scale: 170 teams, ~10,000 stations, one observation day.

    .venv/bin/python bench/export.py                      # sample ODIHR 2019 mission
    .venv/bin/python bench/export.py --visits 12 --password secret --keep /tmp/export-bench

The plan is SYNTHETIC (labelled so in its settings): 170 teams of two generated observers, each
given a day of ``--visits`` neighbouring stations of one region (opening, voting, closing and
counting) with local times; no solver runs. What is timed is only the export: the mission
workbook (Summary, Roster, Stations, one sheet per team) and the per-team workbooks.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from missionplanner.export import export_per_team, export_workbook
from missionplanner.io import load_mission
from missionplanner.model import (
    Activity,
    Mission,
    Observer,
    Plan,
    PollingStation,
    Route,
    Team,
    Visit,
)

SAMPLE = Path(__file__).resolve().parents[1] / "sample_missions" / "osce_odihr_2019.json"


def synthetic_plan(mission: Mission, teams: int, visits: int) -> tuple[Mission, Plan]:
    """A labelled synthetic plan: ``teams`` teams, ``visits`` stops each, on election day."""
    day = mission.observation_days[-1].date
    observers = [Observer(id=f"bench-{i:03d}", name=f"Bench observer {i:03d} (synthetic)",
                          nationality="not stated", phone=f"+7 700 000 {i:04d}", generated=True)
                 for i in range(2 * teams)]
    mission = mission.model_copy(update={"observers": observers, "teams": []})
    home = [s for s in mission.stations if s.kind.value != "abroad"]
    home.sort(key=lambda s: (s.region, round(s.lat, 1), s.lon))
    step = max(visits, len(home) // teams)
    team_list, routes = [], []
    for t in range(teams):
        stations = home[t * step:t * step + visits]
        team_id = f"T{t + 1:03d}"
        team_list.append(Team(id=team_id, members=[observers[2 * t].id, observers[2 * t + 1].id],
                              driver=f"Driver {t + 1} (synthetic)", area=stations[0].region))
        routes.append(_route(mission, team_id, day, stations))
    plan = Plan(mission=mission.id, seed=0, created_at=datetime.now().astimezone(),
                teams=team_list, routes=routes,
                notes=["synthetic: bench/export.py generated these routes, they were not planned"])
    return mission, plan


def _route(mission: Mission, team: str, day: date, stations: list[PollingStation]) -> Route:
    visits: list[Visit] = []
    zone = mission.station_zone(stations[0])
    clock = datetime.combine(day, datetime.min.time(), tzinfo=zone) + timedelta(hours=6, minutes=30)
    for i, station in enumerate(stations):
        last = i == len(stations) - 1
        activity = Activity.OPENING if i == 0 else Activity.CLOSING if last else Activity.VOTING
        if last:
            clock = max(clock, clock.replace(hour=19, minute=30))
        stay = timedelta(minutes=90 if activity is not Activity.VOTING else 30)
        visits.append(Visit(station=station.id, activity=activity, arrival=clock, start=clock,
                            end=clock + stay))
        clock += stay + timedelta(minutes=25)
    end = visits[-1].end
    visits.append(Visit(station=stations[-1].id, activity=Activity.COUNTING, arrival=end,
                        start=end, end=end + timedelta(hours=2)))
    return Route(team=team, day=day, departure=visits[0].arrival - timedelta(minutes=30),
                 returns=visits[-1].end + timedelta(minutes=30), visits=visits)


def main(argv: Sequence[str] | None = None) -> None:
    """Build the synthetic plan, export it, print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mission", type=Path, default=SAMPLE)
    parser.add_argument("--teams", type=int, default=170)
    parser.add_argument("--visits", type=int, default=12, help="stations per team and day")
    parser.add_argument("--lang", choices=["en", "ru"], default="en")
    parser.add_argument("--password", help="also time encrypted per-team workbooks")
    parser.add_argument("--keep", type=Path, help="write here instead of a temporary folder")
    args = parser.parse_args(argv)

    clock = time.perf_counter()
    mission, plan = synthetic_plan(load_mission(args.mission), args.teams, args.visits)
    visits = sum(len(r.visits) for r in plan.routes)
    print(f"setup: {args.mission.name}, {len(mission.stations)} stations, {len(plan.teams)} "
          f"teams, {visits} visits (synthetic plan) in {time.perf_counter() - clock:.1f} s")
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        t0, c0 = time.perf_counter(), time.process_time()
        export_workbook(mission, plan, out / "mission.xlsx", lang=args.lang)
        t1 = time.perf_counter()
        files = export_per_team(mission, plan, out / "teams", lang=args.lang)
        t2, c2 = time.perf_counter(), time.process_time()
        size = (out / "mission.xlsx").stat().st_size
        team_bytes = sum(f.path.stat().st_size for f in files)
        print(f"mission workbook: {t1 - t0:.2f} s ({size / 1e6:.1f} MB)")
        print(f"per-team workbooks: {t2 - t1:.2f} s ({len(files)} files, "
              f"{team_bytes / 1e6:.1f} MB)")
        print(f"total export: {t2 - t0:.2f} s wall, {c2 - c0:.2f} s CPU (target <= 10 s)")
        if args.password:
            t3 = time.perf_counter()
            export_per_team(mission, plan, out / "locked", lang=args.lang,
                            password=args.password)
            print(f"encrypted per-team workbooks: {time.perf_counter() - t3:.2f} s")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"python {platform.python_version()}, {os.cpu_count()} cpus, load1 {load:.1f}")


if __name__ == "__main__":
    main()
