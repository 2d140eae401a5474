"""PDF route sheets: one page per team and day, holding that team's stations and no other's."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from missionplanner.export.pdf import write_route_pdf, write_route_pdfs
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
