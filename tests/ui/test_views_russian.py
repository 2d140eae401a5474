"""The views in Russian: every text they translate has a Russian translation, and region
and place names come in Russian."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from missionplanner.model import Mission, Plan
from ui import i18n
from ui.views.dashboard import DashboardView
from ui.views.describe import station_html
from ui.views.map import MapWidget
from ui.views.timeline import TimelineView

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "ui" / "views"
TS = ROOT / "ui" / "i18n" / "missionplanner_ru.ts"


def _texts_in_code() -> Iterator[tuple[str, str, str]]:
    """(file, context, text) of every ``self.tr("...")`` and ``translate("ctx", "...")``."""
    for path in sorted(VIEWS.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        classes = {node: cls.name for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                   for node in ast.walk(cls)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            args = [a.value for a in node.args if isinstance(a, ast.Constant)
                    and isinstance(a.value, str)]
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if name == "tr" and args and node in classes:
                yield path.name, classes[node], args[0]
            elif name == "translate" and len(args) >= 2:
                yield path.name, args[0], args[1]


def test_every_text_of_the_views_has_a_russian_translation() -> None:
    translated: dict[tuple[str, str], str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None \
                    and translation.text:
                translated[(context.findtext("name") or "", message.findtext("source") or "")] \
                    = translation.text
    found = list(_texts_in_code())
    assert len(found) > 80  # the walk does find the views' texts
    missing = [f for f in found if (f[1], f[2]) not in translated]
    assert not missing, f"run `make translations` and translate: {missing}"


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def test_views_speak_russian(qtbot, russian: None, views_mission: Mission,
                             views_plan: Plan) -> None:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.set_mission(views_mission)
    widget.set_plan(views_plan)
    assert [a.text() for a in widget.toolbar.actions() if a.text()][:2] == [
        "Вся страна", "К выбранному"]
    assert widget.view.places.lang == "ru"
    assert widget.view.basemap._names["atyrau"] == "Атырауская область"
    assert "в плане (18)" in [text for _, _, text in widget.view.legend_rows()]
    assert station_html(widget.view.index, "ns/2").startswith("<b>Участок 2</b>")
    timeline = TimelineView()
    qtbot.addWidget(timeline)
    timeline.set_mission(views_mission)
    timeline.set_plan(views_plan)
    assert timeline._day_title(views_plan.routes[-1].day).endswith("день выборов")
    dashboard = DashboardView()
    qtbot.addWidget(dashboard)
    dashboard.set_mission(views_mission)
    dashboard.set_plan(views_plan)
    assert {bar.label for bar in dashboard.regions.bars} == {"Нур-Султан",
                                                             "Атырауская область"}
    assert "Охвачено участков" in dashboard.summary.text()
