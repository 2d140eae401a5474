"""A latitude/longitude box around a country, also one that crosses the 180th meridian."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """A box of latitudes and longitudes; ``west > east`` means it crosses 180° (Russia)."""

    country: str
    south: float
    north: float
    west: float
    east: float

    def __contains__(self, point: tuple[float, float]) -> bool:
        lat, lon = point
        if not self.south <= lat <= self.north:
            return False
        if self.west <= self.east:
            return self.west <= lon <= self.east
        return lon >= self.west or lon <= self.east

    def describe(self) -> str:
        """``40.5–55.5 N, 46.5–87.4 E`` (west and east signed: ``19.4–-169.3 E`` crosses 180°)."""
        return f"{self.south:g}–{self.north:g} N, {self.west:g}–{self.east:g} E"
