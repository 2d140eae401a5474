"""Team formation: observers into teams of the mission's size, with the mission's rules.

Hard rules: every observer not yet in a team joins exactly one; team sizes differ by at most
one; heads of mission and VIPs sit in the capital team(s); members are of different
nationalities whenever the roster allows it (otherwise the rule is relaxed to as few
same-nationality pairs as possible and the report says so, or -- with ``strict`` -- a
:class:`SettingsError` names the rule). Soft rules, in falling weight: a Russian or Kazakh
speaker in each team (else the team needs an interpreter), experienced with novice, mixed
gender, and ordinary observers kept out of the capital teams. Teams already in the mission are
kept as they are. A greedy start improved by exchanges between teams is proven optimal when
it reaches a lower bound (:func:`_lower_bound`); only otherwise does CP-SAT search (one worker,
fixed seed, deterministic time), and it stops at that bound. Deterministic throughout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from missionplanner import messages as m
from missionplanner.errors import SettingsError
from missionplanner.geo.countries import local_languages
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Gender, Mission, Observer, Role, Team

if TYPE_CHECKING:
    from ortools.sat.python import cp_model

NO_SPEAKER = say(m.NO_LOCAL_SPEAKER)
"""The rule's key; notes name the host country's languages (``no Russian or Kazakh speaker``)."""
UNKNOWN_NATIONALITY = ("not stated", "unknown", "n/a", "-", "?")
"""Nationalities that say nothing: such observers may pair with anyone."""
W_NATIONALITY, W_LANGUAGE, W_EXPERIENCE, W_GENDER, W_CAPITAL = 100, 10, 3, 2, 1
Rule = tuple[int, Callable[[Observer], bool]]
"""A soft rule: its weight, and whether an observer meets it."""


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
        notes.append(say(m.NATIONALITY_RELAXED))
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
        said = _no_speaker_words(local) if rule == NO_SPEAKER else rule
        notes.append(say(m.TEAMS_WITH_MORE, count=len(ids), rule=said, teams=", ".join(ids[:10]),
                         more=len(ids) - 10) if len(ids) > 10 else
                     say(m.TEAMS_WITH, count=len(ids), rule=said, teams=", ".join(ids)))
    if not local:
        notes.append(say(m.NO_PRESET, country=mission.host_country))
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
        raise SettingsError(say(e.NO_TEAMS_SATISFY))
    return groups


def _solve(pool: list[Observer], n: int, hard_nationality: bool,
           time_limit: float, speaks: Speaks) -> list[list[Observer]] | None:
    """Teams of ``pool``: the greedy start improved by exchanges, and CP-SAT only when that
    does not reach the lower bound (which proves it optimal)."""
    m = len(pool)
    heads = [i for i, o in enumerate(pool) if _is_head(o)]
    sizes, capital = min(((s, _capital_teams(s, len(heads))) for s in _sizes(m, n)),
                         key=lambda sc: (sc[1], sc[0]))
    rules = _rules(speaks)
    bound = _lower_bound(pool, sizes, len(heads), capital, hard_nationality, rules)
    hint = _swaps(pool, _greedy(pool, sizes, heads, capital, speaks), n, capital,
                  hard_nationality, bound, rules)
    start = [[pool[i] for i in range(m) if hint[i] == t] for t in range(n)]
    if _penalty(start, capital, speaks) <= bound:
        return start  # provably optimal (and so without a nationality clash when it is a rule)
    found = _cp_sat(pool, sizes, heads, capital, hard_nationality, hint, bound, time_limit,
                    speaks)
    if found is not None and _penalty(found, capital, speaks) <= _penalty(start, capital, speaks):
        return found
    # the search found nothing better within its limit: keep the start if it is valid
    mixed = all(len({o.nationality for o in g if _known(o)})
                == sum(1 for o in g if _known(o)) for g in start)
    return start if mixed or not hard_nationality else None


def _cp_sat(pool: list[Observer], sizes: list[int], heads: list[int], capital: int,
            hard_nationality: bool, hint: dict[int, int], bound: int,
            time_limit: float, speaks: Speaks) -> list[list[Observer]] | None:
    """The formation model on CP-SAT (one worker, fixed seed, deterministic time limit),
    hinted with ``hint``; it stops once it reaches ``bound``. None if it found nothing."""
    from ortools.sat.python import cp_model  # here: it imports pandas (~0.5 s at start-up)

    m, n = len(pool), len(sizes)
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
    for (i, t), var in x.items():
        model.add_hint(var, hint[i] == t)
    model.add(sum(penalties) >= bound)  # true, and lets CP-SAT stop once a plan reaches it
    model.minimize(sum(penalties))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 0
    solver.parameters.max_deterministic_time = time_limit
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return [[pool[i] for i in range(m) if solver.value(x[i, t])] for t in range(n)]


def _swaps(pool: list[Observer], start: dict[int, int], n: int, capital: int,
           hard_nationality: bool, bound: int, rules: list[Rule]) -> dict[int, int]:
    """``start`` improved by exchanging two members of two teams while that lowers the penalty
    (first improvement, in a fixed order: deterministic), until no exchange helps or the
    penalty reaches ``bound``. Heads stay in the capital teams; with the nationality rule hard,
    no exchange makes a same-nationality pair. The greedy start fills teams one observer at a
    time and can leave gender or experience unmatched late (10,000-station national mission:
    784 against a bound of 760); CP-SAT did not find better within its limit."""
    present = 0
    for bit, (_, test) in enumerate(rules):
        if any(test(o) for o in pool):
            present |= 1 << bit
    unmet = [sum(w for bit, (w, _) in enumerate(rules) if (present & ~mask) >> bit & 1)
             for mask in range(1 << len(rules))]
    masks = [sum(1 << bit for bit, (_, test) in enumerate(rules) if test(o)) for o in pool]
    nat = [o.nationality if _known(o) else None for o in pool]
    head = [_is_head(o) for o in pool]
    teams: list[list[int]] = [[] for _ in range(n)]
    for i in sorted(start):
        teams[start[i]].append(i)

    def cost(t: int, members: list[int]) -> int:
        mask = 0
        for i in members:
            mask |= masks[i]
        known = [nat[i] for i in members if nat[i] is not None]
        clashes = len(known) - len(set(known))
        if clashes and hard_nationality:
            return -1  # not allowed
        total = unmet[mask] + W_NATIONALITY * clashes
        if t < capital:
            total += W_CAPITAL * sum(1 for i in members if not head[i])
        return total

    pen = [cost(t, teams[t]) for t in range(n)]
    if min(pen, default=0) < 0:
        return start  # the start breaks the hard rule: the model decides
    total = sum(pen)
    improved = True
    while improved and total > bound:
        improved = False
        for a in range(n):
            for b in range(a + 1, n):
                swap = _best_swap(teams[a], teams[b], a, b, capital, head, cost)
                if swap is not None and swap[2] + swap[3] < pen[a] + pen[b]:
                    total += swap[2] + swap[3] - pen[a] - pen[b]
                    teams[a], teams[b], pen[a], pen[b] = swap
                    improved = True
    return {i: t for t, members in enumerate(teams) for i in members}


def _best_swap(team_a: list[int], team_b: list[int], a: int, b: int, capital: int,
               head: list[bool], cost: Callable[[int, list[int]], int]
               ) -> tuple[list[int], list[int], int, int] | None:
    """The exchange of one member of team ``a`` with one of team ``b`` with the least penalty
    (the first of equals): new teams and their penalties; None if no exchange is allowed."""
    best: tuple[list[int], list[int], int, int] | None = None
    for x, i in enumerate(team_a):
        if head[i] and b >= capital:
            continue
        for y, j in enumerate(team_b):
            if head[j] and a >= capital:
                continue
            new_a = [*team_a[:x], j, *team_a[x + 1:]]
            new_b = [*team_b[:y], i, *team_b[y + 1:]]
            ca, cb = cost(a, new_a), cost(b, new_b)
            if ca >= 0 and cb >= 0 and (best is None or ca + cb < best[2] + best[3]):
                best = (new_a, new_b, ca, cb)
    return best


def _lower_bound(pool: list[Observer], sizes: list[int], heads: int, capital: int,
                 hard_nationality: bool, rules: list[Rule]) -> int:
    """A bound no formation can beat: each soft rule is unmet in at least ``teams - k`` teams
    when only ``k`` observers can meet it, the capital teams' seats beyond the heads hold
    ordinary observers, and ``k`` observers of one nationality in ``n < k`` teams make at least
    ``k - n`` same-nationality extras. Reaching it proves a formation optimal: CP-SAT alone
    rarely proves that (it ran to its limit, 7-20 s, on formations the greedy start had
    already made optimal)."""
    n = len(sizes)
    total = W_CAPITAL * max(0, sum(sizes[:capital]) - heads)
    for weight, test in rules:
        count = sum(1 for o in pool if test(o))
        if count:
            total += weight * max(0, n - count)
    if not hard_nationality:
        counts: dict[str, int] = {}
        for o in filter(_known, pool):
            counts[o.nationality] = counts.get(o.nationality, 0) + 1
        total += W_NATIONALITY * sum(max(0, k - n) for k in counts.values())
    return total


def _rules(speaks: Speaks) -> list[Rule]:
    """The soft rules (weight, who meets it): a local speaker, an experienced member, each
    gender."""
    return [(W_LANGUAGE, speaks), (W_EXPERIENCE, lambda o: o.experienced),
            (W_GENDER, lambda o: o.gender is Gender.FEMALE),
            (W_GENDER, lambda o: o.gender is Gender.MALE)]


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
    rules = _rules(speaks)
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
    rules = _rules(speaks)
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
        notes.append(say(m.SAME_NATIONALITY))
    if speaks.languages and not any(speaks(o) for o in members):
        notes.append(NO_SPEAKER)
    if size > 1 and len(members) > 1:
        genders = {o.gender for o in members if o.gender is not None}
        if len(genders) == 1:
            notes.append(say(m.ONE_GENDER))
        if not any(o.experienced for o in members):
            notes.append(say(m.NO_EXPERIENCED))
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
    return say(e.NATIONALITY_CANNOT, count=count, nationality=big, teams=n)


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
    names = [say(m.LANGUAGE_NAMES[code]) if code in m.LANGUAGE_NAMES else code for code in
             sorted(languages, key=lambda c: (c != "ru", languages.index(c)))]
    words = names[-1]
    for name in reversed(names[:-1]):
        words = say(m.LANGUAGE_OR, first=name, rest=words)
    return say(m.NO_SPEAKER_OF, languages=words)


def _next_id(used: set[str]) -> str:
    k = 1
    while f"team-{k:02d}" in used:
        k += 1
    used.add(f"team-{k:02d}")
    return f"team-{k:02d}"
