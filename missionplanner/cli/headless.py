"""The main job without a window: what ``missionplanner-gui`` does on a machine with no display.

Load a mission, plan it (reproducible: the demo gives the same plan everywhere), save
the plan beside the other outputs, write the Excel workbook for the secretariat, and print
where everything went.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from missionplanner.cli.guard import check
from missionplanner.cli.reports import mission_summary
from missionplanner.errors import MissionPlannerError
from missionplanner.export import export_workbook, planned_vs_visited
from missionplanner.io import load_mission, save_plan
from missionplanner.io.mission_ref import mission_ref
from missionplanner.planning import PlanRequest, plan_mission
from missionplanner.planning.metrics import coverage


def run_main_job(mission_path: Path, out_dir: Path | None = None) -> int:
    """Plan ``mission_path`` and write ``<name>.plan.json`` and ``<name>.xlsx`` in ``out_dir``.

    Returns the exit code: 0 on success, 1 on bad input.
    """
    out_dir = out_dir or Path("out")
    try:
        mission = load_mission(mission_path)
        print(mission_summary(mission).splitlines()[0])
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = mission_path.name.removesuffix(".json")
        plan_path, book_path = out_dir / f"{stem}.plan.json", out_dir / f"{stem}.xlsx"
        check([("plan", plan_path, "plan"), ("workbook", book_path, "workbook")],
              [("mission", mission_path)])
        clock = time.perf_counter()
        plan = plan_mission(PlanRequest(mission,
                                        mission_file=mission_ref(mission_path, plan_path))).plan
        planned = time.perf_counter() - clock
        save_plan(plan, plan_path)
        export_workbook(mission, plan, book_path)
    except MissionPlannerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"Planned {len(plan.routes)} routes in {planned:.1f} s (seed {plan.seed}).")
    for line in [*coverage(mission, plan).lines()[:6], *planned_vs_visited(mission, plan)[:1]]:
        print(f"  {line}")
    print(f"Plan:     {plan_path.resolve()}")
    print(f"Workbook: {book_path.resolve()}")
    return 0
