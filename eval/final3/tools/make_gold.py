#!/usr/bin/env python3
"""Writes eval/final3/gold/*.json from the compact specs below (python3 eval/final3/tools/make_gold.py).

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies -> denied),
as ../shared/eval/gold/README.md requires.  Standard library only.

BLIND SET: scored in CI only.  Do not read these specs while writing extraction rules.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldspec import cx, ev, st, write  # noqa: E402
N = None


HAS = "hasakah-checkpoint-2022-11-23"
QAI = "al-qaim-depot-2023-07-16"
RAQ = "raqqa-clinic-2016-02-03"
KIR = "kirkuk-camp-2022-10-19"
HAD = "haditha-minibus-2015-08-30"
BAG = "baghuz-farmhouse-2019-01-27"
MAN = "manbij-tractor-2020-07-09"
MAY = "mayadin-warehouse-2024-03-27"
FAL = "fallujah-hospital-2014-05-25"
DEZ = "deir-ez-zor-caves-2022-04-12"

DOCS = [
    # --- Hasakah checkpoint, Turkish drone, 23 November 2022 -------------------------------
    dict(id="k01_hasakah_checkpoint_jazira",
         url="https://jazirapost.example/en/news/2022/11/24/drone-checkpoint-hasakah-alhol-road",
         publisher="Jazira Post", published="2022-11-24", kind="news",
         events=[ev(HAS, "2022-11-23", "Hasakah", "eight kilometres east of", killed=(4, 4),
                    civilians_killed=(1, 1), injured=(2, 2), vehicles_destroyed=(1, 1))],
         statements=[st("journalist", "asserts", "turkey", HAS),
                     st("local-sources", "asserts", "turkey", HAS),
                     st("ngo", "asserts", "turkey", HAS)],
         contradictions=[cx(HAS, "count", "journalist", "ngo",
                            "The outlet reports four Asayish members killed; the Observatory puts the toll at five, "
                            "including a civilian tanker driver.")]),
    dict(id="k02_hasakah_checkpoint_monitor",
         url="https://jrdc.example/en/documentation/2022/311-alhol-road-checkpoint",
         publisher="Jazira Rights Documentation Center", published="2022-11-24", kind="ngo",
         events=[ev(HAS, "2022-11-23", "Hasakah", "east of", killed=(5, 5), civilians_killed=(1, 1),
                    injured=(3, 3), vehicles_destroyed=(1, 1))],
         statements=[st("ngo", "asserts", "turkey", HAS),
                     st("local-sources", "asserts", "occurrence", HAS),
                     st("journalist", "asserts", "turkey", HAS),
                     st("syria-gov", "asserts", "turkey", HAS)],
         contradictions=[cx(HAS, "target", "ngo", "journalist",
                            "Turkish pro-government outlets say the drone hit a vehicle of PKK/YPG fighters preparing "
                            "an attack; the monitor found a traffic checkpoint and a civilian among the dead.")]),
    dict(id="k03_hasakah_checkpoint_turkish_daily",
         url="https://marmaraherald.example/politics/2022/11/25/drone-neutralises-four-terrorists-hasakah",
         publisher="The Marmara Herald", published="2022-11-25", kind="news",
         events=[ev(HAS, "2022-11-23", "Hasakah", "near", killed=(4, 4), vehicles_destroyed=(1, 1))],
         statements=[st("journalist", "asserts", "turkey", HAS),
                     st("ngo", "asserts", "occurrence", HAS)],
         contradictions=[cx(HAS, "target", "journalist", "ngo",
                            "The daily says four terrorists were neutralised; the Observatory says a civilian truck "
                            "driver was among the dead.")]),
    # --- al-Qaim depot, night of 16 July 2023 --------------------------------------------------
    dict(id="k04_qaim_depot_wire",
         url="https://mashriqpress.example/en/iraq/2023/07/17/blasts-rock-qaim-arms-depot",
         publisher="Mashriq Press Agency", published="2023-07-17", kind="news",
         events=[ev(QAI, "2023-07-16", "Al-Qaim", "on the edge of", killed=(2, N), injured=(6, 6))],
         statements=[st("pmf", "asserts", "israel", QAI),
                     st("pmf", "asserts", "us", QAI),
                     st("us-official", "denies", "us", QAI),
                     st("iraqi-sources", "disputes", "occurrence", QAI)],
         contradictions=[cx(QAI, "attribution", "pmf", "us-official",
                            "The brigade blames an Israeli drone and US complicity; a US defence official says "
                            "American forces had nothing to do with it."),
                         cx(QAI, "occurrence", "iraqi-sources", "pmf",
                            "The border-guard officer heard no aircraft and cannot confirm an air strike; the brigade "
                            "says a drone hit the store.")]),
    dict(id="k05_qaim_depot_pmf_statement", url="https://t.example/hashd_westanbar/40712",
         publisher="Popular Mobilisation Forces – Media Office of the Western Anbar Axis (Telegram, translated)",
         published="2023-07-17", kind="official",
         events=[ev(QAI, "2023-07-16", "al-Qaim", "on the outskirts of", killed=(3, 3), injured=(5, 5))],
         statements=[st("pmf", "asserts", "israel", QAI),
                     st("pmf", "asserts", "us", QAI),
                     st("journalist", "denies", "occurrence", QAI)],
         contradictions=[cx(QAI, "occurrence", "pmf", "journalist",
                            "The PMF says an Israeli drone hit the store; unnamed media present the blasts as an "
                            "accident caused by heat or poor storage.")]),
    dict(id="k06_qaim_depot_noheader", url="", publisher="Euphrates Today", published="2023-07-18", kind="news",
         events=[ev(QAI, "2023-07-16", "al-Qaim", "in", killed=(2, 2), injured=(4, 4))],
         statements=[st("iraqi-sources", "denies", "occurrence", QAI),
                     st("pmf", "asserts", "israel", QAI),
                     st("pmf", "asserts", "us", QAI),
                     st("iraq-joc", "denies", "occurrence", QAI)],
         contradictions=[cx(QAI, "occurrence", "iraqi-sources", "pmf",
                            "The security source says heat and poor storage caused the blasts and no aircraft was "
                            "over al-Qaim; the brigade says an Israeli drone struck."),
                         cx(QAI, "occurrence", "iraq-joc", "pmf",
                            "The JOC's preliminary findings do not point to an external attack; the brigade blames "
                            "an Israeli drone."),
                         cx(QAI, "count", "iraqi-sources", "pmf",
                            "The security source says two guards were killed; the brigade says three fighters.")]),
    # --- Raqqa clinic, 3 February 2016 ---------------------------------------------------------
    dict(id="k07_raqqa_clinic_thread",
         url="https://twitter.example/RaqqaUnderFire/status/694851130227458048",
         publisher="Raqqa Under Fire (@RaqqaUnderFire on Twitter)", published="2016-02-03", kind="social",
         events=[ev(RAQ, "2016-02-03", "Raqqa", "in", civilians_killed=(9, N), injured=(24, N))],
         statements=[st("journalist", "asserts", "russia", RAQ),
                     st("local-sources", "asserts", "russia", RAQ),
                     st("isis-amaq", "asserts", "coalition", RAQ)],
         contradictions=[cx(RAQ, "attribution", "journalist", "isis-amaq",
                            "The activists say the jets were Russian; Amaq blames coalition aircraft.")]),
    dict(id="k08_raqqa_clinic_wire", url="https://cpa-wire.example/2016/02/04/syria-raqqa-clinic-strike",
         publisher="Continental Press Association", published="2016-02-04", kind="news",
         events=[ev(RAQ, "2016-02-03", "Raqqa", "in", killed=(14, N), civilians_killed=(14, 14))],
         statements=[st("local-sources", "asserts", "russia", RAQ),
                     st("ngo", "asserts", "unknown", RAQ),
                     st("russia-mod", "denies", "russia", RAQ),
                     st("russia-mod", "asserts", "coalition", RAQ),
                     st("cjtf-oir", "denies", "coalition", RAQ)],
         contradictions=[cx(RAQ, "attribution", "local-sources", "russia-mod",
                            "The activists blame Russian jets; the Russian ministry says none of its aircraft flew "
                            "over Raqqa."),
                         cx(RAQ, "attribution", "russia-mod", "cjtf-oir",
                            "Moscow points to the coalition; the coalition says it did not strike inside Raqqa that day."),
                         cx(RAQ, "target", "local-sources", "ngo",
                            "The activists say all 14 dead were civilians; the Observatory says only eight were, the "
                            "rest IS members.")]),
    # --- Kirkuk (Altun Kupri) camp, Iranian drones, 19 October 2022 ----------------------------
    dict(id="k09_kirkuk_camp_kurdish",
         url="https://zagrostribune.example/en/2022/10/20/iran-drones-altun-kupri-camp",
         publisher="Zagros Tribune", published="2022-10-20", kind="news",
         events=[ev(KIR, "2022-10-19", "Kirkuk", "45 kilometres northwest of", killed=(3, 3),
                    civilians_killed=(1, 1), injured=(8, 8))],
         statements=[st("journalist", "asserts", "iran", KIR),
                     st("local-sources", "asserts", "occurrence", KIR),
                     st("iraq-joc", "asserts", "iran", KIR),
                     st("us-embassy", "asserts", "iran", KIR)],
         contradictions=[]),
    dict(id="k10_kirkuk_camp_tehran",
         url="https://tehrandispatch.example/news/2022/10/19/irgc-drones-pound-terrorist-headquarters-northern-iraq",
         publisher="Tehran Dispatch", published="2022-10-19", kind="news",
         events=[ev(KIR, "2022-10-19", "Kirkuk", "near", killed=(12, N))],
         statements=[st("journalist", "asserts", "iran", KIR),
                     st("us-embassy", "asserts", "iran", KIR)],
         contradictions=[cx(KIR, "target", "journalist", "us-embassy",
                            "The outlet says terrorist headquarters were hit and only militants killed; the US embassy "
                            "says civilians were harmed.")]),
    dict(id="k11_kirkuk_camp_un", url="https://iraq-un.example/en/press/2022-10-21-drone-strikes-kirkuk",
         publisher="United Nations Assistance Mission for Iraq – Public Information Office",
         published="2022-10-21", kind="official",
         events=[ev(KIR, "2022-10-19", "Kirkuk", "governorate", killed=(3, N), injured=(9, 9))],
         statements=[st("un", "asserts", "iran", KIR)],
         contradictions=[]),
    # --- Haditha minibus, Iraqi army aviation, 30 August 2015 ----------------------------------
    dict(id="k12_haditha_minibus_mod",
         url="https://mod-iq.example/en/news/2015/08/31/army-aviation-kills-17-west-of-haditha",
         publisher="Ministry of Defence, Republic of Iraq – Media Directorate", published="2015-08-31",
         kind="official",
         events=[ev(HAD, "2015-08-30", "Haditha", "west of", killed=(17, 17), vehicles_destroyed=(3, 3))],
         statements=[st("iraq-mod", "asserts", "iraq-army-aviation", HAD),
                     st("journalist", "asserts", "iraq-army-aviation", HAD)],
         contradictions=[cx(HAD, "target", "iraq-mod", "journalist",
                            "The ministry says 17 Daesh fighters were killed in a convoy; social-media pages say the "
                            "helicopter hit a vehicle of displaced families.")]),
    dict(id="k13_haditha_minibus_airwars", url="https://airwars.example/civilian-casualties/iq-army-083015/",
         publisher="Airwars", published="2015-09-04", kind="ngo",
         events=[ev(HAD, "2015-08-30", "Haditha", "west of", killed=(17, 17), civilians_killed=(8, 11),
                    vehicles_destroyed=(3, 3))],
         statements=[st("local-sources", "asserts", "iraq-army-aviation", HAD),
                     st("local-sources", "asserts", "coalition", HAD),
                     st("local-sources", "retracts", "coalition", HAD),
                     st("iraq-mod", "asserts", "iraq-army-aviation", HAD),
                     st("cjtf-oir", "denies", "coalition", HAD),
                     st("airwars", "asserts", "iraq-army-aviation", HAD)],
         contradictions=[cx(HAD, "retraction", "local-sources", "local-sources",
                            "Anbar Now first blamed coalition aircraft, then corrected its post to an Iraqi helicopter."),
                         cx(HAD, "target", "iraq-mod", "local-sources",
                            "The MoD says it killed 17 ISIS fighters and hit a weapons minibus; local sources say a "
                            "displaced family was killed."),
                         cx(HAD, "attribution", "local-sources", "cjtf-oir",
                            "A local page blamed coalition aircraft; the coalition says none engaged a vehicle there.")]),
    # --- Baghuz farmhouse, 27 January 2019 (coalition claim withdrawn) --------------------------
    dict(id="k14_baghuz_farmhouse_release",
         url="https://inherentresolve.example/releases/2019-01-29-baghuz-finance-official",
         publisher="Combined Joint Task Force – Operation Inherent Resolve", published="2019-01-29",
         kind="official",
         events=[ev(BAG, "2019-01-27", "Baghuz", "near", killed=(4, 4))],
         statements=[st("cjtf-oir", "asserts", "coalition", BAG),
                     st("isis-amaq", "asserts", "occurrence", BAG)],
         contradictions=[cx(BAG, "target", "cjtf-oir", "isis-amaq",
                            "The coalition says a finance official and three associates were killed with no civilians "
                            "present; Daesh outlets say women and children were killed.")]),
    dict(id="k15_baghuz_farmhouse_correction",
         url="https://inherentresolve.example/releases/2019-02-08-correction-baghuz-strike",
         publisher="Combined Joint Task Force – Operation Inherent Resolve", published="2019-02-08",
         kind="official",
         events=[ev(BAG, "2019-01-27", "Baghuz", "near", killed=(4, 4))],
         statements=[st("cjtf-oir", "asserts", "coalition", BAG),
                     st("cjtf-oir", "retracts", "coalition", BAG),
                     st("cjtf-oir", "denies", "coalition", BAG),
                     st("cjtf-oir", "asserts", "iraq-air-force", BAG),
                     st("iraq-joc", "asserts", "iraq-air-force", BAG)],
         contradictions=[cx(BAG, "retraction", "cjtf-oir", "cjtf-oir",
                            "The coalition withdraws its release claiming the strike and attributes it to Iraqi F-16s.")]),
    dict(id="k16_baghuz_farmhouse_blog",
         url="https://euphratesnotes.example/2019/02/12/who-bombed-the-baghuz-farmhouse/",
         publisher="Euphrates Notes", published="2019-02-12", kind="blog",
         events=[ev(BAG, "2019-01-27", "Baghuz", "near", killed=(4, 4), civilians_killed=(6, 6))],
         statements=[st("cjtf-oir", "asserts", "coalition", BAG),
                     st("cjtf-oir", "retracts", "coalition", BAG),
                     st("cjtf-oir", "denies", "coalition", BAG),
                     st("cjtf-oir", "asserts", "iraq-air-force", BAG),
                     st("iraq-joc", "asserts", "iraq-air-force", BAG),
                     st("local-sources", "asserts", "coalition", BAG),
                     st("journalist", "asserts", "iraq-air-force", BAG),
                     st("journalist", "asserts", "coalition", BAG)],
         contradictions=[cx(BAG, "retraction", "cjtf-oir", "cjtf-oir",
                            "The coalition withdrew its release and now says Iraqi F-16s struck."),
                         cx(BAG, "target", "cjtf-oir", "journalist",
                            "The coalition saw no civilians; the blogger's contacts say a displaced family of six died."),
                         cx(BAG, "attribution", "journalist", "cjtf-oir",
                            "The blogger says the coalition supplied the coordinates; the coalition says no coalition "
                            "aircraft took part."),
                         cx(BAG, "attribution", "local-sources", "cjtf-oir",
                            "Sharqiya 24 blamed coalition warplanes; the coalition now says the strike was Iraqi.")]),
    # --- Manbij (Umm Jalud) farmers, 9 July 2020 -----------------------------------------------
    dict(id="k17_manbij_tractor_noheader", url="", publisher="Crescent Wire", published="2020-07-10", kind="news",
         events=[ev(MAN, "2020-07-09", "Manbij", "west of", killed=(3, 3), civilians_killed=(2, 2))],
         statements=[st("local-sources", "asserts", "turkey", MAN),
                     st("ngo", "asserts", "turkey", MAN),
                     st("russia-mod", "asserts", "unknown", MAN)],
         contradictions=[cx(MAN, "target", "local-sources", "ngo",
                            "The civil council says all three were farmers; the Observatory says one was a Manbij "
                            "Military Council commander.")]),
    dict(id="k18_manbij_tractor_thread",
         url="https://twitter.example/ManbijReporter/status/1281252214496083968",
         publisher="Manbij Reporter (@ManbijReporter on Twitter)", published="2020-07-09", kind="social",
         events=[ev(MAN, "2020-07-09", "Manbij", "west of", killed=(3, 3))],
         statements=[st("journalist", "asserts", "turkey", MAN),
                     st("local-sources", "asserts", "occurrence", MAN),
                     st("ngo", "asserts", "turkey", MAN)],
         contradictions=[cx(MAN, "target", "local-sources", "ngo",
                            "The family says all the dead were farmers; SOHR says one was a Manbij Military Council fighter."),
                         cx(MAN, "count", "journalist", "ngo",
                            "The reporter's initial information is three dead; SOHR puts the toll at four.")]),
    # --- al-Mayadin depots / warehouse, 27 March 2024 ------------------------------------------
    dict(id="k19_mayadin_warehouse_state_agency", url="https://snna.example/en/?p=327104",
         publisher="Syrian National News Agency", published="2024-03-27", kind="news",
         events=[ev(MAY, "2024-03-27", "al-Mayadin", "in and around", civilians_killed=(2, 2), injured=(5, 5))],
         statements=[st("syria-gov", "asserts", "israel", MAY),
                     st("journalist", "asserts", "occurrence", MAY)],
         contradictions=[]),
    dict(id="k20_mayadin_warehouse_monitor",
         url="https://easternsyriamonitor.example/en/2024/03/27/mayadin-depots-strike",
         publisher="Eastern Syria Monitor", published="2024-03-27", kind="ngo",
         events=[ev(MAY, "2024-03-27", "al-Mayadin", "in and around", killed=(9, 9), injured=(11, N),
                    vehicles_destroyed=(3, 3))],
         statements=[st("ngo", "asserts", "israel", MAY),
                     st("syria-gov", "asserts", "israel", MAY)],
         contradictions=[cx(MAY, "target", "ngo", "syria-gov",
                            "The monitor says militia weapons depots were hit and all nine dead were militiamen; regime "
                            "media says two civilians were killed and a food warehouse hit.")]),
    # --- Fallujah hospital, 25 May 2014 --------------------------------------------------------
    dict(id="k21_fallujah_hospital_noheader", url="", publisher="Gulf Courier", published="2014-05-26", kind="news",
         events=[ev(FAL, "2014-05-25", "Fallujah", "in", civilians_killed=(3, 3), injured=(12, 12))],
         statements=[st("local-sources", "asserts", "iraq-army-aviation", FAL),
                     st("iraq-military", "denies", "iraq-army-aviation", FAL),
                     st("iraq-military", "asserts", "isis", FAL)],
         contradictions=[cx(FAL, "attribution", "local-sources", "iraq-military",
                            "The hospital director says army helicopters dropped barrel bombs; the military says no "
                            "army aircraft struck and ISIL mortars caused the damage.")]),
    dict(id="k22_fallujah_hospital_ngo",
         url="https://civprotectionwatch.example/news/2014/06/10/iraq-fallujah-main-hospital-struck",
         publisher="Civilian Protection Watch", published="2014-06-10", kind="ngo",
         events=[ev(FAL, "2014-05-25", "Fallujah", "in", civilians_killed=(3, N), injured=(10, N))],
         statements=[st("ngo", "asserts", "iraq-army-aviation", FAL),
                     st("local-sources", "asserts", "occurrence", FAL),
                     st("iraq-mod", "denies", "iraq", FAL),
                     st("iraq-mod", "asserts", "isis", FAL)],
         contradictions=[cx(FAL, "attribution", "ngo", "iraq-mod",
                            "The NGO says army helicopters dropped barrel bombs; the ministry says no military aircraft "
                            "targeted the hospital and blames terrorists' mortars.")]),
    # --- Bishri mountains, south-west of Deir ez-Zor, Russian strikes, 12 April 2022 -----------
    dict(id="k23_deir_caves_russia_mod", url="https://mod-rf.example/en/syria/briefings/2022-04-13",
         publisher="Ministry of Defence of the Russian Federation", published="2022-04-13", kind="official",
         events=[ev(DEZ, "2022-04-12", "Deir ez-Zor", "south-west of", killed=(25, 25), vehicles_destroyed=(4, 4))],
         statements=[st("russia-mod", "asserts", "russia", DEZ),
                     st("russia-mod", "asserts", "syria", DEZ),
                     st("ngo", "asserts", "occurrence", DEZ),
                     st("journalist", "asserts", "occurrence", DEZ)],
         contradictions=[cx(DEZ, "target", "russia-mod", "ngo",
                            "The ministry says ISIS hideouts were hit; it calls the Observatory's reports of civilian "
                            "deaths false."),
                         cx(DEZ, "target", "russia-mod", "journalist",
                            "The ministry dismisses Western media reports of civilians killed in the strikes.")]),
    dict(id="k24_deir_caves_gulf",
         url="https://emiratesledger.example/mena/2022/04/14/syria-russia-strikes-bishri-shepherds",
         publisher="The Emirates Ledger", published="2022-04-14", kind="news",
         events=[ev(DEZ, "2022-04-12", "Deir ez-Zor", "south-west of", killed=(7, N), civilians_killed=(3, 3),
                    vehicles_destroyed=(4, 4))],
         statements=[st("ngo", "asserts", "russia", DEZ),
                     st("russia-mod", "asserts", "russia", DEZ),
                     st("local-sources", "asserts", "occurrence", DEZ),
                     st("cjtf-oir", "denies", "coalition", DEZ)],
         contradictions=[cx(DEZ, "target", "ngo", "russia-mod",
                            "The Observatory says three of the dead were shepherds; the ministry speaks only of militants."),
                         cx(DEZ, "count", "ngo", "russia-mod",
                            "The Observatory counts at least seven dead; the ministry claims 25 militants.")]),
]


if __name__ == "__main__":
    write(DOCS, OUT)
