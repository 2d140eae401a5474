"""The map saved as PNG, SVG and PDF: the files hold the map as shown, at the right size."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from missionplanner.errors import MissionPlannerError
from missionplanner.model import Mission, Plan
from ui.views.map import MapWidget
from ui.views.map.export import export_view

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def map_widget(qtbot, views_mission: Mission, views_plan: Plan) -> MapWidget:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.set_mission(views_mission)
    widget.set_plan(views_plan)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.fit_rect(widget.view._rect_of({"ns/1", "ns/20"}))  # Nur-Sultan's 20 stations
    return widget


def test_png_is_the_view_at_twice_its_pixels(map_widget: MapWidget, tmp_path: Path) -> None:
    size = map_widget.view.viewport().size()
    path = export_view(map_widget.view, tmp_path / "map.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (2 * size.width(), 2 * size.height())
    station = map_widget.view.index.stations["ns/15"]  # in no route: a grey dot where it is
    x, y = map_widget.view.projection.point(station.lat, station.lon)
    at = map_widget.view.mapFromScene(x, y)
    colour = image.pixelColor(2 * at.x(), 2 * at.y())
    assert colour.name() == "#9e9e9e"  # STATUS_COLOURS[NOT_COVERED]


def test_svg_parses_with_a_circle_per_station_shown(map_widget: MapWidget,
                                                    tmp_path: Path) -> None:
    size = map_widget.view.viewport().size()
    path = export_view(map_widget.view, tmp_path / "map.svg")
    root = ET.parse(path).getroot()
    assert root.get("viewBox") == f"0 0 {size.width()} {size.height()}"
    circles = list(root.iter(f"{SVG}circle"))
    shown = sum(map_widget.view.viewport().rect().contains(
        map_widget.view.mapFromScene(*map_widget.view.projection.point(s.lat, s.lon)))
        for s in map_widget.view.index.stations.values())
    assert shown == 20  # Nur-Sultan's stations; Atyrau is off the picture
    # each station a vector dot (not an embedded bitmap), plus the numbered stops and legend
    assert len(circles) >= shown
    assert not list(root.iter(f"{SVG}image"))
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "Legend" in texts and "km" in texts


def test_pdf_is_one_a4_page(map_widget: MapWidget, tmp_path: Path) -> None:
    path = export_view(map_widget.view, tmp_path / "map.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    assert "Legend" in reader.pages[0].extract_text()


def test_unknown_suffix_is_refused(map_widget: MapWidget, tmp_path: Path) -> None:
    with pytest.raises(MissionPlannerError, match=r"say \.png, \.svg or \.pdf"):
        export_view(map_widget.view, tmp_path / "map.gif")
    assert not (tmp_path / "map.gif").exists()
