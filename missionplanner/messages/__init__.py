"""The domain's messages as templates, so that the interface can show them in its language.

Plans store their left-out reasons, notes and re-plan changes as English text (the file format
stays as it is). The domain makes each such text with :func:`say` from a :class:`Template` of
this registry; the interface (``ui/i18n/domain.py``) recognises which template a stored text
was made from, translates the template and fills the same fields in. ``make translations``
puts every template of :data:`TEMPLATES` into the ``DomainMessages`` context of the ``.ts``
files.

A field named in ``nested`` holds a message of its own (translated in turn: a text is shown
translated only when all its nested messages are known); other fields (names, numbers, dates,
lists) are shown as they are. Templates carry no format specs: the
caller formats times and dates, so that the text read back is the text filled in.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

TEMPLATES: list[Template] = []
"""Every template, in the order they are defined (``make translations`` reads them)."""


@dataclass(frozen=True)
class Template:
    """English text with named ``{fields}``."""

    text: str
    nested: tuple[str, ...] = ()
    note: str = ""
    """For the translator, where the text alone is ambiguous (also Qt's disambiguation)."""

    @property
    def fields(self) -> tuple[str, ...]:
        """The field names, in order of appearance."""
        return tuple(name for _, name, _, _ in string.Formatter().parse(self.text)
                     if name is not None)


def template(text: str, nested: tuple[str, ...] = (), note: str = "") -> Template:
    """A template, added to the registry."""
    made = Template(text, nested, note)
    assert all(n in made.fields for n in nested), text
    TEMPLATES.append(made)
    return made


def say(message: Template, /, **fields: object) -> str:
    """The English text of ``message`` with ``fields`` filled in (all of them, no more)."""
    if set(fields) != set(message.fields):
        raise TypeError(f"{message.text!r} takes {sorted(set(message.fields))}, "
                        f"got {sorted(fields)}")
    return message.text.format(**fields)


# -- why a must-cover station is left out (planning/left_out.py, planning/translate.py) ----
NO_TEAM = template("no team is deployed to {area}")
NO_TEAM_PART = template("no team is deployed to the part of {area}: the region's {count} "
                        "team(s) cover {areas}")
NO_TEAM_PART_AROUND = template("no team is deployed to the part of {area} around "
                               "{settlement}: the region's {count} team(s) cover {areas}")
NONE_OUT = template("none of the teams of {area} is out on {day}")
NOT_DRAWN = template("not drawn among the candidates: {area} has {flagged} flagged stations "
                     "and its {teams} team(s) {candidates} candidates")
NOT_AMONG = template("not among the candidates the plan drew (flagged since?)")
BY_SEARCH = template("left out by the route search")
CLOSED_AT = template("closed at {time} (re-plan)")
UNREACHABLE = template("cannot be reached and observed within the team's day")
NO_TEAM_MAY = template("no team may visit it")
NOT_WORTH = template("left for other stations: the teams' days are full")

# -- planner notes (planning/service.py, teams.py, area_day.py, translate.py) --------------
AREA_NOTE = template("{area} on {day}: {note}", nested=("note",))
CANCELLED = template("not planned (cancelled)")
NATIONALITY_RELAXED = template("rule 'members of different nationalities' relaxed: the "
                               "roster has too many observers of one nationality for the "
                               "number of teams")
TEAMS_WITH = template("{count} team(s) with {rule}: {teams}", nested=("rule",))
TEAMS_WITH_MORE = template("{count} team(s) with {rule}: {teams} and {more} more",
                           nested=("rule",))
SAME_NATIONALITY = template("two members of the same nationality")
NO_LOCAL_SPEAKER = template("no speaker of a local language (an interpreter is needed)")
NO_SPEAKER_OF = template("no {languages} speaker (an interpreter is needed)",
                         nested=("languages",))
LANGUAGE_OR = template("{first} or {rest}", nested=("first", "rest"),
                       note="languages, as in 'no Russian or Kazakh speaker'")
_IN_NOTE = "a language, as in 'no Russian speaker' (Russian: prepositional case, 'на русском')"
LANGUAGE_NAMES = {code: template(name, note=_IN_NOTE) for code, name in (
    ("ru", "Russian"), ("kk", "Kazakh"), ("ky", "Kyrgyz"), ("uz", "Uzbek"),
    ("az", "Azerbaijani"), ("tg", "Tajik"), ("tk", "Turkmen"), ("be", "Belarusian"),
    ("hy", "Armenian"), ("mn", "Mongolian"))}
"""The host countries' languages by code, as the notes name them."""
ONE_GENDER = template("one gender only")
NO_EXPERIENCED = template("no experienced member")
NO_PRESET = template("no country preset for {country}: teams are formed without the "
                     "local-language rule")
OPENING_LOST = template("team {team}: the opening at {station} can no longer be observed "
                        "(closed, taken, or out of reach)")
STAYS_OVERNIGHT = template("team {team}: no base within reach of an opening; stays "
                           "overnight in {place}")
NO_OPENING = template("team {team}: no station can be reached for the opening")
NO_COUNTING = template("team {team}: no station is left for closing and counting that lets "
                       "the team back before the shift ends")
COUNTING_CHANGE = template("team {team}: {what}; {then}", nested=("what", "then"))
COUNTING_CLOSED = template("station {station} is closed or taken")
COUNTING_LOST = template("its closing and counting at {station} can no longer be observed")
COUNTING_MOVED = template("closing and counting moved to {station}")
COUNTING_NONE = template("no other station is left for closing and counting")
NOT_RECORDED = template("the plan does not record what planning decided here (an older plan "
                        "file): homes and candidates derived again from the mission and its "
                        "seed")
SITE_UNPLANNED = template("{activity} at {station} could not be planned ({why}); it became "
                          "an ordinary option", nested=("activity", "why"))
ACTIVITIES = {name: template(name, note="what a team does at a station, as in 'opening at "
                                        "station 5 could not be planned'")
              for name in ("opening", "voting", "closing", "counting", "protocol",
                           "pre_election")}
"""The activities' names (``Activity`` values), as the notes write them."""
WHY = {name: template(name, note="why the route search could not plan a visit")
       for name in ("unreachable", "no team", "not worth", "no plan serves it")}
"""The route search's reasons (``solvers.Reason`` values), as the notes write them."""

# -- re-planning (planning/replanning.py, replan_scope.py, replan_changes.py, positions.py,
#    disruptions.py) ------------------------------------------------------------------------
REPLAN_OF = template("re-plan of {day} from {time}: {what}", nested=("what",))
REPLAN_AREAS = template("re-plan of {day} from {time}: areas {areas}")
NOTHING_CHANGES = template("{disruption}: no route needs it after {time}; nothing changes",
                           nested=("disruption",))
NO_TEAM_LEFT = template("no team is left to re-plan")
TRAVEL_ESTIMATED = template("travel times from {source} (the plan was made with estimated "
                            "ones)")
TRAVEL_DIFFERS = template("travel times from {source}, which differs from the table the plan "
                          "was made with ({file})")
DELAYED = template("team {team} delayed {minutes} min")
STATION_CLOSED = template("station {station} closed")
ROAD_CUT = template("road {a} – {b} cut (impassable)")
ROAD_SLOWER = template("road {a} – {b} cut (+{minutes} min)")
TEAM_LOST = template("team {team} lost")
TEAM_STOPS = template("team {team} stops at {time} ({how}); of its {remaining} remaining "
                      "stops, {taken} taken over by other teams", nested=("how",))
TEAM_STOPS_LIST = template("team {team} stops at {time} ({how}); of its {remaining} remaining "
                           "stops, {taken} taken over by other teams: {stations}",
                           nested=("how",))
TEAM_CHANGE = template("team {team}, {how} at {time}: {what}", nested=("how", "what"))
UNCHANGED = template("unchanged")
NEW_TIMES = template("same stops, new times")
STOPS_WAS = template("{count} stops (was {was})")
ADDED = template("{what}; added {stations}", nested=("what",))
DROPPED = template("{what}; dropped {stations}", nested=("what",))
BACK_AT = template("{what}; back at {time} (was {was})", nested=("what",))
AT_BASE = template("at its base")
STOPPED = template("stopped")
HOME = template("home")
ON_WAY_HOME = template("on its way home")
WAITING_AT = template("waiting at {station}")
CUT_SHORT = template("at {station}, cut short at now")
AT_STATION = template("at {station}")
ON_ROAD_TO = template("on the road to {station}")

# -- import problems (io/cells.py, import_rows.py, headers.py, region_names.py,
#    station_import.py, observer_import.py): the commonest; the others are still plain text --
VALUE_GOT = template("{message}, got {value}", nested=("message",))
GOT_VALUE = template("got {value}: {message}", nested=("message",))
EMPTY = template("empty: expected {what}", nested=("what",))
STATION_NUMBER = template("the station's number")
OBSERVER_NAME = template("the observer's name")
OBSERVER_COUNTRY = template("the observer's country")
A_NUMBER = template("expected a number")
A_DECIMAL = template("expected a number like 43.2567 or 43,2567")
A_WHOLE_NUMBER_LIKE = template("expected a whole number like 1234 or 1 234")
A_WHOLE_NUMBER = template("expected a whole number")
A_SENSIBLE_NUMBER = template("expected a whole number of a sensible size")
A_STATION_NUMBER = template("expected the station's number, a whole number like 101")
A_POSITIVE_NUMBER = template("expected a station number of 0 or more")
A_TIME = template("expected a time of day like 07:00")
A_DATE = template("expected a date like 2021-01-10 or 10.01.2021")
ONE_REGION = template("expected one region, but this name could be {names}")
KNOWN_REGION = template("expected one of the mission's regions: {regions}")
MISSING_COLUMN = template("missing required column {column} (expected {what}; headers "
                          "accepted: {headers})", nested=("what",))
DUPLICATE_STATION_ID = template("duplicate station id {id}: already on {where}",
                                nested=("where",))
DUPLICATE_NUMBER = template("duplicate station: number {number} of commission {commission} is "
                            "already on {where}", nested=("where",))
NUMBER_AGAIN = template("number {number} again in {region} (first on {where})",
                        nested=("where",))
ROW = template("row {row}")
ROW_OF_SHEET = template("row {row} of sheet {sheet}")
DUPLICATE_OBSERVER_ID = template("duplicate observer id {id}: already on row {row}")
NAMESAKE = template("{name} is also on row {row}: expected each observer once (add an ID "
                    "column to tell namesakes apart)")
A_FINITE_NUMBER = template("expected a finite number")
ONE_SEPARATOR = template("expected a number with one decimal separator")
CONTROL_CHARACTERS = template("expected plain text, found control characters ({codes})")
TOO_LONG = template("expected at most {most} characters, found {found}")
THE_REGION_OR_OPTION = template("the region (or give --region)")
HALF_COORDINATES = template("empty while the other coordinate is given: expected both or "
                            "neither")
REGION_DISAGREES = template("the row says {row}, but --region says {option}")
EXPECTED_ABROAD = template("expected abroad: the station is in region {region}")
NOT_ABROAD = template("expected regular or closed in region {region} (stations abroad belong "
                      "to the mission's abroad region)")
SAME_FIELD = template("gives the same field as column {column}: keep one of them (or rename "
                      "the other)")


# -- the package's other modules: their templates join the registry (order = .ts order) -------
from missionplanner.messages import app_errors, import_problems, validation  # noqa: E402

__all__ = ["TEMPLATES", "Template", "app_errors", "import_problems", "say", "template",
           "validation"]
