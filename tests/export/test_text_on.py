"""Numbers on team colours read on screen and on paper."""

from missionplanner.export.colours import team_colour, text_on


def test_dark_text_on_light_team_colours_white_on_dark() -> None:
    assert text_on("#b5cf6b") == "#1b1b1b"  # light olive
    assert text_on("#e7ba52") == "#1b1b1b"  # sand
    assert text_on("#1f77b4") == "#ffffff"
    assert text_on("#393b79") == "#ffffff"
    # every team colour gets one of the two
    assert {text_on(team_colour(i)) for i in range(200)} == {"#1b1b1b", "#ffffff"}
