"""Import problems of station, observer, actuals, settlements and travel-time files,
as the import preview's Problem column and the app's error boxes show them.

Numbers are formatted by the caller (``f"{MAX_ROWS:,}"``); file names are given as the file
was named. A field listed in ``nested`` holds a message of its own.
"""

from __future__ import annotations

from missionplanner.messages import template

# -- reading a file (unpacking.py, table_files.py, csv_reading.py, xlsx_reading.py) -------
# (a missing, unreadable or too big file: ``app_errors``, as ``read_limited`` says it)
ZIP_ENTRIES = template("{file} holds {count} files inside its zip; the limit for a workbook "
                       "is {limit}")
UNPACKS_TO = template("{file} unpacks to {size} MB (its part {part} alone to {part_size} MB); "
                      "the limit for a workbook's uncompressed size is {limit} MB")
SHARED_STRINGS = template("{file} holds more than {limit} shared strings; the limit is "
                          "{limit} cells")
DAMAGED_ZIP = template("{file} is not a readable .xlsx workbook (a damaged zip file)")
NOT_READABLE = template("{file} is not a readable .xlsx workbook ({error})")
DAMAGED = template("{file} is a damaged .xlsx workbook ({error})")
EMPTY_FILE = template("{file} is empty: expected a spreadsheet (.xlsx) or a CSV file")
ENCRYPTED = template("{file} is a password-protected (encrypted) workbook: remove the password "
                     "in Excel (File > Info > Protect Workbook) and save it again; `actuals` "
                     "reads it with --password -")
OLD_EXCEL = template("{file} is an old Excel 97-2003 workbook (.xls) or another OLE file: open "
                     "it in Excel or LibreOffice and save it as .xlsx (or as CSV)")
NOT_ZIP = template("{file} is not an .xlsx workbook (it is not a zip archive)")
SHEET_CELLS = template("{file}, sheet {sheet}: more than {limit} filled cells; the limit for "
                       "one file is {limit} cells")
SHEET_ROWS = template("{file}, sheet {sheet}: more than {limit} rows; the limit is {limit} "
                      "rows")
SHEET_COLUMN = template("{file}, sheet {sheet}, row {row}: a cell in column {column}; the "
                        "limit is {limit} columns")
SHEET_TEXT = template("{file}, sheet {sheet}, row {row}, column {column}: {count} characters; "
                      "the limit for one cell's text is {limit} (Excel's own)")
NOT_TEXT = template("{file} cannot be read as text: {why}. Save it from Excel as .xlsx, or as "
                    "'CSV UTF-8' or plain CSV in a Russian or Kazakh Windows locale "
                    "(Windows-1251)", nested=("why",))
LIKE_UTF16 = template("it starts like UTF-16 but byte {byte} is not")
LIKE_UTF8 = template("it starts like UTF-8 but byte {byte} is not")
NUL_BYTES = template("it holds NUL bytes, so it is a binary file, not a CSV")
NOT_CP1251 = template("byte {byte} is not UTF-8, and byte {other} ({code}) is not Windows-1251 "
                      "either")
NOT_RUSSIAN = template("byte {byte} is not UTF-8, and read as Windows-1251 it is not Russian or "
                       "Kazakh text (another code page?)")
CSV_ROWS = template("{file} has more than {limit} rows; split it")
CSV_CELLS = template("{file}, line {line}: more than {limit} cells; the limit for one file is "
                     "{limit} cells")
CSV_INVALID = template("{file}, line {line}: not valid CSV ({error})")
CSV_COLUMNS = template("{file}, line {line}: {count} columns; the limit is {limit} columns")
CSV_TEXT = template("{file}, line {line}, column {column}: {count} characters; the limit for "
                    "one cell's text is {limit}")
READ_AS = template("read {file} as {encoding} text separated by {separator}")
READ_AS_TABS = template("read {file} as {encoding} text separated by tabs")

# -- sheets, headers and rows (import_rows.py) ------------------------------------------
NO_DATA = template("{file} has no data: every cell is empty")
IN_FIRST_ROWS = template("in its first rows", note="where a header row was looked for")
IN_ANY_SHEET = template("in the first rows of any sheet (sheets found: {sheets})")
_LISTS = {
    "polling station": ("a polling station list", "polling stations", "polling station"),
    "observer": ("an observer list", "observers", "observer"),
    "settlement": ("a settlement list", "settlements", "settlement"),
    "submission": ("a submission list", "submissions", "submission"),
}
NO_HEADER = {what: template(f"{{file}}: no header row of {a_list} {{where}}; expected a row "
                            "with the columns {columns}", nested=("where",))
             for what, (a_list, _, _) in _LISTS.items()}
"""By what a list holds (``polling station``, ``observer``, ``settlement``, ``submission``)."""
NOTHING_BELOW = {what: template(f"{{file}}: no {many} below the header ({{where}}); an "
                                f"untouched template? Fill in one row per {one} below the "
                                "header", nested=("where",))
                 for what, (_, many, one) in _LISTS.items()}
PROBLEMS = template("{file}: {count} problems; nothing was imported:")
ONE_PROBLEM = template("{file}: 1 problem; nothing was imported:")
HEADER_ON = template("header on row {row}")
SHEET_HEADER_ON = template("sheet {sheet}, header on row {row}")
LACKS_COLUMNS = template("{where}: skipped, its header lacks required columns",
                         nested=("where",))
NOTHING_UNDER = template("{where}: skipped, nothing below the header", nested=("where",))
NOT_IMPORTED = template("{where}: columns not imported: {columns}", nested=("where",))
REPEATED_HEADER = template("{where}: skipped the header repeated on {rows}",
                           nested=("where", "rows"))
TOTALS = template("{where}: skipped totals on {rows}", nested=("where", "rows"))
ROWS = template("rows {rows}")
ROWS_MORE = template("rows {rows} and {more} more")
FORMULA = template("holds a formula ({formula}), which is not evaluated on import: expected a "
                   "value (copy the column and paste values only)")

REQUIRED_COLUMNS = [template(what, note="what a required column holds, as in 'missing "
                                       "required column Number (expected ...)'") for what in (
    "the polling station's number (unique within its commission)",
    "the region (oblast or city of republican significance), in English, Russian or Kazakh",
    "full name", "country, in English or Russian (stored in English)",
    "decimal degrees north", "decimal degrees east",
    "the team's id", "the station's id", "arrival at the station")]
"""What the required columns hold (``Column.what`` as a missing column's problem says it;
the settlement's name is :data:`PLACE_NAME`)."""

# -- values (cells.py, station_import.py, observer_import.py, settlements_file.py) --------
URBAN_OR_RURAL = template("expected urban or rural")
STATION_KIND = template("expected regular, closed or abroad")
ROLE = template("expected observer, head, vip or staff")
GENDER = template("expected female or male (Ж/М)")
YES_OR_NO = template("expected yes or no")
WKT_POINT = template("expected a WKT point like POINT(76.9286 43.2567) (longitude latitude)")
VOTERS = template("expected a number of voters of 0 or more")
LANGUAGES = template("expected languages as ISO 639 codes (ru, kk, en, ro) or names (русский, "
                     "English, Romanian) separated by commas; {word} is not one")
DAYS = template("expected observation days of this mission ({days}); {wrong} is not one")
PLACE_NAME = template("the place's name")
LATITUDE = template("the latitude")
LONGITUDE = template("the longitude")
NO_REGIONS = template("expected one of the mission's regions, but the mission has no regions "
                      "yet: add them first")
REGION_OPTION = template("--region {name}: {message}", nested=("message",))

# -- stations (station_import.py, placement.py, geo/places.py, geo/bounds.py) ------------
MISSING_PAIR = template("missing required column {column}: the list gives {given} without it "
                        "(headers accepted: {headers}, ...)")
NO_COMMISSION_AGAIN = template(
    "number {number} appears again at row {row} (first on {where}) in {region}, and the list "
    "names no commission: is this a second region? Add a Region (or Commission) column, or "
    "import each region's list with --region", nested=("where",))
IN_MISSION = template("station {number} of commission {commission} is already in the mission "
                      "as station {other}: expected a new number, or that ID (in an ID column) "
                      "to replace it")
IN_MISSION_REGION = template("station {number} of region {region} is already in the mission as "
                             "station {other}: expected a new number, or that ID (in an ID "
                             "column) to replace it")
SWAPPED_ROWS = template("{count} of {total} rows look swapped: their latitude and longitude "
                        "fit the country the other way round. Import with --map \"{mapping}\"")
SWAPPED_GIS = template("{count} of {total} rows look swapped: their latitude and longitude "
                       "fit the country the other way round. X is read as the longitude and Y "
                       "as the latitude (as GIS tools write them); if X holds latitudes here "
                       "(the Russian surveying convention), import with --map \"{mapping}\"")
PLACED = template("{count} stations without coordinates placed at their settlement or city "
                  "centre and marked approximate (see each station's placed_by)")
ONE_PLACED = template("1 station without coordinates placed at its settlement or city centre "
                      "and marked approximate (see the station's placed_by)")
CANNOT_PLACE = template("cannot place the station: {why}", nested=("why",))
AMBIGUOUS = template("{count} {what} are called {name}: {places}; {hint}",
                     nested=("what", "hint"))
SETTLEMENTS = template("settlements", note="as in '3 settlements are called Kirovka'")
REGIONS = template("regions", note="as in '2 regions are called Almaty'")
CAPITALS = template("capitals", note="as in '2 capitals are called Victoria'")
GIVE_COORDINATES = template("give the coordinates", note="what to do when several places "
                                                        "share a name")
NAME_THE_REGION = template("name the region", note="what to do when several places share a "
                                                  "name")
NOTHING_TO_PLACE_BY = template("no coordinates and no settlement or address to place the "
                               "station by: expected Latitude and Longitude, or a Settlement "
                               "column")
UNKNOWN_SETTLEMENT = template("no coordinates, and {names} is not a settlement of {region} in "
                              "{table}: expected Latitude and Longitude, or a known settlement "
                              "(or give a settlements table)", nested=("table",))
PLACES_OF_TABLE = template("{count} places of the settlements table")
NO_TABLE = template("no settlements table for this country")
ABROAD_UNPLACED = template("no coordinates for a station abroad, and neither its settlement "
                          "nor its address names a capital or country: expected Latitude and "
                          "Longitude")
LOOK_SWAPPED = template("latitude and longitude look swapped: ({lat}, {lon}) is outside "
                        "{country}, ({lon}, {lat}) is inside; expected latitude {south}–{north} "
                        "and longitude {west}–{east}")
OUTSIDE = template("expected a place in {country} ({box}), got ({lat}, {lon}); stations abroad "
                   "belong to the mission's abroad region")

# -- the result of an import (spreadsheet_import.py, observer_import.py, plausibility) -----
FAILED = template("{file}: {count} problems; nothing was imported; the full list is in "
                  "{report} (--skip-bad-rows imports the good rows):")
FAILED_ONE = template("{file}: 1 problem; nothing was imported; the full list is in {report} "
                      "(--skip-bad-rows imports the good rows):")
FAILED_UNWRITTEN = template("{file}: {count} problems; nothing was imported; the full list "
                            "could not be written beside the file (--skip-bad-rows imports the "
                            "good rows):")
FAILED_ONE_UNWRITTEN = template("{file}: 1 problem; nothing was imported; the full list could "
                                "not be written beside the file (--skip-bad-rows imports the "
                                "good rows):")
SKIPPED = template("skipped {rows} rows with {problems} problems")
SKIPPED_ROW = template("skipped 1 row with {problems} problems")
SKIPPED_ONE = template("skipped 1 row with 1 problem")
LISTED_IN = template("{what}; every one is listed in {report}", nested=("what",))
NOT_VALID_MISSION = template("{file}: the mission would not be valid; nothing was imported:")
ADDED = {"station": template("{added} stations added, {replaced} replaced"),
         "observer": template("{added} observers added, {replaced} replaced")}
ONE_ADDED = {"station": template("1 station added, {replaced} replaced"),
             "observer": template("1 observer added, {replaced} replaced")}
UNKNOWN_NATIONALITIES = template("nationalities kept as written (not in the list of known "
                                 "countries): {names}")
WARNING_ROW = template("row {row}: {message}", nested=("message",))
WARNING_ROWS = template("rows {rows}: {message}", nested=("message",))
WARNING_ROWS_MORE = template("rows {rows} and {more} more: {message}", nested=("message",))
WARNING_SHEET_ROW = template("sheet {sheet}, row {row}: {message}", nested=("message",))
WARNING_SHEET_ROWS = template("sheet {sheet}, rows {rows}: {message}", nested=("message",))
WARNING_SHEET_ROWS_MORE = template("sheet {sheet}, rows {rows} and {more} more: {message}",
                                   nested=("message",))
"""A plausibility warning after the rows of its stations (each place a template of its own:
``row {row}`` alone would take the whole warning in as its row)."""
STACKED = template("one point ({lat}, {lon}) shared by {count} stations: a fallback point "
                   "rather than their buildings? Check their coordinates")
FAR = template("at {distance} km from the middle of {others} (their median distance is "
               "{typical} km): check its coordinates", nested=("others",))
"""(Warnings start with words, not a field: a field first would take in the rows before it.)"""
OTHERS_OF = template("the other stations of {name}")

# -- actuals (actuals/reading.py, matching.py, sheets.py, forms.py) ----------------------
ENCRYPTED_ACTUALS = template("{file} is a password-protected (encrypted) workbook: give its "
                             "password with --password - (or --password-file, --password-env)")
WRONG_PASSWORD = template("{file} cannot be decrypted with this password ({error})")
NO_VISIT_TIMES = template("{file}: no 'visited at' time is filled in; nothing to import")
AS_SUBMISSIONS = template("{file}: read as form submissions")
AS_ROUTE_SHEETS = template("{file}: read as route sheets")
NO_ROUTE = template("the plan has no route of team {team} on {day}")
FOUND = template("{message}, found {value}", nested=("message",))
ALREADY_REPORTED = template("visit {visit} of team {team} on {day} is already reported at "
                            "{time} ({where})", nested=("where",))
NOT_PLANNED = template("team {team} on {day} has no planned visit to station {station}: "
                       "actuals record planned visits only")
NOT_PLANNED_FOR = template("team {team} on {day} has no planned visit to station {station} "
                           "for {activity}: actuals record planned visits only",
                           nested=("activity",))
TIME_NOT_FORMULA = template("expected a time like 10:35, not a formula")
A_MOMENT = template("expected a time like 10:35 or 2019-06-09T10:35+06:00")
ON_DAY = template("expected a time on {day} (or the night after)")
NO_SUCH_VISIT = template("team {team} on {day} has {count} visits; there is no visit {order}")
OTHER_STATION = template("visit {order} of team {team} on {day} is station {station}, not "
                         "{reported} (rows re-numbered, or a sheet of another plan?)")
NAMES_NO_STATION = template("the row names no station (its Station ID and Station No. are "
                            "empty or their columns were deleted): a visit is matched by its "
                            "station, not by its row")
ONLY_NUMBER = template("the row gives only the station number {number}; give the mission file "
                       "to check it against, or keep the Station ID column")
OTHER_NUMBER = template("visit {order} of team {team} on {day} is station No. {expected} "
                        "({station}), not No. {number} (rows re-numbered, or a sheet of another "
                        "team?)")
OTHER_TEAM = template("the sheet says team {team}, but its stations are those of team "
                      "{owners} on {day} (was the Team cell changed?); nothing of it is "
                      "credited to either team")
OUT_OF_ORDER = template("visit {visit} of team {team} on {day} ({station}) is reported at "
                        "{time}, before visit {earlier} ({earlier_station}) at {earlier_time}: "
                        "times out of visiting order")
TEAM_ID_MISSING = template("expected the team's id right of the label")
RIGHT_OF_LABEL = template("{message} right of the label", nested=("message",))
ORDER_NOT_FORMULA = template("expected the visit's number, not a formula")
ORDER_MISSING = template("expected the visit's number (a time is filled in on a row without "
                         "one)")
EXPECTED_FOUND = template("expected {what}, found {found}", nested=("what", "found"))
THE_TEAM = template("the team", note="as in 'expected the team, found nothing'")
THE_STATION = template("the station", note="as in 'expected the station, found nothing'")
THE_VISIT_TIME = template("the visited at", note="the 'visited at' column, as in 'expected "
                                                  "the visited at, found nothing'")
A_FORMULA = template("a formula", note="as in 'expected the team, found a formula'")
NOTHING = template("nothing", note="as in 'expected the team, found nothing'")
AN_ACTIVITY = template("expected opening, voting, closing or pre_election, found {value}")
OBSERVATION_DAY = template("expected the observation day, found {value}")

# -- travel-time matrices (geo/matrix_file.py) ------------------------------------------
NO_COLUMN_FOR = template("no column for {place}")
NO_ROW_FOR = template("no row for {place}")
NOT_COVERED = template("{file}: the travel-time matrix does not cover the places")
MATRIX_EMPTY = template("{file}: the travel-time matrix is empty")
NO_ROWS = template("no rows")
TWO_COLUMNS = template("place {place} heads two columns")
TWO_ROWS = template("place {place} heads two rows")
NAMED_TWICE = template("{file}: the travel-time matrix names a place twice")
MINUTES = template("{a} -> {b}: expected minutes (a number >= 0), got {value}")
BAD_CELLS = template("{file}: the travel-time matrix has bad cells")
NO_FILE = template("the file does not exist")
CANNOT_BE_READ = template("{file}: cannot be read")
MATRIX_COLUMNS = template("{file}, row {row}: more than {limit} columns; the limit is {limit} "
                          "columns")
MATRIX_CELLS = template("{file}: more than {limit} cells; the limit for one file is {limit} "
                        "cells")
