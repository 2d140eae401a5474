"""The ``export``, ``xlsform`` and ``actuals`` commands (registered by :mod:`missionplanner.cli`).

``missionplanner export PLAN [--mission MISSION] --xlsx BOOK.xlsx --per-team DIR`` writes the
workbooks for the teams; ``missionplanner xlsform PLAN OUT.xlsx [--mission MISSION]`` the
ODK/Kobo form; ``missionplanner actuals PLAN FILE --out PLAN.json`` reads back the visits.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from missionplanner.cli.guard import check, hold
from missionplanner.cli.passwords import add_password_options, read_password, wanted
from missionplanner.cli.plan_files import add_ignore_option, open_plan
from missionplanner.errors import MissionPlannerError
from missionplanner.export.labels import LANGUAGES
from missionplanner.io.outputs import Kind
from missionplanner.model import Mission, Plan

MISSION_HELP = "the plan's mission file (default: the one the plan records)"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``export``, ``xlsform`` and ``actuals`` to the subcommands ``sub``."""
    text = ("write for the teams: mission workbook, one workbook per team, and/or PDF route "
            "sheets with maps (all teams in one file and one file per team)")
    export = sub.add_parser("export", help=text, description=text)
    export.set_defaults(handler=export_command)
    export.add_argument("plan", type=Path)
    export.add_argument("--mission", type=Path, help=MISSION_HELP)
    export.add_argument("--xlsx", type=Path, help="mission workbook to write")
    export.add_argument("--per-team", type=Path, metavar="DIR",
                        help="folder for one workbook per team")
    export.add_argument("--pdf", type=Path, metavar="DIR",
                        help="folder for the PDF route sheets (route_sheets.pdf with every "
                        "team, route_sheet_TEAM.pdf for each)")
    export.add_argument("--lang", choices=LANGUAGES, default="en", help="headers and labels")
    add_password_options(export, "encrypt the per-team workbooks with this password")
    add_ignore_option(export)

    text = "write an XLSForm (ODK Collect / KoboToolbox) offering each team its planned stations"
    form = sub.add_parser("xlsform", help=text, description=text)
    form.set_defaults(handler=xlsform_command)
    form.add_argument("plan", type=Path)
    form.add_argument("out", type=Path)
    form.add_argument("--mission", type=Path, help=MISSION_HELP)
    add_ignore_option(form)

    text = ("import actual visits ('visited at') from filled-in route sheets or a CSV/XLSX "
            "export of form submissions (all or nothing)")
    actuals = sub.add_parser("actuals", help=text, description=text)
    actuals.set_defaults(handler=actuals_command)
    actuals.add_argument("plan", type=Path)
    actuals.add_argument("file", type=Path)
    actuals.add_argument("--out", type=Path, help="plan file to write (default: PLAN itself)")
    actuals.add_argument("--mission", type=Path, help=MISSION_HELP)
    add_password_options(actuals, "password of an encrypted workbook")
    add_ignore_option(actuals)


def _mission_and_plan(
    args: argparse.Namespace, outputs: list[tuple[str, Path | None, Kind | None]]
) -> tuple[Mission, Plan]:
    """The plan and its mission (``--mission`` if given, else the file the plan records),
    once the ``outputs`` are known not to overwrite either."""
    opened = open_plan(args.plan, args.mission,
                       ignore_changes=args.ignore_mission_changes)
    check(outputs, [("PLAN", args.plan), ("mission file", opened.mission_path)])
    return opened.mission, opened.plan


def export_command(args: argparse.Namespace) -> int:
    """Write the mission workbook and/or the per-team workbooks."""
    from missionplanner.export import export_per_team, export_workbook

    if args.xlsx is None and args.per_team is None and args.pdf is None:
        raise MissionPlannerError(
            "say what to write: --xlsx BOOK.xlsx, --per-team DIR and/or --pdf DIR")
    if wanted(args) and args.per_team is None:
        raise MissionPlannerError("--password protects the per-team workbooks: add --per-team DIR")
    mission, plan = _mission_and_plan(
        args, [("--xlsx", args.xlsx, "workbook"), ("--per-team", args.per_team, "folder"),
               ("--pdf", args.pdf, "folder")])
    password = read_password(args, confirm=True)
    clock = time.perf_counter()
    if args.xlsx is not None:
        written = export_workbook(mission, plan, args.xlsx, lang=args.lang)
        print(f"wrote {written.path}: summary, roster, {len(mission.stations)} stations, "
              f"{written.route_sheets} route sheets")
    if args.per_team is not None:
        files = export_per_team(mission, plan, args.per_team, lang=args.lang,
                                password=password)
        locked = " (encrypted)" if password is not None else ""
        print(f"wrote {len(files)} team workbooks{locked} to {args.per_team}")
    if args.pdf is not None:
        from missionplanner.export.pdf import write_route_pdfs

        pdfs = write_route_pdfs(mission, plan, args.pdf, lang=args.lang)
        print(f"wrote {pdfs[0]} (every team) and {len(pdfs) - 1} team PDFs to {args.pdf}")
    print(f"export took {time.perf_counter() - clock:.1f} s")
    return 0


def xlsform_command(args: argparse.Namespace) -> int:
    """Write the XLSForm."""
    from missionplanner.export.xlsform import write_xlsform

    mission, plan = _mission_and_plan(args, [("OUT", args.out, "workbook")])
    count = write_xlsform(mission, plan, args.out)
    print(f"wrote the XLSForm {args.out}: {len(plan.teams)} teams, {count} station choices; "
          "upload it to KoboToolbox or ODK Central")
    return 0


def actuals_command(args: argparse.Namespace) -> int:
    """Import the actual visits into the plan and print planned against visited."""
    from missionplanner.actuals import import_actuals
    from missionplanner.export.planned_vs_visited import tally_visits
    from missionplanner.io import save_plan

    out = args.out or args.plan
    check([("--out" if args.out else "PLAN", out, "plan")],
          [("filled-in file", args.file), ("--mission", args.mission)])
    password = read_password(args)
    with hold(out):  # from reading the plan to writing it: no other change is lost
        opened = open_plan(args.plan, args.mission,
                       ignore_changes=args.ignore_mission_changes)
        check([("--out" if args.out else "PLAN", out, "plan")],
              [("mission file", opened.mission_path)])
        result = import_actuals(opened.plan, args.file, password=password,
                                mission=opened.mission)
        save_plan(result.plan, out)
    print(f"imported {result.visits} actual visits from {args.file} into {out}")
    for note in result.notes:
        print(f"  note: {note}")
    print("\n".join(tally_visits(None, result.plan).lines()))
    return 0
