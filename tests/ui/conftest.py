"""UI test fixtures: settings in a temporary folder, prompts answered by the test, never shown;
and a mission of 40 stations in two cities with a hand-made plan for the views.

Any dialog the code under test would show modally fails the test unless the test answered it
(``answers`` fixture), so a forgotten prompt cannot hang the run.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from missionplanner.model import (
    Activity,
    LeftOut,
    Mission,
    Plan,
    PollingStation,
    Route,
    Team,
    Visit,
)
from tests.conftest import make_mission
from ui import ask, i18n


class Answers:
    """What each prompt answers; each prompt shown is recorded in ``asked``."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.save_discard_cancel = "cancel"
        self.question = False
        self.files: list[str] = []
        self.password: str | None = None

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
            if kind == "done_with_folder":
                return False
            if kind == "password":
                return given.password
            return None
        return prompt

    for name in ("save_discard_cancel", "question", "error", "info", "open_file",
                 "save_file", "folder", "done_with_folder", "password"):
        monkeypatch.setattr(ask, name, record(name))

    def no_modal(self: QDialog) -> int:
        raise AssertionError(f"unexpected modal dialog {type(self).__name__}: "
                             f"{self.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", no_modal)
    monkeypatch.setattr(QMessageBox, "exec", no_modal)
    return given


ZONE = ZoneInfo("Asia/Almaty")
DAYS = (date(2019, 6, 8), date(2019, 6, 9))


def _stations() -> list[PollingStation]:
    out = []
    for i in range(20):
        out.append(PollingStation(id=f"ns/{i + 1}", number=i + 1, commission="Esil district",
                                  region="nur-sultan", settlement="Nur-Sultan",
                                  lat=51.10 + 0.01 * (i % 5), lon=71.40 + 0.012 * (i // 5),
                                  registered_voters=1000 + 10 * i))
        out.append(PollingStation(id=f"at/{i + 1}", number=i + 1, commission="Atyrau city",
                                  region="atyrau", settlement="Atyrau",
                                  lat=47.08 + 0.01 * (i % 5), lon=51.88 + 0.012 * (i // 5),
                                  registered_voters=800 + 10 * i))
    return out


def _route(team: str, day: date, ids: list[str], first: int, tz: ZoneInfo) -> Route:
    """Visits every 40 minutes from ``first`` o'clock: 30 on site, 10 on the road."""
    visits = []
    start = datetime(day.year, day.month, day.day, first, 0, tzinfo=tz)
    for k, sid in enumerate(ids):
        begin = start + timedelta(minutes=40 * k)
        activity = Activity.PRE_ELECTION if day == DAYS[0] else Activity.VOTING
        visits.append(Visit(station=sid, activity=activity, arrival=begin - timedelta(minutes=3)
                            if k == 0 else begin, start=begin, end=begin + timedelta(minutes=30)))
    return Route(team=team, day=day, departure=visits[0].arrival - timedelta(minutes=20),
                 returns=visits[-1].end + timedelta(minutes=20), visits=visits)


def build_views_mission() -> Mission:
    """Two cities, 20 stations each."""
    return make_mission(stations=_stations(), teams=[])


def build_views_plan(views_mission: Mission) -> Plan:
    """Team a in Nur-Sultan, team b in Atyrau, each on both days; one must-cover left out."""
    atyrau = ZoneInfo("Asia/Atyrau")
    routes = []
    for d, day in enumerate(DAYS):
        routes.append(_route("a", day, [f"ns/{i}" for i in range(1 + 5 * d, 6 + 5 * d)], 9, ZONE))
        routes.append(_route("b", day, [f"at/{i}" for i in range(1 + 4 * d, 5 + 4 * d)], 10,
                             atyrau))
    return Plan(mission=views_mission.id, seed=1, created_at=datetime(2019, 6, 1, tzinfo=UTC),
                teams=[Team(id="a", members=["o1"]), Team(id="b", members=["o2"])],
                routes=routes,
                left_out=[LeftOut(station="ns/20", day=DAYS[1], reason="no time left")])


@pytest.fixture
def views_mission() -> Mission:
    """Two cities, 20 stations each."""
    return build_views_mission()


@pytest.fixture
def views_plan(views_mission: Mission) -> Plan:
    """Team a in Nur-Sultan, team b in Atyrau, each on both days."""
    return build_views_plan(views_mission)
