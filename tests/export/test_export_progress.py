"""Progress and cancel of the long exports: counts as they go; a cancel leaves the old set."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from missionplanner.export import export_per_team
from missionplanner.export.pdf import write_route_pdfs
from missionplanner.export.progress import ExportCancelled
from missionplanner.io.folder_swap import remove_leftovers
from missionplanner.model import Mission, Plan


class _CancelAfter:
    """A cancel flag that rises once ``n`` units are reported."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.steps: list[tuple[int, int]] = []

    def __call__(self, done: int, total: int) -> None:
        self.steps.append((done, total))

    def is_set(self) -> bool:
        return len(self.steps) >= self.n


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_pdfs_report_every_route_sheet_of_every_file(tmp_path: Path, mission: Mission,
                                                     plan: Plan) -> None:
    """Combined file (4 sheets) and per-team files (4 sheets): 8 steps, totals fixed."""
    steps: list[tuple[int, int]] = []
    write_route_pdfs(mission, plan, tmp_path / "pdf", progress=lambda d, t: steps.append((d, t)))
    sheets = sum(1 for r in plan.routes if r.visits)
    assert steps == [(k, 2 * sheets) for k in range(1, 2 * sheets + 1)]


def test_team_workbooks_report_each_file(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    steps: list[tuple[int, int]] = []
    files = export_per_team(mission, plan, tmp_path / "teams",
                            progress=lambda d, t: steps.append((d, t)))
    assert steps == [(k, len(files)) for k in range(1, len(files) + 1)]


@pytest.mark.parametrize("what", ["pdf", "teams"])
def test_cancel_mid_way_keeps_the_previous_set(tmp_path: Path, mission: Mission, plan: Plan,
                                               what: str) -> None:
    """Cancelled after the first unit: the folder holds the old set, byte for byte, and
    nothing of the new one is left beside it."""
    folder = tmp_path / "out"
    write = (lambda **kw: write_route_pdfs(mission, plan, folder, lang="ru", **kw)) \
        if what == "pdf" else (lambda **kw: export_per_team(mission, plan, folder, lang="ru",
                                                               **kw))
    write()
    before = _snapshot(folder)
    flag = _CancelAfter(1)
    with pytest.raises(ExportCancelled):
        write(progress=flag, cancel=flag)
    assert len(flag.steps) == 1
    assert _snapshot(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.lock", "out"]


def test_cancel_before_the_start_creates_nothing(tmp_path: Path, mission: Mission,
                                                 plan: Plan) -> None:
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(ExportCancelled):
        write_route_pdfs(mission, plan, tmp_path / "pdf", cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_leftovers_of_a_killed_export_are_removed(tmp_path: Path) -> None:
    """A killed export's fresh folder goes; nothing else beside the target is touched."""
    target = tmp_path / "sheets"
    target.mkdir()
    (target / "route_sheets.pdf").write_bytes(b"old")
    fresh = tmp_path / ".sheets.new-4242-abc"
    fresh.mkdir()
    (fresh / "route_sheets.pdf").write_bytes(b"half")
    (tmp_path / "notes.txt").write_text("mine")
    remove_leftovers(target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".sheets.lock") == [
        "notes.txt", "sheets"]
    assert (target / "route_sheets.pdf").read_bytes() == b"old"


def test_a_set_moved_aside_by_a_killed_swap_is_put_back(tmp_path: Path) -> None:
    """Killed between the two renames of a swap (where no atomic exchange exists): the
    previous set is back in place, never deleted."""
    aside = tmp_path / ".sheets.old-4242-swap"
    aside.mkdir()
    (aside / "route_sheets.pdf").write_bytes(b"old")
    remove_leftovers(tmp_path / "sheets")
    assert (tmp_path / "sheets" / "route_sheets.pdf").read_bytes() == b"old"
    assert not aside.exists()
