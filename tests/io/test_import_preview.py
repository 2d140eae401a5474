"""The import preview: recognised columns, first rows, counts, every problem; nothing written."""

from __future__ import annotations

from pathlib import Path

from missionplanner.io.import_preview import preview_import
from missionplanner.model import Mission

GOOD = """ID,Number,Commission,Region,Settlement,Latitude,Longitude,Voters,Remarks
ns/1,1,Almaty district,Nur-Sultan,Nur-Sultan,51.16,71.47,1600,updated
,7,Esil district,Nur-Sultan,Nur-Sultan,51.12,71.41,900,new
"""
BAD = """Number,Commission,Region,Latitude,Longitude,Voters
1,Esil district,Nowhere,51.1,71.4,1200
2,Esil district,Nur-Sultan,abc,71.4,-5
"""


def test_good_list_previews_columns_rows_and_counts(tmp_path: Path, mission: Mission) -> None:
    """One station replaced (by its id), one added."""
    path = tmp_path / "stations.csv"
    path.write_text(GOOD, "utf-8")
    preview = preview_import(mission, path, "stations")
    assert [(c.header, c.field) for c in preview.columns][:3] == [
        ("ID", "id"), ("Number", "number"), ("Commission", "commission")]
    assert ("Remarks", None) in [(c.header, c.field) for c in preview.columns]
    assert preview.header[1] == "Number" and preview.rows[1][:2] == ["", "7"]
    assert preview.row_count == 2 and preview.ok and not preview.problems
    assert (preview.added, preview.replaced) == (1, 1)
    assert preview.result is not None and len(preview.result.mission.stations) == 4
    assert preview.result.mission.stations[0].registered_voters == 1600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stations.csv"]


def test_bad_list_lists_every_problem_and_imports_nothing(tmp_path: Path,
                                                          mission: Mission) -> None:
    """Unknown region, a bad latitude and negative voters: three problems with their place."""
    path = tmp_path / "bad.csv"
    path.write_text(BAD, "utf-8")
    preview = preview_import(mission, path, "stations")
    assert not preview.ok
    places = [(p.row, p.column) for p in preview.problems]
    assert places == [(2, "Region"), (3, "Latitude"), (3, "Voters")]
    assert all(p.file == str(path) for p in preview.problems)
    assert preview.rows and preview.row_count == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_unreadable_file_is_one_problem(tmp_path: Path, mission: Mission) -> None:
    """A missing file: one problem naming it, once."""
    preview = preview_import(mission, tmp_path / "none.csv", "observers")
    assert len(preview.problems) == 1 and not preview.ok
    assert preview.problems[0].message.count("none.csv") == 0
    assert preview.problems[0].file == str(tmp_path / "none.csv")
