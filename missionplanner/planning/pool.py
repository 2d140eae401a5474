"""Worker processes for area-days: a small scheduler with one progress stream and cancel.

Processes, not threads: OR-Tools' search can hold the GIL. Where the platform has it, workers
are forked from a *fork server* that has already imported the solver (a fresh worker costs a
few milliseconds instead of the ~1 s of a spawned interpreter), and every worker solves one
area-day then exits: the route search's memory (it grows by ~150-200 MB per second of search,
solvers of 2026-11) goes back to the system after every area. Without a fork server (Windows)
the workers are spawned once and each solves up to :data:`SPAWN_TASKS` area-days.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Protocol

PRELOAD = ["solvers", "missionplanner.planning.translate", "missionplanner.planning.budget"]
"""Modules the fork server imports once, so that forked workers start at once."""
SPAWN_TASKS = 8
"""Area-days one spawned worker solves before it is replaced (its memory given back)."""


class CancelFlag(Protocol):
    """Anything with ``is_set()``: a ``threading.Event`` from the UI or a script."""

    def is_set(self) -> bool: ...  # pragma: no cover


Task = Callable[[Any, Any, Any], Any]
"""``task(job, options, cancel_flag)`` run in a worker; returns a picklable result or None."""


def context() -> tuple[mp.context.BaseContext, int]:
    """The multiprocessing context and how many tasks one worker process runs."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx, 1
    return mp.get_context("spawn"), SPAWN_TASKS


def run_in_workers(task: Task, jobs: Sequence[Any], options: Sequence[Any], workers: int,
                   done: Callable[[int, Any], None], cancel: CancelFlag | None) -> bool:
    """Run ``task(jobs[i], options[i], flag)`` for every ``i`` (in that order) on ``workers``.

    ``done(i, result)`` is called in this thread as each finishes. When ``cancel`` is set, the
    running tasks are told through a shared event (they return their best so far) and the
    others are not started. Returns whether it was cancelled. An exception in a task is raised
    here once the running tasks have been stopped.
    """
    ctx, per_process = context()
    flag = ctx.Event()
    queue = list(range(len(jobs)))
    running: dict[Connection, tuple[BaseProcess, list[int], int]] = {}
    failure: BaseException | None = None
    try:
        while queue or running:
            if cancel is not None and cancel.is_set() and not flag.is_set():
                flag.set()
            if flag.is_set() or failure is not None:
                queue.clear()
            while queue and len(running) < workers:
                conn, parent = ctx.Pipe(duplex=True)
                proc = ctx.Process(target=_worker, args=(task, conn, flag), daemon=True)
                proc.start()
                conn.close()
                running[parent] = (proc, [], per_process)
                _feed(parent, running, queue, jobs, options)
            ready = wait(list(running), timeout=0.1)
            for conn in ready:
                assert isinstance(conn, Connection)
                proc, current, left = running[conn]
                try:
                    kind, payload = conn.recv()
                except EOFError:
                    failure = failure or RuntimeError(
                        f"a planning worker died (exit code {proc.exitcode}) while solving "
                        f"{[str(getattr(jobs[i], 'area', i)) for i in current]}")
                    _retire(conn, running)
                    continue
                i = current.pop(0)
                if kind == "error":
                    failure = failure or payload
                elif payload is not None:
                    done(i, payload)
                if not (flag.is_set() or failure is not None) and queue and left > 0:
                    _feed(conn, running, queue, jobs, options)
                else:
                    _retire(conn, running)
    finally:
        flag.set()
        for conn in list(running):
            _retire(conn, running, grace=2.0)
    if failure is not None:
        raise failure
    return bool(cancel is not None and cancel.is_set())


def _feed(conn: Connection, running: dict[Connection, tuple[BaseProcess, list[int], int]],
          queue: list[int], jobs: Sequence[Any], options: Sequence[Any]) -> None:
    """Send the next job to the worker behind ``conn``."""
    proc, current, left = running[conn]
    i = queue.pop(0)
    current.append(i)
    running[conn] = (proc, current, left - 1)
    conn.send((jobs[i], options[i]))


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
    """A worker process: solve what comes down the pipe until told to stop."""
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        job, opts = message
        try:
            result = None if flag.is_set() else task(job, opts, flag)
            conn.send(("ok", result))
        except Exception as err:
            conn.send(("error", err))


def wall_clock() -> float:
    """A clock shared by every process (for deadlines set in the parent)."""
    return time.time()
