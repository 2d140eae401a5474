"""The worker process of ``solve`` never hangs the caller: one that cannot start (a script
without a main guard, a script read from standard input) or is killed mid-search is noticed,
and the search goes on in the calling process (deterministic: with the same result)."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from solver_helpers import grid_problem

from solvers import SolveParams, solve

solve_module = sys.modules["solvers.solve"]  # ``solvers.solve`` is also the function
ROOT = Path(__file__).resolve().parents[2]
DETERMINISTIC = SolveParams(deterministic=True, max_iterations=8, num_workers=2)
SCRIPT = textwrap.dedent("""
    import sys
    sys.path[:0] = [{root!r}, {helpers!r}]
    from solver_helpers import grid_problem
    from solvers import SolveParams, solve
    problem = grid_problem(200, 3, 5)  # its pickle (~330 kB) is larger than a pipe's buffer
    solution = solve(problem, SolveParams(deterministic=True, max_iterations=8, num_workers=2))
    solution.verify(problem)
    print("score", solution.score)
""").format(root=str(ROOT), helpers=str(ROOT / "tests" / "solvers"))


def _expected_score() -> str:
    return f"score {solve(grid_problem(200, 3, 5), DETERMINISTIC).score}"


def _run(args: list[str], stdin: str | None = None, script: Path | None = None
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True,
                          timeout=120, cwd=script.parent if script else None,
                          env={"PATH": "/usr/bin:/bin"})


def test_a_script_without_a_main_guard_gets_its_plan(tmp_path: Path) -> None:
    """The worker re-runs the script, whose ``solve`` refuses with a clear error; the caller
    notices the dead worker and runs its search itself: the plan of a normal run."""
    script = tmp_path / "unguarded.py"
    script.write_text(SCRIPT)
    done = _run([str(script)], script=script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == _expected_score()
    assert "if __name__ == " in done.stderr  # the worker said why it stopped


def test_a_script_read_from_standard_input_gets_its_plan() -> None:
    """``python - <<EOF``: a worker could not load the script, so none is started."""
    done = _run(["-"], stdin=SCRIPT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == _expected_score()
    assert "Traceback" not in done.stderr


def _kill_workers(after: float, stop: threading.Event) -> list[int]:
    """Kill every worker process of this process ``after`` seconds after it appears."""
    killed: list[int] = []

    def watch() -> None:
        seen: dict[int, float] = {}
        while not stop.is_set():
            for child in mp.active_children():
                assert child.pid is not None
                first = seen.setdefault(child.pid, time.monotonic())
                if child.pid not in killed and time.monotonic() - first >= after:
                    os.kill(child.pid, signal.SIGKILL)
                    killed.append(child.pid)
            time.sleep(0.01)

    threading.Thread(target=watch, daemon=True).start()
    return killed


def test_a_killed_worker_is_searched_again_here_in_deterministic_mode(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Deterministic: the lost worker's search runs in the calling process: the same plan."""
    problem = grid_problem(60, 3, 11)
    expected = solve(problem, DETERMINISTIC)
    here: list[int] = []
    search = solve_module._search
    monkeypatch.setattr(solve_module, "_search", lambda *a: here.append(a[2]) or search(*a))
    stop = threading.Event()
    killed = _kill_workers(0.0, stop)
    try:
        got = solve(problem, DETERMINISTIC)
    finally:
        stop.set()
    assert killed and here == [DETERMINISTIC.seed + 1000]
    assert got.routes == expected.routes and got.score == expected.score


def test_a_worker_killed_mid_search_leaves_the_best_plan_within_the_limit() -> None:
    """Timed: the call still returns within its limit, with a valid plan at least as good as
    the greedy start."""
    problem = grid_problem(150, 4, 2, shift=600)
    greedy = solve(problem, SolveParams(max_iterations=0, num_workers=1))
    stop = threading.Event()
    killed = _kill_workers(0.75, stop)  # well inside the 3 s, even when spawning is slow
    start = time.monotonic()
    try:
        got = solve(problem, SolveParams(time_limit=3.0, num_workers=2))
    finally:
        stop.set()
    elapsed = time.monotonic() - start
    assert killed, "the worker was not killed"
    assert elapsed < 3.0 + 0.5, elapsed
    got.verify(problem)
    assert got.score >= greedy.score


def test_a_frozen_app_starts_workers_even_when_its_main_file_is_not_on_disk(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller's workers run the executable, not ``__main__.__file__``: never fall back."""
    import types

    fake_main = types.ModuleType("__main__")
    fake_main.__file__ = "/nonexistent/missionplanner-gui.py"
    monkeypatch.setitem(sys.modules, "__main__", fake_main)
    assert not solve_module._main_reloadable()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert solve_module._main_reloadable()
