"""Team formation on CP-SAT: observers into teams of the mission's size, with the mission's rules.

Hard rules: every observer not yet in a team joins exactly one; team sizes differ by at most
one; heads of mission and VIPs sit in the capital team(s); members are of different
nationalities whenever the roster allows it (otherwise the rule is relaxed to as few
same-nationality pairs as possible and the report says so, or -- with ``strict`` -- a
:class:`SettingsError` names the rule). Soft rules, in falling weight: a Russian or Kazakh
speaker in each team (else the team needs an interpreter), experienced with novice, mixed
gender, and ordinary observers kept out of the capital teams. Teams already in the mission are
kept as they are. The search is deterministic (one worker, fixed seed, deterministic time).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from missionplanner.errors import SettingsError
from missionplanner.geo.countries import local_languages
from missionplanner.model import Gender, Mission, Observer, Role, Team

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

NO_SPEAKER = "no speaker of a local language (an interpreter is needed)"
"""The rule's key; notes name the host country's languages (``no Russian or Kazakh speaker``)."""
UNKNOWN_NATIONALITY = ("not stated", "unknown", "n/a", "-", "?")
"""Nationalities that say nothing: such observers may pair with anyone."""
W_NATIONALITY, W_LANGUAGE, W_EXPERIENCE, W_GENDER, W_CAPITAL = 100, 10, 3, 2, 1


@dataclass(frozen=True)
class TeamFormation:
    """The mission's teams (kept ones first) and a line for every rule a team does not meet."""

    teams: list[Team]
    notes: list[str] = field(default_factory=list)
    needs_interpreter: list[str] = field(default_factory=list)
    """Ids of teams without a speaker of the host country's languages (its preset's)."""


def form_teams(mission: Mission, *, strict: bool = False,
               time_limit: float = 10.0) -> TeamFormation:
    """Form teams of ``settings.team_size`` from the observers not yet in a team."""
    kept = list(mission.teams)
    in_team = {m for t in kept for m in t.members}
    pool = sorted((o for o in mission.observers if o.id not in in_team),
                  key=lambda o: (not _is_head(o), o.id))
    local = local_languages(mission)
    speaks = _speaker(local)
    groups = _groups(pool, mission.settings.team_size, strict, time_limit, speaks) if pool else []
    notes: list[str] = []
    if pool and _nationality_impossible(pool, len(groups)):
        notes.append("rule 'members of different nationalities' relaxed: the roster has too "
                     "many observers of one nationality for the number of teams")
    used = {t.id for t in kept}
    new = []
    for members in groups:
        new.append(Team(id=_next_id(used), members=[o.id for o in members]))
    teams = kept + new
    by_id = {o.id: o for o in mission.observers}
    unmet: dict[str, list[str]] = {}
    for team in teams:
        members = [by_id[m] for m in team.members if m in by_id]
        for rule in _unmet(members, mission.settings.team_size, speaks):
            if rule != NO_SPEAKER or not team.interpreter:
                unmet.setdefault(rule, []).append(team.id)
    for rule, ids in unmet.items():
        shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
        said = _no_speaker_words(local) if rule == NO_SPEAKER else rule
        notes.append(f"{len(ids)} team(s) with {said}: {shown}")
    if not local:
        notes.append(f"no country preset for {mission.host_country}: teams are formed without "
                     "the local-language rule")
    return TeamFormation(teams, notes, unmet.get(NO_SPEAKER, []))


def _groups(pool: list[Observer], size: int, strict: bool,
            time_limit: float, speaks: Speaks) -> list[list[Observer]]:
    if size == 1:
        return [[o] for o in pool]
    n = max(1, len(pool) // size)
    hard = not _nationality_impossible(pool, n)
    if not hard and strict:
        raise SettingsError(_nationality_message(pool, n))
    groups = _solve(pool, n, hard, time_limit, speaks)
    if groups is None and hard:
        if strict:
            raise SettingsError(_nationality_message(pool, n))
        groups = _solve(pool, n, False, time_limit, speaks)
    if groups is None:
        raise SettingsError("no teams satisfy the hard rules (one team per observer, sizes "
                            "within one of each other, heads and VIPs in the capital teams)")
    return groups


def _solve(pool: list[Observer], n: int, hard_nationality: bool,
           time_limit: float, speaks: Speaks) -> list[list[Observer]] | None:
    from ortools.sat.python import cp_model  # here: it imports pandas (~0.5 s at start-up)

    m = len(pool)
    heads = [i for i, o in enumerate(pool) if _is_head(o)]
    sizes, capital = min(((s, _capital_teams(s, len(heads))) for s in _sizes(m, n)),
                         key=lambda sc: (sc[1], sc[0]))
    model = cp_model.CpModel()
    x = {(i, t): model.new_bool_var(f"x{i}_{t}") for i in range(m) for t in range(n)}
    penalties: list[cp_model.LinearExprT] = []
    for i in range(m):
        model.add_exactly_one(x[i, t] for t in range(n))
    nationalities = sorted({o.nationality for o in pool if _known(o)})
    for t in range(n):
        model.add(sum(x[i, t] for i in range(m)) == sizes[t])
        for nationality in nationalities:
            same = [x[i, t] for i in range(m) if pool[i].nationality == nationality]
            if len(same) < 2:
                continue
            if hard_nationality:
                model.add(sum(same) <= 1)
            else:
                excess = model.new_int_var(0, len(same), f"nat{t}_{nationality}")
                model.add(excess >= sum(same) - 1)
                penalties.append(W_NATIONALITY * excess)
        penalties += _soft(model, pool, x, t, m, speaks)
        if t < capital:
            penalties += [W_CAPITAL * x[i, t] for i in range(m) if i not in heads]
    for i in heads:
        model.add(sum(x[i, t] for t in range(capital)) == 1)
    hint = _greedy(pool, sizes, heads, capital, speaks)
    for (i, t), var in x.items():
        model.add_hint(var, hint[i] == t)
    model.minimize(sum(penalties))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 0
    solver.parameters.max_deterministic_time = time_limit
    status = solver.solve(model)
    start = [[pool[i] for i in range(m) if hint[i] == t] for t in range(n)]
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        found = [[pool[i] for i in range(m) if solver.value(x[i, t])] for t in range(n)]
        if _penalty(found, capital, speaks) <= _penalty(start, capital, speaks):
            return found
    # the search found nothing better within its limit: keep the greedy start if it is valid
    mixed = all(len({o.nationality for o in g if _known(o)})
                == sum(1 for o in g if _known(o)) for g in start)
    return start if mixed or not hard_nationality else None


def _sizes(m: int, n: int) -> list[list[int]]:
    """Team sizes within one of each other: larger teams last, or first (for the heads)."""
    lo, extra = divmod(m, n)
    last = [lo + (1 if t >= n - extra else 0) for t in range(n)]
    return [last, last[::-1]]


def _capital_teams(sizes: list[int], heads: int) -> int:
    """How many of the first teams the heads and VIPs fill."""
    return next(c for c in range(len(sizes) + 1) if sum(sizes[:c]) >= heads) if heads else 0


def _greedy(pool: list[Observer], sizes: list[int], heads: list[int],
            capital: int, speaks: Speaks) -> dict[int, int]:
    """A good start: heads in the capital teams, then the scarcest observers first (local
    speakers, the experienced), each to the team that gains most and has no one of their
    nationality."""
    left = list(sizes)
    members: list[list[Observer]] = [[] for _ in sizes]
    out: dict[int, int] = {}
    for i in heads:
        t = next(t for t in range(capital) if left[t] > 0)
        out[i], left[t] = t, left[t] - 1
        members[t].append(pool[i])
    rest = sorted((i for i in range(len(pool)) if i not in out),
                  key=lambda i: (not speaks(pool[i]), not pool[i].experienced, i))
    for i in rest:
        o = pool[i]

        def cost(t: int, o: Observer = o) -> tuple[int, int, int]:
            team = members[t]
            clash = _known(o) and any(p.nationality == o.nationality for p in team)
            gain = 0
            if speaks(o) and not any(speaks(p) for p in team):
                gain += W_LANGUAGE
            if o.experienced and not any(p.experienced for p in team):
                gain += W_EXPERIENCE
            if o.gender is not None and all(p.gender != o.gender for p in team):
                gain += W_GENDER
            if t < capital:
                gain -= W_CAPITAL
            return (W_NATIONALITY * clash - gain, -left[t], t)

        t = min((t for t in range(len(sizes)) if left[t] > 0), key=cost)
        out[i], left[t] = t, left[t] - 1
        members[t].append(o)
    return out


def _penalty(groups: list[list[Observer]], capital: int, speaks: Speaks) -> int:
    """The objective of the model, computed for given teams."""
    total = 0
    everyone = [o for g in groups for o in g]
    rules: list[tuple[int, Callable[[Observer], bool]]] = [
             (W_LANGUAGE, speaks), (W_EXPERIENCE, lambda o: o.experienced),
             (W_GENDER, lambda o: o.gender is Gender.FEMALE),
             (W_GENDER, lambda o: o.gender is Gender.MALE)]
    for t, g in enumerate(groups):
        known = [o.nationality for o in g if _known(o)]
        total += W_NATIONALITY * (len(known) - len(set(known)))
        total += sum(w for w, test in rules
                     if any(test(o) for o in everyone) and not any(test(o) for o in g))
        if t < capital:
            total += W_CAPITAL * sum(1 for o in g if not _is_head(o))
    return total


def _soft(model: cp_model.CpModel, pool: list[Observer], x: dict[tuple[int, int], cp_model.IntVar],
          t: int, m: int, speaks: Speaks) -> list[cp_model.LinearExprT]:
    """Penalty terms of one team: local language, experience, gender."""
    rules: list[tuple[int, Callable[[Observer], bool]]] = [
        (W_LANGUAGE, speaks),
        (W_EXPERIENCE, lambda o: o.experienced),
        (W_GENDER, lambda o: o.gender is Gender.FEMALE),
        (W_GENDER, lambda o: o.gender is Gender.MALE),
    ]
    out: list[cp_model.LinearExprT] = []
    for weight, test in rules:
        if not any(test(o) for o in pool):
            continue
        has = model.new_bool_var(f"has{t}_{len(out)}")
        model.add(has <= sum(x[i, t] for i in range(m) if test(pool[i])))
        out.append(weight * (1 - has))
    return out


def _unmet(members: list[Observer], size: int, speaks: Speaks) -> list[str]:
    notes = []
    nationalities = [o.nationality for o in members if _known(o)]
    if len(set(nationalities)) < len(nationalities):
        notes.append("two members of the same nationality")
    if speaks.languages and not any(speaks(o) for o in members):
        notes.append(NO_SPEAKER)
    if size > 1 and len(members) > 1:
        genders = {o.gender for o in members if o.gender is not None}
        if len(genders) == 1:
            notes.append("one gender only")
        if not any(o.experienced for o in members):
            notes.append("no experienced member")
    return notes


def _nationality_impossible(pool: list[Observer], n: int) -> bool:
    counts: dict[str, int] = {}
    for o in filter(_known, pool):
        counts[o.nationality] = counts.get(o.nationality, 0) + 1
    return max(counts.values(), default=0) > n


def _nationality_message(pool: list[Observer], n: int) -> str:
    counts: dict[str, int] = {}
    for o in filter(_known, pool):
        counts[o.nationality] = counts.get(o.nationality, 0) + 1
    big, count = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return (f"rule 'members of different nationalities' cannot hold: {count} observers are "
            f"from {big} but there are only {n} teams")


def _known(o: Observer) -> bool:
    return not o.nationality.casefold().startswith(UNKNOWN_NATIONALITY)


def _is_head(o: Observer) -> bool:
    return o.role in (Role.HEAD, Role.VIP)


@dataclass(frozen=True)
class Speaks:
    """Whether an observer speaks one of the host country's languages (its preset's)."""

    languages: frozenset[str]

    def __call__(self, o: Observer) -> bool:
        return any(lang in self.languages for lang in o.languages)


def _speaker(languages: tuple[str, ...]) -> Speaks:
    return Speaks(frozenset(languages))


def _no_speaker_words(languages: tuple[str, ...]) -> str:
    """``no Russian or Kazakh speaker (an interpreter is needed)``: Russian named first."""
    names = [_LANGUAGE_NAMES.get(code, code) for code in
             sorted(languages, key=lambda c: (c != "ru", languages.index(c)))]
    return f"no {' or '.join(names)} speaker (an interpreter is needed)"


_LANGUAGE_NAMES = {"ru": "Russian", "kk": "Kazakh", "ky": "Kyrgyz", "uz": "Uzbek",
                   "az": "Azerbaijani", "tg": "Tajik", "tk": "Turkmen", "be": "Belarusian",
                   "hy": "Armenian", "mn": "Mongolian"}


def _next_id(used: set[str]) -> str:
    k = 1
    while f"team-{k:02d}" in used:
        k += 1
    used.add(f"team-{k:02d}")
    return f"team-{k:02d}"
