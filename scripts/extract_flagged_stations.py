"""Polling stations named by number in the source reports -> sample_missions/sources/*.csv

flagged_stations_2019.csv: every mention, by number, of a polling station in the civic
analytical report on the 2019 election (shared/reports/003_343d4cbf5552eb43.txt), one row
per station and irregularity. `detail` is a verbatim quote from the report; this script
checks that every quote occurs in the report text and fails otherwise. `line` is the line
of the report file where the quote starts (1-based).

reported_stations.csv: stations for which a report states the number of registered voters.
None of the four other reports (000, 001, 002, 004) names any polling station by number;
the only station with a voter count is Almaty No. 360 in the civic report (footnote 2).

region: our id from missionplanner/data/kz_regions.csv. region_basis says why:
  stated      - the report names the region or a city of republican significance
  capital     - the report names the region's admin centre (Aktobe, Atyrau, Kyzylorda, Taraz,
                Uralsk)
  geonames    - the report names a settlement; its region from kz_settlements.csv (GeoNames)
  abroad      - the report names a foreign city
  (empty)     - the report gives no place, or an ambiguous one: region left empty

Usage:  .venv/bin/python scripts/extract_flagged_stations.py
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_common as common

SRC = "003_343d4cbf5552eb43.txt"
OUT = common.REPO / "sample_missions" / "sources"

# number, city (as the report spells it), region, region_basis, irregularity, section,
# footnote, quote (verbatim), note
S = [
    ("360", "Almaty", "almaty-city", "stated", "insufficient ballots",
     "Election administration", "2",
     "the number of ballots in the polling station No. 360 in Almaty was 1% less than the "
     "voters in the list (2374 voters in the list, and 2202 ballots received)",
     "The report's own figures give 172 ballots (7.2%) fewer than voters, not 1%."),
    ("312", "Kandyagash", "aktobe", "stated", "ballot secrecy not ensured",
     "Election administration", "2",
     "At the polling station No.312 in Aktobe Region, Kandyagash, the ballot booths did not "
     "provide a secret ballot, since there was access from one booth to another.", ""),
    ("425", "Moscow", "abroad", "abroad", "no control of repeat voting",
     "Voter registration, voter lists and absentee certificates", "",
     "in polling station number 425 in Moscow (Russia) there was no control system for "
     "repeated voting", "Main text, no footnote. Station abroad (Russia)."),
    ("216", "Nur-Sultan", "nur-sultan", "stated", "observers not admitted",
     "Election day / Opening", "3",
     "Investigative isolator, polling station No.216 in Nur-Sultan",
     "Footnote to: 'There were cases of non-admission of observers to polling stations "
     "located in the territory of regime facilities'."),
    ("239", "", "akmola", "stated", "observers not admitted",
     "Election day / Opening", "3",
     "Investigative isolator of the National Security Committee, polling station No.239 in "
     "Akmola Region.",
     "Footnote to the non-admission of observers at regime facilities. The same footnote "
     "then names a No. 239 in Karazhal (Karaganda Region per GeoNames); the report does not "
     "say whether these are one station."),
    ("239", "Karazhal", "karaganda", "geonames", "restricted observers",
     "Election day / Opening", "3",
     "At the polling station No.239 in Karazhal members of the electoral commission had "
     "cavils to the orthography in the referral to observation.",
     "Report gives no region; Karazhal (GeoNames 'Qarazhal') lies in Karaganda Region "
     "(Ulytau Region since 2022)."),
    ("124", "Almaty", "almaty-city", "stated", "voting before opening",
     "Election day / Opening", "",
     "At the polling station No. 124 in Almaty, voting at a closed polling station began at "
     "5:45 before it was officially opened.", "Main text. A closed station (regime facility)."),
    ("88", "Nur Sultan", "nur-sultan", "stated", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "at polling station No. 88 in Nur Sultan, the movement of observers throughout the "
     "polling station was restricted.", ""),
    ("312", "Kandygash", "aktobe", "stated", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "At polling station No.312 in Aktobe Region, Kandygash, the ballot booth was located in "
     "such a way that if the voters crowd at the ballot booths, the ballot box falls out of "
     "sight of the observers.", "Spelt 'Kandygash' here, 'Kandyagash' in footnote 2."),
    ("310", "Kandygash", "aktobe", "stated", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "Observers were forbidden to move throughout the station at polling station No.310 in "
     "Aktobe Region, Kandygash.", ""),
    ("529", "Aktobe", "aktobe", "capital", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "At polling station No.529 in Aktobe, observers were sat at a distance from which it was "
     "not possible to observe, at the observer's comment, the police officer was called and "
     "the statement was drawn up for the observer", ""),
    ("51", "Aktobe", "aktobe", "capital", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "At polling station No. 51 in Aktobe, the ballot box was at a distance, making it "
     "difficult to follow the observation.", ""),
    ("62", "Aktobe", "aktobe", "capital", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "At polling station No. 62 in Aktobe, observers were prohibited from filming.", ""),
    ("252", "Atyrau", "atyrau", "capital", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "At polling station No. 252 in Atyrau, the chairman of the polling station did not allow "
     "the attorney of the candidate Amirzhan Kosanov to observation.",
     "A candidate's proxy was refused."),
    ("124", "Almaty", "almaty-city", "stated", "restricted observers",
     "Voting / Violations of observers' rights", "4",
     "At Polling station No. 124 in Almaty, the observer was prohibited from filming, "
     "referring to the fact that the station is located in the territory of the regime "
     "facility.", ""),
    ("368", "", "", "", "unauthorized persons present",
     "Voting / Presence of unauthorized persons on a station", "6",
     "Workers of the organization on whose territory station No. 368 is located, constantly "
     "entered to the election station.", "No city given."),
    ("203", "Almaty", "almaty-city", "stated", "voter mobilization",
     "Voting / Mobilization or delivery of voters", "7",
     "In Almaty, at polling station No. 203 students voted in the number of 90-100 persons.",
     "Footnote to: 'at some polling stations, the number of voters before 7:30 already "
     "reached about 100 persons'."),
    ("203", "Almaty", "almaty-city", "stated", "family voting",
     "Voting / Family voting", "",
     "At election station No. 203 in Almaty, the observers recorded the repeated facts of the "
     "presence of more than one person in the booth for secret voting at 17:10.",
     "Main text, no footnote: more than one person in the booth, at 17:10."),
    ("126", "Esik", "almaty", "geonames", "voter mobilization",
     "Voting / Mobilization or delivery of voters", "7",
     "In the morning a large crowd of voters came to the polling station No. 126 in Esik who "
     "were not on the lists.", "Report gives no region; Esik lies in Almaty Region (GeoNames)."),
    ("447", "Almaty", "almaty-city", "stated", "bused voters",
     "Voting / Mobilization or delivery of voters", "7",
     "A group of people was brought by bus to the polling station No. 447 in Almaty for "
     "voting in the city, voters were actually registered in the region.", ""),
    ("55", "Almaty", "almaty-city", "stated", "voter mobilization",
     "Voting / Mobilization or delivery of voters", "7",
     "At the polling station No. 55 in Almaty, crowds of students came to only one electoral "
     "commission.", ""),
    ("92", "Nur Sultan", "nur-sultan", "stated", "voter mobilization",
     "Voting / Mobilization or delivery of voters", "7",
     "In Nur Sultan, voters living at the intersection of Pushkina and Kenesary Streets were "
     "taken to the polling station No. 92 although these streets do not belong to it.",
     "Voters from outside the precinct brought in."),
    ("374", "Almaty", "almaty-city", "stated", "voter control",
     "Voting / Mobilization or delivery of voters", "8",
     "As it was at the polling station No.374 in Almaty",
     "Footnote to: representatives of budget structures took pictures with a ballot or at the "
     "station 'for a report to the employer'."),
    ("379", "", "", "", "voter control",
     "Voting / Mobilization or delivery of voters", "8",
     "at the polling station No.379, a man came and declared that he was obliged to control "
     "how students voted.",
     "No city given (same sentence as No. 374 in Almaty; the report does not say No. 379 is "
     "in Almaty)."),
    ("118", "Nur Sultan", "nur-sultan", "stated", "same-day registration",
     "Voting / Manipulations with temporary residence", "9",
     "In Nur Sultan at the polling stations No. 118 and No. 119, voters were temporarily "
     "registered in the mini CSC and the right to vote was obtained by them. Moreover, when "
     "they voted the member of the commission did not write down their address",
     "'At 8:00 there were 35 such persons at the polling station No.118.' Double-voting risk."),
    ("119", "Nur Sultan", "nur-sultan", "stated", "same-day registration",
     "Voting / Manipulations with temporary residence", "9",
     "In Nur Sultan at the polling stations No. 118 and No. 119, voters were temporarily "
     "registered in the mini CSC and the right to vote was obtained by them.",
     "Double-voting risk."),
    ("248", "Almaty", "almaty-city", "stated", "voters wrongly refused",
     "Voting / Manipulations with temporary residence", "10",
     "In Almaty, at the polling station No. 248, voters were not allowed to vote with a "
     "normal temporary residence permit, they demanded an absentee certificate", ""),
    ("88", "Nur Sultan", "nur-sultan", "stated", "voting without registration documents",
     "Voting / Manipulations with temporary residence", "11",
     "at the polling station No. 88 in Nur Sultan, voters were introduced without an address "
     "certificate.", ""),
    ("169", "Zachagansk Uralsk", "west-kazakhstan", "capital",
     "voting without registration documents",
     "Voting / Manipulations with temporary residence", "11",
     "At the polling station No. 169 in Zachagansk Uralsk, ballots were issued to voters "
     "without a residence permit",
     "Uralsk (Oral) is the admin centre of West Kazakhstan Region; Zachagansk is not in "
     "kz_settlements.csv."),
    ("21", "Nur Sultan", "nur-sultan", "stated", "voting without registration documents",
     "Voting / Manipulations with temporary residence", "11",
     "At the polling station No. 21 in Nur Sultan, a voter was registered without the "
     "residence registration and the ballot was issued to him", ""),
    ("200", "Nur Sultan", "nur-sultan", "stated", "multiple ballots issued",
     "Voting / Procedure for ballot issue", "12",
     "At the polling station No.200 in Nur Sultan, the second ballot was given to vote under "
     "the power of attorney.", ""),
    ("90", "Kyzylorda", "kyzylorda", "capital", "multiple ballots issued",
     "Voting / Procedure for ballot issue", "12",
     "In Kyzylorda, at station No. 90 more than one ballot was issued to a person.", ""),
    ("862", "Kyzyl Kayrat", "", "", "multiple ballots issued",
     "Voting / Procedure for ballot issue", "12",
     "At station No.862 in Kyzyl Kayrat, two ballots were issued to a person.",
     "Report gives no region and Kyzyl Kayrat is not in kz_settlements.csv: region left empty."),
    ("524", "Almaty", "", "", "multiple ballots issued",
     "Voting / Procedure for ballot issue", "12",
     "Station No. 524, Almaty, Aktobe Region, the chairman of the commission issued 4 ballots "
     "to the voter.",
     "Location ambiguous as written ('Almaty, Aktobe Region'): region left empty."),
    ("862", "", "", "", "ballot stuffing",
     "Voting / Ballot box stuffing", "13",
     "At the polling station No. 862, stuffing.",
     "No city given; footnote 12 names a No. 862 in Kyzyl Kayrat."),
    ("184", "", "", "", "ballot stuffing (attempt)",
     "Voting / Ballot box stuffing", "13",
     "At the polling station No. 184 the stuffing was prevented from.", "No city given."),
    ("40", "Astana", "nur-sultan", "stated", "pre-marked ballots",
     "Voting / Ballot box stuffing", "13",
     "At the polling station No.40 in Astana, the packs of ballots were found marked for "
     "Tokayev.", "Astana = Nur-Sultan."),
    ("90", "Kumshagal", "zhambyl", "stated", "ballot stuffing",
     "Voting / Ballot box stuffing", "13",
     "At the polling station No. 90 in Kumshagal, Zhambyl Region",
     "The sentence ends there: listed in the ballot-stuffing footnote without detail."),
    ("51", "Nur Sultan", "nur-sultan", "stated", "pre-marked ballots",
     "Voting / Ballot box stuffing", "14",
     "At the polling station No.51 in Nur Sultan.",
     "Footnote to: 'At some polling stations, there were pre-marked ballots found ready for "
     "stuffing'."),
    ("155", "Besagash", "zhambyl", "stated", "ballot stuffing",
     "Voting / Ballot box stuffing", "14",
     "On the polling station No. 155 in Besagash, before the opening of the ballot box, the "
     "members of the electoral commission stocked up with ballots that were thrown at the "
     "time of opening the ballot box.",
     "Region from footnotes 18 and 19 ('Besagash, Zhambyl Region')."),
    ("541", "Almaty", "almaty-city", "stated", "ballot stuffing",
     "Voting / Ballot box stuffing", "15",
     "At the polling station No. 541, Almaty, in a transparent ballot box there are visible "
     "folded bulletins bent together.", "Folded stacks of ballots seen in the box."),
    ("152", "Shymkent", "shymkent", "stated", "ballot stuffing",
     "Voting / Ballot box stuffing", "15",
     "At the polling station No. 152, Shymkent, the ballots bent together are seen inside the "
     "transparent box.", "Folded stacks of ballots seen in the box."),
    ("200", "Kaynazar", "almaty", "stated", "disappearing-ink pens",
     "Voting / Ballot box stuffing", "16",
     "At the polling station No. 200 in Kaynazar, Almaty Region",
     "Footnote to: 'there were pens with disappearing ink in the polling stations'."),
    ("368", "", "", "", "protocol irregularities",
     "Closure of polling stations / Vote counting", "17",
     "At the polling station No. 368, the commission did not immediately begin to fill out "
     "the protocol. They issued a not certified a copy of the protocol.",
     "No city given. Footnote to delays in counting."),
    ("155", "Besagash", "zhambyl", "stated", "restricted observers",
     "Closure of polling stations / Vote counting", "18",
     "At the polling station No. 155, in Besagash, Zhambyl Region, observers were put at a "
     "distance from which they could not see the marks on the ballots.", "During the count."),
    ("23", "Akdala", "turkestan", "stated", "observers barred from count",
     "Closure of polling stations / Vote counting", "19",
     "At the polling station No. 23 in the Turkestan Region, Arys District, Akdala, a member "
     "of the electoral commission stated that he would not allow an observer to attend "
     "counting the votes.", ""),
    ("265", "Moscow", "abroad", "abroad", "observers barred from count",
     "Closure of polling stations / Vote counting", "19",
     "International observers were removed from the counting in Moscow at PEC 265",
     "Station abroad (Russia); the report names two persons who removed them."),
    ("535", "Aktobe", "aktobe", "capital", "restricted observers",
     "Closure of polling stations / Vote counting", "19",
     "At the polling station No. 535 in Aktobe, it was not possible to observe the vote "
     "counting, since the members of the commission did not show the ballots to the "
     "observers.", "Repeated in footnote 20."),
    ("155", "Besagash", "zhambyl", "stated", "restricted observers",
     "Closure of polling stations / Vote counting", "19",
     "At the polling station No. 155, in Besagash, Zhambyl Region, observers were put at a "
     "distance from which they could not see the marks on the ballots.",
     "Repeats footnote 18 word for word."),
    ("535", "Aktobe", "aktobe", "capital", "restricted observers",
     "Closure of polling stations / Vote counting", "20",
     "At the polling station No. 535 in Aktobe, it was not possible to observe the vote "
     "counting, since the members of the commission did not show the bulletins to the "
     "observers.", "Repeats footnote 19."),
    ("58", "Taraz", "zhambyl", "capital", "counting manipulation",
     "Closure of polling stations / Vote counting", "21",
     "At the polling station No. 58, Taraz, in the counting of votes, the chairman of the "
     "commission took all the ballots in an armful and announced them to vote for Tokayev.",
     "'When re-counting the votes for Tokayev, many ballots were revealed for Kosanov and "
     "other candidates.'"),
    ("535", "Aktobe", "aktobe", "capital", "counting manipulation",
     "Closure of polling stations / Vote counting", "21",
     "At the polling station No. 535 of Aktobe, a member of the commission shifted the "
     "ballots from the handful for Kosanov, to the handful for Tokayev.", ""),
    ("529", "Aktobe", "aktobe", "capital", "protocol copy refused",
     "Closure of polling stations / Vote counting", "22",
     "At the polling station No. 529 in Aktobe, observers were denied to issue a copy of the "
     "protocol.", ""),
    ("197", "Astana", "nur-sultan", "stated", "protocol copy refused",
     "Closure of polling stations / Vote counting", "22",
     "At the polling station No. 197 in Astana, observers were denied to issue a protocol.",
     "Astana = Nur-Sultan."),
    ("510", "Almaty", "almaty-city", "stated", "results not posted",
     "Closure of polling stations / Vote counting", "23",
     "No voting results were posted at the polling station No. 510 in Almaty", ""),
    ("99", "Aktobe", "aktobe", "capital", "violence against observer",
     "Post-Election Courts and Proceedings", "",
     "in Aktobe, the chairman of election station No. 99 was fined for harming the health of "
     "an observer.", "Main text; a court fined the chairman after the election."),
]

COLUMNS = ["number", "city", "region", "region_basis", "irregularity", "detail", "note",
           "section", "footnote", "line", "source"]


def main() -> int:
    text = (common.SHARED / "reports" / SRC).read_text(encoding="utf-8")
    region_ids = {r["id"] for r in common.load_regions()}
    rows, bad = [], 0
    for num, city, region, basis, irr, section, fn, quote, note in S:
        pos = text.find(quote)
        if pos < 0:
            print(f"QUOTE NOT FOUND for No. {num}: {quote!r}")
            bad += 1
            continue
        if not re.search(rf"(No\.?\s*|number |PEC ){num}\b", quote):
            print(f"number {num} not in its quote: {quote!r}")
            bad += 1
        if region and region not in region_ids:
            print(f"unknown region {region}")
            bad += 1
        rows.append({"number": num, "city": city, "region": region, "region_basis": basis,
                     "irregularity": irr, "detail": quote, "note": note, "section": section,
                     "footnote": fn, "line": text.count("\n", 0, pos) + 1, "source": SRC})

    # completeness: every station number mentioned in the report is covered
    mentioned = set(re.findall(r"(?:No\.?\s*|number |PEC )(\d+)", text))
    covered = {r["number"] for r in rows}
    print("numbers mentioned in the report:", sorted(mentioned, key=int))
    print("not covered:", sorted(mentioned - covered, key=int),
          "| covered but not found:", sorted(covered - mentioned, key=int))

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "flagged_stations_2019.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows ({len({(r['number'], r['city']) for r in rows})} distinct "
          f"number+place) to sample_missions/sources/flagged_stations_2019.csv")

    # Stations with a stated voter count: only No. 360 (Almaty), civic report footnote 2.
    # Check that the other reports really name no station by number.
    for other in ("000_af2b0abb7d2f319b.txt", "001_34635081ce842a7a.txt",
                  "002_5a1fa4dbb9a6ffb6.txt", "004_f70f3e8443e69fa7.txt"):
        t = (common.SHARED / "reports" / other).read_text(encoding="utf-8")
        hits = re.findall(r"(?:No\.?|№|number|PEC|station)\s*\d+", t)
        print(f"{other}: station-number-like mentions: {hits}")
    q = "(2374 voters in the list, and 2202 ballots received)"
    assert q in text
    with open(OUT / "reported_stations.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["number", "city", "region", "registered_voters", "observed", "source"])
        w.writerow(["360", "Almaty", "almaty-city", "2374",
                    "2202 ballots received for 2374 voters in the list (report: "
                    "'1% less'; the figures give 7.2% less)", SRC])
    print("wrote 1 row to sample_missions/sources/reported_stations.csv")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
