"""Imported by the planning fork server (:data:`.pool.PRELOAD`): load the main script once.

``set_forkserver_preload(["__main__", ...])`` is meant to import the main script into the fork
server, so that the workers forked from it find it there. Before Python 3.13.8 that never
happens (CPython gh-126631 / gh-137996: the fork server looks for a ``main_path`` that
``spawn.get_preparation_data`` calls ``init_main_from_path``), and every forked worker runs the
main script's imports again before its task -- ``missionplanner.cli`` costs ~0.5 s of CPU.
:func:`.pool.context` puts the path in :data:`ENV` while it starts the fork server; importing this
module in the fork server imports the script as ``__mp_main__`` the way the fix does, and the
workers' own check (``__main__.__file__`` is already that path) then skips it.
"""

from __future__ import annotations

import json
import os
import sys

ENV = "MISSIONPLANNER_FORKSERVER_MAIN"
"""JSON ``{"main_path": ..., "sys_path": [...]}`` of the process that starts the fork server
(:data:`.pool.PRELOAD_ENV`; set only while the fork server is being started)."""


def _load() -> None:
    data = os.environ.pop(ENV, None)
    if not data:
        return
    wanted = json.loads(data)
    main_path = wanted.get("main_path")
    sys.path[:] = wanted.get("sys_path") or sys.path
    if not main_path or getattr(sys.modules["__main__"], "__file__", None) == main_path:
        return
    from multiprocessing import process, spawn

    process.current_process()._inheriting = True  # type: ignore[attr-defined]
    try:
        spawn.import_main_path(main_path)
    except Exception:  # as before the fix: each worker then imports it itself
        return
    finally:
        del process.current_process()._inheriting  # type: ignore[attr-defined]


_load()
