"""Planning performance: worker processes, area budgets, and required sites kept cheaply."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from multiprocessing import forkserver
from pathlib import Path

import pytest

import solvers
from missionplanner.model import Activity, DayKind, Mission, Team
from missionplanner.planning import budget, translate
from missionplanner.planning.rules import REQUIRED_BONUS
from missionplanner.planning.selection import select_candidates
from missionplanner.planning.translate import solve_area_day
from missionplanner.planning.workers import WorkerStats, run_in_workers
from tests.planning.conftest import area_day_of

ROOT = Path(__file__).resolve().parents[2]
DAY = date(2019, 6, 9)
PARAMS = solvers.SolveParams(deterministic=True, max_iterations=10, num_workers=1)


def echo(job: object, options: object, flag: object) -> object:
    """A worker task (importable, so that a worker process can unpickle it)."""
    if job == "fail":
        raise solvers.InfeasibleError({3: None})  # does not survive pickling by itself
    return (job, options)


def dies_in_a_worker(job: object, caller: object, flag: object) -> object:
    """A worker task that kills its worker process mid-task (and works in the caller)."""
    if os.getpid() != caller:
        os.kill(os.getpid(), signal.SIGKILL)
    return (job, caller)


def _job(mission: Mission):
    teams = [Team(id="a", members=["o01"]), Team(id="b", members=["o02"])]
    stations = [s for s in mission.stations if s.region == "nur-sultan"]
    cands = select_candidates(stations, {r.id: r for r in mission.regions}, count=12, seed=1,
                              area="ns", day=DAY)
    return area_day_of(mission, DAY, DayKind.ELECTION_DAY, teams, cands,
                       {"a": (51.15, 71.43), "b": (51.15, 71.43)}, area="nur-sultan")


def test_required_sites_carry_a_bonus_that_the_result_leaves_out(
        planning_mission: Mission) -> None:
    """Openings and countings outscore what they crowd out; the area's score is the stations'."""
    job = _job(planning_mission)
    score = {s.station: site.score for s, site in zip(job.stops, job.problem.sites, strict=True)
             if s.activity is Activity.VOTING}
    assert job.bonus >= max(REQUIRED_BONUS, 2 * max(score.values()))
    for site, stop in zip(job.problem.sites, job.stops, strict=True):
        assert site.required == (stop.activity in (Activity.OPENING, Activity.COUNTING))
        if site.required:
            assert site.score > job.bonus
    result = solve_area_day(job, PARAMS)
    own = {(s.station, s.activity): site.score - (job.bonus if site.required else 0)
           for s, site in zip(job.stops, job.problem.sites, strict=True) if s.station}
    assert result.score == sum(own[v.station, v.activity] for r in result.routes
                               for v in r.visits if v.activity is not Activity.CLOSING)
    assert not any("could not be planned" in n for n in result.notes)
    required = sum(1 for r in result.routes for v in r.visits
                   if v.activity in (Activity.OPENING, Activity.COUNTING))
    assert required == 4  # two teams, each its opening and its counting


def test_required_sites_are_relaxed_until_a_search_succeeds(
        planning_mission: Mission, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second search may miss another required site: it is relaxed too, with its note."""
    job = _job(planning_mission)
    real = solvers.solve
    first, second = [i for i, s in enumerate(job.problem.sites) if s.required][:2]
    calls = []

    def misses_one_at_a_time(problem, params=None, stop=None, callbacks=None):
        calls.append(problem)
        for site in (first, second):
            if problem.sites[site].required:
                raise solvers.InfeasibleError({site: None})
        return real(problem, params, stop, callbacks)

    monkeypatch.setattr(translate.solvers, "solve", misses_one_at_a_time)
    result = solve_area_day(job, PARAMS)
    assert len(calls) == 3
    assert sum("could not be planned" in n for n in result.notes) == 2


def test_search_ending_without_a_required_site_keeps_its_last_complete_plan(
        planning_mission: Mission, monkeypatch: pytest.MonkeyPatch) -> None:
    """No second search and no note: the last reported plan that serves every required site."""
    job = _job(planning_mission)
    real = solvers.solve(job.problem, PARAMS)
    required = [i for i, s in enumerate(job.problem.sites) if s.required]
    calls = []

    def ends_incomplete(problem, params=None, stop=None, callbacks=None):
        calls.append(problem)
        callbacks.on_improvement(real.score, 0.0, real)
        raise solvers.InfeasibleError(dict.fromkeys(required[:1]))

    monkeypatch.setattr(translate.solvers, "solve", ends_incomplete)
    result = solve_area_day(job, PARAMS)
    assert len(calls) == 1 and not any("could not be planned" in n for n in result.notes)
    assert sum(len(r.visits) for r in result.routes) > 0


def test_default_budget_is_work_and_a_time_limit_is_time() -> None:
    """No time limit: iterations only (deterministic solver runs, one process per area); a time
    limit: that many seconds per area, not deterministic."""
    assert budget.dispatch_order([200, 600, 200]) == [1, 0, 2]
    plans = budget.budgets([1, 2], time_limit=None, max_iterations=None, teams=[1, 3])
    assert all(p.reproducible and p.params.deterministic for p in plans)
    assert [p.params.max_iterations for p in plans] == [budget.ITERATIONS] * 2
    assert [p.params.seed for p in plans] == [1, 2]
    assert {p.params.num_workers for p in plans} == {1}
    timed = budget.budgets([1, 2], time_limit=1.5, max_iterations=None, teams=[1, 3])
    assert all(not p.reproducible and p.params.time_limit == 1.5 for p in timed)
    assert all(p.stop() is None for p in timed)


def test_worker_processes_report_what_they_cost() -> None:
    """Every task's result comes back, with the workers' CPU, peak RSS and start-up time."""
    stats = WorkerStats()
    got: dict[int, object] = {}
    run_in_workers(echo, ["a", "b", "c"], [1, 2, 3], 2, got.__setitem__, None, stats)
    assert got == {0: ("a", 1), 1: ("b", 2), 2: ("c", 3)}
    assert stats.processes == stats.tasks == 3 and len(stats.start_seconds) == 3
    assert stats.cpu > 0 and stats.peak_rss_mb > 10


def test_an_error_that_cannot_be_pickled_still_reaches_the_caller() -> None:
    """An exception whose pickle does not load comes back as a RuntimeError naming it."""
    with pytest.raises(RuntimeError, match="InfeasibleError in a planning worker"):
        run_in_workers(echo, ["fail"], [None], 2, lambda i, r: None, None)


def test_workers_do_not_run_the_main_script_again(tmp_path: Path) -> None:
    """Neither the fork server nor its workers run the main script (before, every worker ran
    e.g. ``missionplanner.cli``'s imports again)."""
    log = tmp_path / "imports.log"
    script = tmp_path / "main_script.py"
    script.write_text(textwrap.dedent(f"""
        import os, sys
        with open({str(log)!r}, "a") as fh:
            fh.write(f"{{__name__}} {{os.getpid()}}\\n")
        from missionplanner.planning.workers import run_in_workers
        from tests.planning.test_workers import echo

        if __name__ == "__main__":
            got = {{}}
            run_in_workers(echo, list(range(6)), [0] * 6, 2, got.__setitem__, None)
            assert len(got) == 6, got
    """))
    subprocess.run([sys.executable, str(script)], cwd=ROOT, check=True, timeout=120,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    lines = log.read_text().split()
    assert lines[0::2] == ["__main__"]  # the script itself, and only there


def test_a_worker_killed_mid_task_has_its_job_run_in_the_caller() -> None:
    """A worker that dies with a job never hangs the call, and the job is not lost."""
    got: dict[int, object] = {}
    me = os.getpid()
    run_in_workers(dies_in_a_worker, ["a", "b", "c"], [me] * 3, 2, got.__setitem__, None)
    assert got == {0: ("a", me), 1: ("b", me), 2: ("c", me)}


def test_workers_that_cannot_start_leave_the_jobs_to_the_caller(tmp_path: Path) -> None:
    """A task defined in the main script cannot be loaded by a worker (workers never run the
    script), so the worker dies at start-up: every job runs in the calling process."""
    script = tmp_path / "main_task.py"
    script.write_text(textwrap.dedent("""
        import os
        from missionplanner.planning.workers import run_in_workers

        def task(job, options, flag):
            return (job, os.getpid())

        if __name__ == "__main__":
            got = {}
            run_in_workers(task, list(range(4)), [0] * 4, 2, got.__setitem__, None)
            assert got == {i: (i, os.getpid()) for i in range(4)}, got
            print("all here")
    """))
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, timeout=120,
                          capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and done.stdout == "all here\n", done.stderr


def _kill_first_planning_worker(stop: threading.Event) -> list[int]:
    """Kill the first worker the planning fork server forks once it has searched for 50 ms of
    CPU (a thread; returns the pids killed)."""
    killed: list[int] = []

    def cpu_ticks(pid: int) -> int:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return -1
        return int(fields[11]) + int(fields[12])  # utime + stime

    def watch() -> None:
        while not stop.is_set() and not killed:
            server = forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
            children = Path(f"/proc/{server}/task/{server}/children")
            pids = children.read_text().split() if server and children.exists() else []
            if pids and cpu_ticks(int(pids[0])) >= 5:
                os.kill(int(pids[0]), signal.SIGKILL)
                killed.append(int(pids[0]))
            time.sleep(0.002)

    threading.Thread(target=watch, daemon=True).start()
    return killed


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc (Linux)")
def test_a_plan_survives_a_killed_worker(planning_mission: Mission) -> None:
    """A planning worker killed mid-search: its area is solved again here, and the plan is
    the one an undisturbed run gives."""
    from missionplanner.planning import PlanRequest, plan_mission

    request = PlanRequest(planning_mission, seed=4, iterations=40, workers=2)
    expected = plan_mission(request).plan
    stop = threading.Event()
    killed = _kill_first_planning_worker(stop)
    try:
        result = plan_mission(request)
    finally:
        stop.set()
    assert killed and result.stats.workers.tasks < result.stats.area_days  # one never answered
    got = result.plan
    assert got.model_dump(exclude={"created_at"}) == expected.model_dump(exclude={"created_at"})


def test_deterministic_areas_of_several_teams_stop_when_the_search_stalls() -> None:
    """Default iterations: areas of several teams stop after PATIENCE quiet iterations (the
    same on every machine); one-team areas and an explicit iteration count run in full."""
    plans = budget.budgets([1, 2], time_limit=None, max_iterations=None, teams=[1, 5])
    assert plans[0].stop() is None
    stop = plans[1].stop()
    assert isinstance(stop, solvers.NoImprovement) and stop.iterations == budget.PATIENCE
    assert not any(stop(7) for _ in range(budget.PATIENCE)) and stop(7)
    explicit = budget.budgets([2], time_limit=None, max_iterations=100, teams=[5])
    assert explicit[0].stop() is None


def test_default_plan_is_the_same_with_any_number_of_processes(
        planning_mission: Mission, tmp_path: Path) -> None:
    """The default search counts work, not time: one process, two, or three (whose areas
    finish in other orders) give the same plan file, byte for byte apart from created_at."""
    from missionplanner.io import save_plan
    from missionplanner.planning import PlanRequest, plan_mission

    texts = []
    for workers in (1, 2, 3):
        plan = plan_mission(PlanRequest(planning_mission, seed=3, workers=workers)).plan
        save_plan(plan, tmp_path / f"{workers}.json")
        text = (tmp_path / f"{workers}.json").read_text()
        texts.append(text.replace(plan.created_at.isoformat().replace("+00:00", "Z"), "")
                     .replace(plan.created_at.isoformat(), ""))
        assert sum(len(r.visits) for r in plan.routes) > 10
    assert texts[0] == texts[1] == texts[2]
