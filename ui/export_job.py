"""An export as a job for the export process: the same functions as the command line.

:class:`ui.exporting.ExportRunner` runs :func:`work` in a separate process (as planning runs):
writing 170 teams' route-sheet PDFs is a minute of pure Python, which in a thread of the
window's process took the GIL from the window for up to 0.1 s at a time. No Qt here: the
process imports only this module and ``missionplanner``.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from missionplanner.errors import MissionPlannerError
from missionplanner.export.progress import Cancel, ExportCancelled, Progress
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Mission, Plan


@dataclass(frozen=True)
class ExportJob:
    """One export, as plain data that crosses to the export process."""

    target: str
    """``workbook``, ``teams``, ``form`` or ``pdf``."""
    path: str
    mission_json: str
    """The mission as JSON; empty when :attr:`mission_file` holds it."""
    plan_json: str
    lang: str = "en"
    password: str | None = None
    parts: str = "both"
    """Route sheets: ``both``, ``combined`` (every team in one file) or ``per_team``."""
    mission_file: str | None = None
    """A mission file holding exactly the mission to export (read by the export process)."""
    stop_after: int | None = None
    """Cancel by itself after this many units (tests and demonstrations of Cancel)."""


@dataclass(frozen=True)
class ExportDone:
    """What came of an export: where, how many (route sheets, workbooks, files, choices)."""

    path: str
    count: int
    cancelled: bool = False


class _Flag:
    """The cancel flag the export sees: the window's, or set after ``stop_after`` units."""

    def __init__(self, event: Any, stop_after: int | None) -> None:
        self.event = event
        self.stop_after = stop_after
        self.done = 0

    def is_set(self) -> bool:
        return bool(self.event.is_set()) or (self.stop_after is not None
                                             and self.done >= self.stop_after)


def write(job: ExportJob, mission: Mission, plan: Plan, progress: Progress | None = None,
          cancel: Cancel | None = None) -> int:
    """Write one export; how many things it holds (see :class:`ExportDone`)."""
    path, lang = Path(job.path), job.lang
    if job.target == "workbook":
        from missionplanner.export import export_workbook

        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        return export_workbook(mission, plan, path, lang=lang).route_sheets  # type: ignore[arg-type]
    if job.target == "teams":
        from missionplanner.export import export_per_team

        return len(export_per_team(mission, plan, path, lang=lang,  # type: ignore[arg-type]
                                   password=job.password, progress=progress, cancel=cancel))
    if job.target == "pdf":
        from missionplanner.export.pdf import write_route_pdfs

        return len(write_route_pdfs(mission, plan, path, lang=lang,  # type: ignore[arg-type]
                                    combined=job.parts != "per_team",
                                    per_team=job.parts != "combined",
                                    progress=progress, cancel=cancel))
    if job.target == "form":
        from missionplanner.export.xlsform import write_xlsform

        if cancel is not None and cancel.is_set():
            raise ExportCancelled
        return write_xlsform(mission, plan, path)
    raise ValueError(f"unknown export {job.target!r}")


def work(inbox: Any, messages: Any, cancel: Any) -> None:
    """The export process: take the job, write, send back ``("progress", (done, total))``
    steps, then ``("done", ExportDone)`` (also when cancelled) or ``("error", text)``."""
    if hasattr(os, "nice"):
        os.nice(5)  # the window's process comes first on a busy machine
    job: ExportJob = inbox.get()
    flag = _Flag(cancel, job.stop_after)

    def progress(done: int, total: int) -> None:
        flag.done = done
        messages.put(("progress", (done, total)))

    try:
        if job.mission_file:
            from missionplanner.io import load_mission

            mission = load_mission(job.mission_file)
        else:
            mission = Mission.model_validate_json(job.mission_json)
        plan = Plan.model_validate_json(job.plan_json)
        count = write(job, mission, plan, progress, flag)
        messages.put(("done", ExportDone(job.path, count)))
    except ExportCancelled:
        messages.put(("done", ExportDone(job.path, 0, cancelled=True)))
    except MissionPlannerError as exc:
        messages.put(("error", str(exc)))
    except OSError as exc:
        where = exc.filename or job.path
        messages.put(("error", say(e.AT, field=where, message=exc.strerror or exc)))
    except Exception:  # the window must hear of it, not wait for ever
        messages.put(("error", say(e.EXPORT_STOPPED) + "\n"
                      + traceback.format_exc(limit=8)))
