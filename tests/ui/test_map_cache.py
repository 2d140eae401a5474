"""The map's cached layers: a pan blits, a zoom stretches, and the zoom at rest is sharp."""

from __future__ import annotations

from missionplanner.model import Mission, Plan
from ui.views.map import MapView


def test_pan_blits_zoom_stretches_then_sharpens(qtbot, views_mission: Mission,
                                               views_plan: Plan) -> None:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.set_mission(views_mission)
    view.set_plan(views_plan)
    view.show()
    qtbot.waitExposed(view)
    view.fit_country()
    view.viewport().grab()
    layers = (view.basemap.cache, view.stations.cache)
    pictures = [c.pixmap for c in layers]
    assert all(p is not None for p in pictures)
    view.pan_pixels(60, 0)
    view.viewport().grab()
    assert [c.pixmap for c in layers] == pictures  # inside the margin: the same pictures
    before = view.scale()
    view.zoom(1.25)
    view.viewport().grab()
    assert [c.pixmap for c in layers] == pictures  # mid-zoom: stretched, not repainted
    assert all(c.key is not None and c.key[0] == round(before, 9) for c in layers)
    qtbot.waitUntil(lambda: not any(c.stretching for c in layers), timeout=2000)
    view.viewport().grab()
    assert all(c.key is not None and c.key[0] == round(view.scale(), 9) for c in layers)
    # new statuses (a new plan) repaint the dots even without a zoom
    stations_picture = view.stations.cache.pixmap
    view.set_plan(None)
    view.viewport().grab()
    assert view.stations.cache.pixmap is not stations_picture
