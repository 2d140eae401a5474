"""Dependencies point one way: ui -> missionplanner -> solvers; only ui imports Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

IMPORT_EVERYTHING_WITHOUT = """
import importlib, pkgutil, sys
for blocked in {blocked!r}:
    sys.modules[blocked] = None  # any import of it now fails
package = importlib.import_module({package!r})
for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(module.name)
print("ok")
"""


@pytest.mark.parametrize(
    ("package", "blocked"),
    [
        ("solvers", ["PySide6", "shiboken6", "missionplanner", "ui", "pydantic", "openpyxl"]),
        ("missionplanner", ["PySide6", "shiboken6", "ui"]),
    ],
)
def test_package_imports_without_upper_layers(package: str, blocked: list[str]) -> None:
    """Every module of the package imports with Qt and the upper layers made unimportable."""
    code = IMPORT_EVERYTHING_WITHOUT.format(package=package, blocked=blocked)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("ok")


def test_import_linter_contracts_hold() -> None:
    """The contracts in pyproject.toml (layers, no Qt below ui) are kept."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    if not lint_imports.exists():
        pytest.skip("import-linter is not installed in this environment")
    result = subprocess.run(
        [str(lint_imports)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-3000:]
