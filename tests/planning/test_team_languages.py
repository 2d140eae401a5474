"""The local-language rule of team formation follows the host country's preset, never a
silent Kazakhstan: Azerbaijani in Azerbaijan, Russian or Kazakh in Kazakhstan, none without a
preset (said in a note)."""

from __future__ import annotations

from missionplanner.planning.teams import form_teams
from tests.planning.conftest import make_planning_mission


def test_kazakhstan_asks_for_russian_or_kazakh() -> None:
    """Observers speaking Russian meet the rule in Kazakhstan."""
    mission = make_planning_mission(observers=4, team_size=1).model_copy(update={"teams": []})
    result = form_teams(mission)
    assert len(result.needs_interpreter) == 2
    assert any("no Russian or Kazakh speaker" in n for n in result.notes)


def test_azerbaijan_asks_for_azerbaijani() -> None:
    """The same Russian speakers need an interpreter in Azerbaijan, and the note says which."""
    mission = make_planning_mission(observers=4, team_size=1).model_copy(
        update={"teams": [], "host_country": "Azerbaijan"}
    )
    result = form_teams(mission)
    assert len(result.needs_interpreter) == 4
    assert any("4 team(s) with no Azerbaijani speaker" in n for n in result.notes)


def test_no_preset_no_language_rule_and_a_note() -> None:
    """A country without a preset: no team is flagged, and a note says the rule is off."""
    mission = make_planning_mission(observers=4, team_size=1).model_copy(
        update={"teams": [], "host_country": "Narnia"}
    )
    result = form_teams(mission)
    assert result.needs_interpreter == []
    assert any("no country preset for Narnia" in n for n in result.notes)
