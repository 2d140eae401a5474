"""Travel between the places of one area-day: the estimate, a loaded table over it, cut roads.

One model for planning, re-planning and hand edits: the offline estimate
(:func:`missionplanner.geo.travel_matrix`, with the stop overhead on legs that end at a
station and a margin on legs to or from a station whose place is approximate), replaced by a
travel-time table (:class:`missionplanner.geo.TravelTable`) for every leg between two places
it names, then made slower or impassable where a road is cut. A leg between two places with
the same id takes no time (a team at a station's door is there).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

import solvers
from missionplanner.geo import TravelTable, travel_matrix
from missionplanner.model import Mission, TravelSettings
from missionplanner.planning.disruptions import RoadCut
from missionplanner.planning.places import Place

IMPASSABLE = solvers.HORIZON
"""Travel time of a cut road: longer than any shift, so no route takes it."""


class Travel:
    """Seconds between places, as the mission's settings, a table and cut roads make them."""

    @classmethod
    def of(cls, mission: Mission, table: TravelTable | None = None,
           cuts: Sequence[RoadCut] = ()) -> Travel:
        """The travel of ``mission`` (its settings, its approximately placed stations)."""
        return cls(mission.settings.travel, table, cuts,
                   frozenset(s.id for s in mission.stations if s.approximate))

    def __init__(self, settings: TravelSettings, table: TravelTable | None = None,
                 cuts: Sequence[RoadCut] = (), approximate: frozenset[str] = frozenset()) -> None:
        self.settings, self.table, self.cuts = settings, table, tuple(cuts)
        self.approximate = approximate
        """Stations placed at their settlement: legs to or from them carry a margin."""

    def matrix(self, places: Sequence[Place]) -> np.ndarray:
        """Whole seconds from each place to each other."""
        stops = np.array([p.stop for p in places], dtype=bool)
        ids = [p.id for p in places]
        out = travel_matrix([(p.lat, p.lon) for p in places], self.settings, stops,
                            [p in self.approximate for p in ids] if self.approximate else None)
        if self.table is not None:
            overhead = np.where(stops, 60 * self.settings.stop_overhead_minutes, 0)
            out = self.table.overlay(ids, out, overhead)
        where: dict[str, list[int]] = {}
        for i, place in enumerate(ids):
            if place is not None:
                where.setdefault(place, []).append(i)
        for same in where.values():
            if len(same) > 1:
                out[np.ix_(same, same)] = 0
        for cut in self.cuts:
            a, b = where.get(cut.a, []), where.get(cut.b, [])
            for one, two in ((a, b), (b, a)):
                if one and two:
                    block = np.ix_(one, two)
                    out[block] = (IMPASSABLE if cut.extra_minutes is None
                                  else out[block] + 60 * cut.extra_minutes)
        return out

    def leg(self, start: Place, end: Place) -> int:
        """Seconds from ``start`` to ``end``."""
        return int(self.matrix([start, end])[0, 1])

    def uses_table(self, places: Sequence[Place]) -> bool:
        """Whether the table gives the time of some leg between ``places``."""
        if self.table is None:
            return False
        known = set(self.table.ids)
        return sum(1 for p in places if p.id is not None and p.id in known) >= 2
