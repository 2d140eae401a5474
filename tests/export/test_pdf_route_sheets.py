"""PDF route sheets: one page per team and day, holding that team's stations and no other's."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from missionplanner.export.pdf import write_route_pdf, write_route_pdfs
from missionplanner.io.atomic import OutputError
from missionplanner.model import Mission, Plan
from tests.ui.conftest import build_views_mission, build_views_plan


def _sample() -> tuple[Mission, Plan]:
    mission = build_views_mission()
    return mission, build_views_plan(mission)


def test_one_page_per_team_day_with_only_that_teams_stations(tmp_path: Path) -> None:
    """Team a's pages name Esil district stations only; team b's Atyrau city only."""
    views_mission, views_plan = _sample()
    path = tmp_path / "all.pdf"
    pages = write_route_pdf(views_mission, views_plan, path)
    reader = PdfReader(path)
    assert len(reader.pages) == len(views_plan.routes) == len(pages)
    commission = {"a": "Esil district", "b": "Atyrau city"}
    for info, page in zip(pages, reader.pages, strict=True):
        text = page.extract_text()
        assert f"Team {info.team}" in text and f"{info.day:%d.%m.%Y}" in text
        assert commission[info.team] in text
        other = "b" if info.team == "a" else "a"
        assert commission[other] not in text
        route = next(r for r in views_plan.routes if (r.team, r.day) == (info.team, info.day))
        assert info.stations == tuple(v.station for v in route.visits)


def test_per_team_files_and_russian(tmp_path: Path) -> None:
    """Need to know: each team's file has its own days only; Russian labels print."""
    views_mission, views_plan = _sample()
    written = write_route_pdfs(views_mission, views_plan, tmp_path, lang="ru")
    assert [p.name for p in written] == ["route_sheets.pdf", "route_sheet_a.pdf",
                                         "route_sheet_b.pdf"]
    team_a = PdfReader(written[1])
    assert len(team_a.pages) == 2
    text = team_a.pages[0].extract_text()
    assert "Маршрутный лист" in text and "Atyrau city" not in text


def test_folder_holds_one_complete_set(tmp_path: Path) -> None:
    """A second export replaces the set as a whole: a team that is gone leaves no file."""
    views_mission, views_plan = _sample()
    folder = tmp_path / "pdf"
    write_route_pdfs(views_mission, views_plan, folder)
    fewer = views_plan.model_copy(update={"routes": [r for r in views_plan.routes
                                                     if r.team == "a"]})
    written = write_route_pdfs(views_mission, fewer, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written) \
        == ["route_sheet_a.pdf", "route_sheets.pdf"]


def test_folder_with_other_files_is_refused(tmp_path: Path) -> None:
    """Swapping the folder in would delete the user's own files: refused, nothing removed."""
    views_mission, views_plan = _sample()
    (tmp_path / "notes.docx").write_text("mine")
    with pytest.raises(OutputError, match=r"notes\.docx"):
        write_route_pdfs(views_mission, views_plan, tmp_path)
    assert (tmp_path / "notes.docx").read_text() == "mine"


def test_team_ids_that_slug_alike_get_their_own_files(tmp_path: Path) -> None:
    """``Team A`` and ``team-a`` both slug to ``team-a``: two files, neither overwritten."""
    views_mission, views_plan = _sample()
    renamed = {"a": "Team A", "b": "team-a"}
    plan = views_plan.model_copy(update={
        "teams": [t.model_copy(update={"id": renamed[t.id]}) for t in views_plan.teams],
        "routes": [r.model_copy(update={"team": renamed[r.team]}) for r in views_plan.routes]})
    written = write_route_pdfs(views_mission, plan, tmp_path / "pdf")
    assert [p.name for p in written] == ["route_sheets.pdf", "route_sheet_team-a.pdf",
                                         "route_sheet_team-a-2.pdf"]
    assert len({p.read_bytes() for p in written[1:]}) == 2
