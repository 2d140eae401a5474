"""Worker processes for area-days: a small scheduler with one progress stream and cancel.

Processes, not threads: OR-Tools' search can hold the GIL. Where the platform has it, workers
are forked from a *fork server* that has already imported the solver (a fresh worker costs a
few milliseconds instead of the ~1 s of a spawned interpreter) and that never runs the main
script's imports again in a worker (:mod:`._preload`; ``missionplanner.cli``'s cost 0.2-0.4 s of
CPU per area-day before), and every worker solves one area-day then exits: the route search's
memory (it grew by ~150-200 MB per second of search, solvers of 2026-11) goes back to the
system after every area. Without a fork server (Windows) the workers are spawned once and
each solves up to :data:`SPAWN_TASKS` area-days.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import os
import pickle
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing import forkserver, spawn
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from missionplanner.planning.protocols import CancelFlag

PRELOAD = ["missionplanner.planning._preload", "solvers", "ortools.sat.python.cp_model",
           "missionplanner.planning.translate", "missionplanner.planning.budget"]
"""Modules the fork server imports once, so that forked workers start at once.
:mod:`._preload` marks the main script as loaded, so that no worker imports it again. CP-SAT
is named because ``solvers`` imports it only when it first recombines routes (it brings
pandas: ~0.5 s, which the planning process need not pay): without it here every forked
worker imported it again (SCO 2019: 24 workers, twice the search's CPU)."""
PRELOAD_ENV = "MISSIONPLANNER_FORKSERVER_MAIN"
"""How :mod:`._preload` learns the main script's path and ``sys.path`` (JSON)."""
SPAWN_TASKS = 8
"""Area-days one spawned worker solves before it is replaced (its memory given back)."""


Task = Callable[[Any, Any, Any], Any]
"""``task(job, options, cancel_flag)`` run in a worker; returns a picklable result or None."""


@dataclass
class WorkerStats:
    """What the worker processes cost, as each of them measured it (for benchmarks).

    Forked workers are children of the fork server, not of the planning process, so
    ``RUSAGE_CHILDREN`` of the planning process does not see them: each worker reports its own
    ``getrusage(RUSAGE_SELF)`` with every result.
    """

    processes: int = 0
    """Worker processes started."""
    tasks: int = 0
    cpu: float = 0.0
    """User + system CPU seconds of every worker (start-up included)."""
    peak_rss_mb: float = 0.0
    """Largest peak resident set of one worker (pages shared with the fork server included)."""
    start_seconds: list[float] = field(default_factory=list)
    """For each worker: seconds from asking for the process to its first task starting."""
    task_seconds: list[float] = field(default_factory=list)
    """Wall seconds of each task inside its worker."""


def context() -> tuple[Any, int]:
    """The multiprocessing context and how many tasks one worker process runs."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        _start_forkserver()
        return ctx, 1
    return mp.get_context("spawn"), SPAWN_TASKS


def warm_up() -> None:
    """Start the fork server now, so that it imports the solver while the caller works on."""
    if "forkserver" in mp.get_all_start_methods():
        context()


def _start_forkserver() -> None:
    """Start the fork server if it is not running, telling :mod:`._preload` the main script
    (which the workers then skip).

    The path goes through the environment the fork server is started with, and is taken out
    of this process's environment at once: no other child process sees it.
    """
    data = spawn.get_preparation_data("ignore")
    os.environ[PRELOAD_ENV] = json.dumps({"main_path": data.get("init_main_from_path"),
                                          "main_name": data.get("init_main_from_name"),
                                          "sys_path": data.get("sys_path")})
    try:
        forkserver.ensure_running()
    finally:
        os.environ.pop(PRELOAD_ENV, None)


def run_in_workers(task: Task, jobs: Sequence[Any], options: Sequence[Any], workers: int,
                   done: Callable[[int, Any], None], cancel: CancelFlag | None,
                   stats: WorkerStats | None = None) -> bool:
    """Run ``task(jobs[i], options[i], flag)`` for every ``i`` (in that order) on ``workers``.

    ``task``, the jobs and the options must come from importable modules, not from the main
    script (workers do not import it).

    ``done(i, result)`` is called in this thread as each finishes. When ``cancel`` is set, the
    running tasks are told through a shared event (they return their best so far) and the
    others are not started. Returns whether it was cancelled. An exception in a task is raised
    here once the running tasks have been stopped. ``stats``, if given, is filled in.

    A worker that dies (killed, or unable to start: e.g. a task it cannot import) never hangs
    the call and loses nothing: the jobs it held are run again in this process; if it died
    before its first answer, no more workers are started and the jobs left run here too.
    """
    ctx, per_process = context()
    flag = ctx.Event()
    either = _Either(cancel, flag)
    queue = list(range(len(jobs)))
    here: list[int] = []
    """Jobs to run in this process (their worker died)."""
    running: dict[Connection, tuple[BaseProcess, list[int], int]] = {}
    asked: dict[Connection, float] = {}
    failure: BaseException | None = None
    broken = False
    """A worker died before answering: workers cannot run here, the rest runs in-process."""

    def lost(conn: Connection) -> None:
        nonlocal broken
        current = running[conn][1]
        if conn in asked:
            broken = True
        asked.pop(conn, None)
        _retire(conn, running)
        here.extend(current)
        if broken:
            here.extend(queue)
            queue.clear()

    try:
        while queue or running or here:
            if cancel is not None and cancel.is_set() and not flag.is_set():
                flag.set()
            if flag.is_set() or failure is not None:
                queue.clear()
                here.clear()
            while queue and len(running) < workers and not broken:
                conn, parent = ctx.Pipe(duplex=True)
                proc = ctx.Process(target=_worker, args=(task, conn, flag), daemon=True)
                asked[parent] = time.time()
                proc.start()
                conn.close()
                running[parent] = (proc, [], per_process)
                if not _feed(parent, running, queue, jobs, options):
                    lost(parent)
            ready = wait(list(running), timeout=0.01 if here else 0.1)
            for ready_conn in ready:
                assert isinstance(ready_conn, Connection)
                conn = ready_conn
                proc, current, left = running[conn]
                try:
                    kind, payload, usage = conn.recv()
                except (EOFError, OSError):
                    lost(conn)
                    continue
                i = current.pop(0)
                if stats is not None:
                    _account(stats, usage, asked.pop(conn, None))
                asked.pop(conn, None)
                if kind == "error":
                    failure = failure or payload
                elif payload is not None:
                    done(i, payload)
                if not (flag.is_set() or failure is not None) and queue and left > 0:
                    if not _feed(conn, running, queue, jobs, options):
                        lost(conn)
                else:
                    _retire(conn, running)
            if here and failure is None and not flag.is_set():
                i = here.pop(0)
                result = task(jobs[i], options[i], either)
                if result is not None:
                    done(i, result)
    except BaseException as err:
        failure = failure or err
    finally:
        flag.set()
        # Interrupted (Ctrl-C, SIGTERM): stop the workers at once, not when their area ends.
        grace = 0.0 if isinstance(failure, KeyboardInterrupt | SystemExit) else 2.0
        for conn in list(running):
            _retire(conn, running, grace=grace)
    if failure is not None:
        raise failure
    return bool(cancel is not None and cancel.is_set())


class _Either:
    """Set when the caller's cancel flag or the workers' event is (for a task run here)."""

    def __init__(self, cancel: CancelFlag | None, flag: CancelFlag) -> None:
        self.cancel, self.flag = cancel, flag

    def is_set(self) -> bool:
        return self.flag.is_set() or (self.cancel is not None and self.cancel.is_set())


def _feed(conn: Connection, running: dict[Connection, tuple[BaseProcess, list[int], int]],
          queue: list[int], jobs: Sequence[Any], options: Sequence[Any]) -> bool:
    """Send the next job to the worker behind ``conn``; False if the worker is gone."""
    proc, current, left = running[conn]
    i = queue.pop(0)
    current.append(i)
    running[conn] = (proc, current, left - 1)
    try:
        conn.send((jobs[i], options[i]))
    except OSError:  # BrokenPipeError: it died (the job is run again elsewhere)
        return False
    return True


def _account(stats: WorkerStats, usage: tuple[float, float, float, float, bool],
             asked: float | None) -> None:
    """Add one task's report (cpu, peak RSS kB, start, seconds, first task) to ``stats``."""
    cpu, rss_kb, started, seconds, first = usage
    stats.tasks += 1
    stats.task_seconds.append(seconds)
    stats.peak_rss_mb = max(stats.peak_rss_mb, rss_kb / 1024)
    stats.cpu += cpu
    if first:
        stats.processes += 1
        if asked is not None:
            stats.start_seconds.append(started - asked)


def _retire(conn: Connection, running: dict[Connection, tuple[BaseProcess, list[int], int]],
            grace: float = 5.0) -> None:
    """Tell a worker to exit and wait for it (terminate it if it hangs)."""
    proc, _, _ = running.pop(conn)
    with contextlib.suppress(BrokenPipeError, OSError):
        conn.send(None)
    conn.close()
    proc.join(grace)
    if proc.is_alive():
        proc.terminate()
        proc.join(1.0)


def _worker(task: Task, conn: Connection, flag: CancelFlag) -> None:
    """A worker process: solve what comes down the pipe until told to stop.

    Each answer carries the process's usage so far: (CPU seconds since the last answer, peak
    RSS in kB, when the task started, its wall seconds, whether it was the first task).
    """
    # Ctrl-C reaches the whole process group: the parent decides, and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    first, spent = True, 0.0
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, opts = message
        started = time.time()
        try:
            result = None if flag.is_set() else task(job, opts, flag)
            answer: tuple[str, Any] = ("ok", result)
        except Exception as err:
            answer = ("error", _picklable(err))
        cpu, rss_kb = _usage()
        try:
            conn.send((*answer, (cpu - spent, rss_kb, started, time.time() - started, first)))
        except OSError:  # the parent is gone (interrupted): nothing to report to
            return
        first, spent = False, cpu


def _picklable(err: Exception) -> Exception:
    """``err`` if it survives pickling (it goes back to the parent), else a RuntimeError."""
    try:
        pickle.loads(pickle.dumps(err))
    except Exception:
        return RuntimeError(f"{type(err).__name__} in a planning worker: {err}")
    return err


def _usage() -> tuple[float, float]:
    """CPU seconds and peak resident set (kB) of this process; peak 0 where unknown."""
    try:
        import resource
    except ImportError:  # Windows
        times = os.times()
        return times.user + times.system, 0.0
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime, float(own.ru_maxrss)


def wall_clock() -> float:
    """A clock shared by every process (for deadlines set in the parent)."""
    return time.time()
