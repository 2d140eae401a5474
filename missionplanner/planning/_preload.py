"""Imported first by the planning fork server (:data:`.pool.PRELOAD`): workers skip the main script.

A process started by multiprocessing runs the main script's imports again before its task
(``spawn.prepare``), unless its ``__main__`` already has that script's ``__file__``. A fork
server is meant to do this once, when ``"__main__"`` is in its preload list, but before Python
3.13.8 it never does (CPython gh-126631 / gh-137996: it looks for a ``main_path`` that
``spawn.get_preparation_data`` calls ``init_main_from_path``), so every forked worker ran
e.g. ``missionplanner.cli``'s imports again (0.2-0.4 s of CPU per area-day). Importing the script
once in the fork server instead (what the fix does) would still hold up the first worker by
that long (~1 s on the command line). The workers need nothing from it -- their task and its
arguments come from importable modules -- so this module only marks the fork server's
``__main__`` as that script: every worker then skips it. A task or an argument defined in the
main script could not be unpickled in a worker (``AttributeError``); none is.

:func:`.pool.context` puts the script's path or module name and ``sys.path`` in :data:`ENV`
while it starts the fork server.
"""

from __future__ import annotations

import json
import os
import sys
from importlib.machinery import ModuleSpec

ENV = "MISSIONPLANNER_FORKSERVER_MAIN"
"""JSON ``{"main_path": ..., "main_name": ..., "sys_path": [...]}`` of the process that starts
the fork server (:data:`.pool.PRELOAD_ENV`; set only while the fork server is being started)."""


def _mark() -> None:
    data = os.environ.pop(ENV, None)
    if not data:
        return
    wanted = json.loads(data)
    sys.path[:] = wanted.get("sys_path") or sys.path
    main = sys.modules["__main__"]
    if wanted.get("main_path"):
        main.__file__ = wanted["main_path"]
    if wanted.get("main_name"):
        main.__spec__ = ModuleSpec(wanted["main_name"], None)


_mark()
