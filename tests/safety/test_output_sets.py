"""Issue 10, case 9: a per-team folder always holds one complete set; long team ids get safe
names; temporaries and fresh folders left by killed writers are cleaned."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.export import export_per_team
from missionplanner.export import workbook as workbook_module
from missionplanner.export.workbook import team_file_name
from missionplanner.io import atomic_write_text
from missionplanner.io.atomic import OutputError
from missionplanner.model import Plan
from tests.export.conftest import build_mission, build_plan
from tests.safety.conftest import Work


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_teams_gone_from_the_plan_are_gone_from_the_folder(tmp_path: Path) -> None:
    """Re-exporting a plan without team T1 leaves no team-T1.xlsx behind."""
    mission, plan = build_mission(), build_plan()
    teams = tmp_path / "teams"
    export_per_team(mission, plan, teams)
    assert sorted(p.name for p in teams.iterdir()) == [
        "team-A1.xlsx", "team-A2.xlsx", "team-T1.xlsx"]
    smaller = Plan.model_validate({**plan.model_dump(),
                                   "teams": [t for t in plan.teams if t.id != "T1"],
                                   "routes": [r for r in plan.routes if r.team != "T1"],
                                   "assignments": [a for a in plan.assignments
                                                   if a.team != "T1"]})
    export_per_team(mission, smaller, teams)
    assert sorted(p.name for p in teams.iterdir()) == ["team-A1.xlsx", "team-A2.xlsx"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".teams.")
                and p.is_dir()]


def test_failed_export_keeps_the_old_set_whole(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """An export that dies after writing some teams leaves the previous set, untouched."""
    mission, plan = build_mission(), build_plan()
    teams = tmp_path / "teams"
    export_per_team(mission, plan, teams)
    before = _listing(teams)
    real = workbook_module.export_team_workbook
    calls = []

    def dies_on_the_second(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(workbook_module, "export_team_workbook", dies_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        export_per_team(mission, plan, teams)
    assert _listing(teams) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".teams.")) == [
        ".teams.lock"]


def test_leftover_of_a_killed_export_is_removed(tmp_path: Path) -> None:
    """A fresh folder a killed export left beside the target goes at the next export."""
    teams = tmp_path / "teams"
    left = tmp_path / ".teams.new-99999999-abc"
    left.mkdir()
    (left / "team-A1.xlsx").write_bytes(b"PK half")
    export_per_team(build_mission(), build_plan(), teams)
    assert not left.exists()


def test_folder_with_other_files_is_refused(tmp_path: Path) -> None:
    """A folder holding the user's own files is not swept away by the swap."""
    teams = tmp_path / "teams"
    teams.mkdir()
    (teams / "notes.docx").write_bytes(b"mine")
    with pytest.raises(OutputError, match=r"notes\.docx"):
        export_per_team(build_mission(), build_plan(), teams)
    assert (teams / "notes.docx").read_bytes() == b"mine"


def test_long_team_ids_get_short_distinct_names(tmp_path: Path) -> None:
    """Two 120-character Cyrillic team ids (240 bytes each) give distinct names under 255."""
    long_a, long_b = "Команда" * 17 + "А", "Команда" * 17 + "Б"
    assert len(long_a) == 120
    names = {team_file_name(long_a), team_file_name(long_b)}
    assert len(names) == 2 and all(len(n.encode()) <= 100 for n in names)
    plan = build_plan()
    data = plan.model_dump()
    for key in ("teams", "assignments", "routes"):
        for item in data[key]:
            rename = {"A1": long_a, "A2": long_b}
            field = "id" if key == "teams" else "team"
            item[field] = rename.get(item[field], item[field])
    files = export_per_team(build_mission(), Plan.model_validate(data), tmp_path / "teams")
    assert {f.path.name for f in files} >= names
    assert all(f.path.exists() for f in files)


def test_temporary_of_a_killed_writer_is_cleaned(tmp_path: Path) -> None:
    """A hidden temporary left by a dead process is removed by the next write of that file;
    one of a live process is left alone."""
    host = "".join(c for c in socket.gethostname() if c.isalnum())[:16] or "host"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    stale = tmp_path / f".m.json.{host}-{int(dead.stdout)}.x1.tmp"
    stale.write_bytes(b"x" * 1000)
    live = tmp_path / f".m.json.{host}-{os.getppid()}.x2.tmp"
    live.write_bytes(b"y")
    atomic_write_text(tmp_path / "m.json", "{}")
    assert not stale.exists() and live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "m.json"]


def test_cli_export_reports_the_folder(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """``export --per-team`` through the command line swaps the set in and says so."""
    teams = work.folder / "teams"
    (teams).mkdir()
    (teams / "team-OLD.xlsx").write_bytes(b"PK old")
    assert main(["export", str(work.plan), "--per-team", str(teams)]) == 0
    assert "wrote 3 team workbooks" in capsys.readouterr().out
    assert sorted(os.listdir(teams)) == ["team-A1.xlsx", "team-A2.xlsx", "team-T1.xlsx"]
