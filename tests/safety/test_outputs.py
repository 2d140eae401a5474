"""Issue 10, cases 1 and 5: an output that is an input, two outputs that are one file, special
files and missing folders are refused before any work, naming both files; symlinks are
followed and written through."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.io import load_mission, load_plan
from tests.safety.conftest import Work


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str], *names: object) -> str:
    """Run the command: exit 1, every name in the message, returned."""
    assert main(argv) == 1
    err = capsys.readouterr().err
    for name in names:
        assert str(name) in err, err
    return err


@pytest.fixture
def no_planning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Planning fails the test: the refusal must come before any work."""
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("planned before checking the outputs")
    monkeypatch.setattr("missionplanner.cli.plan.plan_mission", fail)


def test_plan_out_is_the_mission(work: Work, capsys: pytest.CaptureFixture[str],
                                 no_planning: None) -> None:
    """``plan m.json --out m.json``: refused naming both, the mission unchanged."""
    before = work.mission.read_bytes()
    _refused(["plan", str(work.mission), "--out", str(work.mission)], capsys,
             "--out", "MISSION", work.mission)
    assert work.mission.read_bytes() == before


def test_plan_out_and_xlsx_are_one_file(work: Work, capsys: pytest.CaptureFixture[str],
                                        no_planning: None) -> None:
    """``--out q.json --xlsx q.json``: two outputs, one file; refused naming both options."""
    q = work.folder / "q.json"
    err = _refused(["plan", str(work.mission), "--out", str(q), "--xlsx", str(q)], capsys,
                   "--out", "--xlsx")
    assert "same file" in err or "workbook" in err
    assert not q.exists()


def test_plan_out_through_a_symlink_or_hard_link_to_the_mission(
        work: Work, capsys: pytest.CaptureFixture[str], no_planning: None) -> None:
    """A symlink or a hard link to the mission is the mission."""
    link, hard = work.folder / "link.json", work.folder / "hard.json"
    link.symlink_to(work.mission)
    os.link(work.mission, hard)
    _refused(["plan", str(work.mission), "--out", str(link)], capsys, link, work.mission)
    _refused(["plan", str(work.mission), "--out", str(hard)], capsys, hard, work.mission)
    assert load_mission(work.mission).id == "test-2019"


@pytest.mark.parametrize("target", ["plan", "mission"])
def test_export_xlsx_over_the_plan_or_mission(work: Work, capsys: pytest.CaptureFixture[str],
                                              target: str) -> None:
    """``export p.json --xlsx p.json`` (or ``--xlsx m.json``) is refused; both files stay."""
    path = work.plan if target == "plan" else work.mission
    before = path.read_bytes()
    _refused(["export", str(work.plan), "--xlsx", str(path)], capsys, "--xlsx", path)
    assert path.read_bytes() == before


def test_export_xlsx_with_json_name_is_refused(work: Work,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A workbook is not written under a .json name, even a new one."""
    _refused(["export", str(work.plan), "--xlsx", str(work.folder / "new.json")], capsys,
             "*.xlsx")


def test_replan_out_is_the_mission(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """``replan … --out m.json`` is refused before re-planning."""
    before = work.mission.read_bytes()
    _refused(["replan", str(work.plan), "--now", "10:00", "--day", "2019-06-09", "--delay",
              "A1=30", "--out", str(work.mission)], capsys, "--out", work.mission)
    assert work.mission.read_bytes() == before


def test_template_over_a_mission(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """``template stations m.json`` is refused: the mission is kept."""
    before = work.mission.read_bytes()
    _refused(["template", "stations", str(work.mission)], capsys, work.mission)
    assert work.mission.read_bytes() == before


def test_template_over_a_filled_list(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """A template never replaces an existing workbook (a filled-in list, most likely)."""
    book = work.folder / "filled.xlsx"
    assert main(["template", "stations", str(book)]) == 0
    before = book.read_bytes()
    _refused(["template", "stations", str(book)], capsys, book, "already exists")
    assert book.read_bytes() == before


def test_import_out_is_the_spreadsheet(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """``import-stations m.json st.csv --out st.csv`` is refused; the list and mission stay."""
    sheet, mission = work.stations.read_bytes(), work.kz_mission.read_bytes()
    _refused(["import-stations", str(work.kz_mission), str(work.stations), "--out",
              str(work.stations)], capsys, "--out", work.stations)
    assert work.stations.read_bytes() == sheet and work.kz_mission.read_bytes() == mission


def test_import_out_over_a_plan(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """An existing file of another kind (a plan) is not replaced by a mission."""
    _refused(["import-stations", str(work.kz_mission), str(work.stations), "--out",
              str(work.plan)], capsys, work.plan, "holds a plan")
    assert load_plan(work.plan).seed == 7


def test_import_problem_report_over_an_input(work: Work,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """``--report`` on the mission or the list itself is refused before the import reads a
    row; both stay as they were."""
    sheet, mission = work.stations.read_bytes(), work.kz_mission.read_bytes()
    for target in (work.kz_mission, work.stations):
        _refused(["import-stations", str(work.kz_mission), str(work.stations), "--report",
                  str(target)], capsys, "--report", target)
    assert work.stations.read_bytes() == sheet and work.kz_mission.read_bytes() == mission


def test_export_xlsx_inside_the_per_team_folder(work: Work,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """``--xlsx D/team-A1.xlsx --per-team D`` is refused: the folder is replaced as a whole."""
    teams = work.folder / "teams"
    assert main(["export", str(work.plan), "--per-team", str(teams)]) == 0
    before = (teams / "team-A1.xlsx").read_bytes()
    _refused(["export", str(work.plan), "--xlsx", str(teams / "team-A1.xlsx"), "--per-team",
              str(teams)], capsys, "--xlsx", "--per-team")
    assert (teams / "team-A1.xlsx").read_bytes() == before


def test_per_team_folder_holding_the_plan(work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """``--per-team`` on the folder that holds the plan is refused (it would be swept away)."""
    _refused(["export", str(work.plan), "--per-team", str(work.folder)], capsys,
             work.folder, work.plan)
    assert work.plan.exists() and work.mission.exists()


def test_pdf_folder_holding_the_plan_or_shared_with_per_team(
        work: Work, capsys: pytest.CaptureFixture[str]) -> None:
    """``--pdf`` is a folder replaced as a whole: on the plan's folder, or the same folder as
    ``--per-team``, it is refused before anything is written."""
    _refused(["export", str(work.plan), "--pdf", str(work.folder)], capsys,
             "--pdf", work.plan)
    both = work.folder / "out"
    _refused(["export", str(work.plan), "--pdf", str(both), "--per-team", str(both)], capsys,
             "--pdf", "--per-team")
    assert work.plan.exists() and work.mission.exists() and not both.exists()


def test_out_symlink_is_written_through(work: Work, tmp_path: Path) -> None:
    """``--out link`` writes the file the link points to; the link stays a link."""
    real = tmp_path / "real" / "p.json"
    real.parent.mkdir()
    link = tmp_path / "p.json"
    link.symlink_to(real)
    assert main(["plan", str(work.mission), "--out", str(link), "--iterations", "50",
                 "--workers", "1", "--quiet"]) == 0
    assert link.is_symlink() and load_plan(real).mission == "test-2019"


def test_fifo_device_and_folder_outputs_are_refused(
        work: Work, capsys: pytest.CaptureFixture[str], no_planning: None) -> None:
    """A FIFO, a device node and a folder are never replaced by a regular file."""
    fifo = work.folder / "pipe.json"
    os.mkfifo(fifo)
    _refused(["plan", str(work.mission), "--out", str(fifo)], capsys, fifo, "FIFO")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    _refused(["plan", str(work.mission), "--out", "/dev/null"], capsys, "/dev/null", "device")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    folder = work.folder / "d.json"
    folder.mkdir()
    _refused(["plan", str(work.mission), "--out", str(folder)], capsys, folder, "folder")


def test_missing_output_folder_is_reported_before_planning(
        work: Work, capsys: pytest.CaptureFixture[str], no_planning: None) -> None:
    """``--out no/such/p.json`` fails at once, naming the missing folder."""
    _refused(["plan", str(work.mission), "--out", str(work.folder / "no" / "p.json")], capsys,
             work.folder / "no", "does not exist")
