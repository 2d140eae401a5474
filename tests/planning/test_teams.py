"""Team formation: sizes, nationalities, languages, heads together, kept teams, determinism."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from missionplanner.errors import SettingsError
from missionplanner.model import Gender, Mission, Observer, Role, Team
from missionplanner.planning import teams
from missionplanner.planning.teams import TeamFormation, form_teams
from tests.planning.conftest import make_planning_mission


def test_pairs_of_different_nationalities_with_a_local_speaker() -> None:
    """Ten observers of five nationalities form five mixed pairs, each with a Russian speaker."""
    mission = make_planning_mission(observers=10)
    result = form_teams(mission)
    new = [t for t in result.teams if t.id.startswith("team-")]
    assert len(new) == 5 and all(len(t.members) == 2 for t in new)
    by_id = {o.id: o for o in mission.observers}
    for team in new:
        members = [by_id[m] for m in team.members]
        assert len({o.nationality for o in members}) == 2
        assert any("ru" in o.languages for o in members)
    assert result.needs_interpreter == []
    assert sorted(m for t in result.teams for m in t.members) == sorted(by_id)


def test_team_size_one_puts_observers_alone_and_flags_interpreters() -> None:
    """SCO style: each observer alone; those without Russian or Kazakh need an interpreter."""
    mission = make_planning_mission(observers=4, team_size=1)
    mission = mission.model_copy(update={"teams": []})
    result = form_teams(mission)
    assert [len(t.members) for t in result.teams] == [1, 1, 1, 1]
    assert len(result.needs_interpreter) == 2


def test_heads_and_vips_share_the_capital_team() -> None:
    """Two heads and a VIP with pairs of size 2: they sit together in one team of three."""
    mission = make_planning_mission(observers=11)
    people = [o.model_copy(update={"role": Role.VIP}) if o.id in ("o03", "o07") else o
              for o in mission.observers]
    mission = mission.model_copy(update={"observers": people})
    result = form_teams(mission)
    team = next(t for t in result.teams if "o00" in t.members)
    assert {"o00", "o03", "o07"} <= set(team.members)


def test_kept_teams_are_kept_and_not_reformed() -> None:
    """A team in the mission keeps its members; its observers join no other team."""
    mission = make_planning_mission(observers=6)
    mission = mission.model_copy(update={"teams": [Team(id="t1", members=["o01", "o02"],
                                                       fixed=True)]})
    result = form_teams(mission)
    assert result.teams[0].members == ["o01", "o02"]
    others = [m for t in result.teams[1:] for m in t.members]
    assert "o01" not in others and len(others) == 4


def test_one_nationality_relaxes_or_names_the_rule() -> None:
    """All observers Russian: the rule is relaxed with a note, or strict names it."""
    mission = make_planning_mission(observers=4)
    people = [o.model_copy(update={"nationality": "Russia"}) for o in mission.observers]
    mission = mission.model_copy(update={"observers": people})
    result = form_teams(mission)
    assert any("different nationalities" in n for n in result.notes)
    with pytest.raises(SettingsError, match="different nationalities"):
        form_teams(mission, strict=True)


def test_formation_is_deterministic() -> None:
    """The same roster forms the same teams."""
    mission = make_planning_mission(observers=14)
    assert form_teams(mission).teams == form_teams(mission).teams


def test_odd_roster_makes_one_team_of_three() -> None:
    """Seven observers in pairs: two pairs and one team of three."""
    extra = [Observer(id=f"x{i}", name=f"X {i}", nationality=f"N{i}") for i in range(7)]
    mission = make_planning_mission(observers=1).model_copy(update={"observers": extra})
    sizes = sorted(len(t.members) for t in form_teams(mission).teams)
    assert sizes == [2, 2, 3]


def test_unstated_nationality_pairs_with_anyone() -> None:
    """Observers whose nationality is 'not stated' constrain nothing and raise no note."""
    mission = make_planning_mission(observers=6)
    people = [o.model_copy(update={"nationality": "not stated"}) for o in mission.observers]
    result = form_teams(mission.model_copy(update={"observers": people}))
    assert not any("nationalit" in n for n in result.notes)


def test_unmet_rules_are_summarised_per_rule() -> None:
    """One note per rule, listing the teams."""
    mission = make_planning_mission(observers=4, team_size=1)
    result = form_teams(mission.model_copy(update={"teams": []}))
    assert result.notes == [f"2 team(s) with no Russian or Kazakh speaker (an interpreter is "
                            f"needed): {', '.join(result.needs_interpreter)}"]


def _roster(n: int, seed: int, *, nationalities: int, speakers: float,
            experienced: float) -> list[Observer]:
    """``n`` observers (half women), seeded random nationality, gender, languages and
    experience; the first is the head of mission."""
    rng = np.random.default_rng(seed)
    genders = rng.permutation([Gender.FEMALE, Gender.MALE] * (n // 2))
    return [Observer(id=f"r{i:03d}", name=f"R {i}",
                     nationality=f"N{int(rng.integers(nationalities))}",
                     gender=genders[i],
                     languages=["ru"] if rng.random() < speakers else ["en"],
                     experienced=bool(rng.random() < experienced),
                     role=Role.HEAD if i == 0 else Role.OBSERVER)
            for i in range(n)]


SPEAKS = teams._speaker(("ru", "kk"))
"""Kazakhstan's local languages (the test missions' host country)."""


def _penalty_of(mission: Mission, result: TeamFormation) -> int:
    by_id = {o.id: o for o in mission.observers}
    return teams._penalty([[by_id[m] for m in t.members] for t in result.teams], 1, SPEAKS)


def _pairings(people: list[int]) -> Iterator[list[list[int]]]:
    """Every way to split ``people`` (an even number) into pairs."""
    if not people:
        yield []
        return
    first, rest = people[0], people[1:]
    for k, other in enumerate(rest):
        for tail in _pairings(rest[:k] + rest[k + 1:]):
            yield [[first, other], *tail]


@pytest.mark.parametrize("seed", range(12))
def test_formation_is_optimal_on_small_rosters(seed: int) -> None:
    """Eight observers in pairs: the formation's penalty is the best of all 105 pairings that
    keep the head in the capital team (the first) and nationalities apart when they can be."""
    people = _roster(8, seed, nationalities=4, speakers=0.4, experienced=0.4)
    mission = make_planning_mission(observers=1).model_copy(update={"observers": people})
    hard = not teams._nationality_impossible(people, 4)
    best = None
    for split in _pairings(list(range(8))):
        groups = [[people[i] for i in pair] for pair in split]
        groups.sort(key=lambda g: not any(teams._is_head(o) for o in g))  # head's team first
        if hard and any(a.nationality == b.nationality for a, b in groups):
            continue
        penalty = teams._penalty(groups, 1, SPEAKS)
        best = penalty if best is None else min(best, penalty)
    assert _penalty_of(mission, form_teams(mission)) == best


def test_large_formation_reaches_its_lower_bound_without_cp_sat(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """340 observers of 40 nationalities into 170 pairs: the greedy start misses the bound,
    exchanges between teams reach it, which proves the formation optimal: CP-SAT (which ran
    to its 10-unit limit, 20 s, on such rosters) is not needed."""
    people = _roster(340, 0, nationalities=40, speakers=0.3, experienced=0.5)
    mission = make_planning_mission(observers=1).model_copy(update={"observers": people})
    pool = sorted(people, key=lambda o: (not teams._is_head(o), o.id))
    sizes = [2] * 170
    greedy = teams._greedy(pool, sizes, [0], 1, SPEAKS)
    start = [[pool[i] for i in greedy if greedy[i] == t] for t in range(170)]
    bound = teams._lower_bound(pool, sizes, 1, 1, True, teams._rules(SPEAKS))
    assert teams._penalty(start, 1, SPEAKS) > bound  # the exchanges have work to do
    monkeypatch.setattr(teams, "_cp_sat", None)  # any call to CP-SAT fails
    result = form_teams(mission)
    assert _penalty_of(mission, result) == bound
