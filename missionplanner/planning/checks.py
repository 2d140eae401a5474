"""Settings that no plan can honour, found before planning, each named in words.

The mission file's own validation already refuses a visit longer than the polling hours; a
mission edited in code, a station with hours of its own, or office hours shorter than a
commission visit get through it, and the route search would then fail deep inside with a
time window that closes before it opens. :func:`check_settings` says so up front instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from missionplanner.errors import SettingsError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import DayKind, Mission

SHOWN = 10
"""Stations named in the message at most (the count says how many there are)."""


def check_settings(mission: Mission, days: Sequence[date] | None = None) -> None:
    """Raise :class:`SettingsError` naming every setting that makes visits impossible.

    ``days`` limits the check to the days to plan (office hours matter only on days before
    the election).
    """
    settings = mission.settings
    kinds = {d.kind for d in mission.observation_days if days is None or d.date in set(days)}
    problems: list[str] = []
    visit = settings.service_minutes_election_day
    if DayKind.ELECTION_DAY in kinds:
        polling = _minutes(settings.polling_closes) - _minutes(settings.polling_opens)
        if visit > polling:
            problems.append(say(e.VISIT_LONGER, visit=visit, polling=max(polling, 0),
                                hours=f"{settings.polling_opens:%H:%M}-"
                                      f"{settings.polling_closes:%H:%M}"))
        else:
            short = [s for s in mission.stations if (s.opens or s.closes) and visit > (
                _minutes(s.closes or settings.polling_closes)
                - _minutes(s.opens or settings.polling_opens))]
            if short:
                named = ", ".join(
                    f"{s.id} ({(s.opens or settings.polling_opens):%H:%M}-"
                    f"{(s.closes or settings.polling_closes):%H:%M})" for s in short[:SHOWN])
                if len(short) > SHOWN:
                    problems.append(say(e.STATIONS_SHORT_MORE, count=len(short), visit=visit,
                                        stations=named, more=len(short) - SHOWN))
                else:
                    problems.append(say(e.STATIONS_SHORT, count=len(short), visit=visit,
                                        stations=named))
    office_visit = settings.service_minutes_pre_election
    office = _minutes(settings.office_closes) - _minutes(settings.office_opens)
    if DayKind.PRE_ELECTION in kinds and office_visit > office:
        problems.append(say(e.OFFICE_VISIT_LONGER, visit=office_visit, office=max(office, 0),
                            hours=f"{settings.office_opens:%H:%M}-{settings.office_closes:%H:%M}"))
    if problems:
        raise SettingsError(say(e.CANNOT_PLAN_SETTINGS) + "\n"
                            + "\n".join(f"  - {p}" for p in problems))


def check_team_count(teams: int, stations: int) -> None:
    """Raise :class:`SettingsError` when there are more teams than stations to visit."""
    if teams > stations:
        raise SettingsError(say(e.TOO_MANY_TEAMS, teams=teams, stations=stations))


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute
