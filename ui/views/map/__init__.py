"""The map view: stations, routes and outlines of the country."""

from ui.views.map.view import MapView
from ui.views.map.widget import MapWidget

__all__ = ["MapView", "MapWidget"]
