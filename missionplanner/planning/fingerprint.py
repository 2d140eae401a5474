"""Is a plan still the plan of its mission? Its fingerprint against the mission as it is now.

A plan records :class:`~missionplanner.model.PlannedFrom` when it is made. When the mission
file changes afterwards in a way that matters (a visited station moved to another region, place
or hours; the observation days; a region's time zone; the settings; a base; the fixed teams),
:func:`mission_changes` names each change and :func:`check_unchanged` refuses the plan, so that
route sheets are never printed with times from another time zone or stations in another
region. Plain functions, no Qt: the desktop app uses them too.
"""

from __future__ import annotations

from missionplanner.errors import InputError, InputProblem
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Mission, Plan, PlannedFrom

SHOWN = 12
"""Changes listed in a message (the rest are counted)."""
IGNORED_SETTINGS = frozenset({"solver_seconds_per_area"})
"""Settings that change how long a search runs, not what a plan means."""


def fingerprint(mission: Mission, plan: Plan) -> PlannedFrom:
    """What ``plan`` depends on in ``mission``, to be stored in ``plan.planned_from``."""
    visited = {v.station for r in plan.routes for v in r.visits}
    bases = {t.base for t in plan.teams if t.base}
    return PlannedFrom(
        days=_days(mission),
        zones={r.id: r.tz for r in mission.regions},
        settings=_settings(mission),
        stations={k: v for k, v in _stations(mission).items() if k in visited},
        bases={k: v for k, v in _bases(mission).items() if k in bases},
        teams=_teams(mission),
    )


def with_fingerprint(mission: Mission, plan: Plan) -> Plan:
    """``plan`` with its fingerprint of ``mission`` recorded."""
    return plan.model_copy(update={"planned_from": fingerprint(mission, plan)})


def mission_changes(plan: Plan, mission: Mission) -> list[str]:
    """What changed in ``mission`` since ``plan`` was made, in words (empty: nothing that
    matters, or a plan too old to say)."""
    before = plan.planned_from
    if before is None:
        return []
    changes: list[str] = []
    days = _days(mission)
    for day, kind in before.days.items():
        if day not in days:
            changes.append(say(e.DAY_GONE, day=day, days=", ".join(sorted(days)) or "none"))
        elif days[day] != kind:
            changes.append(say(e.DAY_KIND, day=day, was=_words(kind), now=_words(days[day])))
    zones = {r.id: r.tz for r in mission.regions}
    for region, zone in before.zones.items():
        if region in zones and zones[region] != zone:
            changes.append(say(e.ZONE_CHANGED, region=region, was=zone, now=zones[region]))
    settings = _settings(mission)
    for name, value in before.settings.items():
        if settings.get(name) != value:  # a setting new since then is not in `before`
            changes.append(say(e.SETTING_CHANGED, name=name, was=value,
                               now=settings.get(name, "set")))
    changes += _compared("station", before.stations, _stations(mission),
                         ("region", "latitude", "longitude", "kind", "opening", "closing",
                          "time zone"))
    changes += _compared("base", before.bases, _bases(mission),
                         ("region", "latitude", "longitude"))
    if before.teams != _teams(mission):
        changes.append(say(e.FIXED_TEAMS_CHANGED))
    return changes


def check_unchanged(plan: Plan, mission: Mission, plan_file: str = "",
                    option: str = "--ignore-mission-changes") -> None:
    """Raise :class:`InputError` naming every change of ``mission`` that matters to ``plan``."""
    changes = mission_changes(plan, mission)
    if not changes:
        return
    problems = [InputProblem(change) for change in changes[:SHOWN]]
    if len(changes) > SHOWN:
        problems.append(InputProblem(say(e.MORE_CHANGES, count=len(changes) - SHOWN)))
    if plan_file:
        raise InputError(say(e.MISSION_CHANGED_FILE, plan=plan_file, option=option), problems)
    raise InputError(say(e.MISSION_CHANGED, option=option), problems)


def _compared(what: str, before: dict[str, str], now: dict[str, str],
              fields: tuple[str, ...]) -> list[str]:
    out = []
    for key, old in before.items():
        if key not in now:
            out.append(say(e.ITEM_GONE, what=say(e.ITEMS[what]), id=key))
            continue
        if now[key] == old:
            continue
        pairs = zip(fields, old.split("|"), now[key].split("|"), strict=False)
        moved = [(say(e.PROPERTIES[name]), a or "none", b or "none")
                 for name, a, b in pairs if a != b]
        values = {f"{part}{i}": value for i, change in enumerate(moved, 1)
                  for part, value in zip(("property", "was", "now"), change, strict=True)}
        if len(moved) in e.ITEM_CHANGES:
            out.append(say(e.ITEM_CHANGES[len(moved)], what=say(e.ITEMS[what]), id=key, **values))
        else:
            out.append(say(e.ITEM_CHANGED, what=say(e.ITEMS[what]), id=key,
                           how=", ".join(f"{name} {a} -> {b}" for name, a, b in moved)))
    return out


def _days(mission: Mission) -> dict[str, str]:
    return {d.date.isoformat(): d.kind.value for d in mission.observation_days}


def _settings(mission: Mission) -> dict[str, str]:
    out: dict[str, str] = {}

    def walk(prefix: str, value: object) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}{key}.", inner)
        else:
            out[prefix.rstrip(".")] = "none" if value is None else str(value)

    data = mission.settings.model_dump(mode="json")
    walk("", {k: v for k, v in data.items() if k not in IGNORED_SETTINGS})
    return out


def _stations(mission: Mission) -> dict[str, str]:
    return {s.id: "|".join([s.region, f"{s.lat:.6f}", f"{s.lon:.6f}", s.kind.value,
                            _clock(s.opens), _clock(s.closes), s.tz or ""])
            for s in mission.stations}


def _bases(mission: Mission) -> dict[str, str]:
    return {b.id: f"{b.region}|{b.lat:.6f}|{b.lon:.6f}" for b in mission.bases}


def _teams(mission: Mission) -> str:
    return ";".join(f"{t.id}:{'+'.join(t.members)}@{t.base or ''}" for t in mission.teams)


def _clock(moment: object) -> str:
    return "" if moment is None else f"{moment:%H:%M}"


def _words(kind: str) -> str:
    return say(e.DAY_KINDS[kind]) if kind in e.DAY_KINDS else kind.replace("_", " ")
