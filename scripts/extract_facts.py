"""Reported facts per mission -> sample_missions/sources/facts.json

Every fact carries the report file it comes from and a verbatim quote; this script
checks that each quote occurs in that file (whitespace-normalised) and fails otherwise.
Values that are derived (not stated) say so in "derived". Facts that were asked for but
are in none of the reports are listed under "not_in_sources"; where the reports disagree
with each other or with what we were told to expect, see "discrepancies".

Usage:  .venv/bin/python scripts/extract_facts.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_common as common

SCO19 = "000_af2b0abb7d2f319b.txt"
SCO21 = "001_34635081ce842a7a.txt"
TC21 = "002_5a1fa4dbb9a6ffb6.txt"
CIVIC19 = "003_343d4cbf5552eb43.txt"
OSCE19 = "004_f70f3e8443e69fa7.txt"


def F(value, source, quote, **extra):
    return {"value": value, "source": source, "quote": quote, **extra}


def member(name, state, body, group, quote, source=SCO19):
    return {"name": name, "state": state, "body": body, "group": group,
            "source": source, "quote": quote}


SCO19_MEMBERS = [
    member("Vladimir Norov", None, "Secretary-General of the SCO; head of the mission",
           "head",
           "The Mission was headed by the Secretary-General of the SCO Mr. Vladimir Norov."),
    member("Wang Zheng", "China",
           "Counsellor, Department of Europe and Central Asia, "
           "Ministry of Foreign Affairs of China",
           "member_state", "Mr. Wang Zheng — Counsellor, Department of Europe and Central Asia, "
           "Ministry of Foreign Affairs of China"),
    member("Gulshat Asylbaeva", "Kyrgyzstan", "Deputy, Jogorku Kenesh (Legislative Assembly)",
           "member_state", "Ms. Gulshat Asylbaeva — Deputy, Jogorku Kenesh (Legislative Assembly), "
           "the Kyrgyz Republic"),
    member("Ainur Osmonova", "Kyrgyzstan", "Deputy, Jogorku Kenesh (Legislative Assembly)",
           "member_state", "Ms. Ainur Osmonova — Deputy, Jogorku Kenesh (Legislative Assembly), "
           "the Kyrgyz Republic"),
    member("Kazi Imtiaz Ahmad", "Pakistan",
           "Ambassador of the Islamic Republic of Pakistan to the Republic of Kazakhstan",
           "member_state", "Mr. Kazi Imtiaz Ahmad — Ambassador of the Islamic Republic of Pakistan "
           "to the Republic of Kazakhstan"),
    member("Oleg Tsepkin", "Russia", "Member, Federation Council Committee", "member_state",
           "Mr.Oleg Tsepkin — Member, Federation Council Committee, Russian Federation"),
    member("Yuri Meshcheryakov", "Russia", "Deputy, State Duma (the Federal Assembly of the "
           "Russian Federation)", "member_state", "Mr. Yuri Meshcheryakov — Deputy, State Duma "
           "(the Federal Assembly of the Russian Federation)"),
    member("Alexander Klyukin", "Russia", "Member, Central Election Commission", "member_state",
           "Mr. Alexander Klyukin — Member, Central Election Commission, Russian Federation"),
    member("Samadzoda Navruz Abdul Hamid", "Tajikistan", "Chief of Staff of the Central "
           "Commission for elections and referendums of the Republic of Tajikistan",
           "member_state", "Mr. Samadzoda Navruz Abdul Hamid — Chief of Staff of the Central "
           "Commission for elections and referendums of the Republic of Tajikistan"),
    member("Zayniddin Nizamkhojaev", "Uzbekistan", "Chairman, Committee of Senate of Oliy "
           "Majlis", "member_state", "Mr. Zayniddin Nizamkhojaev — Chairman, Committee of Senate "
           "of Oliy Majlis of the Republic of Uzbekistan"),
    member("Imoet Hajiyev", "Uzbekistan", "Chairman, Committee of Oliy Majlis", "member_state",
           "Mr. Imoet Hajiyev — Chairman, Committee of Oliy Majlis of the Republic of Uzbekistan"),
]
for nm, role in [("Vladimir Zakharov", "Adviser"), ("Minara Rakhanova", "Advisor"),
                 ("Habib Munir", "Adviser"), ("Gulkayr Balbaeva", "Senior expert"),
                 ("Li Wenxin", "Expert, category — I"),
                 ("Sergey Smetannikov", "Expert, category — I"),
                 ("Krishna Kengappa", "Referent"), ("Daniar Cherkayev", "Referent"),
                 ("Baurzhan Imandosov", "Referent")]:
    SCO19_MEMBERS.append(member(nm, None, f"SCO Secretariat — {role}", "sco_secretariat",
                                f"{nm} — {role}"))
for nm, role, sep in [("Jumkhon Giyosov", "Executive Director", ", "),
                      ("Amanbai Turdimatov", "Deputy Director", " — "),
                      ("Yulbars Sheraliev", "Expert", " — "),
                      ("Arthur Golovanov", "Assistant Director", " — "),
                      ("Daniyar Abdibaev", "Referent", " — ")]:
    SCO19_MEMBERS.append(member(nm, None, f"Executive Committee, SCO RATS — {role}", "sco_rats",
                                f"{nm}{sep}{role}"))


def build() -> dict:
    by_state: dict[str, int] = {}
    for m in SCO19_MEMBERS:
        if m["group"] == "member_state":
            by_state[m["state"]] = by_state.get(m["state"], 0) + 1
    groups = {g: sum(1 for m in SCO19_MEMBERS if m["group"] == g)
              for g in ("head", "member_state", "sco_secretariat", "sco_rats")}
    return {
        "about": "Facts reported by the source reports in /work/shared/reports (file names as "
                 "given there), each with a verbatim quote. Built by scripts/extract_facts.py, "
                 "which checks every quote against its file. 'derived' marks a value worked "
                 "out from the quoted text rather than stated in it.",
        "missions": {
            "sco_2019": {
                "name": "SCO Observer Mission, early presidential election, Kazakhstan, 2019",
                "election": F("Early presidential election, 9 June 2019", SCO19,
                              "it was decided to conduct early presidential elections of the "
                              "Republic of Kazakhstan on June 9, 2019."),
                "mission_period": F({"from": "2019-06-02", "to": "2019-06-10"}, SCO19,
                                    "from June 2-10, 2019, the SCO Mission observed preparation "
                                    "and conduct of early presidential elections"),
                "observers": F(25, SCO19, "The Mission included 25 observers — representatives "
                               "of legislative, executive and electoral bodies of seven SCO "
                               "member States, as well as officials of the SCO Secretariat and "
                               "the Executive Committee, SCO RATS."),
                "head_of_mission": F("Vladimir Norov, Secretary-General of the SCO", SCO19,
                                     "The Mission was headed by the Secretary-General of the SCO "
                                     "Mr. Vladimir Norov."),
                "members": SCO19_MEMBERS,
                "members_count": {
                    "value": len(SCO19_MEMBERS), "derived": "count of the names listed",
                    "by_group": groups, "member_states_by_country": by_state,
                    "source": SCO19},
                "cities": F(["Nur-Sultan", "Almaty", "Shymkent", "Karaganda", "Atyrau",
                             "Ust-Kamenogorsk"], SCO19,
                            "the Mission observed in six cities of the country, namely in Nur "
                            "Sultan, Almaty, Shymkent, Karaganda, Atyrau, Ust-Kamenogorsk",
                            region_ids=["nur-sultan", "almaty-city", "shymkent", "karaganda",
                                        "atyrau", "east-kazakhstan"]),
                "settlements": F({"count": 7, "names": None,
                                  "regions": ["Akmola", "Almaty", "Karaganda", "Turkestan",
                                              "Atyrau", "East Kazakhstan"]}, SCO19,
                                 "as well as in seven settlements of Akmola, Almaty, Karaganda, "
                                 "Turkestan, Atyrau and East Kazakhstan regions.",
                                 region_ids=["akmola", "almaty", "karaganda", "turkestan",
                                             "atyrau", "east-kazakhstan"],
                                 note="The statement does not name the seven settlements."),
                "stations_visited": F(760, SCO19, "The day before and the day of voting, the "
                                      "Mission visited the 760 of the polling station."),
                "observation_days": F(["2019-06-08", "2019-06-09"], SCO19,
                                      "The day before and the day of voting",
                                      derived="election day 9 June 2019 and the day before"),
                "station_selection": F("each member chose stations independently, without "
                                       "coordination with the executive and electoral bodies",
                                       SCO19, "The Mission's observers visited the polling "
                                       "stations without coordination with the Executive and "
                                       "electoral bodies. The selection of the polling station "
                                       "was carried out by each member of the Mission "
                                       "independently."),
                "statement_date": F("2019-06-10, Nur-Sultan", SCO19, "10 June 2019, Nur Sultan"),
            },
            "sco_2021": {
                "name": "SCO Observer Mission, Mazhilis election, Kazakhstan, 2021",
                "election": F("Mazhilis election, 10 January 2021", SCO21,
                              "setting the date for the regular elections to the Mazhilis "
                              "(lower house of Parliament) of the Republic of Kazakhstan for 10 "
                              "January 2021."),
                "mission_period": F({"from": "2021-01-07", "to": "2021-01-10"}, SCO21,
                                    "On 7-10 January 2021, the Shanghai Cooperation "
                                    "Organisation's Mission"),
                "mission_number": F(55, SCO21, "successfully conducted the 55th mission"),
                "observers": F(15, SCO21, "The Mission included 15 accredited observers "
                               "representing legislative, executive and election agencies of "
                               "the SCO member states, as well as SCO diplomats and officials "
                               "from the SCO Secretariat."),
                "head_of_mission": F("Zhang Haizhou, Deputy SCO Secretary-General", SCO21,
                                     "The Mission was headed by Deputy SCO Secretary-General "
                                     "Zhang Haizhou."),
                "members": F(None, SCO21, "The Mission included 15 accredited observers",
                             note="Names of the 15 are not given; only the head is named."),
                "places": F(["Nur-Sultan", "other cities and towns (not named)",
                             "Embassy of Kazakhstan in the People's Republic of China"], SCO21,
                            "Mission members oversaw the activities in the city of Nur-Sultan "
                            "and in other cities and towns of Kazakhstan.",
                            also="They also monitored the election process at the Embassy of "
                                 "the Republic of Kazakhstan in the People's Republic of China."),
                "stations_visited": F(118, SCO21, "Ahead of and on the actual election day, "
                                      "Mission members visited 118 polling stations."),
                "observation_days": F(["2021-01-09", "2021-01-10"], SCO21,
                                      "Ahead of and on the actual election day",
                                      derived="election day 10 January 2021 and the day before; "
                                              "'ahead of' may cover more than one day"),
                "station_selection": F("each member selected his or her polling station", SCO21,
                                       "Each member of the SCO Mission selected his or her "
                                       "polling station and did not encounter any obstacles"),
                "statement_date": F("2021-01-10", SCO21, "The Observer Mission of the Shanghai "
                                    "Cooperation Organisation 10 January 2021"),
            },
            "turkic_council_2021": {
                "name": "Turkic Council International Election Observation Mission, Mazhilis "
                        "and maslikhat elections, Kazakhstan, 2021",
                "mission_period": F({"from": "2021-01-06", "to": "2021-01-10"}, TC21,
                                    "between 6 and 10 January 2021 in Nur-Sultan"),
                "head_of_mission": F("Ömer Kocaman, Deputy Secretary General of the Turkic "
                                     "Council", TC21, "The Mission was headed by Deputy "
                                     "Secretary General of the Turkic Council Ömer Kocaman"),
                "composition": F("officials of the Turkic Council Secretariat, Central Election "
                                 "Commission representatives and diplomats from the Member "
                                 "States other than Kazakhstan", TC21,
                                 "comprised of the officials of the Turkic Council Secretariat "
                                 "as well as Central Election Commission representatives and "
                                 "diplomats from the Member States other than Kazakhstan",
                                 note="No member is named apart from the head; no head count."),
                "stations_visited": F(14, TC21, "The Mission observed elections in 14 polling "
                                      "stations in Nur-Sultan city."),
                "places": F(["Nur-Sultan"], TC21, "by visiting 14 polling stations in "
                            "Nur-Sultan city", region_ids=["nur-sultan"]),
                "observation_days": F(["2021-01-10"], TC21, "conducted observation of the "
                                      "Parliamentary Elections of the Republic of Kazakhstan on "
                                      "10th January, 2021."),
                "meetings": F([
                    {"date": "2021-01-06", "with": "Shakhrat Nurishev, Deputy Minister of "
                                                   "Foreign Affairs"},
                    {"date": "2021-01-08", "with": "Konstantin Petrov, Deputy Chairman of the "
                                                   "Central Commission for Elections"},
                    {"date": "2021-01-08", "with": "Baktiyar Makenov, Deputy Akim of "
                                                   "Nur-Sultan city"},
                    {"date": "2021-01-06/08", "with": "political parties Ak Zhol, Auyl, Nur "
                                                      "Otan, People's Party, Adal"}],
                    TC21, "On 6 January 2021 the Observation Mission met with the Deputy "
                          "Minister of Foreign Affairs of the Republic of Kazakhstan, "
                          "Mr.Shakhrat Nurishev and on 8th January with Deputy Chairman of the "
                          "Central Commission for Elections, Mr.Konstantin Petrov and Deputy "
                          "Akim of Nur-Sultan city, Mr.Baktiyar Makenov."),
                "statement_date": F("2021-01-11", TC21, "11 January, 2021"),
            },
            "osce_odihr_2019": {
                "name": "OSCE/ODIHR and OSCE PA international election observation mission, "
                        "early presidential election, Kazakhstan, 2019",
                "observers": F(339, OSCE19, "comprised 339 observers from 40 countries, "
                               "including 290 ODIHR-deployed experts, long-term, and "
                               "short-term observers, and 49 parliamentarians and staff from "
                               "the OSCE PA."),
                "countries": F(40, OSCE19, "339 observers from 40 countries"),
                "odihr_deployed": F(290, OSCE19, "290 ODIHR-deployed experts, long-term, and "
                                    "short-term observers"),
                "osce_pa": F(49, OSCE19, "49 parliamentarians and staff from the OSCE PA"),
                "leaders": F([
                    {"name": "George Tsereteli", "role": "Special Co-ordinator and leader of "
                                                         "the OSCE short-term observer mission"},
                    {"name": "Margareta Kiener Nellen", "role": "Head of the OSCE PA "
                                                               "delegation"},
                    {"name": "Urszula Gacek", "role": "Head of the ODIHR election observation "
                                                      "mission"}], OSCE19,
                    "said George Tsereteli, Special Co-ordinator and leader of the OSCE "
                    "short-term observer mission"),
                "voters": F("almost 12 million", OSCE19, "Almost 12 million voters were "
                            "registered to cast their ballot in nearly 10,000 polling stations "
                            "across the country."),
                "polling_stations": F("nearly 10,000", OSCE19, "in nearly 10,000 polling "
                                      "stations across the country"),
                "statement_date": F("2019-06-10, Nur-Sultan", OSCE19, "NUR-SULTAN, 10 June 2019"),
            },
        },
        "country": {
            "2019": {
                "election_day": F("2019-06-09", SCO19, "on June 9, 2019"),
                "regional_election_commissions": F(17, SCO19, "17 regional election "
                                                   "commissions"),
                "territorial_election_commissions": F(215, SCO19, "215 territorial and 9 968 "
                                                      "precinct election commissions were "
                                                      "formed"),
                "precinct_election_commissions": F(9968, SCO19, "215 territorial and 9 968 "
                                                   "precinct election commissions were formed"),
                "commission_wording": F("three election commissions in Nur Sultan, Almaty, "
                                        "Shymkent, 17 regional election commissions, 215 "
                                        "territorial and 9 968 precinct", SCO19,
                                        "In the Republic of Kazakhstan, three election "
                                        "commissions in Nur Sultan, Almaty, Shymkent, 17 "
                                        "regional election commissions, 215 territorial and 9 "
                                        "968 precinct election commissions were formed.",
                                        note="Verbatim; whether the three city commissions are "
                                             "among the 17 is not stated."),
                "commission_members": F(69509, SCO19, "The total number of members of "
                                        "electoral commissions amounted to 69 509 people"),
                "stations_abroad": F(65, SCO19, "65 polling stations were formed"),
                "closed_stations_for_persons_under_investigation": F(
                    16, SCO19, "16 closed polling stations were organized for four thousand "
                               "people"),
                "registered_voters": F(11947995, CIVIC19, "As of May 20, 11,947,995 voters "
                                       "were included into the voter lists.",
                                       note="As of 20 May 2019; from the civic report, not the "
                                            "SCO statement."),
                "registered_voters_osce": F("almost 12 million", OSCE19,
                                            "Almost 12 million voters were registered"),
                "polling_stations_osce": F("nearly 10,000", OSCE19,
                                           "nearly 10,000 polling stations"),
                "international_media": F({"representatives": 300, "foreign_media": 90}, SCO19,
                                         "the CEC accredited 300 representatives from 90 "
                                         "foreign media."),
            },
            "2021": {
                "election_day": F("2021-01-10", SCO21, "for 10 January 2021"),
                "regional_election_commissions": F(17, SCO21, "As many as 17 regional election "
                                                   "commissions, 232 territorial (TEC) and "
                                                   "10,060 precinct election commissions (PEC) "
                                                   "have been set up."),
                "territorial_election_commissions": [
                    F(232, SCO21, "232 territorial (TEC)"),
                    F(232, TC21, "through 232 Territorial and 10,061 Precinct Election "
                                 "Commissions")],
                "precinct_election_commissions": [
                    F(10060, SCO21, "10,060 precinct election commissions (PEC)"),
                    F(10061, TC21, "232 Territorial and 10,061 Precinct Election Commissions")],
                "commission_members": F(70856, SCO21, "The total number of members of the "
                                        "election commissions is 70,856."),
                "stations_abroad": F({"stations": 66, "countries": 53}, SCO21,
                                     "66 polling stations have been established at "
                                     "Kazakhstan's foreign missions in 53 foreign countries."),
                "registered_voters": [
                    F("11.918 million", SCO21, "According to the CEC, the number of voters in "
                                               "Kazakhstan is 11.918 million."),
                    F("some 11.9 million", TC21, "Some 11.9 million voters were registered")],
                "international_observers_accredited": F(398, SCO21, "A total of 398 "
                                                        "international observers have been "
                                                        "accredited"),
                "party_lists": F({"parties": 5, "candidates": 312}, SCO21,
                                 "having in total 312 candidates was completed on 10 December "
                                 "2020", women=F(90, TC21, "312 candidates, including 90 "
                                                           "women")),
            },
        },
        "not_in_sources": [
            {"item": "polling hours 07:00-20:00",
             "finding": "None of the five reports states the polling hours. The civic report "
                        "mentions times (voting 'began at 5:45 before it was officially "
                        "opened' at a closed station; ~100 voters 'before 7:30'; 35 persons "
                        "'At 8:00'; family voting 'at 17:10'), which fit a 07:00 opening but "
                        "do not state it. Take the hours from the election law or the CEC "
                        "and cite that, or label them as an assumption."},
            {"item": "names of the seven settlements visited by the SCO 2019 mission",
             "finding": "Not named; only their regions (Akmola, Almaty, Karaganda, Turkestan, "
                        "Atyrau, East Kazakhstan: six regions for seven settlements)."},
            {"item": "names of the 15 SCO 2021 observers and the other cities visited",
             "finding": "Not given; only the head (Zhang Haizhou), Nur-Sultan and 'other "
                        "cities and towns'."},
            {"item": "embassy city for SCO 2021",
             "finding": "The statement says 'the Embassy of the Republic of Kazakhstan in the "
                        "People's Republic of China'; it does not name Beijing."},
            {"item": "Turkic Council 2021 delegation members",
             "finding": "Only the head, Ömer Kocaman, is named; no head count."},
            {"item": "station numbers in the SCO, Turkic Council and OSCE texts",
             "finding": "None of 000, 001, 002, 004 names a polling station by number (the "
                        "'No.' numbers in 000 are CEC resolutions and paragraphs)."},
        ],
        "discrepancies": [
            {"topic": "Almaty station No. 360 with 2,374 voters",
             "expected": "named in the SCO 2019 statement",
             "found": f"named in the civic report {CIVIC19}, footnote 2, not in {SCO19}",
             "resolution": "recorded with source 003 in reported_stations.csv and "
                           "flagged_stations_2019.csv"},
            {"topic": "Almaty station No. 360 shortfall",
             "found": "the report says ballots were '1% less than the voters in the list' but "
                      "its figures (2374 voters, 2202 ballots) give 172 fewer, 7.2%",
             "resolution": "both kept; the figures are recorded, the 1% is quoted"},
            {"topic": "2019 registered voters 11,947,995",
             "expected": "a 2019 country fact (implicitly from the SCO statement)",
             "found": f"stated only in the civic report {CIVIC19} (as of 20 May 2019); the "
                      f"SCO statement gives no voter total; OSCE says 'almost 12 million'",
             "resolution": "recorded with source 003"},
            {"topic": "SCO 2019 member states",
             "found": "the statement says 'seven SCO member States' but its list names "
                      "members from six: China, Kyrgyzstan, Pakistan, Russia, Tajikistan, "
                      "Uzbekistan (no member from India)",
             "resolution": "recorded as listed; 10 from member states, 9 Secretariat, 5 RATS, "
                           "plus the head = 25, which matches the stated 25"},
            {"topic": "SCO 2019 observation days",
             "found": "the statement says 'The day before and the day of voting'; 8 and 9 "
                      "June 2019 are derived from the election date",
             "resolution": "marked derived"},
            {"topic": "2021 precinct election commissions",
             "found": f"10,060 in the SCO statement ({SCO21}); 10,061 in the Turkic Council "
                      f"statement ({TC21})",
             "resolution": "both recorded with their sources"},
            {"topic": "Turkic Council observation date",
             "found": "the press text says 'monitored the elections on 10 January 2020'; the "
                      "statement itself says 10 January 2021 and the mission ran 6-10 January "
                      "2021",
             "resolution": "2021-01-10 used; the 2020 is a typo in the source"},
            {"topic": "SCO 2021 'embassy in Beijing'",
             "found": "the statement names the embassy 'in the People's Republic of China', "
                      "not a city",
             "resolution": "recorded as worded"},
            {"topic": "civic report station locations",
             "found": "No. 524 is placed at 'Almaty, Aktobe Region'; No. 239 appears both "
                      "'in Akmola Region' and 'in Karazhal' (Karaganda Region); Besagash and "
                      "Kumshagal are given as Zhambyl Region and are not in our GeoNames "
                      "extract to cross-check; several stations have no place at all",
             "resolution": "as written; region left empty where not stated or ambiguous"},
        ],
    }


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_quotes(obj, texts, bad: list) -> None:
    if isinstance(obj, dict):
        if "quote" in obj and "source" in obj and norm(obj["quote"]) not in texts[obj["source"]]:
            bad.append((obj["source"], obj["quote"]))
        for k, v in obj.items():
            if k == "also" and isinstance(v, str) and norm(v) not in texts[obj["source"]]:
                bad.append((obj["source"], v))
            check_quotes(v, texts, bad)
    elif isinstance(obj, list):
        for v in obj:
            check_quotes(v, texts, bad)


def main() -> int:
    reports = common.SHARED / "reports"
    texts = {p.name: norm(p.read_text(encoding="utf-8")) for p in reports.glob("*.txt")}
    facts = build()
    bad: list = []
    check_quotes(facts, texts, bad)
    for src, q in bad:
        print(f"QUOTE NOT FOUND in {src}: {q!r}")
    mc = facts["missions"]["sco_2019"]["members_count"]
    print("SCO 2019 members:", mc["value"], mc["by_group"], mc["member_states_by_country"])
    assert mc["value"] == facts["missions"]["sco_2019"]["observers"]["value"] == 25
    out = common.REPO / "sample_missions" / "sources" / "facts.json"
    out.write_text(json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    n = json.dumps(facts).count('"quote"')
    print(f"wrote {out.relative_to(common.REPO)}: {n} quoted facts, {len(bad)} bad quotes")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
