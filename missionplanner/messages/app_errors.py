"""Errors the app shows from the domain: opening and saving files, editing, settings,
planning, re-planning and exporting.

The command line prints them in English as they are; the app shows them through
``ui/i18n/errors.py``. Paths, ids, names and numbers are fields, filled in by the caller
(``repr`` where the English text quotes them).
"""

from __future__ import annotations

from missionplanner.messages import template
from missionplanner.messages.validation import FIELD

# -- generic: a place and what is wrong there (an OS error's file, a JSON path) ----------------
AT = FIELD
"""``{field}: {message}``: a file and why it cannot be written, a JSON path and its problem."""

_OS = "an operating system's reason a file cannot be read or written"
OS_REASONS = {text: template(text, note=_OS) for text in (
    "Permission denied", "No such file or directory", "No space left on device",
    "Read-only file system", "Is a directory", "Not a directory", "File exists",
    "Device or resource busy", "Disk quota exceeded", "File name too long",
    "Operation not permitted", "Too many levels of symbolic links", "Input/output error",
    "Directory not empty", "Invalid argument", "Text file busy")}
"""The commonest ``strerror`` texts (Linux, macOS) that the app may show."""

# -- reading files (unpacking.read_limited, io/json_files.py) ---------------------------------
SPECIAL_FILE = template("{path} is a device or another special file, not a file")
NO_SUCH_FILE = template("{path}: no such file")
IS_A_FOLDER = template("{path} is a folder, not a file")
CANNOT_READ = template("{path} cannot be read: {why}", nested=("why",))
TOO_BIG = template("{path} is bigger than {mb} MB, the limit for {what}", nested=("what",))
LIMITED = {what: template(what, note="as in 'bigger than 50 MB, the limit for ...'")
           for what in ("mission and plan files", "spreadsheets", "travel-time matrices")}
NOT_A_VALID_MISSION = template("{path} is not a valid mission file:")
NOT_A_VALID_FILE = {(what, end): template(f"{{path}} is not a valid {what} file ({{count}} "
                                          f"problem{end}):")
                    for what in ("mission", "plan") for end in ("", "s")}
"""By the file's kind and the English plural ending (``problem`` / ``problems``)."""
NOT_JSON = template("{path} is not JSON:")
NOT_VALID_JSON = template("{path} is not valid JSON:")
NOT_UTF8 = template("{path} is not UTF-8 text (byte {byte}); mission files are UTF-8 JSON")
TOO_DEEP = template("{path} is nested too deeply to be a mission or plan file")
HUGE_NUMBER = template("{path} is not a mission or plan file: it holds a number of thousands "
                       "of digits")
JSON_AT = template("{what} at line {line}, column {column}", nested=("what",))
_JSON = "the JSON reader's reason a file is not valid JSON"
JSON_REASONS = {text: template(text, note=_JSON) for text in (
    "Expecting value", "Expecting ',' delimiter", "Expecting ':' delimiter",
    "Expecting property name enclosed in double quotes", "Extra data",
    "Unterminated string starting at", "Invalid control character at", "Invalid \\escape",
    "Illegal trailing comma before end of object", "Illegal trailing comma before end of array")}
"""Python's ``json`` module's reasons (``JSONDecodeError.msg``)."""
NOT_AN_OBJECT = {what: template(f"{{path}}: a {what} file holds a JSON object {{braces}} at the "
                                "top", note="braces: {...}")
                 for what in ("mission", "plan")}
SCHEMA_NOT_WHOLE = template("{path}: schema_version must be a whole number, not {value}")
NEWER_SCHEMA = template("{path} was written by a newer Mission Planner (schema {version}; this "
                        "one reads up to {current}): update Mission Planner to open it")
SCHEMA_UNSUPPORTED = template("{path}: schema_version {version} is not supported")
NOT_STATED = template("missing: a mission states its host country and polling hours "
                      "(missionplanner new --country CODE takes them from a country preset)")

# -- a plan and its mission (io/mission_ref.py, planning/fingerprint.py) ---------------------
NO_MISSION_FILE = template("{plan} does not record its mission file (made before plans did): "
                           "give the mission file of {mission} as well")
MISSION_FILE_GONE = template("{plan} was made from the mission file {path}, which is not there "
                             "any more: give the mission file of {mission} as well")
MATRIX_GONE = template("{plan} was made with the travel-time table {path}, which is not there "
                       "any more: give it with --travel-matrix FILE")
OTHER_MISSION = template("the plan was made for mission {plan}, but the mission file is "
                         "{mission}: give the mission the plan was made for")
OTHER_MISSION_FILES = template("the plan ({plan_file}) was made for mission {plan}, but the "
                               "mission file ({mission_file}) is {mission}: give the mission "
                               "the plan was made for")
OTHER_MISSION_PLAN_FILE = template("the plan ({plan_file}) was made for mission {plan}, but the "
                                   "mission file is {mission}: give the mission the plan was "
                                   "made for")
OTHER_MISSION_FILE = template("the plan was made for mission {plan}, but the mission file "
                              "({mission_file}) is {mission}: give the mission the plan was "
                              "made for")
PLAN_DOES_NOT_MATCH = template("the plan does not match mission {mission} (edited since "
                               "planning?):")
ROUTE_UNKNOWN_STATION = template("route of team {team} on {day} visits station {station}, "
                                 "which the mission does not have")
TEAM_UNKNOWN_OBSERVER = template("team {team} lists observer {observer}, whom the mission does "
                                 "not have")
MISSION_CHANGED = template("the mission changed since the plan was made, in ways that move its "
                           "routes or times; plan it again (or re-plan), or add {option} to use "
                           "it as it is:")
MISSION_CHANGED_FILE = template("the mission changed since the plan {plan} was made, in ways "
                                "that move its routes or times; plan it again (or re-plan), or "
                                "add {option} to use it as it is:")
MORE_CHANGES = template("... and {count} more changes")
DAY_GONE = template("observation day {day} is no longer in the mission (its days are now "
                    "{days})")
DAY_KIND = template("observation day {day} was {was}, now {now}", nested=("was", "now"))
DAY_KINDS = {kind: template(kind.replace("_", " "), note="a kind of observation day")
             for kind in ("election_day", "pre_election")}
ZONE_CHANGED = template("region {region}'s time zone was {was}, now {now}")
SETTING_CHANGED = template("setting {name} was {was}, now {now}")
ITEM_GONE = template("{what} {id} is no longer in the mission", nested=("what",))
ITEM_CHANGED = template("{what} {id} changed: {how}", nested=("what",))
FIXED_TEAMS_CHANGED = template("the mission's fixed teams (members or bases) changed")

# -- writing files (io/atomic.py, io/outputs.py, io/folder_swap.py, io/locking.py) ----------
SPECIAL_KINDS = {kind: template(kind, note="what a path is instead of a file, as in 'x is a "
                                      "device, not a file'")
                 for kind in ("a folder", "a FIFO (named pipe)", "a device", "a socket",
                              "a special file", "a file")}
FILE_KINDS = {kind: template(kind, note="a kind of file, as in 'a workbook file is named *.xlsx' "
                                        "or 'holds ..., not a workbook'")
              for kind in ("mission", "plan", "workbook")}
FOUND_KINDS = {found: template(found, note="what a file holds, as in 'x holds an encrypted "
                                          "workbook, not a plan'")
               for found in ("something else", "an encrypted workbook", "a workbook",
                             "a mission", "a plan")}
FOLDER_FILES = {what: template(what, note="what a folder is for, as in 'x holds other files than "
                                         "route sheets'")
                for what in ("files", "team workbooks", "route sheets")}
NO_FOLDER = template("cannot write {path}: the folder {folder} does not exist")
SPECIAL_OUTPUT = template("{path} is {kind}, not a file: refusing to replace it; give a file "
                          "name", nested=("kind",))
READ_ONLY = template("{path} is read-only: make it writable first, or write elsewhere")
CANNOT_WRITE = template("cannot write {path}: {why}", nested=("why",))
CANNOT_WRITE_IN = template("cannot write {path}: {why} (in the folder {folder})",
                           nested=("why",))
IS_AN_INPUT = template("{label} {path} is the {other} {other_path}: refusing to overwrite an "
                       "input; choose another name")
INPUT_INSIDE = template("the {other} {other_path} is inside the folder {path} that {label} "
                        "replaces: choose another folder")
SAME_FILE = template("{first} and {second} are the same file ({first_path}, {second_path}): "
                     "give them different names")
FILE_IN_FOLDER = template("{label} {path} is inside the folder {folder} that {other} fills "
                          "with its own files: choose another place")
WRONG_EXTENSION = template("{label} {path}: a {kind} file is named *{wanted}, not *{suffix}",
                           nested=("kind",))
NO_EXTENSION = template("{label} {path}: a {kind} file is named *{wanted}, not * (no "
                        "extension)", nested=("kind",))
HOLDS_OTHER = template("{label} {path} holds {what}, not a {kind}: refusing to replace it; "
                       "choose another name", nested=("what", "kind"))
FOLDER_NOT_WRITABLE = template("cannot write {path}: the folder {folder} is not writable")
NOT_A_FOLDER_OUTPUT = template("{label} {path} is {kind}, not a folder", nested=("kind",))
PARENT_NOT_WRITABLE = template("{label} {path}: the folder {folder} is not writable")
CANNOT_CREATE_FOLDER = template("cannot create the folder {folder}: {why}", nested=("why",))
CANNOT_WRITE_IN_FOLDER = template("cannot write in {folder}: {why}", nested=("why",))
NOT_A_FOLDER = template("{path} is not a folder")
FOREIGN_FILES = template("{path} holds other files than {what} ({shown}): its content is "
                         "replaced as a whole, so choose an empty or new folder", nested=("what",))
FOREIGN_FILES_MORE = template("{path} holds other files than {what} ({shown} and {more} more): "
                              "its content is replaced as a whole, so choose an empty or new "
                              "folder", nested=("what",))
LOCKED = template("{path} is being changed by another program (its lock {lock} is held): try "
                  "again when it has finished")
LOCK_DENIED = template("{path} cannot be locked for writing: permission denied on {lock}")
LOCK_WAIT = template("{path} is being changed by another program; waiting up to {seconds} s "
                     "for it to finish")

# -- editing (missionplanner/editing.py) and the mission's references (model/mission.py) ------
ITEMS = {name: template(name, note="a kind of item of a mission, as in 'no station 'x' in the "
                                   "mission' or 'station x appears more than once'")
         for name in ("station", "observer", "team", "region", "base", "observation day")}
"""Singular names of a mission's lists (``edit_item``'s collections and the others)."""
NO_ITEM = template("no {what} {id} in the mission", nested=("what",))
ITEM_BY_ITEM = template("edit stations, observers, teams, regions and bases item by item")
NO_MISSION_FIELD = template("a mission has no field {field}")
NO_FIELD = template("{kind} has no field {field}")
TEAM_FIXED = template("a planned team's id and members are fixed: plan again to change them")
NOT_A_LIST = template("{collection} is not a list of the mission")
EXPECTED_KIND = template("expected a {kind}, not a {other}")
APPEARS_MORE = template("{what} {id} appears more than once", nested=("what",))
NUMBER_TWICE_COMMISSION = template("station number {number} appears twice in commission "
                                   "{name}")
NUMBER_TWICE_REGION = template("station number {number} appears twice in region {name}")
UNKNOWN_REGION = template("unknown region {region}")
UNKNOWN_MEMBER = template("team {team} lists unknown observer {observer}")
TWO_TEAMS = template("observer {observer} is in teams {first} and {second}")
UNKNOWN_BASE = template("unknown base {base}")
DAYS_ORDER = template("observation days must be in date order")

# -- the model's own checks (model/): pydantic shows them as "Value error, ..." ---------------
WITHIN_KM = template("within_km needs lat and lon, and lat and lon need within_km")
OPENS_BEFORE_CLOSES = template("opening time {opens} must be before closing time {closes}")
UNKNOWN_ZONE = template("unknown IANA time zone {name} (e.g. 'Asia/Almaty')")
POLLING_ORDER = template("polling opens at {opens}, after it closes at {closes}")
OFFICE_ORDER = template("offices open at {opens}, after they close at {closes}")
VISIT_TOO_LONG = template("a visit of {visit} min is longer than the {polling} min of polling "
                          "hours")
LUNCH_ORDER = template("lunch must be able to start: earliest is after latest")
VISIT_ORDER = template("visit to {station}: arrival {arrival}, start {start} and end {end} must "
                       "be in that order")
ARRIVES_BEFORE = template("team {team} on {day}: arrives at {after} before leaving {before}")
ROUTE_TWICE = template("route {route} appears twice")
VISITED_TWICE = template("station {station} is visited twice on {day}")

# -- settings that cannot be planned with (planning/checks.py, service.py, teams.py,
#    deployment.py, areas.py) ------------------------------------------------------------------
CANNOT_PLAN_SETTINGS = template("the mission cannot be planned with these settings:")
VISIT_LONGER = template("a visit of {visit} min (service_minutes_election_day) is longer than "
                        "the {polling} min of polling hours ({hours})")
STATIONS_SHORT = template("{count} station(s) are open for less than a visit of {visit} min: "
                          "{stations}")
STATIONS_SHORT_MORE = template("{count} station(s) are open for less than a visit of {visit} "
                               "min: {stations} and {more} more")
OFFICE_VISIT_LONGER = template("a commission visit of {visit} min "
                               "(service_minutes_pre_election) is longer than the {office} min "
                               "of office hours ({hours})")
TOO_MANY_TEAMS = template("{teams} teams for {stations} polling stations: there must be at "
                          "least one station per team (fewer observers, or a larger team size)")
NOT_OBSERVATION_DAYS = template("days {days} are not observation days of the mission")
NATIONALITY_CANNOT = template("rule 'members of different nationalities' cannot hold: {count} "
                              "observers are from {nationality} but there are only {teams} teams")
NO_TEAMS_SATISFY = template("no teams satisfy the hard rules (one team per observer, sizes "
                            "within one of each other, heads and VIPs in the capital teams)")
DEPLOY_BY = template("deployment is by 'voters' or 'stations', not {by}")
NO_STATIONS_TO_DEPLOY = template("the mission has no polling stations to deploy teams to")
MUST_COVER_TEAMS = template("{count} must-cover areas ({areas}) but only {teams} teams: each "
                            "must-cover area needs at least one team")
HEAD_NO_CAPITAL = template("team {team} has a head of mission or VIP, who stays in the capital, "
                           "but the mission has no Nur-Sultan stations")
TEAMS_NOT_FREE = template("{count} must-cover areas still need a team but only {free} teams are "
                          "free (others are fixed or kept in the capital)")
AREA_NO_STATIONS = template("team {team} is entered for area {area}, which has no stations")
DECLARED_EMPTY = template("declared area {area} ({region}) has no polling stations: no station "
                          "of the region has settlement {area}")
PLANNING_STOPPED = template("planning stopped on an unexpected error:")

# -- re-planning and hand edits of a plan (planning/replanning.py, disruptions.py,
#    replan_scope.py, insertion.py, edit_context.py, retime.py) -------------------------------
SAY_WHAT = template("say what happened: a delay, a closed station, a cut road or a lost team "
                    "(or which areas to re-plan)")
TIME_LIMIT = template("the time limit must be positive, not {limit}")
PLAN_FOR_OTHER = template("the plan was made for mission {plan}, not {mission}")
NOW_ZONE = template("now must be a wall-clock time or a datetime with its time zone")
NOT_A_DAY_OF = template("{day} is not an observation day of mission {mission}")
UNKNOWN_AREAS = template("unknown area(s) {areas} (the mission's areas: {known})")
GIVE_MATRIX = template("the plan was made with the travel-time table {path}: give it again "
                       "(read_travel_table, or --travel-matrix), or the re-plan would use "
                       "estimated travel times")
WHICH_DAY = template("the plan has days {days}: say which one to re-plan")
NO_ROUTES_ON = template("the plan has no routes on {day} (its days: {days})")
NO_ROUTES = template("the plan has no routes on {day}")
UNKNOWN_TEAM_OF = template("unknown team {team} (the plan's teams: {teams})")
NO_ROUTE_ON = template("team {team} has no route on {day}")
DELAY_RANGE = template("a delay is 1 to 1440 minutes, not {minutes}")
UNKNOWN_STATION = template("unknown station {station}: the mission has no such station")
UNKNOWN_STATIONS = template("unknown station(s) {stations}: the mission has no such station")
UNKNOWN_PLACE = template("unknown place {place} in the road cut: give station or base ids")
ROAD_ITSELF = template("a road joins two places, not {place} to itself")
SLOWER_ROAD = template("a slowed road takes some minutes more, not {minutes}")
TEAMS_NO_AREA = template("teams {teams} are deployed to areas the mission does not have "
                         "(edited since planning?)")
AFTER_THE_END = template("{now} is after the end of {day}: every route is over by {last}")
UNKNOWN_TEAM = template("unknown team {team}: the plan has no such team")
TEAM_AREA_GONE = template("team {team} is deployed to {area}, an area the mission does not "
                          "have (edited since planning?)")

# -- exporting (export/protect.py; the files themselves: see "writing files") ----------------
PASSWORD_EMPTY = template("the password is empty")
PASSWORD_NEEDS = template("--password needs the optional package msoffcrypto-tool: pip install "
                          "msoffcrypto-tool (or pip install 'missionplanner[export]')")
DECRYPT_NEEDS = template("reading encrypted workbooks needs msoffcrypto-tool")
EXPORT_STOPPED = template("the export stopped on an unexpected error:")

# -- a new mission (geo/countries.py) ---------------------------------------------------------
NO_PRESET_FOR = template("no country preset for {country}; presets: {known}")
TOO_MANY_POINTS = template("{count} points: travel matrices are built per area (at most {most})")
ONE_DAY = template("expected at least one observation day")
ELECTION_NOT_OBSERVED = template("the election day {day} is not one of the observation days")
