"""The coverage a mission reported: what a replay is measured against.

A statement's coverage figure is a :class:`~missionplanner.model.ReportedFact` whose topic
is ``stations_visited`` (or starts with it, e.g. ``stations_visited_election_day``) and whose
value is a whole number. The figure counts the mission's visits over its observation days.
"""

from __future__ import annotations

from dataclasses import dataclass

from missionplanner.model import Mission

COVERAGE_TOPIC = "stations_visited"


@dataclass(frozen=True)
class Claim:
    """One reported coverage figure, with where it comes from."""

    topic: str
    stations: int
    source: str
    quote: str | None = None


def coverage_claims(mission: Mission) -> list[Claim]:
    """Every reported coverage figure of ``mission``, in the order the file gives them."""
    out = []
    for fact in mission.reported:
        if not fact.topic.startswith(COVERAGE_TOPIC):
            continue
        value = fact.value
        if isinstance(value, str) and value.replace(",", "").strip().isdigit():
            value = int(value.replace(",", ""))
        if isinstance(value, int) and value > 0:
            out.append(Claim(fact.topic, value, fact.source, fact.quote))
    return out
