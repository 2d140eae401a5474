"""Time and memory of planning a whole mission, phase by phase, workers included.

    .venv/bin/python bench/plan.py sample_missions/sco_2019.json     # default: reproducible
    .venv/bin/python bench/plan.py sample_missions/sco_2019.json --time-limit 1   # 1 s per area
    .venv/bin/python bench/plan.py --national 10000                # GENERATED, see national.py
    .venv/bin/python bench/plan.py --national 1000,10000,30000 --table

What runs is what ``missionplanner plan MISSION`` does: load the mission, ``plan_mission`` with
the same arguments, save the plan (to a temporary file), compute its coverage. Printed:

* **load**: the 1-minute load average before and after (it counts this run's own processes
  too), and the CPU seconds *other* processes used meanwhile (``/proc/stat`` busy time minus
  this run's): the machine is shared, wall time under load is not the truth, CPU time is;
* **wall** per phase (``PlanStats``: load, teams, deployment, selection, areas = building the
  problems, search = solving and read-back in the workers, assembly, save, coverage) and in
  total;
* **CPU** seconds: this process (``RUSAGE_SELF``), the worker processes (each reports its own
  ``getrusage``; forked workers are children of the fork server, so ``RUSAGE_CHILDREN`` of
  this process never sees them) and the fork server (``/proc``, sampled);
* **peak RSS**: of this process (``ru_maxrss``), of the largest worker (its ``ru_maxrss``,
  which includes the pages it shares with the fork server), of the fork server (``VmHWM``),
  and the peak of the *sum* over the whole process tree sampled from ``/proc``: RSS every
  50 ms (shared pages counted in every process: an upper bound) and PSS every 0.5 s (shared
  pages split between the processes that share them: what the tree really holds; coarser).
  The sampler is a thread of this process and costs it ~3 % of a core;
* **coverage**: stations visited, and the upper bound of what the teams could visit with zero
  travel: per team and day, ``(polling or office hours - lunch) // visit minutes`` stations,
  at most the stations of its area.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from missionplanner.io import load_mission, save_plan
from missionplanner.model import DayKind, Mission, Plan
from missionplanner.planning import PlanRequest, plan_mission
from missionplanner.planning.metrics import coverage

CACHE = Path(tempfile.gettempdir()) / "mp-bench"


# -- the process tree, sampled from /proc ---------------------------------------------------
def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(x) for x in fh.read().split()]
        except OSError:
            pass
    return out


def _tree(pid: int) -> list[tuple[int, int]]:
    """``(pid, parent)`` of ``pid`` and all its descendants."""
    out, todo = [], [(pid, 0)]
    while todo:
        p, parent = todo.pop()
        out.append((p, parent))
        todo += [(c, p) for c in _children(p)]
    return out


def _status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (kB) of ``pid``; empty if it is gone."""
    out = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line[:5]] = int(line.split()[1])
    except OSError:
        pass
    return out


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _busy() -> float:
    """CPU seconds the whole machine has been busy (all processes, from ``/proc/stat``)."""
    with open("/proc/stat") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _cpu(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


@dataclass
class TreeSampler:
    """Peak of the summed RSS and PSS of this process and all its descendants."""

    interval: float = 0.05
    pss_every: int = 10
    """PSS (a page-table walk: ~2 ms a process) only every this many samples."""
    peak_rss_kb: int = 0
    peak_pss_kb: int = 0
    processes: int = 0
    """Largest number of processes seen at once."""
    hwm: dict[int, int] = field(default_factory=dict)
    cpu: dict[int, float] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    parents: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        tick = 0
        while not self._stop.is_set():
            pids = _tree(me)
            rss = pss = 0
            tick += 1
            with_pss = tick % self.pss_every == 1
            for pid, parent in pids:
                self.parents[pid] = parent
                st = _status(pid)
                rss += st.get("VmRSS", 0)
                pss += _pss(pid) if with_pss else 0
                self.hwm[pid] = max(self.hwm.get(pid, 0), st.get("VmHWM", 0))
                if pid != me:
                    self.cpu[pid] = _cpu(pid) or self.cpu.get(pid, 0.0)
                    if pid not in self.names:
                        try:
                            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                                self.names[pid] = fh.read().replace(b"\0", b" ").decode()
                        except OSError:
                            self.names[pid] = "?"
            self.peak_rss_kb = max(self.peak_rss_kb, rss)
            self.peak_pss_kb = max(self.peak_pss_kb, pss)
            self.processes = max(self.processes, len(pids))
            self._stop.wait(self.interval)

    def descendants_cpu(self, skip: list[int]) -> float:
        """Last CPU seen of every process below this one but ``skip`` (up to 50 ms short)."""
        return sum(c for p, c in self.cpu.items() if p not in skip)

    def forkserver(self) -> list[int]:
        """The fork server: a child of this process (its workers are its children)."""
        me = os.getpid()
        return [p for p, n in self.names.items()
                if "forkserver" in n and self.parents.get(p) == me]


# -- coverage bound ----------------------------------------------------------------------
def upper_bound(mission: Mission, plan: Plan) -> int:
    """Station visits possible with zero travel: per team and day, by service times alone."""
    from missionplanner.planning.areas import build_areas

    s = mission.settings
    lunch = s.lunch.minutes if s.lunch is not None else 0
    stations = {a.id: len(a.stations) for a in build_areas(mission)}
    teams: dict[str, int] = {}
    for t in plan.teams:
        teams[t.area or ""] = teams.get(t.area or "", 0) + 1
    planned = set(plan.made_with.days)
    total = 0
    for day in mission.observation_days:
        if day.date not in planned:
            continue
        if day.kind is DayKind.ELECTION_DAY:
            minutes = _span(s.polling_opens, s.polling_closes)
            visit = s.service_minutes_election_day
        else:
            minutes = _span(s.office_opens, s.office_closes)
            visit = s.service_minutes_pre_election
        each = max(0, minutes - lunch) // visit
        total += sum(min(n * each, stations.get(a, n * each)) for a, n in teams.items())
    return total


def _span(a: object, b: object) -> int:
    return (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)  # type: ignore[attr-defined]


def station_visits(plan: Plan) -> int:
    """Distinct (station, day) visits of the plan (closing + counting count once)."""
    return len({(v.station, r.day) for r in plan.routes for v in r.visits
                if not v.station.startswith("commission:")})


# -- one run -------------------------------------------------------------------------------
def load_average() -> float:
    return os.getloadavg()[0]


def run(path: Path, args: argparse.Namespace) -> dict[str, object]:
    """Plan ``path`` once as ``missionplanner plan`` would; return the figures."""
    load0 = load_average()
    busy0 = _busy()
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    with TreeSampler() as tree:
        clock = time.perf_counter()
        mission = load_mission(path)
        t_load = time.perf_counter() - clock
        result = plan_mission(PlanRequest(mission, time_limit=args.time_limit,
                                          iterations=args.iterations, workers=args.workers))
        plan, stats = result.plan, result.stats
        t_plan = time.perf_counter() - clock - t_load
        mark = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            save_plan(plan, Path(tmp) / "plan.json")
        t_save = time.perf_counter() - mark
        mark = time.perf_counter()
        cov = coverage(mission, plan)
        t_cov = time.perf_counter() - mark
        wall = time.perf_counter() - clock
    busy = _busy() - busy0
    own = resource.getrusage(resource.RUSAGE_SELF)
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    forkserver = tree.forkserver()
    fs_cpu = sum(tree.cpu.get(p, 0.0) for p in forkserver)
    fs_hwm = max((tree.hwm.get(p, 0) for p in forkserver), default=0)
    parent_cpu = own.ru_utime + own.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    sampled = tree.descendants_cpu(forkserver)
    w, phases, area_days, sites = stats.workers, stats.phases, stats.area_days, stats.sites
    return {
        "mission": path.name, "stations": len(mission.stations), "teams": len(plan.teams),
        "days": len(plan.made_with.days),
        "mode": (f"time-limit {args.time_limit}" if args.time_limit
                 else "reproducible (default)"),
        "area_days": area_days, "sites": sites,
        "phases": {"load": t_load, **phases, "save": t_save, "coverage": t_cov},
        "plan_wall": t_plan, "wall": wall,
        "cpu_parent": parent_cpu, "cpu_workers": w.cpu, "cpu_forkserver": fs_cpu,
        "cpu_reaped_children": reaped.ru_utime + reaped.ru_stime, "cpu_sampled": sampled,
        "cpu_total": parent_cpu + w.cpu + fs_cpu,
        "rss_parent_mb": own.ru_maxrss / 1024, "rss_worker_mb": w.peak_rss_mb,
        "rss_forkserver_mb": fs_hwm / 1024, "rss_tree_mb": tree.peak_rss_kb / 1024,
        "pss_tree_mb": tree.peak_pss_kb / 1024, "processes": w.processes,
        "start_ms": (1000 * sum(w.start_seconds) / len(w.start_seconds)
                     if w.start_seconds else 0.0),
        "visits": station_visits(plan), "bound": upper_bound(mission, plan),
        "covered": cov.stations[0], "regions": cov.regions, "duplicates": cov.duplicates,
        "load_before": load0, "load_after": load_average(),
        "others_cpu": max(0.0, busy - (parent_cpu + w.cpu + fs_cpu)),
    }


def report(r: dict[str, object]) -> None:
    print(f"\n{r['mission']}: {r['stations']:,} stations, {r['teams']} teams, {r['days']} day(s), "
          f"{r['area_days']} area-days, {r['sites']:,} sites; mode {r['mode']}")
    others = r["others_cpu"]
    assert isinstance(others, float)
    print(f"  load average (1 min): {r['load_before']:.2f} before, {r['load_after']:.2f} after; "
          f"other processes used {others:.1f} CPU s meanwhile "
          f"({others / float(r['wall']):.2f} cores on average)")  # type: ignore[arg-type]
    phases = r["phases"]
    assert isinstance(phases, dict)
    print("  wall by phase: " + ", ".join(f"{k} {v:.2f} s" for k, v in phases.items()))
    print(f"  wall: plan_mission {r['plan_wall']:.2f} s; as `missionplanner plan` "
          f"(load + plan + save + coverage) {r['wall']:.2f} s")
    print(f"  CPU: {r['cpu_total']:.2f} s = this process {r['cpu_parent']:.2f} + "
          f"{r['processes']} workers {r['cpu_workers']:.2f} + fork server "
          f"{r['cpu_forkserver']:.2f} (worker start {r['start_ms']:.0f} ms on average; "
          f"workers' CPU as /proc last showed it: {r['cpu_sampled']:.2f})")
    print(f"  peak RSS: this process {r['rss_parent_mb']:.0f} MB, largest worker "
          f"{r['rss_worker_mb']:.0f} MB, fork server {r['rss_forkserver_mb']:.0f} MB; "
          f"whole tree at once (sampled): RSS {r['rss_tree_mb']:.0f} MB, "
          f"PSS {r['pss_tree_mb']:.0f} MB")
    visits, bound = r["visits"], r["bound"]
    assert isinstance(visits, int) and isinstance(bound, int)
    print(f"  coverage: {visits:,} station visits of an upper bound of {bound:,} "
          f"(zero travel) = {visits / max(1, bound):.0%}; {r['covered']:,} stations; "
          f"regions {r['regions'][0]} of {r['regions'][1]}; "  # type: ignore[index]
          f"duplicates {r['duplicates']}")


def table(rows: list[dict[str, object]]) -> None:
    print("\n| mission | stations | teams | area-days | sites | mode | wall s (plan) | CPU s | "
          "peak RSS MB parent / worker / tree PSS | visits / bound | load before | others' "
          "cores |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['mission']} | {r['stations']:,} | {r['teams']} | {r['area_days']} | "
              f"{r['sites']:,} | {r['mode']} | {r['wall']:.1f} ({r['plan_wall']:.1f}) | "
              f"{r['cpu_total']:.1f} | {r['rss_parent_mb']:.0f} / {r['rss_worker_mb']:.0f} / "
              f"{r['pss_tree_mb']:.0f} | {r['visits']:,} / {r['bound']:,} | "
              f"{r['load_before']:.2f} | {float(r['others_cpu']) / float(r['wall']):.2f} |")


def national(stations: int) -> Path:
    """The generated mission file of ``stations`` stations (made once, then cached)."""
    path = CACHE / f"national_{stations}.json"
    if not path.exists():
        from bench.national import national_mission
        from missionplanner.io import save_mission
        CACHE.mkdir(parents=True, exist_ok=True)
        save_mission(national_mission(stations), path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("missions", nargs="*", type=Path)
    ap.add_argument("--national", help="GENERATED missions of these sizes, e.g. 1000,10000")
    ap.add_argument("--deterministic", action="store_true",
                    help="the default (reproducible); kept for older command lines")
    ap.add_argument("--iterations", type=int)
    ap.add_argument("--time-limit", type=float)
    ap.add_argument("--workers", type=int)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--table", action="store_true", help="also print a Markdown table")
    ap.add_argument("--profile", type=Path, help="cProfile this process into FILE (.prof)")
    args = ap.parse_args(argv)
    paths = list(args.missions)
    if args.national:
        paths += [national(int(n)) for n in args.national.split(",")]
    if not paths:
        ap.error("give a mission file or --national N")
    print(f"{os.cpu_count()} CPUs; python {sys.version.split()[0]}")
    rows = []
    for path in paths:
        for _ in range(args.repeat):
            if args.profile:
                import cProfile
                prof = cProfile.Profile()
                r = prof.runcall(run, path, args)
                prof.dump_stats(args.profile)
            else:
                r = run(path, args)
            report(r)
            rows.append(r)
    if args.table:
        table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
