"""Per-team workbooks: need to know — a team's file holds nothing of another team."""

from __future__ import annotations

import builtins
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from missionplanner.export import export_per_team
from missionplanner.export.protect import MissingDependency, decrypt
from missionplanner.model import Mission, Plan
from tests.export.sheets import all_values, load, route_table


def _secrets(mission: Mission, plan: Plan, team_id: str) -> set[str]:
    """Texts that belong to one team only: its id, stations, members, driver, interpreter."""
    stations = {s.id: s for s in mission.stations}
    names = {o.id: o.name for o in mission.observers}
    team = next(t for t in plan.teams if t.id == team_id)
    texts = {team.id, *(names[m] for m in team.members)}
    texts |= {t for t in (team.driver, team.interpreter, team.phone) if t}
    for route in plan.routes:
        if route.team == team_id:
            for visit in route.visits:
                s = stations[visit.station]
                texts |= {s.id, *(t for t in (s.address,) if t)}
    return texts


def test_one_file_per_team(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """One workbook per team: its roster lines and one route sheet per day."""
    written = export_per_team(mission, plan, tmp_path / "teams")
    assert [w.path.name for w in written] == ["team-A1.xlsx", "team-A2.xlsx", "team-T1.xlsx"]
    workbook = load(tmp_path / "teams" / "team-A1.xlsx")
    assert workbook.sheetnames == ["Roster", "A1 08.06", "A1 09.06"]
    roster = list(workbook["Roster"].iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in roster] == ["A1", "A1"]
    assert len(route_table(workbook["A1 09.06"])) == 4


def test_no_cell_names_another_team(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """Scanning every cell: no other team's id, station, member, address, driver or phone."""
    written = export_per_team(mission, plan, tmp_path / "teams")
    for team_file, team in zip(written, plan.teams, strict=True):
        own = _secrets(mission, plan, team.id)
        others = set().union(*(_secrets(mission, plan, t.id) for t in plan.teams
                               if t.id != team.id)) - own
        for sheet, coordinate, value in all_values(team_file.path):
            for secret in others:
                assert secret not in str(value), (team.id, sheet, coordinate, value, secret)
        other_station_ids = {v.station for r in plan.routes if r.team != team.id
                             for v in r.visits} - {v.station for r in plan.routes
                                                   if r.team == team.id for v in r.visits}
        values = {v for _, _, v in all_values(team_file.path)}
        assert not other_station_ids & values


def test_password(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """``password`` encrypts each team's file; it opens again with the password."""
    pytest.importorskip("msoffcrypto")
    written = export_per_team(mission, plan, tmp_path / "teams", password="s3cret")
    raw = written[0].path.read_bytes()
    assert raw.startswith(b"\xd0\xcf\x11\xe0")  # an OLE container, not a plain zip
    workbook = openpyxl.load_workbook(io.BytesIO(decrypt(raw, "s3cret")))
    assert workbook.sheetnames == ["Roster", "A1 08.06", "A1 09.06"]


def test_password_without_msoffcrypto(
    tmp_path: Path, mission: Mission, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without msoffcrypto-tool, asking for a password says what to install; nothing is written."""
    real_import = builtins.__import__

    def no_msoffcrypto(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("msoffcrypto"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_msoffcrypto)
    with pytest.raises(MissingDependency, match="pip install msoffcrypto-tool"):
        export_per_team(mission, plan, tmp_path / "teams", password="s3cret")
    assert list((tmp_path / "teams").glob("*.xlsx")) == []
