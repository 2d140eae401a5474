"""The built app folder (``make dist``, docs/packaging.md) ships every data file the packages
keep, and finds the sample missions beside its programs. Building it is too slow for a test:
``scripts/check_dist.sh`` builds and starts it."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from missionplanner.replay import outline

ROOT = Path(__file__).resolve().parents[1]


def _package_data() -> ModuleType:
    """``packaging/package_data.py``, which the PyInstaller spec runs to list its data files."""
    spec = importlib.util.spec_from_file_location("package_data",
                                                  ROOT / "packaging" / "package_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_data_file_in_the_packages_ships() -> None:
    """A data file added to a package without a package-data pattern in pyproject.toml would
    be missing from a wheel and from the built app: it fails here, named."""
    package_data = _package_data()
    shipped = {path for path, _ in package_data.package_data_files(ROOT)}
    kept = {path for name in package_data.PACKAGES for path in (ROOT / name).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
            and path.suffix not in {".py", ".pyc"}}
    assert sorted(str(p.relative_to(ROOT)) for p in kept - shipped) == []


def test_data_files_keep_their_folders() -> None:
    """Each file lands in the folder the code reads it from (``importlib.resources`` and
    ``Path(__file__)`` both resolve inside the bundle)."""
    places = {path.relative_to(ROOT).as_posix(): folder
              for path, folder in _package_data().package_data_files(ROOT)}
    assert places["missionplanner/data/countries.csv"] == "missionplanner/data"
    assert places["missionplanner/data/kz_outlines.geojson"] == "missionplanner/data"
    assert places["missionplanner/data/fonts/DejaVuSans.ttf"] == "missionplanner/data/fonts"
    assert places["missionplanner/data/kz_settlements.LICENSE.txt"] == "missionplanner/data"
    assert places["ui/i18n/missionplanner_ru.qm"] == "ui/i18n"
    assert all(not folder.startswith(("tests", "bench", "scripts")) for folder in places.values())


def test_builder_is_an_extra_of_its_own() -> None:
    """PyInstaller is pinned in the ``dist`` extra, never in ``test``: CI does not install it."""
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["optional-dependencies"]
    assert any(dep.startswith("pyinstaller==") for dep in extras["dist"])
    assert not any(dep.lower().startswith("pyinstaller") for dep in extras["test"])


def test_built_app_finds_samples_beside_its_programs(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    """In the app folder the samples sit beside the programs, not inside ``_internal``."""
    assert outline._samples_folder() == ROOT / "sample_missions"
    program = tmp_path / "MissionPlanner" / "missionplanner"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    assert outline._samples_folder() == tmp_path / "MissionPlanner" / "sample_missions"
