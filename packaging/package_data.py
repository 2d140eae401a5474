"""The data files the packages ship, read from pyproject.toml as setuptools reads them.

The PyInstaller spec (``missionplanner.spec``) bundles exactly these, so the built app and a
wheel hold the same country presets, outlines, fonts and translations; a test checks that every
data file kept in the packages is among them. Standard library only: the spec runs it inside
PyInstaller, the test without PyInstaller installed.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

PACKAGES = ("solvers", "missionplanner", "ui")
"""The top-level packages (pyproject's ``[tool.setuptools.packages.find] include``)."""


def package_data_files(root: Path) -> list[tuple[Path, str]]:
    """``(file, folder in the bundle)`` for every file pyproject's ``package-data`` ships.

    As setuptools does with pyproject's ``packages.find`` (namespace packages on by default, so
    ``missionplanner/data`` is a package too): a pattern is relative to the folder of the
    package it is listed for, ``"*"`` applies to every package and subpackage, and ``*``
    matches within one folder.
    """
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns: dict[str, list[str]] = config["tool"]["setuptools"]["package-data"]
    found: dict[Path, str] = {}
    for package_dir in _package_dirs(root):
        package = ".".join(package_dir.relative_to(root).parts)
        for pattern in patterns.get("*", []) + patterns.get(package, []):
            for path in sorted(package_dir.glob(pattern)):
                if path.is_file() and fnmatch.fnmatch(path.name, Path(pattern).name):
                    found[path] = path.parent.relative_to(root).as_posix()
    return sorted(found.items())


def _package_dirs(root: Path) -> list[Path]:
    """Every package and subpackage under :data:`PACKAGES`, with or without ``__init__.py``."""
    return sorted(folder for name in PACKAGES
                  for folder in [root / name, *(root / name).rglob("*")]
                  if folder.is_dir() and folder.name.isidentifier()
                  and folder.name != "__pycache__")
