#!/usr/bin/env python3
"""Writes eval/holdout/gold/*.json from the compact specs below.

  python3 eval/holdout/tools/make_gold.py

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies ->
denied), as the gold README requires.  Standard library only.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldspec import cx, ev, st, write  # noqa: E402


N = None
TAB = "tabqa-market-2017-05-03"
HAMA = "hama-houses-2017-05-07"
BAQ = "baqubah-orchards-2016-02-09"
RUT = "rutba-convoy-2019-08-24"
PAL = "palmyra-column-2016-12-06"
MAK = "makhmour-caves-2018-09-10"
ABK = "abu-kamal-strike-2018-09-11"
MAR = "marib-car-2017-03-14"
DER = "derna-houses-2017-03-20"
HOM = "homs-missiles-2018-11-29"
DAR = "daraa-hospital-2018-06-20"
ZUM = "zummar-vehicles-2017-06-11"

DOCS = [
    dict(id="h01_tabqa_market_wire", url="https://holliswire.example/world/2017/05/04/tabqa-market-strike",
         publisher="Hollis Wire Service", published="2017-05-04", kind="news",
         events=[ev(TAB, "2017-05-03", "Tabqa", "in", civilians_killed=(17, 17))],
         statements=[st("local-sources", "asserts", "coalition", TAB),
                     st("ngo", "asserts", "coalition", TAB),
                     st("cjtf-oir", "asserts", "coalition", TAB)],
         contradictions=[cx(TAB, "count", "local-sources", "ngo",
                            "Residents say 17 civilians died; the monitoring group says 31.")]),
    dict(id="h02_tabqa_release_story", url="https://levantledger.example/2017/05/06/tabqa-release-vs-damascus",
         publisher="The Levant Ledger", published="2017-05-06", kind="news",
         events=[ev(TAB, "2017-05-03", "Tabqa", "near", civilians_killed=(30, 30), vehicles_destroyed=(1, 1),
                    strikes=(4, 4))],
         statements=[st("cjtf-oir", "asserts", "coalition", TAB),
                     st("syria-gov", "asserts", "coalition", TAB),
                     st("local-sources", "asserts", "occurrence", TAB)],
         contradictions=[cx(TAB, "target", "cjtf-oir", "syria-gov",
                            "The coalition release and press desk say ISIS fighters and positions were hit; Damascus says 30 civilians shopping were killed.")]),
    dict(id="h03_ngo_incident_log_may2017", url="https://chti.example/logs/syria/2017-05-week1",
         publisher="Civilian Harm Tracking Initiative", published="2017-05-12", kind="ngo",
         events=[ev(TAB, "2017-05-03", "Tabqa", "in", civilians_killed=(19, 31), injured=(40, N)),
                 ev(HAMA, "2017-05-07", "Hama", "30 km north of", civilians_killed=(6, 6))],
         statements=[st("ngo", "asserts", "coalition", TAB),
                     st("ngo", "asserts", "russia", HAMA),
                     st("local-sources", "asserts", "russia", HAMA)],
         contradictions=[]),
    dict(id="h04_baqubah_joc_communique", url="https://joc-iraq.example/communiques/2016-02-10-diyala",
         publisher="Joint Operations Command, Republic of Iraq", published="2016-02-10", kind="official",
         events=[ev(BAQ, "2016-02-09", "Baqubah", "north of", killed=(11, 11), vehicles_destroyed=(2, 2))],
         statements=[st("iraq-joc", "asserts", "iraq-army-aviation", BAQ)],
         contradictions=[]),
    dict(id="h05_baqubah_wire", url="", publisher="Tigris Wire", published="2016-02-10", kind="news",
         events=[ev(BAQ, "2016-02-09", "Baqubah", "north of", killed=(11, 11), civilians_killed=(4, 4))],
         statements=[st("iraq-joc", "asserts", "iraq-army-aviation", BAQ),
                     st("local-sources", "asserts", "iraq-army-aviation", BAQ),
                     st("iraqi-sources", "asserts", "iraq-army-aviation", BAQ)],
         contradictions=[cx(BAQ, "target", "iraq-joc", "local-sources",
                            "The JOC says 11 militants were killed; relatives say four of the dead were farm labourers.")]),
    dict(id="h06_rutba_pmf_telegram", url="https://anbardailymonitor.example/security/2019-08-25-rutba-convoy",
         publisher="Anbar Daily Monitor", published="2019-08-25", kind="news",
         events=[ev(RUT, "2019-08-24", "Rutba", "40 km west of", killed=(2, 2), vehicles_destroyed=(3, 3))],
         statements=[st("pmf", "asserts", "us", RUT),
                     st("us-official", "denies", "us", RUT)],
         contradictions=[cx(RUT, "attribution", "pmf", "us-official",
                            "The PMF blames U.S. drones; a U.S. official says no American aircraft was involved.")]),
    dict(id="h07_rutba_pmf_retracts", url="https://anbardailymonitor.example/security/2019-08-27-rutba-retraction",
         publisher="Anbar Daily Monitor", published="2019-08-27", kind="news",
         events=[ev(RUT, "2019-08-24", "Rutba", "west of", killed=(2, 2))],
         statements=[st("pmf", "asserts", "us", RUT),
                     st("pmf", "retracts", "us", RUT),
                     st("iraq-military", "denies", "occurrence", RUT)],
         contradictions=[cx(RUT, "retraction", "pmf", "pmf",
                            "The PMF withdraws its claim that American drones hit the convoy."),
                         cx(RUT, "occurrence", "iraq-military", "pmf",
                            "The military spokesman says there was no air strike, only a fire and an ammunition truck explosion.")]),
    dict(id="h08_palmyra_russia_mod_story", url="https://caspianherald.example/mideast/2016/12/07/palmyra-column",
         publisher="Caspian Herald", published="2016-12-07", kind="news",
         events=[ev(PAL, "2016-12-06", "Palmyra", "east of", killed=(N, 300), vehicles_destroyed=(41, N))],
         statements=[st("russia-mod", "asserts", "russia", PAL),
                     st("syria-gov", "asserts", "russia", PAL),
                     st("syria-gov", "asserts", "syria", PAL)],
         contradictions=[]),
    dict(id="h09_palmyra_blog", url="https://desertnotebook.example/2016/12/count-the-trucks",
         publisher="Desert Notebook", published="2016-12-11", kind="blog",
         events=[ev(PAL, "2016-12-06", "Palmyra", "east of", killed=(N, 300), vehicles_destroyed=(41, N),
                    civilians_killed=(9, 9))],
         statements=[st("russia-mod", "asserts", "russia", PAL),
                     st("journalist", "disputes", "russia", PAL),
                     st("journalist", "asserts", "russia", PAL),
                     st("local-sources", "asserts", "russia", PAL)],
         contradictions=[cx(PAL, "count", "russia-mod", "journalist",
                            "The ministry claims more than 40 vehicles destroyed; the blogger counts eleven in its own videos."),
                         cx(PAL, "target", "russia-mod", "local-sources",
                            "The ministry says up to 300 militants in a column; relatives of drivers say nine civilian tanker drivers were killed at a fuel stop.")]),
    dict(id="h10_makhmour_iraq_mod", url="https://tworiversnews.example/en/2018/09/12/makhmour-f16",
         publisher="Two Rivers News", published="2018-09-12", kind="news",
         events=[ev(MAK, "2018-09-10", "Makhmour", "15 km southwest of", killed=(12, 12))],
         statements=[st("iraq-mod", "asserts", "iraq-air-force", MAK),
                     st("iraq-mod", "asserts", "coalition", MAK)],
         contradictions=[]),
    dict(id="h11_oir_weekly_story", url="https://frontlinebrief.example/2018/09/15/oir-weekly-tally",
         publisher="Frontline Brief", published="2018-09-15", kind="news",
         events=[ev(MAK, "2018-09-10", "Makhmour", "near", killed=(12, 12), strikes=(2, 2), engagements=(4, 4)),
                 ev(ABK, "2018-09-11", "Abu Kamal", "near", vehicles_destroyed=(1, 1), strikes=(1, 1),
                    engagements=(1, 1))],
         statements=[st("iraq-mod", "asserts", "iraq-air-force", MAK),
                     st("cjtf-oir", "asserts", "coalition", MAK),
                     st("cjtf-oir", "confirms", "iraq-air-force", MAK),
                     st("cjtf-oir", "asserts", "coalition", ABK)],
         contradictions=[]),
    dict(id="h12_marib_drone_wire", url="", publisher="Gulf Coast Wire", published="2017-03-15", kind="news",
         events=[ev(MAR, "2017-03-14", "Marib", "20 km east of", killed=(3, 3), civilians_killed=(1, 1),
                    vehicles_destroyed=(1, 1))],
         statements=[st("local-sources", "asserts", "us", MAR),
                     st("us-official", "asserts", "us", MAR)],
         contradictions=[cx(MAR, "target", "us-official", "local-sources",
                            "The U.S. official says known AQAP operatives were targeted; tribal elders say a 15-year-old boy with no link to the group was among the dead.")]),
    dict(id="h13_ngo_log_yemen_libya", url="https://openskiesmonitor.example/logs/2017-03",
         publisher="Open Skies Monitor", published="2017-03-31", kind="ngo",
         events=[ev(MAR, "2017-03-14", "Marib", "east of", killed=(3, 3), civilians_killed=(1, 1),
                    vehicles_destroyed=(1, 1)),
                 ev(DER, "2017-03-20", "Derna", "on the eastern outskirts of", civilians_killed=(5, 5),
                    injured=(8, N))],
         statements=[st("ngo", "asserts", "us", MAR),
                     st("ngo", "asserts", "unknown", DER),
                     st("un", "asserts", "occurrence", DER)],
         contradictions=[]),
    dict(id="h14_homs_state_outlet", url="https://orontesdaily.example/2018/11/30/air-defences-homs",
         publisher="Orontes Daily", published="2018-11-30", kind="news",
         events=[ev(HOM, "2018-11-29", "Homs", "on the outskirts of", injured=(3, 3))],
         statements=[st("syria-gov", "asserts", "israel", HOM)],
         contradictions=[]),
    dict(id="h15_homs_wire", url="https://holliswire.example/world/2018/11/30/homs-missiles",
         publisher="Hollis Wire Service", published="2018-11-30", kind="news",
         events=[ev(HOM, "2018-11-29", "Homs", "on the outskirts of", killed=(9, N), injured=(3, 3))],
         statements=[st("ngo", "asserts", "israel", HOM),
                     st("syria-gov", "asserts", "occurrence", HOM),
                     st("russia-mod", "asserts", "israel", HOM)],
         contradictions=[cx(HOM, "count", "ngo", "syria-gov",
                            "The monitor says at least nine were killed; Damascus says three soldiers were wounded and no one was killed.")]),
    dict(id="h16_daraa_hospital", url="https://southernfrontreview.example/2018/06/22/daraa-hospital",
         publisher="The Southern Front Review", published="2018-06-22", kind="news",
         events=[ev(DAR, "2018-06-20", "Daraa", "20 km east of", killed=(4, 4))],
         statements=[st("un", "asserts", "occurrence", DAR),
                     st("local-sources", "asserts", "russia", DAR),
                     st("russia-mod", "denies", "russia", DAR)],
         contradictions=[cx(DAR, "attribution", "local-sources", "russia-mod",
                            "Residents and activists blame Russian jets; the Russian ministry says its aircraft flew no missions near Daraa that day.")]),
    dict(id="h17_daraa_russia_communique", url="", publisher="Ministry of Defence of the Russian Federation",
         published="2018-06-21", kind="official",
         events=[ev(DAR, "2018-06-20", "Daraa", "in", )],
         statements=[st("journalist", "asserts", "russia", DAR),
                     st("russia-mod", "denies", "russia", DAR)],
         contradictions=[cx(DAR, "attribution", "russia-mod", "journalist",
                            "The ministry calls false the media reports that Russian aircraft struck a medical facility in Daraa province.")]),
    dict(id="h18_zummar_wire", url="https://northlinewire.example/iraq/2017/06/12/zummar-helicopters",
         publisher="Northline Wire", published="2017-06-12", kind="news",
         events=[ev(ZUM, "2017-06-11", "Zummar", "on the outskirts of", killed=(24, N), vehicles_destroyed=(5, N),
                    strikes=(2, 2))],
         statements=[st("iraq-state-tv", "asserts", "iraq-army-aviation", ZUM),
                     st("iraq-state-tv", "asserts", "coalition", ZUM),
                     st("iraqi-sources", "asserts", "occurrence", ZUM),
                     st("us-dod", "asserts", "us", ZUM)],
         contradictions=[cx(ZUM, "count", "iraq-state-tv", "iraqi-sources",
                            "State TV says dozens of militants were killed; an army source says 14.")]),
    dict(id="h19_zummar_local", url="https://ninevehvoice.example/local/2017/06/13/zummar-family",
         publisher="Nineveh Voice", published="2017-06-13", kind="news",
         events=[ev(ZUM, "2017-06-11/2017-06-12", "Zummar", "on the outskirts of", civilians_killed=(6, 6))],
         statements=[st("local-sources", "asserts", "coalition", ZUM),
                     st("cjtf-oir", "denies", "coalition", ZUM)],
         contradictions=[cx(ZUM, "attribution", "local-sources", "cjtf-oir",
                            "Residents say a coalition strike flattened a family's house; the coalition denies its aircraft struck any house in the area.")]),
]


if __name__ == "__main__":
    write(DOCS, OUT)
