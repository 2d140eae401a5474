"""UI test fixtures: settings in a temporary folder, prompts answered by the test, never shown.

Any dialog the code under test would show modally fails the test unless the test answered it
(``answers`` fixture), so a forgotten prompt cannot hang the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui import ask, i18n


class Answers:
    """What each prompt answers; each prompt shown is recorded in ``asked``."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.save_discard_cancel = "cancel"
        self.question = False
        self.files: list[str] = []

    def _take_file(self) -> str:
        return self.files.pop(0) if self.files else ""


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings and app data in a temporary folder (the user's own are never touched)."""
    folder = tmp_path / "settings"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    monkeypatch.setenv("MISSIONPLANNER_DATA_DIR", str(folder / "data"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "config"))
    yield folder


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The interface in English with British number and date formats (the default)."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Prompts answered from this object; an unexpected modal dialog fails the test."""
    given = Answers()

    def record(kind: str) -> Any:
        def prompt(_parent: object, *args: object, **_kw: object) -> Any:
            given.asked.append((kind, " ".join(str(a) for a in args)))
            if kind == "save_discard_cancel":
                return given.save_discard_cancel
            if kind == "question":
                return given.question
            if kind in ("open_file", "save_file", "folder"):
                return given._take_file()
            return None
        return prompt

    for name in ("save_discard_cancel", "question", "error", "info", "open_file",
                 "save_file", "folder"):
        monkeypatch.setattr(ask, name, record(name))

    def no_modal(self: QDialog) -> int:
        raise AssertionError(f"unexpected modal dialog {type(self).__name__}: "
                             f"{self.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", no_modal)
    monkeypatch.setattr(QMessageBox, "exec", no_modal)
    return given
