"""Mission settings: the numbers planning uses. Polling hours default to Kazakhstan's only for
missions built in code: a mission file must state them (``missionplanner new`` takes them from
the host country's preset).

Durations are whole minutes and speeds km/h so that a mission file reads naturally.
"""

from __future__ import annotations

from datetime import time

from pydantic import Field, model_validator

from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model._base import DomainModel


class TravelSettings(DomainModel):
    """Offline travel times: great-circle distance x circuity / speed + a per-stop overhead."""

    circuity: float = Field(default=1.35, ge=1.0, le=3.0)
    """Road distance over great-circle distance."""
    urban_speed_kmh: float = Field(default=25.0, ge=1, le=130)
    """Within a city or a settlement."""
    rural_speed_kmh: float = Field(default=50.0, ge=1, le=130)
    """Between settlements on regional roads."""
    highway_speed_kmh: float = Field(default=80.0, ge=1, le=130)
    """Long legs (longer than ``highway_from_km``)."""
    highway_from_km: float = Field(default=60.0, ge=0, le=10_000)
    """Legs at least this long use the highway speed."""
    urban_radius_km: float = Field(default=8.0, ge=0, le=1_000)
    """Legs shorter than this count as urban."""
    stop_overhead_minutes: int = Field(default=5, ge=0, le=120)
    """Parking and walking in, added to every leg that ends at a station."""
    approximate_margin_minutes: int = Field(default=15, ge=0, le=240)
    """Added to every leg to or from a station placed approximately (no coordinates in its
    list: it may lie anywhere in its settlement, ~15 minutes across a town at urban speed)."""


class LunchBreak(DomainModel):
    """A lunch break that starts within a window."""

    earliest: time = time(12, 0)
    """Lunch starts no earlier than this local time."""
    latest: time = time(14, 30)
    """Lunch starts no later than this local time."""
    minutes: int = Field(default=45, ge=0, le=180)
    """Length of the break."""


class MissionSettings(DomainModel):
    """How the mission plans: team size, polling hours, service times, travel, breaks."""

    team_size: int = Field(default=2, ge=1, le=6)
    """1 where observers go alone (the SCO's members did); 2 for international pairs."""
    polling_opens: time = time(7, 0)
    """Local time polling opens: the host country's (07:00 in Kazakhstan, 08:00 in Russia,
    Kyrgyzstan, Uzbekistan and Azerbaijan); a mission file must state it."""
    polling_closes: time = time(20, 0)
    """Local time polling closes (20:00; 19:00 in Azerbaijan); a mission file must state it."""
    arrive_before_opening_minutes: int = Field(default=30, ge=0, le=180)
    """Minutes a team is at its first station before opening, to observe the preparations."""
    service_minutes_election_day: int = Field(default=30, ge=1, le=600)
    """Minutes spent at each station on election day."""
    service_minutes_pre_election: int = Field(default=20, ge=1, le=600)
    """Minutes spent at each commission on a day before the election."""
    counting_minutes: int = Field(default=180, ge=0, le=900)
    """Closing and counting at the last station, from closing time."""
    protocol_trip: bool = False
    """Follow the protocol to the territorial commission after counting."""
    observe_opening: bool = True
    """Start the day with the opening at the first station."""
    observe_counting: bool = True
    """End the day with closing and counting at the last station."""
    office_opens: time = time(9, 0)
    """Commission office hours for pre-election visits."""
    office_closes: time = time(18, 0)
    """End of commission office hours."""
    day_starts: time = time(6, 0)
    """Earliest departure from the base."""
    lunch: LunchBreak | None = Field(default_factory=LunchBreak)
    """The lunch break; null for none."""
    travel: TravelSettings = Field(default_factory=TravelSettings)
    """How travel times are estimated."""
    declared_areas_only: bool = False
    """Deploy every team to the mission's declared areas (``Mission.declared_areas``), as the
    SCO and Turkic Council statements say their members observed; false: the declared areas
    get their must-cover team and the others go wherever voters are."""
    solver_seconds_per_area: float = Field(default=5.0, gt=0, le=3600)
    """Time limit of the route search for one area and day."""

    @model_validator(mode="after")
    def _hours_make_sense(self) -> MissionSettings:
        problems = []
        if self.polling_opens >= self.polling_closes:
            problems.append(say(e.POLLING_ORDER, opens=f"{self.polling_opens:%H:%M}",
                                closes=f"{self.polling_closes:%H:%M}"))
        if self.office_opens >= self.office_closes:
            problems.append(say(e.OFFICE_ORDER, opens=f"{self.office_opens:%H:%M}",
                                closes=f"{self.office_closes:%H:%M}"))
        polling_minutes = _minutes(self.polling_closes) - _minutes(self.polling_opens)
        if self.service_minutes_election_day > polling_minutes > 0:
            problems.append(say(e.VISIT_TOO_LONG, visit=self.service_minutes_election_day,
                                polling=polling_minutes))
        if self.lunch is not None and self.lunch.earliest > self.lunch.latest:
            problems.append(say(e.LUNCH_ORDER))
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute
