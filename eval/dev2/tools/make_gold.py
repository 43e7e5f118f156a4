#!/usr/bin/env python3
"""Writes eval/dev2/gold/*.json from the compact specs below (python3 eval/dev2/tools/make_gold.py).

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies -> denied).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldspec import cx, ev, st, run  # noqa: E402
N = None


TIK = "tikrit-farm-2016-10-14"
KOB = "kobani-car-2020-06-23"
SAR = "saraqib-market-2019-07-22"
SHQ = "shirqat-vehicles-2017-08-27"
BAJ = "baaj-units-2017-08-27"
AJD = "ajdabiya-farm-2019-12-03"
BAL = "balad-house-2016-03-03"
MAS = "masyaf-depot-2018-09-07"
SRM = "sarmada-motorcycle-2021-10-22"
TUZ = "tuz-khurmatu-hideouts-2018-05-08"

DOCS = [
    dict(id="d01_tikrit_farm_wire", url="https://tigrispress.example/2016/10/15/tikrit-helicopter-strike",
         publisher="Tigris Press Agency", published="2016-10-15", kind="news",
         events=[ev(TIK, "2016-10-14", "Tikrit", "north of", killed=(14, 14), civilians_killed=(5, 5),
                    vehicles_destroyed=(2, 2))],
         statements=[st("iraq-joc", "asserts", "iraq-army-aviation", TIK),
                     st("local-sources", "asserts", "occurrence", TIK)],
         contradictions=[cx(TIK, "target", "iraq-joc", "local-sources",
                            "The JOC says 14 militants were killed at a weapons store; residents say a farming family's house was hit.")]),
    dict(id="d02_tikrit_joc_statement", url="https://joc-iraq.example/statements/2016-10-14-salahuddin",
         publisher="Joint Operations Command, Republic of Iraq", published="2016-10-14", kind="official",
         events=[ev(TIK, "2016-10-14", "Tikrit", "north of", killed=(14, 14), vehicles_destroyed=(2, 2))],
         statements=[st("iraq-joc", "asserts", "iraq-army-aviation", TIK)],
         contradictions=[]),
    dict(id="d03_kobani_car_kurdish", url="https://knn.example/en/news/2020/06/23/kobani-drone",
         publisher="Kurdistan Northern News", published="2020-06-23", kind="news",
         events=[ev(KOB, "2020-06-23", "Kobani", "west of", civilians_killed=(2, 2), injured=(1, 1))],
         statements=[st("local-sources", "asserts", "turkey", KOB),
                     st("ngo", "asserts", "turkey", KOB)],
         contradictions=[]),
    dict(id="d04_saraqib_market_wire", url="https://amp-news.example/2019/07/22/syria-saraqib-market",
         publisher="Agence Mediterranee Presse", published="2019-07-22", kind="news",
         events=[ev(SAR, "2019-07-22", "Saraqib", "in", civilians_killed=(11, N), injured=(31, N))],
         statements=[st("ngo", "asserts", "russia", SAR),
                     st("russia-mod", "denies", "russia", SAR)],
         contradictions=[cx(SAR, "attribution", "ngo", "russia-mod",
                            "The monitor says Russian warplanes struck the market; Moscow says its aircraft flew no missions there.")]),
    dict(id="d05_saraqib_russia_mod", url="https://mil-ru.example/briefings/2019-07-23",
         publisher="Ministry of Defence of the Russian Federation", published="2019-07-23", kind="official",
         events=[ev(SAR, "2019-07-22", "Saraqib", "in")],
         statements=[st("ngo", "asserts", "russia", SAR),
                     st("russia-mod", "denies", "russia", SAR)],
         contradictions=[cx(SAR, "attribution", "ngo", "russia-mod",
                            "The White Helmets blame Russian aircraft; the ministry says they flew no missions there.")]),
    dict(id="d06_shirqat_cjtf_release", url="https://inherentresolve.example/releases/2017-08-28",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2017-08-28", kind="official",
         events=[ev(SHQ, "2017-08-27", "Shirqat", "near", vehicles_destroyed=(3, 3), strikes=(2, 2)),
                 ev(BAJ, "2017-08-27", "Baaj", "near", strikes=(4, 4))],
         statements=[st("cjtf-oir", "asserts", "coalition", SHQ),
                     st("cjtf-oir", "asserts", "coalition", BAJ)],
         contradictions=[]),
    dict(id="d07_shirqat_pmf_local", url="https://rafidaintoday.example/en/2017/08/28/shirqat-strike",
         publisher="Al-Rafidain Today", published="2017-08-28", kind="news",
         events=[ev(SHQ, "2017-08-27", "Shirqat", "south of", killed=(4, 4), injured=(6, 6),
                    vehicles_destroyed=(3, 3))],
         statements=[st("pmf", "asserts", "coalition", SHQ),
                     st("iraqi-sources", "asserts", "occurrence", SHQ),
                     st("cjtf-oir", "asserts", "coalition", SHQ)],
         contradictions=[cx(SHQ, "target", "pmf", "cjtf-oir",
                            "The PMF says the coalition hit its brigade; the coalition says it struck ISIS fighters and vehicles.")]),
    dict(id="d08_ajdabiya_unknown_un", url="https://libyacoast.example/2019/12/04/ajdabiya-strike",
         publisher="Libya Coast Observer", published="2019-12-04", kind="news",
         events=[ev(AJD, "2019-12-03", "Ajdabiya", "outskirts of", civilians_killed=(5, 5), injured=(2, 2))],
         statements=[st("local-sources", "asserts", "unknown", AJD),
                     st("un", "asserts", "occurrence", AJD)],
         contradictions=[]),
    dict(id="d09_balad_airwars_note", url="https://airwars.example/civilian-casualties/iq-2016-03-03-balad",
         publisher="Airwars", published="2016-03-20", kind="ngo",
         events=[ev(BAL, "2016-03-03", "Balad", "south of", killed=(8, 8), civilians_killed=(6, 9), injured=(4, 4))],
         statements=[st("airwars", "asserts", "iraq-air-force", BAL),
                     st("journalist", "asserts", "iraq-air-force", BAL),
                     st("local-sources", "asserts", "occurrence", BAL),
                     st("iraq-mod", "asserts", "iraq-air-force", BAL)],
         contradictions=[cx(BAL, "target", "iraq-mod", "journalist",
                            "The MoD says its jets hit a gathering of terrorists; local media say a displaced family's house was hit.")]),
    dict(id="d10_masyaf_israel_wire", url="https://gulfwire.example/2018/09/08/syria-masyaf-israel",
         publisher="Gulf Wire Service", published="2018-09-08", kind="news",
         events=[ev(MAS, "2018-09-07", "Masyaf", "near", killed=(6, N), injured=(2, 2))],
         statements=[st("syria-gov", "asserts", "israel", MAS),
                     st("ngo", "asserts", "occurrence", MAS)],
         contradictions=[]),
    dict(id="d11_sarmada_us_drone", url="https://atlanticnewswire.example/2021/10/23/us-drone-idlib",
         publisher="Atlantic Newswire", published="2021-10-23", kind="news",
         events=[ev(SRM, "2021-10-22", "Sarmada", "near", killed=(1, 1), injured=(1, 1))],
         statements=[st("us-dod", "asserts", "us", SRM),
                     st("local-sources", "asserts", "occurrence", SRM),
                     st("ngo", "asserts", "occurrence", SRM)],
         contradictions=[]),
    dict(id="d12_tuz_state_tv_amaq", url="https://rafidainwire.example/2018/05/09/tuz-khurmatu-strikes",
         publisher="Rafidain Wire", published="2018-05-09", kind="news",
         events=[ev(TUZ, "2018-05-08", "Tuz Khurmatu", "east of", killed=(9, 9), civilians_killed=(4, 4))],
         statements=[st("iraq-state-tv", "asserts", "iraq-air-force", TUZ),
                     st("iraq-joc", "asserts", "iraq-air-force", TUZ),
                     st("isis-amaq", "asserts", "occurrence", TUZ)],
         contradictions=[cx(TUZ, "target", "iraq-state-tv", "isis-amaq",
                            "State TV says nine militants were killed in their hideouts; Amaq says a shepherds' camp was hit and four civilians killed.")]),
]


if __name__ == "__main__":
    run(__file__, DOCS)
