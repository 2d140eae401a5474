"""The one clock of planning: whole seconds since local midnight in an area's zone.

Every area-day problem, re-plan, hand edit and uncoordinated walk counts time this way; a
station in another zone (abroad) has its own wall-clock hours converted onto the area's clock.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

_SECOND = timedelta(seconds=1)


class DayClock:
    """One day in one zone: aware times to seconds since local midnight and back."""

    def __init__(self, day: date, zone: str | tzinfo) -> None:
        self.day = day
        self.zone: tzinfo = ZoneInfo(zone) if isinstance(zone, str) else zone
        self.midnight = datetime.combine(day, time(0), tzinfo=self.zone)
        self._walls: dict[tuple[str, time], int] = {}

    def secs(self, moment: datetime) -> int:
        """An aware ``moment`` in seconds since midnight (negative before it)."""
        return int((moment - self.midnight) / _SECOND)

    def wall(self, moment: time, zone: tzinfo | None = None) -> int:
        """Wall-clock ``moment`` of this day in ``zone`` (default: the clock's) in seconds."""
        tz = zone or self.zone
        key = (str(tz), moment)
        found = self._walls.get(key)
        if found is None:
            found = self._walls[key] = self.secs(datetime.combine(self.day, moment, tzinfo=tz))
        return found

    def at(self, seconds: int, zone: tzinfo | None = None) -> datetime:
        """``seconds`` since midnight as an aware time in ``zone`` (default: the clock's)."""
        return (self.midnight + timedelta(seconds=seconds)).astimezone(zone or self.zone)
