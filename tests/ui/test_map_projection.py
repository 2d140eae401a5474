"""The map of a mission in another country: drawn in that country's projection, shown whole."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from missionplanner.geo.projection import KAZAKHSTAN, Projection
from missionplanner.geo.travel import haversine_km
from missionplanner.model import Mission, PollingStation, Region
from tests.conftest import make_mission
from ui.views.map import MapView


def _kyrgyz_mission() -> Mission:
    """Twelve stations in and around Bishkek (42.87 N, 74.59 E)."""
    stations = [PollingStation(id=f"b/{k}", number=k + 1, commission="Bishkek", region="bishkek",
                               lat=42.80 + 0.03 * (k % 4), lon=74.50 + 0.06 * (k // 4))
                for k in range(12)]
    return make_mission(host_country="Kyrgyzstan", stations=stations,
                        regions=[Region(id="bishkek", name="Bishkek", tz="Asia/Bishkek")],
                        bases=[], teams=[])


def _map(qtbot: QtBot, mission: Mission) -> MapView:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.set_mission(mission)
    view.show()
    return view


def test_a_kyrgyz_mission_is_drawn_true_to_the_ground(qtbot: QtBot) -> None:
    """Kyrgyzstan's projection; a km east is as long as a km north on screen (Kazakhstan's
    projection made it 9 % shorter), and a station is found where it is drawn."""
    mission = _kyrgyz_mission()
    view = _map(qtbot, mission)
    assert view.projection == Projection(41.0, 74.0)
    a, b, c = mission.stations[0], mission.stations[3], mission.stations[8]  # north, east
    here, north, east = (view.projection.point(s.lat, s.lon) for s in (a, b, c))
    per_km_north = math.dist(here, north) / float(haversine_km(a.lat, a.lon, b.lat, b.lon))
    per_km_east = math.dist(here, east) / float(haversine_km(a.lat, a.lon, c.lat, c.lon))
    assert abs(per_km_east / per_km_north - 1) < 0.03
    assert view.pick(QPointF(*here)) == a.id


def test_whole_country_shows_the_mission_s_country(qtbot: QtBot) -> None:
    """'Whole country' frames Kyrgyzstan with its stations, not Kazakhstan; back on a
    Kazakh mission, the map is Kazakhstan's again."""
    view = _map(qtbot, _kyrgyz_mission())
    view.fit_country()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert view.stations.xs.size == 12
    for x, y in zip(view.stations.xs.tolist(), view.stations.ys.tolist(), strict=True):
        assert shown.contains(QPointF(x, y))
    assert shown.width() < 1500  # Kyrgyzstan is ~900 km across; Kazakhstan ~3,000
    view.set_mission(make_mission())
    assert view.projection == KAZAKHSTAN
    view.fit_country()
    assert view.mapToScene(view.viewport().rect()).boundingRect().width() > 2500
